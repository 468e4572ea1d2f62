"""``package verify --rebuild`` and ``build --from-manifest``: the files in the package are
compared with a rebuild from the template, not with the manifest's own figures."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from configurator.core.export import verify_package
from configurator.core.export.rebuild import rebuild_package
from configurator.core.export.signing import SIGNATURE_NAME, sign_manifest
from configurator.core.service import BuildService
from tests.core.export.conftest import Exported
from tests.core.export.test_tampering import read, rewrite, scaled_stl, with_file_replaced


def _forged(source: Path, target: Path, path: str, data: bytes, figures: bool = True) -> Path:
    """A forger's package: one file replaced, the manifest's checksum *and* the part's recorded
    figures adjusted, re-signed with the forger's own key. Only a rebuild can tell."""
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    replaced = with_file_replaced(path, data)

    def change(name: str, old: bytes) -> bytes | None:
        if name == SIGNATURE_NAME:
            return None
        new = replaced(name, old)
        if name == "manifest.json" and figures and new is not None:
            manifest = json.loads(new)
            for part in manifest["parts"]:
                if path in part["files"]:
                    part["volume_mm3"] = round(part["volume_mm3"] * 1.331, 3)
                    part["bbox_mm"] = [round(v * 1.1, 3) for v in part["bbox_mm"]]
            new = (json.dumps(manifest, indent=2) + "\n").encode()
        return new

    rewrite(source, target, change)
    with zipfile.ZipFile(target, "a") as archive:
        archive.writestr(
            SIGNATURE_NAME, sign_manifest(read(target, "manifest.json"), Ed25519PrivateKey.generate())
        )
    return target


def test_the_exported_packages_match_their_rebuild(
    packages: dict[str, Exported], service: BuildService
) -> None:
    for package in packages.values():
        report = verify_package(package.path)
        assert report.manifest is not None
        rebuilt = rebuild_package(package.path, report.manifest, service)
        assert rebuilt.status == "same", rebuilt.to_dict()
        assert {f.path for f in rebuilt.files} == {
            f["path"] for f in report.manifest["files"] if f["format"] in ("step", "stl", "3mf", "dxf")
        }


def test_a_scaled_stl_with_matching_figures_and_a_new_signature_is_found_by_the_rebuild(
    packages: dict[str, Exported], service: BuildService, tmp_path: Path
) -> None:
    source = packages["export-knob"].path
    target = _forged(
        source, tmp_path / "forged.zip", "parts/knob.stl", scaled_stl(read(source, "parts/knob.stl"), 1.10)
    )
    report = verify_package(target)
    # A valid signature, by an unknown key; the STL agrees with the forged figures, and only
    # the files left alone (STEP, 3MF) disagree with them...
    assert report.signature.status == "valid" and not report.signature.known
    assert sorted(f.subject for f in report.findings if f.level == "error") == [
        "parts/knob.3mf",
        "parts/knob.step",
    ]
    # ...the rebuild names the STL itself.
    assert report.manifest is not None
    rebuilt = rebuild_package(target, report.manifest, service)
    assert rebuilt.status == "differs"
    (line,) = [d for d in rebuilt.differences() if "parts/knob.stl" in d and "volume" in d]
    assert line.startswith("part 'knob', parts/knob.stl: volume")
    assert "(+33.1 %)" in line
    assert any("surface up to" in d for d in rebuilt.differences())
    assert [f.path for f in rebuilt.files if not f.same] == ["parts/knob.stl"]


def test_a_moved_dxf_outline_is_found_by_the_rebuild(
    packages: dict[str, Exported], service: BuildService, tmp_path: Path
) -> None:
    import io

    from ezdxf.document import Drawing

    source = packages["export-panel"].path
    doc = Drawing.read(io.StringIO(read(source, "parts/panel.dxf").decode()))
    for entity in doc.modelspace():
        if entity.dxftype() == "CIRCLE":
            entity.dxf.radius += 0.5  # a hole 1 mm wider
    stream = io.StringIO()
    doc.write(stream)
    target = _forged(
        source, tmp_path / "dxf.zip", "parts/panel.dxf", stream.getvalue().encode(), figures=False
    )
    report = verify_package(target)
    assert report.manifest is not None
    rebuilt = rebuild_package(target, report.manifest, service)
    lines = rebuilt.differences()
    assert (
        "part 'panel', parts/panel.dxf: layer CUT: lines up to 0.50 mm away from the "
        "rebuild's (tolerance 0.05 mm)" in lines
    ), lines
    assert [f.path for f in rebuilt.files if not f.same] == ["parts/panel.dxf"]


def test_the_rebuild_refuses_another_template_code_or_a_missing_template(
    packages: dict[str, Exported], service: BuildService, tmp_path: Path
) -> None:
    source = packages["export-knob"].path
    manifest = json.loads(read(source, "manifest.json"))
    assert len(manifest["template"]["content_sha256"]) == 64
    assert manifest["generator"]["software"]["cadquery"]

    changed = dict(manifest, template=dict(manifest["template"], content_sha256="0" * 64))
    rebuilt = rebuild_package(source, changed, service)
    assert rebuilt.status == "refused"
    assert "same version, different code" in rebuilt.reason

    missing = dict(manifest, template=dict(manifest["template"], id="no-such-template"))
    rebuilt = rebuild_package(source, missing, service)
    assert rebuilt.status == "refused" and "'no-such-template' is not available" in rebuilt.reason

    older = dict(manifest, template=dict(manifest["template"], version="0.9.0"))
    assert (
        "made with export-knob 0.9.0, but 1.2.0 is installed"
        in rebuild_package(source, older, service).reason
    )


def test_verify_rebuild_and_build_from_manifest_on_the_command_line(
    packages: dict[str, Exported],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from configurator.cli.main import main
    from tests.core.export.conftest import TEMPLATES

    source = packages["export-knob"].path
    target = _forged(
        source, tmp_path / "forged.zip", "parts/knob.stl", scaled_stl(read(source, "parts/knob.stl"), 1.10)
    )
    args = ["--templates", str(TEMPLATES), "--trust"]
    assert main([*args, "package", "verify", "--rebuild", str(source)]) == 0
    out = capsys.readouterr().out
    assert "matches the rebuilt part 'knob'" in out and "and matches a rebuild" in out
    assert main([*args, "package", "verify", "--rebuild", str(target)]) == 3
    out = capsys.readouterr().out
    assert "FAIL parts/knob.stl: differs from the rebuilt part 'knob': volume" in out
    # build --from-manifest used to compare with the manifest's (forged) figures: "same".
    assert main([*args, "build", "--from-manifest", str(target)]) == 2
    out = capsys.readouterr().out
    assert "parts/knob.stl" in out and "same geometry" not in out
    assert main([*args, "build", "--from-manifest", str(source)]) == 0
    assert "same geometry as every file in the package" in capsys.readouterr().out


def test_the_rebuild_refuses_a_template_not_trusted_here(
    packages: dict[str, Exported], tmp_path: Path
) -> None:
    from configurator.core.registry import TemplateRegistry
    from configurator.core.trust import TrustStore
    from tests.core.export.conftest import TEMPLATES

    registry = TemplateRegistry.discover(
        [TEMPLATES], use_entry_points=False, trust=TrustStore(tmp_path / "trust.json")
    )
    assert "export-knob" not in registry.ids()
    source = packages["export-knob"].path
    manifest = json.loads(read(source, "manifest.json"))
    with BuildService(registry) as untrusting:
        rebuilt = rebuild_package(source, manifest, untrusting)
    assert rebuilt.status == "refused"
    assert rebuilt.reason.startswith(
        "template 'export-knob' is not available here (not trusted "
        "here: export_kit.py, export_knob.py, export_panel.py)"
    )
    (finding,) = rebuilt.findings()
    assert finding.level == "error" and finding.message.startswith("not rebuilt:")

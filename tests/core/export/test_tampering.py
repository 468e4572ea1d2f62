"""Packages altered on purpose, as a workshop would meet them: each fails ``verify`` with a message
that names the file and the change. Also the signature with a second key, and the senders list."""

from __future__ import annotations

import json
import struct
import zipfile
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pytest

from configurator.core.export import verify_package
from configurator.core.export.manifest import sha256_hex
from configurator.core.export.signing import (
    SIGNATURE_NAME,
    SenderStore,
    check_signature,
    sign_manifest,
)
from configurator.core.export.verify import VerifyReport
from tests.core.export.conftest import Exported

Change = Callable[[str, bytes], bytes | None]


def rewrite(source: Path, target: Path, change: Change) -> Path:
    """Copy a zip entry by entry; ``change`` returns new bytes, or None to drop the entry."""
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as new:
        for info in old.infolist():
            data = change(info.filename, old.read(info))
            if data is not None:
                new.writestr(info.filename, data)
    return target


def with_file_replaced(path: str, data: bytes) -> Change:
    """Replace one file and update its size and SHA-256 in the manifest (not re-signed)."""

    def change(name: str, old: bytes) -> bytes:
        if name == path:
            return data
        if name == "manifest.json":
            manifest = json.loads(old)
            for entry in manifest["files"]:
                if entry["path"] == path:
                    entry["sha256"], entry["bytes"] = sha256_hex(data), len(data)
            return (json.dumps(manifest, indent=2) + "\n").encode()
        return old

    return change


def errors(report: VerifyReport) -> list[str]:
    return [f"{f.subject}: {f.message}" for f in report.findings if f.level == "error"]


def read(package: Path, name: str) -> bytes:
    with zipfile.ZipFile(package) as archive:
        return archive.read(name)


def scaled_stl(data: bytes, factor: float) -> bytes:
    count = struct.unpack_from("<I", data, 80)[0]
    records = np.frombuffer(
        data, dtype=np.dtype([("n", "<f4", (3,)), ("v", "<f4", (3, 3)), ("a", "<u2")]), count=count, offset=84
    ).copy()
    records["v"] *= np.float32(factor)
    return data[:84] + records.tobytes()


def test_the_exported_package_is_signed_and_passes(packages: dict[str, Exported]) -> None:
    for package in packages.values():
        report = verify_package(package.path)
        assert report.passed, errors(report)
        assert report.signature.status == "valid" and report.signature.fingerprint
        assert not report.signature.known  # nobody trusted it yet
        assert any(
            f.subject == "sender" and "unknown sender" in f.message
            for f in report.findings
            if f.level == "warning"
        )


def test_manifest_edited_to_another_material_and_quantity(
    packages: dict[str, Exported], tmp_path: Path
) -> None:
    def change(name: str, data: bytes) -> bytes:
        if name != "manifest.json":
            return data
        manifest = json.loads(data)
        manifest["quantity"] = 30
        manifest["parts"][0]["material"] = "petg"
        manifest["parts"][0]["quantity"] = 30
        return json.dumps(manifest, indent=2).encode()

    report = verify_package(rewrite(packages["export-knob"].path, tmp_path / "m.zip", change))
    found = errors(report)
    assert not report.passed
    changed = next(e for e in found if e.startswith("manifest.json: changed after it was signed"))
    assert "quantity: 3 → 30" in changed
    assert 'parts[knob].material: "pla" → "petg"' in changed
    assert "parts[knob].quantity: 3 → 30" in changed
    bom = next(e for e in found if e.startswith("bom.csv: does not agree with manifest.json"))
    assert "material 'pla' in bom.csv, 'petg' in the manifest" in bom


def test_stl_scaled_by_ten_percent_with_its_checksum_updated(
    packages: dict[str, Exported], tmp_path: Path
) -> None:
    source = packages["export-knob"].path
    bigger = scaled_stl(read(source, "parts/knob.stl"), 1.10)
    report = verify_package(rewrite(source, tmp_path / "s.zip", with_file_replaced("parts/knob.stl", bigger)))
    found = errors(report)
    assert any(
        e.startswith("manifest.json: changed after it was signed") and "files[parts/knob.stl].sha256" in e
        for e in found
    ), found
    stl = next(e for e in found if e.startswith("parts/knob.stl:"))
    assert "(+33.0 %)" in stl and "(up to 10.0 % off)" in stl, stl


def test_step_swapped_for_another_part(packages: dict[str, Exported], tmp_path: Path) -> None:
    source = packages["export-kit"].path
    manifest = json.loads(read(source, "manifest.json"))
    steps = [f["path"] for f in manifest["files"] if f["format"] == "step"]
    first, other = steps[0], steps[1]
    report = verify_package(
        rewrite(source, tmp_path / "swap.zip", with_file_replaced(first, read(source, other)))
    )
    found = errors(report)
    step = next(e for e in found if e.startswith(f"{first}:"))
    assert "solid volume" in step and "the manifest's part" in step, step
    assert any(f"files[{first}].sha256" in e for e in found)


def test_step_swapped_without_touching_the_manifest(packages: dict[str, Exported], tmp_path: Path) -> None:
    source = packages["export-kit"].path
    manifest = json.loads(read(source, "manifest.json"))
    first, other = [f["path"] for f in manifest["files"] if f["format"] == "step"][:2]
    report = verify_package(
        rewrite(source, tmp_path / "swap2.zip", lambda n, d: read(source, other) if n == first else d)
    )
    (step,) = [e for e in errors(report) if e.startswith(first)]
    assert "the manifest says" in step and "(file changed or damaged)" in step
    assert "solid volume" in step and "size 200.00 × 80.00 × 4.00 mm" in step


def test_eco_report_replaced(packages: dict[str, Exported], tmp_path: Path) -> None:
    source = packages["export-knob"].path
    fake = b"<html><body><h1>Grade A+</h1>Carbon negative!</body></html>"
    report = verify_package(
        rewrite(source, tmp_path / "eco.zip", with_file_replaced("eco-report.html", fake))
    )
    found = errors(report)
    assert any(
        e.startswith("manifest.json: changed after it was signed")
        and "files[eco-report.html].sha256" in e
        and "files[eco-report.html].bytes" in e
        for e in found
    ), found
    # Replaced without touching the manifest: the checksum names it.
    report = verify_package(
        rewrite(source, tmp_path / "eco2.zip", lambda n, d: fake if n == "eco-report.html" else d)
    )
    assert errors(report) == [
        f"eco-report.html: size {len(fake)} bytes, the manifest says "
        f"{len(read(source, 'eco-report.html'))} (file changed or damaged); its content reads "
        "as a valid HTML"
    ]


FAKE = "parts/x.stl\r\x1b[2KPASS: the package is complete and unaltered\n\x1b[1A"


def test_entry_names_with_terminal_escapes_cannot_fake_a_pass(
    packages: dict[str, Exported], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from configurator.cli.main import main

    target = tmp_path / "fake.zip"
    rewrite(packages["export-knob"].path, target, lambda n, d: d)
    with zipfile.ZipFile(target, "a") as archive:
        archive.writestr(FAKE, b"x")
    report = verify_package(target)
    (error,) = errors(report)
    assert error.startswith("archive: refused: entry 'parts/x.stl\\x0d\\x1b[2KPASS")
    assert "control or invisible characters" in error
    assert main(["package", "verify", str(target)]) == 3
    out = capsys.readouterr().out
    assert "\x1b" not in out and "\r" not in out
    assert not any(line.startswith("PASS") for line in out.splitlines())
    assert out.splitlines()[-1].startswith("FAIL")


def test_text_inside_the_manifest_is_shown_escaped(
    packages: dict[str, Exported], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A signed manifest may carry any text (e.g. a part name); it never reaches the terminal
    raw, in text or JSON output."""
    from configurator.cli.main import main

    def change(name: str, data: bytes) -> bytes:
        if name != "manifest.json":
            return data
        manifest = json.loads(data)
        manifest["template"]["name"] = "Knob\x1b]0;owned\x07\u202e"
        manifest["parts"][0]["description"] = "\rPASS\x1b[2K"
        return json.dumps(manifest).encode()

    target = rewrite(packages["export-knob"].path, tmp_path / "text.zip", change)
    assert main(["package", "verify", str(target)]) == 3
    out = capsys.readouterr().out
    assert "\\x0dPASS\\x1b[2K" in out  # named in the "changed after signing" finding
    assert "\x1b" not in out and "\x07" not in out and "\u202e" not in out
    assert "Knob\\x1b]0;owned\\x07\\u202e" in out
    assert main(["package", "verify", "--json", str(target)]) == 3
    text = capsys.readouterr().out
    assert "\u202e" not in text and "\\u001b" not in text

    def bad_path(name: str, data: bytes) -> bytes:
        if name != "manifest.json":
            return data
        manifest = json.loads(data)
        manifest["files"][0]["path"] = "parts/knob\x1b[2K.step"
        return json.dumps(manifest).encode()

    target = rewrite(packages["export-knob"].path, tmp_path / "path.zip", bad_path)
    assert main(["package", "verify", str(target)]) == 3
    out = capsys.readouterr().out
    assert "\x1b" not in out and "knob\\x1b[2K.step" in out


def _bomb_3mf(inflated_mb: int) -> bytes:
    """A 3MF whose model part inflates to ``inflated_mb`` MB of spaces (written in chunks)."""
    import io

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", b"<Types/>")
        archive.writestr("_rels/.rels", b"<Relationships/>")
        info = zipfile.ZipInfo("3D/3dmodel.model")
        info.compress_type = zipfile.ZIP_DEFLATED
        with archive.open(info, "w", force_zip64=True) as handle:
            handle.write(b"<model>")
            chunk = b" " * (1 << 20)
            for _ in range(inflated_mb):
                handle.write(chunk)
    return buffer.getvalue()


def test_a_3mf_zip_bomb_nested_in_the_package(packages: dict[str, Exported], tmp_path: Path) -> None:
    bomb = _bomb_3mf(300)
    assert len(bomb) < 400 * 1024
    source = packages["export-knob"].path
    target = rewrite(source, tmp_path / "bomb.zip", with_file_replaced("parts/knob.3mf", bomb))
    assert target.stat().st_size < 600 * 1024
    found = errors(verify_package(target))
    nested = next(e for e in found if e.startswith("parts/knob.3mf:"))
    assert "nested 3MF archive refused" in nested and "compression ratio" in nested, nested
    assert "3D/3dmodel.model" in nested


# -- signatures and senders ------------------------------------------------------------------------


def _second_key() -> object:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    return Ed25519PrivateKey.generate()


def test_resigned_by_a_second_key_is_valid_but_not_the_known_sender(
    packages: dict[str, Exported], tmp_path: Path
) -> None:
    source = packages["export-knob"].path
    original = check_signature(read(source, SIGNATURE_NAME))
    senders = SenderStore(tmp_path / "senders.json")
    senders.trust(original, "Alice, Lyon")
    assert verify_package(source, senders=senders).signature.sender == "Alice, Lyon"

    other = _second_key()
    bigger = scaled_stl(read(source, "parts/knob.stl"), 1.10)
    replaced = with_file_replaced("parts/knob.stl", bigger)

    def change(name: str, data: bytes) -> bytes | None:
        if name == SIGNATURE_NAME:
            return None
        return replaced(name, data)

    target = rewrite(source, tmp_path / "resigned.zip", change)
    with zipfile.ZipFile(target, "a") as archive:
        archive.writestr(SIGNATURE_NAME, sign_manifest(read(target, "manifest.json"), other))
    report = verify_package(target, senders=senders)
    assert report.signature.status == "valid"
    assert report.signature.fingerprint != original.fingerprint
    assert not report.signature.known
    assert any(f.subject == "sender" and "unknown sender" in f.message for f in report.findings)
    strict = verify_package(target, senders=senders, require_known_sender=True)
    assert any(e.startswith("sender: unknown sender") for e in errors(strict))


def test_a_signature_with_another_public_key_is_invalid(
    packages: dict[str, Exported], tmp_path: Path
) -> None:
    import base64

    from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

    other = _second_key()
    raw = other.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)  # type: ignore[attr-defined]

    def change(name: str, data: bytes) -> bytes:
        if name != SIGNATURE_NAME:
            return data
        document = json.loads(data)
        document["public_key"] = base64.b64encode(raw).decode()
        document.pop("key_fingerprint")
        return json.dumps(document).encode()

    report = verify_package(rewrite(packages["export-knob"].path, tmp_path / "k.zip", change))
    assert report.signature.status == "invalid"
    assert any(
        e.startswith("signature.json: invalid signature: the signature is not valid") for e in errors(report)
    )


def test_an_unsigned_package_fails(packages: dict[str, Exported], tmp_path: Path) -> None:
    target = rewrite(
        packages["export-panel"].path,
        tmp_path / "unsigned.zip",
        lambda n, d: None if n == SIGNATURE_NAME else d,
    )
    assert [
        e
        for e in errors(verify_package(target))
        if e.startswith("signature.json: missing: the package is not signed")
    ]


def test_the_key_pair_is_made_on_first_export_private_and_reused(tmp_path: Path) -> None:
    from configurator.core.export.signing import key_path, load_or_create_key, public_bytes

    path = key_path()
    assert not path.exists()
    first = load_or_create_key()
    assert path.exists() and (path.stat().st_mode & 0o777) == 0o600
    assert (path.parent.stat().st_mode & 0o777) == 0o700
    assert public_bytes(load_or_create_key()) == public_bytes(first)
    path.chmod(0o644)
    from configurator.sdk.errors import FabwiseError

    with pytest.raises(FabwiseError, match="can be read by other users"):
        load_or_create_key()


def test_senders_trust_list_and_forget(
    packages: dict[str, Exported], capsys: pytest.CaptureFixture[str]
) -> None:
    from configurator.cli.main import main

    package = str(packages["export-knob"].path)
    assert main(["package", "verify", package]) == 0
    out = capsys.readouterr().out
    assert "PASS" in out and "UNKNOWN sender" in out
    assert main(["package", "verify", "--require-known-sender", package]) == 3
    capsys.readouterr()
    assert (
        main(
            [
                "package",
                "senders",
                "trust",
                package,
                "--name",
                "Alice",
                "--fingerprint",
                "0000-0000-0000-0000",
            ]
        )
        == 2
    )
    assert "not 0000-0000-0000-0000" in capsys.readouterr().err
    signer = check_signature(read(packages["export-knob"].path, SIGNATURE_NAME))
    assert (
        main(["package", "senders", "trust", package, "--name", "Alice", "--fingerprint", signer.short]) == 0
    )
    assert "now trusted" in capsys.readouterr().out
    assert main(["package", "senders", "list"]) == 0
    assert f"{signer.short}  Alice" in capsys.readouterr().out
    assert main(["package", "verify", "--require-known-sender", package]) == 0
    assert "known sender 'Alice'" in capsys.readouterr().out
    assert main(["package", "key"]) == 0  # this test's own data folder: no key yet
    assert "no signing key yet" in capsys.readouterr().out
    assert main(["package", "senders", "forget", signer.short[:9]]) == 0
    assert main(["package", "verify", "--require-known-sender", package]) == 3


def _edit_3mf(
    data: bytes, model_change: Callable[[str], str] = lambda m: m, extra: dict[str, bytes] | None = None
) -> bytes:
    import io

    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as old, zipfile.ZipFile(out, "w") as new:
        for info in old.infolist():
            body = old.read(info)
            if info.filename == "3D/3dmodel.model":
                body = model_change(body.decode()).encode()
            new.writestr(info.filename, body)
        for name, body in (extra or {}).items():
            new.writestr(name, body)
    return out.getvalue()


def test_a_3mf_scaled_by_its_build_transform_or_carrying_slicer_settings(
    packages: dict[str, Exported], tmp_path: Path
) -> None:
    """Hidden case: the mesh is untouched but the 3MF tells the slicer to print it 10 % larger,
    or carries a settings part a slicer would read."""
    source = packages["export-knob"].path
    original = read(source, "parts/knob.3mf")
    scaled = _edit_3mf(
        original, lambda m: m.replace('"/></build>', '" transform="1.1 0 0 0 1.1 0 0 0 1.1 0 0 0"/></build>')
    )
    assert scaled != original
    found = errors(
        verify_package(rewrite(source, tmp_path / "t.zip", with_file_replaced("parts/knob.3mf", scaled)))
    )
    (three_mf,) = [e for e in found if e.startswith("parts/knob.3mf:")]
    assert "(up to 10.0 % off)" in three_mf
    settings = _edit_3mf(original, extra={"Metadata/Slic3r_PE_model.config": b"<config/>"})
    found = errors(
        verify_package(rewrite(source, tmp_path / "c.zip", with_file_replaced("parts/knob.3mf", settings)))
    )
    (three_mf,) = [e for e in found if e.startswith("parts/knob.3mf:")]
    assert "Metadata/Slic3r_PE_model.config" in three_mf


def test_a_dxf_outline_changed_with_its_checksum_updated(
    packages: dict[str, Exported], tmp_path: Path
) -> None:
    import io

    from ezdxf.document import Drawing

    source = packages["export-panel"].path
    doc = Drawing.read(io.StringIO(read(source, "parts/panel.dxf").decode()))
    for entity in doc.modelspace():
        if entity.dxftype() == "CIRCLE":
            entity.dxf.radius += 1.0
    stream = io.StringIO()
    doc.write(stream)
    found = errors(
        verify_package(
            rewrite(
                source, tmp_path / "d.zip", with_file_replaced("parts/panel.dxf", stream.getvalue().encode())
            )
        )
    )
    (dxf,) = [e for e in found if e.startswith("parts/panel.dxf:")]
    assert "cut length" in dxf and "the manifest's part 'panel' has" in dxf

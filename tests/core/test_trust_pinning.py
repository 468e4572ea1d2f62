"""What runs is exactly what was trusted (issue 13, finding 2), and a damaged trust list does not
block built-in templates (finding 6).

* a ``__pycache__/*.pyc`` shipped beside a clean template file, with a header matching the
  source's mtime and size, never runs;
* an editable package install (RECORD lists only a ``.pth`` and a finder) is pinned over its real
  source files: a change after trusting is noticed, and its modules import from the hashed bytes
  (a shipped ``.pyc`` is ignored there too)."""

from __future__ import annotations

import importlib.util
import json
import sys
from collections.abc import Iterator
from importlib.metadata import PathDistribution
from pathlib import Path

import pytest

from configurator.cli.main import main
from configurator.core.registry import TemplateRegistry, load_ref
from configurator.core.template_host import TemplateHost
from configurator.core.trust import TrustStore, UnpinnablePackage, file_candidate, package_candidate
from tests.core.conftest import template_source

EVIL = "open({marker!r}, 'w').write('the bytecode ran')\n"


def _plant_pyc(source: Path, evil_source: str) -> Path:
    """Compile ``evil_source`` into the .pyc Python would use for ``source``, with a header that
    matches ``source``'s mtime and size (what a folder or zip shipped with it would carry)."""
    from importlib._bootstrap_external import _code_to_timestamp_pyc  # type: ignore[attr-defined]

    stat = source.stat()
    code = compile(evil_source, str(source), "exec")
    cached = Path(importlib.util.cache_from_source(str(source)))
    cached.parent.mkdir(exist_ok=True)
    cached.write_bytes(bytes(_code_to_timestamp_pyc(code, int(stat.st_mtime), stat.st_size)))
    return cached


def test_a_planted_pyc_beside_a_trusted_file_never_runs(tmp_path: Path) -> None:
    folder = tmp_path / "outside"
    folder.mkdir()
    marker = tmp_path / "marker"
    clean = template_source("gift")
    path = folder / "gift.py"
    path.write_text(clean)
    _plant_pyc(path, clean + EVIL.format(marker=str(marker)))
    store = TrustStore(tmp_path / "trust.json")
    store.trust(file_candidate(path))
    registry = TemplateRegistry.discover([folder], use_entry_points=False, trust=store)
    assert registry.ids() == ["gift"]
    assert not marker.exists(), "the planted bytecode ran instead of the trusted source"
    load_ref(registry.get("gift").ref)  # the worker's path too
    assert not marker.exists()
    pyc = [p.name for p in (folder / "__pycache__").iterdir()]
    assert pyc == [f"gift.{sys.implementation.cache_tag}.pyc"], "no bytecode of ours is written"


def test_a_file_changed_between_hashing_and_running_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "outside"
    folder.mkdir()
    path = folder / "gift.py"
    path.write_text(template_source("gift"))
    store = TrustStore(tmp_path / "trust.json")
    store.trust(file_candidate(path))
    registry = TemplateRegistry.discover([folder], use_entry_points=False, trust=store)
    ref = registry.get("gift").ref
    path.write_text(template_source("gift") + "\nprint('swapped after the check')\n")
    with pytest.raises(Exception, match="changed since it was loaded"):
        load_ref(ref)


def _editable_install(root: Path, marker: Path) -> tuple[Path, Path]:
    """A package installed like ``pip install -e``: code in src/, a dist-info whose RECORD lists
    only the .pth and the finder, direct_url.json saying editable."""
    src = root / "project" / "src"
    package = src / "gifttpl"
    package.mkdir(parents=True)
    (package / "__init__.py").write_text("")
    (package / "templates.py").write_text(template_source("pkg-gift"))
    site = root / "site"
    info = site / "gifttpl-1.0.dist-info"
    info.mkdir(parents=True)
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: gifttpl\nVersion: 1.0\n")
    (info / "entry_points.txt").write_text("[fabwise.templates]\ngift = gifttpl.templates\n")
    (info / "top_level.txt").write_text("gifttpl\n")
    (info / "direct_url.json").write_text(
        json.dumps({"url": f"file://{root / 'project'}", "dir_info": {"editable": True}})
    )
    (site / "__editable__.gifttpl-1.0.pth").write_text(f"{src}\n")
    (info / "RECORD").write_text(
        "__editable__.gifttpl-1.0.pth,,\ngifttpl-1.0.dist-info/METADATA,,\ngifttpl-1.0.dist-info/RECORD,,\n"
    )
    return site, package


@pytest.fixture
def editable(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[Path, Path, Path]]:
    marker = tmp_path / "marker"
    site, package = _editable_install(tmp_path, marker)
    monkeypatch.syspath_prepend(str(site))
    monkeypatch.syspath_prepend(str(site.parent / "project" / "src"))
    yield site, package, marker
    for name in [m for m in sys.modules if m == "gifttpl" or m.startswith("gifttpl.")]:
        del sys.modules[name]


def test_an_editable_install_is_pinned_over_its_source_files(
    editable: tuple[Path, Path, Path], tmp_path: Path
) -> None:
    site, package, _ = editable
    dist = PathDistribution(site / "gifttpl-1.0.dist-info")
    before = package_candidate(dist)
    assert str((package / "templates.py").resolve()) in dict(before.files)
    (package / "templates.py").write_text(template_source("pkg-gift") + "\n# changed later\n")
    after = package_candidate(dist)
    assert after.sha256 != before.sha256, "a change to an editable install went unnoticed"


def test_a_trusted_package_imports_only_its_hashed_bytes(
    editable: tuple[Path, Path, Path], tmp_path: Path
) -> None:
    site, package, marker = editable
    module = package / "templates.py"
    _plant_pyc(module, template_source("pkg-gift") + EVIL.format(marker=str(marker)))
    store = TrustStore(tmp_path / "trust.json")
    store.trust(package_candidate(PathDistribution(site / "gifttpl-1.0.dist-info")))
    host = TemplateHost()  # started now, so it sees the package's folder on the path
    try:
        registry = TemplateRegistry.discover(trust=store, host=host)
        assert "pkg-gift" in registry.ids(), registry.broken
        assert not marker.exists(), "the planted bytecode of a package ran"
        assert "gifttpl.templates" not in sys.modules, "the package ran in the app's process"
    finally:
        host.close()
    entry = registry.get("pkg-gift")
    assert entry.ref.origin == "entry_point" and len(entry.ref.fingerprint) == 64


def test_a_package_with_compiled_code_is_refused_with_a_reason(editable: tuple[Path, Path, Path]) -> None:
    site, package, _ = editable
    (package / "_speedups.cpython-311-x86_64-linux-gnu.so").write_bytes(b"\x7fELF")
    with pytest.raises(UnpinnablePackage, match="compiled code"):
        package_candidate(PathDistribution(site / "gifttpl-1.0.dist-info"))


def test_a_damaged_trust_list_does_not_block_built_in_builds(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    from configurator.sdk.resources import user_data_dir

    trust_file = user_data_dir() / "trust.json"
    trust_file.parent.mkdir(parents=True, exist_ok=True)
    trust_file.write_text('{"entries": [{"kind": "file"')
    assert main(["templates", "list"]) == 0
    captured = capsys.readouterr()
    assert "pipe-clip" in captured.out
    assert "trust list" in captured.err and "damaged" in captured.err
    outside = tmp_path / "mine.py"
    outside.write_text(template_source("mine"))
    assert main(["templates", "trust", str(outside)]) == 0
    assert list(trust_file.parent.glob("trust.json.damaged-*")), "the damaged list is kept"
    assert TrustStore(trust_file).problem is None

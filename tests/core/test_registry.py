from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from configurator.core.registry import ENTRY_POINT_GROUP, TemplateRegistry, load_ref
from configurator.core.trust import TrustAll
from configurator.sdk.errors import TemplateNotFound
from tests.core.conftest import template_source


def _fake_distribution(site: Path, dist: str, module: str, entries: dict[str, str]) -> None:
    """Install a minimal package with entry points into ``site`` (a folder on sys.path)."""
    info = site / f"{dist}-1.0.dist-info"
    info.mkdir(parents=True)
    (info / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {dist}\nVersion: 1.0\n")
    lines = "\n".join(f"{name} = {target}" for name, target in entries.items())
    (info / "entry_points.txt").write_text(f"[{ENTRY_POINT_GROUP}]\n{lines}\n")


@pytest.fixture
def third_party_site(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    site = tmp_path / "site"
    site.mkdir()
    (site / "acme_templates.py").write_text(template_source("acme-block"))
    (site / "acme_broken.py").write_text("import no_such_module_anywhere\n")
    (site / "acme_empty.py").write_text("X = 1\n")
    _fake_distribution(
        site,
        "acme_fabwise_templates",
        "acme_templates",
        {
            "acme-block": "acme_templates:TEMPLATE",
            "acme-broken": "acme_broken:TEMPLATE",
            "acme-empty": "acme_empty",
        },
    )
    monkeypatch.syspath_prepend(str(site))
    yield site
    for name in ("acme_templates", "acme_broken", "acme_empty"):
        sys.modules.pop(name, None)


def test_third_party_entry_points_are_discovered(third_party_site: Path) -> None:
    registry = TemplateRegistry.discover(trust=TrustAll())
    entry = registry.get("acme-block")
    assert entry.ref.origin == "entry_point"
    assert entry.ref.location == "acme_templates:TEMPLATE"
    assert not entry.trusted_by_default
    assert load_ref(entry.ref).id == "acme-block"
    broken = {b.name: b for b in registry.broken}
    assert "No module named 'no_such_module_anywhere'" in broken["acme-broken"].reason
    assert broken["acme-broken"].file is not None
    assert broken["acme-broken"].file.endswith("acme_broken.py:1")
    assert "defines no Template object" in broken["acme-empty"].reason


def test_builtin_templates_come_through_the_same_entry_points() -> None:
    registry = TemplateRegistry.discover()
    builtins = [e for e in registry.entries if e.ref.origin == "builtin"]
    assert builtins, "the shipped templates must be registered as fabwise.templates entry points"
    assert all(e.trusted_by_default for e in builtins)


def test_folder_templates_and_broken_files(tmp_path: Path) -> None:
    folder = tmp_path / "t"
    folder.mkdir()
    (folder / "good.py").write_text(template_source("good"))
    (folder / "syntax.py").write_text("def broken(:\n")
    (folder / "baddecl.py").write_text(template_source("Bad_ID"))
    (folder / "_private.py").write_text("raise SystemExit('never imported')\n")
    registry = TemplateRegistry.discover([folder], use_entry_points=False, trust=TrustAll())
    assert registry.ids() == ["good"]
    reasons = {b.name: b.reason for b in registry.broken}
    assert reasons["syntax"].startswith("syntax error at line 1")
    assert "template id 'Bad_ID' must be lowercase" in reasons["baddecl"]
    assert registry.get("good").ref.origin == "file"


def test_duplicate_ids_are_reported(tmp_path: Path) -> None:
    folder = tmp_path / "t"
    folder.mkdir()
    (folder / "a.py").write_text(template_source("same"))
    (folder / "b.py").write_text(template_source("same"))
    registry = TemplateRegistry.discover([folder], use_entry_points=False, trust=TrustAll())
    assert registry.ids() == ["same"]
    assert "duplicate id 'same'" in registry.broken[0].reason


def test_unknown_id_suggests(tmp_path: Path) -> None:
    folder = tmp_path / "t"
    folder.mkdir()
    (folder / "good.py").write_text(template_source("shelf-bracket"))
    registry = TemplateRegistry.discover([folder], use_entry_points=False, trust=TrustAll())
    with pytest.raises(TemplateNotFound, match="no template 'shelf-braket'") as info:
        registry.get("shelf-braket")
    assert info.value.hint == "did you mean shelf-bracket?"


def test_changed_file_is_refused_until_reloaded(tmp_path: Path) -> None:
    folder = tmp_path / "t"
    folder.mkdir()
    path = folder / "good.py"
    path.write_text(template_source("good"))
    ref = TemplateRegistry.discover([folder], use_entry_points=False, trust=TrustAll()).get("good").ref
    path.write_text(template_source("good") + "\n# edited\n")
    with pytest.raises(Exception, match="changed since it was loaded"):
        load_ref(ref)
    fresh = TemplateRegistry.discover([folder], use_entry_points=False, trust=TrustAll()).get("good").ref
    assert fresh.fingerprint != ref.fingerprint
    assert load_ref(fresh).id == "good"


def test_reload_file_picks_up_changes_and_parameters_carry_over(tmp_path: Path) -> None:
    folder = tmp_path / "t"
    folder.mkdir()
    path = folder / "good.py"
    path.write_text(template_source("good"))
    registry = TemplateRegistry.discover([folder], use_entry_points=False, trust=TrustAll())
    old = registry.get("good").template.schema.validate({"size": 40, "mode": "raise"})
    path.write_text(template_source("good").replace('Length("size", 20, 5, 100', 'Length("size", 20, 5, 30'))
    (template,) = registry.reload_file(path)
    assert template.schema["size"].maximum == 30
    assert registry.get("good").ref.fingerprint != ""
    carried = template.schema.carry_over(old)
    assert carried["mode"] == "raise"  # still valid: kept
    assert carried["size"] == 20.0  # 40 no longer fits: back to the default
    path.write_text("this is not python(")
    assert registry.reload_file(path) == []
    assert registry.ids() == [] and "syntax error" in registry.broken[0].reason


def test_remove_folder_forgets_its_templates(tmp_path: Path) -> None:
    keep, drop = tmp_path / "keep", tmp_path / "drop"
    keep.mkdir()
    drop.mkdir()
    (keep / "a.py").write_text(template_source("aaa"))
    (drop / "b.py").write_text(template_source("bbb"))
    (drop / "c.py").write_text("broken(")
    registry = TemplateRegistry.discover([keep, drop], use_entry_points=False, trust=TrustAll())
    assert registry.ids() == ["aaa", "bbb"] and registry.broken
    registry.remove_folder(drop)
    assert registry.ids() == ["aaa"] and not registry.broken

"""File → Import model…: an inch STL asks for its unit, lands in the gallery under Your models
and opens with material, process, scale and copies; a broken mesh is reported, not imported."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import trimesh

from configurator.core.registry import TemplateRegistry
from configurator.core.service import BuildService
from configurator.core.trust import TrustAll
from configurator.ui.main_window import MainWindow
from tests.ui.conftest import SAMPLE_TEMPLATES
from tests.ui.helpers import BUILD_WAIT_MS, make_window

pytestmark = pytest.mark.gui


@pytest.fixture(scope="module")
def own_service() -> Iterator[BuildService]:
    """A registry and worker of this module's own: imports add templates to them."""
    registry = TemplateRegistry.discover([SAMPLE_TEMPLATES], use_entry_points=False,
                                         trust=TrustAll())
    with BuildService(registry) as service:
        yield service


@pytest.fixture
def window(qtbot, own_service: BuildService, ui_data_dir: Path,
           monkeypatch: pytest.MonkeyPatch) -> MainWindow:
    win = make_window(qtbot, own_service.registry, own_service, ui_data_dir)
    importer = win.importer
    monkeypatch.setattr(importer, "ask_name", lambda suggested: suggested)
    monkeypatch.setattr(importer, "show_report", lambda report: None)
    return win


def test_inch_stl_asks_for_its_unit_then_opens_as_a_product(
        qtbot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "cable hook.stl"
    trimesh.creation.box((2.0, 1.0, 0.5)).export(path)
    asked: list[tuple[str, ...]] = []

    def answer(error: object) -> str:
        asked.append(tuple(u for u, _ in error.options))  # type: ignore[attr-defined]
        return "in"

    monkeypatch.setattr(window.importer, "ask_units", answer)
    assert "import_model" in window.menu_actions
    with qtbot.waitSignal(window.session.result_ready, timeout=BUILD_WAIT_MS):
        assert window.importer.start(path)
    assert asked and "in" in asked[0]
    report = window.importer.last_report
    assert report is not None and report.parts[0].size_mm[0] == pytest.approx(50.8)
    assert "model-cable-hook" in window.gallery_page.gallery.template_ids()
    assert window.session.entry is not None
    assert window.session.entry.template.id == "model-cable-hook"
    names = [p.name for p in window.session.entry.template.schema.parameters]
    assert names == ["material", "process", "scale", "copies"]


def test_a_non_manifold_mesh_is_reported_and_not_added(
        qtbot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    first, second = trimesh.creation.box((10, 10, 10)), trimesh.creation.box((10, 10, 10))
    second.apply_translation((10, 0, 10))
    path = tmp_path / "touching.stl"
    trimesh.util.concatenate([first, second]).export(path)
    reports: list[tuple[str, str]] = []
    monkeypatch.setattr(window, "report",
                        lambda level, text, hint="", details="": reports.append((level, text)))
    before = window.gallery_page.gallery.template_ids()
    assert window.importer.start(path)
    qtbot.waitUntil(lambda: bool(reports), timeout=BUILD_WAIT_MS)
    assert reports[0][0] == "error" and "non-manifold" in reports[0][1]
    assert window.gallery_page.gallery.template_ids() == before

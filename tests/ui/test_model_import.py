"""File → Import model…: an inch STL asks for its unit, lands in the gallery under Your models
and opens with material, process, scale and copies; a broken mesh is reported, not imported."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import trimesh
from pytestqt.qtbot import QtBot

from configurator.core.registry import TemplateRegistry
from configurator.core.service import BuildService
from configurator.core.trust import TrustAll
from configurator.ui.main_window import MainWindow
from tests.ui.conftest import SAMPLE_TEMPLATES
from tests.ui.helpers import BUILD_WAIT_MS, make_window, on_screen

pytestmark = pytest.mark.gui


@pytest.fixture(scope="module")
def own_service() -> Iterator[BuildService]:
    """A registry and worker of this module's own: imports add templates to them."""
    registry = TemplateRegistry.discover([SAMPLE_TEMPLATES], use_entry_points=False, trust=TrustAll())
    import parts_library

    registry.add_file(Path(parts_library.__file__).parent / "plywood_lamp.py")  # mixed processes
    with BuildService(registry) as service:
        yield service


@pytest.fixture
def window(
    qtbot: QtBot, own_service: BuildService, ui_data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> MainWindow:
    win = make_window(qtbot, own_service.registry, own_service, ui_data_dir)
    importer = win.importer
    monkeypatch.setattr(importer, "ask_name", lambda suggested: suggested)
    monkeypatch.setattr(importer, "show_report", lambda report: None)
    monkeypatch.setattr(importer, "ask_load", lambda name: (None, None))
    return win


def test_inch_stl_asks_for_its_unit_then_opens_as_a_product(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
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
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first, second = trimesh.creation.box((10, 10, 10)), trimesh.creation.box((10, 10, 10))
    second.apply_translation((10, 0, 10))
    path = tmp_path / "touching.stl"
    joined: Any = trimesh.util.concatenate([first, second])  # trimesh is untyped
    joined.export(path)
    reports: list[tuple[str, str]] = []
    monkeypatch.setattr(
        window, "report", lambda level, text, hint="", details="": reports.append((level, text))
    )
    before = window.gallery_page.gallery.template_ids()
    assert window.importer.start(path)
    qtbot.waitUntil(lambda: bool(reports), timeout=BUILD_WAIT_MS)
    assert reports[0][0] == "error" and "non-manifold" in reports[0][1]
    assert window.gallery_page.gallery.template_ids() == before


def test_order_dialog_plans_a_split_and_exports_a_package_per_workshop(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The plywood lamp mixes a laser-cut base and printed parts; a print shop and a laser
    atelier near the user are closer than the nearest workshop with both machines."""
    from configurator.core.facilities.model import Facility, Location, Machine
    from configurator.core.facilities.store import FacilityStore
    from tests.ui.helpers import open_template

    def shop(identifier: str, north_km: float, *machines: Machine) -> Facility:
        return Facility(
            id=identifier,
            name=identifier.replace("-", " ").title(),
            kind="user",
            location=Location(country="FR", lat=45.0 + north_km / 111.195, lon=-30.0, precision="exact"),
            machines=machines,
            inventory_verified=True,
        )

    printer = Machine("fdm", "Big printer", (300.0, 300.0, 300.0), ("pla", "petg"))
    laser = Machine(
        "laser",
        "Epilog",
        (600.0, 300.0, 10.0),
        ("birch_plywood", "mdf"),
        sheet_thicknesses_mm=(3.0, 4.0, 6.0),
    )
    with FacilityStore() as store:
        store.add(shop("ui-print-shop", 1.0, printer))
        store.add(shop("ui-laser-shop", 2.0, laser))
        store.add(shop("ui-big-lab", 9.0, printer, laser))
    open_template(qtbot, window, "plywood-lamp")
    with qtbot.waitSignal(window.session.result_ready, timeout=BUILD_WAIT_MS):
        window.apply_preset("bedside-e14")  # small prints: the export slices them
    window.page.facility_panel.place.setText("45.0,-30.0")
    dialog = window.open_order_dialog()
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.proposal is not None, timeout=BUILD_WAIT_MS)
    legs = [leg.facility.id for leg in dialog.proposal.chosen.legs]
    assert sorted(legs) == ["ui-laser-shop", "ui-print-shop"]
    assert "Split across 2 workshops (chosen)" in dialog.browser.toHtml()
    assert set(dialog.assign_combos) == {p.name for p in on_screen(window).parts}
    # Ranked by price: these workshops publish no prices, and the dialog says so (no figure).
    # Planning twice at once: the newer plan supersedes the older on the task bridge.
    first = dialog.proposal
    dialog.rank.setCurrentIndex(dialog.rank.findData("price"))
    assert dialog.plan() and dialog.plan()
    qtbot.waitUntil(lambda: dialog.proposal is not first and not dialog.running, timeout=BUILD_WAIT_MS)
    assert dialog.proposal.rank == "price"
    html = dialog.browser.toHtml()
    assert "ranked by price" in html and "Ui Big Lab publishes no prices" in html
    assert dialog._tasks.tasks.superseded >= 1
    dialog.mesh_quality = "coarse"  # the export's slicing at full quality takes minutes here
    # Quotes from sliced jobs are tested in tests/app/test_split_order.py; here the volume
    # estimate keeps the dialog's export quick.
    import configurator.app.order as order

    monkeypatch.setattr(
        order,
        "production_footprint",
        lambda build, plan, transport="van", quantity=1: order.order_footprint(build, plan, transport),
    )
    assert dialog.export_to(tmp_path / "kit-order")
    qtbot.waitUntil(lambda: dialog.last_export is not None, timeout=10 * BUILD_WAIT_MS)
    assert len(dialog.last_export.packages) == 2
    assert "Who makes what" in dialog.browser.toHtml()
    # The guide's split advice (Make it → eco panel) plans that very order when asked.
    from configurator.app.order import order_footprint, workshop_advice
    from configurator.core.facilities.split import Leg, OrderPlan

    result = on_screen(window)
    big_lab = shop("ui-big-lab", 9.0, printer, laser)
    at_lab = OrderPlan((Leg(big_lab, tuple(p.name for p in result.parts), 9.0),))
    advice = workshop_advice(
        result,
        [shop("ui-print-shop", 1.0, printer), shop("ui-laser-shop", 2.0, laser), big_lab],
        origin=(45.0, -30.0),
        current=at_lab,
        current_kg=order_footprint(result, at_lab).total_kg,
    )
    assert advice is not None
    panel = window.page.eco_panel
    panel.show_advice(advice)
    assert panel.advice_row is not None and "Split the order" in panel.advice_row.title.text()
    panel.advice_row.plan_button.click()
    pinned = window._order_dialog
    assert pinned is not None and pinned is not dialog
    qtbot.waitUntil(lambda: pinned.proposal is not None, timeout=BUILD_WAIT_MS)
    assert set(pinned.proposal.chosen.pinned) == {p.name for p in result.parts}
    assert pinned.assignments() == advice.assignment()
    panel.show_advice(None)
    assert panel.advice_row is None


def test_a_load_declared_in_the_import_dialog_becomes_the_models_condition(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from configurator.ui.declared_load_dialog import DeclaredLoadDialog

    dialog = DeclaredLoadDialog("shelf peg", window)
    qtbot.addWidget(dialog)
    assert dialog.declaration() == (None, None)  # nothing ticked: nothing declared
    dialog.carries.setChecked(True)
    dialog.mass.setValue(3.0)
    dialog.on.setCurrentIndex(dialog.on.findData("right"))
    dialog.fixed.setCurrentIndex(dialog.fixed.findData("right"))
    dialog.ok.click()
    assert dialog.result() != dialog.DialogCode.Accepted and "cannot carry the load" in dialog.error.text()
    dialog.fixed.setCurrentIndex(dialog.fixed.findData("left"))
    dialog.hot.setChecked(True)
    declared = dialog.declaration()
    monkeypatch.setattr(window.importer, "ask_load", lambda name: declared)

    path = tmp_path / "shelf peg.stl"
    trimesh.creation.box((100.0, 10.0, 10.0)).export(path)
    with qtbot.waitSignal(window.session.result_ready, timeout=BUILD_WAIT_MS):
        assert window.importer.start(path)
    report = window.importer.last_report
    assert report is not None and report.declared
    assert "3 kg pressing down on its right, held at its left" in report.declared[0]
    assert "service temperature 40 °C" in report.declared[1]
    assert window.session.entry is not None
    conditions = window.session.entry.template.conditions
    assert conditions is not None and conditions.load_cases[0].fixed == ("left",)

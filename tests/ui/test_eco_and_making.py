"""The eco panel follows the design, its suggestions apply as one undoable step, and the workshop
search/choice feeds the eco context and the export (which checks before writing)."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from configurator.core.facilities.store import FacilityStore
from configurator.core.production.slicer import find_slicer
from configurator.core.registry import TemplateRegistry
from configurator.core.service import BuildService
from configurator.ui.main_window import MainWindow
from tests.ui.helpers import BUILD_WAIT_MS, commit, make_window, open_template

pytestmark = pytest.mark.gui
SEARCH_WAIT_MS = 120_000  # first search opens (seeds) the facility database and the gazetteer
EXPORT_WAIT_MS = 240_000
WORKSHOP = "example-atelier-canal"  # fictional seed workshop in Lyon with FDM printers


@pytest.fixture
def window(
    qtbot: QtBot, ui_registry: TemplateRegistry, ui_service: BuildService, ui_data_dir: Path
) -> MainWindow:
    return make_window(qtbot, ui_registry, ui_service, ui_data_dir)


def _report_for(window: MainWindow, **values: object) -> bool:
    report = window.eco.report
    return report is not None and all(report.params.get(k) == v for k, v in values.items())


def _choose_workshop(qtbot: QtBot, window: MainWindow, facility_id: str = WORKSHOP) -> None:
    window.show_side_tab(1)
    window.page.facility_panel.show_examples.setChecked(True)  # the workshop is an example
    window.page.facility_panel.place.setText("Lyon, FR")
    with qtbot.waitSignal(window.making.finder.answered, timeout=SEARCH_WAIT_MS):
        window.page.facility_panel.find_button.click()
    answer = window.making.answer
    assert answer is not None
    ids = [m.facility.id for m in answer.capable]
    window.page.facility_panel.choose_row(ids.index(facility_id))
    qtbot.waitUntil(lambda: window.eco.making.facility_id == facility_id, timeout=5000)


def test_eco_panel_follows_the_design(qtbot: QtBot, window: MainWindow) -> None:
    open_template(qtbot, window, "sample-box")
    qtbot.waitUntil(lambda: _report_for(window, material="pla"), timeout=BUILD_WAIT_MS)
    panel = window.page.eco_panel
    assert panel.grade.text() in {"A", "B", "C", "D", "E"}
    assert "CO2e" in panel.total.text()
    first = window.eco.report.total_co2e_kg.value
    commit(qtbot, window, "width", 140)  # a bigger box uses more material
    qtbot.waitUntil(lambda: _report_for(window, width=140), timeout=BUILD_WAIT_MS)
    assert window.eco.report.total_co2e_kg.value > first
    assert [bar.phase for bar in panel.chart.bars] == [p.phase for p in window.eco.report.phases]
    assert "Made at: no facility chosen" in panel.context_label.text()
    trace = panel.trace_text()  # "How was this calculated?": every figure to rule and factor
    assert "material" in trace and window.eco.report.ruleset in trace


def test_guide_suggestion_applies_and_undoes(qtbot: QtBot, window: MainWindow) -> None:
    open_template(qtbot, window, "sample-box")
    commit(qtbot, window, "material", "petg")
    # The guide builds and checks (fit for use) every alternative: minutes on a loaded machine.
    # A new report clears the previous guide, so a guide present with the PETG report is PETG's.
    qtbot.waitUntil(
        lambda: _report_for(window, material="petg") and window.eco.guide is not None,
        timeout=BUILD_WAIT_MS * 5,
    )
    rows = window.page.eco_panel.suggestion_rows
    materials = [r for r in rows if r.suggestion.kind == "material"]
    assert materials, [r.suggestion.title for r in rows]
    best = materials[0].suggestion
    assert best.saving_kg > 0 and best.changes["material"] != "petg"
    bar = window.page.eco_panel.scroll_area.verticalScrollBar()
    bar.setValue(bar.maximum())  # the person scrolled down to the alternatives
    with qtbot.waitSignal(window.session.result_ready, timeout=BUILD_WAIT_MS):
        materials[0].apply_button.click()
    assert bar.value() == 0  # the new grade is in view (issue 15 #6)
    assert window.session.values["material"] == best.changes["material"]
    assert window.undo_stack.undoText() == f"Eco suggestion: {best.title}"
    qtbot.waitUntil(lambda: _report_for(window, material=best.changes["material"]), timeout=BUILD_WAIT_MS)
    # the guide compares alternatives on the volume model (they are not sliced): the applied
    # design, evaluated that way, has the suggestion's figure
    model = window.eco.engine.evaluate(window.session.result, window.eco.making.eco_context())
    assert model.total_co2e_kg.value == pytest.approx(best.co2e_kg.value, rel=1e-6)
    with qtbot.waitSignal(window.session.result_ready, timeout=BUILD_WAIT_MS):
        window.menu_actions["undo"].trigger()
    assert window.session.values["material"] == "petg"
    assert window.page.panel.editor("material").value() == "petg"
    qtbot.waitUntil(lambda: _report_for(window, material="petg"), timeout=BUILD_WAIT_MS)


def test_workshop_search_choice_and_undo(qtbot: QtBot, window: MainWindow) -> None:
    open_template(qtbot, window, "sample-box")
    qtbot.waitUntil(lambda: window.eco.report is not None, timeout=BUILD_WAIT_MS)
    _choose_workshop(qtbot, window)
    answer = window.making.answer
    assert answer is not None and answer.place_label == "Lyon, FR"
    real = [m.distance_km for m in answer.capable if m.facility.kind != "example"]
    examples = [m.distance_km for m in answer.capable if m.facility.kind == "example"]
    assert real == sorted(real) and examples == sorted(examples)  # nearest first
    assert [m.facility.kind == "example" for m in answer.capable][-len(examples) :] == [True] * len(
        examples
    )  # the fictional ones after every real one
    assert all(not m.reasons for m in answer.capable)
    assert all(m.reasons for m in answer.incapable)  # every refusal says why
    qtbot.waitUntil(lambda: window.eco.report.context.get("label", "").startswith("EXAMPLE"), timeout=5000)
    assert "Atelier Canal" in window.page.eco_panel.context_label.text()
    assert "Atelier Canal" in window.page.facility_panel.chosen.text()

    def atelier_row() -> str:
        rows = [
            window.page.facility_panel.capable.item(i).text()
            for i in range(window.page.facility_panel.capable.count())
        ]
        return next(row for row in rows if "Atelier Canal" in row)

    # the list comes first; each row's quote follows once its parts are sliced and priced
    qtbot.waitUntil(lambda: "quote: slicing" not in atelier_row(), timeout=SEARCH_WAIT_MS)
    assert "quote " in atelier_row() and "EUR" in atelier_row()  # the workshop's own prices
    assert window.undo_stack.undoText().startswith("Make at EXAMPLE")
    window.menu_actions["undo"].trigger()
    assert window.eco.making.facility is None
    assert "no facility chosen" in window.page.facility_panel.chosen.text()


def test_a_chosen_workshop_can_be_contacted_and_its_website_opened(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QApplication

    from configurator.ui import making_controller

    opened: list[str] = []
    answer = [True]

    def fake_open(url: str) -> bool:
        opened.append(url)
        return answer[0]

    monkeypatch.setattr(making_controller, "open_url", fake_open)
    open_template(qtbot, window, "sample-box")
    panel = window.page.facility_panel
    assert not panel.contact_button.isEnabled()
    _choose_workshop(qtbot, window)
    assert panel.contact_button.isEnabled()
    panel.contact_button.click()
    assert opened[-1].startswith("mailto:") and "Sample%20box" in opened[-1]
    answer[0] = False  # no e-mail program registered: say so, nothing silently lost
    panel.contact_button.click()
    assert "clipboard" in panel.status.text()
    assert "Sample box" in QApplication.clipboard().text()
    facility = window.eco.making.facility
    assert facility is not None
    assert panel.website_button.isEnabled() == bool(facility.url or (facility.source and facility.source.url))


def test_example_workshops_are_hidden_unless_asked_for_then_listed_last_and_labelled(
    qtbot: QtBot, window: MainWindow
) -> None:
    """Issue 15 #2: a fictional workshop was first for Lyon (0 km) among real fab labs."""
    open_template(qtbot, window, "sample-box")
    panel = window.page.facility_panel
    window.show_side_tab(1)
    assert not panel.show_examples.isChecked()
    panel.place.setText("Lyon, FR")
    with qtbot.waitSignal(window.making.finder.answered, timeout=SEARCH_WAIT_MS):
        panel.find_button.click()
    answer = window.making.answer
    assert answer is not None
    assert answer.capable, "real fab labs near Lyon can print the box"
    assert all(m.facility.kind != "example" for m in (*answer.capable, *answer.incapable))
    assert panel.item_for(WORKSHOP) is None
    count = len(answer.capable)
    assert panel.status.text().startswith(f"{count} workshop{'s' if count != 1 else ''} within")

    with qtbot.waitSignal(window.making.finder.answered, timeout=SEARCH_WAIT_MS):
        panel.show_examples.setChecked(True)
    answer = window.making.answer
    assert answer is not None
    kinds = [m.facility.kind == "example" for m in answer.capable]
    assert kinds[0] is False and kinds == sorted(kinds)  # every real one first
    rows = [panel.capable.item(r) for r in range(panel.capable.count())]
    heading = next(
        r
        for r, item in enumerate(rows)
        if "fictional" in item.text() and item.data(Qt.ItemDataRole.UserRole + 1) is None
    )
    chosen_row = panel.item_for(WORKSHOP)
    assert chosen_row is not None and rows.index(chosen_row) > heading
    assert not rows[heading].flags() & Qt.ItemFlag.ItemIsSelectable
    assert "example workshop" in panel.status.text()

    # an unknown place says why and leaves no other place's workshops on screen
    panel.place.setText("Nowhereville-sur-Rien")
    with qtbot.waitSignal(window.making.finder.failed, timeout=SEARCH_WAIT_MS):
        panel.find_button.click()
    assert panel.capable.count() == 0 and window.making.answer is None
    assert panel.status.text().startswith("Could not search")


def test_export_checks_first_then_writes_the_package(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    from configurator.core.export import verify_package

    open_template(qtbot, window, "sample-box")
    qtbot.waitUntil(lambda: window.eco.report is not None, timeout=BUILD_WAIT_MS)
    with FacilityStore() as store:
        unable = store.get("example-werkhof-sued")  # CNC milling and SLS only: no FDM
    window.making.apply_facility(unable)
    dialog = window.open_export_dialog()
    assert dialog is not None
    assert dialog.failing_checks() and "fdm" in dialog.failing_checks()[0]
    assert not dialog.export_button.isEnabled()  # nothing can be written
    dialog.close_button.click()

    _choose_workshop(qtbot, window)
    qtbot.waitUntil(lambda: window.eco.report.context.get("label", "").startswith("EXAMPLE"), timeout=5000)
    dialog = window.open_export_dialog()
    assert dialog.failing_checks() == [] and dialog.export_button.isEnabled()
    dialog.folder.setText(str(tmp_path))
    dialog.file_name.setText("box.zip")
    with qtbot.waitSignal(dialog.export_finished, timeout=EXPORT_WAIT_MS) as done:
        dialog.export_button.click()
        assert dialog.progress.isVisibleTo(dialog) and dialog.cancel_button.isVisibleTo(dialog)
    summary = done.args[0]
    assert summary.machine_checks_reused  # the checks listed before Export, not run again
    package = tmp_path / "box.zip"
    assert Path(summary.path) == package and package.is_file()
    assert dialog.open_button.isVisibleTo(dialog)
    with zipfile.ZipFile(package) as archive:
        names = archive.namelist()
    assert "manifest.json" in names and any(n.endswith(".step") for n in names)
    if find_slicer() is not None:  # the workshop accepts G-code: a print-ready file per printed part
        assert {"print/body.gcode", "print/lid.gcode"} <= set(names)
    assert "quote.json" in names  # what the dialog showed goes with the package
    assert dialog.quote is not None and "Total" in dialog.quote_label.text()
    assert verify_package(package).passed
    dialog.close_button.click()


def test_printed_parts_are_sliced_off_the_gui_thread(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    import threading

    from configurator.core.production import measure

    threads: list[str] = []
    real = measure.measure_build

    def spy(*args: object, **kwargs: object) -> object:
        threads.append(threading.current_thread().name)
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(measure, "measure_build", spy)
    open_template(qtbot, window, "sample-box")
    qtbot.waitUntil(lambda: window.eco.report is not None, timeout=BUILD_WAIT_MS)

    from configurator.ui.eco_controller import SLICING_NOTE

    first = window.eco.report.context["production"]["body"]
    assert first == {"estimate": SLICING_NOTE} or "source" in first  # labelled while slicing

    def sliced_or_labelled() -> bool:
        production = window.eco.report.context.get("production") or {}
        return bool(production.get("body", {}).get("estimate") != SLICING_NOTE)

    qtbot.waitUntil(sliced_or_labelled, timeout=BUILD_WAIT_MS)
    assert threads and all(name != threading.main_thread().name for name in threads)
    body = window.eco.report.context["production"]["body"]
    if find_slicer() is not None:
        assert body["source"].startswith("from PrusaSlicer")
        assert "Production of 'body' from PrusaSlicer" in window.page.eco_panel.trace_text()
    else:
        assert "not installed" in body["estimate"]


def test_export_can_be_cancelled(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    open_template(qtbot, window, "sample-box")
    with FacilityStore() as store:
        window.making.apply_facility(store.get(WORKSHOP))
    dialog = window.open_export_dialog()
    dialog.folder.setText(str(tmp_path))
    with qtbot.waitSignal(dialog.export_failed, timeout=EXPORT_WAIT_MS) as failed:
        dialog.export_button.click()
        dialog.cancel_button.click()
    assert "cancelled" in failed.args[0].lower()
    assert list(tmp_path.iterdir()) == []  # nothing half-written
    commit(qtbot, window, "width", 123)  # the app goes on with a fresh worker


def test_fit_for_use_section_follows_the_design_and_draws_stress(qtbot: QtBot, window: MainWindow) -> None:
    open_template(qtbot, window, "sample-box")
    qtbot.waitUntil(
        lambda: window.eco.fit is not None and window.eco.fit.params.get("material") == "pla",
        timeout=BUILD_WAIT_MS * 2,
    )
    panel = window.page.eco_panel
    assert window.eco.fit.status == "holds"
    assert panel.fit_status.text().startswith("Holds every declared condition")
    assert "weight on the rim" in panel.fit_lines.text() and "safety factor" in panel.fit_lines.text()
    assert "pla.strength_mpa" in panel.fit_lines.toolTip()  # the rows, one hover away
    assert panel.stress_button.isEnabled()
    with qtbot.waitSignal(window.eco.stress_ready, timeout=BUILD_WAIT_MS):
        panel.stress_button.click()
    if window.page.preview.plotter is not None:
        assert any(n.startswith("stress:") for n in window.page.preview.actor_names)
    commit(qtbot, window, "wall", 1.0)  # thinner walls: the check runs again, off the GUI thread
    qtbot.waitUntil(
        lambda: window.eco.fit is not None and window.eco.fit.params.get("wall") == 1.0,
        timeout=BUILD_WAIT_MS * 2,
    )
    if window.page.preview.plotter is not None:  # the new design's build removed the old picture
        assert not any(n.startswith("stress:") for n in window.page.preview.actor_names)


def test_a_guide_suggestion_names_its_workshop_by_id_not_by_name(qtbot: QtBot, window: MainWindow) -> None:
    from types import SimpleNamespace

    from configurator.ui.making import Alternative, MakingChoice
    from tests.core.export.conftest import make_facility

    far = make_facility(id="twin-far", name="Twin Lab")
    near = make_facility(id="twin-near", name="Twin Lab")  # two workshops, one name
    window.eco.set_making(MakingChoice(alternatives=[Alternative(far, 40.0), Alternative(near, 3.0)]))
    suggestion = SimpleNamespace(
        kind="facility",
        title="make it at Twin Lab instead",
        changes={},
        facility="Twin Lab",
        facility_id="twin-near",
    )
    window.apply_suggestion(suggestion)
    assert window.eco.making.facility is not None
    assert window.eco.making.facility.id == "twin-near"
    assert window.document.facility_id == "twin-near"
    assert window.undo_stack.undoText() == "Eco suggestion: make it at Twin Lab instead"


def test_the_grade_badge_style_does_not_paint_its_tooltip(qtbot: QtBot, window: MainWindow) -> None:
    """Issue 15 #6: the grade tooltip was white on orange (the badge's unscoped style sheet)."""
    open_template(qtbot, window, "sample-box")
    qtbot.waitUntil(lambda: window.eco.report is not None, timeout=BUILD_WAIT_MS)
    sheet = window.page.eco_panel.grade.styleSheet().strip()
    assert sheet.startswith("QLabel#ecoGrade {") and sheet.endswith("}")
    assert "Grade" in window.page.eco_panel.grade.toolTip()

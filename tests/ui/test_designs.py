"""Designs: saved in the app database and as files, reopened, deleted, the recent list, autosave
with a restore offer, user presets, and the About box's data sources."""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMenu, QMessageBox
from pytestqt.qtbot import QtBot

from configurator.core.designs import DesignStore, autosave_path, read_design
from configurator.core.registry import TemplateRegistry
from configurator.core.service import BuildService
from configurator.ui.main_window import MainWindow
from tests.ui.conftest import SavePrompts
from tests.ui.helpers import BUILD_WAIT_MS, commit, make_window, on_screen, open_template

pytestmark = pytest.mark.gui


@pytest.fixture
def window(
    qtbot: QtBot, ui_registry: TemplateRegistry, ui_service: BuildService, ui_data_dir: Path
) -> MainWindow:
    autosave_path().unlink(missing_ok=True)  # each test starts without leftover work
    return make_window(qtbot, ui_registry, ui_service, ui_data_dir)


def test_save_to_file_and_reopen_in_a_new_window(
    qtbot: QtBot,
    window: MainWindow,
    tmp_path: Path,
    ui_registry: TemplateRegistry,
    ui_service: BuildService,
    ui_data_dir: Path,
) -> None:
    open_template(qtbot, window, "sample-box")
    commit(qtbot, window, "depth", 77.5)
    commit(qtbot, window, "material", "rpla")
    assert window.windowTitle().endswith("*")
    path = window.designs.save_to_file(tmp_path / "my box")
    assert path == tmp_path / "my box.fabwise"
    assert not window.windowTitle().endswith("*")
    saved = json.loads(path.read_text())
    assert saved["format"] == "fabwise-design"
    assert saved["template"] == {"id": "sample-box", "version": "1.0.0"}
    assert saved["params"]["depth"] == 77.5 and saved["params"]["material"] == "rpla"

    other = make_window(qtbot, ui_registry, ui_service, ui_data_dir)
    with qtbot.waitSignal(other.session.result_ready, timeout=BUILD_WAIT_MS):
        assert other.designs.open_path(path)
    assert other.session.values["depth"] == 77.5
    assert other.page.panel.editor("material").value() == "rpla"
    assert on_screen(other).params["depth"] == 77.5
    assert other.designs.recent_paths()[0] == path.resolve()


@contextmanager
def _store() -> Iterator[DesignStore]:
    store = DesignStore()
    try:
        yield store
    finally:
        store.close()


def _recent_menu(window: MainWindow) -> QMenu:
    """The File → Open recent menu as it is about to be shown."""
    menu = QMenu(window)
    window.designs.fill_recent_menu(menu)
    return menu


def _recent_texts(window: MainWindow) -> list[str]:
    return [a.text() for a in _recent_menu(window).actions()]


def test_saved_design_is_kept_in_the_database_and_reopens(
    qtbot: QtBot,
    window: MainWindow,
    ui_registry: TemplateRegistry,
    ui_service: BuildService,
    ui_data_dir: Path,
) -> None:
    open_template(qtbot, window, "sample-box")
    commit(qtbot, window, "height", 44)
    assert window.designs.save_named("Kitchen box") == "kitchen-box"
    assert not window.windowTitle().endswith("*")
    with _store() as store:  # a connection of its own, as a later session would have
        saved = store.get("kitchen-box")
    assert saved.name == "Kitchen box" and saved.template_id == "sample-box"
    assert saved.params["height"] == 44
    assert not list((ui_data_dir / "designs").glob("*.fabwise"))  # no file library any more

    commit(qtbot, window, "height", 55)
    assert window.designs.save() == "kitchen-box"  # a saved design: Ctrl+S asks nothing
    with _store() as store:
        assert store.get("kitchen-box").params["height"] == 55

    other = make_window(qtbot, ui_registry, ui_service, ui_data_dir)
    dialog = other.designs.open_saved_dialog()
    assert dialog is not None and "kitchen-box" in dialog.design_ids()
    row = dialog.design_ids().index("kitchen-box")
    item = dialog.tree.topLevelItem(row)
    assert item is not None
    assert item.text(0) == "Kitchen box" and item.text(1) == "Sample box" and item.text(2)
    dialog.select("kitchen-box")
    with qtbot.waitSignal(other.session.result_ready, timeout=BUILD_WAIT_MS):
        dialog.open_button.click()
    assert other.session.values["height"] == 55
    assert other.document.saved_id == "kitchen-box"
    assert other.windowTitle() == "Kitchen box"  # Qt appends " — Fabwise" on screen
    assert _recent_texts(other)[0] == "Kitchen box (saved design)"


def test_saved_design_can_be_deleted_from_the_list(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:

    open_template(qtbot, window, "sample-box")
    window.designs.save_named("Spare box")
    assert "Spare box (saved design)" in _recent_texts(window)
    dialog = window.designs.open_saved_dialog()
    assert dialog is not None
    dialog.select("spare-box")
    answers = iter([QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes])
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kwargs: next(answers))
    dialog.delete_button.click()  # answered No: kept
    assert "spare-box" in dialog.design_ids()
    dialog.delete_button.click()  # answered Yes
    assert "spare-box" not in dialog.design_ids()
    with _store() as store:
        assert "spare-box" not in [i for i, _ in store.designs()]
    assert window.document.saved_id is None  # the open design is no longer a saved one
    assert "Spare box (saved design)" not in _recent_texts(window)
    dialog.close_button.click()


def test_recent_designs_list_saved_designs_and_files(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    open_template(qtbot, window, "sample-box")
    commit(qtbot, window, "width", 70)
    window.designs.save_to_file(tmp_path / "shared")
    commit(qtbot, window, "width", 80)
    window.designs.save_named("Hall box")
    texts = _recent_texts(window)
    assert texts[:2] == ["Hall box (saved design)", "shared.fabwise (file)"]
    file_action = _recent_menu(window).actions()[1]
    assert file_action.toolTip() == str((tmp_path / "shared.fabwise").resolve())
    with qtbot.waitSignal(window.session.result_ready, timeout=BUILD_WAIT_MS):
        file_action.trigger()
    assert window.session.values["width"] == 70
    assert window.document.path == (tmp_path / "shared.fabwise").resolve()


def test_damaged_or_foreign_files_are_refused_with_a_reason(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    broken = tmp_path / "broken.fabwise"
    broken.write_text("{ not json")
    assert not window.designs.open_path(broken)
    assert "damaged" in window.gallery_page.banner.text
    unknown = tmp_path / "unknown.fabwise"
    unknown.write_text(
        json.dumps(
            {
                "format": "fabwise-design",
                "format_version": 1,
                "template": {"id": "no-such-thing", "version": "1.0.0"},
                "params": {},
            }
        )
    )
    assert not window.designs.open_path(unknown)
    assert "no template 'no-such-thing'" in window.gallery_page.banner.text
    assert window.session.template is None  # nothing half-opened


def test_values_from_an_older_template_are_kept_or_explained(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    old = tmp_path / "old.fabwise"
    old.write_text(
        json.dumps(
            {
                "format": "fabwise-design",
                "format_version": 1,
                "name": "old",
                "template": {"id": "sample-box", "version": "0.9.0"},
                "params": {"width": 90, "colour": "red"},
            }
        )
    )
    with qtbot.waitSignal(window.session.result_ready, timeout=BUILD_WAIT_MS):
        assert window.designs.open_path(old)
    assert window.session.values["width"] == 90
    assert "'colour' is no longer a parameter" in window.page.banner.text
    assert "version 0.9.0" in window.page.banner.text


def test_unsaved_work_is_autosaved_and_offered_after_a_restart(
    qtbot: QtBot,
    window: MainWindow,
    ui_registry: TemplateRegistry,
    ui_service: BuildService,
    ui_data_dir: Path,
) -> None:
    open_template(qtbot, window, "sample-box")
    with qtbot.waitSignal(window.designs.autosaved, timeout=10_000):
        commit(qtbot, window, "width", 111)
    assert read_design(autosave_path()).params["width"] == 111

    # the app is killed here (no close): the next start offers the work
    again = make_window(qtbot, ui_registry, ui_service, ui_data_dir)
    assert again.gallery_page.banner.isVisibleTo(again) and "Restore" in again.gallery_page.banner.text
    offer = again.gallery_page.banner.text  # the product's name and local time, no id or ISO stamp
    name = ui_registry.get("sample-box").template.name
    assert name in offer and "sample-box" not in offer and "+00:00" not in offer and "UTC" not in offer
    with qtbot.waitSignal(again.session.result_ready, timeout=BUILD_WAIT_MS):
        again.gallery_page.banner.retry_button.click()
    assert again.session.values["width"] == 111
    assert again.document.is_dirty and again.windowTitle().endswith("*")  # not saved yet
    again.designs.save_to_file(ui_data_dir / "restored.fabwise")
    again.close()  # saved: nothing left to restore
    assert not autosave_path().exists()


def test_switching_product_with_unsaved_changes_asks_first(
    qtbot: QtBot, window: MainWindow, save_prompts: SavePrompts
) -> None:
    """Issue 15 #3: going back to the gallery and opening another product discarded the edits."""
    open_template(qtbot, window, "sample-box")
    window.show_gallery()
    open_template(qtbot, window, "sample-trouble")  # nothing unsaved: no question
    window.show_gallery()
    open_template(qtbot, window, "sample-box")
    assert save_prompts.asked == []
    commit(qtbot, window, "width", 112)
    window.show_gallery()
    save_prompts.answer = "cancel"
    window.gallery_page.gallery.choose("sample-trouble")
    assert save_prompts.asked == [("Sample box", "opening another product")]
    assert window.session.template is not None
    assert window.session.template.id == "sample-box"
    assert window.session.values["width"] == 112 and window.document.is_dirty
    assert window.page.isVisibleTo(window)  # back on the design that was kept

    save_prompts.answer = "discard"
    window.show_gallery()
    with qtbot.waitSignal(window.session.result_ready, timeout=BUILD_WAIT_MS):
        window.gallery_page.gallery.choose("sample-trouble")
    assert window.session.template is not None
    assert window.session.template.id == "sample-trouble"
    assert len(save_prompts.asked) == 2


def test_switching_product_can_save_first(
    qtbot: QtBot, window: MainWindow, save_prompts: SavePrompts, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QInputDialog

    open_template(qtbot, window, "sample-box")
    commit(qtbot, window, "depth", 66)
    save_prompts.answer = "save"
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Box before switching", True))
    window.show_gallery()
    with qtbot.waitSignal(window.session.result_ready, timeout=BUILD_WAIT_MS):
        window.gallery_page.gallery.choose("sample-trouble")
    with _store() as store:
        saved = dict(store.designs())
    assert saved["box-before-switching"].params["depth"] == 66
    assert window.session.template is not None
    assert window.session.template.id == "sample-trouble"


def test_quitting_with_unsaved_changes_asks_and_can_be_cancelled(
    qtbot: QtBot, window: MainWindow, save_prompts: SavePrompts
) -> None:
    open_template(qtbot, window, "sample-box")
    with qtbot.waitSignal(window.designs.autosaved, timeout=10_000):
        commit(qtbot, window, "height", 44)
    save_prompts.answer = "cancel"
    assert window.close() is False  # the window stays, with the design
    assert window.isVisible() and window.session.values["height"] == 44
    assert save_prompts.asked == [("Sample box", "quitting")]
    assert autosave_path().exists()
    save_prompts.answer = "discard"
    assert window.close() is True
    assert not autosave_path().exists()  # the user chose not to keep them


def test_the_autosave_always_holds_the_last_state(
    qtbot: QtBot,
    window: MainWindow,
    ui_registry: TemplateRegistry,
    ui_service: BuildService,
    ui_data_dir: Path,
) -> None:
    """Issue 15 #3: after switching products, "Restore" offered the untouched product."""
    open_template(qtbot, window, "sample-box")
    with qtbot.waitSignal(window.designs.autosaved, timeout=10_000):
        commit(qtbot, window, "width", 113)
    window.show_gallery()
    with qtbot.waitSignal(window.session.result_ready, timeout=BUILD_WAIT_MS):
        window.gallery_page.gallery.choose("sample-trouble")  # "don't save"
    qtbot.waitUntil(lambda: not autosave_path().exists(), timeout=10_000)  # nothing unsaved now
    window.show_gallery()
    open_template(qtbot, window, "sample-box")
    with qtbot.waitSignal(window.designs.autosaved, timeout=10_000):
        commit(qtbot, window, "depth", 71)
    again = make_window(qtbot, ui_registry, ui_service, ui_data_dir)  # after a crash
    with qtbot.waitSignal(again.session.result_ready, timeout=BUILD_WAIT_MS):
        again.gallery_page.banner.retry_button.click()
    assert again.session.values["depth"] == 71 and again.session.values["width"] == 60


def test_clean_close_leaves_no_autosave(qtbot: QtBot, window: MainWindow) -> None:
    open_template(qtbot, window, "sample-box")
    window.close()
    assert not autosave_path().exists()


def test_user_preset_saved_and_applied(qtbot: QtBot, window: MainWindow) -> None:
    open_template(qtbot, window, "sample-box")
    commit(qtbot, window, "width", 150)
    window.save_user_preset("Wide one")
    combo = window.page.panel.preset_combo
    index = combo.findData("Wide one")
    assert index > 0 and "(yours)" in combo.itemText(index)
    window.reset_to_defaults()
    qtbot.waitUntil(lambda: window.session.values["width"] == 60, timeout=5000)
    with qtbot.waitSignal(window.session.result_ready, timeout=BUILD_WAIT_MS):
        combo.activated.emit(index)
    assert window.session.values["width"] == 150


def test_about_lists_data_sources_and_licences(window: MainWindow) -> None:
    dialog = window.show_about()
    text = dialog.browser.toPlainText()
    assert "For maintainers" not in text and "Keep this file" not in text  # issue 15 #6
    text = dialog.browser.toPlainText()
    assert "Open Know-Where" in text and "Internet of Production Alliance" in text
    assert text.count("CC BY 4.0") >= 2  # OKW and GeoNames
    assert "GeoNames" in text
    assert "material_factors.csv" in text  # eco factor sources, from resources/data/eco
    dialog.close()


def test_layout_is_kept_in_settings(
    qtbot: QtBot,
    window: MainWindow,
    ui_registry: TemplateRegistry,
    ui_service: BuildService,
    ui_data_dir: Path,
) -> None:
    window.show_side_tab(1)
    window.page.facility_panel.place.setText("Manchester, GB")
    window._save_layout()
    settings = window.settings
    assert settings is not None and settings.value("window/side_tab") == 1
    restored = MainWindow(ui_registry, ui_service, settings=settings)
    qtbot.addWidget(restored)
    assert restored.page.side_tabs.currentIndex() == 1
    assert restored.page.facility_panel.place.text() == "Manchester, GB"


def test_an_edit_is_in_the_autosave_the_moment_it_is_committed(qtbot: QtBot, window: MainWindow) -> None:
    """Issue 13: edits made less than 1.5 s before a crash were not in the autosave."""
    from tests.ui.helpers import set_through_editor

    open_template(qtbot, window, "sample-box")
    set_through_editor(window.page.panel.editor("width"), 123)  # no event loop turn: as if it crashed
    assert autosave_path().exists(), "the committed edit is not on disk"
    assert read_design(autosave_path()).params["width"] == 123

"""Outside templates in the window: not imported until the user reviews and trusts them; template
folders from the settings; a changed template file is reloaded (after trusting the new version)
and the open design keeps the values that still apply."""

from __future__ import annotations

import argparse
import hashlib
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from configurator.core.registry import TemplateRegistry
from configurator.core.service import BuildService
from configurator.core.trust import TrustAll, TrustPolicy, TrustStore, file_candidate
from configurator.ui.app import startup_folders
from configurator.ui.main_window import MainWindow
from configurator.ui.template_folders import saved_folders
from tests.ui.helpers import (
    BUILD_WAIT_MS,
    commit,
    make_window,
    number_editor,
    on_screen,
    open_template,
)

pytestmark = pytest.mark.gui
CHANGE_WAIT_MS = 20_000  # file-system notice + the settle delay

TEMPLATE_TEXT = '''\
"""A plate from outside Fabwise, for the trust and reload tests."""

from pathlib import Path

import cadquery as cq

from configurator.sdk.params import Length{extra_import}
from configurator.sdk.product import Part, Product
from configurator.sdk.template import Template

Path({marker!r}).write_text("imported")  # a side effect: importing runs this code


def build(p):
    shape = cq.Workplane("XY").box(p.num("width"), p.num("depth"), 5)
    return Product((Part("plate", shape, "pla", "fdm"),))


TEMPLATE = Template(
    id={template_id!r}, version="1.0.0", name="Outside plate",
    description="A plate for tests.", category="Test", processes=("fdm",),
    parameters=(
        Length("width", 60, 20, {width_max}, help="plate width"),
        Length("depth", 40, 20, 200),{extra_param}
    ),
    build=build,
)
'''


def write_template(
    path: Path,
    marker: Path,
    *,
    width_max: int = 200,
    with_hole: bool = False,
    template_id: str = "outside-plate",
) -> Path:
    path.write_text(
        TEMPLATE_TEXT.format(
            marker=str(marker),
            width_max=width_max,
            template_id=template_id,
            extra_import=", Toggle" if with_hole else "",
            extra_param='\n        Toggle("hole", False),' if with_hole else "",
        )
    )
    return path.resolve()


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def open_window(
    qtbot: QtBot, folder: Path, trust: TrustPolicy, ui_service: BuildService, ui_data_dir: Path
) -> MainWindow:
    """A window on the templates of ``folder`` as ``fabwise --templates FOLDER`` would open it
    (the shared warm worker builds; it loads templates by file, not through a registry)."""
    registry = TemplateRegistry.discover([folder], use_entry_points=False, trust=trust)
    window = make_window(qtbot, registry, BuildService(registry, worker=ui_service.worker), ui_data_dir)
    window.sources.set_command_line_folders([folder])
    return window


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    path = tmp_path / "outside"
    path.mkdir()
    return path


def test_untrusted_template_runs_only_after_review(
    qtbot: QtBot, folder: Path, tmp_path: Path, ui_service: BuildService, ui_data_dir: Path
) -> None:
    marker = tmp_path / "imported.txt"
    path = write_template(folder / "outside_plate.py", marker)
    store = TrustStore(tmp_path / "trust.json")
    window = open_window(qtbot, folder, store, ui_service, ui_data_dir)
    gallery = window.gallery_page.gallery
    assert not marker.exists(), "an untrusted template must not be imported"
    assert "outside-plate" not in gallery.template_ids()
    assert gallery.untrusted.isVisibleTo(window)
    assert gallery.untrusted.row_texts() == ["Not trusted yet: outside_plate.py"]

    gallery.untrusted.review(str(path))
    dialog = window.sources.dialog
    assert dialog.location.text() == str(path)
    assert dialog.sha256.text() == sha256(path)
    assert "runs that code with your rights" in dialog.warning.text()
    assert "time and memory limits" in dialog.warning.text()
    assert "docs/security.md" in dialog.warning.text()
    assert not dialog.changed_label.isVisibleTo(dialog)
    dialog.cancel_button.click()
    assert not marker.exists() and "outside-plate" not in window.document.registry.ids()

    gallery.untrusted.review(str(path))
    window.sources.dialog.trust_button.click()
    assert marker.exists()
    assert TrustStore(tmp_path / "trust.json").is_trusted(file_candidate(path))  # kept on disk
    assert "outside-plate" in gallery.template_ids()
    assert not gallery.untrusted.isVisibleTo(window)
    open_template(qtbot, window, "outside-plate")
    result = on_screen(window)
    assert [p.name for p in result.parts] == ["plate"]
    assert result.params == {"width": 60.0, "depth": 40.0}


def test_file_changed_while_reviewing_is_not_trusted(
    qtbot: QtBot, folder: Path, tmp_path: Path, ui_service: BuildService, ui_data_dir: Path
) -> None:
    marker = tmp_path / "imported.txt"
    path = write_template(folder / "outside_plate.py", marker)
    store = TrustStore(tmp_path / "trust.json")
    window = open_window(qtbot, folder, store, ui_service, ui_data_dir)
    window.gallery_page.gallery.untrusted.review(str(path))
    first = window.sources.dialog
    write_template(path, marker, width_max=150)  # swapped after the user looked at it
    first.trust_button.click()
    assert not marker.exists() and not store.is_trusted(file_candidate(path))
    again = window.sources.dialog
    assert again is not first and again.sha256.text() == sha256(path)
    assert again.changed_label.isVisibleTo(again)
    again.cancel_button.click()


def test_changed_template_is_trusted_again_then_reloaded_keeping_values(
    qtbot: QtBot, folder: Path, tmp_path: Path, ui_service: BuildService, ui_data_dir: Path
) -> None:
    marker = tmp_path / "imported.txt"
    path = write_template(folder / "outside_plate.py", marker)
    store = TrustStore(tmp_path / "trust.json")
    store.trust(file_candidate(path))
    window = open_window(qtbot, folder, store, ui_service, ui_data_dir)
    open_template(qtbot, window, "outside-plate")
    commit(qtbot, window, "width", 150)
    commit(qtbot, window, "depth", 80)
    first = window.session.entry

    with qtbot.waitSignal(window.sources.trust_needed, timeout=CHANGE_WAIT_MS) as needed:
        write_template(path, marker, width_max=100)  # 150 no longer allowed
    assert needed.args[0].sha256 == sha256(path)
    notice = window.sources.notice
    assert notice.isVisibleTo(window)
    assert "outside_plate.py changed: review and trust the new version to reload" in notice.text
    assert window.session.entry is first  # nothing reloaded before the user agrees
    assert window.session.values == {"width": 150.0, "depth": 80.0}
    assert window.gallery_page.gallery.untrusted.row_texts() == ["Not trusted yet: outside_plate.py"]

    notice.retry_button.click()  # "Review…"
    dialog = window.sources.dialog
    assert dialog.changed_label.isVisibleTo(dialog) and dialog.sha256.text() == sha256(path)
    with (
        qtbot.waitSignal(window.sources.reloaded, timeout=5000) as reloaded,
        qtbot.waitSignal(window.session.result_ready, timeout=BUILD_WAIT_MS) as built,
    ):
        dialog.trust_button.click()
    assert reloaded.args == ["outside-plate", ["width"]]
    entry = window.session.entry
    assert entry is not None and first is not None
    assert entry.ref.fingerprint == sha256(path) != first.ref.fingerprint
    assert window.session.values == {"width": 60.0, "depth": 80.0}  # depth still applies
    assert built.args[0].params == {"width": 60.0, "depth": 80.0}  # a new build, new template
    assert number_editor(window, "width").spin.maximum() == 100
    assert "back to the default: width = 60 (allowed 20–100 mm)" in window.page.banner.text
    assert not notice.isVisibleTo(window)
    assert window.windowTitle().endswith("*")  # the design changed: unsaved
    assert window.undo_stack.count() == 0  # earlier steps were for the old template


def test_reload_reports_new_and_removed_parameters(
    qtbot: QtBot, folder: Path, tmp_path: Path, ui_service: BuildService, ui_data_dir: Path
) -> None:
    """With every template trusted (as the tests' registry does), a saved file reloads at once."""
    marker = tmp_path / "imported.txt"
    path = write_template(folder / "outside_plate.py", marker)
    window = open_window(qtbot, folder, TrustAll(), ui_service, ui_data_dir)
    open_template(qtbot, window, "outside-plate")
    commit(qtbot, window, "depth", 90)
    with (
        qtbot.waitSignal(window.sources.reloaded, timeout=CHANGE_WAIT_MS) as reloaded,
        qtbot.waitSignal(window.session.result_ready, timeout=BUILD_WAIT_MS),
    ):
        write_template(path, marker, with_hole=True)
    assert reloaded.args == ["outside-plate", []]
    assert window.session.values == {"width": 60.0, "depth": 90.0, "hole": False}
    assert "new: hole = False" in window.page.banner.text
    assert window.page.panel.editor("hole") is not None


def test_template_folders_are_kept_in_settings_and_watched(
    qtbot: QtBot, folder: Path, tmp_path: Path, ui_service: BuildService, ui_data_dir: Path
) -> None:
    marker = tmp_path / "imported.txt"
    write_template(folder / "outside_plate.py", marker)
    empty = tmp_path / "empty"
    empty.mkdir()
    window = open_window(qtbot, empty, TrustStore(tmp_path / "trust.json"), ui_service, ui_data_dir)
    assert window.gallery_page.gallery.untrusted.row_texts() == []

    dialog = window.sources.edit_folders()
    assert dialog.folders() == []  # the command-line folder is listed, but not editable
    dialog.add_folder(folder)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert saved_folders(window.settings) == [folder.resolve()]
    assert window.gallery_page.gallery.untrusted.row_texts() == ["Not trusted yet: outside_plate.py"]
    assert not marker.exists()
    args = argparse.Namespace(templates=[str(empty)], trust=False)
    assert startup_folders(args, window.settings) == [empty.resolve(), folder.resolve()]

    with qtbot.waitSignal(window.sources.templates_changed, timeout=CHANGE_WAIT_MS):
        write_template(folder / "second_plate.py", marker, template_id="second-plate")
    assert window.gallery_page.gallery.untrusted.row_texts() == [
        "Not trusted yet: outside_plate.py",
        "Not trusted yet: second_plate.py",
    ]
    assert not marker.exists()

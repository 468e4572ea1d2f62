"""Saving and opening designs from the window: saved designs in the app database
(:class:`~configurator.core.designs.DesignStore`), ``.fabwise`` files to share, the recent designs
(both kinds), and the autosave with its restore offer after a crash."""

from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMenu, QMessageBox

from configurator.core.designs import (
    SUFFIX,
    Design,
    DesignStore,
    autosave_path,
    fit_to_template,
    read_design,
    slug,
    write_design,
)
from configurator.sdk.errors import FabwiseError
from configurator.ui.saved_designs_dialog import SavedDesignsDialog

if TYPE_CHECKING:
    from configurator.ui.main_window import MainWindow

AUTOSAVE_MS = 1500
MAX_RECENT = 8
RECENT_KEY = "designs/recent"
SAVED_PREFIX = "db:"  # recent entries: "db:<design id>" for saved designs, else a file path
STORE_ERRORS = (OSError, sqlite3.Error, FabwiseError)


def saved_key(design_id: str) -> str:
    return f"{SAVED_PREFIX}{design_id}"


class DesignActions(QObject):
    saved = Signal(str)  # "db:<id>" or the file path written
    opened = Signal(str)  # "db:<id>" or the file path read
    autosaved = Signal(str)  # path

    def __init__(self, window: MainWindow, store: DesignStore | None = None) -> None:
        super().__init__(window)
        self.window = window
        self._store = store
        self.design_name = ""
        self.current_id: str | None = None  # the saved design (database) being edited
        self.current_path: Path | None = None  # the design file it came from or went to
        self.restored_unsaved = False  # a restored autosave is unsaved work until saved
        self.dialog: SavedDesignsDialog | None = None
        self._autosave = QTimer(self)
        self._autosave.setSingleShot(True)
        self._autosave.setInterval(AUTOSAVE_MS)
        self._autosave.timeout.connect(self.write_autosave)
        window.undo_stack.indexChanged.connect(lambda _i: self._schedule_autosave())

    # ------------------------------------------------------------ database
    @property
    def store(self) -> DesignStore:
        """The saved designs (the app database, opened on first use)."""
        if self._store is None:
            store = DesignStore()
            if store.warnings:
                self._report("warning", "; ".join(store.warnings))
            self._store = store
        return self._store

    def close(self) -> None:
        """Close the database (it opens again if needed)."""
        if self._store is not None:
            self._store.close()
            self._store = None

    # ------------------------------------------------------------- snapshot
    def current_design(self, name: str = "") -> Design | None:
        window = self.window
        template = window.session.template
        if template is None:
            return None
        making = window.eco.making
        return Design(
            template_id=template.id,
            template_version=template.version,
            params=window.session.values,
            name=name or self.design_name or template.name,
            facility_id=making.facility_id,
            place=window.facility_panel.place.text().strip(),
        )

    def forget_current(self) -> None:
        """A new design starts: it has no name, no saved copy and no file yet."""
        self.design_name = ""
        self.current_id = None
        self.current_path = None

    # ----------------------------------------------------------------- save
    def save(self) -> str | None:
        """Save into the saved designs (asks for a name unless it is a saved design already)."""
        template = self.window.session.template
        if template is None:
            return None
        if self.current_id is not None and self.design_name:
            return self.save_named(self.design_name)
        name, ok = QInputDialog.getText(self.window, "Save design", "Name of this design:",
                                        text=self.design_name or template.name)
        name = name.strip()
        if not ok or not name:
            return None
        if self._name_taken(name) and not self._confirm_replace(name):
            return None
        return self.save_named(name)

    def save_named(self, name: str) -> str | None:
        """Save under ``name`` (replacing a saved design of that name); returns its id."""
        self.window.panel.flush()
        design = self.current_design(name)
        if design is None:
            return None
        try:
            design_id = self.store.save(design)
        except STORE_ERRORS as exc:
            self._report("error", f"Could not save the design: {_reason(exc)}")
            return None
        self.current_id = design_id
        self._after_save(saved_key(design_id), name, "your saved designs")
        return design_id

    def _name_taken(self, name: str) -> bool:
        design_id = slug(name)
        if design_id == self.current_id:
            return False
        try:
            return any(i == design_id for i, _ in self.store.designs())
        except STORE_ERRORS:
            return False  # saving will report the problem

    def _confirm_replace(self, name: str) -> bool:
        answer = QMessageBox.question(
            self.window, "Save design",
            f"A saved design is already called “{name}”. Replace it?",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def save_as_file(self) -> Path | None:
        """Export the design as a small ``.fabwise`` file (asks where)."""
        design = self.current_design()
        if design is None:
            return None
        suggested = str(Path.home() / f"{slug(design.name or design.template_id)}{SUFFIX}")
        target, _ = QFileDialog.getSaveFileName(self.window, "Export design file", suggested,
                                                f"Fabwise designs (*{SUFFIX})")
        return self.save_to_file(Path(target)) if target else None

    def save_to_file(self, path: Path) -> Path | None:
        self.window.panel.flush()
        design = self.current_design()
        if design is None:
            return None
        try:
            written = write_design(path, design)
        except OSError as exc:
            self._report("error", f"Could not save {path}: {exc}")
            return None
        self.current_path = written
        self._after_save(str(written.resolve()), design.name, str(written))
        return written

    def has_unsaved_work(self) -> bool:
        if self.window.session.template is None:
            return False
        return self.restored_unsaved or not self.window.undo_stack.isClean()

    def _after_save(self, key: str, name: str, where: str) -> None:
        self.restored_unsaved = False
        self.design_name = name
        self.window.undo_stack.setClean()
        self._show_name()
        self.add_recent(key)
        self.window.status_label.setText(f"Saved “{name}” to {where}")
        self.saved.emit(key)

    # ----------------------------------------------------------------- open
    def open_saved_dialog(self) -> SavedDesignsDialog | None:
        """“Open saved design…”: list the saved designs to open or delete one."""
        try:
            designs = self.store.designs()
        except STORE_ERRORS as exc:
            self._report("error", f"Could not read your saved designs: {_reason(exc)}")
            return None
        dialog = SavedDesignsDialog(designs, template_name=self._template_name,
                                    delete_design=self.delete_saved, parent=self.window)
        dialog.open_requested.connect(self.open_saved)
        self.dialog = dialog
        dialog.open()
        return dialog

    def open_saved(self, design_id: str) -> bool:
        try:
            design = self.store.get(design_id)
        except STORE_ERRORS as exc:
            self._report("error", _reason(exc))
            return False
        if not self._open_as_current(design):
            return False
        self.current_id = design_id
        self.add_recent(saved_key(design_id))
        self.opened.emit(saved_key(design_id))
        return True

    def delete_saved(self, design_id: str) -> bool:
        try:
            deleted = self.store.delete(design_id)
        except STORE_ERRORS as exc:
            self._report("error", f"Could not delete the design: {_reason(exc)}")
            return False
        if self.current_id == design_id:
            self.current_id = None
        self._drop_recent(saved_key(design_id))
        return deleted

    def open_file_dialog(self) -> None:
        folder = str(self.current_path.parent if self.current_path else Path.home())
        target, _ = QFileDialog.getOpenFileName(self.window, "Open design file", folder,
                                                f"Fabwise designs (*{SUFFIX})")
        if target:
            self.open_path(Path(target))

    def open_path(self, path: Path) -> bool:
        try:
            design = read_design(path)
        except FabwiseError as exc:
            self._report("error", exc.message, exc.hint or "")
            return False
        if not self._open_as_current(design):
            return False
        self.current_path = path
        self.add_recent(str(path.resolve()))
        self.opened.emit(str(path))
        return True

    def _open_as_current(self, design: Design) -> bool:
        if not self.open_design(design):
            return False
        self.restored_unsaved = False
        self.window.undo_stack.setClean()
        self._show_name()
        return True

    def _show_name(self) -> None:
        self.window._update_title()  # the design's name changed without an undo step

    def open_design(self, design: Design) -> bool:
        window = self.window
        try:
            entry = window.registry.get(design.template_id)
        except FabwiseError as exc:
            self._report("error", exc.message, exc.hint or "")
            return False
        values, notes = fit_to_template(design, entry.template.schema, entry.template.version)
        window.open_template(design.template_id, values)
        if design.place or design.facility_id:
            window.restore_making(design.place, design.facility_id)
        if notes:
            window.banner.show_message("info", "Opened with changes: " + "; ".join(notes))
        self.design_name = design.name
        return True

    def _template_name(self, template_id: str) -> str | None:
        try:
            return self.window.registry.get(template_id).template.name
        except FabwiseError:
            return None

    def _report(self, level: str, text: str, hint: str = "") -> None:
        window = self.window
        banner = (window.gallery_banner if window.pages.currentWidget() is window.gallery_page
                  else window.banner)
        banner.show_message(level, text, hint=hint)

    # --------------------------------------------------------------- recent
    def recent_keys(self) -> list[str]:
        """Recent designs, newest first: ``db:<id>`` for saved designs, else file paths."""
        settings = self.window.settings
        if settings is None:
            return []
        raw: Any = settings.value(RECENT_KEY, [])
        items = [raw] if isinstance(raw, str) else list(raw or [])
        return [item for item in items if isinstance(item, str) and item]

    def recent_paths(self) -> list[Path]:
        """The recent design files (without the saved designs)."""
        return [Path(k) for k in self.recent_keys() if not k.startswith(SAVED_PREFIX)]

    def add_recent(self, key: str) -> None:
        settings = self.window.settings
        if settings is None:
            return
        keys = [key, *(k for k in self.recent_keys() if k != key)]
        settings.setValue(RECENT_KEY, keys[:MAX_RECENT])

    def _drop_recent(self, key: str) -> None:
        settings = self.window.settings
        if settings is not None:
            settings.setValue(RECENT_KEY, [k for k in self.recent_keys() if k != key])

    def open_recent(self, key: str) -> bool:
        if key.startswith(SAVED_PREFIX):
            return self.open_saved(key.removeprefix(SAVED_PREFIX))
        return self.open_path(Path(key))

    def fill_recent_menu(self, menu: QMenu) -> None:
        menu.clear()
        try:
            saved = dict(self.store.designs())
        except STORE_ERRORS:
            saved = {}
        for key in self.recent_keys():
            if key.startswith(SAVED_PREFIX):
                design = saved.get(key.removeprefix(SAVED_PREFIX))
                if design is None:
                    continue  # deleted since
                action = QAction(f"{design.name} (saved design)", menu)
                action.setToolTip(f"{design.template_id}, saved {design.saved_utc}")
            else:
                path = Path(key)
                if not path.exists():
                    continue
                action = QAction(f"{path.name} (file)", menu)
                action.setToolTip(str(path))
            action.setData(key)
            action.triggered.connect(lambda _=False, k=key: self.open_recent(k))
            menu.addAction(action)
        if menu.isEmpty():
            empty = QAction("No designs yet", menu)
            empty.setEnabled(False)
            menu.addAction(empty)

    # ------------------------------------------------------------- autosave
    def _schedule_autosave(self) -> None:
        if self.window.session.template is not None:
            self._autosave.start()

    def write_autosave(self) -> Path | None:
        self._autosave.stop()
        design = self.current_design()
        if design is None or not self.has_unsaved_work():
            return None
        try:
            path = write_design(autosave_path(), design)
        except OSError:
            return None  # autosave is best effort; saving by hand reports errors
        self.autosaved.emit(str(path))
        return path

    def pending_restore(self) -> Design | None:
        path = autosave_path()
        if not path.exists():
            return None
        try:
            return read_design(path)
        except FabwiseError:
            return None

    def discard_autosave(self) -> None:
        self._autosave.stop()
        with contextlib.suppress(OSError):
            autosave_path().unlink(missing_ok=True)

    def restore_autosave(self) -> bool:
        design = self.pending_restore()
        if design is None:
            return False
        if self.open_design(design):
            self.design_name = design.name
            self.restored_unsaved = True  # keep offering it until saved or discarded
            return True
        return False


def _reason(exc: BaseException) -> str:
    return exc.message if isinstance(exc, FabwiseError) else str(exc) or type(exc).__name__

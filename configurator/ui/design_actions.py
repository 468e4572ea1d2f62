"""Saving and opening designs from the window: saved designs in the app database
(:class:`~configurator.core.designs.DesignStore`), ``.fabwise`` files to share, the recent designs
(both kinds), and the autosave with its restore offer after a crash.

What is saved comes from the :class:`~configurator.app.document.DesignDocument` (values, where it
is made, name), never from widgets; the document also knows whether there is unsaved work.
"""

from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMenu, QMessageBox, QWidget

from configurator.app.document import Change
from configurator.core.designs import (
    SUFFIX,
    Design,
    DesignStore,
    autosave_path,
    read_design,
    slug,
    write_design,
)
from configurator.sdk.errors import FabwiseError
from configurator.ui.saved_designs_dialog import SavedDesignsDialog, saved_time_text

if TYPE_CHECKING:
    from PySide6.QtCore import QSettings

    from configurator.ui.session import DesignSession
    from configurator.ui.status import StatusView

AUTOSAVE_MS = 0  # committed changes are written at once (see _schedule_autosave)
MAX_RECENT = 8
RECENT_KEY = "designs/recent"
SAVED_PREFIX = "db:"  # recent entries: "db:<design id>" for saved designs, else a file path
STORE_ERRORS = (OSError, sqlite3.Error, FabwiseError)


def saved_key(design_id: str) -> str:
    return f"{SAVED_PREFIX}{design_id}"


SAVE, DISCARD, CANCEL = "save", "discard", "cancel"


def ask_to_save(parent: QWidget | None, title: str, doing: str) -> str:
    """Ask whether to save the unsaved changes to ``title`` before ``doing`` (e.g. "opening
    another design"): SAVE, DISCARD or CANCEL. (Tests replace this function.)"""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle("Unsaved changes")
    box.setText(f"“{title}” has changes you have not saved.")
    box.setInformativeText(f"Save them before {doing}? If you don't, they are lost.")
    save = box.addButton("Save…", QMessageBox.ButtonRole.AcceptRole)
    discard = box.addButton("Don't save", QMessageBox.ButtonRole.DestructiveRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(save)
    box.exec()
    clicked = box.clickedButton()
    return SAVE if clicked is save else DISCARD if clicked is discard else CANCEL


class DesignActions(QObject):
    saved = Signal(str)  # "db:<id>" or the file path written
    opened = Signal(str)  # "db:<id>" or the file path read
    autosaved = Signal(str)  # path

    def __init__(
        self,
        session: DesignSession,
        view: StatusView,
        *,
        settings: QSettings | None = None,
        store: DesignStore | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.document = session.document
        self.view = view
        self.settings = settings
        self._parent_widget = parent
        self._store = store
        self.dialog: SavedDesignsDialog | None = None
        self._autosave = QTimer(self)
        self._autosave.setSingleShot(True)
        self._autosave.setInterval(AUTOSAVE_MS)
        self._autosave.timeout.connect(self.write_autosave)
        self._offer_pending = False  # an earlier session's work is offered for restoring
        self.document.subscribe(self._on_document_change)

    def _on_document_change(self, change: Change) -> None:
        if change in (Change.VALUES, Change.WHERE, Change.DIRTY):
            self._schedule_autosave()

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

    # ----------------------------------------------------------------- save
    def save(self) -> str | None:
        """Save into the saved designs (asks for a name unless it is a saved design already)."""
        document = self.document
        if document.template is None:
            return None
        if document.saved_id is not None and document.name:
            return self.save_named(document.name)
        name, ok = QInputDialog.getText(
            self._parent_widget, "Save design", "Name of this design:", text=document.title
        )
        name = name.strip()
        if not ok or not name:
            return None
        if self._name_taken(name) and not self._confirm_replace(name):
            return None
        return self.save_named(name)

    def save_named(self, name: str) -> str | None:
        """Save under ``name`` (replacing a saved design of that name); returns its id."""
        self.view.commit_pending_edits()
        design = self.document.to_design(name)
        if design is None:
            return None
        try:
            design_id = self.store.save(design, self.document.saved_id)
        except STORE_ERRORS as exc:
            self._report("error", f"Could not save the design: {_reason(exc)}")
            return None
        self.document.mark_saved(name, saved_id=design_id)
        self._after_save(saved_key(design_id), name, "your saved designs")
        return design_id

    def _name_taken(self, name: str) -> bool:
        """Another saved design has exactly this name (saving would replace it)."""
        try:
            design_id = self.store.find(name)
        except STORE_ERRORS:
            return False  # saving will report the problem
        return design_id is not None and design_id != self.document.saved_id

    def _confirm_replace(self, name: str) -> bool:
        answer = QMessageBox.question(
            self._parent_widget,
            "Save design",
            f"A saved design is already called “{name}”. Replace it?",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def save_as_file(self) -> Path | None:
        """Export the design as a small ``.fabwise`` file (asks where)."""
        design = self.document.to_design()
        if design is None:
            return None
        suggested = str(Path.home() / f"{slug(design.name or design.template_id)}{SUFFIX}")
        target, _ = QFileDialog.getSaveFileName(
            self._parent_widget, "Export design file", suggested, f"Fabwise designs (*{SUFFIX})"
        )
        return self.save_to_file(Path(target)) if target else None

    def save_to_file(self, path: Path) -> Path | None:
        self.view.commit_pending_edits()
        design = self.document.to_design()
        if design is None:
            return None
        try:
            written = write_design(path, design)
        except (OSError, FabwiseError) as exc:
            self._report("error", f"Could not save {path}: {_reason(exc)}")
            return None
        self.document.mark_saved(design.name, path=written)
        self._after_save(str(written.resolve()), design.name, str(written))
        return written

    def has_unsaved_work(self) -> bool:
        return self.document.is_dirty

    def settle_unsaved(self, doing: str) -> bool:
        """Before the design on screen is replaced or the window closes (``doing``, e.g.
        "opening another design"): if it has unsaved changes, ask to save them. True when it may
        go ahead (nothing unsaved, saved, or the user chose not to save); False to stay."""
        self.view.commit_pending_edits()
        if not self.has_unsaved_work():
            return True
        answer = ask_to_save(self._parent_widget, self.document.title, doing)
        if answer == SAVE:
            return self.save() is not None and not self.has_unsaved_work()
        if answer == DISCARD:
            self.drop_autosave()
            return True
        return False

    def _after_save(self, key: str, name: str, where: str) -> None:
        self.add_recent(key)
        self.view.show_status(f"Saved “{name}” to {where}")
        self.saved.emit(key)

    # ----------------------------------------------------------------- open
    def open_saved_dialog(self) -> SavedDesignsDialog | None:
        """“Open saved design…”: list the saved designs to open or delete one."""
        try:
            designs = self.store.designs()
        except STORE_ERRORS as exc:
            self._report("error", f"Could not read your saved designs: {_reason(exc)}")
            return None
        dialog = SavedDesignsDialog(
            designs,
            template_name=self._template_name,
            delete_design=self.delete_saved,
            parent=self._parent_widget,
        )
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
        if not self.open_design(design, saved_id=design_id):
            return False
        self.add_recent(saved_key(design_id))
        self.opened.emit(saved_key(design_id))
        return True

    def delete_saved(self, design_id: str) -> bool:
        try:
            deleted = self.store.delete(design_id)
        except STORE_ERRORS as exc:
            self._report("error", f"Could not delete the design: {_reason(exc)}")
            return False
        self.document.forget_saved(design_id)
        self._drop_recent(saved_key(design_id))
        return deleted

    def open_file_dialog(self) -> None:
        current = self.document.path
        folder = str(current.parent if current else Path.home())
        target, _ = QFileDialog.getOpenFileName(
            self._parent_widget, "Open design file", folder, f"Fabwise designs (*{SUFFIX})"
        )
        if target:
            self.open_path(Path(target))

    def open_path(self, path: Path) -> bool:
        try:
            design = read_design(path)
        except FabwiseError as exc:
            self._report("error", exc.message, exc.hint or "")
            return False
        if not self.open_design(design, path=path.resolve()):
            return False
        self.add_recent(str(path.resolve()))
        self.opened.emit(str(path))
        return True

    def open_design(
        self, design: Design, *, saved_id: str | None = None, path: Path | None = None, unsaved: bool = False
    ) -> bool:
        """Make ``design`` the one being customised (its values, workshop, name); asks first
        if the design on screen has unsaved changes."""
        if not self.settle_unsaved("opening another design"):
            return False
        try:
            notes = self.session.open_design(design, saved_id=saved_id, path=path, unsaved=unsaved)
        except FabwiseError as exc:
            self._report("error", exc.message, exc.hint or "")
            return False
        if notes:
            self.view.report("info", "Opened with changes: " + "; ".join(notes))
        return True

    def _template_name(self, template_id: str) -> str | None:
        try:
            return self.document.registry.get(template_id).template.name
        except FabwiseError:
            return None

    def _report(self, level: str, text: str, hint: str = "") -> None:
        self.view.report(level, text, hint)

    # --------------------------------------------------------------- recent
    def recent_keys(self) -> list[str]:
        """Recent designs, newest first: ``db:<id>`` for saved designs, else file paths."""
        settings = self.settings
        if settings is None:
            return []
        raw: Any = settings.value(RECENT_KEY, [])
        items = [raw] if isinstance(raw, str) else list(raw or [])
        return [item for item in items if isinstance(item, str) and item]

    def recent_paths(self) -> list[Path]:
        """The recent design files (without the saved designs)."""
        return [Path(k) for k in self.recent_keys() if not k.startswith(SAVED_PREFIX)]

    def add_recent(self, key: str) -> None:
        settings = self.settings
        if settings is None:
            return
        keys = [key, *(k for k in self.recent_keys() if k != key)]
        settings.setValue(RECENT_KEY, keys[:MAX_RECENT])

    def _drop_recent(self, key: str) -> None:
        settings = self.settings
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
                product = self._template_name(design.template_id) or design.template_id
                action.setToolTip(f"{product}, saved {saved_time_text(design.saved_utc)}")
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
        """Every committed change is written at once: a crash a moment after an edit must not
        lose it (a 1.5 s delay did). Drags commit once, on release, so this is one small atomic
        write (temporary file, fsync, rename) per change."""
        if self.document.template is not None:
            self.write_autosave()

    def write_autosave(self) -> Path | None:
        """Keep the design's unsaved state for a restart after a crash; without unsaved work,
        no autosave is kept (a restart never offers an older state than the last one). While
        the work of an earlier session is offered for restoring, it is left as it is."""
        self._autosave.stop()
        if self._offer_pending:
            return None
        design = self.document.to_design()
        if design is None or not self.has_unsaved_work():
            self.drop_autosave()
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

    def restore_offer_text(self, design: Design) -> str:
        """The gallery's offer to restore ``design``: its name (or its product's), local time."""
        product = self._template_name(design.template_id) or design.template_id
        return (
            f"You have unsaved work: “{design.name or product}” "
            f"(autosaved {saved_time_text(design.saved_utc)}). Restore it?"
        )

    def offer_restore(self) -> Design | None:
        """The unsaved work an earlier session left, if any; it is kept untouched until the
        user restores or dismisses it."""
        design = self.pending_restore()
        self._offer_pending = design is not None
        return design

    def discard_autosave(self) -> None:
        """The user does not want the autosaved work (dismissed the offer, chose not to save)."""
        self._offer_pending = False
        self.drop_autosave()

    def drop_autosave(self) -> None:
        """No autosave is kept (except an earlier session's work still offered for restoring)."""
        self._autosave.stop()
        if self._offer_pending:
            return
        with contextlib.suppress(OSError):
            autosave_path().unlink(missing_ok=True)

    def restore_autosave(self) -> bool:
        design = self.pending_restore()
        if design is None:
            self._offer_pending = False
            return False
        # unsaved: keep offering it until saved or discarded
        if not self.open_design(design, unsaved=True):
            return False
        self._offer_pending = False
        self._schedule_autosave()
        return True


def _reason(exc: BaseException) -> str:
    from configurator.core.storage.problems import explain

    explained = explain(exc) if isinstance(exc, OSError | sqlite3.Error) else None
    if explained is not None:
        return f"{explained.message} ({explained.hint})" if explained.hint else explained.message
    return exc.message if isinstance(exc, FabwiseError) else str(exc) or type(exc).__name__

"""Saving and opening designs from the window: the design library, ``.fabwise`` files, recent
designs, and the autosave with its restore offer after a crash."""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMenu

from configurator.core.errors import FabwiseError
from configurator.ui.designs import (
    SUFFIX,
    Design,
    DesignLibrary,
    autosave_path,
    fit_to_template,
    read_design,
    write_design,
)

if TYPE_CHECKING:
    from configurator.ui.main_window import MainWindow

AUTOSAVE_MS = 1500
MAX_RECENT = 8
RECENT_KEY = "designs/recent"


class DesignActions(QObject):
    saved = Signal(str)  # path
    opened = Signal(str)  # path
    autosaved = Signal(str)  # path

    def __init__(self, window: MainWindow, library: DesignLibrary | None = None) -> None:
        super().__init__(window)
        self.window = window
        self.library = library or DesignLibrary()
        self.design_name = ""
        self.current_path: Path | None = None
        self.restored_unsaved = False  # a restored autosave is unsaved work until saved
        self._autosave = QTimer(self)
        self._autosave.setSingleShot(True)
        self._autosave.setInterval(AUTOSAVE_MS)
        self._autosave.timeout.connect(self.write_autosave)
        window.undo_stack.indexChanged.connect(lambda _i: self._schedule_autosave())

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

    # ----------------------------------------------------------------- save
    def save(self) -> Path | None:
        """Save into the design library (asks for a name the first time)."""
        if self.window.session.template is None:
            return None
        name = self.design_name
        if not name:
            template = self.window.session.template
            name, ok = QInputDialog.getText(self.window, "Save design", "Name of this design:",
                                            text=template.name)
            if not ok or not name.strip():
                return None
            name = name.strip()
        return self.save_named(name)

    def save_named(self, name: str) -> Path | None:
        self.window.panel.flush()
        design = self.current_design(name)
        if design is None:
            return None
        path = self.library.save(design)
        self._after_save(path, name)
        return path

    def save_as_file(self) -> Path | None:
        design = self.current_design()
        if design is None:
            return None
        suggested = str(Path.home() / f"{design.template_id}{SUFFIX}")
        target, _ = QFileDialog.getSaveFileName(self.window, "Save design as file", suggested,
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
            self.window.banner.show_message("error", f"Could not save {path}: {exc}")
            return None
        self._after_save(written, design.name)
        return written

    def has_unsaved_work(self) -> bool:
        if self.window.session.template is None:
            return False
        return self.restored_unsaved or not self.window.undo_stack.isClean()

    def _after_save(self, path: Path, name: str) -> None:
        self.restored_unsaved = False
        self.design_name = name
        self.current_path = path
        self.window.undo_stack.setClean()
        self.add_recent(path)
        self.window.status_label.setText(f"Saved {name} to {path}")
        self.saved.emit(str(path))

    # ----------------------------------------------------------------- open
    def open_dialog(self) -> None:
        folder = str(self.library.folder if self.library.folder.is_dir() else Path.home())
        target, _ = QFileDialog.getOpenFileName(self.window, "Open design", folder,
                                                f"Fabwise designs (*{SUFFIX})")
        if target:
            self.open_path(Path(target))

    def open_path(self, path: Path) -> bool:
        try:
            design = read_design(path)
        except FabwiseError as exc:
            self._report(exc)
            return False
        if not self.open_design(design):
            return False
        self.restored_unsaved = False
        self.current_path = path
        self.design_name = design.name
        self.window.undo_stack.setClean()
        self.add_recent(path)
        self.opened.emit(str(path))
        return True

    def open_design(self, design: Design) -> bool:
        window = self.window
        try:
            entry = window.registry.get(design.template_id)
        except FabwiseError as exc:
            self._report(exc)
            return False
        values, notes = fit_to_template(design, entry.template.schema, entry.template.version)
        window.open_template(design.template_id, values)
        if design.place or design.facility_id:
            window.restore_making(design.place, design.facility_id)
        if notes:
            window.banner.show_message("info", "Opened with changes: " + "; ".join(notes))
        self.design_name = design.name
        return True

    def _report(self, exc: FabwiseError) -> None:
        window = self.window
        if window.pages.currentWidget() is window.gallery_page:
            window.gallery_banner.show_message("error", exc.message, hint=exc.hint or "")
        else:
            window.banner.show_message("error", exc.message, hint=exc.hint or "")

    # --------------------------------------------------------------- recent
    def recent_paths(self) -> list[Path]:
        settings = self.window.settings
        if settings is None:
            return []
        raw: Any = settings.value(RECENT_KEY, [])
        items = [raw] if isinstance(raw, str) else list(raw or [])
        return [Path(p) for p in items if isinstance(p, str) and p]

    def add_recent(self, path: Path) -> None:
        settings = self.window.settings
        if settings is None:
            return
        paths = [str(path.resolve())]
        paths += [str(p) for p in self.recent_paths() if str(p) != paths[0]]
        settings.setValue(RECENT_KEY, paths[:MAX_RECENT])

    def fill_recent_menu(self, menu: QMenu) -> None:
        menu.clear()
        existing = [p for p in self.recent_paths() if p.exists()]
        for path in existing:
            action = QAction(path.name, menu)
            action.setToolTip(str(path))
            action.triggered.connect(lambda _=False, p=path: self.open_path(p))
            menu.addAction(action)
        saved = self.library.designs()
        if saved:
            if existing:
                menu.addSeparator()
            for path, design in saved[:MAX_RECENT]:
                if path in existing:
                    continue
                action = QAction(f"{design.name or path.stem} (saved)", menu)
                action.triggered.connect(lambda _=False, p=path: self.open_path(p))
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

"""The main window: gallery page, customising page, menus, status bar and the undo stack.

It wires widgets to the :class:`~configurator.ui.session.DesignSession` and the core services; it
computes nothing itself.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import QLabel, QMainWindow, QStackedWidget, QWidget

from configurator.core.errors import BuildFailed, FabwiseError, Issue
from configurator.core.registry import TemplateEntry, TemplateRegistry
from configurator.core.results import BuildResult
from configurator.core.service import BuildService
from configurator.ui.build_bridge import BuildBridge
from configurator.ui.busy_indicator import BusyIndicator
from configurator.ui.customise_page import CustomisePage
from configurator.ui.gallery import TemplateGallery
from configurator.ui.session import DesignSession
from configurator.ui.undo_commands import SetValuesCommand, changed_values

APP_TITLE = "Fabwise"
INVALID_NOTE = "The preview shows the last valid design: fix the marked value to update it."


class MainWindow(QMainWindow):
    startup_finished = Signal()

    def __init__(
        self,
        registry: TemplateRegistry,
        service: BuildService,
        *,
        settings: QSettings | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(APP_TITLE)
        self.registry = registry
        self.service = service
        self.settings = settings
        self.bridge = BuildBridge(service, self)
        self.session = DesignSession(registry, self.bridge, self)
        self.undo_stack = QUndoStack(self)

        self.gallery = TemplateGallery()
        self.gallery.set_templates(registry.entries, registry.broken)
        self.page = CustomisePage()
        self.panel = self.page.panel
        self.preview = self.page.preview
        self.banner = self.page.banner
        self.pages = QStackedWidget()
        self.pages.addWidget(self.gallery)
        self.pages.addWidget(self.page)
        self.setCentralWidget(self.pages)

        self.busy = BusyIndicator()
        self.status_label = QLabel("Choose a template to start.")
        self.statusBar().addWidget(self.status_label, 1)
        self.statusBar().addPermanentWidget(self.busy)

        self._create_actions()
        self._connect()
        self.resize(1280, 800)

    # ----------------------------------------------------------------- set-up
    def _create_actions(self) -> None:
        self.undo_action = self.undo_stack.createUndoAction(self, "&Undo")
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self.undo_stack.createRedoAction(self, "&Redo")
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])

        file_menu = self.menuBar().addMenu("&File")
        self.gallery_action = QAction("&Templates…", self)
        self.gallery_action.setShortcut(QKeySequence("Ctrl+T"))
        self.gallery_action.triggered.connect(self.show_gallery)
        file_menu.addAction(self.gallery_action)
        file_menu.addSeparator()
        quit_action = QAction("&Quit", self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        self.file_menu = file_menu
        self.quit_action = quit_action
        file_menu.addAction(quit_action)

        edit_menu = self.menuBar().addMenu("&Edit")
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        edit_menu.addSeparator()
        self.reset_action = QAction("Reset to &defaults", self)
        self.reset_action.triggered.connect(self.reset_to_defaults)
        edit_menu.addAction(self.reset_action)
        self.edit_menu = edit_menu

        view_menu = self.menuBar().addMenu("&View")
        for key, label, shortcut in (("iso", "&Isometric", "Ctrl+1"), ("front", "&Front", "Ctrl+2"),
                                     ("top", "&Top", "Ctrl+3"), ("side", "&Side", "Ctrl+4")):
            action = QAction(label, self)
            action.setShortcut(QKeySequence(shortcut))
            action.triggered.connect(lambda _=False, k=key: self.preview.set_view(k))
            view_menu.addAction(action)
        fit = QAction("Fit to &window", self)
        fit.setShortcut(QKeySequence("Ctrl+0"))
        fit.triggered.connect(lambda: self.preview.fit())
        view_menu.addAction(fit)
        self.view_menu = view_menu
        self.help_menu = self.menuBar().addMenu("&Help")

    def _connect(self) -> None:
        self.gallery.template_chosen.connect(self.open_template)
        self.page.back_requested.connect(self.show_gallery)
        self.panel.value_previewed.connect(self._on_value_previewed)
        self.panel.value_committed.connect(self._on_value_committed)
        self.panel.preset_chosen.connect(self.apply_preset)
        self.panel.reset_requested.connect(self.reset_to_defaults)
        self.banner.retry_requested.connect(self.session.rebuild)
        session = self.session
        session.template_changed.connect(self._on_template_changed)
        session.values_changed.connect(self.panel.set_values)
        session.issues_changed.connect(self._on_issues)
        session.busy_changed.connect(self._on_busy)
        session.result_ready.connect(self._on_result)
        session.build_failed.connect(self._on_build_failed)
        self.undo_stack.cleanChanged.connect(self._on_clean_changed)

    def finish_startup(self) -> None:
        """Called once the window is on screen: create the 3D view (imports VTK)."""
        self.preview.create_view()
        self.startup_finished.emit()

    # -------------------------------------------------------------- templates
    def show_gallery(self) -> None:
        self.pages.setCurrentWidget(self.gallery)
        self.gallery.search.setFocus()

    def open_template(self, template_id: str, values: dict[str, Any] | None = None) -> None:
        """Customise ``template_id``; clicking the open template again keeps its values."""
        current = self.session.entry
        if values is None and current is not None and current.template.id == template_id:
            self.pages.setCurrentWidget(self.page)
            return
        self.panel.flush()
        self.undo_stack.clear()
        self.banner.clear()
        self.preview.clear()
        self.pages.setCurrentWidget(self.page)
        self.session.select_template(template_id, values)

    # ---------------------------------------------------------------- editing
    def _on_value_previewed(self, name: str, value: Any) -> None:
        self.session.preview_values({name: value})

    def _on_value_committed(self, name: str, value: Any) -> None:
        before, after = changed_values(self.session.values, {name: value})
        if not after:
            self.session.end_preview()
            return
        template = self.session.template
        title = template.schema[name].title if template and name in template.schema else name
        self.undo_stack.push(SetValuesCommand(self.session, before, after, f"Change {title}"))

    def set_values(self, values: dict[str, Any], text: str) -> bool:
        """Set several values as one undoable step. Returns False if nothing changed."""
        before, after = changed_values(self.session.values, values)
        if not after:
            return False
        self.undo_stack.push(SetValuesCommand(self.session, before, after, text))
        return True

    def apply_preset(self, name: str) -> None:
        template = self.session.template
        if template is None:
            return
        try:
            preset_values = dict(template.schema.preset(name).values)
        except KeyError as exc:
            self.banner.show_message("error", str(exc.args[0]))
            return
        wanted = {**template.schema.defaults(), **preset_values}
        self.set_values(wanted, f"Apply preset {name}")

    def reset_to_defaults(self) -> None:
        template = self.session.template
        if template is not None:
            self.set_values(template.schema.defaults(), "Reset to defaults")

    # ------------------------------------------------------- session reports
    def _on_template_changed(self, entry: TemplateEntry) -> None:
        self.panel.set_template(entry)
        self.status_label.setText(f"Customising {entry.template.name}")
        self._update_title()

    def _on_issues(self, issues: list[Issue]) -> None:
        self.panel.show_issues(issues)
        if issues:
            self.banner.show_message("warning", INVALID_NOTE)
            self.status_label.setText(issues[0].message)
        elif self.banner.level == "warning":
            self.banner.clear()

    def _on_busy(self, busy: bool) -> None:
        self.busy.set_busy(busy)
        if busy:
            self.status_label.setText("Building the preview…")

    def _on_result(self, result: BuildResult) -> None:
        self.preview.show_result(result)
        if self.banner.level == "error":
            self.banner.clear()
        parts = sum(p.quantity for p in result.parts)
        seconds = result.build_seconds + result.tessellate_seconds
        quality = " (quick preview)" if result.quality == "coarse" else ""
        note = f"{parts} part{'s' if parts != 1 else ''}, built in {seconds:.2f} s{quality}"
        if result.warnings:
            note += " — " + "; ".join(result.warnings)
        self.status_label.setText(note)

    def _on_build_failed(self, error: FabwiseError) -> None:
        details = error.details if isinstance(error, BuildFailed) else ""
        kind = error.kind if isinstance(error, BuildFailed) else ""
        lead = {
            "timeout": "The build took too long and was stopped.",
            "crash": "The build worker crashed; a fresh one will be used.",
            "limit": "The build exceeded its resource limit.",
        }.get(kind, "The preview could not be built.")
        text = f"{lead} {error.message}"
        self.banner.show_message("error", text, hint=error.hint or "", details=details,
                                 retry=True)
        self.status_label.setText("Build failed: the preview shows the last good design.")

    def _on_clean_changed(self, _clean: bool) -> None:
        self._update_title()

    def _update_title(self) -> None:
        template = self.session.template
        name = f" — {template.name}" if template else ""
        dirty = "" if self.undo_stack.isClean() else " *"
        self.setWindowTitle(f"{APP_TITLE}{name}{dirty}")

    # ------------------------------------------------------------------ close
    def closeEvent(self, event: QCloseEvent) -> None:
        self.panel.flush()
        self.bridge.close()
        self.preview.close_view()
        super().closeEvent(event)


def schedule_startup(window: MainWindow) -> None:
    """Finish start-up right after the first paint."""
    QTimer.singleShot(0, window.finish_startup)
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)

"""The main window: gallery page, customising page (parameters | preview | eco and workshop
panels), menus, status bar, undo stack, settings.

It wires widgets to the :class:`~configurator.ui.session.DesignSession`, the eco and facility
controllers and the core services; it computes nothing itself.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QSettings, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QInputDialog,
    QLabel,
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from configurator.core.registry import TemplateEntry, TemplateRegistry
from configurator.core.service import BuildService
from configurator.sdk.errors import BuildFailed, FabwiseError, Issue
from configurator.sdk.results import BuildResult
from configurator.ui.about_dialog import AboutDialog
from configurator.ui.build_bridge import BuildBridge
from configurator.ui.busy_indicator import BusyIndicator
from configurator.ui.customise_page import CustomisePage
from configurator.ui.design_actions import DesignActions
from configurator.ui.eco_controller import EcoController
from configurator.ui.eco_panel import EcoPanel
from configurator.ui.facility_panel import FacilityPanel
from configurator.ui.gallery import TemplateGallery
from configurator.ui.making_controller import MakingController
from configurator.ui.message_banner import MessageBanner
from configurator.ui.session import DesignSession
from configurator.ui.template_sources import TemplateSources
from configurator.ui.thumbnails import ThumbnailService
from configurator.ui.undo_commands import SetValuesCommand, changed_values
from configurator.ui.user_presets import UserPresets

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
        store_factory: Callable[[], Any] | None = None,
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
        self.user_presets = UserPresets()
        self.export_dialog: Any = None

        self.gallery = TemplateGallery()
        self.gallery.set_templates(registry.entries, registry.broken)
        self.gallery_banner = MessageBanner()
        gallery_page = QWidget()
        gallery_layout = QVBoxLayout(gallery_page)
        gallery_layout.setContentsMargins(12, 8, 12, 0)
        gallery_layout.addWidget(self.gallery_banner)
        gallery_layout.addWidget(self.gallery, 1)
        self.gallery_page = gallery_page
        self.page = CustomisePage()
        self.panel = self.page.panel
        self.preview = self.page.preview
        self.banner = self.page.banner
        self.pages = QStackedWidget()
        self.pages.addWidget(gallery_page)
        self.pages.addWidget(self.page)
        self.template_notice = MessageBanner()  # template files changed, trust needed
        central = QWidget()
        central_layout = QVBoxLayout(central)
        central_layout.setContentsMargins(0, 0, 0, 0)
        central_layout.addWidget(self.template_notice)
        central_layout.addWidget(self.pages, 1)
        self.setCentralWidget(central)

        self.eco = EcoController(self.session, service, self)
        self.eco_panel = EcoPanel()
        self.facility_panel = FacilityPanel()
        self.page.add_side_panel(self.eco_panel, "Eco")
        self.page.add_side_panel(self.facility_panel, "Make it")
        self.making = MakingController(self, store_factory)
        self.designs = DesignActions(self)
        self.thumbnails = ThumbnailService(service, parent=self)
        self.sources = TemplateSources(self)

        self.busy = BusyIndicator()
        self.status_label = QLabel("Choose a template to start.")
        self.statusBar().addWidget(self.status_label, 1)
        self.statusBar().addPermanentWidget(self.busy)

        self._create_actions()
        self._connect()
        self.resize(1280, 800)
        self._restore_layout()

    # ----------------------------------------------------------------- set-up
    def _action(self, text: str, slot: Callable[[], Any], shortcut: Any = None,
                tip: str = "") -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setStatusTip(tip)
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def _create_actions(self) -> None:
        self.undo_action = self.undo_stack.createUndoAction(self, "&Undo")
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self.undo_stack.createRedoAction(self, "&Redo")
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])

        bar = self.menuBar()
        file_menu = bar.addMenu("&File")
        self.gallery_action = self._action("&Templates…", self.show_gallery, "Ctrl+T")
        self.open_action = self._action("&Open saved design…", self.designs.open_saved_dialog,
                                        QKeySequence.StandardKey.Open)
        self.open_file_action = self._action("Open design &file…", self.designs.open_file_dialog,
                                             tip="Open a .fabwise design file")
        self.template_folders_action = self._action("Template f&olders…",
                                                    self.sources.edit_folders,
                                                    tip="Folders to load templates from")
        self.recent_menu = file_menu.addMenu("Open &recent")
        self.recent_menu.aboutToShow.connect(
            lambda: self.designs.fill_recent_menu(self.recent_menu))
        self.save_action = self._action("&Save design", self.designs.save,
                                        QKeySequence.StandardKey.Save,
                                        "Save in your saved designs")
        self.save_file_action = self._action("E&xport design file…", self.designs.save_as_file,
                                             "Ctrl+Shift+S", "Write a small .fabwise file")
        self.export_action = self._action("&Export package…", self.open_export_dialog, "Ctrl+E",
                                          "Check and write a production package")
        self.quit_action = self._action("&Quit", self.close, QKeySequence.StandardKey.Quit)
        file_menu.insertAction(self.recent_menu.menuAction(), self.gallery_action)
        file_menu.insertAction(self.recent_menu.menuAction(), self.open_action)
        file_menu.insertAction(self.recent_menu.menuAction(), self.open_file_action)
        for action in (self.save_action, self.save_file_action):
            file_menu.addAction(action)
        file_menu.addSeparator()
        file_menu.addAction(self.template_folders_action)
        file_menu.addSeparator()
        file_menu.addAction(self.export_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        self.file_menu = file_menu

        edit_menu = bar.addMenu("&Edit")
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        edit_menu.addSeparator()
        self.reset_action = self._action("Reset to &defaults", self.reset_to_defaults)
        edit_menu.addAction(self.reset_action)
        self.edit_menu = edit_menu

        view_menu = bar.addMenu("&View")
        for key, label, shortcut in (("iso", "&Isometric", "Ctrl+1"), ("front", "&Front", "Ctrl+2"),
                                     ("top", "&Top", "Ctrl+3"), ("side", "&Side", "Ctrl+4")):
            view_menu.addAction(self._action(label, partial(self.preview.set_view, key),
                                             shortcut))
        view_menu.addAction(self._action("Fit to &window", self.preview.fit, "Ctrl+0"))
        view_menu.addSeparator()
        view_menu.addAction(self._action("&Eco panel", lambda: self.show_side_tab(0), "Ctrl+G"))
        view_menu.addAction(self._action("&Workshops panel", lambda: self.show_side_tab(1),
                                         "Ctrl+M"))
        self.view_menu = view_menu
        self.help_menu = bar.addMenu("&Help")
        self.about_action = self._action("&About Fabwise and data sources", self.show_about)
        self.help_menu.addAction(self.about_action)
        self._update_actions()

    def _connect(self) -> None:
        self.gallery.template_chosen.connect(self.open_template)
        self.page.back_requested.connect(self.show_gallery)
        self.panel.value_previewed.connect(self._on_value_previewed)
        self.panel.value_committed.connect(self._on_value_committed)
        self.panel.preset_chosen.connect(self.apply_preset)
        self.panel.save_preset_requested.connect(self.save_user_preset)
        self.panel.reset_requested.connect(self.reset_to_defaults)
        self.banner.retry_requested.connect(self.session.rebuild)
        self.gallery_banner.retry_requested.connect(self._restore_autosave)
        self.gallery_banner.dismissed.connect(self._dismiss_restore)
        session = self.session
        session.template_changed.connect(self._on_template_changed)
        session.values_changed.connect(self.panel.set_values)
        session.issues_changed.connect(self._on_issues)
        session.busy_changed.connect(self._on_busy)
        session.result_ready.connect(self._on_result)
        session.build_failed.connect(self._on_build_failed)
        self.eco.report_ready.connect(self.eco_panel.show_report)
        self.eco.report_failed.connect(self.eco_panel.show_report_failed)
        self.eco.guide_ready.connect(self.eco_panel.show_guide)
        self.eco.guide_failed.connect(self.eco_panel.show_guide_failed)
        self.eco_panel.suggestion_chosen.connect(self.apply_suggestion)
        self.undo_stack.cleanChanged.connect(self._on_clean_changed)
        self.thumbnails.thumbnail_ready.connect(self.gallery.set_thumbnail)

    def finish_startup(self) -> None:
        """Called once the window is on screen: create the 3D view (imports VTK), offer to
        restore unsaved work."""
        self.preview.create_view()
        self.thumbnails.start(self.registry.entries)
        restore = self.designs.pending_restore()
        if restore is not None:
            when = restore.saved_utc.replace("T", " ").replace("+00:00", " UTC")
            self.gallery_banner.show_message(
                "info", f"You have unsaved work: “{restore.name or restore.template_id}” "
                f"(autosaved {when}). Restore it?", retry=True, retry_text="Restore")
        self.startup_finished.emit()

    # -------------------------------------------------------------- templates
    def show_gallery(self) -> None:
        self.pages.setCurrentWidget(self.gallery_page)
        self.gallery.search.setFocus()

    def open_template(self, template_id: str, values: dict[str, Any] | None = None) -> None:
        """Customise ``template_id``; clicking the open template again keeps its values."""
        current = self.session.entry
        if values is None and current is not None and current.template.id == template_id:
            self.pages.setCurrentWidget(self.page)
            return
        self.panel.flush()
        self.undo_stack.clear()
        self.designs.forget_current()
        self.banner.clear()
        self.preview.clear()
        self.eco_panel.clear("Building…")
        self.pages.setCurrentWidget(self.page)
        self.session.select_template(template_id, values)

    def restore_making(self, place: str, facility_id: str | None) -> None:
        self.making.restore(place, facility_id)

    def show_side_tab(self, index: int) -> None:
        self.page.side_tabs.setCurrentIndex(index)

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
        names = {p.name for p in template.schema.presets}
        values = (dict(template.schema.preset(name).values) if name in names
                  else self.user_presets.load(template.id).get(name))
        if values is None:
            self.banner.show_message("error", f"no preset '{name}'")
            return
        known = {k: v for k, v in values.items() if k in template.schema}
        self.set_values({**template.schema.defaults(), **known}, f"Apply preset {name}")

    def save_user_preset(self, name: str | None = None) -> None:
        template = self.session.template
        if template is None:
            return
        if name is None:
            name, ok = QInputDialog.getText(self, "Save preset", "Name of your preset:")
            if not ok:
                return
        name = name.strip()
        if not name:
            return
        self.panel.flush()
        try:
            self.user_presets.save(template.id, name, self.session.values)
        except OSError as exc:
            self.banner.show_message("error", f"Could not save the preset: {exc}")
            return
        self.panel.set_user_presets(self.user_presets.load(template.id))
        self.status_label.setText(f"Saved preset “{name}”")

    def reset_to_defaults(self) -> None:
        template = self.session.template
        if template is not None:
            self.set_values(template.schema.defaults(), "Reset to defaults")

    def apply_suggestion(self, suggestion: Any) -> None:
        """Apply an eco-guide suggestion as one undoable step (values and/or workshop)."""
        facility = None
        current = self.eco.making.facility
        if suggestion.facility and (current is None or suggestion.facility != current.name):
            facility = self.making.alternative_named(suggestion.facility)
        self.undo_stack.beginMacro(f"Eco suggestion: {suggestion.title}")
        if suggestion.changes:
            self.set_values(dict(suggestion.changes), suggestion.title)
        if facility is not None:
            self.making.request_facility(facility)
        self.undo_stack.endMacro()

    # ------------------------------------------------------- session reports
    def _on_template_changed(self, entry: TemplateEntry) -> None:
        self.panel.set_template(entry, self.user_presets.load(entry.template.id))
        self.status_label.setText(f"Customising {entry.template.name}")
        self._update_title()
        self._update_actions()

    def _on_issues(self, issues: list[Issue]) -> None:
        self.panel.show_issues(issues)
        if issues:
            self.banner.show_message("warning", INVALID_NOTE)
            self.status_label.setText(issues[0].message)
            self.eco_panel.show_stale("The figures are for the last valid design.")
        elif self.banner.level == "warning":
            self.banner.clear()
        self._update_actions()

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
        quality = " (quick preview)" if result.quality != "fine" else ""
        note = f"{parts} part{'s' if parts != 1 else ''}, built in {seconds:.2f} s{quality}"
        if result.warnings:
            note += " — " + "; ".join(result.warnings)
        self.status_label.setText(note)
        self._update_actions()

    def _on_build_failed(self, error: FabwiseError) -> None:
        details = error.details if isinstance(error, BuildFailed) else ""
        kind = error.kind if isinstance(error, BuildFailed) else ""
        lead = {
            "timeout": "The build took too long and was stopped.",
            "crash": "The build worker crashed; a fresh one will be used.",
            "limit": "The build exceeded its resource limit.",
        }.get(kind, "The preview could not be built.")
        self.banner.show_message("error", f"{lead} {error.message}", hint=error.hint or "",
                                 details=details, retry=True)
        self.status_label.setText("Build failed: the preview shows the last good design.")
        self.eco_panel.show_stale("The figures are for the last design that built.")
        self._update_actions()

    def _on_clean_changed(self, _clean: bool) -> None:
        self._update_title()

    def _update_title(self) -> None:
        template = self.session.template
        # Qt adds the application display name ("— Fabwise") itself.
        name = self.designs.design_name or template.name if template else ""
        dirty = "" if self.undo_stack.isClean() else " *"
        self.setWindowTitle(f"{name}{dirty}")

    def _update_actions(self) -> None:
        has_design = self.session.template is not None
        for action in (self.save_action, self.save_file_action, self.reset_action):
            action.setEnabled(has_design)
        self.export_action.setEnabled(has_design and not self.session.issues
                                      and self.session.result is not None)

    # ----------------------------------------------------------------- export
    def open_export_dialog(self) -> Any:
        from configurator.ui.export_dialog import ExportDialog

        self.panel.flush()
        template, result = self.session.template, self.session.result
        canonical = self.session.canonical_values()
        if template is None or result is None or canonical is None:
            self.banner.show_message("warning", "Fix the design first: nothing valid to export.")
            return None
        if not self.session.result_is_current:
            self.banner.show_message("warning", "The preview is still being built; try again "
                                     "in a moment.")
            return None
        request = self.service.request(template.id, canonical)
        making = self.eco.making
        report = self.eco.report
        eco = report.to_dict() if report is not None else None
        materials = [p.name for p in template.schema.material_params()]
        folder = self.settings.value("export/folder", "") if self.settings else ""
        dialog = ExportDialog(
            self.service, request, result, template_name=template.name,
            facility=making.facility, eco=eco,
            eco_reason="" if eco is not None else "the eco evaluation failed",
            material=str(canonical[materials[0]]) if len(materials) == 1 else None,
            other_facilities=[a.facility for a in making.alternatives],
            folder=Path(str(folder)) if folder else None,
            parent=self,
        )
        dialog.export_finished.connect(self._remember_export_folder)
        self.export_dialog = dialog
        dialog.open()
        return dialog

    def _remember_export_folder(self, summary: Any) -> None:
        if self.settings is not None and summary.path:
            self.settings.setValue("export/folder", str(Path(summary.path).parent))

    # ------------------------------------------------------------------ misc
    def show_about(self) -> AboutDialog:
        dialog = AboutDialog(self)
        dialog.open()
        return dialog

    def _restore_autosave(self) -> None:
        self.gallery_banner.clear()
        self.designs.restore_autosave()

    def _dismiss_restore(self) -> None:
        self.designs.discard_autosave()

    def _restore_layout(self) -> None:
        if self.settings is None:
            return
        geometry = self.settings.value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        splitter = self.settings.value("window/splitter")
        if isinstance(splitter, QByteArray):
            self.page.splitter.restoreState(splitter)
        tab = self.settings.value("window/side_tab")
        if tab is not None:
            self.page.side_tabs.setCurrentIndex(int(tab))
        place = self.settings.value("making/place", "")
        if place:
            self.facility_panel.place.setText(str(place))

    def _save_layout(self) -> None:
        if self.settings is None:
            return
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/splitter", self.page.splitter.saveState())
        self.settings.setValue("window/side_tab", self.page.side_tabs.currentIndex())
        self.settings.setValue("making/place", self.facility_panel.place.text().strip())
        self.settings.sync()

    # ------------------------------------------------------------------ close
    def closeEvent(self, event: QCloseEvent) -> None:
        if self.export_dialog is not None and self.export_dialog.running:
            self.export_dialog.cancel_export()
        self.panel.flush()
        if not self.designs.has_unsaved_work():
            self.designs.discard_autosave()
        else:
            self.designs.write_autosave()  # unsaved work is offered again at the next start
        self._save_layout()
        self.sources.stop()
        self.designs.close()
        self.thumbnails.stop()
        self.eco.shutdown()
        self.making.close()
        self.bridge.close()
        self.preview.close_view()
        super().closeEvent(event)


def schedule_startup(window: MainWindow) -> None:
    """Finish start-up after the first paint, the 3D libraries loaded off the GUI thread."""
    from configurator.ui.startup import load_view_after_first_paint

    load_view_after_first_paint(window, window.finish_startup)
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)

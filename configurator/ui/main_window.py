"""The main window: gallery page, customising page (parameters | preview | eco and workshop
panels), menus, status bar, undo stack, settings.

The design itself is a Qt-free :class:`~configurator.app.document.DesignDocument`; the window
wires widgets to it (through the :class:`~configurator.ui.session.DesignSession`) and to the
controllers, which receive the document and a small status interface
(:class:`~configurator.ui.status.StatusView`, implemented here), never the window. It computes
nothing itself. Its public surface: ``document``, ``session``, ``undo_stack``, ``settings``, the
two pages (``gallery_page``, ``page``), the controllers (``designs``, ``eco``, ``making``,
``sources``, ``thumbnails``) and ``menu_actions`` by name.
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
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from configurator.app.document import Change, DesignDocument
from configurator.core.registry import TemplateEntry, TemplateRegistry
from configurator.core.service import BuildService
from configurator.sdk.errors import BuildFailed, FabwiseError, Issue
from configurator.sdk.results import BuildResult, Quality
from configurator.ui.about_dialog import AboutDialog
from configurator.ui.build_bridge import BuildBridge
from configurator.ui.busy_indicator import BusyIndicator
from configurator.ui.customise_page import CustomisePage, GalleryPage
from configurator.ui.design_actions import DesignActions
from configurator.ui.eco_controller import EcoController
from configurator.ui.gallery import TemplateGallery
from configurator.ui.making_controller import MakingController
from configurator.ui.message_banner import MessageBanner
from configurator.ui.model_import import ModelImporter
from configurator.ui.order_dialog import OrderDialog
from configurator.ui.plain_label import plain_label
from configurator.ui.session import DesignSession
from configurator.ui.template_sources import TemplateSources
from configurator.ui.thumbnails import ThumbnailService
from configurator.ui.undo_commands import SetValuesCommand, changed_values
from configurator.ui.viewport_menu import add_viewport_tools

APP_TITLE = "Fabwise"
MIN_SIZE = (960, 620)  # every panel fits (tests/ui/test_layout.py checks 1024×768)
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
        self.settings = settings
        self.document = DesignDocument(registry)
        self._registry = registry
        self._service = service
        self._bridge = BuildBridge(service, self)
        self.session = DesignSession(self.document, self._bridge, self)
        self.undo_stack = QUndoStack(self)
        self._export_dialog: Any = None
        self._order_dialog: OrderDialog | None = None

        gallery = TemplateGallery()
        gallery.set_templates(registry.entries, registry.broken)
        self.gallery_page = GalleryPage(gallery)
        self.page = CustomisePage()
        self._pages = QStackedWidget()
        self._pages.addWidget(self.gallery_page)
        self._pages.addWidget(self.page)
        template_notice = MessageBanner()  # template files changed, trust needed
        central = QWidget()
        central_layout = QVBoxLayout(central)
        central_layout.setContentsMargins(0, 0, 0, 0)
        central_layout.addWidget(template_notice)
        central_layout.addWidget(self._pages, 1)
        self.setCentralWidget(central)

        self.eco = EcoController(self.session, service, self)
        self.making = MakingController(
            self.session, self.eco, self.page.facility_panel, self.undo_stack, store_factory, self
        )
        self.designs = DesignActions(self.session, self, settings=settings, parent=self)
        self.thumbnails = ThumbnailService(service, parent=self)
        self.sources = TemplateSources(
            self.session,
            self,
            notice=template_notice,
            gallery=gallery,
            thumbnails=self.thumbnails,
            undo_stack=self.undo_stack,
            settings=settings,
            parent=self,
        )

        self.importer = ModelImporter(service, self, on_imported=self._on_model_imported, parent=self)

        self._busy = BusyIndicator()
        self._status_label = plain_label("Choose a template to start.")
        self.statusBar().addWidget(self._status_label, 1)
        self.statusBar().addPermanentWidget(self._busy)

        self.menu_actions: dict[str, QAction] = {}
        self._create_actions()
        self._connect()
        self.resize(1280, 800)
        self.setMinimumSize(MIN_SIZE[0], MIN_SIZE[1])
        self._restore_layout()

    # ------------------------------------------------------ status interface
    def report(self, level: str, text: str, hint: str = "", details: str = "") -> None:
        """A message on the page the user is looking at (gallery or customising page)."""
        banner = (
            self.gallery_page.banner if self._pages.currentWidget() is self.gallery_page else self.page.banner
        )
        banner.show_message(level, text, hint=hint, details=details)

    def show_status(self, text: str) -> None:
        self._status_label.setText(text)

    def status_message(self) -> str:
        return self._status_label.text()

    def commit_pending_edits(self) -> None:
        self.page.panel.flush()

    # ----------------------------------------------------------------- set-up
    def _action(self, text: str, slot: Callable[[], Any], shortcut: Any = None, tip: str = "") -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setStatusTip(tip)
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def _create_actions(self) -> None:
        actions = self.menu_actions
        undo = self.undo_stack.createUndoAction(self, "&Undo")
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = self.undo_stack.createRedoAction(self, "&Redo")
        redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        actions.update(undo=undo, redo=redo)

        bar = self.menuBar()
        file_menu = bar.addMenu("&File")
        designs = self.designs
        actions.update(
            gallery=self._action("&Templates…", self.show_gallery, "Ctrl+T"),
            open=self._action(
                "&Open saved design…", designs.open_saved_dialog, QKeySequence.StandardKey.Open
            ),
            open_file=self._action(
                "Open design &file…", designs.open_file_dialog, tip="Open a .fabwise design file"
            ),
            import_model=self._action(
                "&Import model…",
                self.importer.import_dialog,
                "Ctrl+I",
                "Make a product of your own STL, 3MF, STEP or okh.toml",
            ),
            template_folders=self._action(
                "Template f&olders…", self.sources.edit_folders, tip="Folders to load templates from"
            ),
            save=self._action(
                "&Save design", designs.save, QKeySequence.StandardKey.Save, "Save in your saved designs"
            ),
            save_file=self._action(
                "E&xport design file…", designs.save_as_file, "Ctrl+Shift+S", "Write a small .fabwise file"
            ),
            export=self._action(
                "&Export package…", self.open_export_dialog, "Ctrl+E", "Check and write a production package"
            ),
            order=self._action(
                "&Order across workshops…",
                self.open_order_dialog,
                "Ctrl+Shift+E",
                "One workshop or a split: one package per workshop",
            ),
            open_package=self._action(
                "Open &package…",
                self.open_package_dialog,
                "Ctrl+Shift+O",
                "Open a production package you received: verify it, see its parts, job sheet, "
                "bill of materials and eco report",
            ),
            quit=self._action("&Quit", self.close, QKeySequence.StandardKey.Quit),
        )
        recent_menu = file_menu.addMenu("Open &recent")
        recent_menu.aboutToShow.connect(lambda: designs.fill_recent_menu(recent_menu))
        actions["recent"] = recent_menu.menuAction()
        for name in ("gallery", "open", "open_file", "import_model"):
            file_menu.insertAction(recent_menu.menuAction(), actions[name])
        for name in ("save", "save_file"):
            file_menu.addAction(actions[name])
        file_menu.addSeparator()
        file_menu.addAction(actions["template_folders"])
        file_menu.addSeparator()
        file_menu.addAction(actions["export"])
        file_menu.addAction(actions["order"])
        file_menu.addAction(actions["open_package"])
        file_menu.addSeparator()
        file_menu.addAction(actions["quit"])

        edit_menu = bar.addMenu("&Edit")
        edit_menu.addAction(undo)
        edit_menu.addAction(redo)
        edit_menu.addSeparator()
        actions["reset"] = self._action("Reset to &defaults", self.reset_to_defaults)
        edit_menu.addAction(actions["reset"])

        preview = self.page.preview
        view_menu = bar.addMenu("&View")
        for key, label, shortcut in (
            ("iso", "&Isometric", "Ctrl+1"),
            ("front", "&Front", "Ctrl+2"),
            ("top", "&Top", "Ctrl+3"),
            ("side", "&Side", "Ctrl+4"),
        ):
            view_menu.addAction(self._action(label, partial(preview.set_view, key), shortcut))
        view_menu.addAction(self._action("Fit to &window", preview.fit, "Ctrl+0"))
        keep = QAction("&Keep camera on size changes", self)
        keep.setCheckable(True)
        keep.setStatusTip("Do not re-fit the view when the design grows or shrinks a lot")
        keep.toggled.connect(lambda on: setattr(preview, "keep_camera", bool(on)))
        view_menu.addAction(keep)
        actions["keep_camera"] = keep
        view_menu.addSeparator()
        actions.update(add_viewport_tools(self, view_menu, preview))
        preview.viewport_message.connect(self.show_status)
        view_menu.addSeparator()
        view_menu.addAction(self._action("&Eco panel", lambda: self.show_side_tab(0), "Ctrl+G"))
        view_menu.addAction(self._action("&Workshops panel", lambda: self.show_side_tab(1), "Ctrl+M"))
        help_menu = bar.addMenu("&Help")
        actions["about"] = self._action("&About Fabwise and data sources", self.show_about)
        help_menu.addAction(actions["about"])
        self._update_actions()

    def _connect(self) -> None:
        page, panel, eco_panel = self.page, self.page.panel, self.page.eco_panel
        self.gallery_page.gallery.template_chosen.connect(self.open_template)
        page.back_requested.connect(self.show_gallery)
        panel.value_previewed.connect(self._on_value_previewed)
        panel.value_committed.connect(self._on_value_committed)
        panel.preset_chosen.connect(self.apply_preset)
        panel.save_preset_requested.connect(self.save_user_preset)
        panel.reset_requested.connect(self.reset_to_defaults)
        panel.history_requested.connect(
            lambda step: self.undo_stack.redo() if step == "redo" else self.undo_stack.undo()
        )
        page.banner.retry_requested.connect(self.session.rebuild)
        self.gallery_page.banner.retry_requested.connect(self._restore_autosave)
        self.gallery_page.banner.dismissed.connect(self._dismiss_restore)
        session = self.session
        session.opening.connect(self._on_opening)
        session.template_changed.connect(self._on_template_changed)
        session.values_changed.connect(panel.set_values)
        session.issues_changed.connect(self._on_issues)
        session.busy_changed.connect(self._on_busy)
        session.result_ready.connect(self._on_result)
        session.preview_restored.connect(self.page.preview.show_result)
        session.build_failed.connect(self._on_build_failed)
        session.document_changed.connect(self._on_document_changed)
        self.eco.report_ready.connect(eco_panel.show_report)
        self.eco.report_failed.connect(eco_panel.show_report_failed)
        self.eco.guide_ready.connect(eco_panel.show_guide)
        self.eco.guide_failed.connect(eco_panel.show_guide_failed)
        eco_panel.suggestion_chosen.connect(self.apply_suggestion)
        self.eco.advice_ready.connect(eco_panel.show_advice)
        eco_panel.advice_chosen.connect(lambda advice: self.open_order_dialog(advice.assignment()))
        self.eco.fit_started.connect(eco_panel.show_fit_running)
        self.eco.fit_ready.connect(eco_panel.show_fit)
        self.eco.fit_failed.connect(eco_panel.show_fit_failed)
        eco_panel.stress_requested.connect(self.eco.request_stress_map)
        self.eco.stress_ready.connect(self.page.preview.show_stress)
        self.thumbnails.thumbnail_ready.connect(self.gallery_page.gallery.set_thumbnail)

    def finish_startup(self) -> None:
        """Called once the window is on screen: create the 3D view (imports VTK), offer to
        restore unsaved work."""
        self.page.preview.create_view()
        self.thumbnails.start(self._registry.entries)
        restore = self.designs.offer_restore()
        if restore is not None:
            self.gallery_page.banner.show_message(
                "info",
                self.designs.restore_offer_text(restore),
                retry=True,
                retry_text="Restore",
            )
        self.startup_finished.emit()

    # -------------------------------------------------------------- templates
    def show_gallery(self) -> None:
        self._pages.setCurrentWidget(self.gallery_page)
        self.gallery_page.gallery.search.setFocus()

    def show_customise_page(self) -> None:
        self._pages.setCurrentWidget(self.page)

    def open_template(self, template_id: str, values: dict[str, Any] | None = None) -> None:
        """Customise ``template_id``; clicking the open template again keeps its values."""
        current = self.session.entry
        if values is None and current is not None and current.template.id == template_id:
            self.show_customise_page()
            return
        if not self.designs.settle_unsaved("opening another product"):
            self.show_customise_page()  # the unsaved design stays on screen
            return
        self.session.select_template(template_id, values)

    def _on_model_imported(self, report: Any) -> None:
        """A model was imported: list it (replacing an older import), draw it, open it."""
        template = self._registry.add_model(Path(report.folder))
        self.sources.refresh_gallery()
        if template is None:
            broken = next((b for b in self._registry.broken if b.location == report.folder), None)
            self.report(
                "error",
                f"The imported model could not be loaded: {broken.reason if broken else 'unknown reason'}",
            )
            return
        self.thumbnails.start([self._registry.get(template.id)])
        if self.session.entry is not None and self.session.entry.template.id == template.id:
            self.session.select_template(template.id, None)  # an older import was open
        else:
            self.open_template(template.id)

    def _on_opening(self) -> None:
        """Another design is about to be opened: drop what belongs to the one shown."""
        self.page.panel.flush()
        self.undo_stack.clear()
        self.page.banner.clear()
        self.page.preview.clear()
        self.page.eco_panel.clear("Building…")
        self.show_customise_page()

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
        try:
            values = self.document.preset_values(name)
        except FabwiseError as exc:
            self.page.banner.show_message("error", exc.message)
            return
        title = next((p.title for p in template.schema.presets if p.name == name), name)
        self.set_values(values, f"Apply preset {title}")

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
        self.page.panel.flush()
        try:
            self.document.save_preset(name)
        except (OSError, FabwiseError) as exc:
            self.page.banner.show_message("error", f"Could not save the preset: {exc}")
            return
        self.page.panel.set_user_presets(self.document.user_preset_names())
        self.show_status(f"Saved preset “{name}”")

    def reset_to_defaults(self) -> None:
        template = self.session.template
        if template is not None:
            self.set_values(template.schema.defaults(), "Reset to defaults")

    def apply_suggestion(self, suggestion: Any) -> None:
        """Apply an eco-guide suggestion as one undoable step (values and/or workshop)."""
        facility = None
        current = self.eco.making.facility
        where = suggestion.facility_id  # by id: two workshops can share a name
        if where and (current is None or where != current.id):
            facility = self.making.alternative(where)
        self.undo_stack.beginMacro(f"Eco suggestion: {suggestion.title}")
        if suggestion.changes:
            self.set_values(dict(suggestion.changes), suggestion.title)
        if facility is not None:
            self.making.request_facility(facility)
        self.undo_stack.endMacro()
        self.page.eco_panel.show_top()  # the new grade and total, not the list scrolled away

    # ------------------------------------------------------- session reports
    def _on_template_changed(self, entry: TemplateEntry) -> None:
        self.page.panel.set_template(entry, self.document.user_preset_names())
        self.show_status(f"Customising {entry.template.name}")
        self._update_title()
        self._update_actions()

    def _on_issues(self, issues: list[Issue]) -> None:
        self.page.panel.show_issues(issues)
        banner = self.page.banner
        if issues:
            banner.show_message("warning", INVALID_NOTE)
            self.show_status(issues[0].message)
            self.page.eco_panel.show_stale("The figures are for the last valid design.")
        elif banner.level == "warning":
            banner.clear()
        self._update_actions()

    def _on_busy(self, busy: bool) -> None:
        self._busy.set_busy(busy)
        if busy:
            self.show_status("Building the preview…")

    def _on_result(self, result: BuildResult) -> None:
        self.page.preview.show_result(result)
        if self.page.banner.level == "error":
            self.page.banner.clear()
        parts = sum(p.quantity for p in result.parts)
        seconds = result.build_seconds + result.tessellate_seconds
        quality = " (quick preview)" if result.quality != Quality.FINE else ""
        note = f"{parts} part{'s' if parts != 1 else ''}, built in {seconds:.2f} s{quality}"
        if result.warnings:
            note += " — " + "; ".join(result.warnings)
        self.show_status(note)
        self._update_actions()

    def _on_build_failed(self, error: FabwiseError) -> None:
        details = error.details if isinstance(error, BuildFailed) else ""
        kind = error.kind if isinstance(error, BuildFailed) else ""
        lead = {
            "timeout": "The build took too long and was stopped.",
            "crash": "The build worker crashed; a fresh one will be used.",
            "limit": "The build exceeded its resource limit.",
        }.get(kind, "The preview could not be built.")
        self.page.banner.show_message(
            "error", f"{lead} {error.message}", hint=error.hint or "", details=details, retry=True
        )
        self.show_status("Build failed: the preview shows the last good design.")
        self.page.eco_panel.show_stale("The figures are for the last design that built.")
        self._update_actions()

    def _on_document_changed(self, change: str) -> None:
        if change in (Change.NAME, Change.DIRTY):
            self._update_title()

    def _update_title(self) -> None:
        # Qt adds the application display name ("— Fabwise") itself.
        dirty = " *" if self.document.is_dirty else ""
        self.setWindowTitle(f"{self.document.title}{dirty}")

    def _update_actions(self) -> None:
        actions = self.menu_actions
        if "export" not in actions:
            return
        has_design = self.session.template is not None
        for name in ("save", "save_file", "reset"):
            actions[name].setEnabled(has_design)
        actions["export"].setEnabled(
            has_design and not self.session.issues and self.session.result is not None
        )
        actions["order"].setEnabled(actions["export"].isEnabled())

    # ----------------------------------------------------------------- export
    def open_package_dialog(self, path: Path | None = None) -> Any:
        """File → Open package…: a received package, verified, for a workshop to act on."""
        from PySide6.QtWidgets import QFileDialog

        from configurator.ui.package_dialog import PackageDialog

        if path is None:
            chosen, _ = QFileDialog.getOpenFileName(
                self, "Open a production package", "", "Fabwise packages (*.zip)"
            )
            if not chosen:
                return None
            path = Path(chosen)
        dialog = PackageDialog(path, self._service, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def open_export_dialog(self) -> Any:
        from configurator.ui.export_dialog import ExportDialog

        self.page.panel.flush()
        template, result = self.session.template, self.session.result
        canonical = self.session.canonical_values()
        if template is None or result is None or canonical is None:
            self.page.banner.show_message("warning", "Fix the design first: nothing valid to export.")
            return None
        if not self.session.result_is_current:
            self.page.banner.show_message(
                "warning", "The preview is still being built; try again in a moment."
            )
            return None
        request = self._service.request(template.id, canonical)
        making = self.eco.making
        report = self.eco.report
        eco = report.to_dict() if report is not None else None
        materials = [p.name for p in template.schema.material_params()]
        folder = self.settings.value("export/folder", "") if self.settings else ""
        dialog = ExportDialog(
            self._service,
            request,
            result,
            template_name=template.name,
            facility=making.facility,
            eco=eco,
            eco_reason="" if eco is not None else "the eco evaluation failed",
            material=str(canonical[materials[0]]) if len(materials) == 1 else None,
            other_facilities=[a.facility for a in making.alternatives],
            folder=Path(str(folder)) if folder else None,
            parent=self,
        )
        dialog.export_finished.connect(self._remember_export_folder)
        self._export_dialog = dialog
        dialog.open()
        return dialog

    def open_order_dialog(self, assign: dict[str, str] | None = None) -> OrderDialog | None:
        """Plan the current design across workshops (from the place in Make it) and export;
        ``assign`` (part -> facility id) pins the parts, as the guide's split advice does."""
        if self.session.template is None:
            self.report("info", "Choose a product first.")
            return None
        dialog = OrderDialog(self._service, self.session, self.document.place, self, assign=assign)
        self._order_dialog = dialog
        dialog.show()
        if self.document.place:
            dialog.plan()
        return dialog

    def _remember_export_folder(self, summary: Any) -> None:
        if summary.path:
            self.making.last_package = str(summary.path)
        if self.settings is not None and summary.path:
            self.settings.setValue("export/folder", str(Path(summary.path).parent))

    # ------------------------------------------------------------------ misc
    def show_about(self) -> AboutDialog:
        dialog = AboutDialog(self)
        dialog.open()
        return dialog

    def _restore_autosave(self) -> None:
        self.gallery_page.banner.clear()
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
            self.page.facility_panel.place.setText(str(place))

    def _save_layout(self) -> None:
        if self.settings is None:
            return
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/splitter", self.page.splitter.saveState())
        self.settings.setValue("window/side_tab", self.page.side_tabs.currentIndex())
        self.settings.setValue("making/place", self.document.place)
        self.settings.sync()

    # ------------------------------------------------------------------ close
    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.designs.settle_unsaved("quitting"):
            event.ignore()  # the user stays with the unsaved design
            return
        if self._export_dialog is not None and self._export_dialog.running:
            self._export_dialog.cancel_export()
        self.designs.drop_autosave()  # saved, or the user chose not to keep the changes
        self._save_layout()
        self.sources.stop()
        self.designs.close()
        self.thumbnails.stop()
        self.eco.shutdown()
        self.importer.shutdown()
        if self._order_dialog is not None:
            self._order_dialog.shutdown()
        self.making.close()
        self._bridge.close()
        self.page.preview.close_view()
        super().closeEvent(event)


def schedule_startup(window: MainWindow) -> None:
    """Finish start-up after the first paint, the 3D libraries loaded off the GUI thread."""
    from configurator.ui.startup import load_view_after_first_paint

    load_view_after_first_paint(window, window.finish_startup)
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)

"""Take the screenshots in docs/screenshots/ of the main window in each state.

Needs an X server for the 3D view; run it under Xvfb::

    QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1280x1024x24" \
        .venv/bin/python tools/screenshots.py [--out docs/screenshots]

It starts the real window at 1280×800 with a fresh, temporary user data folder (so no saved
settings or designs leak in), opens the built-in templates plus one outside template that is not
trusted yet (a copy of a test template, never run), and drives it like a user: the gallery, the
review of the outside template, customising a shelf bracket, the eco guide for a workshop found
near Lyon, the workshop list, an invalid value, and an export. The 3D view is drawn by OpenGL,
which a widget grab does not see, so its pixels are taken from the renderer and painted into the
window picture.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
WINDOW_SIZE = (1280, 800)
TEMPLATE = "shelf-bracket"
VIEWPORT_TEMPLATE = "table-lamp"  # hollow shade and base: what a section is for
PLACE = "Lyon, FR"
ORDER_PLACE = "Die, FR"  # a small town: no fab lab with every machine next door


def _parse() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--out",
        type=Path,
        default=REPO / "docs" / "screenshots",
        help="folder for the PNG files (default: docs/screenshots)",
    )
    parser.add_argument(
        "--size",
        default="1280x800",
        metavar="WxH",
        help="window size (default 1280x800; the layout is checked at 1024x768 too)",
    )
    parser.add_argument(
        "--timeout", type=float, default=180.0, help="seconds to wait for any one step (default: 180)"
    )
    parser.add_argument(
        "--language",
        default="en",
        choices=("en", "fr", "de"),
        help="the window's language (default en; View → Language in the app)",
    )
    parser.add_argument(
        "--only",
        choices=("import", "order", "viewport", "dark"),
        help="take only this story's screenshot (import: File → Import model…; "
        "order: File → Order across workshops…; viewport: View → Show dimensions and Section; "
        "dark: View → Appearance → Dark, with the keyboard focus shown)",
    )
    return parser.parse_args()


def main() -> int:
    args = _parse()
    if os.environ.get("QT_QPA_PLATFORM", "xcb") != "xcb" or not os.environ.get("DISPLAY"):
        print(
            "screenshots: needs an X server with QT_QPA_PLATFORM=xcb; run it under xvfb-run "
            "(see the module docstring)",
            file=sys.stderr,
        )
        return 2
    os.environ["QT_QPA_PLATFORM"] = "xcb"
    data = tempfile.mkdtemp(prefix="fabwise-shots-")
    os.environ["FABWISE_DATA_DIR"] = data
    sys.path.insert(0, str(REPO))
    from configurator.core.lazy_cad import install_lazy_cadquery

    install_lazy_cadquery()
    import shutil

    from configurator.sdk import i18n

    i18n.set_language(args.language)  # before templates load and workers start, as the app does

    from configurator.core.registry import TemplateRegistry
    from configurator.core.trust import TrustStore

    outside = Path(data) / "outside-templates"  # shown as "Not trusted yet", never imported
    outside.mkdir()
    shutil.copy(REPO / "tests" / "ui" / "sample_templates" / "sample_box.py", outside)
    registry = TemplateRegistry.discover([outside], trust=TrustStore())
    if TEMPLATE not in registry.ids():  # built-ins not registered as entry points (yet)
        registry.add_folder(REPO / "parts_library")
    width, _, height = args.size.partition("x")
    shots = Shooter(registry, args.out, args.timeout * 1000, (int(width), int(height)), args.language)
    try:
        if args.only == "import":
            shots.start()
            shots.import_model()
        elif args.only == "order":
            shots.start()
            shots.split_order()
        elif args.only == "viewport":
            shots.start()
            shots.viewport_tools()
        elif args.only == "dark":
            shots.start()
            shots.dark_mode()
        else:
            shots.run()
    finally:
        shots.close()
    print(f"screenshots: wrote {', '.join(shots.written)} to {args.out}")
    return 0


class Shooter:
    def __init__(
        self,
        registry: Any,
        out: Path,
        timeout_ms: float,
        size: tuple[int, int] = WINDOW_SIZE,
        language: str = "en",
    ) -> None:
        from PySide6.QtCore import QSettings

        from configurator.core.service import BuildService
        from configurator.ui.app import create_application
        from configurator.ui.main_window import MainWindow

        self.app = create_application()
        self.app.setStyle("Fusion")
        from configurator.ui.language import apply_language

        apply_language(language)
        self.out = out
        self.timeout_ms = int(timeout_ms)
        self.written: list[str] = []
        self.service = BuildService(registry)
        settings_file = Path(os.environ["FABWISE_DATA_DIR"]) / "settings.ini"
        self.window = MainWindow(
            registry, self.service, settings=QSettings(str(settings_file), QSettings.Format.IniFormat)
        )
        self.window.resize(*size)

    # ------------------------------------------------------------- waiting
    def wait_for(self, ready: Callable[[], bool], what: str) -> None:
        from PySide6.QtCore import QDeadlineTimer, QEventLoop

        deadline = QDeadlineTimer(self.timeout_ms)
        while not ready():
            if deadline.hasExpired():
                raise TimeoutError(f"screenshots: timed out waiting for {what}")
            self.app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)

    def settle(self) -> None:
        from PySide6.QtCore import QDeadlineTimer, QEventLoop

        deadline = QDeadlineTimer(300)
        while not deadline.hasExpired():
            self.app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)

    # -------------------------------------------------------------- images
    def grab(self, dialog: Any = None) -> Any:
        from PySide6.QtCore import QPoint, QRect
        from PySide6.QtGui import QColor, QImage, QPainter

        window = self.window
        image = window.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
        painter = QPainter(image)
        plotter = window.page.preview.plotter
        if plotter is not None and plotter.isVisible():
            pixels = window.page.preview.screenshot()
            if pixels is not None:
                height, width = pixels.shape[:2]
                frame = QImage(pixels.tobytes(), width, height, 3 * width, QImage.Format.Format_RGB888)
                painter.drawImage(QRect(plotter.mapTo(window, QPoint(0, 0)), plotter.size()), frame)
        if dialog is not None:
            shot = dialog.grab().toImage()
            x = (image.width() - shot.width()) // 2
            y = max(10, (image.height() - shot.height()) // 2)
            painter.fillRect(image.rect(), QColor(0, 0, 0, 90))
            painter.fillRect(QRect(x - 1, y - 1, shot.width() + 2, shot.height() + 2), QColor("#5a6570"))
            painter.drawImage(x, y, shot)
        painter.end()
        return image

    def shoot(self, name: str, dialog: Any = None) -> None:
        self.window.page.preview.fit()
        self.settle()
        self.out.mkdir(parents=True, exist_ok=True)
        path = self.out / f"{name}.png"
        if not self.grab(dialog).save(str(path)):
            raise OSError(f"could not write {path}")
        self.written.append(path.name)

    # --------------------------------------------------------------- story
    def start(self) -> None:
        window = self.window
        window.show()
        finished: list[bool] = []  # connected first: with every thumbnail shipped, it fires at once
        window.thumbnails.finished.connect(lambda: finished.append(True))
        window.finish_startup()
        self.wait_for(lambda: bool(finished) or not window.thumbnails.enabled, "thumbnails")

    def import_model(self) -> None:
        """File → Import model… with an STL drawn in inches: the unit asked, the report."""
        import trimesh
        from PySide6.QtWidgets import QMessageBox

        from configurator.ui.model_import import report_text

        window = self.window
        path = Path(tempfile.mkdtemp(prefix="fabwise-model-")) / "napkin_ring.stl"
        ring = trimesh.creation.torus(major_radius=0.9, minor_radius=0.25)
        ring.export(path)
        importer = window.importer
        shown: list[Any] = []
        importer.ask_name = lambda suggested: "Napkin ring"  # type: ignore[method-assign]
        importer.ask_units = lambda error: "in"  # type: ignore[method-assign]

        def show(report: Any) -> None:
            box = QMessageBox(
                QMessageBox.Icon.Information, "Model imported", report_text(report), parent=window
            )
            box.setModal(False)
            box.show()
            shown.append(box)

        importer.show_report = show  # type: ignore[method-assign]
        importer.start(path)
        self.wait_for(
            lambda: bool(shown) and window.session.result is not None and not window.session.busy,
            "the imported model",
        )
        self.shoot("import", shown[0])
        shown[0].close()

    def split_order(self) -> None:
        """File → Order across workshops… for the plywood lamp, with a print shop and a laser
        atelier in town (declared here) closer than the nearest workshop with both machines."""
        from configurator.core.facilities.geocode import resolve_user_location
        from configurator.core.facilities.model import Facility, Location, Machine
        from configurator.core.facilities.store import FacilityStore

        window = self.window
        here = resolve_user_location(ORDER_PLACE)
        printer = Machine("fdm", "Prusa XL", (360.0, 360.0, 360.0), ("pla", "petg", "rpetg"))
        laser = Machine(
            "laser",
            "Epilog Fusion",
            (600.0, 300.0, 10.0),
            ("birch_plywood", "mdf"),
            sheet_thicknesses_mm=(3.0, 4.0, 6.0),
        )
        with FacilityStore() as store:
            for name, north, machine in (
                ("Print shop Rue Basse", 0.6, printer),
                ("Atelier laser du Pont", 1.4, laser),
            ):
                store.add(
                    Facility(
                        id=f"user-{name.lower().replace(' ', '-')}",
                        name=name,
                        kind="user",
                        location=Location(
                            country="FR",
                            city=here.label.split(",")[0],
                            lat=here.lat + north / 111.195,
                            lon=here.lon,
                            precision="exact",
                        ),
                        machines=(machine,),
                        inventory_verified=True,
                    )
                )
        window.gallery_page.gallery.choose("plywood-lamp")
        self.wait_for(lambda: window.session.result is not None and not window.session.busy, "the lamp")
        window.page.facility_panel.place.setText(ORDER_PLACE)
        dialog = window.open_order_dialog()
        assert dialog is not None
        self.wait_for(lambda: dialog.proposal is not None, "the order plan")
        self.settle()
        self.shoot("split-order", dialog)
        dialog.close()

    def run(self) -> None:
        window = self.window
        self.start()
        self.shoot("gallery")

        candidate = window.document.registry.untrusted[0]
        window.gallery_page.gallery.untrusted.review(candidate.location)
        review = window.sources.dialog
        self.settle()
        self.shoot("trust-review", review)
        review.cancel_button.click()

        window.gallery_page.gallery.choose(TEMPLATE)
        self.wait_for(
            lambda: window.session.result is not None and window.eco.report is not None,
            "the first build and eco report",
        )
        window.show_side_tab(0)
        window.set_values({"depth": 180}, "Change depth")  # as the depth field would
        self.wait_for(lambda: not window.session.busy and window.eco.guide is not None, "the eco guide")
        self.shoot("customising")

        window.show_side_tab(1)
        window.page.facility_panel.place.setText(PLACE)
        window.page.facility_panel.request_search()
        self.wait_for(lambda: window.making.answer is not None, "the workshop search")
        nearest = window.making.answer.capable[0].facility.id  # a real one: examples are hidden
        window.page.facility_panel.choose_row(0)
        self.wait_for(lambda: window.eco.making.facility_id == nearest, "the workshop choice")
        self.shoot("workshops")

        window.show_side_tab(0)
        self.wait_for(
            lambda: window.eco.guide is not None and not window.eco.guide_running,
            "the eco guide for the workshop",
        )
        self.shoot("eco-guide")

        dialog = window.open_export_dialog()
        assert dialog is not None, "export not available"
        dialog.folder.setText(tempfile.mkdtemp(prefix="fabwise-export-"))
        dialog.start_export()
        self.wait_for(lambda: not dialog.running, "the export")
        self.shoot("export", dialog)
        dialog.close_button.click()

        self._invalid_state()
        self.shoot("invalid-value")

        self.viewport_tools()
        self.dark_mode()

    def dark_mode(self) -> None:
        """View → Appearance → Dark: the gallery (a card with the keyboard focus), the customising
        page with the eco guide (a number box focused), an invalid value, dimensions in the view."""
        from PySide6.QtCore import Qt

        window = self.window
        window.menu_actions["appearance_dark"].trigger()
        window.activateWindow()  # focus frames are drawn in the active window only
        window.show_gallery()
        gallery = window.gallery_page.gallery
        gallery.view.setFocus(Qt.FocusReason.TabFocusReason)
        gallery.view.setCurrentIndex(gallery.proxy.index(1, 0))
        self.shoot("dark-gallery")
        if window.session.template is None or window.session.template.id != TEMPLATE:
            from configurator.ui import design_actions

            design_actions.ask_to_save = lambda *_args: design_actions.DISCARD
            gallery.choose(TEMPLATE)
        else:
            window.show_customise_page()
        self.wait_for(
            lambda: window.session.result is not None and window.eco.report is not None,
            "the build and eco report",
        )
        window.show_side_tab(0)
        self.wait_for(
            lambda: not window.session.busy and window.eco.guide is not None and not window.eco.guide_running,
            "the eco guide",
        )
        first = next(iter(window.page.panel.editors.values()))
        first.focus_widget().setFocus(Qt.FocusReason.TabFocusReason)
        self.shoot("dark-customising")
        self._invalid_state()
        self.shoot("dark-invalid-value")
        window.undo_stack.undo()
        self.wait_for(lambda: not window.session.issues and not window.session.busy, "the valid design")
        window.menu_actions["dimensions"].setChecked(True)
        window.page.preview.plotter.setFocus(Qt.FocusReason.TabFocusReason)
        self.shoot("dark-dimensions")
        window.menu_actions["dimensions"].setChecked(False)
        window.menu_actions["appearance_system"].trigger()

    def viewport_tools(self) -> None:
        """The table lamp with View → Show dimensions, then cut by View → Section → X."""
        window = self.window
        if window.session.template is None or window.session.template.id != VIEWPORT_TEMPLATE:
            from configurator.ui import design_actions

            # after the main story the design has unsaved changes: switch without the question
            design_actions.ask_to_save = lambda *_args: design_actions.DISCARD
            window.gallery_page.gallery.choose(VIEWPORT_TEMPLATE)
            self.wait_for(lambda: window.session.result is not None, "the lamp's first build")
        self.wait_for(lambda: not window.session.busy, "the build")
        actions = window.menu_actions
        window.page.preview.set_view("iso")
        actions["dimensions"].setChecked(True)
        self.shoot("dimensions")
        actions["dimensions"].setChecked(False)
        actions["section_x"].trigger()
        self.shoot("section")
        actions["section_off"].trigger()

    def _invalid_state(self) -> None:
        """Set a value that breaks one of the template's constraints, as a user could."""
        window = self.window
        template = window.session.template
        assert template is not None
        for rule in template.schema.constraints:
            for name in rule.params:
                param = template.schema[name]
                for candidate in (param.maximum, param.minimum):
                    if candidate is None:
                        continue
                    values = {**window.session.values, name: candidate}
                    _canonical, issues = template.schema.check(values)
                    if issues:
                        editor = window.page.panel.editor(name)
                        editor.set_value(candidate)
                        window._on_value_committed(name, editor.value())
                        self.wait_for(lambda: bool(window.session.issues), "the inline issue")
                        return
        raise RuntimeError(f"{template.id}: no single value breaks a constraint")

    def close(self) -> None:
        from configurator.ui import design_actions

        # the story leaves unsaved changes: quit without the "save your changes?" question
        design_actions.ask_to_save = lambda *_args: design_actions.DISCARD  # type: ignore[assignment]
        self.window.close()
        self.service.close()


if __name__ == "__main__":
    sys.exit(main())

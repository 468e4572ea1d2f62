"""``fabwise`` with no command: find templates, build the services, show the main window.

Templates come from the built-in entry points, the user's template folder, the folders saved in
the settings (File → Template folders…) and ``--templates FOLDER``. Outside templates are checked
against the user's trust list (:class:`~configurator.core.trust.TrustStore`): those not trusted are
listed, not imported, until the user reviews them in the gallery.

Templates are discovered before any widget exists; only QtCore is imported (to read the settings).
PySide6 installs an import hook that probes modules imported after it, and template modules start
with ``import cadquery``: the lazy CadQuery placeholder ignores those probes, so the GUI process
never pays for the kernel.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from configurator.app.services import discover_templates
from configurator.core.service import BuildService

if TYPE_CHECKING:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from configurator.core.registry import TemplateRegistry
    from configurator.ui.main_window import MainWindow

APP_NAME = "Fabwise"
ORGANISATION = "Fabwise"


def create_application() -> QApplication:
    from PySide6.QtWidgets import QApplication

    from configurator.ui import qt_workarounds

    qt_workarounds.apply()
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORGANISATION)
    app.setApplicationDisplayName(APP_NAME)  # Qt appends it to every window title
    app.setDesktopFileName("io.github.fabwise.Fabwise")  # Wayland app id = the .desktop file
    from PySide6.QtGui import QIcon

    from configurator.sdk.resources import resources_dir

    icon = resources_dir() / "icons" / "fabwise.svg"
    if icon.is_file():
        app.setWindowIcon(QIcon(str(icon)))
    return app


def app_settings() -> QSettings:
    """The app's settings file (``settings.ini`` in the user data folder)."""
    from PySide6.QtCore import QSettings

    from configurator.sdk.resources import user_data_dir

    return QSettings(str(user_data_dir() / "settings.ini"), QSettings.Format.IniFormat)


def startup_folders(args: argparse.Namespace, settings: QSettings | None) -> list[Path]:
    """``--templates`` folders first, then the folders saved in the settings (no repeats)."""
    from configurator.ui.template_folders import saved_folders, unique_folders

    given = [Path(f).expanduser() for f in getattr(args, "templates", None) or []]
    return unique_folders([*given, *saved_folders(settings)])


def open_main_window(
    registry: TemplateRegistry,
    *,
    settings: QSettings | None = None,
    template_folders: Sequence[Path] = (),
) -> tuple[MainWindow, BuildService]:
    """Create the build service and show the main window; the 3D view follows the first paint.
    ``template_folders`` (from the command line) are watched for changed templates."""
    from configurator.ui.main_window import MainWindow, schedule_startup

    settings = settings if settings is not None else app_settings()
    service = BuildService(registry)
    window = MainWindow(registry, service, settings=settings)
    window.sources.set_command_line_folders(template_folders)
    window.show()
    schedule_startup(window)
    return window, service


def run(args: argparse.Namespace) -> int:
    """Run the desktop app until its window closes; returns the exit code."""
    settings = app_settings()
    from configurator.sdk import i18n
    from configurator.ui.language import apply_language, resolve, saved_choice

    i18n.set_language(resolve(saved_choice(settings)))  # before templates load and workers start
    given = [Path(f).expanduser() for f in getattr(args, "templates", None) or []]
    folders = startup_folders(args, settings)
    registry = discover_templates(folders, trust_all_found=bool(getattr(args, "trust", False)))
    app = create_application()
    apply_language(saved_choice(settings))  # the window's catalogue, Qt's own texts, number format
    window, service = open_main_window(registry, settings=settings, template_folders=given)
    try:
        code = app.exec()
    finally:
        window.deleteLater()
        service.close()
    return int(code)

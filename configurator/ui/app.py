"""``fabwise`` with no command: find templates, build the services, show the main window.

Templates are discovered *before* Qt is imported: PySide6 installs an import hook that inspects
every module imported after it, and template modules start with ``import cadquery``. Discovering
first keeps the lazy CadQuery placeholder untouched, so the GUI process never pays for the kernel.
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from configurator.cli.common import registry_from_args
from configurator.core.service import BuildService

if TYPE_CHECKING:
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
    app.setApplicationDisplayName(APP_NAME)
    return app


def open_main_window(registry: TemplateRegistry) -> tuple[MainWindow, BuildService]:
    """Create the build service and show the main window; the 3D view follows the first paint."""
    from PySide6.QtCore import QSettings

    from configurator.core.resources import user_data_dir
    from configurator.ui.main_window import MainWindow, schedule_startup

    settings = QSettings(str(user_data_dir() / "settings.ini"), QSettings.Format.IniFormat)
    service = BuildService(registry)
    window = MainWindow(registry, service, settings=settings)
    window.show()
    schedule_startup(window)
    return window, service


def run(args: argparse.Namespace) -> int:
    """Run the desktop app until its window closes; returns the exit code."""
    registry = registry_from_args(args)
    app = create_application()
    window, service = open_main_window(registry)
    try:
        code = app.exec()
    finally:
        window.deleteLater()
        service.close()
    return int(code)

"""Helpers for driving the main window in tests."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings

from configurator.core.registry import TemplateRegistry
from configurator.core.service import BuildService
from configurator.sdk.results import BuildResult
from configurator.ui.main_window import MainWindow
from configurator.ui.param_editors import NumberEditor

BUILD_WAIT_MS = 60_000  # first build starts the worker (seconds on a loaded machine)


def make_window(qtbot: Any, registry: TemplateRegistry, service: BuildService, data_dir: Path) -> MainWindow:
    settings = QSettings(str(data_dir / "test-settings.ini"), QSettings.Format.IniFormat)
    settings.clear()
    window = MainWindow(registry, service, settings=settings)
    qtbot.addWidget(window)
    window.show()
    window.finish_startup()
    return window


def on_screen(window: MainWindow) -> BuildResult:
    """The build on screen (an AssertionError, which ``qtbot.waitUntil`` retries, while none)."""
    result = window.session.result
    assert result is not None, "nothing built yet"
    return result


def number_editor(window: MainWindow, name: str) -> NumberEditor:
    """The slider-and-spin-box editor of the numeric parameter ``name``."""
    editor = window.page.panel.editor(name)
    assert isinstance(editor, NumberEditor), f"{name} has no number editor"
    return editor


def open_template(qtbot: Any, window: MainWindow, template_id: str) -> None:
    """Click the template's card and wait for its first preview."""
    with qtbot.waitSignal(window.session.result_ready, timeout=BUILD_WAIT_MS):
        window.gallery_page.gallery.choose(template_id)


def commit(qtbot: Any, window: MainWindow, name: str, value: Any) -> None:
    """Change a parameter through its editor as a user would, and wait for the new preview."""
    editor = window.page.panel.editor(name)
    with qtbot.waitSignal(window.session.result_ready, timeout=BUILD_WAIT_MS):
        set_through_editor(editor, value)


def set_through_editor(editor: Any, value: Any) -> None:
    from configurator.ui.param_editors import (
        ChoiceEditor,
        NumberEditor,
        TextEditor,
        ToggleEditor,
    )

    if isinstance(editor, NumberEditor):
        editor.spin.setValue(value)  # as if typed + Enter (keyboard tracking is off)
        editor.flush()
    elif isinstance(editor, ToggleEditor):
        editor.check.setChecked(bool(value))
    elif isinstance(editor, ChoiceEditor):
        editor.select(value)
    elif isinstance(editor, TextEditor):
        editor.line.setText(value)
        editor.flush()
    else:
        raise TypeError(type(editor).__name__)

"""Start-up order: the window's first frame first, then the 3D view, without freezing the window.

Importing PyVista/VTK takes a second or more. Done on the GUI thread right after ``show()``, it runs
before the window's first paint (a zero-delay timer fires before the window is exposed), so the user
stares at nothing. Here the import waits for the first paint and then runs on a background thread,
so the gallery is on screen and answers clicks meanwhile; the view itself (a Qt widget) is created on
the GUI thread once the libraries are loaded.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QWidget

from configurator.core.tasks import Task, TaskOutcome
from configurator.ui.tasks import TaskBridge

VIEW_MODULES = ("pyvista", "pyvistaqt", "configurator.ui.scene")
NO_PAINT_FALLBACK_MS = 3000  # e.g. a platform that never paints: go on anyway


class _FirstPaint(QObject):
    """Calls ``callback`` once, right after the first frame of ``window`` has been painted."""

    def __init__(self, window: QWidget, callback: Callable[[], None]) -> None:
        super().__init__(window)
        self.window = window
        self.callback: Callable[[], None] | None = callback
        app = QApplication.instance()
        assert app is not None
        self.app = app
        app.installEventFilter(self)
        QTimer.singleShot(NO_PAINT_FALLBACK_MS, self._fire)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.Paint
            and isinstance(watched, QWidget)
            and watched.window() is self.window
        ):
            self.app.removeEventFilter(self)
            QTimer.singleShot(0, self._fire)  # runs once this paint has been flushed
        return False

    def _fire(self) -> None:
        self.app.removeEventFilter(self)
        callback, self.callback = self.callback, None
        if callback is not None:
            callback()


class ModulePreload(QObject):
    """Imports modules on a background thread; ``loaded`` arrives on the GUI thread."""

    loaded = Signal(str)  # "" when all imported, else the error

    def __init__(self, modules: Sequence[str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.modules = tuple(modules)
        self._tasks = TaskBridge("fabwise-preload", self)
        self._tasks.finished.connect(self._on_done)

    def start(self) -> None:
        self._tasks.submit("preload", self._run)

    def _run(self, _task: Task) -> None:
        for module in self.modules:
            importlib.import_module(module)

    def _on_done(self, outcome: TaskOutcome) -> None:
        error = outcome.error  # the view reports it when it tries again on the GUI thread
        self.loaded.emit("" if error is None else f"{type(error).__name__}: {error}")


def after_first_paint(window: QWidget, callback: Callable[[], None]) -> None:
    """Call ``callback`` on the GUI thread once ``window`` has shown its first frame."""
    _FirstPaint(window, callback)


def load_view_after_first_paint(
    window: QWidget, finish: Callable[[], None], modules: Sequence[str] = VIEW_MODULES
) -> None:
    """After the first frame, import the 3D view's libraries in the background, then ``finish``
    (which creates the view) on the GUI thread."""
    preload = ModulePreload(modules, window)
    preload.loaded.connect(lambda _error: finish())
    after_first_paint(window, preload.start)

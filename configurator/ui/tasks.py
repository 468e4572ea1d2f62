"""The one Qt bridge for background work: :class:`~configurator.core.tasks.BackgroundTasks` whose
outcomes arrive on the GUI thread as the ``finished`` signal.

The helper delivers on its own thread; the bridge re-emits through a queued signal and checks again,
on the GUI thread, that the outcome is still the newest for its key (a newer submission or a cancel
made on the GUI thread after the task ended, but before its outcome arrived, wins).

One bridge is one lane (one thread, tasks in order); an owner that needs work side by side holds
one bridge per lane. After :meth:`TaskBridge.shutdown` submissions are ignored, so a signal that
arrives while a window closes cannot start work.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal

from configurator.core.tasks import BackgroundTasks, Task, TaskOutcome


class TaskBridge(QObject):
    """Background tasks whose outcomes (and progress reports) arrive as ``finished``."""

    finished = Signal(object)  # TaskOutcome, on the GUI thread, only while current
    _arrived = Signal(object)  # TaskOutcome, from the helper's thread

    def __init__(self, name: str, parent: QObject | None = None, *, persistent: bool = False) -> None:
        super().__init__(parent)
        self.tasks = BackgroundTasks(self._from_thread, name=name, persistent=persistent)
        self._arrived.connect(self._on_arrived)

    def submit(self, key: str, fn: Callable[[Task], Any]) -> Task:
        """Queue ``fn(task)``; after :meth:`shutdown` (the window is closing, and e.g. a last build
        result still arrives) nothing runs and nothing is delivered."""
        if self.tasks.closed:
            task = Task(key, fn, self.tasks)
            task.stop()
            return task
        return self.tasks.submit(key, fn)

    def cancel(self, key: str) -> None:
        self.tasks.cancel(key)

    def shutdown(self, timeout: float | None = 10.0, last: Callable[[], None] | None = None) -> bool:
        return self.tasks.shutdown(timeout, last)

    def _from_thread(self, outcome: TaskOutcome) -> None:
        with contextlib.suppress(RuntimeError):  # the owner was deleted meanwhile
            self._arrived.emit(outcome)

    def _on_arrived(self, outcome: TaskOutcome) -> None:
        if self.tasks.is_current(outcome):
            self.finished.emit(outcome)

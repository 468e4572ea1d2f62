"""Hand build outcomes from the scheduler's thread to the GUI thread as a Qt signal.

:class:`~configurator.core.service.BuildScheduler` calls ``deliver`` on its own background thread
(or synchronously on the caller's thread for cache hits). Emitting a signal from there is safe: Qt
queues the call to receivers living in the GUI thread, so slots always run there.

The bridge also starts the build worker in the background as soon as it exists, so the kernel import
(seconds) overlaps with the user looking at the gallery instead of delaying the first preview.
"""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QObject, Signal

from configurator.core.service import BuildOutcome, BuildScheduler, BuildService
from configurator.core.tasks import BackgroundTasks, TaskOutcome
from configurator.sdk.results import BuildRequest


def _ignore(_outcome: TaskOutcome) -> None:
    """A worker that cannot start is not reported here: the first build says why."""


class BuildBridge(QObject):
    """A :class:`BuildScheduler` whose outcomes arrive as the ``outcome`` signal."""

    outcome = Signal(object)  # BuildOutcome

    def __init__(self, service: BuildService, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self._scheduler: BuildScheduler | None = BuildScheduler(service, self._deliver)
        self._warm_up = BackgroundTasks(_ignore, name="fabwise-warm-up")
        self._warm_up.submit("warm-up", lambda _task: service.warm_up())

    def _deliver(self, outcome: BuildOutcome) -> None:
        # If the bridge was deleted while a build ran, there is nobody left to tell.
        with contextlib.suppress(RuntimeError):
            self.outcome.emit(outcome)

    def submit(self, request: BuildRequest) -> None:
        if self._scheduler is None:
            raise RuntimeError("the build bridge is closed")
        self._scheduler.submit(request)

    @property
    def dropped(self) -> int:
        return self._scheduler.dropped if self._scheduler is not None else 0

    def close(self) -> None:
        """Stop the scheduler thread (the shared service and its worker stay up)."""
        if self._scheduler is not None:
            self._scheduler.close()
            self._scheduler = None

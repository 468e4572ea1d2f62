"""Two build workers as one: each job goes to whichever worker is free, the first one preferred.

The eco-guide builds and checks several alternatives one after another; each is a separate
worker job (build, mesh, solve), so on a machine with two cores the second worker (the speculative
one, otherwise idle while nobody drags a slider) can take every other job. :class:`WorkerLanes`
hands a job to the first free worker in the order given and waits when both are busy. A worker is
still used by its owner meanwhile (the speculator's guesses, the service's builds): its own lock
serialises those calls, so sharing it costs waiting, never a wrong result.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from typing import Any

from configurator.core.worker import WorkerProcess


class WorkerLanes:
    def __init__(self, workers: Sequence[WorkerProcess]) -> None:
        if not workers:
            raise ValueError("WorkerLanes needs at least one worker")
        self.workers = tuple(dict.fromkeys(workers))  # the same worker twice is one lane
        self._busy: set[int] = set()
        self._condition = threading.Condition()
        self.calls = [0] * len(self.workers)

    @property
    def width(self) -> int:
        return len(self.workers)

    def _take(self) -> int:
        with self._condition:
            self._condition.wait_for(lambda: len(self._busy) < len(self.workers))
            lane = next(i for i in range(len(self.workers)) if i not in self._busy)
            self._busy.add(lane)
            self.calls[lane] += 1
            return lane

    def _give_back(self, lane: int) -> None:
        with self._condition:
            self._busy.discard(lane)
            self._condition.notify_all()

    def call(self, job: str, payload: Any, timeout: float,
             cancel: threading.Event | None = None) -> Any:
        """Run ``job`` on the first free worker (waiting for one if all are busy)."""
        lane = self._take()
        try:
            return self.workers[lane].call(job, payload, timeout, cancel)
        finally:
            self._give_back(lane)

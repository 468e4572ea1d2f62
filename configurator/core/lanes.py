"""Two build workers as one: each job goes to whichever worker is free, the first one preferred.

The eco-guide builds and checks several alternatives one after another; each is a separate
worker job (build, mesh, solve), so on a machine with two cores the second worker (the speculative
one, otherwise idle while nobody drags a slider) can take every other job. :class:`WorkerLanes`
hands a job to the first free worker in the order given and waits when both are busy. A worker is
still used by its owner meanwhile (the speculator's guesses, the service's builds): its own lock
serialises those calls, so sharing it costs waiting, never a wrong result.

A job may name an ``affinity`` (any hashable): jobs with the same affinity go to the worker that
took the first of them, waiting for it if it is busy. The fit checks of one geometry in several
materials do so, because that worker holds the geometry's mesh and solve in its caches (a material
swap with the same Poisson's ratio then costs no solve at all).
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Hashable, Sequence
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
        self._affinity: OrderedDict[Hashable, int] = OrderedDict()

    @property
    def width(self) -> int:
        return len(self.workers)

    def _take(self, affinity: Hashable | None) -> int:
        with self._condition:
            home = self._affinity.get(affinity) if affinity is not None else None
            if home is not None:
                self._condition.wait_for(lambda: home not in self._busy)
                lane = home
            else:
                self._condition.wait_for(lambda: len(self._busy) < len(self.workers))
                free = [i for i in range(len(self.workers)) if i not in self._busy]
                # a new shape goes to the free worker that has taken fewest jobs, so that shapes
                # spread over the workers (sticking to the first free one would put them all on
                # the first worker whenever jobs are handed out faster than they finish)
                lane = min(free, key=lambda i: self.calls[i]) if affinity is not None else free[0]
            if affinity is not None:
                self._affinity[affinity] = lane
                self._affinity.move_to_end(affinity)
                while len(self._affinity) > 256:
                    self._affinity.popitem(last=False)
            self._busy.add(lane)
            self.calls[lane] += 1
            return lane

    def _give_back(self, lane: int) -> None:
        with self._condition:
            self._busy.discard(lane)
            self._condition.notify_all()

    def call(
        self,
        job: str,
        payload: Any,
        timeout: float,
        cancel: threading.Event | None = None,
        affinity: Hashable | None = None,
    ) -> Any:
        """Run ``job`` on the first free worker (waiting for one if all are busy), or on the
        worker of its ``affinity``."""
        lane = self._take(affinity)
        try:
            return self.workers[lane].call(job, payload, timeout, cancel)
        finally:
            self._give_back(lane)

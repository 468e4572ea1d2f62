"""Speculative builds: while a user drags a slider, build the values they are about to reach.

A second worker (on the machine's spare core, at lower CPU priority) builds the next few values
along the drag and puts them in the shared result cache, so the real request is often a cache hit.
Queued guesses are replaced as soon as the user moves on; a guess already running is allowed to
finish (builds are short, and killing a worker costs a restart), and if the user asks for exactly
that value meanwhile, :meth:`BuildService.build` waits for it instead of building it twice.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from typing import TYPE_CHECKING

from configurator.core.cache import CacheKey, cache_key
from configurator.core.errors import FabwiseError
from configurator.core.params import NUMERIC_KINDS
from configurator.core.results import BuildRequest, BuildResult
from configurator.core.worker import WorkerProcess

if TYPE_CHECKING:
    from configurator.core.service import BuildService

SPECULATIVE_NICENESS = 10


class Speculator:
    def __init__(self, service: BuildService, worker: WorkerProcess | None = None) -> None:
        self.service = service
        self.worker = worker or WorkerProcess(limits=service.worker.limits,
                                              niceness=SPECULATIVE_NICENESS)
        self._queue: list[BuildRequest] = []
        self._inflight: dict[CacheKey, threading.Event] = {}
        self._condition = threading.Condition()
        self._closed = False
        self.built = 0
        self.discarded = 0
        self._thread = threading.Thread(target=self._run, name="fabwise-speculate", daemon=True)
        self._thread.start()

    def drag_guesses(
        self, request: BuildRequest, param: str, delta: float, count: int = 3
    ) -> list[BuildRequest]:
        """Valid, uncached requests for ``param`` moved ``delta`` further, ``count`` times."""
        schema = self.service.registry.get(request.ref.id).template.schema
        if param not in schema or schema[param].kind not in NUMERIC_KINDS or delta == 0:
            return []
        current = request.params[param]
        if isinstance(current, bool) or not isinstance(current, int | float):
            return []
        guesses = []
        for step in range(1, count + 1):
            values = dict(request.params)
            values[param] = current + step * delta
            try:
                guess = self.service.request(request.ref.id, values, quality=request.quality)
            except FabwiseError:
                break  # out of range or violating a constraint: further values are too
            if self.service.cache.get(cache_key(guess)) is None:
                guesses.append(guess)
        return guesses

    def speculate(self, requests: Sequence[BuildRequest]) -> None:
        """Replace the queued guesses with these (most likely first)."""
        with self._condition:
            self.discarded += len(self._queue)
            self._queue = list(requests)
            self._condition.notify()

    def wait_for(self, key: CacheKey, timeout: float) -> bool:
        """If ``key`` is being built speculatively, wait for it; True if it was."""
        with self._condition:
            event = self._inflight.get(key)
        if event is None:
            return False
        event.wait(timeout)
        return True

    def _run(self) -> None:
        while True:
            with self._condition:
                while not self._queue and not self._closed:
                    self._condition.wait()
                if self._closed:
                    return
                request = self._queue.pop(0)
                key = cache_key(request)
                if self.service.cache.get(key) is not None or key in self._inflight:
                    continue
                event = self._inflight[key] = threading.Event()
            try:
                result: BuildResult = self.worker.call(
                    "configurator.core.build:run_build", request, self.service.timeout)
                self.service.cache.put(key, result)
                self.built += 1
            except FabwiseError:
                pass  # a failing guess is simply not cached; the real request reports the error
            finally:
                with self._condition:
                    self._inflight.pop(key, None)
                event.set()

    def close(self) -> None:
        with self._condition:
            self._closed = True
            self._queue.clear()
            self._condition.notify()
        self.worker.kill()
        self._thread.join(timeout=5)
        self.worker.close()

"""Speculative builds: while a user drags a slider, build the values they are about to reach.

A second worker (on the machine's spare core, at lower CPU priority) builds the next few values
along the drag and puts them in the shared result cache, so the real request is often a cache hit.
Queued guesses are replaced as soon as the user moves on (:meth:`Speculator.speculate`) or dropped
when the drag ends (:meth:`Speculator.cancel`); a guess already running is allowed to finish
(builds are short, and killing a worker costs a restart of several seconds), and if the user asks
for exactly that value meanwhile, :meth:`BuildService.build` waits for it instead of building it
twice. Speculative results only ever go into the cache: nothing here delivers a result to a front
end, so a guess can never be shown for a value the user did not choose.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Protocol

from configurator.core.cache import CacheKey, cache_key
from configurator.core.jobs import Job
from configurator.core.worker import WorkerProcess
from configurator.sdk.errors import FabwiseError
from configurator.sdk.params import NUMERIC_KINDS
from configurator.sdk.results import BuildRequest, BuildResult

if TYPE_CHECKING:
    from collections.abc import Mapping

    from configurator.core.cache import ResultCache
    from configurator.core.registry import TemplateRegistry
    from configurator.sdk.results import Quality


class BuildHost(Protocol):
    """What the speculator needs of the build service that owns it (no import of the service, so
    the two modules do not import each other)."""

    registry: TemplateRegistry
    cache: ResultCache
    worker: WorkerProcess
    timeout: float

    def request(
        self,
        template_id: str,
        values: Mapping[str, object] | None = None,
        *,
        preset: str | None = None,
        quality: Quality | str = ...,
        revision: int = 0,
    ) -> BuildRequest: ...


SPECULATIVE_NICENESS = 10
GUESS_DECIMALS = 9  # as slider values are rounded, so guesses hit the cache keys of real requests


class Speculator:
    def __init__(self, service: BuildHost, worker: WorkerProcess | None = None) -> None:
        self.service = service
        self.worker = worker or WorkerProcess(limits=service.worker.limits, niceness=SPECULATIVE_NICENESS)
        self._queue: list[BuildRequest] = []
        self._inflight: dict[CacheKey, threading.Event] = {}
        self._condition = threading.Condition()
        self._closed = False
        self._start_requested = False
        # Build workers that take guesses between the user's builds (see add_lane), and whether
        # each one is free for the next guess (False while it builds one).
        self._lanes: dict[Callable[[], None], bool] = {}
        self.built = 0
        self.built_elsewhere = 0
        self.discarded = 0
        self.failed = 0
        self._thread = threading.Thread(target=self._run, name="fabwise-speculate", daemon=True)
        self._thread.start()

    def drag_guesses(
        self, request: BuildRequest, param: str, delta: float, count: int = 3
    ) -> list[BuildRequest]:
        """Valid requests for ``param`` moved ``delta`` further, ``count`` times, that are neither
        cached nor being built."""
        current = request.params.get(param)
        if delta == 0 or isinstance(current, bool) or not isinstance(current, int | float):
            return []
        return self.value_guesses(request, param, [current + step * delta for step in range(1, count + 1)])

    def value_guesses(self, request: BuildRequest, param: str, values: Sequence[float]) -> list[BuildRequest]:
        """``request`` with ``param`` set to each of ``values`` (most likely first): the valid
        ones that are neither cached nor being built, at the request's quality."""
        schema = self.service.registry.get(request.ref.id).template.schema
        if param not in schema or schema[param].kind not in NUMERIC_KINDS:
            return []
        guesses = []
        for value in values:
            candidate = dict(request.params)
            candidate[param] = round(value, GUESS_DECIMALS)
            try:
                guess = self.service.request(request.ref.id, candidate, quality=request.quality)
            except FabwiseError:
                continue  # out of range or violating a constraint: the user cannot get there
            key = cache_key(guess)
            with self._condition:
                running = key in self._inflight
            if not running and self.service.cache.get(key) is None:
                guesses.append(guess)
        return guesses

    def speculate(self, requests: Sequence[BuildRequest]) -> None:
        """Replace the queued guesses with these (most likely first)."""
        with self._condition:
            self.discarded += len(self._queue)
            self._queue = list(requests)
            self._condition.notify_all()
            lanes = list(self._lanes)
        for wake in lanes:
            wake()

    def add_lane(self, wake: Callable[[], None]) -> None:
        """Register a build worker that takes guesses with :meth:`take` between the user's
        builds; ``wake`` is called (on the caller's thread) whenever guesses are queued.

        While a lane is not busy with a guess of its own (it is idle, or building what the user
        asked for and about to be idle), the most likely guess is left to it: it runs at normal
        priority, and the user's next step is most likely exactly that value. The speculative
        worker builds the guesses after it."""
        with self._condition:
            self._lanes[wake] = True

    def remove_lane(self, wake: Callable[[], None]) -> None:
        with self._condition:
            self._lanes.pop(wake, None)
            self._condition.notify_all()

    def _head_reserved(self) -> bool:
        """True if a lane will take the most likely guess (condition held)."""
        return any(self._lanes.values())

    def has_guesses(self) -> bool:
        with self._condition:
            return bool(self._queue)

    def take(
        self, lane: Callable[[], None] | None = None
    ) -> tuple[BuildRequest, CacheKey, threading.Event] | None:
        """The most likely queued guess, for another worker (``lane``, see :meth:`add_lane`) to
        build with :meth:`build_on`; it counts as being built from now on."""
        with self._condition:
            while self._queue:
                request = self._queue.pop(0)
                key = cache_key(request)
                if key in self._inflight or self.service.cache.get(key) is not None:
                    continue
                event = self._inflight[key] = threading.Event()
                if lane in self._lanes:
                    self._lanes[lane] = False  # busy with a guess: the next one is not its
                self._condition.notify_all()
                return request, key, event
            self._condition.notify_all()
            return None

    def build_on(
        self,
        worker: WorkerProcess,
        taken: tuple[BuildRequest, CacheKey, threading.Event],
        lane: Callable[[], None] | None = None,
    ) -> None:
        """Build a guess from :meth:`take` on ``worker`` (into the cache, like every guess)."""
        try:
            self._build(*taken, worker=worker)
            self.built_elsewhere += 1
        finally:
            with self._condition:
                if lane in self._lanes:
                    self._lanes[lane] = True
                self._condition.notify_all()

    def cancel(self) -> None:
        """Drop every queued guess (the drag ended); a guess already running finishes."""
        self.speculate(())

    def queued(self) -> tuple[BuildRequest, ...]:
        """The guesses waiting to be built, most likely first."""
        with self._condition:
            return tuple(self._queue)

    @property
    def busy(self) -> bool:
        """True while a guess is queued or being built."""
        with self._condition:
            return bool(self._queue or self._inflight or self._start_requested)

    def prestart(self) -> None:
        """Start the speculative worker in the background, so the first drag finds it warm."""
        with self._condition:
            if self._closed or self.worker.alive:
                return
            self._start_requested = True
            self._condition.notify_all()

    def wait_idle(self, timeout: float) -> bool:
        """Wait until nothing is queued or being built; False if that took longer than timeout."""
        with self._condition:
            return self._condition.wait_for(
                lambda: self._closed or not (self._queue or self._inflight or self._start_requested), timeout
            )

    def running(self, key: CacheKey) -> bool:
        """True while ``key`` is being built speculatively."""
        with self._condition:
            return key in self._inflight

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
                while (
                    not self._closed
                    and not self._start_requested
                    and len(self._queue) <= (1 if self._head_reserved() else 0)
                ):
                    self._condition.wait()
                if self._closed:
                    return
                first = 1 if self._head_reserved() and len(self._queue) > 1 else 0
                request = self._queue.pop(first) if self._queue else None
                if request is not None:
                    key = cache_key(request)
                    if self.service.cache.get(key) is not None or key in self._inflight:
                        self._condition.notify_all()  # wakes wait_idle if that was the last one
                        continue
                    event = self._inflight[key] = threading.Event()
            if request is None:
                self._start_worker()
            else:
                self._build(request, key, event)

    def _start_worker(self) -> None:
        try:
            self.worker.start()
        except FabwiseError:
            pass  # the first guess tries again, and a failing guess is simply not cached
        finally:
            with self._condition:
                self._start_requested = False
                self._condition.notify_all()

    def _build(
        self,
        request: BuildRequest,
        key: CacheKey,
        event: threading.Event,
        worker: WorkerProcess | None = None,
    ) -> None:
        try:
            result: BuildResult = (worker or self.worker).call(Job.BUILD, request, self.service.timeout)
            self.service.cache.put(key, result)
            if worker is None:
                self.built += 1
        except FabwiseError:
            self.failed += 1  # not cached; the real request, if it comes, reports the error
        finally:
            with self._condition:
                self._inflight.pop(key, None)
                self._condition.notify_all()
            event.set()

    def close(self) -> None:
        with self._condition:
            self._closed = True
            self._queue.clear()
            self._condition.notify_all()
        self.worker.kill()
        self._thread.join(timeout=5)
        self.worker.close()

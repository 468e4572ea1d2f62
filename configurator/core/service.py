"""The build service: validate in-process, answer from the cache, else build in the worker.

:class:`BuildService` is synchronous and is what the CLI, exports and tests use.
:class:`BuildScheduler` puts it behind a background thread for interactive front ends: the newest
request wins, stale requests are dropped before they start, and a result for an old revision is
never delivered.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Hashable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from configurator.core.cache import ResultCache, cache_key
from configurator.core.jobs import Job
from configurator.core.registry import TemplateEntry, TemplateRegistry
from configurator.core.worker import WorkerLimits, WorkerProcess
from configurator.sdk.errors import BuildFailed, FabwiseError
from configurator.sdk.results import BuildRequest, BuildResult, Quality

if TYPE_CHECKING:
    from configurator.core.lanes import WorkerLanes
    from configurator.core.speculation import Speculator

BUILD_JOB = Job.BUILD
DEFAULT_TIMEOUT_S = 60.0
# Every build runs under these limits; templates may be someone else's code (docs/security.md).
DEFAULT_LIMITS = WorkerLimits(cpu_seconds=50.0, memory_mb=4096)


def _quality(quality: Quality | str) -> Quality:
    try:
        return Quality(quality)
    except ValueError:
        known = ", ".join(q.value for q in Quality)
        raise FabwiseError(f"no build quality '{quality}'", hint=f"one of: {known}") from None


def job_timeout(asked: object, limit: float) -> float:
    """The wall-clock limit for a template's build: Fabwise's ``limit``, or less if the template
    asks for less. A template can never raise it (``build_timeout=10**6`` gets ``limit``)."""
    if isinstance(asked, int | float) and not isinstance(asked, bool) and 0 < asked < limit:
        return float(asked)
    return limit


class BuildService:
    def __init__(
        self,
        registry: TemplateRegistry,
        *,
        timeout: float = DEFAULT_TIMEOUT_S,
        cache: ResultCache | None = None,
        limits: WorkerLimits | None = None,
        worker: WorkerProcess | None = None,
        speculative_worker: WorkerProcess | None = None,
    ) -> None:
        self.registry = registry
        self.timeout = timeout
        self.cache = cache or ResultCache()
        self.worker = worker or WorkerProcess(limits=limits or DEFAULT_LIMITS)
        self._speculative_worker = speculative_worker
        self._speculator: Speculator | None = None
        # A request for a value being built speculatively is built here too, first answer wins
        # (False: wait for the speculative build instead).
        self.hedge = True
        self._speculator_lock = threading.Lock()

    @property
    def speculator(self) -> Speculator:
        """A second, lower-priority worker that pre-builds likely next values (started lazily)."""
        with self._speculator_lock:
            if self._speculator is None:
                from configurator.core.speculation import SPECULATIVE_NICENESS, Speculator

                spare = self._speculative_worker
                if spare is None and not hasattr(self.worker, "limits"):
                    # a build-server proxy holds no limits: the spare worker is local, with the defaults
                    spare = WorkerProcess(limits=DEFAULT_LIMITS, niceness=SPECULATIVE_NICENESS)
                self._speculator = Speculator(self, spare)
            return self._speculator

    def speculate_drag(self, request: BuildRequest, param: str, delta: float, count: int = 3) -> int:
        """Pre-build ``param`` moved ``delta`` further, ``count`` times; returns how many queued."""
        guesses = self.speculator.drag_guesses(request, param, delta, count)
        self.speculator.speculate(guesses)
        return len(guesses)

    def speculate_values(self, request: BuildRequest, param: str, values: Sequence[float]) -> int:
        """Pre-build ``request`` with ``param`` at each of ``values`` (most likely first), replacing
        the guesses queued before; returns how many were queued."""
        guesses = self.speculator.value_guesses(request, param, values)
        self.speculator.speculate(guesses)
        return len(guesses)

    def cancel_speculation(self) -> None:
        """Drop queued speculative builds (if speculation was ever used)."""
        with self._speculator_lock:
            speculator = self._speculator
        if speculator is not None:
            speculator.cancel()

    def warm_up(self, speculative: bool = False) -> bool:
        """Start the build worker now, and the speculative one if asked (blocking: call it from a
        background thread at launch, so the first preview does not pay for the kernel import).
        Returns False if the worker failed to start (the first build will report why)."""
        try:
            self.worker.warm_up()
        except FabwiseError:
            return False
        if speculative:
            self.speculator.prestart()
        return True

    def request(
        self,
        template_id: str,
        values: Mapping[str, object] | None = None,
        *,
        preset: str | None = None,
        quality: Quality | str = Quality.FINE,
        revision: int = 0,
    ) -> BuildRequest:
        """Validate ``values`` (over a preset's values, over defaults) into a build request: one
        validation of everything together (a preset's values are checked when its template
        loads; here they are merged under the caller's before the single check)."""
        entry = self.registry.get(template_id)
        schema = entry.template.schema
        merged: dict[str, object] = {}
        if preset is not None:
            try:
                merged.update(schema.preset(preset).values)
            except KeyError as exc:
                raise FabwiseError(str(exc.args[0])) from None
        merged.update(values or {})
        params = schema.validate(merged, template_id=template_id)
        return BuildRequest(entry.ref, params, _quality(quality), revision)

    def cached(self, request: BuildRequest) -> BuildResult | None:
        return self.cache.get(cache_key(request))

    def lanes(self, parallel: bool = True) -> WorkerLanes:
        """The build worker, and with ``parallel`` the speculative one after it, as one pool: for
        batches of independent jobs (the guide's alternatives, a check's load cases)."""
        from configurator.core.lanes import WorkerLanes

        workers = [self.worker]
        if parallel:
            workers.append(self.speculator.worker)
        return WorkerLanes(workers)

    def build(
        self, request: BuildRequest, lanes: WorkerLanes | None = None, affinity: Hashable | None = None
    ) -> BuildResult:
        """The result for ``request``: from the cache, else built in the worker (or in the first
        free worker of ``lanes``, or the one of ``affinity``: see :class:`WorkerLanes`)."""
        cached = self.cached(request)
        if cached is not None:
            return cached
        entry = self._entry(request)
        timeout = job_timeout(entry.template.build_timeout, self.timeout)
        key = cache_key(request)
        if lanes is not None and lanes.width > 1:
            built: BuildResult = lanes.call(BUILD_JOB, request, timeout, affinity=affinity)
            self.cache.put(key, built)
            return built
        if self._speculator is not None and self._speculator.running(key):
            if self.hedge:
                return self._hedged_build(request, timeout)
            self._speculator.wait_for(key, timeout)
            cached = self.cached(request)
            if cached is not None:
                return cached
        result: BuildResult = self.worker.call(BUILD_JOB, request, timeout)
        self.cache.put(key, result)
        return result

    def _hedged_build(self, request: BuildRequest, timeout: float) -> BuildResult:
        """``request`` is being built speculatively: build it here too and take whichever comes
        first. The speculative worker runs at a low priority, so on a busy machine it may crawl;
        the user never waits longer than a build of their own. If the guess wins, the duplicate
        is skipped if it has not started yet (a started one finishes: killing a worker costs a
        restart)."""
        speculator = self._speculator
        assert speculator is not None
        key = cache_key(request)
        first = threading.Event()
        guess_won = threading.Event()
        own: list[BuildResult | FabwiseError] = []

        def build_here() -> None:
            try:
                result: BuildResult = self.worker.call(BUILD_JOB, request, timeout, unless=guess_won)
                self.cache.put(key, result)
                own.append(result)
            except FabwiseError as exc:
                own.append(exc)
            finally:
                first.set()

        def wait_for_guess() -> None:
            speculator.wait_for(key, timeout)
            if self.cache.get(key) is not None:
                guess_won.set()
            first.set()

        here = threading.Thread(target=build_here, name="fabwise-hedge", daemon=True)
        here.start()
        threading.Thread(target=wait_for_guess, name="fabwise-hedge-wait", daemon=True).start()
        first.wait(timeout)
        cached = self.cached(request)
        if cached is not None:
            return cached
        here.join(timeout)  # the guess failed: the build here decides
        if own and isinstance(own[0], BuildResult):
            return own[0]
        if own and isinstance(own[0], FabwiseError):
            raise own[0]
        raise BuildFailed("timeout", f"the build took longer than {timeout:g} s and was stopped")

    def build_values(
        self, template_id: str, values: Mapping[str, object] | None = None, **kwargs: Any
    ) -> BuildResult:
        return self.build(self.request(template_id, values, **kwargs))

    def run_job(
        self, job: str, payload: Any, timeout: float | None = None, cancel: threading.Event | None = None
    ) -> Any:
        """Run another worker job (e.g. an export) with the same isolation as builds.

        Set ``cancel`` from any thread to abandon the job (it raises ``BuildFailed`` with kind
        ``"cancelled"``; the next job gets a fresh worker)."""
        return self.worker.call(job, payload, timeout or self.timeout, cancel)

    def _entry(self, request: BuildRequest) -> TemplateEntry:
        return self.registry.get(request.ref.id)

    def close(self) -> None:
        with self._speculator_lock:
            speculator, self._speculator = self._speculator, None
        if speculator is not None:
            speculator.close()
        self.worker.close()

    def __enter__(self) -> BuildService:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


@dataclass(frozen=True)
class BuildOutcome:
    """What the scheduler delivers: a result, or the error for that request."""

    request: BuildRequest
    result: BuildResult | None = None
    error: FabwiseError | None = None
    from_cache: bool = False


class BuildScheduler:
    """Newest-request-wins builds on a background thread.

    ``submit`` returns at once. When the worker is free, the newest pending request runs; older
    pending ones are dropped. ``deliver`` is called (on the scheduler's thread, or on the caller's
    thread for cache hits) only for the newest revision submitted so far.

    With ``idle_guesses`` (the default), the build worker does not sit idle while speculative
    guesses wait (e.g. between two steps of a drag, while the hand moves): it builds the most
    likely one into the cache, at normal priority, while the low-priority speculative worker
    builds the next ones. A request that arrives meanwhile waits for that one guess at most.
    """

    def __init__(
        self, service: BuildService, deliver: Callable[[BuildOutcome], None], idle_guesses: bool = True
    ) -> None:
        self.service = service
        self._deliver = deliver
        self._pending: BuildRequest | None = None
        self._latest_revision = -1
        self._condition = threading.Condition()
        self._delivery = threading.Lock()
        self._closed = False
        self._guesses = service.speculator if idle_guesses else None
        if self._guesses is not None:
            self._guesses.add_lane(self._wake)
        self._thread = threading.Thread(target=self._run, name="fabwise-builds", daemon=True)
        self._thread.start()
        self.dropped = 0
        self.guesses_built = 0

    @property
    def latest_revision(self) -> int:
        return self._latest_revision

    def _wake(self) -> None:
        with self._condition:
            self._condition.notify()

    def _idle_guess(self) -> bool:
        return self._guesses is not None and self._guesses.has_guesses()

    def submit(self, request: BuildRequest) -> None:
        with self._condition:
            self._latest_revision = max(self._latest_revision, request.revision)
            cached = self.service.cached(request)
            if cached is not None:
                if self._pending is not None:
                    self.dropped += 1
                    self._pending = None
            else:
                if self._pending is not None:
                    self.dropped += 1
                self._pending = request
                self._condition.notify()
        if cached is not None:
            self._deliver(BuildOutcome(request, cached, from_cache=True))

    def _run(self) -> None:
        while True:
            with self._condition:
                while self._pending is None and not self._closed and not self._idle_guess():
                    self._condition.wait()
                if self._closed:
                    return
                request, self._pending = self._pending, None
            if request is None:
                self._build_a_guess()
                continue
            try:
                outcome = BuildOutcome(request, result=self.service.build(request))
            except FabwiseError as exc:
                outcome = BuildOutcome(request, error=exc)
            except Exception as exc:  # never let the thread die silently
                outcome = BuildOutcome(request, error=BuildFailed("crash", f"internal error: {exc}"))
            with self._delivery:  # close() waits for a delivery in progress, then none follow
                if self._closed:
                    return
                if request.revision >= self._latest_revision:
                    self._deliver(outcome)
                else:
                    self.dropped += 1

    def _build_a_guess(self) -> None:
        assert self._guesses is not None
        taken = self._guesses.take(self._wake)
        if taken is not None:
            self._guesses.build_on(self.service.worker, taken, self._wake)
            self.guesses_built += 1

    def close(self) -> None:
        """Stop: nothing is delivered after this returns (a build still running is abandoned)."""
        if self._guesses is not None:
            self._guesses.remove_lane(self._wake)
        with self._delivery, self._condition:
            self._closed = True
            self._condition.notify()
        self._thread.join(timeout=5)

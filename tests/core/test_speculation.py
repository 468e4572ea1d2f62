"""Speculative builds: queued guesses are replaced or dropped when the user moves on, a guess being
built is waited for instead of built twice, and guesses only ever fill the cache.

The workers here are stand-ins that block until the test lets them finish, so every interleaving
is decided by the test, not by the clock; no CAD kernel is needed.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from typing import Any

import numpy as np
import pytest

from configurator.core.cache import cache_key
from configurator.core.registry import TemplateRegistry
from configurator.core.service import BuildOutcome, BuildScheduler, BuildService
from configurator.sdk.errors import BuildFailed
from configurator.sdk.params import Length
from configurator.sdk.results import BuildRequest, BuildResult, PartResult, TemplateRef
from configurator.sdk.template import Template

WAIT_S = 30.0


def _never_built(params: Any) -> Any:
    raise AssertionError("the stand-in workers never run a template")


TEMPLATE = Template(
    id="block",
    version="1.0.0",
    name="Block",
    description="d",
    category="Test",
    processes=("fdm",),
    parameters=(Length("size", 50, 10, 100, step=0.5),),
    build=_never_built,
)


def result_for(request: BuildRequest) -> BuildResult:
    part = PartResult(
        "block",
        "pla",
        "fdm",
        1,
        False,
        1.0,
        1.0,
        (1.0, 1.0, 1.0),
        np.zeros((3, 3), np.float32),
        np.array([[0, 1, 2]], np.int32),
    )
    return BuildResult(
        request.ref.id,
        request.ref.version,
        dict(request.params),
        request.quality,
        (part,),
        (),
        (),
        (),
        0.0,
        0.0,
    )


class GatedWorker:
    """Stands in for a WorkerProcess: each build waits until the test opens its gate."""

    def __init__(self) -> None:
        self.limits = None
        self.calls: list[BuildRequest] = []
        self.skipped: list[BuildRequest] = []
        self.started = threading.Semaphore(0)
        self.finished = threading.Semaphore(0)
        self._busy = threading.Lock()
        self._gates: dict[float, threading.Event] = {}
        self._lock = threading.Lock()
        self.alive = True
        self.pid = None

    def gate(self, size: float) -> threading.Event:
        with self._lock:
            return self._gates.setdefault(size, threading.Event())

    def finish(self, size: float) -> None:
        self.gate(size).set()

    def call(
        self,
        job: str,
        payload: BuildRequest,
        timeout: float,
        cancel: threading.Event | None = None,
        unless: threading.Event | None = None,
    ) -> BuildResult:
        try:
            with self._busy:  # one job at a time, like a real worker
                if unless is not None and unless.is_set():
                    self.skipped.append(payload)
                    raise BuildFailed("cancelled", "cancelled before it started")
                self.calls.append(payload)
                self.started.release()
                assert self.gate(float(payload.params["size"])).wait(WAIT_S), "never finished"
                return result_for(payload)
        finally:
            self.finished.release()

    def built_sizes(self) -> list[float]:
        return [float(r.params["size"]) for r in self.calls]

    def start(self) -> None:
        pass

    def warm_up(self) -> None:
        pass

    def kill(self) -> None:
        pass

    def close(self) -> None:
        for gate in list(self._gates.values()):
            gate.set()


@pytest.fixture
def workers() -> Iterator[tuple[BuildService, GatedWorker, GatedWorker]]:
    registry = TemplateRegistry()
    registry.add(TEMPLATE, TemplateRef("block", "1.0.0", "builtin", "tests:TEMPLATE", "1.0.0"))
    main, spare = GatedWorker(), GatedWorker()
    service = BuildService(registry, worker=main, speculative_worker=spare)  # type: ignore[arg-type]
    yield service, main, spare
    main.close()
    spare.close()
    service.close()


def sizes(requests: Any) -> list[float]:
    return [float(r.params["size"]) for r in requests]


def test_a_new_step_replaces_the_queued_guesses(workers: Any) -> None:
    service, _, spare = workers
    speculator = service.speculator
    service.speculate_drag(service.request("block", {"size": 50}, quality="coarse"), "size", 0.5)
    assert spare.started.acquire(timeout=WAIT_S)  # 50.5 is being built; 51, 51.5 wait
    assert sizes(speculator.queued()) == [51.0, 51.5]
    # The user reverses: the guesses still waiting are replaced by guesses the other way.
    service.speculate_drag(service.request("block", {"size": 49.5}, quality="coarse"), "size", -0.5)
    assert sizes(speculator.queued()) == [49.0, 48.5, 48.0]
    assert speculator.discarded == 2
    for size in (50.5, 49.0, 48.5, 48.0):
        spare.finish(size)
    assert speculator.wait_idle(WAIT_S)
    assert spare.built_sizes() == [50.5, 49.0, 48.5, 48.0]  # 51 and 51.5 were never built
    assert speculator.built == 4


def test_cancel_drops_the_queue_and_lets_the_running_guess_finish(workers: Any) -> None:
    service, _, spare = workers
    speculator = service.speculator
    service.speculate_drag(service.request("block", {"size": 60}, quality="coarse"), "size", 1.0)
    assert spare.started.acquire(timeout=WAIT_S)
    service.cancel_speculation()  # the drag ended
    assert speculator.queued() == ()
    spare.finish(61.0)
    assert speculator.wait_idle(WAIT_S)
    assert spare.built_sizes() == [61.0]
    assert service.cached(service.request("block", {"size": 61}, quality="coarse")) is not None
    assert service.cached(service.request("block", {"size": 62}, quality="coarse")) is None


def test_a_guess_being_built_answers_the_user_as_soon_as_it_is_ready(workers: Any) -> None:
    service, main, spare = workers
    busy = threading.Thread(
        target=service.build, args=(service.request("block", {"size": 99}, quality="coarse"),)
    )
    busy.start()  # the main worker is busy with something else (e.g. the eco guide)
    assert main.started.acquire(timeout=WAIT_S)
    service.speculate_drag(service.request("block", {"size": 70}, quality="coarse"), "size", 2.0, count=1)
    assert spare.started.acquire(timeout=WAIT_S)  # 72 is being built speculatively
    wanted = service.request("block", {"size": 72}, quality="coarse", revision=9)
    answers: list[BuildResult] = []
    user = threading.Thread(target=lambda: answers.append(service.build(wanted)))
    user.start()
    spare.finish(72.0)
    user.join(WAIT_S)
    (answer,) = answers
    assert answer.params["size"] == 72.0
    main.finish(99.0)
    busy.join(WAIT_S)
    for _ in range(2):  # 99, then the duplicate of 72, which is skipped: the guess won
        assert main.finished.acquire(timeout=WAIT_S)
    assert main.built_sizes() == [99.0]
    assert [r.params["size"] for r in main.skipped] == [72.0]


def test_a_crawling_guess_does_not_hold_the_user_up(workers: Any) -> None:
    service, main, spare = workers
    service.speculate_drag(service.request("block", {"size": 80}, quality="coarse"), "size", 1.0, count=1)
    assert spare.started.acquire(timeout=WAIT_S)  # 81: the low-priority worker crawls
    wanted = service.request("block", {"size": 81}, quality="coarse", revision=4)
    answers: list[BuildResult] = []
    user = threading.Thread(target=lambda: answers.append(service.build(wanted)))
    user.start()
    assert main.started.acquire(timeout=WAIT_S)  # built here too
    main.finish(81.0)
    user.join(WAIT_S)
    (answer,) = answers
    assert answer.params["size"] == 81.0
    assert main.built_sizes() == [81.0]
    spare.finish(81.0)
    assert service.speculator.wait_idle(WAIT_S)


def test_guesses_skip_cached_and_running_values_and_round_like_the_slider(workers: Any) -> None:
    service, _, spare = workers
    speculator = service.speculator
    base = service.request("block", {"size": 20.1}, quality="coarse")
    cached = service.request("block", {"size": 20.3}, quality="coarse")
    service.cache.put(cache_key(cached), result_for(cached))
    guesses = speculator.drag_guesses(base, "size", 0.1, count=3)
    # 20.1 + 2 * 0.1 is 20.300000000000004 in floating point: rounded, it is the cached 20.3
    assert sizes(guesses) == [20.2, 20.4]
    assert all(g.quality == "coarse" for g in guesses)
    speculator.speculate(guesses[:1])
    assert spare.started.acquire(timeout=WAIT_S)
    assert sizes(speculator.drag_guesses(base, "size", 0.1, count=3)) == [20.4]  # 20.2 running
    spare.finish(20.2)
    assert speculator.wait_idle(WAIT_S)


def test_speculative_results_are_never_delivered_to_the_front_end(workers: Any) -> None:
    service, main, spare = workers
    delivered: list[BuildOutcome] = []
    scheduler = BuildScheduler(service, delivered.append)
    try:
        service.speculate_drag(service.request("block", {"size": 30}, quality="coarse"), "size", 1.0, count=2)
        for size in (31.0, 32.0):
            spare.finish(size)
            main.finish(size)
        assert service.speculator.wait_idle(WAIT_S)
        assert sorted(main.built_sizes() + spare.built_sizes()) == [31.0, 32.0]
        assert delivered == []  # built and cached, but nobody asked for them
        scheduler.submit(service.request("block", {"size": 32}, quality="coarse", revision=3))
        (outcome,) = delivered
        assert outcome.from_cache and outcome.request.revision == 3
    finally:
        scheduler.close()


def test_an_idle_scheduler_builds_guesses_and_a_request_waits_for_one_at_most(workers: Any) -> None:
    service, main, spare = workers
    delivered: list[BuildOutcome] = []
    arrived = threading.Event()

    def deliver(outcome: BuildOutcome) -> None:
        delivered.append(outcome)
        arrived.set()

    scheduler = BuildScheduler(service, deliver)
    try:
        service.speculate_drag(service.request("block", {"size": 30}, quality="coarse"), "size", 1.0, count=4)
        assert spare.started.acquire(timeout=WAIT_S)  # the speculative worker builds one
        assert main.started.acquire(timeout=WAIT_S)  # the idle build worker takes another
        (guess,) = main.built_sizes()
        assert sorted([guess, *spare.built_sizes()]) == [31.0, 32.0]
        assert sizes(service.speculator.queued()) == [33.0, 34.0]
        scheduler.submit(service.request("block", {"size": 40}, quality="coarse", revision=1))
        main.finish(guess)  # the one guess the request waits for
        assert main.started.acquire(timeout=WAIT_S)
        assert main.built_sizes() == [guess, 40.0]  # the request before the queued guesses
        main.finish(40.0)
        assert arrived.wait(WAIT_S)
        assert [float(o.request.params["size"]) for o in delivered] == [40.0]
        assert scheduler.guesses_built == 1
    finally:
        service.cancel_speculation()
        for size in (31.0, 32.0, 33.0, 34.0):
            spare.finish(size)
            main.finish(size)
        scheduler.close()


def test_prestart_starts_the_speculative_worker_in_the_background(workers: Any) -> None:
    service, _, spare = workers
    spare.alive = False
    started = threading.Event()
    spare.start = started.set
    service.speculator.prestart()
    assert started.wait(WAIT_S)
    assert service.speculator.wait_idle(WAIT_S)


def test_lanes_work_when_the_build_worker_lives_in_the_build_server() -> None:
    """`fabwise fit` and `fabwise eco` ask for two lanes; with the build server on, the service's
    worker is a server proxy without local resource limits: the spare lane is a local worker with
    the default limits (this crashed with AttributeError: 'ServerWorker' has no 'limits')."""
    from configurator.core.build_server import ServerWorker
    from configurator.core.service import DEFAULT_LIMITS

    service = BuildService(TemplateRegistry(), worker=ServerWorker())  # type: ignore[arg-type]
    try:
        lanes = service.lanes()
        assert lanes.width == 2
        assert service.speculator.worker.limits == DEFAULT_LIMITS
    finally:
        service.close()

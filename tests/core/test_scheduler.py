"""Newest request wins: stale builds are dropped and never delivered."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from configurator.core.registry import TemplateRegistry
from configurator.core.service import BuildOutcome, BuildScheduler, BuildService
from configurator.core.trust import TrustAll

SLOW_TEMPLATE = """
import time
import cadquery as cq
from configurator.sdk.params import Length, Number, MaterialSlot
from configurator.sdk.product import Part, Product
from configurator.sdk.template import Template

def build(p):
    time.sleep(p.num("delay") / 1000)
    return Product(parts=(Part("b", cq.Workplane().box(p.num("size"), 10, 10), "pla", "fdm"),))

TEMPLATE = Template(id="slow", version="1.0.0", name="Slow", description="d", category="Test",
    processes=("fdm",), parameters=(Length("size", 10, 1, 100),
    Number("delay", 0, 0, 5000, unit="ms")), build=build)
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[BuildService]:
    folder: Path = tmp_path_factory.mktemp("slow")
    (folder / "slow.py").write_text(SLOW_TEMPLATE)
    with BuildService(TemplateRegistry.discover([folder], use_entry_points=False, trust=TrustAll())) as svc:
        svc.worker.start()
        yield svc


class Collector:
    def __init__(self) -> None:
        self.outcomes: list[BuildOutcome] = []
        self.arrived = threading.Event()

    def __call__(self, outcome: BuildOutcome) -> None:
        self.outcomes.append(outcome)
        self.arrived.set()


def test_only_the_newest_revision_is_delivered(service: BuildService) -> None:
    collector = Collector()
    scheduler = BuildScheduler(service, collector)
    try:
        scheduler.submit(service.request("slow", {"size": 11, "delay": 400}, revision=1))
        scheduler.submit(service.request("slow", {"size": 12}, revision=2))
        scheduler.submit(service.request("slow", {"size": 13}, revision=3))
        assert collector.arrived.wait(30)
        # Wait until the scheduler is idle, then check nothing stale arrived meanwhile.
        collector.arrived.clear()
        scheduler.submit(service.request("slow", {"size": 14}, revision=4))
        assert collector.arrived.wait(30)
    finally:
        scheduler.close()
    revisions = [o.request.revision for o in collector.outcomes]
    assert revisions == [3, 4]
    assert all(o.error is None and o.result is not None for o in collector.outcomes)
    assert collector.outcomes[0].result is not None
    assert collector.outcomes[0].result.params["size"] == 13.0
    assert scheduler.dropped >= 1


def test_cache_hits_are_delivered_at_once(service: BuildService) -> None:
    service.build(service.request("slow", {"size": 21}))
    collector = Collector()
    scheduler = BuildScheduler(service, collector)
    try:
        scheduler.submit(service.request("slow", {"size": 21}, revision=7))
    finally:
        scheduler.close()
    (outcome,) = collector.outcomes
    assert outcome.from_cache and outcome.request.revision == 7
    assert outcome.result is not None and outcome.result.params["size"] == 21


def test_errors_are_delivered_as_outcomes(service: BuildService, tmp_path: Path) -> None:
    collector = Collector()
    scheduler = BuildScheduler(service, collector)
    try:
        request = service.request("slow", {"size": 30, "delay": 3000}, revision=1)
        service.timeout = 0.5
        scheduler.submit(request)
        assert collector.arrived.wait(30)
    finally:
        service.timeout = 60.0
        scheduler.close()
    (outcome,) = collector.outcomes
    assert outcome.result is None and outcome.error is not None
    assert "took longer than 0.5 s" in outcome.error.message


def test_speculative_builds_fill_the_cache_along_a_drag(service: BuildService) -> None:
    base = service.request("slow", {"size": 50})
    guesses = service.speculator.drag_guesses(base, "size", 5.0, count=3)
    assert [g.params["size"] for g in guesses] == [55.0, 60.0, 65.0]
    assert service.speculate_drag(base, "size", 5.0, count=3) == 3
    # The user arrives at 60 while it is queued or running: the service waits instead of rebuilding.
    result = service.build(service.request("slow", {"size": 60}))
    assert result.params["size"] == 60.0
    workers_used = {service.worker.pid, service.speculator.worker.pid}
    assert len(workers_used) == 2


def test_speculation_stops_at_the_end_of_the_valid_range(service: BuildService) -> None:
    base = service.request("slow", {"size": 95})
    guesses = service.speculator.drag_guesses(base, "size", 5.0, count=3)
    assert [g.params["size"] for g in guesses] == [100.0]
    assert service.speculator.drag_guesses(base, "delay", 0.0) == []
    assert service.speculator.drag_guesses(base, "nope", 1.0) == []


def test_nothing_is_delivered_after_close(service: BuildService) -> None:
    collector = Collector()
    scheduler = BuildScheduler(service, collector)
    scheduler.submit(service.request("slow", {"size": 31, "delay": 600}, revision=1))
    scheduler.close()  # while the build runs
    service.build(service.request("slow", {"size": 32}))  # the worker is free again afterwards
    assert collector.outcomes == []

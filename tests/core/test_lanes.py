"""Worker lanes: each job on the first free worker, never two jobs on one worker at once."""

from __future__ import annotations

import threading
import time
from typing import Any

import pytest

from configurator.core.lanes import WorkerLanes
from configurator.sdk.errors import BuildFailed


class _Worker:
    def __init__(self, name: str) -> None:
        self.name = name
        self.running = 0
        self.most = 0
        self.jobs: list[Any] = []
        self._lock = threading.Lock()

    def call(self, job: str, payload: Any, timeout: float, cancel: threading.Event | None = None) -> Any:
        with self._lock:
            self.running += 1
            self.most = max(self.most, self.running)
        try:
            time.sleep(0.02)
            if payload == "boom":
                raise BuildFailed("template", "it broke")
            self.jobs.append(payload)
            return (self.name, payload)
        finally:
            with self._lock:
                self.running -= 1


def test_one_job_goes_to_the_first_worker() -> None:
    first, second = _Worker("a"), _Worker("b")
    lanes = WorkerLanes([first, second])  # type: ignore[list-item]
    assert lanes.call("job", 1, 5.0) == ("a", 1)
    assert lanes.call("job", 2, 5.0) == ("a", 2)
    assert second.jobs == []


def test_jobs_at_the_same_time_share_the_workers_one_each() -> None:
    workers = [_Worker("a"), _Worker("b")]
    lanes = WorkerLanes(workers)  # type: ignore[arg-type]
    results: list[Any] = []
    threads = [
        threading.Thread(target=lambda i=i: results.append(lanes.call("job", i, 5.0))) for i in range(6)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(r[1] for r in results) == list(range(6))
    assert all(w.most == 1 for w in workers)  # never two jobs on one worker
    assert workers[0].jobs and workers[1].jobs
    assert sum(lanes.calls) == 6


def test_a_failing_job_frees_its_worker() -> None:
    worker = _Worker("a")
    lanes = WorkerLanes([worker])  # type: ignore[list-item]
    with pytest.raises(BuildFailed):
        lanes.call("job", "boom", 5.0)
    assert lanes.call("job", 3, 5.0) == ("a", 3)


def test_the_same_worker_twice_is_one_lane() -> None:
    worker = _Worker("a")
    assert WorkerLanes([worker, worker]).width == 1  # type: ignore[list-item]
    with pytest.raises(ValueError):
        WorkerLanes([])


def test_jobs_with_one_affinity_wait_for_their_worker() -> None:
    workers = [_Worker("a"), _Worker("b")]
    lanes = WorkerLanes(workers)  # type: ignore[arg-type]
    results: list[Any] = []

    def run(payload: Any, affinity: str) -> None:
        results.append(lanes.call("job", payload, 5.0, affinity=affinity))

    threads = [threading.Thread(target=run, args=(i, "shape-1" if i % 2 else "shape-2")) for i in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    by_shape = {
        affinity: {name for name, payload in results if payload % 2 == odd}
        for affinity, odd in (("shape-1", 1), ("shape-2", 0))
    }
    assert all(len(names) == 1 for names in by_shape.values()), by_shape
    assert all(w.most == 1 for w in workers)

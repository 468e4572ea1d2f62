"""The build worker: results as plain data, and every way a template can misbehave."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest

from configurator.core.registry import TemplateRegistry
from configurator.core.service import BuildService
from configurator.core.trust import TrustAll
from configurator.sdk.errors import BuildFailed, ValidationError


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[BuildService]:
    from tests.core.conftest import MISBEHAVING_BODY, template_source

    folder = tmp_path_factory.mktemp("worker-templates")
    (folder / "block.py").write_text(template_source("block", MISBEHAVING_BODY))
    registry = TemplateRegistry.discover([folder], use_entry_points=False, trust=TrustAll())
    with BuildService(registry, timeout=3.0) as svc:
        yield svc


def test_build_returns_plain_data(service: BuildService) -> None:
    result = service.build_values("block", {"size": 30})
    (part,) = result.parts
    assert part.volume_mm3 == pytest.approx(30 * 30 * 5)
    assert part.bbox_mm == pytest.approx((30, 30, 5))
    assert part.vertices.dtype == np.float32 and part.vertices.shape[1] == 3
    assert part.faces.dtype == np.int32 and part.faces.shape[1] == 3
    assert result.build_seconds >= 0 and result.params["size"] == 30.0


def test_cache_hit_returns_same_result_without_the_worker(service: BuildService) -> None:
    first = service.build_values("block", {"size": 41})
    hits = service.cache.hits
    pid = service.worker.pid
    again = service.build_values("block", {"size": "4.1cm"})
    assert again is first
    assert service.cache.hits == hits + 1
    assert service.worker.pid == pid
    other_quality = service.build_values("block", {"size": 41}, quality="coarse")
    assert other_quality is not first


def test_invalid_values_never_reach_the_worker(service: BuildService) -> None:
    starts = service.worker.starts
    with pytest.raises(ValidationError, match="size = 500 mm is out of range"):
        service.build_values("block", {"size": 500})
    assert service.worker.starts == starts


def test_template_exception_is_a_clear_error_and_the_worker_survives(
    service: BuildService,
) -> None:
    pid = service.worker.pid
    with pytest.raises(BuildFailed) as info:
        service.build_values("block", {"mode": "raise"})
    assert info.value.kind == "template"
    assert "ZeroDivisionError: the designer divided by zero" in info.value.message
    assert "block.py:" in info.value.message
    assert "Traceback" in info.value.details
    assert service.build_values("block", {"size": 22}).parts
    assert service.worker.pid == pid


@pytest.mark.parametrize(
    ("mode", "kind", "fragment"),
    [
        ("hang", "timeout", "took longer than 3 s and was stopped"),
        ("exit", "crash", "exited unexpectedly (exit code 7)"),
        ("segv", "crash", "crashed (SIGSEGV)"),
    ],
)
def test_runaway_or_crashing_template_gets_a_fresh_worker(
    service: BuildService, mode: str, kind: str, fragment: str
) -> None:
    service.worker.start()
    old_pid = service.worker.pid
    with pytest.raises(BuildFailed) as info:
        service.build_values("block", {"mode": mode})
    assert info.value.kind == kind
    assert fragment in info.value.message
    result = service.build_values("block", {"size": 23})
    assert result.parts[0].volume_mm3 == pytest.approx(23 * 23 * 5)
    assert service.worker.pid != old_pid


def test_template_file_changed_after_loading(tmp_path: Path) -> None:
    from tests.core.conftest import template_source

    folder = tmp_path / "t"
    folder.mkdir()
    path = folder / "edit.py"
    path.write_text(template_source("edit"))
    registry = TemplateRegistry.discover([folder], use_entry_points=False, trust=TrustAll())
    path.write_text(template_source("edit") + "\n# changed\n")
    with BuildService(registry) as svc, pytest.raises(BuildFailed, match="changed since"):
        svc.build_values("edit")


def test_cancel_before_and_during_a_job(service: BuildService) -> None:
    import threading

    request = service.request("block", {"mode": "hang"})
    early = threading.Event()
    early.set()
    with pytest.raises(BuildFailed) as info:
        service.run_job("configurator.core.build:run_build", request, 30, cancel=early)
    assert info.value.kind == "cancelled"
    late = threading.Event()
    timer = threading.Timer(0.5, late.set)
    timer.start()
    with pytest.raises(BuildFailed) as info:
        service.run_job("configurator.core.build:run_build", request, 30, cancel=late)
    assert info.value.kind == "cancelled"
    assert service.build_values("block", {"size": 24}).parts  # a fresh worker takes over

"""The build pipeline's closed sets: qualities are an enum, worker jobs come from one table."""

from __future__ import annotations

import importlib
from pathlib import Path

import pytest

from configurator.core.jobs import Job
from configurator.core.registry import TemplateRegistry
from configurator.core.service import BuildService
from configurator.core.trust import TrustAll
from configurator.sdk.errors import FabwiseError
from configurator.sdk.results import Quality

SAMPLE_DIR = Path(__file__).resolve().parents[1] / "ui" / "sample_templates"


@pytest.mark.parametrize("job", list(Job))
def test_every_job_in_the_table_is_a_function_the_worker_can_import(job: Job) -> None:
    module, _, function = job.value.partition(":")
    assert callable(getattr(importlib.import_module(module), function))


def test_a_request_carries_a_quality_and_an_unknown_one_is_refused() -> None:
    registry = TemplateRegistry.discover([SAMPLE_DIR], use_entry_points=False, trust=TrustAll())
    service = BuildService(registry)
    try:
        request = service.request("sample-box", quality="coarse")
        assert request.quality is Quality.COARSE
        with pytest.raises(FabwiseError, match="no build quality 'glossy'"):
            service.request("sample-box", quality="glossy")
    finally:
        service.close()

"""What a worker does with one variant, run in this process (no cluster): every failure comes back
as data naming its stage and the template's own line."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from configurator.core import build
from configurator.core.registry import TemplateRegistry
from configurator.sweep import job
from eco_rules import EcoContext


@pytest.fixture(autouse=True)
def _restore_meshing() -> Iterator[None]:
    """A worker switches OCCT's parallel meshing off for its process; put it back for the tests
    that share this one."""
    before = build.PARALLEL_MESHING
    yield
    build.PARALLEL_MESHING = before


def _task(registry: TemplateRegistry, index: int, **values: object) -> job.VariantTask:
    entry = registry.get("sweep-block")
    params = entry.template.schema.validate(values)
    return job.VariantTask(index, entry.ref, params, EcoContext(country="FR"))


def test_a_built_variant_has_eco_figures_fit_status_and_part_requirements(registry: TemplateRegistry) -> None:
    outcome = job.evaluate_variant(_task(registry, 3, width=40, slots=2))
    assert outcome.outcome == "ok" and outcome.index == 3
    assert outcome.co2e_kg is not None and outcome.co2e_kg[0] <= outcome.co2e_kg[1] <= outcome.co2e_kg[2]
    assert outcome.grade in tuple("ABCDE")
    assert outcome.size_mm == (40.0, 30.0, 40.0)
    assert outcome.fit is not None and outcome.fit.status == "not checked"
    [(name, process, material, box, sheet)] = outcome.requirements
    assert (name, process, material, box, sheet) == ("block", "fdm", "pla", (40.0, 30.0, 40.0), None)
    assert outcome.build_s is not None and outcome.build_s >= 0.25  # the template's own delay
    assert job.running() is None  # nothing left marked as running


def test_a_template_error_is_a_failed_build_with_its_line(registry: TemplateRegistry) -> None:
    outcome = job.evaluate_variant(_task(registry, 4, height=90, slots=4, width=60))
    assert (outcome.outcome, outcome.stage) == ("failed", "build")
    assert "four slots" in outcome.message
    assert outcome.where.startswith("sweep_block.py:")
    assert outcome.co2e_kg is None

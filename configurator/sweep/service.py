"""A sweep from request to stored results: plan (or resume), run on a cluster, record each variant.

Front ends (the ``fabwise sweep`` command, benchmarks, tests) call :func:`plan` and then
:func:`run`; the report and the gallery read what :class:`~configurator.sweep.store.SweepStore`
holds.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from configurator.core.registry import TemplateRegistry
from configurator.sdk.errors import FabwiseError
from configurator.sdk.results import TemplateRef
from configurator.sweep import sampling
from configurator.sweep.job import VariantOutcome, VariantTask
from configurator.sweep.store import SweepStore, spec_key

DEFAULT_SAMPLES = 100
DEFAULT_TIMEOUT_S = 300.0  # per variant: build, measure, eco and fit (a finite-element solve)
NO_PLACE_NOTE = "no facility or country given: world average electricity, no delivery"


@dataclass(frozen=True)
class SweepRequest:
    template_id: str
    samples: int | None = None
    grid: tuple[str, ...] = ()
    seed: int = 0
    method: str = "lhs"
    corners: bool = True
    facility: str | None = None
    country: str | None = None
    fresh: bool = False
    skip_fit: bool = False

    def spec(self) -> dict[str, Any]:
        fit = {"fit": False} if self.skip_fit else {}
        if self.grid:
            return {"grid": list(self.grid), **fit}
        return {
            "samples": DEFAULT_SAMPLES if self.samples is None else self.samples,
            "seed": self.seed,
            "method": self.method,
            "corners": self.corners,
            **fit,
        }


@dataclass(frozen=True)
class Planned:
    sweep_id: int
    resumed: bool
    todo: int
    total: int
    ref: TemplateRef
    context: Any
    facility: Any
    notes: tuple[str, ...] = field(default=())
    skip_fit: bool = False


def eco_context(request: SweepRequest) -> tuple[Any, Any, dict[str, Any]]:
    """(EcoContext, facility or None, JSON description) for where the variants would be made."""
    from eco_rules import EcoContext

    if request.facility and request.country:
        raise FabwiseError("give --facility or --country, not both")
    if request.facility:
        from configurator.app.making import facility_context
        from configurator.core.facilities.store import FacilityStore

        store = FacilityStore()
        try:
            facility = store.get(request.facility)
        finally:
            store.close()
        context = facility_context(facility, 0.0, "van", ["sweep: delivery not counted (0 km)"])
        return context, facility, {"facility": facility.id, "eco": context.to_dict()}
    country = request.country.strip().upper() if request.country else None
    if country is not None and (len(country) != 2 or not country.isalpha()):
        raise FabwiseError(
            f"--country '{request.country}' is not a two-letter country code",
            hint="use ISO 3166-1 alpha-2, e.g. DE, FR, KE",
        )
    notes = () if country else (NO_PLACE_NOTE,)
    context = EcoContext(country=country, notes=notes)
    return context, None, {"facility": None, "eco": context.to_dict()}


def plan(registry: TemplateRegistry, request: SweepRequest, store: SweepStore) -> Planned:
    """Draw the variants and store them as a new sweep, or pick up an unfinished identical one."""
    entry = registry.get(request.template_id)
    template, ref = entry.template, entry.ref
    if request.grid and request.samples is not None:
        raise FabwiseError("give --samples or --grid, not both")
    context, facility, context_json = eco_context(request)
    spec = request.spec()
    if not request.fresh:
        existing = store.unfinished_match(template.id, spec_key(ref.fingerprint, spec, context_json))
        if existing is not None:
            todo = len(store.todo(existing.id))
            return Planned(
                existing.id,
                True,
                todo,
                existing.planned,
                ref,
                context,
                facility,
                existing.notes,
                request.skip_fit,
            )
    if request.grid:
        drawn = sampling.grid(template.schema, sampling.parse_grid(template.schema, request.grid))
    else:
        drawn = sampling.draw(
            template.schema,
            int(spec["samples"]),
            seed=request.seed,
            method=request.method,
            include_corners=request.corners,
        )
    if not drawn.variants:
        raise FabwiseError(
            "no valid variant to build: every candidate breaks the template's constraints",
            hint="widen the grid or sample more",
        )
    sweep_id = store.create(
        template_id=template.id,
        template_version=template.version,
        fingerprint=ref.fingerprint,
        spec=spec,
        context=context_json,
        variants=[(v.key, v.origin, v.params) for v in drawn.variants],
        rejected=drawn.rejected,
        duplicates=drawn.duplicates,
        notes=drawn.notes,
    )
    return Planned(
        sweep_id,
        False,
        len(drawn.variants),
        len(drawn.variants),
        ref,
        context,
        facility,
        drawn.notes,
        request.skip_fit,
    )


def outcome_row(outcome: VariantOutcome, attempts: int) -> dict[str, Any]:
    """The ``variants`` columns for a finished variant."""
    co2e = outcome.co2e_kg
    size = outcome.size_mm
    fit = outcome.fit
    return {
        "idx": outcome.index,
        "outcome": outcome.outcome,
        "stage": outcome.stage or None,
        "message": outcome.message or None,
        "location": outcome.where or None,
        "attempts": attempts,
        "worker": outcome.worker or None,
        "build_s": outcome.build_s,
        "measure_s": outcome.measure_s,
        "eco_s": outcome.eco_s,
        "fit_s": outcome.fit_s,
        "total_s": outcome.total_s,
        "co2e_low": co2e[0] if co2e else None,
        "co2e_kg": co2e[1] if co2e else None,
        "co2e_high": co2e[2] if co2e else None,
        "energy_mj": outcome.energy_mj,
        "mass_kg": outcome.mass_kg,
        "grade": outcome.grade,
        "repairability": outcome.repairability,
        "size_x": size[0] if size else None,
        "size_y": size[1] if size else None,
        "size_z": size[2] if size else None,
        "volume_mm3": outcome.volume_mm3,
        "parts": outcome.parts,
        "fit_status": fit.status if fit else None,
        "fit_json": json.dumps(fit.to_dict()) if fit else None,
        "facility_ok": None if outcome.facility_ok is None else int(outcome.facility_ok),
        "facility_reasons": "; ".join(outcome.facility_reasons) or None,
        "warnings_json": json.dumps(list(outcome.warnings)) if outcome.warnings else None,
        "parts_json": json.dumps(outcome.requirements) if outcome.requirements else None,
    }


@dataclass(frozen=True)
class RunResult:
    delivered: int
    wall_s: float
    cluster: str
    workers: int
    interrupted: bool


def run(
    store: SweepStore,
    planned: Planned,
    cluster: Any,
    on_outcome: Callable[[VariantOutcome], None] | None = None,
    stop: threading.Event | None = None,
    timeout: float | None = DEFAULT_TIMEOUT_S,
) -> RunResult:
    """Run the sweep's remaining variants on ``cluster`` (a :class:`runner.Cluster`), storing each
    as it finishes. An interrupt (Ctrl+C) keeps what finished; running again resumes."""
    from configurator.sweep.runner import run_tasks

    cluster.check_template(planned.ref)
    todo = store.todo(planned.sweep_id)
    tasks: Sequence[VariantTask] = [
        VariantTask(index, planned.ref, params, planned.context, planned.facility, planned.skip_fit)
        for index, params in todo
    ]
    info = cluster.info()
    start = time.perf_counter()
    delivered = 0
    interrupted = False

    def deliver(outcome: VariantOutcome, attempts: int) -> None:
        nonlocal delivered
        store.record(planned.sweep_id, outcome_row(outcome, attempts))
        delivered += 1
        if on_outcome is not None:
            on_outcome(outcome)

    try:
        run_tasks(cluster, tasks, deliver, stop, timeout)
    except KeyboardInterrupt:
        interrupted = True
        raise
    finally:
        wall = time.perf_counter() - start
        store.mark_run(planned.sweep_id, cluster=info.description, workers=info.workers, wall_s=wall)
    if delivered < len(tasks):
        interrupted = True
    return RunResult(delivered, wall, info.description, info.workers, interrupted)

"""What a sweep worker does with one variant: build it, score its footprint, check fit and facility.

This module runs inside Dask worker processes. The worker keeps warm state at module level: the
CAD kernel is imported once (:func:`warm_up`, called by the sweep's worker plugin when the worker
joins), templates are loaded once per worker and the eco engine is compiled once, then every
variant reuses them. OCCT's own thread pool is switched off in the worker (parallel booleans and
parallel meshing can hang in forked or spawned workers, and a Dask worker is one thread anyway).

Every failure comes back as data (:class:`VariantOutcome` with ``outcome`` and ``stage``), never as
an exception: a template that raises for one variant must not look like a lost worker.
"""

from __future__ import annotations

import os
import socket
import threading
import time
import traceback
from dataclasses import dataclass, field
from typing import Any

from configurator.sdk.errors import FabwiseError, ValidationError
from configurator.sdk.params import Value
from configurator.sdk.results import Quality, TemplateRef
from configurator.sweep.fit import FitSummary, check_fit

# Mesh quality of sweep builds: "coarse" measures everything (exact volume and area, checks,
# outlines) with the coarse mesh, which is all eco scoring and the report need.
SWEEP_QUALITY = Quality.COARSE

_lock = threading.Lock()
_state: dict[str, Any] = {}


@dataclass(frozen=True)
class VariantTask:
    """One variant to evaluate, as sent to a worker (picklable, no kernel objects)."""

    index: int
    ref: TemplateRef
    params: dict[str, Value]
    context: Any  # eco_rules.EcoContext
    facility: Any = None  # configurator.core.facilities.model.Facility, for the capability check
    skip_fit: bool = False


@dataclass(frozen=True)
class VariantOutcome:
    """What became of one variant. ``outcome`` is ``ok`` or ``failed`` (``stage`` says where:
    build, eco, fit or facility); the client adds ``lost`` for variants whose worker died."""

    index: int
    outcome: str
    stage: str = ""
    message: str = ""
    where: str = ""
    worker: str = ""
    build_s: float | None = None
    measure_s: float | None = None
    eco_s: float | None = None
    fit_s: float | None = None
    total_s: float | None = None
    co2e_kg: tuple[float, float, float] | None = None  # (low, value, high)
    energy_mj: float | None = None
    mass_kg: float | None = None
    grade: str | None = None
    repairability: float | None = None
    size_mm: tuple[float, float, float] | None = None
    volume_mm3: float | None = None
    parts: int | None = None
    fit: FitSummary | None = None
    facility_ok: bool | None = None
    facility_reasons: tuple[str, ...] = ()
    warnings: tuple[str, ...] = field(default=())
    # What each part asks of a workshop: (name, process, material, (x, y, z) mm, sheet mm or None)
    requirements: tuple[tuple[str, str, str, tuple[float, float, float], float | None], ...] = ()


def disable_occt_parallelism() -> None:
    """Boolean operations and meshing run single-threaded in this process."""
    from OCP.BOPAlgo import BOPAlgo_Options

    BOPAlgo_Options.SetParallelMode_s(False)
    from configurator.core import build

    build.PARALLEL_MESHING = False


def warm_up() -> str:
    """Import the kernel and compile the eco rules once in this process (idempotent)."""
    with _lock:
        if "engine" not in _state:
            import cadquery  # noqa: F401  (the import is the point: ~2 s, paid once)

            from eco_rules import default_engine

            disable_occt_parallelism()
            _state["engine"] = default_engine()
            _state["worker"] = f"{socket.gethostname()}:{os.getpid()}"
        return str(_state["worker"])


def _template(ref: TemplateRef) -> Any:
    """The template a ref points at, loaded once per worker (a changed file is reloaded)."""
    from configurator.core.registry import load_ref

    templates: dict[TemplateRef, Any] = _state.setdefault("templates", {})
    template = templates.get(ref)
    if template is None:
        template = templates[ref] = load_ref(ref)
    return template


def _user_frame(exc: BaseException) -> str:
    for frame in reversed(traceback.extract_tb(exc.__traceback__)):
        name = frame.filename
        if (
            "/configurator/" in name
            or "/eco_rules/" in name
            or ("/lib/python" in name and "site-packages" not in name)
        ):
            continue
        return f"{os.path.basename(name)}:{frame.lineno}"
    return ""


def _failure(
    task: VariantTask, stage: str, exc: BaseException, worker: str, started: float, **measured: Any
) -> VariantOutcome:
    if isinstance(exc, FabwiseError):
        message = exc.message
    else:
        message = f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
    if isinstance(exc, ValidationError):
        message = "; ".join(issue.message for issue in exc.issues)
    return VariantOutcome(
        task.index,
        "failed",
        stage,
        message,
        _user_frame(exc),
        worker,
        total_s=time.perf_counter() - started,
        **measured,
    )


def running() -> tuple[int, float] | None:
    """(index, seconds so far) of the variant this worker is evaluating, if any (the client's
    watchdog asks, to find variants that hang)."""
    current = _state.get("running")
    if current is None:
        return None
    index, since = current
    return int(index), time.monotonic() - float(since)


def evaluate_variant(task: VariantTask) -> VariantOutcome:
    """Build, measure, score and check one variant (runs on a worker)."""
    worker = warm_up()
    _state["running"] = (task.index, time.monotonic())
    try:
        return _evaluate(task, worker)
    finally:
        _state["running"] = None


def _evaluate(task: VariantTask, worker: str) -> VariantOutcome:
    started = time.perf_counter()
    from configurator.core.build import build_product, result_of

    try:
        template = _template(task.ref)
        built = build_product(template, dict(task.params))
        result = result_of(built, SWEEP_QUALITY)
    except Exception as exc:
        return _failure(task, "build", exc, worker, started)
    low, high = result.assembled_bounds()
    size = tuple(round(h - lo, 4) for lo, h in zip(low, high, strict=True))
    geometry: dict[str, Any] = {
        "build_s": result.build_seconds,
        "measure_s": result.tessellate_seconds,
        "size_mm": size,
        "volume_mm3": result.total_volume_mm3,
        "parts": len(result.parts),
        "warnings": result.warnings,
        "requirements": tuple(
            (
                p.name,
                p.process,
                p.material,
                tuple(round(float(v), 3) for v in p.bbox_mm),
                p.sheet_thickness_mm,
            )
            for p in result.parts
        ),
    }
    mark = time.perf_counter()
    try:
        report = _state["engine"].evaluate(result, task.context)
    except Exception as exc:
        return _failure(task, "eco", exc, worker, started, **geometry)
    eco_s = time.perf_counter() - mark
    total = report.total_co2e_kg
    eco: dict[str, Any] = {
        "eco_s": eco_s,
        "co2e_kg": (total.low, total.value, total.high),
        "energy_mj": report.total_energy_mj.value,
        "mass_kg": report.product_mass_kg.value,
        "grade": report.grade.letter,
        "repairability": report.repairability.score,
    }
    mark = time.perf_counter()
    try:
        fit = check_fit(template, built, skip=task.skip_fit)
    except Exception as exc:
        return _failure(task, "fit", exc, worker, started, **geometry, **eco)
    eco["fit_s"] = time.perf_counter() - mark
    facility_ok: bool | None = None
    reasons: tuple[str, ...] = ()
    if task.facility is not None:
        from configurator.app.making import part_requirements
        from configurator.core.facilities.matching import assess_facility

        found, _ = assess_facility(task.facility, part_requirements(result))
        facility_ok, reasons = not found, tuple(found)
    return VariantOutcome(
        task.index,
        "ok",
        worker=worker,
        total_s=time.perf_counter() - started,
        fit=fit,
        facility_ok=facility_ok,
        facility_reasons=reasons,
        **geometry,
        **eco,
    )

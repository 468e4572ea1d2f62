"""Fit for use in a sweep: one hook, and an honest "not checked" when there is nothing to check.

A variant is checked against the conditions of use its template declares (loads, temperature, …)
by the fit-for-use engine, on the same B-rep the sweep just built, when both exist. When the
template declares no conditions, or this Fabwise has no fit engine, or the sweep was asked to skip
fit checks, the verdict says so in words: a sweep never reports a variant as fit for use without a
check that established it.

The engine is found by :func:`fit_engine`: the one set with :func:`set_fit_engine` (tests), else
the fit-for-use module's ``check_conditions`` when it is installed.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

HOLDS, FAILS, UNKNOWN, NOT_CHECKED = "holds", "fails", "unknown", "not checked"
NO_CONDITIONS = "not checked: the template declares no conditions of use"
NO_ENGINE = "not checked: fit-for-use checks are not available in this version of Fabwise"
SKIPPED = "not checked: fit checks were skipped for this sweep (--no-fit)"
# Where the fit-for-use engine lives (``check_conditions(conditions, template_id, params, product,
# shapes) -> report`` with ``status`` and ``verdicts``), newest layout first.
ENGINE_MODULES = ("configurator.core.fit_job", "configurator.sdk.fit_job", "configurator.app.fit_job")


@dataclass(frozen=True)
class FitVerdict:
    condition: str
    verdict: str  # holds, fails, unknown
    detail: str = ""  # safety factor or margin, and what decided it


@dataclass(frozen=True)
class FitSummary:
    """The variant's fit for use: ``holds`` only if every declared condition holds."""

    status: str  # holds, fails, unknown, not checked
    reason: str = ""
    verdicts: tuple[FitVerdict, ...] = ()
    min_safety_factor: float | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "status": self.status,
            "reason": self.reason,
            "min_safety_factor": self.min_safety_factor,
            "verdicts": [
                {"condition": v.condition, "verdict": v.verdict, "detail": v.detail} for v in self.verdicts
            ],
        }


# (template, built product) -> summary of every declared condition
FitEngine = Callable[[Any, Any], FitSummary]
_override: list[FitEngine | None] = []


def set_fit_engine(engine: FitEngine | None) -> None:
    """Use ``engine`` for fit checks in this process (None: no engine); tests use it."""
    _override[:] = [engine]


def reset_fit_engine() -> None:
    _override.clear()


def declared_conditions(template: Any) -> Any:
    """The conditions of use a template declares, or None (templates that predate them)."""
    conditions = getattr(template, "conditions", None)
    if conditions is None or not getattr(conditions, "declared", True):
        return None
    return conditions


def summarise(verdicts: Sequence[FitVerdict], min_safety_factor: float | None = None) -> FitSummary:
    """``fails`` if any condition fails, else ``unknown`` if any is unknown, else ``holds``."""
    states = {v.verdict for v in verdicts}
    if FAILS in states:
        status = FAILS
        reason = "; ".join(f"{v.condition}: {v.detail}" for v in verdicts if v.verdict == FAILS)
    elif UNKNOWN in states or not verdicts:
        status = UNKNOWN
        reason = "; ".join(f"{v.condition}: {v.detail}" for v in verdicts if v.verdict == UNKNOWN)
        reason = reason or "the template declares conditions but none could be checked"
    else:
        status, reason = HOLDS, f"all {len(verdicts)} condition(s) hold"
    return FitSummary(status, reason, tuple(verdicts), min_safety_factor)


def _engine_from_module() -> FitEngine | None:
    for name in ENGINE_MODULES:
        try:
            module = importlib.import_module(name)
        except ImportError:
            continue
        check = getattr(module, "check_conditions", None)
        if callable(check):
            return _adapter(check)
    return None


def _adapter(check: Callable[..., Any]) -> FitEngine:
    def engine(template: Any, built: Any) -> FitSummary:
        report = check(template.conditions, template.id, built.params, built.product, built.shapes)
        verdicts = []
        for v in report.verdicts:
            detail = v.reason
            if getattr(v, "safety_factor", None) is not None:
                detail = f"safety factor {v.safety_factor:.2g}; {detail}"
            verdicts.append(FitVerdict(v.condition, v.status, detail))
        summary = summarise(verdicts, getattr(report, "min_safety_factor", None))
        if summary.status != report.status:  # the engine's own verdict wins, with our words
            return FitSummary(report.status, summary.reason, summary.verdicts, summary.min_safety_factor)
        return summary

    return engine


def fit_engine() -> FitEngine | None:
    if _override:
        return _override[0]
    return _engine_from_module()


def check_fit(template: Any, built: Any, skip: bool = False) -> FitSummary:
    """The fit-for-use summary of a built variant (see the module's docstring)."""
    if declared_conditions(template) is None:
        return FitSummary(NOT_CHECKED, NO_CONDITIONS)
    if skip:
        return FitSummary(NOT_CHECKED, SKIPPED)
    engine = fit_engine()
    if engine is None:
        return FitSummary(NOT_CHECKED, NO_ENGINE)
    return engine(template, built)

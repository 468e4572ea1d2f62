"""Fit for use in a sweep: one hook, and an honest "not checked" when there is nothing to check.

A variant is checked against the conditions of use its template declares (loads, temperature, …)
by the fit-for-use engine, when both exist. When the template declares no conditions, or this
version of Fabwise has no fit engine, the verdict says so in words: a sweep never reports a variant
as fit for use without a check that established it.

The hook is :func:`check_fit`; the engine plugs in through :func:`set_fit_engine` (or is found by
:func:`_default_engine` when its module is installed).
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from configurator.core.results import BuildResult, TemplateRef

HOLDS, FAILS, UNKNOWN, NOT_CHECKED = "holds", "fails", "unknown", "not checked"
NO_CONDITIONS = "not checked: the template declares no conditions of use"
NO_ENGINE = "not checked: fit-for-use checks are not available in this version of Fabwise"


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

    def to_dict(self) -> dict[str, Any]:
        return {"status": self.status, "reason": self.reason,
                "verdicts": [{"condition": v.condition, "verdict": v.verdict, "detail": v.detail}
                             for v in self.verdicts]}


# (template, build result) -> verdicts, one per declared condition
FitEngine = Callable[[Any, BuildResult], Sequence[FitVerdict]]
_engine: list[FitEngine | None] = []


def set_fit_engine(engine: FitEngine | None) -> None:
    """Use ``engine`` for fit checks in this process (None: no engine)."""
    _engine[:] = [engine]


def _default_engine() -> FitEngine | None:
    if _engine:
        return _engine[0]
    return None


def declared_conditions(template: Any) -> tuple[Any, ...]:
    """The conditions of use a template declares (none for templates that predate them)."""
    for name in ("conditions", "use_conditions"):
        found = getattr(template, name, None)
        if found:
            return tuple(found)
    return ()


@functools.lru_cache(maxsize=64)
def _load(ref: TemplateRef) -> Any:
    from configurator.core.registry import load_ref

    return load_ref(ref)


def summarise(verdicts: Sequence[FitVerdict]) -> FitSummary:
    """``fails`` if any condition fails, else ``unknown`` if any is unknown, else ``holds``."""
    states = {v.verdict for v in verdicts}
    if FAILS in states:
        status = FAILS
        reason = "; ".join(f"{v.condition}: {v.detail}" for v in verdicts if v.verdict == FAILS)
    elif UNKNOWN in states or not verdicts:
        status, reason = UNKNOWN, "; ".join(v.condition for v in verdicts if v.verdict == UNKNOWN)
    else:
        status, reason = HOLDS, f"all {len(verdicts)} condition(s) hold"
    return FitSummary(status, reason, tuple(verdicts))


def check_fit(ref: TemplateRef, result: BuildResult) -> FitSummary:
    """The fit-for-use summary of a built variant (see the module's docstring)."""
    template = _load(ref)
    if not declared_conditions(template):
        return FitSummary(NOT_CHECKED, NO_CONDITIONS)
    engine = _default_engine()
    if engine is None:
        return FitSummary(NOT_CHECKED, NO_ENGINE)
    return summarise(list(engine(template, result)))

"""Speculative builds while a slider is dragged: build the values the drag is heading for.

The session reports every dragged value. A hand moves a slider at a fairly even speed, so the next
value is guessed from the recent steps (:func:`~configurator.core.drag.drag_candidates`: the next
slider position at the recent speed, its two neighbours, then one more step ahead), and those values
are queued on the build service's second, lower-priority worker
(:meth:`~configurator.core.service.BuildService.speculate_values`), at the quality the drag
previews at. Each new step replaces the queued guesses, a reversal replaces them with guesses the
other way, and releasing the slider (or any committed change, or another template) drops them. Speculative
results only fill the shared cache: when the user reaches a guessed value the preview is a cache
hit (or waits for the guess already being built); a guess the user never reaches is never shown.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from configurator.core.drag import drag_candidates
from configurator.core.service import BuildService
from configurator.sdk.params import Parameter, Value
from configurator.sdk.results import BuildRequest, Quality, TemplateRef

LOOKAHEAD = 4  # values guessed at each step
RECENT_STEPS = 3  # how many past steps set the drag's speed


def _number(value: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return float(value)


class DragSpeculation:
    """Turns the movement of a drag into speculative builds of the values ahead of it."""

    def __init__(self, service: BuildService, lookahead: int = LOOKAHEAD, enabled: bool = True) -> None:
        self.service = service
        self.lookahead = lookahead
        self.enabled = enabled
        self.queued_total = 0  # guesses queued since start (for benchmarks and the status)
        self._param = ""
        self._recent: list[float] = []

    def moved(
        self,
        ref: TemplateRef,
        values: Mapping[str, Value],
        param: Parameter,
        previous: Value | None,
        quality: Quality,
    ) -> int:
        """``param`` was dragged from ``previous`` to ``values[param.name]`` (``values`` valid and
        canonical): queue the values the drag will likely reach next. Returns how many."""
        if not self.enabled:
            return 0
        new, old = _number(values.get(param.name)), _number(previous)
        if new is None or old is None or new == old:
            return 0
        if param.name != self._param:
            self._param, self._recent = param.name, []
        self._recent = [*self._recent, new - old][-RECENT_STEPS:]
        candidates = drag_candidates(param, new, self._recent, self.lookahead)
        request = BuildRequest(ref, dict(values), quality)
        queued = self.service.speculate_values(request, param.name, candidates)
        self.queued_total += queued
        return queued

    def stop(self) -> None:
        """The drag ended (or the design changed otherwise): drop the queued guesses."""
        self._param, self._recent = "", []
        self.service.cancel_speculation()

    def prestart(self) -> None:
        """Start the speculative worker in the background, so the first drag finds it warm."""
        if self.enabled:
            self.service.speculator.prestart()

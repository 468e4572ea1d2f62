"""How a numeric parameter is dragged: the grid of values a slider stands for, and where a drag is
heading next.

A slider has integer positions; position ``i`` stands for ``minimum + i * unit`` (the parameter's
step, or a coarser unit when the range would need more than :data:`MAX_POSITIONS` positions).
Every value a drag can produce is therefore on this grid, and so are the guesses of
:func:`drag_candidates`, which is what makes a speculative build of a guess a cache hit when the
user gets there.
"""

from __future__ import annotations

from collections.abc import Sequence

from configurator.sdk.params import Parameter, ParamKind

MAX_POSITIONS = 2000
GRID_DECIMALS = 9  # values are rounded like this, so equal positions give equal cache keys


def slider_positions(param: Parameter) -> int:
    """How many steps the slider of ``param`` has (at least 1)."""
    assert param.minimum is not None and param.maximum is not None
    step = float(param.step or 1.0)
    return max(1, min(round((param.maximum - param.minimum) / step), MAX_POSITIONS))


def slider_value(param: Parameter, position: int) -> float | int:
    """The value at slider ``position``."""
    assert param.minimum is not None and param.maximum is not None
    low, high = float(param.minimum), float(param.maximum)
    positions = slider_positions(param)
    if positions == round((high - low) / float(param.step or 1.0)):
        value = low + position * float(param.step or 1.0)
    else:
        value = low + (high - low) * position / positions
    value = min(max(value, low), high)
    return round(value) if param.kind is ParamKind.COUNT else round(value, GRID_DECIMALS)


def slider_position(param: Parameter, value: float) -> int:
    """The slider position nearest to ``value``."""
    assert param.minimum is not None and param.maximum is not None
    low, high = float(param.minimum), float(param.maximum)
    if high <= low:
        return 0
    return round((value - low) / (high - low) * slider_positions(param))


def drag_candidates(
    param: Parameter, current: float, recent: Sequence[float], count: int = 3
) -> list[float | int]:
    """The values a drag of ``param`` now at ``current`` is likely to reach next, most likely first.

    ``recent`` are the last few changes of the dragged value (newest last). The drag is assumed to
    go on at its recent speed (the mean of the recent changes in the current direction): the next
    position is guessed first, then its two neighbours (a hand is not a metronome), then further
    positions at the same speed. Every candidate is a slider value, inside the range, and differs
    from ``current``. (The build worker, at normal priority, takes the first guess; the
    low-priority speculative worker the next ones.)
    """
    if not recent or recent[-1] == 0 or count <= 0:
        return []
    direction = 1 if recent[-1] > 0 else -1
    same_way = []
    for change in reversed(recent):
        if change * direction <= 0:
            break
        same_way.append(abs(change))
    here = slider_position(param, current)
    speed = max(
        1,
        round(slider_position(param, current + direction * sum(same_way) / len(same_way)) - here) * direction,
    )
    offsets = [speed, speed + 1, speed - 1, *(speed * k for k in range(2, count + 1))]
    candidates: list[float | int] = []
    seen = {here}
    for offset in offsets:
        position = here + direction * offset
        if position in seen or not 0 <= position <= slider_positions(param):
            continue
        seen.add(position)
        candidates.append(slider_value(param, position))
        if len(candidates) == count:
            break
    return candidates

"""The scripted drag both preview benchmarks use, and small measuring helpers (no CadQuery, no Qt)."""

from __future__ import annotations

import statistics
from collections.abc import Sequence
from pathlib import Path

from configurator.core.drag import slider_position, slider_value
from configurator.core.registry import TemplateEntry
from configurator.sdk.params import Parameter, ParamKind


def drag_parameter(entry: TemplateEntry) -> Parameter | None:
    """The first length parameter (the one a user is most likely to drag)."""
    for param in entry.template.schema.parameters:
        if param.kind is ParamKind.LENGTH and param.minimum is not None and param.maximum is not None:
            return param
    return None


def drag_end(param: Parameter) -> float:
    """From the default toward the farther end of the range."""
    assert param.minimum is not None and param.maximum is not None
    start = float(param.default)  # type: ignore[arg-type]
    far_up = param.maximum - start >= start - param.minimum
    return float(param.maximum if far_up else param.minimum)


def valid_prefix(entry: TemplateEntry, name: str, values: Sequence[float]) -> list[float]:
    """The values from the start of the drag up to the first one the template refuses."""
    schema = entry.template.schema
    kept = []
    for value in values:
        _, issues = schema.check({name: value})
        if issues:
            break
        kept.append(value)
    return kept


def slider_plan(entry: TemplateEntry, steps: int) -> tuple[Parameter, list[int], list[float]] | None:
    """The scripted drag: ``steps`` slider moves of the first length parameter from its default
    toward the farther end of its range (whole slider positions, so the steps are as uneven as a
    hand's: 3, 3, 4, 3, ...), up to the first value the template refuses."""
    param = drag_parameter(entry)
    if param is None:
        return None
    start = slider_position(param, float(param.default))  # type: ignore[arg-type]
    end = slider_position(param, drag_end(param))
    positions: list[int] = []
    for i in range(1, steps + 1):
        position = round(start + (end - start) * i / steps)
        if position != start and (not positions or position != positions[-1]):
            positions.append(position)
    values = valid_prefix(entry, param.name, [slider_value(param, p) for p in positions])
    return param, positions[: len(values)], values


def ms(values: Sequence[float]) -> tuple[float, float]:
    """Median and p95 of seconds, in milliseconds."""
    if not values:
        return float("nan"), float("nan")
    ordered = sorted(values)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return statistics.median(ordered) * 1000, p95 * 1000


def rss_mb(pid: int | None, field: str = "VmHWM") -> float:
    """Peak (VmHWM) or current (VmRSS) resident memory of a process, in MB."""
    if pid is None:
        return float("nan")
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith(f"{field}:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return float("nan")


def load_note() -> str:
    """The machine's load averages and core count, to print next to every result."""
    import os

    one, five, fifteen = os.getloadavg()
    return f"load average {one:.1f} / {five:.1f} / {fifteen:.1f} on {os.cpu_count()} cores"

"""Laser job time for a sheet part, as instant-quote services compute it.

time = cut length / cutting speed            (speed for the material and sheet thickness)
     + pierces x pierce time                 (one pierce per closed outline)
     + raster area / (engrave speed x line spacing)   (the rectangle the head sweeps)
     + travel length / rapid speed           (head off, between outlines, nearest-first order)

Every speed and time is a sourced factor row (``resources/data/eco/laser_speeds.csv`` and
``laser_job.csv``) with low/high bounds, so the result is a range and names its factors.
A facility's own speed table is not modelled yet; its hourly rate and set-up fee are (quotes).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from configurator.sdk.results import PartResult
from eco_rules.expr import EvalEnv
from eco_rules.factors import FactorBook
from eco_rules.functions import build_functions
from eco_rules.interval import Interval


@dataclass(frozen=True)
class LaserTime:
    """One copy of one sheet part on the laser: the terms, their sum, and the factors used."""

    cut_s: Interval
    pierce_s: Interval
    engrave_s: Interval
    travel_s: Interval
    cut_length_mm: float
    pierces: int
    engrave_area_mm2: float
    travel_mm: float
    factor_ids: tuple[str, ...]
    notes: tuple[str, ...] = ()

    @property
    def total_s(self) -> Interval:
        return self.cut_s + self.pierce_s + self.engrave_s + self.travel_s

    @property
    def hours(self) -> Interval:
        return self.total_s / 3600.0

    def describe(self) -> str:
        parts = [
            f"cut {self.cut_length_mm:.0f} mm ({self.cut_s.value:.0f} s)",
            f"{self.pierces} pierces ({self.pierce_s.value:.0f} s)",
        ]
        if self.engrave_area_mm2 > 0:
            parts.append(f"engrave {self.engrave_area_mm2 / 100:.1f} cm² ({self.engrave_s.value:.0f} s)")
        parts.append(f"travel {self.travel_mm:.0f} mm ({self.travel_s.value:.0f} s)")
        return "laser time " + ", ".join(parts) + " (speed table, not the workshop's own)"


def _start(path: np.ndarray) -> np.ndarray:
    return np.asarray(path[0, :2], dtype=np.float64)


def travel_length(paths: list[np.ndarray]) -> float:
    """Head-off travel from the origin through every path start, nearest start next (greedy)."""
    if not paths:
        return 0.0
    starts = [_start(p) for p in paths if len(p)]
    ends = [np.asarray(p[-1, :2], dtype=np.float64) for p in paths if len(p)]
    here = np.zeros(2)
    left = list(range(len(starts)))
    total = 0.0
    while left:
        distances = [float(np.hypot(*(starts[i] - here))) for i in left]
        pick = int(np.argmin(distances))
        total += distances[pick]
        index = left.pop(pick)
        here = ends[index]
    return total


def raster_area(paths: tuple[np.ndarray, ...]) -> float:
    """Area of the rectangle around the engraving, which a raster engraver sweeps line by line."""
    points = [np.asarray(p[:, :2], dtype=np.float64) for p in paths if len(p)]
    if not points:
        return 0.0
    stacked = np.vstack(points)
    width, height = stacked.max(axis=0) - stacked.min(axis=0)
    return float(width * height)


def laser_time(part: PartResult, book: FactorBook) -> LaserTime:
    """Time to cut (and engrave) one copy of ``part`` on a CO2 laser, with bounds."""
    if not part.is_sheet or part.sheet_thickness_mm is None:
        raise ValueError(f"part '{part.name}' is not a sheet part")
    env = EvalEnv({})
    speed = build_functions(book)["laser_speed"].impl(env, part.material, float(part.sheet_thickness_mm))
    cut_mm = float(part.cut_length_mm or 0.0)
    outlines = [np.asarray(o) for o in part.outlines]
    pierces = max(1, len(outlines)) if cut_mm > 0 else 0
    factor = book.process
    pierce = factor["process.laser.pierce_s"]
    rapid = factor["process.laser.travel_speed"]
    engrave_speed = factor["process.laser.engrave_speed"]
    line = factor["process.laser.engrave_line_mm"]
    used = [*env.used, pierce.id, rapid.id]
    area = raster_area(part.engraving_paths)
    engrave = Interval.exact(0.0)
    if area > 0:
        engrave = (area / line.interval) / engrave_speed.interval
        used += [engrave_speed.id, line.id]
    travel_mm = travel_length(outlines + [np.asarray(p) for p in part.engraving_paths])
    return LaserTime(
        cut_s=cut_mm / speed if cut_mm > 0 else Interval.exact(0.0),
        pierce_s=pierce.interval * float(pierces),
        engrave_s=engrave,
        travel_s=travel_mm / rapid.interval if travel_mm > 0 else Interval.exact(0.0),
        cut_length_mm=cut_mm,
        pierces=pierces,
        engrave_area_mm2=area,
        travel_mm=travel_mm,
        factor_ids=tuple(dict.fromkeys(used)),
        notes=tuple(env.notes),
    )

"""Machined parts: the standard stock a part is cut from, and the machining time.

One place for both, so the eco rules (material bought, electricity) and anything else that needs
them (quotes, job sheets) use the same model:

- :func:`standard_stock` picks the smallest standard stock (flat bar cut to length, or plate sawn to
  size) from ``resources/data/eco/stock_sizes.csv`` that holds the part's bounding box, plus a saw
  and facing allowance on each cut side. A thicker flange therefore no longer means a smaller
  block: the block is what a shop would buy.
- :func:`machining_hours` is removed volume / material removal rate + a fixed set-up time per part.

Both return :class:`~eco_rules.interval.Interval` values with the factor ids they used, so every
figure stays traceable.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace

import numpy as np

from configurator.sdk.results import FloatArray, IntArray
from eco_rules.factors import Factor, FactorBook
from eco_rules.interval import Interval

SETUP_FACTOR = "process.cnc.setup_time_h"
ALLOWANCE_FACTOR = "process.cnc_mill.stock_margin_mm"


@dataclass(frozen=True)
class Stock:
    """The stock blank for one part: its size (mm), volume (mm3) and the rows it came from."""

    description: str
    size_mm: tuple[float, float, float]
    volume_mm3: Interval
    factor_ids: tuple[str, ...]
    standard: bool  # False: no standard size holds the part (bounding box + allowance used)


def _family(book: FactorBook, material: str) -> str:
    entry = book.materials.get(material)
    return entry.family if entry is not None else ""


def _sample_points(vertices: FloatArray, faces: IntArray) -> FloatArray:
    """Mesh vertices plus face centres: a face bridging the empty corner of an angle shows up."""
    points = np.asarray(vertices, dtype=float)
    if len(faces):
        points = np.vstack([points, points[np.asarray(faces)].mean(axis=1)])
    return points


def angle_fit(points: FloatArray, leg: float, wall: float) -> tuple[int, float] | None:
    """Whether an equal angle (legs ``leg``, wall ``wall``, root radius = wall) holds the points:
    returns (extrusion axis, length) or None. Every point must lie in one leg or in the root."""
    if len(points) == 0:
        return None
    low, high = points.min(axis=0), points.max(axis=0)
    extent = high - low
    for axis in range(3):
        u, v = (i for i in range(3) if i != axis)
        if extent[u] > leg + 1e-6 or extent[v] > leg + 1e-6:
            continue
        for du in (points[:, u] - low[u], high[u] - points[:, u]):
            for dv in (points[:, v] - low[v], high[v] - points[:, v]):
                inside = (
                    (du <= wall + 1e-6)
                    | (dv <= wall + 1e-6)
                    | ((du <= 2 * wall + 1e-6) & (dv <= 2 * wall + 1e-6))
                )
                if bool(inside.all()):
                    return axis, float(extent[axis])
    return None


def standard_stock(
    book: FactorBook,
    material: str,
    bbox_mm: tuple[float, float, float],
    vertices: FloatArray | None = None,
    faces: IntArray | None = None,
) -> Stock:
    """The smallest standard stock (by volume) that holds a part of this bounding box. With the
    part's mesh, standard angles are tried too (an L-shaped part is cut from angle, not from a
    solid bar, when its section fits the angle's)."""
    allowance = book.process[ALLOWANCE_FACTOR]
    a, b, c = sorted(float(v) for v in bbox_mm)
    family = _family(book, material)
    options: list[tuple[float, Stock]] = []
    points = (
        _sample_points(vertices, faces if faces is not None else np.zeros((0, 3), int))
        if vertices is not None and len(vertices)
        else None
    )

    def volume(t: float, w: float | None, length: float) -> Interval:
        # Bar: cut to length (allowance on both ends). Plate: sawn on four sides.
        def at(x: float) -> float:
            width = w if w is not None else b + 2 * x
            return t * width * (length + 2 * x)

        return Interval(at(allowance.low), at(allowance.value), at(allowance.high))

    for factor, (form, t, w) in book.stock_sizes.get(family, ()):
        if form == "angle":
            if points is None or w is None:
                continue
            fit = angle_fit(points, w, t)
            if fit is None:
                continue
            section = t * (2 * w - t)

            def angle_volume(x: float, section: float = section, length: float = fit[1]) -> float:
                return section * (length + 2 * x)

            vol = Interval(
                angle_volume(allowance.low), angle_volume(allowance.value), angle_volume(allowance.high)
            )
            cut = fit[1] + 2 * allowance.value
            stock = Stock(
                f"equal angle {w:g} x {w:g} x {t:g} mm, cut to {cut:.0f} mm",
                (w, w, cut),
                vol,
                (factor.id, allowance.id),
                True,
            )
            options.append((vol.value, stock))
            continue
        if t < a:
            continue
        if form == "round_bar":
            if (a * a + b * b) ** 0.5 > t:
                continue
            area = math.pi * t * t / 4

            def round_volume(x: float, area: float = area) -> float:
                return area * (c + 2 * x)

            vol = Interval(
                round_volume(allowance.low), round_volume(allowance.value), round_volume(allowance.high)
            )
            stock = Stock(
                f"round bar {t:g} mm, cut to {c + 2 * allowance.value:.0f} mm",
                (t, t, c + 2 * allowance.value),
                vol,
                (factor.id, allowance.id),
                True,
            )
        elif form == "flat_bar":
            assert w is not None
            if w < b:
                continue
            vol = volume(t, w, c)
            stock = Stock(
                f"flat bar {t:g} x {w:g} mm, cut to {c + 2 * allowance.value:.0f} mm",
                (t, w, c + 2 * allowance.value),
                vol,
                (factor.id, allowance.id),
                True,
            )
        else:
            vol = volume(t, None, c)
            stock = Stock(
                f"plate {t:g} mm, sawn to {b + 2 * allowance.value:.0f} x {c + 2 * allowance.value:.0f} mm",
                (t, b + 2 * allowance.value, c + 2 * allowance.value),
                vol,
                (factor.id, allowance.id),
                True,
            )
        options.append((vol.value, stock))
    if options:
        # Each bound is the smallest stock at that bound's allowance (a shop buys the smallest size
        # that holds the part with the allowance it really needs), so every bound grows with the part.
        chosen = min(options, key=lambda item: item[0])[1]
        low = min(options, key=lambda item: item[1].volume_mm3.low)[1]
        high = min(options, key=lambda item: item[1].volume_mm3.high)[1]
        ids = tuple(dict.fromkeys((*chosen.factor_ids, *low.factor_ids, *high.factor_ids)))
        bounded = Interval(low.volume_mm3.low, chosen.volume_mm3.value, high.volume_mm3.high)
        return replace(chosen, volume_mm3=bounded, factor_ids=ids)

    def block(x: float) -> float:
        return (a + 2 * x) * (b + 2 * x) * (c + 2 * x)

    vol = Interval(block(allowance.low), block(allowance.value), block(allowance.high))
    size = (a + 2 * allowance.value, b + 2 * allowance.value, c + 2 * allowance.value)
    return Stock("no standard size holds it: bounding box plus allowance", size, vol, (allowance.id,), False)


def sheet_that_holds(
    book: FactorBook, material: str, bbox_mm: tuple[float, float, float]
) -> tuple[Factor | None, tuple[Factor, ...]]:
    """The smallest standard sheet a flat part fits on (None if none does), and the sheets known."""
    x, y = sorted(float(v) for v in bbox_mm)[1:]
    sheets = book.sheet_sizes.get(_family(book, material), [])
    fitting = [
        (f, (length, width))
        for f, (length, width) in sheets
        if (x <= width and y <= length) or (x <= length and y <= width)
    ]
    best = min(fitting, key=lambda item: item[1][0] * item[1][1])[0] if fitting else None
    return best, tuple(f for f, _ in sheets)


def removal_rate(book: FactorBook, process: str, material: str) -> Factor | None:
    return book.cnc_rates.get((process, material))


def cutting_hours(
    book: FactorBook,
    process: str,
    material: str,
    removed_mm3: Interval | float,
) -> tuple[Interval, tuple[str, ...]]:
    """Time the spindle cuts: removed volume / material removal rate (mm3/min), in hours.

    Raises ``KeyError`` when there is no removal rate for this process and material."""
    rate = removal_rate(book, process, material)
    if rate is None:
        raise KeyError(f"no {process} removal rate for material '{material}'")
    removed = removed_mm3 if isinstance(removed_mm3, Interval) else Interval.exact(float(removed_mm3))
    return removed / rate.interval / 60.0, (rate.id,)


def machining_hours(
    book: FactorBook,
    process: str,
    material: str,
    removed_mm3: Interval | float,
) -> tuple[Interval, tuple[str, ...]]:
    """Machine time for one part: cutting time + a fixed set-up time per part (clamping, zeroing,
    tool changes). Returns the hours (with bounds) and the factor ids used. The footprint rules
    compute ``machine_hours`` the same way (a test checks that they agree)."""
    cutting, ids = cutting_hours(book, process, material, removed_mm3)
    setup = book.process[SETUP_FACTOR]
    return cutting + setup.interval, (*ids, setup.id)

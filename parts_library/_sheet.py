"""Flat parts cut from sheet (laser, CNC router): rectilinear outlines with finger joints, kerf
allowance and router dog-bones.

An edge profile says, along one edge of a rectangular panel, where the outline sits on the edge
(inset 0) and where it steps in by some depth (a notch the mating panel's finger fills). Panels are
traced counter-clockwise from their profiles; the result is a list of 2D points for
:func:`parts_library._geometry.prism`.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import pairwise

import cadquery as cq

from parts_library import _geometry as geo
from parts_library._geometry import Point


@dataclass(frozen=True)
class Run:
    """A stretch ``start``..``end`` of an edge whose outline is ``inset`` in from the edge."""

    start: float
    end: float
    inset: float


Profile = tuple[Run, ...]


def straight(length: float) -> Profile:
    return (Run(0.0, length, 0.0),)


def finger_count(span: float, finger_width: float) -> int:
    """The odd number of fingers (at least 3) whose width is closest to ``finger_width``."""
    raw = span / finger_width
    lower = max(3, int(raw) if int(raw) % 2 == 1 else int(raw) - 1)
    upper = lower + 2
    return lower if abs(span / lower - finger_width) <= abs(span / upper - finger_width) else upper


def fingers(
    length: float,
    start: float,
    end: float,
    count: int,
    depth: float,
    *,
    first_in: bool,
    start_in: bool,
    end_in: bool,
) -> Profile:
    """An edge of ``length`` with ``count`` equal fingers between ``start`` and ``end``.

    ``first_in``: the first finger is a notch (the mate's finger), then they alternate.
    ``start_in``/``end_in``: whether the corner stretches before ``start`` / after ``end`` are
    notched.
    """
    runs = []
    if start > 0:
        runs.append(Run(0.0, start, depth if start_in else 0.0))
    width = (end - start) / count
    for i in range(count):
        notched = (i % 2 == 0) == first_in
        runs.append(Run(start + i * width, start + (i + 1) * width, depth if notched else 0.0))
    if end < length:
        runs.append(Run(end, length, depth if end_in else 0.0))
    return tuple(runs)


def _reverse(profile: Profile, length: float) -> Profile:
    return tuple(Run(length - r.end, length - r.start, r.inset) for r in reversed(profile))


def panel_outline(width: float, height: float, bottom: Profile, right: Profile, top: Profile,
                  left: Profile) -> list[Point]:
    """Counter-clockwise outline of a ``width`` × ``height`` panel with the given edge profiles.

    Bottom and top profiles run along x from 0 to ``width``; left and right along y from 0 to
    ``height`` (natural directions; the tracing reverses top and left itself). Where two edges meet,
    the corner steps in by both edges' insets at that end.
    """
    edges = [
        (bottom, (0.0, 0.0), (1.0, 0.0), (0.0, 1.0), width),
        (right, (width, 0.0), (0.0, 1.0), (-1.0, 0.0), height),
        (_reverse(top, width), (width, height), (-1.0, 0.0), (0.0, -1.0), width),
        (_reverse(left, height), (0.0, height), (0.0, -1.0), (1.0, 0.0), height),
    ]
    points: list[Point] = []
    for index, (profile, origin, direction, inward, _length) in enumerate(edges):
        prev_profile, _, _, prev_inward, _ = edges[index - 1]
        d_prev, d_this = prev_profile[-1].inset, profile[0].inset
        points.append((origin[0] + d_prev * prev_inward[0] + d_this * inward[0],
                       origin[1] + d_prev * prev_inward[1] + d_this * inward[1]))
        for before, after in pairwise(profile):
            if abs(before.inset - after.inset) < 1e-12:
                continue
            s = before.end
            for inset in (before.inset, after.inset):
                points.append((origin[0] + s * direction[0] + inset * inward[0],
                               origin[1] + s * direction[1] + inset * inward[1]))
    return geo.dedupe(points)


def kerf_wire(points: Sequence[Point], kerf: float) -> cq.Wire:
    """The outline grown by half the kerf, so the part comes out at its nominal size."""
    wire = geo.polygon_wire(points)
    if kerf <= 0:
        return wire
    return wire.offset2D(kerf / 2.0, "intersection")[0]


def kerf_hole(wire: cq.Wire, kerf: float) -> cq.Wire:
    """A hole shrunk by half the kerf."""
    if kerf <= 0:
        return wire
    return wire.offset2D(-kerf / 2.0, "intersection")[0]


def sheet_part(points: Sequence[Point], thickness: float, kerf: float = 0.0,
               holes: Iterable[cq.Wire] = ()) -> cq.Solid:
    """A flat part on z = 0, ``thickness`` thick, outline kerf-compensated."""
    return geo.extrude(kerf_wire(points, kerf), thickness, [kerf_hole(h, kerf) for h in holes])


def rect(x0: float, y0: float, x1: float, y1: float) -> list[Point]:
    return [(x0, y0), (x1, y0), (x1, y1), (x0, y1)]

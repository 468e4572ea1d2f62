"""Flat parts cut from sheet (laser, CNC router): rectilinear outlines with finger joints, kerf
allowance and router dog-bones.

An edge profile says, along one edge of a rectangular panel, where the outline sits on the edge
(inset 0) and where it steps in by some depth (a notch the mating panel's finger fills). Panels are
traced counter-clockwise from their profiles; the result is a list of 2D points for
:func:`configurator.sdk.shapes.prism`. This module is public: outside templates use it (see
docs/authoring-templates.md, "Helpers").
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import pairwise

import cadquery as cq

from configurator.sdk import shapes as geo
from configurator.sdk.shapes import Point

__all__ = [
    "Profile",
    "Run",
    "engraving_wires",
    "finger_count",
    "finger_joint",
    "fingers",
    "kerf_hole",
    "kerf_outline",
    "kerf_wire",
    "panel_outline",
    "rect",
    "sheet_part",
    "slot_holes",
    "straight",
    "tab_positions",
    "tab_profile",
]


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


def panel_outline(
    width: float, height: float, bottom: Profile, right: Profile, top: Profile, left: Profile
) -> list[Point]:
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
        points.append(
            (
                origin[0] + d_prev * prev_inward[0] + d_this * inward[0],
                origin[1] + d_prev * prev_inward[1] + d_this * inward[1],
            )
        )
        for before, after in pairwise(profile):
            if abs(before.inset - after.inset) < 1e-12:
                continue
            s = before.end
            for inset in (before.inset, after.inset):
                points.append(
                    (
                        origin[0] + s * direction[0] + inset * inward[0],
                        origin[1] + s * direction[1] + inset * inward[1],
                    )
                )
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


def sheet_part(
    points: Sequence[Point], thickness: float, kerf: float = 0.0, holes: Iterable[cq.Wire] = ()
) -> cq.Solid:
    """A flat part on z = 0, ``thickness`` thick, outline kerf-compensated."""
    return geo.extrude(kerf_wire(points, kerf), thickness, [kerf_hole(h, kerf) for h in holes])


def rect(x0: float, y0: float, x1: float, y1: float) -> list[Point]:
    return [(x0, y0), (x1, y0), (x1, y1), (x0, y1)]


# --- joints and engraving, the public names a designer uses (docs/authoring-templates.md) -------


def kerf_outline(points: Sequence[Point], kerf: float) -> cq.Wire:
    """The outline ``points`` grown by half the ``kerf`` (the width the beam or cutter removes),
    so the part comes out at its nominal size. Holes shrink instead: :func:`kerf_hole`."""
    return kerf_wire(points, kerf)


def finger_joint(length: float, count: int, depth: float) -> tuple[Profile, Profile]:
    """Two mating edge profiles of ``length`` with ``count`` (odd) equal fingers, ``depth`` deep
    (the mating sheet's thickness): the first edge starts with a notch, the second with a
    finger, so they interlock. Use them as edges in :func:`panel_outline`."""
    if count < 1 or count % 2 == 0:
        raise ValueError(f"a finger joint needs an odd number of fingers, got {count}")
    notch_first = fingers(length, 0.0, length, count, depth, first_in=True, start_in=False, end_in=False)
    finger_first = fingers(length, 0.0, length, count, depth, first_in=False, start_in=False, end_in=False)
    return notch_first, finger_first


def tab_positions(length: float, count: int) -> list[float]:
    """Centres of ``count`` tabs spread evenly along an edge of ``length``."""
    return [(i + 0.5) * length / count for i in range(count)]


def tab_profile(length: float, count: int, tab_width: float, depth: float) -> Profile:
    """An edge with ``count`` tabs ``tab_width`` wide sticking out ``depth`` (the thickness of the
    sheet they pass through); between the tabs the edge sits ``depth`` in. The panel's nominal
    size includes the tabs. The matching holes: :func:`slot_holes`."""
    runs: list[Run] = []
    position = 0.0
    for centre in tab_positions(length, count):
        start, end = centre - tab_width / 2, centre + tab_width / 2
        if start < position - 1e-9 or end > length + 1e-9:
            raise ValueError(f"{count} tabs of {tab_width:g} mm do not fit a {length:g} mm edge")
        if start > position:
            runs.append(Run(position, start, depth))
        runs.append(Run(start, end, 0.0))
        position = end
    if position < length:
        runs.append(Run(position, length, depth))
    return tuple(runs)


def slot_holes(
    start: Point,
    direction: Point,
    length: float,
    count: int,
    tab_width: float,
    thickness: float,
    clearance: float = 0.0,
) -> list[cq.Wire]:
    """Rectangular slots for the tabs of :func:`tab_profile` (same ``length``, ``count`` and
    ``tab_width``): along the line from ``start`` in ``direction`` (a unit vector, e.g. (1, 0)),
    each ``tab_width`` long and ``thickness`` (the tabbed sheet's) wide, plus ``clearance`` all
    round. Pass them as ``holes`` to :func:`sheet_part`, which shrinks them by half the kerf."""
    dx, dy = direction
    nx, ny = -dy, dx
    half_w, half_t = tab_width / 2 + clearance, thickness / 2 + clearance
    holes = []
    for centre in tab_positions(length, count):
        cx, cy = start[0] + dx * centre, start[1] + dy * centre
        corners = [
            (cx + sx * half_w * dx + st * half_t * nx, cy + sx * half_w * dy + st * half_t * ny)
            for sx, st in ((-1, -1), (1, -1), (1, 1), (-1, 1))
        ]
        holes.append(geo.polygon_wire(corners))
    return holes


def engraving_wires(text: str, size: float, center: Point = (0.0, 0.0)) -> tuple[cq.Wire, ...]:
    """The outline wires of ``text`` (``size`` mm capitals) on z = 0, centred on ``center``: pass
    them as a part's ``engraving`` (empty text gives no wires). Check the text fits before you
    build with :func:`configurator.sdk.shapes.estimated_text_width`; shrink it to fit a box with
    :func:`configurator.sdk.shapes.text_size_to_fit`."""
    outline = geo.text_outline(text, size, center)
    if outline is None:
        return ()
    return tuple(w for w in outline.Wires())

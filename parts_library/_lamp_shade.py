"""The printed lamp shade both lamps share (table-lamp, plywood-lamp): a cone with a flat top plate
held by the lamp holder's shade ring, optional vent holes, and the rules it must keep."""

from __future__ import annotations

import math

import cadquery as cq

from configurator.sdk.i18n import translate
from parts_library import _geometry as geo
from parts_library._hardware import fmt_mm

SHADE_TOP = 2.0  # thickness of the shade's top plate
HOLDER_COLLAR = 20.0  # height of the shade collar above the stem (on the lamp holder)


def flare_problem(bottom_diameter: float, top_diameter: float, height: float) -> str | None:
    """The cone leans out by at most 45°, so it prints without support."""
    flare = (bottom_diameter - top_diameter) / 2
    if flare > height + 1e-9:
        return translate(
            "lamp-shade",
            "the shade flares {flare:.0f} mm over a height of {height} mm: more "
            "than 45°, it cannot print without support; make it taller or the "
            "diameters closer",
        ).format(flare=flare, height=fmt_mm(height))
    if flare < 0:
        return translate("lamp-shade", "the shade's bottom must be at least as wide as its top")
    return None


def top_room_problem(top_diameter: float, ring_hole: float, vent_holes: bool) -> str | None:
    """The top plate around the lamp-holder hole is wide enough (and for the vents)."""
    need = ring_hole + (44.0 if vent_holes else 16.0)
    if top_diameter < need - 1e-9:
        if vent_holes:
            message = translate(
                "lamp-shade",
                "shade top diameter {top_diameter} mm is too small for a {ring_hole} mm holder hole "
                "with vent holes: at least {need:g} mm",
            )
        else:
            message = translate(
                "lamp-shade",
                "shade top diameter {top_diameter} mm is too small for a {ring_hole} mm holder hole: "
                "at least {need:g} mm",
            )
        return message.format(top_diameter=fmt_mm(top_diameter), ring_hole=fmt_mm(ring_hole), need=need)
    return None


def clearance_problem(stem_height: float, shade_height: float) -> str | None:
    """The shade, hung from the holder on top of the stem, stays 5 mm above what is under it."""
    gap = stem_height + HOLDER_COLLAR - shade_height
    if gap < 5.0 - 1e-9:
        need = shade_height + 5.0 - HOLDER_COLLAR
        return translate(
            "lamp-shade",
            "a {shade_height} mm shade would hit the base: the stem must be at "
            "least {need:g} mm (it is {stem_height} mm)",
        ).format(shade_height=fmt_mm(shade_height), need=need, stem_height=fmt_mm(stem_height))
    return None


def shade_solid(
    top_diameter: float,
    bottom_diameter: float,
    height: float,
    wall: float,
    ring_hole: float,
    vent_holes: bool,
) -> cq.Shape:
    """The shade as printed: top plate down, the cone's wall ``wall`` thick normal to its slope."""
    r_top, r_bot, hole = top_diameter / 2, bottom_diameter / 2, ring_hole / 2
    slope = math.atan2(r_bot - r_top, height)
    inset = wall / math.cos(slope)
    inner_top = r_top - inset + SHADE_TOP * math.tan(slope)
    shade = geo.revolve_profile(
        [
            (hole, 0),
            (r_top, 0),
            (r_bot, height),
            (r_bot - inset, height),
            (inner_top, SHADE_TOP),
            (hole, SHADE_TOP),
        ]
    )
    if not vent_holes:
        return shade
    ring = (hole + r_top - inset) / 2
    vent_r = min(5.0, (r_top - inset - hole) / 2 - 3.0)
    vents = [
        geo.cylinder(vent_r, SHADE_TOP + 2, (ring * math.cos(a), ring * math.sin(a), -1))
        for a in (2 * math.pi * i / 8 for i in range(8))
    ]
    return geo.cut(shade, vents)

"""Snap-in pipe or tube clip, made to a measured diameter, SLS-printed in PA12 (tough and springy
enough to snap over the pipe). One to four pipes side by side on a base screwed to the wall.

Frame: pipe axes along +z (the clip is ``clip_width`` long in z), the wall is the plane
y = ``wall_y`` below the pipes, the clips open upwards (+y). First pipe centred on x = 0.
"""

from __future__ import annotations

import math

import cadquery as cq

from configurator.sdk.params import Choice, Count, Length, MaterialSlot, Params
from configurator.sdk.product import Hardware, Joint, JointKind, Part, Process, Product
from configurator.sdk.schema import Preset, constraint
from configurator.sdk.template import Template
from parts_library import _geometry as geo
from parts_library._hardware import (
    WOOD_SCREWS,
    estimated,
    fmt_mm,
    wall_screw_length,
    wood_screw_mass_g,
)

BASE = 3.5  # base plate thickness
GAP_BETWEEN = 3.0  # between neighbouring rings
OPENING = 0.82  # opening width as a share of the pipe diameter (less than 1: it snaps)
SCREWS = ("3.5mm", "4mm")


def inner_r(p: Params) -> float:
    return p.num("pipe_diameter") / 2 + p.num("fit")


def outer_r(p: Params) -> float:
    return inner_r(p) + p.num("wall")


def pitch(p: Params) -> float:
    return 2 * outer_r(p) + GAP_BETWEEN


def wall_y(p: Params) -> float:
    return -(inner_r(p) + p.num("standoff"))


def tab(p: Params) -> float:
    return WOOD_SCREWS[p.text("screw_size")].head_d + 6.0


@constraint("standoff", "wall")
def ring_clear_of_wall(p: Params) -> str | None:
    """The ring sits on the base plate, not in the wall."""
    need = p.num("wall") + BASE - 1.0
    if p.num("standoff") < need - 1e-9:
        return (f"standoff {fmt_mm(p.num('standoff'))} mm is too small for a "
                f"{fmt_mm(p.num('wall'))} mm wall: at least {need:g} mm")
    return None


@constraint("clip_width", "screw_size")
def screw_fits_width(p: Params) -> str | None:
    """The screw head fits on the base tab."""
    need = WOOD_SCREWS[p.text("screw_size")].head_d + 4.0
    if p.num("clip_width") < need - 1e-9:
        return (f"clip width {fmt_mm(p.num('clip_width'))} mm is too narrow for a "
                f"{p.text('screw_size')} screw head: at least {need:g} mm")
    return None


@constraint("wall", "pipe_diameter")
def wall_can_flex(p: Params) -> str | None:
    """A thick wall on a thin pipe cannot open far enough to snap on."""
    limit = max(1.6, 0.25 * p.num("pipe_diameter"))
    if p.num("wall") > limit + 1e-9:
        return (f"wall {fmt_mm(p.num('wall'))} mm is too stiff to snap over a "
                f"{fmt_mm(p.num('pipe_diameter'))} mm pipe: at most {limit:.1f} mm "
                "(a quarter of the diameter)")
    return None


def _profile(p: Params) -> cq.Face:
    r_in, r_out = inner_r(p), outer_r(p)
    n = p.int("pipe_count")
    y_wall = wall_y(p)
    x_last = (n - 1) * pitch(p)
    pieces = [geo.rect_face(-r_out - tab(p), y_wall, x_last + 2 * (r_out + tab(p)), BASE)]
    cuts = []
    half_gap = OPENING * p.num("pipe_diameter") / 2
    alpha = math.asin(min(0.99, half_gap / r_in))
    for i in range(n):
        x = i * pitch(p)
        pieces.append(geo.circle_face((x, 0), r_out))
        pieces.append(geo.rect_face(x - 0.7 * r_out, y_wall, 1.4 * r_out, -y_wall))
        cuts.append(geo.circle_face((x, 0), r_in))
        reach = 2 * r_out
        # The opening: a sector whose sides cut the ring at ±alpha from the top.
        arc = [(x + reach * math.sin(a), reach * math.cos(a))
               for a in (-alpha + 2 * alpha * k / 8 for k in range(9))]
        cuts.append(geo.polygon_face([(x, 0), *arc]))
    return geo.profile_cut(geo.profile_fuse(pieces), cuts)


def _clip(p: Params) -> cq.Shape:
    width = p.num("clip_width")
    body = geo.extrude_face(_profile(p), width)
    screw = WOOD_SCREWS[p.text("screw_size")]
    tool = geo.countersunk_tool(screw.clear_d, screw.head_d, BASE)
    r_out = outer_r(p)
    x_last = (p.int("pipe_count") - 1) * pitch(p)
    top_of_base = wall_y(p) + BASE
    xs = (-r_out - tab(p) / 2, x_last + r_out + tab(p) / 2)
    return geo.cut(body, [geo.oriented(tool, (x, top_of_base, width / 2), (0, 1, 0)) for x in xs])


def build(p: Params) -> Product:
    screw = WOOD_SCREWS[p.text("screw_size")]
    copies = p.int("quantity")
    pipes = p.int("pipe_count")
    length = wall_screw_length(screw, BASE)
    part = Part("clip", _clip(p), p.text("material"), Process.SLS, quantity=copies, spare=True,
                description=f"snap clip for {pipes} × {fmt_mm(p.num('pipe_diameter'))} mm pipe")
    hardware = (
        Hardware("wall screw", f"{fmt_mm(screw.diameter)} × {fmt_mm(length)} mm countersunk wood "
                 "screw", 2 * copies, material="steel", standard="DIN 7997",
                 **estimated(wood_screw_mass_g(screw, length))),
        Hardware("wall plug", screw.plug, 2 * copies),
    )
    joints = (
        Joint(JointKind.SCREW, ("clip",), 2 * copies, screw.drive, "wall screw"),
        Joint(JointKind.SNAP_FIT, ("clip",), pipes * copies),
    )
    notes = ("Screw the clip to the wall first, then press the pipe in.",)
    return Product((part,), joints, hardware, notes)


TEMPLATE = Template(
    id="pipe-clip",
    version="1.0.0",
    name="Snap-in pipe clip",
    description=(
        "A wall clip that snaps over a pipe, tube, rod or cable bundle, made to the diameter you "
        "measure. Holds one to four of them side by side; SLS-printed in PA12 so it springs open "
        "and back without cracking."
    ),
    category="Repair",
    processes=(Process.SLS.value,),
    parameters=(
        Length("pipe_diameter", 22, 6, 60, step=0.1, group="Fit",
               help="Outside diameter of the pipe, measured with calipers."),
        Length("fit", 0.1, -0.3, 0.5, step=0.05, group="Fit",
               help="Radial play around the pipe: negative grips tighter, positive lets it slide "
                    "(for hot pipes that expand)."),
        Count("pipe_count", 1, 1, 4, group="Fit", help="How many pipes side by side."),
        Length("clip_width", 14, 8, 30, step=0.5, group="Clip",
               help="Width of the clip along the pipe."),
        Length("wall", 2.4, 1.2, 6, step=0.1, group="Clip", eco_tunable=True,
               help="Thickness of the ring. Thinner uses less powder and snaps on more easily; "
                    "it still holds the pipe."),
        Length("standoff", 8, 3, 40, step=0.5, group="Clip",
               help="Gap from the wall to the pipe surface."),
        Choice("screw_size", "4mm", SCREWS, group="Mounting",
               help="Countersunk wall screws, one on each side."),
        Count("quantity", 4, 1, 30, group="Order", help="How many clips."),
        MaterialSlot("material", "pa12", ("pa12",), help="SLS powder."),
    ),
    build=build,
    constraints=(ring_clear_of_wall, screw_fits_width, wall_can_flex),
    presets=(
        Preset("copper-15mm", {"pipe_diameter": 15, "wall": 2.0, "standoff": 6},
               "15 mm copper water pipe."),
        Preset("copper-22mm", {"pipe_diameter": 22, "wall": 2.4, "standoff": 8},
               "22 mm copper heating pipe."),
        Preset("conduit-20mm-double", {"pipe_diameter": 20, "pipe_count": 2, "wall": 2.2},
               "Two 20 mm electrical conduits."),
        Preset("curtain-rod-8mm", {"pipe_diameter": 8, "fit": 0.2, "wall": 1.8, "standoff": 5,
                                   "clip_width": 12, "screw_size": "3.5mm"},
               "Thin rod or cable, loose enough to slide."),
    ),
    author="Fabwise",
    license="CC-BY-4.0",
    tags=("clip", "pipe", "wall", "repair", "made to measure"),
)

"""Snap-in pipe or tube clip, made to a measured diameter, SLS-printed in PA12 (tough and springy
enough to snap over the pipe). One to four pipes side by side on a base screwed to the wall.

Frame: pipe axes along +z (the clip is ``clip_width`` long in z), the wall is the plane
y = ``wall_y`` below the pipes, the clips open upwards (+y). First pipe centred on x = 0.
"""

from __future__ import annotations

import math

import cadquery as cq

from configurator.sdk.conditions import (
    SUSTAINED,
    Box,
    Cylinder,
    Exposure,
    Load,
    LoadCase,
    ServiceTemperature,
    UseConditions,
    assumption,
)
from configurator.sdk.i18n import translate
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


class PipeClipParams(Params):
    """The values build() and the constraints read, typed (checked against the parameters below)."""

    pipe_diameter: float
    fit: float
    pipe_count: int
    clip_width: float
    wall: float
    standoff: float
    screw_size: str
    quantity: int
    material: str


BASE = 3.5  # base plate thickness
GAP_BETWEEN = 3.0  # between neighbouring rings
OPENING = 0.82  # opening width as a share of the pipe diameter (less than 1: it snaps)
SCREWS = ("3.5mm", "4mm")


def inner_r(p: PipeClipParams) -> float:
    return p.pipe_diameter / 2 + p.fit


def outer_r(p: PipeClipParams) -> float:
    return inner_r(p) + p.wall


def pitch(p: PipeClipParams) -> float:
    return 2 * outer_r(p) + GAP_BETWEEN


def wall_y(p: PipeClipParams) -> float:
    return -(inner_r(p) + p.standoff)


def tab(p: PipeClipParams) -> float:
    return WOOD_SCREWS[p.screw_size].head_d + 6.0


@constraint()
def ring_clear_of_wall(p: PipeClipParams) -> str | None:
    """The ring sits on the base plate, not in the wall."""
    need = p.wall + BASE - 1.0
    if p.standoff < need - 1e-9:
        return translate(
            "pipe-clip", "standoff {standoff} mm is too small for a {wall} mm wall: at least {need:g} mm"
        ).format(standoff=fmt_mm(p.standoff), wall=fmt_mm(p.wall), need=need)
    return None


@constraint()
def screw_fits_width(p: PipeClipParams) -> str | None:
    """The screw head fits on the base tab."""
    need = WOOD_SCREWS[p.screw_size].head_d + 4.0
    if p.clip_width < need - 1e-9:
        return translate(
            "pipe-clip",
            "clip width {clip_width} mm is too narrow for a {screw_size} screw head: at least {need:g} mm",
        ).format(clip_width=fmt_mm(p.clip_width), screw_size=p.screw_size, need=need)
    return None


@constraint()
def wall_can_flex(p: PipeClipParams) -> str | None:
    """A thick wall on a thin pipe cannot open far enough to snap on."""
    limit = max(1.6, 0.25 * p.pipe_diameter)
    if p.wall > limit + 1e-9:
        return translate(
            "pipe-clip",
            "wall {wall} mm is too stiff to snap over a {pipe_diameter} mm pipe: "
            "at most {limit:.1f} mm (a quarter of the diameter)",
        ).format(wall=fmt_mm(p.wall), pipe_diameter=fmt_mm(p.pipe_diameter), limit=limit)
    return None


def _profile(p: PipeClipParams) -> cq.Face:
    r_in, r_out = inner_r(p), outer_r(p)
    n = p.pipe_count
    y_wall = wall_y(p)
    x_last = (n - 1) * pitch(p)
    pieces = [geo.rect_face(-r_out - tab(p), y_wall, x_last + 2 * (r_out + tab(p)), BASE)]
    cuts = []
    half_gap = OPENING * p.pipe_diameter / 2
    alpha = math.asin(min(0.99, half_gap / r_in))
    for i in range(n):
        x = i * pitch(p)
        pieces.append(geo.circle_face((x, 0), r_out))
        pieces.append(geo.rect_face(x - 0.7 * r_out, y_wall, 1.4 * r_out, -y_wall))
        cuts.append(geo.circle_face((x, 0), r_in))
        reach = 2 * r_out
        # The opening: a sector whose sides cut the ring at ±alpha from the top.
        arc = [
            (x + reach * math.sin(a), reach * math.cos(a))
            for a in (-alpha + 2 * alpha * k / 8 for k in range(9))
        ]
        cuts.append(geo.polygon_face([(x, 0), *arc]))
    return geo.profile_cut(geo.profile_fuse(pieces), cuts)


def _clip(p: PipeClipParams) -> cq.Shape:
    width = p.clip_width
    body = geo.extrude_face(_profile(p), width)
    screw = WOOD_SCREWS[p.screw_size]
    tool = geo.countersunk_tool(screw.clear_d, screw.head_d, BASE)
    r_out = outer_r(p)
    x_last = (p.pipe_count - 1) * pitch(p)
    top_of_base = wall_y(p) + BASE
    xs = (-r_out - tab(p) / 2, x_last + r_out + tab(p) / 2)
    return geo.cut(body, [geo.oriented(tool, (x, top_of_base, width / 2), (0, 1, 0)) for x in xs])


def build(p: PipeClipParams) -> Product:
    screw = WOOD_SCREWS[p.screw_size]
    copies = p.quantity
    pipes = p.pipe_count
    length = wall_screw_length(screw, BASE)
    r_in, width = inner_r(p), p.clip_width
    regions = {
        "wall face": Box((-1e4, wall_y(p) - 0.01, -1e4), (1e4, wall_y(p) + 0.01, 1e4), normal=(0, -1, 0)),
        # the first pipe's seat (pipe centred on x = 0, y = 0)
        "pipe seat": Cylinder(
            (0, 0, 0), (0, 0, 1), r_in + 0.5, -1.0, width + 1.0, inner_radius=r_in - 0.5, facing="inward"
        ),
    }
    part = Part(
        "clip",
        _clip(p),
        p.material,
        Process.SLS,
        quantity=copies,
        spare=True,
        description=translate("pipe-clip", "snap clip for {pipes} × {pipe_diameter} mm pipe").format(
            pipes=pipes, pipe_diameter=fmt_mm(p.pipe_diameter)
        ),
        regions=regions,
    )
    hardware = (
        Hardware(
            "wall screw",
            translate("pipe-clip", "{diameter} × {length} mm countersunk wood screw").format(
                diameter=fmt_mm(screw.diameter), length=fmt_mm(length)
            ),
            2 * copies,
            material="steel",
            standard="DIN 7997",
            **estimated(wood_screw_mass_g(screw, length)),
        ),
        Hardware("wall plug", screw.plug, 2 * copies),
    )
    joints = (
        Joint(JointKind.SCREW, ("clip",), 2 * copies, screw.drive, "wall screw"),
        Joint(JointKind.SNAP_FIT, ("clip",), pipes * copies),
    )
    notes = (translate("pipe-clip", "Screw the clip to the wall first, then press the pipe in."),)
    return Product((part,), joints, hardware, notes)


TEMPLATE = Template(
    params_type=PipeClipParams,
    id="pipe-clip",
    version="1.0.0",
    name=translate("pipe-clip", "Snap-in pipe clip"),
    description=(
        translate(
            "pipe-clip",
            "A wall clip that snaps over a pipe, tube, rod or cable bundle, made to the diameter you "
            "measure. Holds one to four of them side by side; SLS-printed in PA12 so it springs open "
            "and back without cracking.",
        )
    ),
    category=translate("pipe-clip", "Repair"),
    processes=(Process.SLS.value,),
    parameters=(
        Length(
            "pipe_diameter",
            22,
            6,
            60,
            step=0.1,
            group=translate("pipe-clip", "Fit"),
            help=translate("pipe-clip", "Outside diameter of the pipe, measured with calipers."),
            label=translate("pipe-clip", "Pipe diameter"),
        ),
        Length(
            "fit",
            0.1,
            -0.3,
            0.5,
            step=0.05,
            group=translate("pipe-clip", "Fit"),
            help=translate(
                "pipe-clip",
                "Radial play around the pipe: negative grips tighter, positive lets it slide "
                "(for hot pipes that expand).",
            ),
            label=translate("pipe-clip", "Fit"),
        ),
        Count(
            "pipe_count",
            1,
            1,
            4,
            group=translate("pipe-clip", "Fit"),
            help=translate("pipe-clip", "How many pipes side by side."),
            label=translate("pipe-clip", "Pipe count"),
        ),
        Length(
            "clip_width",
            14,
            8,
            30,
            step=0.5,
            group=translate("pipe-clip", "Clip"),
            help=translate("pipe-clip", "Width of the clip along the pipe."),
            label=translate("pipe-clip", "Clip width"),
        ),
        Length(
            "wall",
            2.4,
            1.2,
            6,
            step=0.1,
            group=translate("pipe-clip", "Clip"),
            eco_tunable=True,
            help=translate(
                "pipe-clip",
                "Thickness of the ring. Thinner uses less powder and snaps on more easily; "
                "it still holds the pipe.",
            ),
            label=translate("pipe-clip", "Wall"),
        ),
        Length(
            "standoff",
            8,
            3,
            40,
            step=0.5,
            group=translate("pipe-clip", "Clip"),
            help=translate("pipe-clip", "Gap from the wall to the pipe surface."),
            label=translate("pipe-clip", "Standoff"),
        ),
        Choice(
            "screw_size",
            "4mm",
            SCREWS,
            group=translate("pipe-clip", "Mounting"),
            help=translate("pipe-clip", "Countersunk wall screws, one on each side."),
            label=translate("pipe-clip", "Screw size"),
        ),
        Count(
            "quantity",
            4,
            1,
            30,
            group=translate("pipe-clip", "Order"),
            help=translate("pipe-clip", "How many clips."),
            label=translate("pipe-clip", "Quantity"),
        ),
        MaterialSlot(
            "material",
            "pa12",
            ("pa12",),
            help=translate("pipe-clip", "SLS powder."),
            label=translate("pipe-clip", "Material"),
        ),
    ),
    build=build,
    conditions=UseConditions(
        load_cases=(
            LoadCase(
                "pipe weight",
                label=translate("pipe-clip", "pipe weight"),
                part="clip",
                duration=SUSTAINED,
                description=translate(
                    "pipe-clip", "A horizontal water-filled pipe hangs in the clip, along the wall."
                ),
                loads=(
                    Load.mass(
                        "pipe seat",
                        1.0,
                        direction=(-1, 0, 0),
                        source=assumption(
                            translate(
                                "pipe-clip",
                                "1 kg per clip: about a metre of water-filled 22 mm copper pipe "
                                "between clips",
                            )
                        ),
                    ),
                ),
                fixed=("wall face",),
            ),
        ),
        temperatures=(
            ServiceTemperature(
                60,
                assumption(translate("pipe-clip", "a hot-water pipe at about 60 °C")),
                description=translate("pipe-clip", "a hot-water pipe"),
            ),
        ),
        exposure=Exposure(
            outdoor_uv=False,
            water="splash",
            food_contact=False,
            source=assumption(translate("pipe-clip", "pipes sweat and drip")),
        ),
    ),
    constraints=(ring_clear_of_wall, screw_fits_width, wall_can_flex),
    presets=(
        Preset(
            "copper-15mm",
            {"pipe_diameter": 15, "wall": 2.0, "standoff": 6},
            translate("pipe-clip", "15 mm copper water pipe."),
            label=translate("pipe-clip", "Copper 15mm"),
        ),
        Preset(
            "copper-22mm",
            {"pipe_diameter": 22, "wall": 2.4, "standoff": 8},
            translate("pipe-clip", "22 mm copper heating pipe."),
            label=translate("pipe-clip", "Copper 22mm"),
        ),
        Preset(
            "conduit-20mm-double",
            {"pipe_diameter": 20, "pipe_count": 2, "wall": 2.2},
            translate("pipe-clip", "Two 20 mm electrical conduits."),
            label=translate("pipe-clip", "Conduit 20mm double"),
        ),
        Preset(
            "curtain-rod-8mm",
            {
                "pipe_diameter": 8,
                "fit": 0.2,
                "wall": 1.8,
                "standoff": 5,
                "clip_width": 12,
                "screw_size": "3.5mm",
            },
            translate("pipe-clip", "Thin rod or cable, loose enough to slide."),
            label=translate("pipe-clip", "Curtain rod 8mm"),
        ),
    ),
    author="Fabwise",
    license="CC-BY-4.0",
    tags=("clip", "pipe", "wall", "repair", "made to measure"),
)

"""Milled metal corner bracket (CNC mill): an L-angle with a rounded inside corner, countersunk
holes for ISO 10642 screws in both flanges, and optional end webs that make it a closed, stiffer
bracket. Replaces a broken furniture or frame bracket, or joins profiles at 90°.

Frame: the L profile is in the XY plane (flange A along +x, flange B along +y, outside corner at the
origin) and the bracket is ``width`` long along +z.
"""

from __future__ import annotations

import math

import cadquery as cq

from configurator.sdk.conditions import (
    SHORT_TERM,
    Box,
    Exposure,
    Load,
    LoadCase,
    UseConditions,
    assumption,
)
from configurator.sdk.i18n import translate
from configurator.sdk.params import Choice, Count, Length, MaterialSlot, Params, Toggle
from configurator.sdk.product import Hardware, Joint, JointKind, Part, Process, Product
from configurator.sdk.schema import Preset, constraint
from configurator.sdk.template import Template
from parts_library import _geometry as geo
from parts_library._hardware import (
    METRIC_COUNTERSUNK,
    METRIC_LENGTHS,
    MetricCountersunk,
    countersunk_screw_mass_g,
    estimated,
    fmt_mm,
    hex_nut_mass_g,
)


class AluCornerBracketParams(Params):
    """The values build() and the constraints read, typed (checked against the parameters below)."""

    leg_a: float
    leg_b: float
    width: float
    thickness: float
    inner_radius: float
    end_webs: bool
    holes_per_flange: int
    screw: str
    clamped_thickness: float
    quantity: int
    material: str


MATERIALS = ("aluminium", "aluminium_recycled", "steel", "steel_recycled", "stainless_304")
EDGE = 2.0  # metal between a countersunk head and the flange end
MIN_UNDER_HEAD = 1.0  # metal left under the countersink
WEB_RATIO = 0.6  # end web legs as a share of the shorter flange


def screw(p: AluCornerBracketParams) -> MetricCountersunk:
    return METRIC_COUNTERSUNK[p.screw]


def hole_positions(p: AluCornerBracketParams, leg: float) -> tuple[float, ...]:
    """Hole centres along a flange of length ``leg``, measured from the outside corner."""
    s = screw(p)
    first = p.thickness + p.inner_radius + s.head_d / 2 + 1.5
    last = leg - s.head_d / 2 - EDGE
    n = p.holes_per_flange
    if n == 1:
        return ((first + last) / 2,)
    return tuple(first + i * (last - first) / (n - 1) for i in range(n))


def web_thickness(p: AluCornerBracketParams) -> float:
    return p.thickness


@constraint("thickness", "screw")
def countersink_fits(p: AluCornerBracketParams) -> str | None:
    """The countersunk head sinks fully into the flange."""
    s = screw(p)
    need = geo.countersink_depth(s.clear_d, s.head_d) + MIN_UNDER_HEAD
    if p.thickness < need - 1e-9:
        return translate(
            "alu-corner-bracket",
            "thickness {thickness} mm is too thin for {thread} countersunk screws: at least {need:.1f} mm",
        ).format(thickness=fmt_mm(p.thickness), thread=s.thread, need=need)
    return None


@constraint("leg_a", "leg_b", "holes_per_flange", "screw", "thickness", "inner_radius")
def holes_fit_flanges(p: AluCornerBracketParams) -> str | None:
    """The holes fit along each flange with a head's width between them."""
    s = screw(p)
    n = p.holes_per_flange
    leg_names = {
        "leg_a": translate("alu-corner-bracket", "leg a"),
        "leg_b": translate("alu-corner-bracket", "leg b"),
    }
    for name in ("leg_a", "leg_b"):
        leg = p.num(name)
        first = p.thickness + p.inner_radius + s.head_d / 2 + 1.5
        last = leg - s.head_d / 2 - EDGE
        pitch_needed = s.head_d + 2
        need = first + (n - 1) * pitch_needed + s.head_d / 2 + EDGE
        if last < first - 1e-9 or (n > 1 and (last - first) / (n - 1) < pitch_needed - 1e-9):
            return translate(
                "alu-corner-bracket",
                "{leg_name} {leg} mm is too short for {n} {thread} holes: it must be at least {need} mm",
            ).format(leg_name=leg_names[name], leg=fmt_mm(leg), n=n, thread=s.thread, need=math.ceil(need))
    return None


@constraint("width", "screw", "end_webs", "thickness")
def wide_enough(p: AluCornerBracketParams) -> str | None:
    """The heads fit across the width (between the end webs, if any)."""
    s = screw(p)
    webs = 2 * web_thickness(p) if p.end_webs else 0.0
    need = s.head_d + 2 * EDGE + webs
    if p.width < need - 1e-9:
        if webs:
            message = translate(
                "alu-corner-bracket",
                "width {width} mm is too narrow for {thread} heads between the end webs: "
                "at least {need:.1f} mm",
            )
        else:
            message = translate(
                "alu-corner-bracket",
                "width {width} mm is too narrow for {thread} heads: at least {need:.1f} mm",
            )
        return message.format(width=fmt_mm(p.width), thread=s.thread, need=need)
    return None


def _outer_corner(p: AluCornerBracketParams) -> cq.Face:
    """The material outside the rounded outer corner (to cut away)."""
    outer_r = p.inner_radius + p.thickness
    return geo.profile_cut(
        geo.rect_face(-1, -1, outer_r + 1, outer_r + 1), [geo.circle_face((outer_r, outer_r), outer_r)]
    )


def _profile(p: AluCornerBracketParams) -> cq.Face:
    t, r = p.thickness, p.inner_radius
    a, b = p.leg_a, p.leg_b
    pieces = [
        geo.rect_face(0, 0, a, t),
        geo.rect_face(0, 0, t, b),
        geo.profile_cut(geo.rect_face(t, t, r, r), [geo.circle_face((t + r, t + r), r)]),
    ]
    return geo.profile_cut(geo.profile_fuse(pieces), [_outer_corner(p)])


def _bracket(p: AluCornerBracketParams) -> cq.Shape:
    t, width = p.thickness, p.width
    body: cq.Shape = geo.extrude_face(_profile(p), width)
    tools: list[cq.Shape] = []
    if p.end_webs:
        web = WEB_RATIO * min(p.leg_a, p.leg_b)
        tw = web_thickness(p)
        triangle = geo.polygon_face([(0, 0), (t + web, 0), (0, t + web)])
        webs = [
            geo.extrude_face(triangle, tw),
            geo.extrude_face(triangle, tw).translate(cq.Vector(0, 0, width - tw)),
        ]
        body = geo.fuse([body, *webs])
        corner = geo.extrude_face(_outer_corner(p), width + 2).translate(cq.Vector(0, 0, -1))
        tools.append(corner)
    s = screw(p)
    tool = geo.countersunk_tool(s.clear_d, s.head_d, t)
    tools += [geo.oriented(tool, (x, t, width / 2), (0, 1, 0)) for x in hole_positions(p, p.leg_a)]
    tools += [geo.oriented(tool, (t, y, width / 2), (1, 0, 0)) for y in hole_positions(p, p.leg_b)]
    return geo.cut(body, tools)


def build(p: AluCornerBracketParams) -> Product:
    s = screw(p)
    quantity = p.quantity
    holes = 2 * p.holes_per_flange
    length = geo.round_up_to(p.thickness + p.clamped_thickness + s.nut_height + 1.5, METRIC_LENGTHS)
    leg_b = p.leg_b
    regions = {
        # flange A's outside face (y = 0), bolted to the first member
        "flange A outside": Box((-1e4, -0.01, -1e4), (1e4, 0.01, 1e4), normal=(0, -1, 0)),
        # the outer half of flange B's outside face (x = 0), where the second member pulls
        "flange B outer half": Box((-0.01, leg_b / 2, -1e4), (0.01, 1e4, 1e4), normal=(-1, 0, 0)),
    }
    part = Part(
        "bracket",
        _bracket(p),
        p.material,
        Process.CNC_MILL,
        quantity=quantity,
        description=translate("alu-corner-bracket", "milled from bar; deburr all edges"),
        regions=regions,
    )
    hardware = (
        Hardware(
            "bolt",
            translate("alu-corner-bracket", "{thread} × {length} mm countersunk hex socket screw").format(
                thread=s.thread, length=fmt_mm(length)
            ),
            holes * quantity,
            material="steel",
            standard="ISO 10642",
            **estimated(countersunk_screw_mass_g(s.diameter, length, s.head_d)),
        ),
        Hardware(
            "nut",
            translate("alu-corner-bracket", "{thread} hex nut").format(thread=s.thread),
            holes * quantity,
            material="steel",
            standard="ISO 4032",
            **estimated(hex_nut_mass_g(s.diameter, s.nut_width, s.nut_height)),
        ),
    )
    joints = (
        Joint(JointKind.BOLT, ("bracket",), holes * quantity, f"hex key {fmt_mm(s.hex_key)} mm", "bolt"),
    )
    notes = [
        translate(
            "alu-corner-bracket",
            "Screws are sized to clamp {clamped_thickness} mm of material; with "
            "threaded holes instead of nuts, leave the nuts out.",
        ).format(clamped_thickness=fmt_mm(p.clamped_thickness))
    ]
    if p.end_webs:
        notes.append(
            translate("alu-corner-bracket", "Inside corners of the end webs keep the radius of the end mill.")
        )
    return Product((part,), joints, hardware, tuple(notes))


TEMPLATE = Template(
    params_type=AluCornerBracketParams,
    id="alu-corner-bracket",
    version="1.0.0",
    name=translate("alu-corner-bracket", "Milled corner bracket"),
    description=(
        translate(
            "alu-corner-bracket",
            "A 90° corner bracket milled from aluminium or steel bar, with countersunk holes for "
            "flush screws and optional end webs for stiffness. For furniture frames, shelving and "
            "profile structures, or to replace a broken bracket.",
        )
    ),
    category=translate("alu-corner-bracket", "Hardware"),
    processes=(Process.CNC_MILL.value,),
    parameters=(
        Length(
            "leg_a",
            50,
            20,
            150,
            step=1,
            help=translate("alu-corner-bracket", "Length of the first flange (outside)."),
            label=translate("alu-corner-bracket", "Leg a"),
        ),
        Length(
            "leg_b",
            50,
            20,
            150,
            step=1,
            help=translate("alu-corner-bracket", "Length of the second flange (outside)."),
            label=translate("alu-corner-bracket", "Leg b"),
        ),
        Length(
            "width",
            30,
            12,
            100,
            step=1,
            help=translate("alu-corner-bracket", "Width of the bracket."),
            label=translate("alu-corner-bracket", "Width"),
        ),
        Length(
            "thickness",
            5,
            3,
            12,
            step=0.5,
            group=translate("alu-corner-bracket", "Strength"),
            eco_tunable=True,
            help=translate(
                "alu-corner-bracket",
                "Flange thickness. Thinner saves metal and machining; it must still take "
                "the countersunk heads.",
            ),
            label=translate("alu-corner-bracket", "Thickness"),
        ),
        Length(
            "inner_radius",
            3,
            1,
            10,
            step=0.5,
            group=translate("alu-corner-bracket", "Strength"),
            help=translate(
                "alu-corner-bracket",
                "Radius of the inside corner: at least the radius of the end mill; larger is stronger.",
            ),
            label=translate("alu-corner-bracket", "Inner radius"),
        ),
        Toggle(
            "end_webs",
            False,
            group=translate("alu-corner-bracket", "Strength"),
            help=translate("alu-corner-bracket", "Close both ends with triangular webs: much stiffer."),
            label=translate("alu-corner-bracket", "End webs"),
        ),
        Count(
            "holes_per_flange",
            2,
            1,
            4,
            group=translate("alu-corner-bracket", "Fixing"),
            help=translate("alu-corner-bracket", "Screw holes in each flange."),
            label=translate("alu-corner-bracket", "Holes per flange"),
        ),
        Choice(
            "screw",
            "M4",
            tuple(METRIC_COUNTERSUNK),
            group=translate("alu-corner-bracket", "Fixing"),
            help=translate(
                "alu-corner-bracket",
                "Metric countersunk screw size (ISO 10642); holes and countersinks follow.",
            ),
            label=translate("alu-corner-bracket", "Screw"),
        ),
        Length(
            "clamped_thickness",
            10,
            1,
            40,
            step=0.5,
            group=translate("alu-corner-bracket", "Fixing"),
            help=translate(
                "alu-corner-bracket",
                "Thickness of what each screw clamps against the bracket: sets the screw length.",
            ),
            label=translate("alu-corner-bracket", "Clamped thickness"),
        ),
        Count(
            "quantity",
            4,
            1,
            20,
            group=translate("alu-corner-bracket", "Order"),
            help=translate("alu-corner-bracket", "How many brackets."),
            label=translate("alu-corner-bracket", "Quantity"),
        ),
        MaterialSlot(
            "material",
            "aluminium_recycled",
            MATERIALS,
            help=translate(
                "alu-corner-bracket", "Bar stock. Recycled aluminium has the same properties as primary."
            ),
            label=translate("alu-corner-bracket", "Material"),
        ),
    ),
    build=build,
    conditions=UseConditions(
        load_cases=(
            LoadCase(
                "corner pried open",
                label=translate("alu-corner-bracket", "corner pried open"),
                part="bracket",
                duration=SHORT_TERM,
                description=translate(
                    "alu-corner-bracket",
                    "The second member is levered away from the first, opening the angle.",
                ),
                loads=(
                    Load.force(
                        "flange B outer half",
                        300,
                        direction=(-1, 0, 0),
                        source=assumption(
                            translate(
                                "alu-corner-bracket",
                                "300 N, a person leaning on a frame corner (about 30 kg)",
                            )
                        ),
                    ),
                ),
                fixed=("flange A outside",),
            ),
        ),
        exposure=Exposure(
            outdoor_uv=True,
            water="splash",
            food_contact=False,
            source=assumption(translate("alu-corner-bracket", "furniture and frames, indoors or outdoors")),
        ),
    ),
    constraints=(countersink_fits, holes_fit_flanges, wide_enough),
    presets=(
        Preset(
            "furniture",
            {
                "leg_a": 40,
                "leg_b": 40,
                "width": 20,
                "thickness": 4,
                "holes_per_flange": 1,
                "screw": "M4",
                "clamped_thickness": 18,
            },
            translate("alu-corner-bracket", "Small bracket for a cabinet or table frame."),
            label=translate("alu-corner-bracket", "Furniture"),
        ),
        Preset(
            "shelf-frame",
            {
                "leg_a": 60,
                "leg_b": 60,
                "width": 30,
                "thickness": 5,
                "holes_per_flange": 2,
                "screw": "M5",
                "end_webs": True,
            },
            translate("alu-corner-bracket", "Stiff bracket for a shelving frame."),
            label=translate("alu-corner-bracket", "Shelf frame"),
        ),
        Preset(
            "profile-20",
            {
                "leg_a": 38,
                "leg_b": 38,
                "width": 18,
                "thickness": 4,
                "holes_per_flange": 1,
                "screw": "M5",
                "clamped_thickness": 4,
                "material": "aluminium",
            },
            translate("alu-corner-bracket", "For 20 mm aluminium extrusion."),
            label=translate("alu-corner-bracket", "Profile 20"),
        ),
        Preset(
            "heavy-steel",
            {
                "leg_a": 100,
                "leg_b": 80,
                "width": 50,
                "thickness": 8,
                "holes_per_flange": 3,
                "screw": "M6",
                "end_webs": True,
                "material": "steel_recycled",
            },
            translate("alu-corner-bracket", "Heavy steel bracket."),
            label=translate("alu-corner-bracket", "Heavy steel"),
        ),
    ),
    author="Fabwise",
    license="CC-BY-4.0",
    tags=("bracket", "metal", "cnc", "repair"),
)

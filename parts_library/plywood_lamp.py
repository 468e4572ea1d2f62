"""Table lamp of two processes: a laser-cut plywood base, and printed hub, feet and shade.

The plywood disc carries the lamp: a printed hub (stem around a standard M10×1 lamp tube) is
screwed to it from below, three printed feet stand in holes so the cord can leave under the
base, and the printed shade is clamped by the lamp holder's shade ring. Every joint comes apart.

Frames: the base lies flat on z = 0 (a sheet part); hub and feet stand upright from z = 0; the
shade is modelled as printed, top plate on the bed and widening upwards, and its placement turns
it over onto the lamp holder.
"""

from __future__ import annotations

import math

import cadquery as cq

from configurator.sdk.conditions import (
    Exposure,
    MaterialStatement,
    ServiceTemperature,
    UseConditions,
    assumption,
)
from configurator.sdk.params import Choice, Length, MaterialSlot, Params, Toggle
from configurator.sdk.product import (
    Hardware,
    Joint,
    JointKind,
    Part,
    Placement,
    Process,
    Product,
)
from configurator.sdk.schema import Preset, constraint
from configurator.sdk.template import Template
from parts_library import _geometry as geo
from parts_library import _lamp_shade as shade
from parts_library._hardware import cap_screw_mass_g, estimated, fmt_mm, tube_mass_g


class PlywoodLampParams(Params):
    """The values build() and the constraints read, typed (checked against the parameters below)."""

    base_diameter: float
    base_thickness: str
    stem_height: float
    stem_diameter: float
    shade_bottom_diameter: float
    shade_top_diameter: float
    shade_height: float
    shade_wall: float
    vent_holes: bool
    lamp_holder: str
    shade_ring_hole: float
    base_material: str
    material: str
    shade_material: str


BOARDS = ("4mm", "6mm")
BASE_MATERIALS = ("birch_plywood", "mdf")
PRINT_MATERIALS = ("petg", "rpetg", "pla", "rpla")
TUBE_HOLE = 10.5  # M10×1 lamp tube is 10 mm outside
FLANGE_D = 50.0  # the hub's flange on the base
FLANGE_H = 5.0
SCREW_CIRCLE = 18.0  # radius of the three hub screws
PILOT = 2.4  # pilot hole in the printed flange for an ST2.9 self-tapping screw
SCREW_CLEAR = 3.2  # ISO 7049 ST2.9 pan head screws, from below through the plywood
FOOT_D, FOOT_H = 22.0, 10.0  # printed feet lift the base so the cord leaves underneath
PEG_D, PEG_FIT = 8.0, 0.1  # dowel hole in the base, and how much smaller the peg is
FOOT_CIRCLE_RATIO = 0.78  # feet sit at this share of the base radius
STABILITY_RATIO = 0.6  # this template's rule: base ≥ 0.6 × the shade's bottom diameter
TUBE_LENGTHS = tuple(float(x) for x in range(40, 605, 5))


def board(p: PlywoodLampParams) -> float:
    return float(p.base_thickness.removesuffix("mm"))


def screw_length(p: PlywoodLampParams) -> float:
    """The longest standard ST2.9 length (ISO 7049) that stays inside the hub's pilot holes."""
    room = board(p) + FLANGE_H - 1.0
    return max(length for length in (4.5, 6.5, 9.5, 13.0) if length <= room)


def foot_radius(p: PlywoodLampParams) -> float:
    return FOOT_CIRCLE_RATIO * p.base_diameter / 2


def collar_z(p: PlywoodLampParams) -> float:
    return FOOT_H + board(p) + FLANGE_H + p.stem_height + shade.HOLDER_COLLAR


@constraint()
def shade_prints_without_support(p: PlywoodLampParams) -> str | None:
    """The shade's cone leans out by at most 45°, so it prints without support."""
    return shade.flare_problem(p.shade_bottom_diameter, p.shade_top_diameter, p.shade_height)


@constraint()
def shade_top_has_room(p: PlywoodLampParams) -> str | None:
    """The top plate around the lamp-holder hole is wide enough (and for the vents)."""
    return shade.top_room_problem(p.shade_top_diameter, p.shade_ring_hole, p.vent_holes)


@constraint()
def shade_clears_base(p: PlywoodLampParams) -> str | None:
    """The shade hangs above the hub's flange."""
    return shade.clearance_problem(p.stem_height, p.shade_height)


@constraint()
def base_carries_shade(p: PlywoodLampParams) -> str | None:
    """The base is wide enough for the shade not to tip the lamp (this template's rule: base ≥
    0.6 × the shade's bottom diameter)."""
    need = STABILITY_RATIO * p.shade_bottom_diameter
    if p.base_diameter < need - 1e-9:
        return (
            f"a {fmt_mm(p.base_diameter)} mm base is too small under a "
            f"{fmt_mm(p.shade_bottom_diameter)} mm shade: at least {need:.0f} mm "
            f"({STABILITY_RATIO:g} × the shade) so the lamp does not tip"
        )
    return None


def _screw_positions() -> list[tuple[float, float]]:
    return [
        (SCREW_CIRCLE * math.cos(a), SCREW_CIRCLE * math.sin(a))
        for a in (math.radians(90 + 120 * i) for i in range(3))
    ]


def foot_positions(p: PlywoodLampParams) -> list[tuple[float, float]]:
    r = foot_radius(p)
    return [(r * math.cos(a), r * math.sin(a)) for a in (math.radians(30 + 120 * i) for i in range(3))]


def _base(p: PlywoodLampParams) -> cq.Shape:
    holes = [geo.circle_face((0, 0), TUBE_HOLE / 2)]
    holes += [geo.circle_face(xy, SCREW_CLEAR / 2) for xy in _screw_positions()]
    holes += [geo.circle_face(xy, PEG_D / 2) for xy in foot_positions(p)]
    disc = geo.profile_cut(geo.circle_face((0, 0), p.base_diameter / 2), holes)
    return geo.extrude_face(disc, board(p))


def _hub(p: PlywoodLampParams) -> cq.Shape:
    r = p.stem_diameter / 2
    body = geo.revolve_profile(
        [
            (TUBE_HOLE / 2, 0),
            (FLANGE_D / 2, 0),
            (FLANGE_D / 2, FLANGE_H),
            (r, FLANGE_H),
            (r, FLANGE_H + p.stem_height),
            (TUBE_HOLE / 2, FLANGE_H + p.stem_height),
        ]
    )
    pilots = [geo.cylinder(PILOT / 2, FLANGE_H, (x, y, -1)) for x, y in _screw_positions()]
    return geo.cut(body, pilots)


def _foot(p: PlywoodLampParams) -> cq.Shape:
    peg = (PEG_D - PEG_FIT) / 2
    return geo.revolve_profile(
        [
            (0, 0),
            (FOOT_D / 2, 0),
            (FOOT_D / 2, FOOT_H),
            (peg, FOOT_H),
            (peg, FOOT_H + board(p) - 0.5),
            (0, FOOT_H + board(p) - 0.5),
        ]
    )


def _shade(p: PlywoodLampParams) -> cq.Shape:
    return shade.shade_solid(
        p.shade_top_diameter,
        p.shade_bottom_diameter,
        p.shade_height,
        p.shade_wall,
        p.shade_ring_hole,
        p.vent_holes,
    )


def build(p: PlywoodLampParams) -> Product:
    t = board(p)
    base_z = FOOT_H
    parts = (
        # The base's outline is nominal: the laser's kerf widens its holes by a tenth of a mm,
        # which the dowels' 0.1 mm play already allows for.
        Part(
            "base",
            _base(p),
            p.base_material,
            Process.LASER,
            sheet_thickness=t,
            placements=(Placement.at(0, 0, base_z),),
            kerf_allowance_mm=0.0,
            description="plywood disc: tube, screw and foot holes",
        ),
        Part(
            "hub",
            _hub(p),
            p.material,
            Process.FDM,
            placements=(Placement.at(0, 0, base_z + t),),
            description="flange and stem around the lamp tube; print flange down",
        ),
        Part(
            "foot",
            _foot(p),
            p.material,
            Process.FDM,
            quantity=3,
            placements=tuple(Placement.at(x, y, 0) for x, y in foot_positions(p)),
            description="its peg sits in the base; lifts it so the cord leaves underneath",
        ),
        Part(
            "shade",
            _shade(p),
            p.shade_material,
            Process.FDM,
            spare=True,
            placements=(Placement.at(0, 0, collar_z(p)).rotated("x", 180),),
            description="print top down as modelled (vase-like)",
        ),
    )
    tube = geo.round_up_to(t + FLANGE_H + p.stem_height + 25.0, TUBE_LENGTHS)
    hardware = (
        Hardware("lamp holder", f"{p.lamp_holder} lamp holder with shade ring, M10×1 female thread", 1),
        Hardware(
            "lamp tube",
            f"M10×1 threaded lamp tube, {fmt_mm(tube)} mm",
            1,
            material="steel",
            **estimated(tube_mass_g(10.0, 1.0, tube)),
        ),
        Hardware("lamp nut", "M10×1 lamp nut", 1, material="steel"),
        Hardware(
            "hub screw",
            f"ST2.9 × {fmt_mm(screw_length(p))} mm pan head self-tapping screw",
            3,
            material="steel",
            standard="ISO 7049",
            **estimated(cap_screw_mass_g(2.9, screw_length(p))),
        ),
        Hardware("cord set", "2-core lamp flex with plug and in-line switch", 1),
    )
    joints = (
        Joint(JointKind.SCREW, ("base", "hub"), 3, "screwdriver PH1", "hub screw"),
        Joint(JointKind.SCREW, ("base", "hub"), 1, "spanner or pliers", "lamp nut"),
        Joint(JointKind.DOWEL, ("foot", "base"), 3),
        Joint(JointKind.SCREW, ("shade",), 1, None, "lamp holder"),
    )
    notes = (
        "Two workshops can share this lamp: the base is laser-cut, hub, feet and shade are printed.",
        "Use an LED bulb: incandescent bulbs get hot enough to soften printed plastic.",
        "Connecting the holder and plug is mains wiring: have it done or checked by a competent person.",
        f"Thread the cord up the tube from under the base; the feet leave {fmt_mm(FOOT_H)} mm for it.",
    )
    return Product(parts, joints, hardware, notes)


TEMPLATE = Template(
    params_type=PlywoodLampParams,
    id="plywood-lamp",
    version="1.0.0",
    name="Table lamp with plywood base",
    description=(
        "A table lamp whose base is a laser-cut plywood disc and whose hub, feet and shade are "
        "printed, built on standard lamp parts (M10×1 tube, E27 or E14 holder). The shade is "
        "held by the holder's shade ring; the hub unscrews from the base."
    ),
    category="Lighting",
    processes=(Process.LASER.value, Process.FDM.value),
    parameters=(
        Length("base_diameter", 180, 120, 300, step=5, group="Base", help="Diameter of the plywood base."),
        Choice(
            "base_thickness",
            "6mm",
            BOARDS,
            group="Base",
            help="Thickness of the plywood (or MDF) sheet the base is cut from.",
        ),
        Length(
            "stem_height",
            220,
            80,
            400,
            step=5,
            group="Stem",
            help="Height of the printed stem above the base's flange.",
        ),
        Length("stem_diameter", 22, 18, 36, step=1, group="Stem", help="Outside diameter of the stem."),
        Length(
            "shade_bottom_diameter",
            220,
            120,
            380,
            step=5,
            group="Shade",
            help="Diameter of the shade at its open bottom.",
        ),
        Length(
            "shade_top_diameter",
            110,
            60,
            250,
            step=5,
            group="Shade",
            help="Diameter of the shade at the top.",
        ),
        Length("shade_height", 160, 60, 300, step=5, group="Shade", help="Height of the shade."),
        Length(
            "shade_wall",
            1.6,
            0.8,
            3,
            step=0.1,
            group="Shade",
            eco_tunable=True,
            help="Shade wall thickness. Thinner uses less plastic and lets more light through.",
        ),
        Toggle(
            "vent_holes", True, group="Shade", help="Eight vent holes around the holder let warm air out."
        ),
        Choice(
            "lamp_holder", "E27", ("E27", "E14"), group="Fit", help="Bulb socket of the lamp holder you buy."
        ),
        Length(
            "shade_ring_hole",
            40,
            26,
            45,
            step=0.5,
            group="Fit",
            help="Hole for the holder's threaded sleeve, under the shade ring. About 40 mm "
            "for E27 and 28 mm for E14 holders; measure your holder.",
        ),
        MaterialSlot("base_material", "birch_plywood", BASE_MATERIALS, help="Sheet for the laser-cut base."),
        MaterialSlot("material", "petg", PRINT_MATERIALS, help="Printed hub and feet."),
        MaterialSlot(
            "shade_material",
            "petg",
            PRINT_MATERIALS,
            help="Printed shade. Light colours and thin walls glow; PETG stands heat better than PLA.",
        ),
    ),
    build=build,
    constraints=(shade_prints_without_support, shade_top_has_room, shade_clears_base, base_carries_shade),
    presets=(
        Preset(
            "desk",
            {
                "base_diameter": 160,
                "stem_height": 200,
                "shade_bottom_diameter": 200,
                "shade_top_diameter": 110,
                "shade_height": 150,
            },
            "Desk lamp with a cone shade.",
        ),
        Preset(
            "bedside-e14",
            {
                "base_diameter": 130,
                "base_thickness": "4mm",
                "stem_height": 140,
                "stem_diameter": 20,
                "shade_bottom_diameter": 160,
                "shade_top_diameter": 80,
                "shade_height": 120,
                "lamp_holder": "E14",
                "shade_ring_hole": 28.5,
            },
            "Small bedside lamp with an E14 holder.",
        ),
        Preset(
            "reading",
            {
                "base_diameter": 220,
                "stem_height": 320,
                "shade_bottom_diameter": 260,
                "shade_top_diameter": 150,
                "shade_height": 180,
                "base_material": "mdf",
            },
            "Tall reading lamp on a wide MDF base.",
        ),
    ),
    conditions=UseConditions(
        temperatures=(
            ServiceTemperature(
                60,
                assumption(
                    "the shade's top is clamped to the lamp holder, which an LED bulb's base warms to "
                    "about 60 °C; not measured (an incandescent bulb would be far hotter)"
                ),
                parts=("shade",),
                description="the shade at the lamp holder",
            ),
            ServiceTemperature(
                35,
                assumption("indoor room, up to 35 °C"),
                parts=("base", "hub", "foot"),
                description="the room",
            ),
        ),
        exposure=Exposure(
            outdoor_uv=False, water="none", food_contact=False, source=assumption("an indoor table lamp")
        ),
        statements=(MaterialStatement("pla", "PLA softens at about 55 °C", 55),),
        no_load_reason="the parts carry only their own weight and the bulb's, a few newtons",
    ),
    author="Fabwise",
    license="CC-BY-4.0",
    tags=("lamp", "lighting", "plywood", "laser", "mixed processes", "replaceable shade"),
)

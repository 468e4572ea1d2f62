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
from configurator.sdk.i18n import translate
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
        return translate(
            "plywood-lamp",
            "a {base_diameter} mm base is too small under a "
            "{shade_bottom_diameter} mm shade: at least {need:.0f} mm "
            "({STABILITY_RATIO:g} × the shade) so the lamp does not tip",
        ).format(
            base_diameter=fmt_mm(p.base_diameter),
            shade_bottom_diameter=fmt_mm(p.shade_bottom_diameter),
            need=need,
            STABILITY_RATIO=STABILITY_RATIO,
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
            description=translate("plywood-lamp", "plywood disc: tube, screw and foot holes"),
        ),
        Part(
            "hub",
            _hub(p),
            p.material,
            Process.FDM,
            placements=(Placement.at(0, 0, base_z + t),),
            description=translate("plywood-lamp", "flange and stem around the lamp tube; print flange down"),
        ),
        Part(
            "foot",
            _foot(p),
            p.material,
            Process.FDM,
            quantity=3,
            placements=tuple(Placement.at(x, y, 0) for x, y in foot_positions(p)),
            description=translate(
                "plywood-lamp", "its peg sits in the base; lifts it so the cord leaves underneath"
            ),
        ),
        Part(
            "shade",
            _shade(p),
            p.shade_material,
            Process.FDM,
            spare=True,
            placements=(Placement.at(0, 0, collar_z(p)).rotated("x", 180),),
            description=translate("plywood-lamp", "print top down as modelled (vase-like)"),
        ),
    )
    tube = geo.round_up_to(t + FLANGE_H + p.stem_height + 25.0, TUBE_LENGTHS)
    hardware = (
        Hardware(
            "lamp holder",
            translate(
                "plywood-lamp", "{lamp_holder} lamp holder with shade ring, M10×1 female thread"
            ).format(lamp_holder=p.lamp_holder),
            1,
        ),
        Hardware(
            "lamp tube",
            translate("plywood-lamp", "M10×1 threaded lamp tube, {tube} mm").format(tube=fmt_mm(tube)),
            1,
            material="steel",
            **estimated(tube_mass_g(10.0, 1.0, tube)),
        ),
        Hardware("lamp nut", translate("plywood-lamp", "M10×1 lamp nut"), 1, material="steel"),
        Hardware(
            "hub screw",
            translate("plywood-lamp", "ST2.9 × {p} mm pan head self-tapping screw").format(
                p=fmt_mm(screw_length(p))
            ),
            3,
            material="steel",
            standard="ISO 7049",
            **estimated(cap_screw_mass_g(2.9, screw_length(p))),
        ),
        Hardware("cord set", translate("plywood-lamp", "2-core lamp flex with plug and in-line switch"), 1),
    )
    joints = (
        Joint(JointKind.SCREW, ("base", "hub"), 3, "screwdriver PH1", "hub screw"),
        Joint(JointKind.SCREW, ("base", "hub"), 1, "spanner or pliers", "lamp nut"),
        Joint(JointKind.DOWEL, ("foot", "base"), 3),
        Joint(JointKind.SCREW, ("shade",), 1, None, "lamp holder"),
    )
    notes = (
        translate(
            "plywood-lamp",
            "Two workshops can share this lamp: the base is laser-cut, hub, feet and shade are printed.",
        ),
        translate(
            "plywood-lamp", "Use an LED bulb: incandescent bulbs get hot enough to soften printed plastic."
        ),
        translate(
            "plywood-lamp",
            "Connecting the holder and plug is mains wiring: have it done or checked by a competent person.",
        ),
        translate(
            "plywood-lamp",
            "Thread the cord up the tube from under the base; the feet leave {FOOT_H} mm for it.",
        ).format(FOOT_H=fmt_mm(FOOT_H)),
    )
    return Product(parts, joints, hardware, notes)


TEMPLATE = Template(
    params_type=PlywoodLampParams,
    id="plywood-lamp",
    version="1.0.0",
    name=translate("plywood-lamp", "Table lamp with plywood base"),
    description=(
        translate(
            "plywood-lamp",
            "A table lamp whose base is a laser-cut plywood disc and whose hub, feet and shade are "
            "printed, built on standard lamp parts (M10×1 tube, E27 or E14 holder). The shade is "
            "held by the holder's shade ring; the hub unscrews from the base.",
        )
    ),
    category=translate("plywood-lamp", "Lighting"),
    processes=(Process.LASER.value, Process.FDM.value),
    parameters=(
        Length(
            "base_diameter",
            180,
            120,
            300,
            step=5,
            group=translate("plywood-lamp", "Base"),
            help=translate("plywood-lamp", "Diameter of the plywood base."),
            label=translate("plywood-lamp", "Base diameter"),
        ),
        Choice(
            "base_thickness",
            "6mm",
            BOARDS,
            group=translate("plywood-lamp", "Base"),
            help=translate("plywood-lamp", "Thickness of the plywood (or MDF) sheet the base is cut from."),
            label=translate("plywood-lamp", "Base thickness"),
        ),
        Length(
            "stem_height",
            220,
            80,
            400,
            step=5,
            group=translate("plywood-lamp", "Stem"),
            help=translate("plywood-lamp", "Height of the printed stem above the base's flange."),
            label=translate("plywood-lamp", "Stem height"),
        ),
        Length(
            "stem_diameter",
            22,
            18,
            36,
            step=1,
            group=translate("plywood-lamp", "Stem"),
            help=translate("plywood-lamp", "Outside diameter of the stem."),
            label=translate("plywood-lamp", "Stem diameter"),
        ),
        Length(
            "shade_bottom_diameter",
            220,
            120,
            380,
            step=5,
            group=translate("plywood-lamp", "Shade"),
            help=translate("plywood-lamp", "Diameter of the shade at its open bottom."),
            label=translate("plywood-lamp", "Shade bottom diameter"),
        ),
        Length(
            "shade_top_diameter",
            110,
            60,
            250,
            step=5,
            group=translate("plywood-lamp", "Shade"),
            help=translate("plywood-lamp", "Diameter of the shade at the top."),
            label=translate("plywood-lamp", "Shade top diameter"),
        ),
        Length(
            "shade_height",
            160,
            60,
            300,
            step=5,
            group=translate("plywood-lamp", "Shade"),
            help=translate("plywood-lamp", "Height of the shade."),
            label=translate("plywood-lamp", "Shade height"),
        ),
        Length(
            "shade_wall",
            1.6,
            0.8,
            3,
            step=0.1,
            group=translate("plywood-lamp", "Shade"),
            eco_tunable=True,
            help=translate(
                "plywood-lamp", "Shade wall thickness. Thinner uses less plastic and lets more light through."
            ),
            label=translate("plywood-lamp", "Shade wall"),
        ),
        Toggle(
            "vent_holes",
            True,
            group=translate("plywood-lamp", "Shade"),
            help=translate("plywood-lamp", "Eight vent holes around the holder let warm air out."),
            label=translate("plywood-lamp", "Vent holes"),
        ),
        Choice(
            "lamp_holder",
            "E27",
            ("E27", "E14"),
            group=translate("plywood-lamp", "Fit"),
            help=translate("plywood-lamp", "Bulb socket of the lamp holder you buy."),
            label=translate("plywood-lamp", "Lamp holder"),
        ),
        Length(
            "shade_ring_hole",
            40,
            26,
            45,
            step=0.5,
            group=translate("plywood-lamp", "Fit"),
            help=translate(
                "plywood-lamp",
                "Hole for the holder's threaded sleeve, under the shade ring. About 40 mm "
                "for E27 and 28 mm for E14 holders; measure your holder.",
            ),
            label=translate("plywood-lamp", "Shade ring hole"),
        ),
        MaterialSlot(
            "base_material",
            "birch_plywood",
            BASE_MATERIALS,
            help=translate("plywood-lamp", "Sheet for the laser-cut base."),
            label=translate("plywood-lamp", "Base material"),
        ),
        MaterialSlot(
            "material",
            "petg",
            PRINT_MATERIALS,
            help=translate("plywood-lamp", "Printed hub and feet."),
            label=translate("plywood-lamp", "Material"),
        ),
        MaterialSlot(
            "shade_material",
            "petg",
            PRINT_MATERIALS,
            help=translate(
                "plywood-lamp",
                "Printed shade. Light colours and thin walls glow; PETG stands heat better than PLA.",
            ),
            label=translate("plywood-lamp", "Shade material"),
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
            translate("plywood-lamp", "Desk lamp with a cone shade."),
            label=translate("plywood-lamp", "Desk"),
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
            translate("plywood-lamp", "Small bedside lamp with an E14 holder."),
            label=translate("plywood-lamp", "Bedside e14"),
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
            translate("plywood-lamp", "Tall reading lamp on a wide MDF base."),
            label=translate("plywood-lamp", "Reading"),
        ),
    ),
    conditions=UseConditions(
        temperatures=(
            ServiceTemperature(
                60,
                assumption(
                    translate(
                        "plywood-lamp",
                        "the shade's top is clamped to the lamp holder, which an LED bulb's base "
                        "warms to "
                        "about 60 °C; not measured (an incandescent bulb would be far hotter)",
                    )
                ),
                parts=("shade",),
                description=translate("plywood-lamp", "the shade at the lamp holder"),
            ),
            ServiceTemperature(
                35,
                assumption(translate("plywood-lamp", "indoor room, up to 35 °C")),
                parts=("base", "hub", "foot"),
                description=translate("plywood-lamp", "the room"),
            ),
        ),
        exposure=Exposure(
            outdoor_uv=False,
            water="none",
            food_contact=False,
            source=assumption(translate("plywood-lamp", "an indoor table lamp")),
        ),
        statements=(MaterialStatement("pla", translate("plywood-lamp", "PLA softens at about 55 °C"), 55),),
        no_load_reason=translate(
            "plywood-lamp", "the parts carry only their own weight and the bulb's, a few newtons"
        ),
    ),
    author="Fabwise",
    license="CC-BY-4.0",
    tags=("lamp", "lighting", "plywood", "laser", "mixed processes", "replaceable shade"),
)

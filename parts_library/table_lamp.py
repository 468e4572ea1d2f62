"""Table lamp with a replaceable shade (FDM): a hollow base closed by a screwed bottom plate, a stem
threaded on a standard M10×1 lamp tube, and a shade clamped by the lamp holder's shade ring, so the
shade can be swapped or reprinted without tools.

Frames: base, bottom plate and stem upright (bottom on z = 0). The shade is modelled as printed, top
plate on the bed and the cone widening upwards; its placement turns it over onto the lamp holder.
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
from parts_library._hardware import countersunk_screw_mass_g, estimated, fmt_mm, tube_mass_g


class TableLampParams(Params):
    """The values build() and the constraints read, typed (checked against the parameters below)."""

    base_diameter: float
    base_height: float
    base_wall: float
    stem_height: float
    stem_diameter: float
    shade_bottom_diameter: float
    shade_top_diameter: float
    shade_height: float
    shade_wall: float
    vent_holes: bool
    lamp_holder: str
    shade_ring_hole: float
    material: str
    shade_material: str


MATERIALS = ("petg", "rpetg", "pla", "rpla")
TUBE_HOLE = 10.5  # M10×1 lamp tube is 10 mm outside
BASE_TOP = 4.0  # thickness of the base's top
PLATE = 3.0  # bottom plate thickness
BOSS_R = 4.0
BOSS_HEIGHT = 12.0
PILOT = 2.4  # pilot hole for an ST2.9 self-tapping screw
PLATE_SCREW_CLEAR, PLATE_SCREW_HEAD = 3.2, 5.5  # ISO 7050 ST2.9 countersunk
CABLE_HOLE = 7.0
BASE_TOP_RATIO = 0.75
TUBE_LENGTHS = tuple(float(x) for x in range(40, 605, 5))


def base_top_radius(p: TableLampParams) -> float:
    return BASE_TOP_RATIO * p.base_diameter / 2


def cavity_radius_at(p: TableLampParams, z: float) -> float:
    """Inner radius of the hollow base at height ``z`` (walls follow the outside taper)."""
    r, h = p.base_diameter / 2, p.base_height
    inset = p.base_wall * 1.2
    frac = min(max(z / h, 0.0), 1.0)
    return (r + (base_top_radius(p) - r) * frac) - inset


def collar_z(p: TableLampParams) -> float:
    return p.base_height + p.stem_height + shade.HOLDER_COLLAR


@constraint()
def shade_prints_without_support(p: TableLampParams) -> str | None:
    """The shade's cone leans out by at most 45°, so it prints without support."""
    return shade.flare_problem(p.shade_bottom_diameter, p.shade_top_diameter, p.shade_height)


@constraint()
def shade_top_has_room(p: TableLampParams) -> str | None:
    """The top plate around the lamp-holder hole is wide enough (and for the vents)."""
    return shade.top_room_problem(p.shade_top_diameter, p.shade_ring_hole, p.vent_holes)


@constraint()
def shade_clears_base(p: TableLampParams) -> str | None:
    """The shade hangs above the base."""
    return shade.clearance_problem(p.stem_height, p.shade_height)


def _boss_positions(p: TableLampParams) -> list[tuple[float, float]]:
    radius = cavity_radius_at(p, PLATE + BOSS_HEIGHT) - BOSS_R + 1.0
    return [
        (radius * math.cos(a), radius * math.sin(a)) for a in (math.radians(90 + 120 * i) for i in range(3))
    ]


def _base(p: TableLampParams) -> cq.Shape:
    r, h = p.base_diameter / 2, p.base_height
    r_top = base_top_radius(p)
    body = geo.revolve_profile([(0, 0), (r, 0), (r_top, h), (0, h)])
    roof = h - BASE_TOP
    cavity = geo.revolve_profile(
        [
            (0, -1),
            (cavity_radius_at(p, 0), -1),
            (cavity_radius_at(p, 0), 0),
            (cavity_radius_at(p, roof), roof),
            (0, roof),
        ]
    )
    hub = geo.cylinder(9.0, 8.0 + 0.5, (0, 0, roof - 8.0))
    bosses = [geo.cylinder(BOSS_R, BOSS_HEIGHT + 0.5, (x, y, PLATE)) for x, y in _boss_positions(p)]
    inside = geo.fuse([hub, *bosses])
    shell = geo.cut(body, [geo.cut(cavity, [inside])])
    tools: list[cq.Shape] = [geo.cylinder(TUBE_HOLE / 2, h + 2, (0, 0, -1))]
    tools += [geo.cylinder(PILOT / 2, BOSS_HEIGHT - 2, (x, y, PLATE - 1)) for x, y in _boss_positions(p)]
    tools.append(
        geo.cylinder(CABLE_HOLE / 2, r + 2, (0, 0, PLATE + CABLE_HOLE / 2 + 1), (-1, 0, 0)).translate(
            cq.Vector(r + 1, 0, 0)
        )
    )
    return geo.cut(shell, tools)


def _bottom_plate(p: TableLampParams) -> cq.Shape:
    radius = cavity_radius_at(p, PLATE) - 0.3
    plate = geo.cylinder(radius, PLATE)
    tool = geo.countersunk_tool(PLATE_SCREW_CLEAR, PLATE_SCREW_HEAD, PLATE)
    return geo.cut(plate, [geo.oriented(tool, (x, y, 0), (0, 0, -1)) for x, y in _boss_positions(p)])


def _stem(p: TableLampParams) -> cq.Shape:
    r = p.stem_diameter / 2
    return geo.revolve_profile(
        [(TUBE_HOLE / 2, 0), (r, 0), (r, p.stem_height), (TUBE_HOLE / 2, p.stem_height)]
    )


def _shade(p: TableLampParams) -> cq.Shape:
    return shade.shade_solid(
        p.shade_top_diameter,
        p.shade_bottom_diameter,
        p.shade_height,
        p.shade_wall,
        p.shade_ring_hole,
        p.vent_holes,
    )


def build(p: TableLampParams) -> Product:
    material, shade_material = p.material, p.shade_material
    base_h = p.base_height
    parts = (
        Part(
            "base",
            _base(p),
            material,
            Process.FDM,
            placements=(Placement(),),
            description=translate("table-lamp", "hollow base; print upside down"),
        ),
        Part(
            "bottom plate",
            _bottom_plate(p),
            material,
            Process.FDM,
            placements=(Placement(),),
            description=translate("table-lamp", "closes the base"),
        ),
        Part(
            "stem",
            _stem(p),
            material,
            Process.FDM,
            placements=(Placement.at(0, 0, base_h),),
            description=translate("table-lamp", "slides over the lamp tube"),
        ),
        Part(
            "shade",
            _shade(p),
            shade_material,
            Process.FDM,
            spare=True,
            placements=(Placement.at(0, 0, collar_z(p)).rotated("x", 180),),
            description=translate("table-lamp", "print top down as modelled (vase-like)"),
        ),
    )
    holder = p.lamp_holder
    tube = geo.round_up_to(BASE_TOP + p.stem_height + 25.0, TUBE_LENGTHS)
    hardware = (
        Hardware(
            "lamp holder",
            translate("table-lamp", "{holder} lamp holder with shade ring, M10×1 female thread").format(
                holder=holder
            ),
            1,
        ),
        Hardware(
            "lamp tube",
            translate("table-lamp", "M10×1 threaded lamp tube, {tube} mm").format(tube=fmt_mm(tube)),
            1,
            material="steel",
            **estimated(tube_mass_g(10.0, 1.0, tube)),
        ),
        Hardware("lamp nut", translate("table-lamp", "M10×1 lamp nut"), 1, material="steel"),
        Hardware(
            "plate screw",
            translate("table-lamp", "ST2.9 × 9.5 mm countersunk self-tapping screw"),
            3,
            material="steel",
            standard="ISO 7050",
            **estimated(countersunk_screw_mass_g(2.9, 9.5, 5.5)),
        ),
        Hardware("cord set", translate("table-lamp", "2-core lamp flex with plug and in-line switch"), 1),
    )
    joints = (
        Joint(JointKind.SCREW, ("bottom plate", "base"), 3, "screwdriver PH1", "plate screw"),
        Joint(JointKind.SCREW, ("base", "stem"), 1, "spanner or pliers", "lamp nut"),
        Joint(JointKind.SCREW, ("shade",), 1, None, "lamp holder"),
    )
    notes = (
        translate(
            "table-lamp", "Use an LED bulb: incandescent bulbs get hot enough to soften printed plastic."
        ),
        translate(
            "table-lamp",
            "Connecting the holder and plug is mains wiring: have it done or checked by a competent person.",
        ),
        translate(
            "table-lamp",
            "The cable leaves the base through a {CABLE_HOLE} mm hole: grip it "
            "inside, e.g. with the cable strain relief template.",
        ).format(CABLE_HOLE=fmt_mm(CABLE_HOLE)),
    )
    return Product(parts, joints, hardware, notes)


TEMPLATE = Template(
    params_type=TableLampParams,
    id="table-lamp",
    version="1.0.0",
    name=translate("table-lamp", "Table lamp with replaceable shade"),
    description=(
        translate(
            "table-lamp",
            "A printed table lamp built on standard lamp parts (M10×1 tube, E27 or E14 holder). The "
            "shade is held only by the holder's shade ring: unscrew it by hand to swap or reprint "
            "the shade. The base opens with three screws for repairs.",
        )
    ),
    category=translate("table-lamp", "Lighting"),
    processes=(Process.FDM.value,),
    parameters=(
        Length(
            "base_diameter",
            150,
            90,
            220,
            step=5,
            group=translate("table-lamp", "Base"),
            help=translate("table-lamp", "Diameter of the base at the table."),
            label=translate("table-lamp", "Base diameter"),
        ),
        Length(
            "base_height",
            35,
            20,
            70,
            step=1,
            group=translate("table-lamp", "Base"),
            help=translate("table-lamp", "Height of the base."),
            label=translate("table-lamp", "Base height"),
        ),
        Length(
            "base_wall",
            2.4,
            1.6,
            4,
            step=0.2,
            group=translate("table-lamp", "Base"),
            eco_tunable=True,
            help=translate(
                "table-lamp",
                "Wall of the hollow base. Thinner uses less plastic; the base still carries the lamp.",
            ),
            label=translate("table-lamp", "Base wall"),
        ),
        Length(
            "stem_height",
            240,
            60,
            400,
            step=5,
            group=translate("table-lamp", "Stem"),
            help=translate("table-lamp", "Height of the stem between base and lamp holder."),
            label=translate("table-lamp", "Stem height"),
        ),
        Length(
            "stem_diameter",
            24,
            18,
            40,
            step=1,
            group=translate("table-lamp", "Stem"),
            help=translate("table-lamp", "Outside diameter of the stem."),
            label=translate("table-lamp", "Stem diameter"),
        ),
        Length(
            "shade_bottom_diameter",
            200,
            100,
            380,
            step=5,
            group=translate("table-lamp", "Shade"),
            help=translate("table-lamp", "Diameter of the shade at its open bottom."),
            label=translate("table-lamp", "Shade bottom diameter"),
        ),
        Length(
            "shade_top_diameter",
            100,
            60,
            250,
            step=5,
            group=translate("table-lamp", "Shade"),
            help=translate("table-lamp", "Diameter of the shade at the top."),
            label=translate("table-lamp", "Shade top diameter"),
        ),
        Length(
            "shade_height",
            150,
            60,
            300,
            step=5,
            group=translate("table-lamp", "Shade"),
            help=translate("table-lamp", "Height of the shade."),
            label=translate("table-lamp", "Shade height"),
        ),
        Length(
            "shade_wall",
            1.6,
            0.8,
            3,
            step=0.1,
            group=translate("table-lamp", "Shade"),
            eco_tunable=True,
            help=translate(
                "table-lamp", "Shade wall thickness. Thinner uses less plastic and lets more light through."
            ),
            label=translate("table-lamp", "Shade wall"),
        ),
        Toggle(
            "vent_holes",
            True,
            group=translate("table-lamp", "Shade"),
            help=translate("table-lamp", "Eight vent holes around the holder let warm air out."),
            label=translate("table-lamp", "Vent holes"),
        ),
        Choice(
            "lamp_holder",
            "E27",
            ("E27", "E14"),
            group=translate("table-lamp", "Fit"),
            help=translate("table-lamp", "Bulb socket of the lamp holder you buy."),
            label=translate("table-lamp", "Lamp holder"),
        ),
        Length(
            "shade_ring_hole",
            40,
            26,
            45,
            step=0.5,
            group=translate("table-lamp", "Fit"),
            help=translate(
                "table-lamp",
                "Hole for the holder's threaded sleeve, under the shade ring. About 40 mm "
                "for E27 and 28 mm for E14 holders; measure your holder.",
            ),
            label=translate("table-lamp", "Shade ring hole"),
        ),
        MaterialSlot(
            "material",
            "petg",
            MATERIALS,
            help=translate("table-lamp", "Base, stem and bottom plate."),
            label=translate("table-lamp", "Material"),
        ),
        MaterialSlot(
            "shade_material",
            "petg",
            MATERIALS,
            group=translate("table-lamp", "Material"),
            help=translate(
                "table-lamp", "Shade. Light colours and thin walls glow; PETG stands heat better than PLA."
            ),
            label=translate("table-lamp", "Shade material"),
        ),
    ),
    build=build,
    conditions=UseConditions(
        temperatures=(
            ServiceTemperature(
                60,
                assumption(
                    translate(
                        "table-lamp",
                        "the shade's top is clamped to the lamp holder, which an LED bulb's base "
                        "warms to "
                        "about 60 °C; not measured (an incandescent bulb would be far hotter)",
                    )
                ),
                parts=("shade",),
                description=translate("table-lamp", "the shade at the lamp holder"),
            ),
            ServiceTemperature(
                35,
                assumption(translate("table-lamp", "indoor room, up to 35 °C")),
                parts=("base", "bottom plate", "stem"),
                description=translate("table-lamp", "the room"),
            ),
        ),
        exposure=Exposure(
            outdoor_uv=False,
            water="none",
            food_contact=False,
            source=assumption(translate("table-lamp", "an indoor table lamp")),
        ),
        statements=(MaterialStatement("pla", translate("table-lamp", "PLA softens at about 55 °C"), 55),),
        no_load_reason=translate(
            "table-lamp", "the parts carry only their own weight and the bulb's, a few newtons"
        ),
    ),
    constraints=(shade_prints_without_support, shade_top_has_room, shade_clears_base),
    presets=(
        Preset(
            "desk",
            {
                "base_diameter": 130,
                "stem_height": 200,
                "shade_bottom_diameter": 200,
                "shade_top_diameter": 110,
                "shade_height": 150,
            },
            translate("table-lamp", "Desk lamp with a cone shade."),
            label=translate("table-lamp", "Desk"),
        ),
        Preset(
            "bedside-e14",
            {
                "base_diameter": 110,
                "base_height": 30,
                "stem_height": 140,
                "stem_diameter": 20,
                "shade_bottom_diameter": 160,
                "shade_top_diameter": 80,
                "shade_height": 120,
                "lamp_holder": "E14",
                "shade_ring_hole": 28.5,
            },
            translate("table-lamp", "Small bedside lamp with an E14 holder."),
            label=translate("table-lamp", "Bedside e14"),
        ),
        Preset(
            "drum",
            {
                "base_diameter": 160,
                "stem_height": 260,
                "shade_bottom_diameter": 260,
                "shade_top_diameter": 240,
                "shade_height": 200,
            },
            translate("table-lamp", "Tall lamp with a drum shade."),
            label=translate("table-lamp", "Drum"),
        ),
    ),
    author="Fabwise",
    license="CC-BY-4.0",
    tags=("lamp", "lighting", "replaceable shade", "screws"),
)

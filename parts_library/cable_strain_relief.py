"""Cable strain relief clamp (FDM): two printed halves with a groove sized to the measured cable,
squeezed together by two socket-head screws into captive nuts, with optional ears to screw it down
inside an appliance, lamp base or desk. A repair part for cables that pull out of their housing.

Frames: both halves are modelled as printed: flat side on z = 0, clamping face (with the groove) on
top; the cable runs along +x. The lid's placement flips it onto the base as assembled.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import cadquery as cq

from configurator.sdk.conditions import (
    Exposure,
    ServiceTemperature,
    UseConditions,
    assumption,
)
from configurator.sdk.i18n import translate
from configurator.sdk.params import Choice, Count, Length, MaterialSlot, Params, Toggle
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
from parts_library._hardware import (
    WOOD_SCREWS,
    cap_screw_mass_g,
    estimated,
    fmt_mm,
    hex_nut_mass_g,
    wood_screw_mass_g,
)


class CableStrainReliefParams(Params):
    """The values build() and the constraints read, typed (checked against the parameters below)."""

    cable_diameter: float
    squeeze: float
    clamp_length: float
    wall: float
    screw: str
    mounting_ears: bool
    quantity: int
    material: str


@dataclass(frozen=True)
class CapScrew:
    """ISO 4762 socket head cap screw with its ISO 4032 nut and ISO 273 medium clearance hole."""

    thread: str
    clear_d: float
    hex_key: float
    nut_width: float
    nut_height: float


CAP_SCREWS = {
    "M3": CapScrew("M3", 3.4, 2.5, 5.5, 2.4),
    "M4": CapScrew("M4", 4.5, 3.0, 7.0, 3.2),
}
CAP_SCREW_LENGTHS = (6.0, 8.0, 10.0, 12.0, 16.0, 20.0, 25.0, 30.0)
MOUNT_SCREW = WOOD_SCREWS["3.5mm"]
EAR_THICKNESS = 4.0
NUT_CLEARANCE = 0.15
MATERIALS = ("petg", "rpetg", "abs", "pla", "rpla")


@dataclass(frozen=True)
class Sizes:
    groove_r: float
    screw_y: float
    half_width: float
    lid_h: float
    base_h: float
    screw_length: float
    trap_top: float


def sizes(p: CableStrainReliefParams) -> Sizes:
    s = CAP_SCREWS[p.screw]
    wall = p.wall
    groove_r = (p.cable_diameter - p.squeeze) / 2
    nut_r = s.nut_width / math.sqrt(3) + NUT_CLEARANCE
    screw_y = groove_r + 1.2 + nut_r
    lid_h = groove_r + wall
    length = geo.round_up_to(lid_h + s.nut_height + 2.2, CAP_SCREW_LENGTHS)
    base_h = max(groove_r + wall, length - lid_h + 0.5)
    trap_top = base_h + lid_h - length + s.nut_height + 0.3
    return Sizes(groove_r, screw_y, screw_y + nut_r + wall, lid_h, base_h, length, trap_top)


@constraint()
def squeeze_does_not_crush(p: CableStrainReliefParams) -> str | None:
    """The clamp presses the cable by at most a quarter of its diameter."""
    limit = 0.25 * p.cable_diameter
    if p.squeeze > limit + 1e-9:
        return translate(
            "cable-strain-relief",
            "squeeze {squeeze} mm would crush a {cable_diameter} mm cable: at most {limit:.2f} mm",
        ).format(squeeze=fmt_mm(p.squeeze), cable_diameter=fmt_mm(p.cable_diameter), limit=limit)
    return None


def _groove_tool(length: float, radius: float) -> cq.Shape:
    """The cable channel along +x with flared ends, centred on the clamping face at z = 0."""
    flare = min(1.0, 0.4 * radius)
    tool = geo.revolve_profile(
        [
            (0, -1),
            (radius + flare + 1, -1),
            (radius, flare),
            (radius, length - flare),
            (radius + flare + 1, length + 1),
            (0, length + 1),
        ]
    )
    return geo.oriented(tool, (0, 0, 0), (1, 0, 0))


def _half(p: CableStrainReliefParams, height: float, is_base: bool) -> cq.Shape:
    s = CAP_SCREWS[p.screw]
    z = sizes(p)
    length = p.clamp_length
    pieces = [geo.box(0, -z.half_width, 0, length, 2 * z.half_width, height)]
    ear = MOUNT_SCREW.head_d + 6
    ears = is_base and p.mounting_ears
    if ears:
        pieces.append(geo.box(0, -z.half_width - ear, 0, length, 2 * (z.half_width + ear), EAR_THICKNESS))
    body = geo.fuse(pieces)
    tools: list[cq.Shape] = [_groove_tool(length, z.groove_r).translate(cq.Vector(0, 0, height))]
    for y in (z.screw_y, -z.screw_y):
        tools.append(geo.cylinder(s.clear_d / 2, height + 2, (length / 2, y, -1)))
        if is_base:
            nut_r = s.nut_width / math.sqrt(3) + NUT_CLEARANCE
            hexagon = [
                (
                    length / 2 + nut_r * math.cos(math.pi / 3 * i + math.pi / 6),
                    y + nut_r * math.sin(math.pi / 3 * i + math.pi / 6),
                )
                for i in range(6)
            ]
            tools.append(geo.prism(hexagon, z.trap_top + 1).translate(cq.Vector(0, 0, -1)))
    if ears:
        tool = geo.countersunk_tool(MOUNT_SCREW.clear_d, MOUNT_SCREW.head_d, EAR_THICKNESS)
        for y in (z.half_width + ear / 2, -z.half_width - ear / 2):
            tools.append(geo.oriented(tool, (length / 2, y, EAR_THICKNESS), (0, 0, 1)))
    return geo.cut(body, tools)


def build(p: CableStrainReliefParams) -> Product:
    s = CAP_SCREWS[p.screw]
    z = sizes(p)
    copies = p.quantity
    material = p.material
    # Copies side by side in the assembled view, 10 mm apart whatever their width.
    pitch = 2 * (z.half_width + (MOUNT_SCREW.head_d + 6 if p.mounting_ears else 0)) + 10
    parts = (
        Part(
            "base",
            _half(p, z.base_h, True),
            material,
            Process.FDM,
            quantity=copies,
            spare=True,
            placements=tuple(Placement.at(0, i * pitch, 0) for i in range(copies)),
            description=translate("cable-strain-relief", "lower half with captive nuts"),
        ),
        Part(
            "lid",
            _half(p, z.lid_h, False),
            material,
            Process.FDM,
            quantity=copies,
            spare=True,
            placements=tuple(
                Placement.at(0, i * pitch, z.base_h + z.lid_h).rotated("x", 180) for i in range(copies)
            ),
            description=translate("cable-strain-relief", "upper half; print groove up"),
        ),
    )
    hardware = [
        Hardware(
            "clamp screw",
            translate("cable-strain-relief", "{thread} × {screw_length} mm socket head cap screw").format(
                thread=s.thread, screw_length=fmt_mm(z.screw_length)
            ),
            2 * copies,
            material="steel",
            standard="ISO 4762",
            **estimated(cap_screw_mass_g(float(s.thread[1:]), z.screw_length)),
        ),
        Hardware(
            "nut",
            translate("cable-strain-relief", "{thread} hex nut").format(thread=s.thread),
            2 * copies,
            material="steel",
            standard="ISO 4032",
            **estimated(hex_nut_mass_g(float(s.thread[1:]), s.nut_width, s.nut_height)),
        ),
    ]
    joints = [
        Joint(JointKind.SCREW, ("base", "lid"), 2 * copies, f"hex key {fmt_mm(s.hex_key)} mm", "clamp screw")
    ]
    if p.mounting_ears:
        hardware.append(
            Hardware(
                "mounting screw",
                translate("cable-strain-relief", "{diameter} × 16 mm countersunk wood screw").format(
                    diameter=fmt_mm(MOUNT_SCREW.diameter)
                ),
                2 * copies,
                material="steel",
                standard="DIN 7997",
                **estimated(wood_screw_mass_g(MOUNT_SCREW, 16.0)),
            )
        )
        joints.append(Joint(JointKind.SCREW, ("base",), 2 * copies, MOUNT_SCREW.drive, "mounting screw"))
    notes = (
        translate(
            "cable-strain-relief", "Press the nuts into the hexagonal pockets under the base before assembly."
        ),
        translate(
            "cable-strain-relief",
            "Tighten until the halves touch: the cable is then squeezed by {squeeze} mm.",
        ).format(squeeze=fmt_mm(p.squeeze)),
    )
    return Product(parts, tuple(joints), tuple(hardware), notes)


TEMPLATE = Template(
    params_type=CableStrainReliefParams,
    id="cable-strain-relief",
    version="1.0.0",
    name=translate("cable-strain-relief", "Cable strain relief clamp"),
    description=(
        translate(
            "cable-strain-relief",
            "A two-part clamp that grips a cable so a pull on it does not reach the terminals. "
            "Measure the cable, choose how firmly to squeeze it, and screw the clamp down inside the "
            "appliance, lamp base or desk.",
        )
    ),
    category=translate("cable-strain-relief", "Repair"),
    processes=(Process.FDM.value,),
    parameters=(
        Length(
            "cable_diameter",
            6.5,
            2,
            16,
            step=0.1,
            group=translate("cable-strain-relief", "Fit"),
            help=translate("cable-strain-relief", "Outside diameter of the cable, measured with calipers."),
            label=translate("cable-strain-relief", "Cable diameter"),
        ),
        Length(
            "squeeze",
            0.4,
            0,
            2,
            step=0.05,
            group=translate("cable-strain-relief", "Fit"),
            help=translate(
                "cable-strain-relief", "How much the closed clamp presses the cable (diameter reduction)."
            ),
            label=translate("cable-strain-relief", "Squeeze"),
        ),
        Length(
            "clamp_length",
            20,
            12,
            50,
            step=1,
            group=translate("cable-strain-relief", "Clamp"),
            help=translate("cable-strain-relief", "Length of the clamp along the cable."),
            label=translate("cable-strain-relief", "Clamp length"),
        ),
        Length(
            "wall",
            2.4,
            1.6,
            5,
            step=0.2,
            group=translate("cable-strain-relief", "Clamp"),
            eco_tunable=True,
            help=translate(
                "cable-strain-relief",
                "Plastic around the cable channel. Thinner uses less plastic; the grip is the same.",
            ),
            label=translate("cable-strain-relief", "Wall"),
        ),
        Choice(
            "screw",
            "M3",
            tuple(CAP_SCREWS),
            group=translate("cable-strain-relief", "Fixing"),
            help=translate(
                "cable-strain-relief", "Socket head screws (ISO 4762) and nuts that close the clamp."
            ),
            label=translate("cable-strain-relief", "Screw"),
        ),
        Toggle(
            "mounting_ears",
            True,
            group=translate("cable-strain-relief", "Fixing"),
            help=translate("cable-strain-relief", "Ears with countersunk holes to screw the clamp down."),
            label=translate("cable-strain-relief", "Mounting ears"),
        ),
        Count(
            "quantity",
            1,
            1,
            10,
            group=translate("cable-strain-relief", "Order"),
            help=translate("cable-strain-relief", "How many clamps."),
            label=translate("cable-strain-relief", "Quantity"),
        ),
        MaterialSlot(
            "material",
            "petg",
            MATERIALS,
            help=translate("cable-strain-relief", "Filament."),
            label=translate("cable-strain-relief", "Material"),
        ),
    ),
    build=build,
    conditions=UseConditions(
        temperatures=(
            ServiceTemperature(
                50,
                assumption(translate("cable-strain-relief", "inside an appliance or lamp base, up to 50 °C")),
                description=translate("cable-strain-relief", "the inside of a housing"),
            ),
        ),
        exposure=Exposure(
            outdoor_uv=False,
            water="none",
            food_contact=False,
            source=assumption(translate("cable-strain-relief", "inside a housing")),
        ),
        no_load_reason=(
            translate(
                "cable-strain-relief",
                "the cable's pull is held by friction under the screws' clamping force, "
                "which a linear model of one part cannot represent",
            )
        ),
    ),
    constraints=(squeeze_does_not_crush,),
    presets=(
        Preset(
            "lamp-cord",
            {"cable_diameter": 5.0, "squeeze": 0.4, "clamp_length": 16},
            translate("cable-strain-relief", "Two-core lamp flex, about 5 mm."),
            label=translate("cable-strain-relief", "Lamp cord"),
        ),
        Preset(
            "appliance-cable",
            {"cable_diameter": 7.5, "squeeze": 0.6, "clamp_length": 24},
            translate("cable-strain-relief", "Three-core appliance cable (kettle, heater)."),
            label=translate("cable-strain-relief", "Appliance cable"),
        ),
        Preset(
            "usb-cable",
            {"cable_diameter": 3.5, "squeeze": 0.3, "clamp_length": 14, "mounting_ears": False},
            translate("cable-strain-relief", "USB or audio cable."),
            label=translate("cable-strain-relief", "Usb cable"),
        ),
        Preset(
            "heavy-cable",
            {"cable_diameter": 12, "squeeze": 1.0, "clamp_length": 36, "screw": "M4", "wall": 3.0},
            translate("cable-strain-relief", "Thick cable for a workshop machine."),
            label=translate("cable-strain-relief", "Heavy cable"),
        ),
    ),
    author="Fabwise",
    license="CC-BY-4.0",
    tags=("cable", "strain relief", "clamp", "repair", "made to measure"),
)

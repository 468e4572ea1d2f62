"""Replacement foot for an appliance or small piece of furniture, SLA-printed in resin.

Fits by a press-fit peg into the hole the old foot left (measure its diameter and depth) or by a
countersunk screw through the foot. Optional recess underneath for a stick-on felt pad, and an
optional hollow core with drain holes (standard SLA practice) to save resin.

Frame: floor face on z = 0, the face against the appliance at z = height, the peg pointing up.
"""

from __future__ import annotations

import math

import cadquery as cq

from configurator.sdk.conditions import (
    SUSTAINED,
    Box,
    Exposure,
    Load,
    LoadCase,
    ServiceTemperature,
    UseConditions,
    assumption,
)
from configurator.sdk.i18n import translate
from configurator.sdk.params import (
    Angle,
    Choice,
    Count,
    Length,
    MaterialSlot,
    Params,
    Toggle,
)
from configurator.sdk.product import Hardware, Joint, JointKind, Part, Process, Product
from configurator.sdk.schema import Preset, constraint
from configurator.sdk.template import Template
from parts_library import _geometry as geo
from parts_library._hardware import (
    WOOD_SCREW_LENGTHS,
    WOOD_SCREWS,
    estimated,
    fmt_mm,
    wood_screw_mass_g,
)


class ApplianceFootParams(Params):
    """The values build() and the constraints read, typed (checked against the parameters below)."""

    foot_diameter: float
    foot_height: float
    side_angle: float
    mount: str
    peg_diameter: float
    peg_length: float
    interference: float
    screw_size: str
    felt_pad: bool
    hollow: bool
    quantity: int
    material: str


CHAMFER = 0.8
PAD_DEPTH = 1.0
HEAD_RECESS = 1.0  # screw head sits this far inside the floor face
FELT_PADS = (10.0, 12.0, 15.0, 18.0, 20.0, 22.0, 25.0, 28.0, 30.0, 38.0, 40.0, 50.0)
SHELL_WALL = 2.0
DRAIN_D = 2.5
SCREWS = ("3.5mm", "4mm")


def top_radius(p: ApplianceFootParams) -> float:
    return p.foot_diameter / 2 - p.foot_height * math.tan(math.radians(p.side_angle))


def pad_size(p: ApplianceFootParams) -> float | None:
    return geo.round_down_to(p.foot_diameter - 2 * CHAMFER - 2.0, FELT_PADS)


def centre_radius(p: ApplianceFootParams) -> float:
    """Radius taken up on the axis by the peg or the screw."""
    if p.mount == "peg":
        return (p.peg_diameter + p.interference) / 2
    return (WOOD_SCREWS[p.screw_size].head_d + 1.0) / 2


@constraint()
def top_not_too_small(p: ApplianceFootParams) -> str | None:
    """The tapered side leaves a top face at least half the foot's width."""
    if top_radius(p) < p.foot_diameter / 4 - 1e-9:
        return translate(
            "appliance-foot",
            "side angle {side_angle}° is too steep for a {foot_height} mm tall "
            "foot of {foot_diameter} mm: the top would be less than half as wide; "
            "lower the angle",
        ).format(
            side_angle=fmt_mm(p.side_angle),
            foot_height=fmt_mm(p.foot_height),
            foot_diameter=fmt_mm(p.foot_diameter),
        )
    return None


@constraint(
    "mount", "peg_diameter", "interference", "foot_diameter", "side_angle", "foot_height", "screw_size"
)
def centre_fits(p: ApplianceFootParams) -> str | None:
    """The peg (or the screw head) sits inside the foot with material around it."""
    room = top_radius(p) if p.mount == "peg" else p.foot_diameter / 2 - CHAMFER
    if centre_radius(p) + 1.5 > room + 1e-9:
        if p.mount == "peg":
            return translate(
                "appliance-foot", "the foot is too small for a {peg_diameter} mm peg: make it wider"
            ).format(peg_diameter=fmt_mm(p.peg_diameter))
        return translate(
            "appliance-foot", "the foot is too small for a {screw_size} screw head: make it wider"
        ).format(screw_size=p.screw_size)
    return None


@constraint()
def pad_available(p: ApplianceFootParams) -> str | None:
    """A stock felt pad fits under the foot."""
    if p.felt_pad and pad_size(p) is None:
        return translate(
            "appliance-foot",
            "no stock felt pad fits under a {foot_diameter} mm foot (smallest is "
            "{value} mm): make it wider or turn the pad off",
        ).format(foot_diameter=fmt_mm(p.foot_diameter), value=fmt_mm(FELT_PADS[0]))
    return None


@constraint()
def screw_foot_tall_enough(p: ApplianceFootParams) -> str | None:
    """A screwed foot is tall enough for the recessed countersunk head."""
    if p.mount != "screw":
        return None
    screw = WOOD_SCREWS[p.screw_size]
    need = (
        HEAD_RECESS
        + (PAD_DEPTH if p.felt_pad else 0.0)
        + geo.countersink_depth(screw.clear_d, screw.head_d)
        + 2.0
    )
    if p.foot_height < need - 1e-9:
        return translate(
            "appliance-foot",
            "foot height {foot_height} mm is too low for a recessed {screw_size} "
            "screw: at least {need:.1f} mm",
        ).format(foot_height=fmt_mm(p.foot_height), screw_size=p.screw_size, need=need)
    return None


def _foot(p: ApplianceFootParams) -> tuple[cq.Shape, list[str]]:
    r, h = p.foot_diameter / 2, p.foot_height
    r_top = top_radius(p)
    body: cq.Shape = geo.revolve_profile([(0, 0), (r - CHAMFER, 0), (r, CHAMFER), (r_top, h), (0, h)])
    notes: list[str] = []
    pad = pad_size(p) if p.felt_pad else None
    floor = PAD_DEPTH if pad else 0.0
    tools: list[cq.Shape] = []
    if pad:
        tools.append(geo.cylinder((pad + 0.5) / 2, PAD_DEPTH + 1, (0, 0, -1)))
    if p.mount == "peg":
        rp, length = centre_radius(p), p.peg_length
        tip = min(0.5, 0.2 * rp)
        peg = geo.revolve_profile(
            [(0, h - 0.5), (rp, h - 0.5), (rp, h + length - tip), (rp - tip, h + length), (0, h + length)]
        )
        body = geo.fuse([body, peg])
    else:
        screw = WOOD_SCREWS[p.screw_size]
        tool = geo.countersunk_tool(
            screw.clear_d, screw.head_d, h + 1, recess_d=screw.head_d + 1.0, recess_depth=HEAD_RECESS + floor
        )
        tools.append(geo.oriented(tool, (0, 0, 0), (0, 0, -1)))
    if p.hollow:
        inner = centre_radius(p) + SHELL_WALL
        outer = r_top - SHELL_WALL
        bottom, top = floor + SHELL_WALL, h - SHELL_WALL
        if outer - inner >= 1.5 and top - bottom >= 2.0:
            tools.append(geo.revolve_profile([(inner, bottom), (outer, bottom), (outer, top), (inner, top)]))
            mid = (inner + outer) / 2
            for x in (mid, -mid):  # drain and vent holes for uncured resin
                tools.append(geo.cylinder(DRAIN_D / 2, bottom + 1, (x, 0, -1)))
        else:
            notes.append(
                translate("appliance-foot", "The foot is too small to hollow out: it is printed solid.")
            )
    return geo.cut(body, tools), notes


def build(p: ApplianceFootParams) -> Product:
    copies = p.quantity
    shape, notes = _foot(p)
    h = p.foot_height
    regions = {
        "floor face": Box((-1e4, -1e4, -0.01), (1e4, 1e4, 0.01), normal=(0, 0, -1)),
        "appliance face": Box((-1e4, -1e4, h - 0.01), (1e4, 1e4, h + 0.01), normal=(0, 0, 1)),
    }
    part = Part(
        "foot",
        shape,
        p.material,
        Process.SLA,
        quantity=copies,
        spare=True,
        description=translate("appliance-foot", "replacement foot"),
        regions=regions,
    )
    hardware: list[Hardware] = []
    joints: list[Joint] = []
    if p.mount == "peg":
        joints.append(Joint(JointKind.PRESS_FIT, ("foot",), copies))
        notes.append(
            translate(
                "appliance-foot",
                "Press the peg into the appliance's hole; a drop of glue makes it permanent.",
            )
        )
    else:
        screw = WOOD_SCREWS[p.screw_size]
        length = geo.round_up_to(p.foot_height - HEAD_RECESS + 10.0, WOOD_SCREW_LENGTHS)
        hardware.append(
            Hardware(
                "foot screw",
                translate("appliance-foot", "{diameter} × {length} mm countersunk wood screw").format(
                    diameter=fmt_mm(screw.diameter), length=fmt_mm(length)
                ),
                copies,
                material="steel",
                standard="DIN 7997",
                **estimated(wood_screw_mass_g(screw, length)),
            )
        )
        joints.append(Joint(JointKind.SCREW, ("foot",), copies, screw.drive, "foot screw"))
        notes.append(
            translate("appliance-foot", "The screw reaches about 10 mm into the appliance or furniture.")
        )
    if p.felt_pad:
        pad = pad_size(p)
        hardware.append(
            Hardware(
                "felt pad",
                translate("appliance-foot", "self-adhesive felt pad, Ø {value} mm").format(
                    value=fmt_mm(pad or 0)
                ),
                copies,
            )
        )
    if p.hollow:
        notes.append(
            translate("appliance-foot", "Hollow: rinse and cure through the two drain holes underneath.")
        )
    return Product((part,), tuple(joints), tuple(hardware), tuple(notes))


TEMPLATE = Template(
    params_type=ApplianceFootParams,
    id="appliance-foot",
    version="1.0.0",
    name=translate("appliance-foot", "Replacement appliance foot"),
    description=(
        translate(
            "appliance-foot",
            "A replacement foot for a washing machine, speaker, printer or cabinet. It fits by a "
            "press-fit peg in the hole the old foot left, or by a screw, with an optional felt pad "
            "underneath. Printed in resin.",
        )
    ),
    category=translate("appliance-foot", "Repair"),
    processes=(Process.SLA.value,),
    parameters=(
        Length(
            "foot_diameter",
            25,
            10,
            60,
            step=0.5,
            group=translate("appliance-foot", "Foot"),
            help=translate("appliance-foot", "Diameter of the foot at the floor."),
            label=translate("appliance-foot", "Foot diameter"),
        ),
        Length(
            "foot_height",
            12,
            4,
            40,
            step=0.5,
            group=translate("appliance-foot", "Foot"),
            help=translate("appliance-foot", "Height of the foot, without the peg."),
            label=translate("appliance-foot", "Foot height"),
        ),
        Angle(
            "side_angle",
            8,
            0,
            25,
            step=1,
            group=translate("appliance-foot", "Foot"),
            help=translate("appliance-foot", "Taper of the side: 0 gives a cylinder."),
            label=translate("appliance-foot", "Side angle"),
        ),
        Choice(
            "mount",
            "peg",
            ("peg", "screw"),
            group=translate("appliance-foot", "Fit"),
            help=translate(
                "appliance-foot", "Press-fit peg into an existing hole, or a screw through the foot."
            ),
            label=translate("appliance-foot", "Mount"),
        ),
        Length(
            "peg_diameter",
            6,
            2,
            16,
            step=0.05,
            group=translate("appliance-foot", "Fit"),
            help=translate(
                "appliance-foot", "Diameter of the hole in the appliance, measured (for the peg)."
            ),
            label=translate("appliance-foot", "Peg diameter"),
        ),
        Length(
            "peg_length",
            8,
            2,
            25,
            step=0.5,
            group=translate("appliance-foot", "Fit"),
            help=translate("appliance-foot", "Depth of that hole: the peg is as long."),
            label=translate("appliance-foot", "Peg length"),
        ),
        Length(
            "interference",
            0.05,
            -0.2,
            0.3,
            step=0.01,
            group=translate("appliance-foot", "Fit"),
            help=translate(
                "appliance-foot",
                "How much larger than the hole the peg is: more holds tighter, too much "
                "cracks it. Negative for a loose fit to glue.",
            ),
            label=translate("appliance-foot", "Interference"),
        ),
        Choice(
            "screw_size",
            "4mm",
            SCREWS,
            group=translate("appliance-foot", "Fit"),
            help=translate("appliance-foot", "Countersunk wood screw (for the screw mount)."),
            label=translate("appliance-foot", "Screw size"),
        ),
        Toggle(
            "felt_pad",
            False,
            group=translate("appliance-foot", "Options"),
            help=translate("appliance-foot", "A recess underneath for a stock self-adhesive felt pad."),
            label=translate("appliance-foot", "Felt pad"),
        ),
        Toggle(
            "hollow",
            True,
            group=translate("appliance-foot", "Options"),
            eco_tunable=True,
            help=translate(
                "appliance-foot", "Hollow core with drain holes: less resin, same fit and outside."
            ),
            label=translate("appliance-foot", "Hollow"),
        ),
        Count(
            "quantity",
            4,
            1,
            16,
            group=translate("appliance-foot", "Order"),
            help=translate("appliance-foot", "How many feet."),
            label=translate("appliance-foot", "Quantity"),
        ),
        MaterialSlot(
            "material",
            "sla_resin",
            ("sla_resin",),
            help=translate("appliance-foot", "Resin."),
            label=translate("appliance-foot", "Material"),
        ),
    ),
    build=build,
    conditions=UseConditions(
        load_cases=(
            LoadCase(
                "appliance weight",
                label=translate("appliance-foot", "appliance weight"),
                part="foot",
                duration=SUSTAINED,
                description=translate("appliance-foot", "The appliance stands on its feet for years."),
                loads=(
                    Load.mass(
                        "appliance face",
                        15,
                        direction=(0, 0, -1),
                        source=assumption(
                            translate(
                                "appliance-foot",
                                "15 kg per foot: a 60 kg appliance or piece of furniture on four feet",
                            )
                        ),
                    ),
                ),
                fixed=("floor face",),
            ),
        ),
        temperatures=(
            ServiceTemperature(
                40,
                assumption(translate("appliance-foot", "under a household appliance, up to 40 °C")),
                description=translate("appliance-foot", "the floor under an appliance"),
            ),
        ),
        exposure=Exposure(
            outdoor_uv=False,
            water="splash",
            food_contact=False,
            source=assumption(
                translate("appliance-foot", "kitchen or bathroom floors get wiped and splashed")
            ),
        ),
    ),
    constraints=(top_not_too_small, centre_fits, pad_available, screw_foot_tall_enough),
    presets=(
        Preset(
            "washing-machine",
            {
                "foot_diameter": 40,
                "foot_height": 20,
                "side_angle": 5,
                "mount": "screw",
                "screw_size": "4mm",
                "hollow": False,
            },
            translate("appliance-foot", "Sturdy screwed foot for a heavy appliance (solid)."),
            label=translate("appliance-foot", "Washing machine"),
        ),
        Preset(
            "speaker",
            {
                "foot_diameter": 20,
                "foot_height": 10,
                "mount": "peg",
                "peg_diameter": 5,
                "peg_length": 6,
                "felt_pad": True,
            },
            translate("appliance-foot", "Small peg-in foot with a felt pad."),
            label=translate("appliance-foot", "Speaker"),
        ),
        Preset(
            "cabinet",
            {"foot_diameter": 30, "foot_height": 25, "side_angle": 10, "mount": "screw", "felt_pad": True},
            translate("appliance-foot", "Screw-on cabinet foot with a felt pad."),
            label=translate("appliance-foot", "Cabinet"),
        ),
        Preset(
            "printer",
            {
                "foot_diameter": 14,
                "foot_height": 6,
                "side_angle": 0,
                "mount": "peg",
                "peg_diameter": 4,
                "peg_length": 5,
                "hollow": False,
            },
            translate("appliance-foot", "Tiny foot for a printer or laptop stand."),
            label=translate("appliance-foot", "Printer"),
        ),
    ),
    author="Fabwise",
    license="CC-BY-4.0",
    tags=("foot", "repair", "spare part", "resin"),
)

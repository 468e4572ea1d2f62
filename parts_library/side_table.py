"""Side table of two processes: CNC-routed plywood (two cross legs and a round top) standing on
four printed foot caps that protect the floor and the plywood's end grain.

The wooden parts are the flat-pack stool's joinery at table proportions (halving joint, tabs
through mortises, four screws); see :mod:`parts_library.flatpack_stool`. Each foot cap is a
printed channel that slides over a leg's foot.

Frames: the sheet parts lie flat on z = 0; a foot cap stands on z = 0, its channel along +x and
centred on y = 0. Placements stand the legs on the caps' soles.
"""

from __future__ import annotations

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
from configurator.sdk.params import Choice, Length, MaterialSlot, Params
from configurator.sdk.product import Hardware, Joint, JointKind, Part, Placement, Process, Product
from configurator.sdk.schema import Preset, constraint
from configurator.sdk.template import Template
from parts_library import _geometry as geo
from parts_library import flatpack_stool as stool
from parts_library._hardware import countersunk_screw_mass_g, estimated, fmt_mm


class SideTableParams(Params):
    """The values build() and the constraints read, typed (checked against the parameters below)."""

    top_diameter: float
    height: float
    footprint: float
    thickness: str
    arch_height: float
    sole: float
    fit_clearance: float
    bit_diameter: float
    material: str
    foot_material: str


BOARD_MATERIALS = ("birch_plywood", "pine")
PRINT_MATERIALS = ("petg", "rpetg", "pla", "rpla")
CAP_DEPTH = 20.0  # how far the leg sits in its cap
CAP_WALL = 3.0
CAP_SLIDE = 0.3  # the channel is this much wider than the slot clearance, to slide on by hand
STABILITY_RATIO = 0.55  # this template's rule, as the stool's: footprint ≥ 0.55 × height


def board(p: SideTableParams) -> float:
    return float(p.thickness.removesuffix("mm"))


def wood(p: SideTableParams) -> stool.FlatpackStoolParams:
    """The stool's joinery for this table: its seat is the table top, standing on the soles."""
    return stool.FlatpackStoolParams(
        {
            "seat_diameter": p.top_diameter,
            "height": p.height - p.sole,
            "footprint": p.footprint,
            "thickness": p.thickness,
            "arch_height": p.arch_height,
            "fit_clearance": p.fit_clearance,
            "bit_diameter": p.bit_diameter,
            "material": p.material,
        }
    )


def foot_length(p: SideTableParams) -> float:
    return stool.FOOT_RATIO * p.footprint


@constraint()
def arch_leaves_wood(p: SideTableParams) -> str | None:
    """The foot arch stays below the halving slot with wood to spare."""
    limit = (p.height - p.sole - board(p)) / 2 - stool.MIN_WEB
    if p.arch_height > limit + 1e-9:
        return translate(
            "side-table",
            "arch height {arch_height} mm is too high for a {height} mm table: at "
            "most {limit:.0f} mm, so {MIN_WEB:g} mm of wood stays under the cross "
            "joint",
        ).format(
            arch_height=fmt_mm(p.arch_height), height=fmt_mm(p.height), limit=limit, MIN_WEB=stool.MIN_WEB
        )
    return None


@constraint()
def stable_footprint(p: SideTableParams) -> str | None:
    """Wide enough not to tip (this template's rule: footprint ≥ 0.55 × height)."""
    need = STABILITY_RATIO * p.height
    if p.footprint < need - 1e-9:
        return translate(
            "side-table",
            "footprint {footprint} mm is too narrow for a {height} mm tall table: "
            "at least {need:.0f} mm ({STABILITY_RATIO:g} × height) so it does not "
            "tip",
        ).format(
            footprint=fmt_mm(p.footprint), height=fmt_mm(p.height), need=need, STABILITY_RATIO=STABILITY_RATIO
        )
    return None


@constraint()
def legs_flare_out(p: SideTableParams) -> str | None:
    """The legs are at least as wide at the floor as under the top."""
    top = stool.TOP_WIDTH_RATIO * p.top_diameter
    if p.footprint < top - 1e-9:
        return translate(
            "side-table",
            "footprint {footprint} mm is narrower than the legs under a "
            "{top_diameter} mm top ({top:.0f} mm): widen the footprint or use a "
            "smaller top",
        ).format(footprint=fmt_mm(p.footprint), top_diameter=fmt_mm(p.top_diameter), top=top)
    return None


def _foot_cap(p: SideTableParams) -> cq.Shape:
    length = foot_length(p)
    channel = board(p) + p.fit_clearance + CAP_SLIDE
    width = channel + 2 * CAP_WALL
    body = geo.box(0, -width / 2, 0, length, width, p.sole + CAP_DEPTH)
    slot = geo.box(-1, -channel / 2, p.sole, length + 2, channel, CAP_DEPTH + 1)
    return geo.cut(body, [slot])


def build(p: SideTableParams) -> Product:
    w, t = wood(p), board(p)
    half, h = p.footprint / 2, stool.leg_height(w)
    z0 = p.sole
    length = foot_length(p)

    leg_regions = {
        # in a leg's sheet frame (as the stool's): the floor is y = 0, the top rests on y = h
        "feet": Box((-1e4, -0.01, -1e4), (1e4, 0.01, 1e4), normal=(0, -1, 0)),
        "top edge": Box((-1e4, h - 0.01, -1e4), (1e4, h + 0.01, 1e4), normal=(0, 1, 0)),
    }

    def sheet(name: str, shape: cq.Shape, placement: Placement, description: str) -> Part:
        # Outlines at nominal size (dogbones for the bit included): the router's CAM offsets
        # the tool path by the bit radius.
        return Part(
            name,
            shape,
            p.material,
            Process.CNC_ROUTER,
            sheet_thickness=t,
            placements=(placement,),
            description=description,
            kerf_allowance_mm=0.0,
            regions=leg_regions if name.startswith("leg") else {},
        )

    caps = (
        Placement.at(-half, 0, 0),
        Placement.at(half - length, 0, 0),
        Placement.at(0, -half, 0).rotated("z", 90),
        Placement.at(0, half - length, 0).rotated("z", 90),
    )
    parts = (
        sheet("top", stool._seat(w), Placement.at(0, 0, z0 + h), "round top with four mortises"),
        sheet(
            "leg with top slot",
            stool._leg(w, True),
            Placement.at(-half, t / 2, z0).rotated("x", 90),
            "slides down over the other leg",
        ),
        sheet(
            "leg with bottom slot",
            stool._leg(w, False),
            Placement.at(-t / 2, -half, z0).rotated("x", 90).rotated("z", 90),
            "stands in the cross",
        ),
        Part(
            "foot cap",
            _foot_cap(p),
            p.foot_material,
            Process.FDM,
            quantity=4,
            spare=True,
            placements=caps,
            description=translate("side-table", "slides over a leg's foot; print standing as modelled"),
        ),
    )
    name, spec, _, standard = stool.screw_spec(t)
    legs = ("leg with top slot", "leg with bottom slot")
    joints = (
        Joint(JointKind.TAB_SLOT, legs, 1),
        Joint(JointKind.TAB_SLOT, ("top", *legs), 4),
        Joint(JointKind.SCREW, ("top", *legs), 4, stool.screw_tool(t), name),
        Joint(JointKind.PRESS_FIT, ("foot cap", *legs), 4),
    )
    mass = countersunk_screw_mass_g(7.0, 50.0, 10.0) if t >= 15 else countersunk_screw_mass_g(4.0, 40.0, 8.0)
    hardware = (Hardware(name, spec, 4, material="steel", standard=standard, **estimated(mass)),)
    notes = (
        translate(
            "side-table",
            "Two workshops can share this table: the plywood is CNC-routed, the foot caps printed.",
        ),
        translate(
            "side-table",
            "Dog-bone reliefs are sized for a {bit_diameter} mm bit: cut with that bit or smaller.",
        ).format(bit_diameter=fmt_mm(p.bit_diameter)),
        translate(
            "side-table",
            "Slide the leg with the top slot down over the other, put the top on the tabs, drill the "
            "screw pilot holes into the leg edges through the top, then push a cap onto each foot.",
        ),
    )
    return Product(parts, joints, hardware, notes)


TEMPLATE = Template(
    params_type=SideTableParams,
    id="side-table",
    version="1.0.0",
    name=translate("side-table", "Side table with printed feet"),
    description=(
        translate(
            "side-table",
            "A round side table routed from one plywood board (two legs that slide together in a "
            "cross, a top on their tabs, four screws) standing on four printed foot caps that "
            "protect the floor and the plywood's end grain. Ships flat, comes apart again.",
        )
    ),
    category=translate("side-table", "Furniture"),
    processes=(Process.CNC_ROUTER.value, Process.FDM.value),
    parameters=(
        Length(
            "top_diameter",
            450,
            380,
            560,
            step=5,
            help=translate("side-table", "Diameter of the round top."),
            label=translate("side-table", "Top diameter"),
        ),
        Length(
            "height",
            550,
            420,
            700,
            step=5,
            help=translate("side-table", "Height of the top from the floor."),
            label=translate("side-table", "Height"),
        ),
        Length(
            "footprint",
            420,
            300,
            650,
            step=5,
            help=translate("side-table", "Width of each leg at the floor; wider stands steadier."),
            label=translate("side-table", "Footprint"),
        ),
        Choice(
            "thickness",
            "18mm",
            ("15mm", "18mm"),
            group=translate("side-table", "Board"),
            help=translate("side-table", "Board thickness; both take confirmat screws."),
            label=translate("side-table", "Thickness"),
        ),
        Length(
            "arch_height",
            150,
            0,
            250,
            step=5,
            group=translate("side-table", "Shape"),
            eco_tunable=True,
            help=translate(
                "side-table",
                "Height of the arch cut out between the feet: the table stands on four feet "
                "(steady on uneven floors) and uses less wood.",
            ),
            label=translate("side-table", "Arch height"),
        ),
        Length(
            "sole",
            4,
            2,
            10,
            step=0.5,
            group=translate("side-table", "Feet"),
            eco_tunable=True,
            help=translate("side-table", "Thickness of the printed sole under each foot."),
            label=translate("side-table", "Sole"),
        ),
        Length(
            "fit_clearance",
            0.3,
            0,
            1,
            step=0.05,
            group=translate("side-table", "Machining"),
            help=translate(
                "side-table",
                "Extra width of slots and mortises over the board thickness, so parts slide "
                "together. Raise it if your board is thicker than nominal.",
            ),
            label=translate("side-table", "Fit clearance"),
        ),
        Length(
            "bit_diameter",
            6,
            3,
            12,
            step=0.5,
            group=translate("side-table", "Machining"),
            help=translate(
                "side-table", "Diameter of the router bit; inner corners get reliefs of this size."
            ),
            label=translate("side-table", "Bit diameter"),
        ),
        MaterialSlot(
            "material",
            "birch_plywood",
            BOARD_MATERIALS,
            help=translate("side-table", "Board material."),
            label=translate("side-table", "Material"),
        ),
        MaterialSlot(
            "foot_material",
            "petg",
            PRINT_MATERIALS,
            help=translate("side-table", "Printed foot caps; PETG is tougher underfoot than PLA."),
            label=translate("side-table", "Foot material"),
        ),
    ),
    build=build,
    constraints=(arch_leaves_wood, stable_footprint, legs_flare_out),
    presets=(
        Preset(
            "sofa-side",
            {"top_diameter": 450, "height": 550, "footprint": 420},
            translate("side-table", "Beside a sofa, 55 cm."),
            label=translate("side-table", "Sofa side"),
        ),
        Preset(
            "bedside",
            {"top_diameter": 400, "height": 480, "footprint": 340, "thickness": "15mm", "arch_height": 100},
            translate("side-table", "Small bedside table from 15 mm board."),
            label=translate("side-table", "Bedside"),
        ),
        Preset(
            "plant-stand",
            {
                "top_diameter": 380,
                "height": 700,
                "footprint": 400,
                "arch_height": 200,
                "foot_material": "rpetg",
            },
            translate("side-table", "Tall plant stand on recycled-PETG feet."),
            label=translate("side-table", "Plant stand"),
        ),
    ),
    conditions=UseConditions(
        load_cases=tuple(
            LoadCase(
                f"someone sits on it ({leg})",
                label=translate("side-table", "someone sits on it ({leg})").format(leg=leg),
                part=leg,
                duration=SHORT_TERM,
                description=translate(
                    "side-table", "A side table gets sat on; each leg carries half through its top edge."
                ),
                loads=(
                    Load.force(
                        "top edge",
                        1300,
                        share=0.5,
                        direction=(0, -1, 0),
                        source=assumption(
                            translate(
                                "side-table",
                                "misuse as a seat: the 1300 N seat static load for domestic "
                                "seating in EN 12520 as usually quoted (standard text not "
                                "consulted), as for the flat-pack stool; shared by the two "
                                "legs",
                            )
                        ),
                    ),
                ),
                fixed=("feet",),
            )
            for leg in ("leg with top slot", "leg with bottom slot")
        ),
        exposure=Exposure(
            outdoor_uv=False,
            water="none",
            food_contact=False,
            source=assumption(translate("side-table", "an indoor side table")),
        ),
    ),
    author="Fabwise",
    license="CC-BY-4.0",
    tags=("table", "furniture", "flat-pack", "cnc", "mixed processes"),
)

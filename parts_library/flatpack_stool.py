"""Flat-pack stool, CNC-routed from plywood or pine board: two legs that slide together in a cross
(halving joint), and a round seat held by tabs through mortises plus four screws.

All three parts are flat on z = 0 (sheet_thickness = the board). Inner corners a round router bit
cannot reach get dog-bone reliefs sized from the bit, so square edges seat fully. Placements
assemble the stool: seat centred on the z axis, leg with the top slot in the XZ plane, the other in
the YZ plane.
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
    standard,
)
from configurator.sdk.i18n import translate
from configurator.sdk.params import Choice, Length, MaterialSlot, Params
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
from parts_library._hardware import countersunk_screw_mass_g, estimated, fmt_mm


class FlatpackStoolParams(Params):
    """The values build() and the constraints read, typed (checked against the parameters below)."""

    seat_diameter: float
    height: float
    footprint: float
    thickness: str
    arch_height: float
    fit_clearance: float
    bit_diameter: float
    material: str


THICKNESSES = ("12mm", "15mm", "18mm")
MATERIALS = ("birch_plywood", "pine")
TAB_WIDTH = 40.0
TOP_WIDTH_RATIO = 0.75  # leg top width as a share of the seat diameter
FOOT_RATIO = 0.2  # each foot is this share of the leg's bottom width
MIN_WEB = 40.0  # wood left between the arch and the halving slot
STABILITY_RATIO = 0.55  # this template's rule: footprint ≥ 0.55 × height


def thickness(p: FlatpackStoolParams) -> float:
    return float(p.thickness.removesuffix("mm"))


def screw_spec(t: float) -> tuple[str, str, float, str | None]:
    """(name, description, hole diameter in the seat, standard) for the seat screws."""
    if t >= 15:
        return ("confirmat screw", "7 × 50 mm confirmat (one-piece connector) screw", 7.0, None)
    return ("seat screw", "4 × 40 mm countersunk wood screw", 4.5, "DIN 7997")


def screw_tool(t: float) -> str:
    return "hex key 4 mm" if t >= 15 else "screwdriver PH2"


def leg_height(p: FlatpackStoolParams) -> float:
    """Height of the legs' top edge (the seat sits on it)."""
    return p.height - thickness(p)


def tab_offset(p: FlatpackStoolParams) -> float:
    return TOP_WIDTH_RATIO * p.seat_diameter / 2 - TAB_WIDTH / 2 - 15.0


def screw_offset(p: FlatpackStoolParams) -> float:
    return (thickness(p) / 2 + tab_offset(p) - TAB_WIDTH / 2) / 2


@constraint("arch_height", "height", "thickness")
def arch_leaves_wood(p: FlatpackStoolParams) -> str | None:
    """The foot arch stays below the halving slot with wood to spare."""
    limit = leg_height(p) / 2 - MIN_WEB
    if p.arch_height > limit + 1e-9:
        return translate(
            "flatpack-stool",
            "arch height {arch_height} mm is too high for a {height} mm stool: at "
            "most {limit:.0f} mm, so {MIN_WEB:g} mm of wood stays under the cross "
            "joint",
        ).format(arch_height=fmt_mm(p.arch_height), height=fmt_mm(p.height), limit=limit, MIN_WEB=MIN_WEB)
    return None


@constraint()
def stable_footprint(p: FlatpackStoolParams) -> str | None:
    """Wide enough not to tip (this template's rule: footprint ≥ 0.55 × height)."""
    need = STABILITY_RATIO * p.height
    if p.footprint < need - 1e-9:
        return translate(
            "flatpack-stool",
            "footprint {footprint} mm is too narrow for a {height} mm tall stool: "
            "at least {need:.0f} mm ({STABILITY_RATIO:g} × height) so it does not "
            "tip",
        ).format(
            footprint=fmt_mm(p.footprint), height=fmt_mm(p.height), need=need, STABILITY_RATIO=STABILITY_RATIO
        )
    return None


@constraint()
def legs_flare_out(p: FlatpackStoolParams) -> str | None:
    """The legs are at least as wide at the floor as under the seat."""
    top = TOP_WIDTH_RATIO * p.seat_diameter
    if p.footprint < top - 1e-9:
        return translate(
            "flatpack-stool",
            "footprint {footprint} mm is narrower than the legs under a "
            "{seat_diameter} mm seat ({top:.0f} mm): widen the footprint or use a "
            "smaller seat",
        ).format(footprint=fmt_mm(p.footprint), seat_diameter=fmt_mm(p.seat_diameter), top=top)
    return None


def _dogbone(corner: tuple[float, float], into_cut: tuple[int, int], bit_d: float) -> cq.Face:
    """A relief so a round bit reaches ``corner``; ``into_cut`` points diagonally into the cut."""
    r = bit_d / 2
    cx = corner[0] + into_cut[0] * r / math.sqrt(2)
    cy = corner[1] + into_cut[1] * r / math.sqrt(2)
    return geo.circle_face((cx, cy), r)


def _leg(p: FlatpackStoolParams, slot_from_top: bool) -> cq.Shape:
    t, bit = thickness(p), p.bit_diameter
    fit = p.fit_clearance
    bottom_w, top_w = p.footprint, TOP_WIDTH_RATIO * p.seat_diameter
    h = leg_height(p)
    mid = bottom_w / 2
    tab_x = tab_offset(p)
    # Outline: trapezoid with two tabs on the top edge that go through the seat.
    left_top, right_top = mid - top_w / 2, mid + top_w / 2
    outline: list[geo.Point] = [(0, 0), (bottom_w, 0), (right_top, h)]
    for centre in (mid + tab_x, mid - tab_x):
        outline += [
            (centre + TAB_WIDTH / 2, h),
            (centre + TAB_WIDTH / 2, h + t),
            (centre - TAB_WIDTH / 2, h + t),
            (centre - TAB_WIDTH / 2, h),
        ]
    outline.append((left_top, h))
    tools: list[cq.Face] = []
    for centre in (mid + tab_x, mid - tab_x):  # reliefs where each tab meets the top edge
        tools.append(_dogbone((centre + TAB_WIDTH / 2, h), (1, 1), bit))
        tools.append(_dogbone((centre - TAB_WIDTH / 2, h), (-1, 1), bit))
    arch_h = p.arch_height
    if arch_h > 0:
        half = bottom_w * (1 - 2 * FOOT_RATIO) / 2
        arch = [
            (mid + half * math.cos(a), arch_h * math.sin(a)) for a in (math.pi * i / 32 for i in range(33))
        ]
        tools.append(geo.polygon_face([(mid + half, -1), *arch, (mid - half, -1)]))
    slot_w = t + fit
    x0, x1 = mid - slot_w / 2, mid + slot_w / 2
    if slot_from_top:
        tools.append(geo.rect_face(x0, h / 2, slot_w, h / 2 + 1))
        tools += [_dogbone((x0, h / 2), (1, 1), bit), _dogbone((x1, h / 2), (-1, 1), bit)]
    else:
        tools.append(geo.rect_face(x0, -1, slot_w, h / 2 + 1))
        tools += [_dogbone((x0, h / 2), (1, -1), bit), _dogbone((x1, h / 2), (-1, -1), bit)]
    return geo.extrude_face(geo.profile_cut(geo.polygon_face(outline), tools), t)


def _seat(p: FlatpackStoolParams) -> cq.Shape:
    t, bit, fit = thickness(p), p.bit_diameter, p.fit_clearance
    r = p.seat_diameter / 2
    tools: list[cq.Face] = []
    tab_x = tab_offset(p)
    long_, short = TAB_WIDTH + fit, t + fit
    for cx, cy, along_x in ((tab_x, 0, True), (-tab_x, 0, True), (0, tab_x, False), (0, -tab_x, False)):
        w, d = (long_, short) if along_x else (short, long_)
        x0, y0 = cx - w / 2, cy - d / 2
        tools.append(geo.rect_face(x0, y0, w, d))
        for corner, into in (
            ((x0, y0), (1, 1)),
            ((x0 + w, y0), (-1, 1)),
            ((x0 + w, y0 + d), (-1, -1)),
            ((x0, y0 + d), (1, -1)),
        ):
            tools.append(_dogbone(corner, into, bit))
    _, _, hole_d, _ = screw_spec(t)
    s = screw_offset(p)
    for x, y in ((s, 0), (-s, 0), (0, s), (0, -s)):
        tools.append(geo.circle_face((x, y), hole_d / 2))
    return geo.extrude_face(geo.profile_cut(geo.circle_face((0, 0), r), tools), t)


def build(p: FlatpackStoolParams) -> Product:
    t = thickness(p)
    material = p.material
    half_foot = p.footprint / 2
    h = leg_height(p)

    leg_regions = {
        # in a leg's sheet frame: the floor is y = 0, the seat rests on the top edge y = h
        "feet": Box((-1e4, -0.01, -1e4), (1e4, 0.01, 1e4), normal=(0, -1, 0)),
        "top edge": Box((-1e4, h - 0.01, -1e4), (1e4, h + 0.01, 1e4), normal=(0, 1, 0)),
    }

    def sheet(name: str, shape: cq.Shape, placement: Placement, description: str) -> Part:
        # Outlines at nominal size (dogbones for the bit included): the router's CAM offsets
        # the tool path by the bit radius.
        return Part(
            name,
            shape,
            material,
            Process.CNC_ROUTER,
            sheet_thickness=t,
            placements=(placement,),
            description=description,
            kerf_allowance_mm=0.0,
            regions=leg_regions if name.startswith("leg") else {},
        )

    parts = (
        sheet("seat", _seat(p), Placement.at(0, 0, h), "round seat with four mortises"),
        sheet(
            "leg with top slot",
            _leg(p, True),
            Placement.at(-half_foot, t / 2, 0).rotated("x", 90),
            "slides down over the other leg",
        ),
        sheet(
            "leg with bottom slot",
            _leg(p, False),
            Placement.at(-t / 2, -half_foot, 0).rotated("x", 90).rotated("z", 90),
            "stands in the cross",
        ),
    )
    name, spec, _, standard = screw_spec(t)
    legs = ("leg with top slot", "leg with bottom slot")
    joints = (
        Joint(JointKind.TAB_SLOT, legs, 1),
        Joint(JointKind.TAB_SLOT, ("seat", *legs), 4),
        Joint(JointKind.SCREW, ("seat", *legs), 4, screw_tool(t), name),
    )
    mass = countersunk_screw_mass_g(7.0, 50.0, 10.0) if t >= 15 else countersunk_screw_mass_g(4.0, 40.0, 8.0)
    hardware = (Hardware(name, spec, 4, material="steel", standard=standard, **estimated(mass)),)
    notes = (
        translate(
            "flatpack-stool",
            "Dog-bone reliefs are sized for a {bit_diameter} mm bit: cut with that bit or smaller.",
        ).format(bit_diameter=fmt_mm(p.bit_diameter)),
        translate(
            "flatpack-stool",
            "Slide the leg with the top slot down over the other, put the seat on the tabs, then drill "
            "the screw pilot holes into the leg edges through the seat holes.",
        ),
    )
    return Product(parts, joints, hardware, notes)


TEMPLATE = Template(
    params_type=FlatpackStoolParams,
    id="flatpack-stool",
    version="1.0.0",
    name=translate("flatpack-stool", "Flat-pack stool"),
    description=(
        translate(
            "flatpack-stool",
            "A stool routed from one board: two legs slide together in a cross and a round seat sits "
            "on their tabs, fixed with four screws. Ships flat, assembles with one tool, comes apart "
            "again.",
        )
    ),
    category=translate("flatpack-stool", "Furniture"),
    processes=(Process.CNC_ROUTER.value,),
    parameters=(
        Length(
            "seat_diameter",
            320,
            260,
            420,
            step=5,
            help=translate("flatpack-stool", "Diameter of the round seat."),
            label=translate("flatpack-stool", "Seat diameter"),
        ),
        Length(
            "height",
            450,
            300,
            650,
            step=5,
            help=translate("flatpack-stool", "Seat height from the floor."),
            label=translate("flatpack-stool", "Height"),
        ),
        Length(
            "footprint",
            380,
            220,
            600,
            step=5,
            help=translate("flatpack-stool", "Width of each leg at the floor; wider stands steadier."),
            label=translate("flatpack-stool", "Footprint"),
        ),
        Choice(
            "thickness",
            "18mm",
            THICKNESSES,
            group=translate("flatpack-stool", "Board"),
            help=translate(
                "flatpack-stool", "Board thickness. 15 and 18 mm take confirmat screws, 12 mm wood screws."
            ),
            label=translate("flatpack-stool", "Thickness"),
        ),
        Length(
            "arch_height",
            120,
            0,
            250,
            step=5,
            group=translate("flatpack-stool", "Shape"),
            eco_tunable=True,
            help=translate(
                "flatpack-stool",
                "Height of the arch cut out between the feet: the stool stands on four feet "
                "(steady on uneven floors) and weighs less.",
            ),
            label=translate("flatpack-stool", "Arch height"),
        ),
        Length(
            "fit_clearance",
            0.3,
            0,
            1,
            step=0.05,
            group=translate("flatpack-stool", "Machining"),
            help=translate(
                "flatpack-stool",
                "Extra width of slots and mortises over the board thickness, so parts slide "
                "together. Raise it if your board is thicker than nominal.",
            ),
            label=translate("flatpack-stool", "Fit clearance"),
        ),
        Length(
            "bit_diameter",
            6,
            3,
            12,
            step=0.5,
            group=translate("flatpack-stool", "Machining"),
            help=translate(
                "flatpack-stool", "Diameter of the router bit; inner corners get reliefs of this size."
            ),
            label=translate("flatpack-stool", "Bit diameter"),
        ),
        MaterialSlot(
            "material",
            "birch_plywood",
            MATERIALS,
            help=translate("flatpack-stool", "Board material."),
            label=translate("flatpack-stool", "Material"),
        ),
    ),
    build=build,
    conditions=UseConditions(
        load_cases=tuple(
            LoadCase(
                f"seated person ({leg})",
                label=translate("flatpack-stool", "seated person ({leg})").format(leg=leg),
                part=leg,
                duration=SHORT_TERM,
                description=translate(
                    "flatpack-stool",
                    "A person sits down heavily; each leg carries half through its top edge.",
                ),
                loads=(
                    Load.force(
                        "top edge",
                        1300,
                        share=0.5,
                        direction=(0, -1, 0),
                        source=standard(
                            "1300 N, the seat static load for domestic seating in EN 12520 as usually "
                            "quoted (standard text not consulted); shared by the two legs"
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
            source=assumption(translate("flatpack-stool", "an indoor stool")),
        ),
    ),
    constraints=(arch_leaves_wood, stable_footprint, legs_flare_out),
    presets=(
        Preset(
            "kitchen-stool",
            {"seat_diameter": 320, "height": 450, "footprint": 380},
            translate("flatpack-stool", "Standard stool, 45 cm."),
            label=translate("flatpack-stool", "Kitchen stool"),
        ),
        Preset(
            "kids-stool",
            {"seat_diameter": 260, "height": 300, "footprint": 260, "thickness": "15mm", "arch_height": 60},
            translate("flatpack-stool", "Low stool for children or as a footrest."),
            label=translate("flatpack-stool", "Kids stool"),
        ),
        Preset(
            "bar-stool",
            {"seat_diameter": 360, "height": 650, "footprint": 420, "arch_height": 200},
            translate("flatpack-stool", "Tall stool for a counter."),
            label=translate("flatpack-stool", "Bar stool"),
        ),
        Preset(
            "light-12mm",
            {
                "seat_diameter": 280,
                "height": 400,
                "footprint": 300,
                "thickness": "12mm",
                "material": "birch_plywood",
            },
            translate("flatpack-stool", "Light side stool from 12 mm plywood."),
            label=translate("flatpack-stool", "Light 12mm"),
        ),
    ),
    author="Fabwise",
    license="CC-BY-4.0",
    tags=("stool", "furniture", "flat-pack", "cnc"),
)

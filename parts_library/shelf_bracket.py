"""Wall shelf bracket (FDM): an L-bracket with an optional truss gusset, countersunk wall-screw
holes sized from the chosen screw, printed cover caps for the screw heads, and shelf-screw holes at
the tip of the arm.

Manufacturing frame: the bracket lies on its side (profile in XY, width along +z), the strong way to
print an L (layer lines follow the profile, so the bend is not a layer boundary). Its placement stands
it up against the wall (wall = plane x = 0, arm pointing +x, up = +z).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

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
    Choice,
    Count,
    Length,
    MaterialSlot,
    Number,
    Params,
    Toggle,
)
from configurator.sdk.product import Hardware, Joint, JointKind, Part, Placement, Process, Product
from configurator.sdk.schema import Preset, constraint
from configurator.sdk.template import Template
from parts_library import _geometry as geo
from parts_library._hardware import (
    WOOD_SCREWS,
    WoodScrew,
    estimated,
    fmt_mm,
    wall_screw_length,
    wood_screw_mass_g,
)


class ShelfBracketParams(Params):
    """The values build() and the constraints read, typed (checked against the parameters below)."""

    depth: float
    height: float
    width: float
    thickness: float
    gusset: bool
    hole_count: int
    hole_spacing: float
    screw_size: str
    screw_covers: bool
    quantity: int
    material: str
    shelf_load: float


EDGE = 4.0  # mm of material between a screw head and the bottom edge
ACCESS = 4.0  # mm between a screw head and the arm/gusset above it (screwdriver access)
RECESS_DEPTH = 2.0  # depth of the cover-cap recess above the countersink
RECESS_EXTRA = 1.0  # recess diameter = head diameter + this
CAP_CLEARANCE = 0.1  # cap diameter = recess diameter − this (light press fit on FDM)
MIN_BEHIND_HEAD = 1.5  # plate material left behind the countersink
GUSSET_MIN = 15.0  # shortest useful gusset leg
SHELF_SCREW = WOOD_SCREWS["3.5mm"]
SHELF_SCREW_LENGTH = 16.0
SHELF_CLEAR = 4.0
TIP_INSET = 8.0  # shelf-screw hole centre from the arm tip
COPY_GAP = 40.0  # gap between brackets in the assembled preview
MATERIALS = ("petg", "rpetg", "pla", "rpla", "abs")


@dataclass(frozen=True)
class Layout:
    """Where the holes and the gusset go, derived from parameters (shared by checks and build)."""

    screw: WoodScrew
    head_room: float  # radius taken by a head (or its cover recess)
    hole_ys: tuple[float, ...]
    gusset_root: float  # height where the gusset leaves the wall plate

    @property
    def top_of_holes(self) -> float:
        return self.hole_ys[-1] + self.head_room


def layout(p: ShelfBracketParams) -> Layout:
    screw = WOOD_SCREWS[p.screw_size]
    recess_d = screw.head_d + RECESS_EXTRA if p.screw_covers else screw.head_d
    head_room = recess_d / 2.0
    first = EDGE + head_room
    ys = tuple(first + i * p.hole_spacing for i in range(p.hole_count))
    return Layout(screw, head_room, ys, ys[-1] + head_room + ACCESS)


def required_thickness(p: ShelfBracketParams) -> float:
    screw = WOOD_SCREWS[p.screw_size]
    recess = RECESS_DEPTH if p.screw_covers else 0.0
    return recess + geo.countersink_depth(screw.clear_d, screw.head_d) + MIN_BEHIND_HEAD


@constraint("height", "hole_count", "hole_spacing", "screw_size", "gusset", "thickness", "screw_covers")
def holes_fit_wall_plate(p: ShelfBracketParams) -> str | None:
    """The screw holes fit on the wall plate below the arm (and below the gusset)."""
    lay = layout(p)
    below = p.height - p.thickness
    n, spacing = p.hole_count, p.hole_spacing
    if p.gusset:
        need = lay.gusset_root + GUSSET_MIN + p.thickness
        if p.height < need - 1e-9:
            return translate(
                "shelf-bracket",
                "{n} holes at {spacing} mm spacing with a gusset need a height of at "
                "least {need:.0f} mm (height is {height} mm): raise the height, use "
                "fewer holes or a smaller spacing, or turn the gusset off",
            ).format(n=n, spacing=fmt_mm(spacing), need=need, height=fmt_mm(p.height))
    elif lay.top_of_holes + ACCESS > below + 1e-9:
        need = lay.top_of_holes + ACCESS + p.thickness
        return translate(
            "shelf-bracket",
            "{n} holes at {spacing} mm spacing need a height of at least "
            "{need:.0f} mm (height is {height} mm): raise the height or use fewer "
            "holes or a smaller spacing",
        ).format(n=n, spacing=fmt_mm(spacing), need=need, height=fmt_mm(p.height))
    return None


@constraint()
def thick_enough_for_countersink(p: ShelfBracketParams) -> str | None:
    """The plate is thick enough for the countersunk head (and its cover recess)."""
    need = required_thickness(p)
    if p.thickness < need - 1e-9:
        if p.screw_covers:
            message = translate(
                "shelf-bracket",
                "a {screw_size} screw with screw covers needs a thickness of at least {need:.1f} mm "
                "(thickness is {thickness} mm): make it thicker, pick a smaller screw or turn the covers off",
            )
        else:
            message = translate(
                "shelf-bracket",
                "a {screw_size} screw needs a thickness of at least {need:.1f} mm "
                "(thickness is {thickness} mm): make it thicker, pick a smaller screw or turn the covers off",
            )
        return message.format(screw_size=p.screw_size, need=need, thickness=fmt_mm(p.thickness))
    return None


def _profile(p: ShelfBracketParams, lay: Layout) -> cq.Solid:
    depth, height, t = p.depth, p.height, p.thickness
    arm_y = height - t
    if not p.gusset:
        outline = [(0, 0), (t, 0), (t, arm_y), (depth, arm_y), (depth, height), (0, height)]
        return geo.prism(outline, p.width)
    root = lay.gusset_root
    leg_v = arm_y - root
    tip_room = TIP_INSET + SHELF_SCREW.head_d / 2.0 + 3.0
    leg_h = min(leg_v, depth - tip_room - t)
    end_x = t + leg_h
    outline = [(0, 0), (t, 0), (t, root), (end_x, arm_y), (depth, arm_y), (depth, height), (0, height)]
    windows = []
    hyp = math.hypot(leg_v, leg_h)
    reach = leg_v * leg_h / hyp  # distance from the inner corner to the gusset's outer edge
    if reach > t + 4.0:
        k = 1.0 - t / reach
        windows.append(geo.polygon_wire([(t, arm_y), (t, arm_y - k * leg_v), (t + k * leg_h, arm_y)]))
    return geo.prism(outline, p.width, windows)


def _bracket(p: ShelfBracketParams, lay: Layout) -> cq.Shape:
    t, width, depth = p.thickness, p.width, p.depth
    screw = lay.screw
    covers = p.screw_covers
    tool = geo.countersunk_tool(
        screw.clear_d,
        screw.head_d,
        t,
        recess_d=screw.head_d + RECESS_EXTRA if covers else 0.0,
        recess_depth=RECESS_DEPTH if covers else 0.0,
    )
    tools = [geo.oriented(tool, (t, y, width / 2.0), (1, 0, 0)) for y in lay.hole_ys]
    shelf_tool = geo.countersunk_tool(SHELF_CLEAR, SHELF_SCREW.head_d, t)
    arm_y = p.height - t
    for z in _shelf_screw_zs(width):
        tools.append(geo.oriented(shelf_tool, (depth - TIP_INSET, arm_y, z), (0, -1, 0)))
    return geo.cut(_profile(p, lay), tools)


def _shelf_screw_zs(width: float) -> tuple[float, ...]:
    return (width / 4.0, 3.0 * width / 4.0) if width >= 36.0 else (width / 2.0,)


def _cap(screw: WoodScrew) -> cq.Solid:
    r = (screw.head_d + RECESS_EXTRA - CAP_CLEARANCE) / 2.0
    chamfer = 0.3
    return geo.revolve_profile([(0, 0), (r - chamfer, 0), (r, chamfer), (r, RECESS_DEPTH), (0, RECESS_DEPTH)])


def build(p: ShelfBracketParams) -> Product:
    lay = layout(p)
    t, width = p.thickness, p.width
    material = p.material
    copies = p.quantity
    n_holes = len(lay.hole_ys)
    pitch = width + COPY_GAP
    body_places = tuple(Placement.at(0, width + i * pitch, 0).rotated("x", 90) for i in range(copies))
    depth, height = p.depth, p.height
    regions = {
        # the back of the wall plate (x = 0), held by the wall and its screws
        "wall face": Box((-0.01, 0.0, 0.0), (0.01, height, width), normal=(-1, 0, 0)),
        # the top of the arm, where the shelf board rests (manufacturing y = up when mounted)
        "arm top": Box((t, height - 0.01, 0.0), (depth, height + 0.01, width), normal=(0, 1, 0)),
    }
    parts = [
        Part(
            "bracket",
            _bracket(p, lay),
            material,
            Process.FDM,
            quantity=copies,
            placements=body_places,
            description=translate("shelf-bracket", "L-bracket, printed on its side as modelled"),
            regions=regions,
        )
    ]
    joints = []
    screw = lay.screw
    wall_len = wall_screw_length(screw, t)
    hardware = [
        Hardware(
            "wall screw",
            translate("shelf-bracket", "{diameter} × {wall_len} mm countersunk wood screw").format(
                diameter=fmt_mm(screw.diameter), wall_len=fmt_mm(wall_len)
            ),
            n_holes * copies,
            material="steel",
            standard="DIN 7997",
            **estimated(wood_screw_mass_g(screw, wall_len)),
        ),
        Hardware("wall plug", screw.plug, n_holes * copies),
        Hardware(
            "shelf screw",
            translate("shelf-bracket", "{diameter} × {SHELF_SCREW_LENGTH} mm countersunk wood screw").format(
                diameter=fmt_mm(SHELF_SCREW.diameter), SHELF_SCREW_LENGTH=fmt_mm(SHELF_SCREW_LENGTH)
            ),
            len(_shelf_screw_zs(width)) * copies,
            material="steel",
            standard="DIN 7997",
            **estimated(wood_screw_mass_g(SHELF_SCREW, SHELF_SCREW_LENGTH)),
        ),
    ]
    joints.append(Joint(JointKind.SCREW, ("bracket",), n_holes * copies, screw.drive, "wall screw"))
    joints.append(
        Joint(
            JointKind.SCREW,
            ("bracket",),
            len(_shelf_screw_zs(width)) * copies,
            SHELF_SCREW.drive,
            "shelf screw",
        )
    )
    if p.screw_covers:
        cap_places = tuple(
            Placement.at(t - RECESS_DEPTH, width / 2.0 + i * pitch, y).rotated("y", 90)
            for i in range(copies)
            for y in lay.hole_ys
        )
        parts.append(
            Part(
                "screw cover",
                _cap(screw),
                material,
                Process.FDM,
                quantity=n_holes * copies,
                spare=True,
                placements=cap_places,
                description=translate(
                    "shelf-bracket", "press-in cap hiding a wall-screw head; print flat side down"
                ),
            )
        )
        joints.append(Joint(JointKind.PRESS_FIT, ("screw cover", "bracket"), n_holes * copies))
    notes = (
        translate(
            "shelf-bracket",
            "Print the bracket on its side as modelled: layer lines then follow the L profile.",
        ),
        translate("shelf-bracket", "Drill {value} mm holes in the wall for the plugs.").format(
            value=fmt_mm(float(screw.plug.split()[0]))
        ),
    )
    return Product(tuple(parts), tuple(joints), tuple(hardware), notes)


TEMPLATE = Template(
    params_type=ShelfBracketParams,
    id="shelf-bracket",
    version="1.0.0",
    name=translate("shelf-bracket", "Wall shelf bracket"),
    description=(
        translate(
            "shelf-bracket",
            "A printed L-bracket for a wall shelf, with an optional truss gusset, countersunk holes "
            "sized for the wall screw you choose, press-in caps that hide the screw heads, and screw "
            "holes at the tip to fix the shelf.",
        )
    ),
    category=translate("shelf-bracket", "Home"),
    processes=(Process.FDM.value,),
    parameters=(
        Length(
            "depth",
            150,
            60,
            300,
            step=5,
            help=translate(
                "shelf-bracket",
                "How far the arm reaches out from the wall: about the depth of the shelf board.",
            ),
            label=translate("shelf-bracket", "Depth"),
        ),
        Length(
            "height",
            150,
            60,
            300,
            step=5,
            help=translate("shelf-bracket", "Height of the plate against the wall."),
            label=translate("shelf-bracket", "Height"),
        ),
        Length(
            "width",
            30,
            20,
            60,
            help=translate("shelf-bracket", "Width of the bracket along the wall."),
            label=translate("shelf-bracket", "Width"),
        ),
        Length(
            "thickness",
            6,
            4,
            14,
            step=0.5,
            group=translate("shelf-bracket", "Strength"),
            eco_tunable=True,
            help=translate(
                "shelf-bracket",
                "Thickness of the wall plate, arm and gusset. Thinner uses less plastic and "
                "still fits; it also carries less load.",
            ),
            label=translate("shelf-bracket", "Thickness"),
        ),
        Toggle(
            "gusset",
            True,
            group=translate("shelf-bracket", "Strength"),
            help=translate(
                "shelf-bracket", "A diagonal strut under the arm: much stiffer, a little more plastic."
            ),
            label=translate("shelf-bracket", "Gusset"),
        ),
        Count(
            "hole_count",
            2,
            1,
            4,
            group=translate("shelf-bracket", "Mounting"),
            help=translate("shelf-bracket", "Number of wall screws."),
            label=translate("shelf-bracket", "Hole count"),
        ),
        Length(
            "hole_spacing",
            40,
            15,
            120,
            step=5,
            group=translate("shelf-bracket", "Mounting"),
            help=translate("shelf-bracket", "Distance between wall-screw holes, centre to centre."),
            label=translate("shelf-bracket", "Hole spacing"),
        ),
        Choice(
            "screw_size",
            "4.5mm",
            tuple(WOOD_SCREWS),
            group=translate("shelf-bracket", "Mounting"),
            help=translate(
                "shelf-bracket",
                "Diameter of the countersunk wall screw; the hole, countersink and wall plug follow from it.",
            ),
            label=translate("shelf-bracket", "Screw size"),
        ),
        Toggle(
            "screw_covers",
            True,
            group=translate("shelf-bracket", "Mounting"),
            help=translate("shelf-bracket", "Recess the screw heads and print caps that press in over them."),
            label=translate("shelf-bracket", "Screw covers"),
        ),
        Count(
            "quantity",
            2,
            1,
            8,
            group=translate("shelf-bracket", "Order"),
            help=translate("shelf-bracket", "How many brackets (a shelf needs two)."),
            label=translate("shelf-bracket", "Quantity"),
        ),
        Number(
            "shelf_load",
            15,
            0,
            60,
            unit="kg",
            step=1,
            group=translate("shelf-bracket", "Use"),
            help=translate(
                "shelf-bracket", "The most the shelf will carry, board included; two brackets share it."
            ),
            label=translate("shelf-bracket", "Shelf load"),
        ),
        MaterialSlot(
            "material",
            "petg",
            MATERIALS,
            help=translate("shelf-bracket", "Filament. PETG creeps less than PLA under a constant load."),
            label=translate("shelf-bracket", "Material"),
        ),
    ),
    build=build,
    conditions=UseConditions(
        load_cases=(
            LoadCase(
                "shelf load",
                label=translate("shelf-bracket", "shelf load"),
                part="bracket",
                duration=SUSTAINED,
                description=translate(
                    "shelf-bracket", "The shelf and what is on it, resting on the arm for years."
                ),
                loads=(
                    Load.mass(
                        "arm top",
                        param="shelf_load",
                        share=0.5,
                        direction=(0, -1, 0),
                        source=assumption(
                            translate(
                                "shelf-bracket",
                                "the user's shelf load, shared equally by the two "
                                "brackets of one shelf, spread along the arm",
                            )
                        ),
                    ),
                ),
                fixed=("wall face",),
            ),
        ),
        temperatures=(
            ServiceTemperature(
                35,
                assumption(translate("shelf-bracket", "indoor room, up to 35 °C on a hot summer day")),
                description=translate("shelf-bracket", "the room"),
            ),
        ),
        exposure=Exposure(
            outdoor_uv=False,
            water="none",
            food_contact=False,
            source=assumption(translate("shelf-bracket", "an indoor shelf")),
        ),
    ),
    constraints=(holes_fit_wall_plate, thick_enough_for_countersink),
    presets=(
        Preset(
            "small",
            {
                "depth": 100,
                "height": 100,
                "width": 25,
                "thickness": 5,
                "hole_count": 2,
                "hole_spacing": 30,
                "screw_size": "3.5mm",
            },
            translate("shelf-bracket", "Light shelf up to ~10 cm deep: spices, small plants."),
            label=translate("shelf-bracket", "Small"),
        ),
        Preset(
            "medium",
            {
                "depth": 150,
                "height": 150,
                "width": 30,
                "thickness": 6,
                "hole_count": 2,
                "hole_spacing": 40,
                "screw_size": "4.5mm",
            },
            translate("shelf-bracket", "Book shelf about 15 cm deep."),
            label=translate("shelf-bracket", "Medium"),
        ),
        Preset(
            "heavy",
            {
                "depth": 250,
                "height": 220,
                "width": 45,
                "thickness": 10,
                "hole_count": 3,
                "hole_spacing": 45,
                "screw_size": "5mm",
            },
            translate("shelf-bracket", "Deep shelf, 25 cm, three 5 mm screws."),
            label=translate("shelf-bracket", "Heavy"),
        ),
    ),
    author="Fabwise",
    license="CC-BY-4.0",
    tags=("shelf", "bracket", "wall", "screws"),
)

"""A sheet-cut stand (laser, CNC router): a base with an engraved label and slots, and uprights
whose tabs go through the slots (``--parts N``: N - 1 uprights; one part is an engraved plate)."""

from __future__ import annotations

#: per process: sheet thickness choices (stocked in the shipped directory, see
#: docs/manufacturing-limits.md), default, materials, default material, kerf default and help
PROCESSES = {
    "laser": (
        ("3", "6"),
        "3",
        ("birch_plywood", "mdf", "acrylic"),
        "birch_plywood",
        0.15,
        "width the laser burns away (0.15-0.4 mm for a CO2 laser): outlines grow and "
        "slots shrink by half of it, so parts come out at size and tabs fit tight",
    ),
    "cnc_router": (
        ("9", "12"),
        "12",
        ("birch_plywood", "mdf", "pine"),
        "birch_plywood",
        0.0,
        "extra width taken off each cut: 0 when the CAM applies the bit's radius, "
        "as usual; raise it for a tighter fit",
    ),
}

TEXT = '''"""{title}: {description}"""

from __future__ import annotations

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
from configurator.sdk.params import Choice, Length, MaterialSlot, Number, Params, Text
from configurator.sdk.product import Joint, JointKind, Part, Placement, Product
from configurator.sdk.schema import Preset, constraint
from configurator.sdk.shapes import estimated_text_width
from configurator.sdk.sheet import (
    engraving_wires,
    panel_outline,
    rect,
    sheet_part,
    slot_holes,
    straight,
    tab_profile,
)
from configurator.sdk.template import Template

PARTS = {parts}  # the base, then uprights standing in its slots
MARGIN = 15.0  # mm from the base's sides to the uprights
FRONT = 25.0  # mm strip at the front of the base for the label
TEXT_SIZE = 7.0  # mm, height of the label's capitals


class {cls}(Params):
    width: float
    depth: float
    height: float
    thickness: str
    kerf: float
    label: str
    load: float
    material: str


def _tabs(p: {cls}) -> tuple[int, float]:
    """How many tabs each upright has, and how wide they are."""
    span = p.width - 2 * MARGIN
    count = 3 if span > 250 else 2
    return count, min(30.0, span / (2 * count))


def _upright_ys(p: {cls}) -> list[float]:
    """Where each upright stands on the base (its centre line, mm from the front)."""
    t = float(p.thickness)
    uprights = PARTS - 1
    last = p.depth - 2 * t
    if uprights == 1:
        return [last]
    return [FRONT + (last - FRONT) * i / (uprights - 1) for i in range(uprights)]


@constraint(description="the label fits the front strip")
def label_fits(p: {cls}) -> str | None:
    wide = estimated_text_width(p.label, TEXT_SIZE)
    if wide > p.width - 10:
        return (f"the label needs about {{wide:.0f}} mm but the base is {{p.width:g}} mm wide: "
                "shorten it or widen the base")
    return None


@constraint(description="the uprights stand apart")
def uprights_fit(p: {cls}) -> str | None:
    ys = _upright_ys(p)
    if PARTS > 2 and ys[1] - ys[0] < 3 * float(p.thickness) + 10:
        return (f"{{PARTS - 1}} uprights on a {{p.depth:g}} mm deep base stand too close: "
                "make the base deeper")
    return None


def build(p: {cls}) -> Product:
    t = float(p.thickness)
    count, tab_width = _tabs(p)
    span = p.width - 2 * MARGIN
    slots = []
    if PARTS > 1:
        for y in _upright_ys(p):
            slots += slot_holes((MARGIN, y), (1.0, 0.0), span, count, tab_width, t)
    # Sheet parts lie flat on z = 0 (thickness along +z); the outline grows by half the kerf.
    base = sheet_part(rect(0, 0, p.width, p.depth), t, p.kerf, slots)
    label = engraving_wires(p.label, TEXT_SIZE, center=(p.width / 2, FRONT / 2)) or None
    parts = [Part("base", base, p.material, "{process}", sheet_thickness=t, engraving=label,
                  placements=(Placement.at(0, 0, 0),))]
    joints = []
    if PARTS > 1:
        outline = panel_outline(span, p.height, tab_profile(span, count, tab_width, t),
                                straight(p.height), straight(span), straight(p.height))
        upright = sheet_part(outline, t, p.kerf)
        # Named surfaces for the conditions of use, in the upright's frame as cut (lying flat:
        # its height along y, its tabs at y = 0).
        regions = {{
            "tabs": Box((-1e4, -0.5, -1e4), (1e4, 0.5, 1e4), normal=(0, -1, 0)),
            "top edge": Box((-1e4, p.height - 0.5, -1e4), (1e4, p.height + 0.5, 1e4),
                            normal=(0, 1, 0)),
        }}
        # Stood up: turned 90° about x (its height along z), then moved so its tabs sit in the
        # slots (rotations apply first).
        spots = tuple(Placement.at(MARGIN, y + t / 2, 0).rotated("x", 90)
                      for y in _upright_ys(p))
        parts.append(Part("upright", upright, p.material, "{process}", quantity=PARTS - 1,
                          sheet_thickness=t, placements=spots, regions=regions))
        joints.append(Joint(JointKind.TAB_SLOT, ("base", "upright"), count * (PARTS - 1)))
    return Product(parts=tuple(parts), joints=tuple(joints))


TEMPLATE = Template(
    params_type={cls},
    id="{template_id}",
    version="0.1.0",
    name="{title}",
    description="{description}",
    category="My templates",
    processes=("{process}",),
    parameters=(
        Length("width", 200, 120, 400, help="width of the base"),
        Length("depth", 140, 100, 300, help="depth of the base"),
        Length("height", 120, 60, 250, help="height of the uprights, tabs included"),
        Choice("thickness", "{thickness}", {thicknesses},
               help="sheet thickness in mm (one the workshops stock)"),
        Length("kerf", {kerf}, 0, 0.4, step=0.05, help="{kerf_help}"),
        Text("label", "FABWISE", max_length=24, help="engraved on the front of the base"),
        Number("load", 2, 0, 10, unit="kg", help="the most one upright carries"),
        MaterialSlot("material", "{material}", {materials}, help="the sheet material"),
    ),
    build=build,
    # What the product must survive; say where each number comes from (docs/fit-for-use.md).
    conditions=UseConditions(
        load_cases=(LoadCase(
            "weight on an upright", part="upright", duration=SUSTAINED,
            loads=(Load.mass("top edge", param="load", direction=(0, -1, 0),
                             source=assumption("the user's load, resting on the upright")),),
            fixed=("tabs",),
        ),) if PARTS > 1 else (),
        no_load_reason="" if PARTS > 1 else "a flat plate lying on a table carries nothing",
        temperatures=(ServiceTemperature(35, assumption("indoor room, up to 35 °C"),
                                         description="the room"),),
        exposure=Exposure(outdoor_uv=False, water="none", food_contact=False,
                          source=assumption("indoors")),
    ),
    constraints=(label_fits, uprights_fit),
    presets=(Preset("small", {{"width": 140, "depth": 110, "height": 80}}, "a small one"),),
)
'''

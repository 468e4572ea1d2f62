"""A milled plate (CNC mill) with countersunk screw holes; ``--parts N``: N plates of a stack,
screwed together."""

from __future__ import annotations

TEXT = '''"""{title}: {description}"""

from __future__ import annotations

import cadquery as cq

from configurator.sdk.conditions import (
    Exposure,
    ServiceTemperature,
    UseConditions,
    assumption,
)
from configurator.sdk.hardware import METRIC_COUNTERSUNK, countersunk_screw
from configurator.sdk.params import Choice, Length, MaterialSlot, Params
from configurator.sdk.product import Joint, JointKind, Part, Placement, Product
from configurator.sdk.schema import Preset, constraint
from configurator.sdk.template import Template

PARTS = {parts}  # plates, stacked and screwed together
EDGE = 2.0  # hole edge distance, in hole diameters


class {cls}(Params):
    width: float
    depth: float
    thickness: float
    screw: str
    material: str


@constraint(description="the screw holes keep their distance from the edges")
def holes_fit(p: {cls}) -> str | None:
    clear = METRIC_COUNTERSUNK[p.screw].clear_d
    if min(p.width, p.depth) < 2 * EDGE * clear + 2 * clear:
        return (f"a {{p.width:g}} × {{p.depth:g}} mm plate is too small for {{p.screw}} holes: "
                "make it larger or choose a smaller screw")
    return None


@constraint(description="the countersink fits the plate")
def countersink_fits(p: {cls}) -> str | None:
    screw = METRIC_COUNTERSUNK[p.screw]
    sink = (screw.head_d - screw.clear_d) / 2
    if p.thickness < sink + 1.5:
        return (f"a {{p.screw}} head sinks {{sink:.1f}} mm, too deep for a {{p.thickness:g}} mm "
                "plate: make it thicker or choose a smaller screw")
    return None


def build(p: {cls}) -> Product:
    screw = METRIC_COUNTERSUNK[p.screw]
    inset = EDGE * screw.clear_d
    corners = [(x, y) for x in (-p.width / 2 + inset, p.width / 2 - inset)
               for y in (-p.depth / 2 + inset, p.depth / 2 - inset)]
    plate = (cq.Workplane("XY").box(p.width, p.depth, p.thickness, centered=(True, True, False))
             .faces(">Z").workplane().pushPoints(corners)
             .cskHole(screw.clear_d, screw.head_d, 90))
    spots = tuple(Placement.at(0, 0, i * p.thickness) for i in range(PARTS))
    return Product(
        parts=(Part("plate", plate, p.material, "cnc_mill", quantity=PARTS, placements=spots),),
        joints=(Joint(JointKind.SCREW, ("plate",), 4, tool=f"hex key {{screw.hex_key:g}} mm",
                      hardware="screw"),),
        hardware=(countersunk_screw(p.screw, 10 + PARTS * p.thickness, 4),),
    )


TEMPLATE = Template(
    params_type={cls},
    id="{template_id}",
    version="0.1.0",
    name="{title}",
    description="{description}",
    category="My templates",
    processes=("cnc_mill",),
    parameters=(
        Length("width", 80, 40, 200, help="plate width"),
        Length("depth", 60, 40, 200, help="plate depth"),
        Length("thickness", 6, 4, 12, step=0.5, help="plate thickness"),
        Choice("screw", "M4", ["M3", "M4", "M5"], help="countersunk screw size"),
        MaterialSlot("material", "aluminium", ["aluminium", "aluminium_recycled"],
                     help="the metal it is milled from"),
    ),
    build=build,
    # What the product must survive; say where each number comes from (docs/fit-for-use.md).
    # Add load cases (docs/fit-for-use.md) once you know what the plate carries.
    conditions=UseConditions(
        no_load_reason="a mounting plate whose loads depend on what is mounted; add them",
        temperatures=(ServiceTemperature(60, assumption("indoors, near a machine"),
                                         description="the machine it is mounted on"),),
        exposure=Exposure(outdoor_uv=False, water="humid", food_contact=False,
                          source=assumption("a workshop")),
    ),
    constraints=(holes_fit, countersink_fits),
    presets=(Preset("small", {{"width": 50, "depth": 40, "thickness": 5}}, "a small one"),),
)
'''

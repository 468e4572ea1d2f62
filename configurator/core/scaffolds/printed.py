"""A printed box (FDM, SLA, SLS): a shelled body, with ``--parts 2`` a press-fit lid, with more
parts dividers that slide in."""

from __future__ import annotations

#: per process: materials, default material, thinnest wall offered (above the process minimum in
#: configurator/core/export/dfm_limits.csv), largest outside size (fits the smallest printer of
#: that process in the shipped directory, docs/manufacturing-limits.md)
PROCESSES = {
    "fdm": (("pla", "rpla", "petg", "rpetg"), "pla", 1.2, 200),
    "sla": (("sla_resin",), "sla_resin", 1.0, 120),
    "sls": (("pa12",), "pa12", 1.0, 120),
}

TEXT = '''"""{title}: {description}"""

from __future__ import annotations

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
from configurator.sdk.params import Length, MaterialSlot, Number, Params
from configurator.sdk.product import Joint, JointKind, Part, Placement, Product
from configurator.sdk.schema import Preset, constraint
from configurator.sdk.template import Template

PARTS = {parts}  # the body, then a lid, then dividers
FIT = 0.2  # mm of play between parts that slide together (press fit)
LIP = 3.0  # mm the lid's lip reaches into the body


class {cls}(Params):
    width: float
    depth: float
    height: float
    wall: float
    load: float
    material: str


@constraint(description="the walls leave room inside")
def walls_fit(p: {cls}) -> str | None:
    inside = min(p.width, p.depth) - 2 * p.wall
    if inside < 10:
        return (f"walls of {{p.wall:g}} mm leave {{inside:g}} mm inside: make the walls thinner "
                "or the box wider and deeper")
    return None


@constraint(description="the dividers fit side by side")
def dividers_fit(p: {cls}) -> str | None:
    dividers = max(0, PARTS - 2)
    if dividers and (p.width - 2 * p.wall) / (dividers + 1) < p.wall + 10:
        return (f"{{dividers}} dividers leave compartments under 10 mm in a {{p.width:g}} mm "
                "wide box: make it wider")
    return None


def build(p: {cls}) -> Product:
    body = (cq.Workplane("XY").box(p.width, p.depth, p.height, centered=(True, True, False))
            .faces(">Z").shell(-p.wall))
    # Named surfaces for the conditions of use (mm, in the part's frame as printed: z = up).
    regions = {{
        "bottom": Box((-1e4, -1e4, -0.01), (1e4, 1e4, 0.01), normal=(0, 0, -1)),
        "rim": Box((-1e4, -1e4, p.height - 0.01), (1e4, 1e4, p.height + 0.01), normal=(0, 0, 1)),
    }}
    parts = [Part("body", body, p.material, "{process}", regions=regions,
                  placements=(Placement.at(0, 0, 0),))]
    joints = []
    inner_w, inner_d = p.width - 2 * p.wall - 2 * FIT, p.depth - 2 * p.wall - 2 * FIT
    if PARTS >= 2:
        # Modelled as printed (top face down): the plate on z = 0, the lip on top of it.
        lid = (cq.Workplane("XY").box(p.width, p.depth, p.wall, centered=(True, True, False))
               .faces(">Z").workplane().rect(inner_w, inner_d).extrude(LIP))
        # Assembled: turned over (rotations apply first), then moved onto the body.
        on_top = Placement.at(0, 0, p.height + p.wall).rotated("x", 180)
        parts.append(Part("lid", lid, p.material, "{process}", placements=(on_top,)))
        joints.append(Joint(JointKind.PRESS_FIT, ("body", "lid")))
    dividers = max(0, PARTS - 2)
    if dividers:
        tall = p.height - p.wall - LIP - 1
        divider = cq.Workplane("XY").box(p.wall, inner_d, tall, centered=(True, True, False))
        pitch = (p.width - 2 * p.wall) / (dividers + 1)
        spots = tuple(Placement.at(-p.width / 2 + p.wall + pitch * (i + 1), 0, p.wall)
                      for i in range(dividers))
        parts.append(Part("divider", divider, p.material, "{process}", quantity=dividers,
                          placements=spots))
        joints.append(Joint(JointKind.PRESS_FIT, ("body", "divider"), dividers))
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
        Length("width", 80, 40, {largest}, help="outside width"),
        Length("depth", 60, 40, {largest}, help="outside depth"),
        Length("height", 40, 20, {largest}, help="outside height, without the lid"),
        Length("wall", {wall_default}, {wall_min}, 4, step=0.2, eco_tunable=True,
               help="wall thickness; thinner walls use less material"),
        Number("load", 2, 0, 20, unit="kg", help="the most that will stand on it"),
        MaterialSlot("material", "{material}", {materials}, help="what it is printed in"),
    ),
    build=build,
    # What the product must survive; say where each number comes from (docs/fit-for-use.md).
    conditions=UseConditions(
        load_cases=(LoadCase(
            "weight on the rim", part="body", duration=SUSTAINED,
            loads=(Load.mass("rim", param="load", direction=(0, 0, -1),
                             source=assumption("the user's load, standing on the box")),),
            fixed=("bottom",),
        ),),
        temperatures=(ServiceTemperature(35, assumption("indoor room, up to 35 °C"),
                                         description="the room"),),
        exposure=Exposure(outdoor_uv=False, water="none", food_contact=False,
                          source=assumption("indoors")),
    ),
    constraints=(walls_fit, dividers_fit),
    presets=(Preset("small", {{"width": 50, "depth": 40, "height": 25}}, "a small one"),),
)
'''

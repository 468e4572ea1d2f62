"""A small open box with a lid, used by the GUI tests (two parts, placed copies, constraints)."""

from __future__ import annotations

import cadquery as cq

from configurator.sdk.conditions import (
    SUSTAINED,
    Box,
    Load,
    LoadCase,
    MaterialStatement,
    ServiceTemperature,
    UseConditions,
    assumption,
)
from configurator.sdk.params import Choice, Length, MaterialSlot, Params, Text, Toggle
from configurator.sdk.product import Joint, JointKind, Part, Placement, Product
from configurator.sdk.schema import Preset, constraint
from configurator.sdk.template import Template


@constraint("wall", "width", description="walls must leave room inside")
def _walls_fit(p: Params) -> str | None:
    if p.num("wall") * 2 > p.num("width") - 10:
        return (
            f"wall ({p.num('wall'):g} mm) is too thick for width {p.num('width'):g} mm: "
            "keep at least 10 mm inside"
        )
    return None


def build(p: Params) -> Product:
    width, depth, height, wall = p.num("width"), p.num("depth"), p.num("height"), p.num("wall")
    body = cq.Workplane("XY").box(width, depth, height, centered=(True, True, False)).faces(">Z").shell(-wall)
    regions = {
        "bottom": Box((-1e4, -1e4, -0.01), (1e4, 1e4, 0.01), normal=(0, 0, -1)),
        "rim": Box((-1e4, -1e4, height - 0.01), (1e4, 1e4, height + 0.01), normal=(0, 0, 1)),
    }
    parts = [
        Part("body", body, p.text("material"), "fdm", placements=(Placement.at(0, 0, 0),), regions=regions)
    ]
    if p.flag("lid"):
        lid = cq.Workplane("XY").box(width, depth, wall, centered=(True, True, False))
        parts.append(
            Part(
                "lid",
                lid,
                p.text("material"),
                "fdm",
                quantity=2,
                placements=(Placement.at(0, 0, height + 5), Placement.at(width + 10, 0, 0)),
            )
        )
    joints = (Joint(JointKind.SNAP_FIT, ("body", "lid")),) if p.flag("lid") else ()
    return Product(tuple(parts), joints)


TEMPLATE = Template(
    id="sample-box",
    version="1.0.0",
    name="Sample box",
    description="An open box with optional lids, for tests.",
    category="Storage",
    processes=("fdm",),
    parameters=(
        Length("width", 60, 20, 200, help="outside width"),
        Length("depth", 40, 20, 200, step=0.5),
        Length("height", 30, 10, 150, group="Size"),
        Length("wall", 2, 1, 30, step=0.2, group="Shape", eco_tunable=True),
        Toggle("lid", True, help="add lids"),
        Choice("finish", "matte", ("matte", "glossy")),
        Text("label", "", max_length=12),
        MaterialSlot("material", "pla", ("pla", "rpla", "petg", "birch_plywood")),
    ),
    constraints=(_walls_fit,),
    conditions=UseConditions(
        load_cases=(
            LoadCase(
                "weight on the rim",
                "body",
                (Load.mass("rim", 5, direction=(0, 0, -1), source=assumption("a 5 kg box stacked on it")),),
                ("bottom",),
                duration=SUSTAINED,
            ),
        ),
        temperatures=(ServiceTemperature(40, assumption("a warm shelf"), description="the shelf"),),
        statements=(MaterialStatement("pla", "PLA softens at about 55 °C", 55),),
    ),
    presets=(Preset("Tall", {"height": 120}, "a tall box"),),
    build=build,
)

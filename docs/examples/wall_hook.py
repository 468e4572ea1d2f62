"""A wall hook: the example template of docs/authoring-templates.md (kept tested)."""

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
from configurator.sdk.params import Choice, Length, MaterialSlot, Params
from configurator.sdk.product import Hardware, Joint, JointKind, Part, Product
from configurator.sdk.schema import Preset, constraint
from configurator.sdk.template import Template


class WallHookParams(Params):
    """The values build() and the constraints read, typed (checked against the parameters below)."""

    width: float
    plate_height: float
    hook_depth: float
    thickness: float
    screw: str
    material: str


SCREWS = {"3.5 mm": (3.8, 7.5), "4 mm": (4.3, 8.5)}  # clearance hole, countersink diameter


@constraint(description="the hook fits on the plate")
def hook_fits(p: WallHookParams) -> str | None:
    if p.hook_depth > 2 * p.plate_height:
        return (
            f"hook depth {p.hook_depth:g} mm is more than twice the plate height "
            f"{p.plate_height:g} mm: the hook would tip the plate; make the plate taller"
        )
    return None


def build(p: WallHookParams) -> Product:
    width, height, thick = p.width, p.plate_height, p.thickness
    hole, sink = SCREWS[p.screw]
    plate = (
        cq.Workplane("XY")
        .box(width, height, thick, centered=(True, False, False))
        .faces(">Z")
        .workplane(centerOption="CenterOfBoundBox")
        .cskHole(hole, sink, 90)
    )
    hook = (
        cq.Workplane("XZ")
        .center(0, thick)
        .rect(width * 0.6, p.hook_depth, centered=(True, False))
        .extrude(-thick)
    )
    body = plate.union(hook)
    # Named surfaces for the conditions of use, in the part's frame (mm): the plate's back lies on
    # z = 0 against the wall, y is up, the hook's top face is at y = thick.
    regions = {
        "wall face": Box((-1e4, -1e4, -0.01), (1e4, 1e4, 0.01), normal=(0, 0, -1)),
        "hook top": Box((-1e4, thick - 0.01, thick), (1e4, thick + 0.01, 1e4), normal=(0, 1, 0)),
    }
    return Product(
        parts=(Part("hook", body, p.material, "fdm", regions=regions),),
        joints=(Joint(JointKind.SCREW, ("hook",), 1, tool="screwdriver PH2", hardware="screw"),),
        hardware=(
            Hardware(
                "screw", f"{p.screw} countersunk wood screw, 30 mm", 1, material="steel", standard="ISO 7050"
            ),
        ),
    )


TEMPLATE = Template(
    params_type=WallHookParams,
    id="wall-hook",
    version="1.0.0",
    name="Wall hook",
    description="A screw-on hook for coats, bags and keys.",
    category="Home",
    processes=("fdm",),
    parameters=(
        Length("width", 30, 15, 60, help="width of the wall plate"),
        Length("plate_height", 40, 20, 80, help="height of the wall plate"),
        Length("hook_depth", 35, 10, 80, help="how far the hook reaches out from the wall"),
        Length(
            "thickness",
            5,
            3,
            10,
            step=0.5,
            eco_tunable=True,
            help="plate and hook thickness; thinner uses less material",
        ),
        Choice("screw", "4 mm", list(SCREWS), group="Fixing", help="wood screw size"),
        MaterialSlot("material", "pla", ["pla", "rpla", "petg", "rpetg"], help="filament"),
    ),
    build=build,
    # What the product must survive, each figure with where it comes from (docs/fit-for-use.md).
    conditions=UseConditions(
        load_cases=(
            LoadCase(
                "coat on the hook",
                part="hook",
                duration=SUSTAINED,
                description="A heavy winter coat with a bag, hanging for months.",
                loads=(
                    Load.mass(
                        "hook top",
                        3.0,
                        direction=(0, -1, 0),
                        source=assumption("a winter coat and a bag, 3 kg"),
                    ),
                ),
                fixed=("wall face",),
            ),
        ),
        temperatures=(
            ServiceTemperature(35, assumption("indoor hallway, up to 35 °C"), description="the room"),
        ),
        exposure=Exposure(outdoor_uv=False, water="none", food_contact=False, source=assumption("indoors")),
    ),
    constraints=(hook_fits,),
    presets=(
        Preset("keys", {"width": 20, "plate_height": 30, "hook_depth": 20}, "small key hook"),
        Preset(
            "coat", {"width": 40, "plate_height": 60, "hook_depth": 60, "thickness": 7}, "sturdy coat hook"
        ),
    ),
)

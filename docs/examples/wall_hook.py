"""A wall hook: the example template of docs/authoring-templates.md (kept tested)."""

from __future__ import annotations

import cadquery as cq

from configurator.sdk.params import Choice, Length, MaterialSlot, Params
from configurator.sdk.product import Hardware, Joint, JointKind, Part, Product
from configurator.sdk.schema import Preset, constraint
from configurator.sdk.template import Template

SCREWS = {"3.5 mm": (3.8, 7.5), "4 mm": (4.3, 8.5)}  # clearance hole, countersink diameter


@constraint("plate_height", "hook_depth", description="the hook fits on the plate")
def hook_fits(p: Params) -> str | None:
    if p.num("hook_depth") > 2 * p.num("plate_height"):
        return (f"hook depth {p.num('hook_depth'):g} mm is more than twice the plate height "
                f"{p.num('plate_height'):g} mm: the hook would tip the plate; make the plate taller")
    return None


def build(p: Params) -> Product:
    width, height, thick = p.num("width"), p.num("plate_height"), p.num("thickness")
    hole, sink = SCREWS[p.text("screw")]
    plate = (
        cq.Workplane("XY").box(width, height, thick, centered=(True, False, False))
        .faces(">Z").workplane(centerOption="CenterOfBoundBox")
        .cskHole(hole, sink, 90)
    )
    hook = (
        cq.Workplane("XZ").center(0, thick).rect(width * 0.6, p.num("hook_depth"), centered=(True, False))
        .extrude(-thick)
    )
    body = plate.union(hook)
    return Product(
        parts=(Part("hook", body, p.text("material"), "fdm"),),
        joints=(Joint(JointKind.SCREW, ("hook",), 1, tool="screwdriver PH2", hardware="screw"),),
        hardware=(Hardware("screw", f"{p.text('screw')} countersunk wood screw, 30 mm", 1,
                           material="steel", standard="ISO 7050"),),
    )


TEMPLATE = Template(
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
        Length("thickness", 5, 3, 10, step=0.5, eco_tunable=True,
               help="plate and hook thickness; thinner uses less material"),
        Choice("screw", "4 mm", list(SCREWS), group="Fixing", help="wood screw size"),
        MaterialSlot("material", "pla", ["pla", "rpla", "petg", "rpetg"], help="filament"),
    ),
    build=build,
    constraints=(hook_fits,),
    presets=(
        Preset("keys", {"width": 20, "plate_height": 30, "hook_depth": 20}, "small key hook"),
        Preset("coat", {"width": 40, "plate_height": 60, "hook_depth": 60, "thickness": 7},
               "sturdy coat hook"),
    ),
)

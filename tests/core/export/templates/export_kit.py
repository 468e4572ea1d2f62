"""Test template: an assembly of two printed brackets (x2), a laser-cut shelf and screws."""

from __future__ import annotations

import cadquery as cq

from configurator.sdk.params import Length, MaterialSlot, Params
from configurator.sdk.product import Hardware, Joint, JointKind, Part, Placement, Product
from configurator.sdk.template import Template


def build(p: Params) -> Product:
    depth, width = p.num("depth"), p.num("width")
    bracket = (
        cq.Workplane("XZ")
        .polyline([(0, 0), (depth, 0), (depth, 5), (5, 5), (5, 60), (0, 60)])
        .close()
        .extrude(-20)
    )
    gusset = cq.Workplane("XZ").polyline([(5, 5), (depth * 0.6, 5), (5, 45)]).close().extrude(-4)
    bracket = bracket.union(gusset.translate((0, 8, 0)))
    shelf = cq.Workplane("XY").rect(width, depth, centered=False).extrude(4)
    shelf = (
        shelf.faces(">Z")
        .workplane(origin=(0, 0, 4))
        .pushPoints([(15, depth / 2), (width - 15, depth / 2)])
        .hole(4)
    )
    return Product(
        parts=(
            Part(
                "bracket",
                bracket,
                p.text("bracket_material"),
                "fdm",
                quantity=2,
                placements=(Placement.at(5, 0, 0), Placement.at(width - 25, 0, 0)),
            ),
            Part(
                "shelf",
                shelf,
                "birch_plywood",
                "laser",
                sheet_thickness=4,
                placements=(Placement.at(0, 0, 60),),
            ),
        ),
        joints=(
            Joint(
                JointKind.SCREW, ("bracket", "shelf"), count=4, tool="screwdriver PH2", hardware="wood screw"
            ),
        ),
        hardware=(Hardware("wood screw", "3.5 x 16 mm", 4, "steel", 1.2, "DIN 7997"),),
    )


TEMPLATE = Template(
    id="export-kit",
    version="2.0.1",
    name="Test shelf kit",
    description="Brackets and a shelf",
    category="Test",
    processes=("fdm", "laser"),
    parameters=(
        Length("depth", 80, 40, 200, help="shelf depth"),
        Length("width", 200, 100, 600, help="shelf width"),
        MaterialSlot("bracket_material", "petg", ("pla", "petg"), help="bracket filament"),
    ),
    build=build,
)

"""Test template: a laser-cut plywood panel with holes, a slot and an engraving."""

from __future__ import annotations

import cadquery as cq

from configurator.sdk.params import Length, MaterialSlot, Params
from configurator.sdk.product import Part, Product
from configurator.sdk.template import Template


def build(p: Params) -> Product:
    width, depth, thickness = p.num("width"), p.num("depth"), p.num("thickness")
    panel = (
        cq.Workplane("XY")
        .rect(width, depth, centered=False)
        .extrude(thickness)
        .edges("|Z")
        .fillet(4)
        .faces(">Z")
        .workplane(origin=(0, 0, thickness))
        .pushPoints([(10, 10), (width - 10, 10)])
        .hole(5)
        .faces(">Z")
        .workplane(origin=(0, 0, thickness))
        .center(width / 2, depth - 12)
        .slot2D(width / 3, 6)
        .cutThruAll()
        .faces(">Z")
        .workplane(origin=(0, 0, thickness))
        .center(width - p.num("edge_gap") - 3, depth / 2)
        .rect(6, depth / 3)
        .cutThruAll()
    )
    faces = (
        cq.Workplane("XY")
        .center(width / 2, depth / 2 - 6)
        .rect(width / 4, 8)
        .extrude(0.001)
        .faces("<Z")
        .wires()
        .vals()
    )
    label = [wire for wire in faces if isinstance(wire, cq.Shape)]  # .vals() is typed wider
    mark = cq.Wire.makeCircle(4, cq.Vector(width / 4, depth / 2, 0), cq.Vector(0, 0, 1))
    engraving = [*label, mark]
    return Product(
        parts=(
            Part(
                "panel",
                panel,
                p.text("material"),
                "laser",
                sheet_thickness=thickness,
                engraving=cq.Compound.makeCompound(engraving),
            ),
        )
    )


TEMPLATE = Template(
    id="export-panel",
    version="1.0.0",
    name="Test panel",
    description="A flat panel",
    category="Test",
    processes=("laser",),
    parameters=(
        Length("width", 120, 60, 400, help="width"),
        Length("depth", 80, 50, 300, help="depth"),
        Length("thickness", 3, 2, 8, help="sheet thickness"),
        Length("edge_gap", 8, 0.5, 20, help="material left between the side cut-out and the edge"),
        MaterialSlot("material", "birch_plywood", ("birch_plywood", "mdf", "acrylic"), help="sheet"),
    ),
    build=build,
)

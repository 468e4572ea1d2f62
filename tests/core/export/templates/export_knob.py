"""Test template: a printed knob (one FDM part) whose skirt wall can be made too thin."""

from __future__ import annotations

import cadquery as cq

from configurator.sdk.params import Length, MaterialSlot, Params
from configurator.sdk.product import Part, Product
from configurator.sdk.template import Template


def build(p: Params) -> Product:
    diameter, height, wall = p.num("diameter"), p.num("height"), p.num("wall")
    body = cq.Workplane("XY").circle(diameter / 2).extrude(height)
    body = body.faces("<Z").workplane().circle(diameter / 2 - wall).cutBlind(-(height - 4))
    body = body.faces(">Z").workplane().hole(p.num("bore"), 6)
    body = body.faces(">Z").edges().fillet(1.0)
    return Product(parts=(Part("knob", body, p.text("material"), "fdm", spare=True),))


TEMPLATE = Template(
    id="export-knob",
    version="1.2.0",
    name="Test knob",
    description="A knob for export tests",
    category="Test",
    processes=("fdm",),
    author="Fabwise tests",
    license="CC0-1.0",
    parameters=(
        Length("diameter", 30, 10, 80, help="outer diameter"),
        Length("height", 16, 8, 40, help="height"),
        Length("wall", 2.0, 0.4, 6, help="skirt wall thickness"),
        Length("bore", 6, 3, 10, help="shaft bore"),
        MaterialSlot("material", "pla", ("pla", "petg", "abs"), help="filament"),
    ),
    build=build,
)

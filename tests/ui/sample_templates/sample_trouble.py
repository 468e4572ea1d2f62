"""A template that fails on demand (exception, worker crash, hang), for the GUI error tests."""

from __future__ import annotations

import os
import time

import cadquery as cq

from configurator.sdk.params import Choice, Length, Params
from configurator.sdk.product import Part, Product
from configurator.sdk.template import Template


def build(p: Params) -> Product:
    mode = p.text("mode")
    if mode == "raise":
        raise RuntimeError("the sample template failed on purpose")
    if mode == "crash":
        os._exit(7)
    if mode == "hang":
        time.sleep(60)
    size = p.num("size")
    return Product((Part("cube", cq.Workplane("XY").box(size, size, size), "petg", "fdm"),))


TEMPLATE = Template(
    id="sample-trouble",
    version="1.0.0",
    name="Trouble cube",
    description="A cube that can fail on purpose.",
    category="Test",
    processes=("fdm",),
    parameters=(
        Length("size", 20, 5, 100),
        Choice("mode", "ok", ("ok", "raise", "crash", "hang")),
    ),
    build_timeout=4.0,
    build=build,
)

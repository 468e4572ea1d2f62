"""A block with slots, for sweep tests: quick to build, slow enough to be caught in flight, and
with one region that always fails (tall blocks with four slots), so failures have a place. With
SWEEP_BLOCK_HANG set in a worker's environment, a 25 mm wide block never finishes building; with
SWEEP_BLOCK_CRASH, a 35 mm wide block kills its process."""

import os
import time

import cadquery as cq

from configurator.sdk.params import Count, Length, MaterialSlot, Params
from configurator.sdk.product import Part, Product
from configurator.sdk.schema import constraint
from configurator.sdk.template import Template

BUILD_DELAY_S = 0.25  # every build is held this long: a killed worker always has one in flight


@constraint("width", "slots", description="slots need room")
def _room_for_slots(p: Params) -> str | None:
    if p.num("width") < 12 * p.int("slots"):
        return f"{p.int('slots')} slots need a width of at least {12 * p.int('slots')} mm"
    return None


def build(p: Params) -> Product:
    time.sleep(BUILD_DELAY_S)
    while os.environ.get("SWEEP_BLOCK_HANG") and p.num("width") == 25:
        time.sleep(0.05)  # a template that never returns, for the sweep's time limit
    if os.environ.get("SWEEP_BLOCK_CRASH") and p.num("width") == 35:
        os._exit(3)  # a build that takes its process down, like a crash in the kernel
    if p.num("height") > 80 and p.int("slots") == 4:
        raise ValueError("four slots in a block taller than 80 mm split it (a known region)")
    width, depth, height = p.num("width"), p.num("depth"), p.num("height")
    body = cq.Workplane("XY").box(width, depth, height, centered=(True, True, False))
    pitch = width / (p.int("slots") + 1)
    for i in range(p.int("slots")):
        x = -width / 2 + pitch * (i + 1)
        cut = cq.Workplane("XY").box(4, depth + 2, height / 2, centered=(True, True, False))
        body = body.cut(cut.translate((x, 0, height / 2)))
    return Product((Part("block", body, p.text("material"), "fdm"),))


TEMPLATE = Template(
    id="sweep-block",
    version="1.0.0",
    name="Sweep test block",
    description="A slotted block for sweep tests.",
    category="Test",
    processes=("fdm",),
    parameters=(
        Length("width", 60, 20, 100, step=5),
        Length("depth", 30, 10, 60, step=5, eco_tunable=True),
        Length("height", 40, 10, 100, step=5),
        Count("slots", 1, 0, 4),
        MaterialSlot("material", "pla", ("pla", "petg")),
    ),
    constraints=(_room_for_slots,),
    build=build,
)

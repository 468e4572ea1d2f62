"""Fits and assemblies of the catalogue templates added in phase 2 (issue 7)."""

from __future__ import annotations

import itertools
import math
import re
from typing import Any

import cadquery as cq
import pytest

from configurator.core.build import BuiltProduct, build_product
from configurator.sdk.errors import ValidationError
from tests.templates.checks import TEMPLATES, brep, overlap_volume, placed


def build(template_id: str, values: dict[str, Any] | None = None, preset: str | None = None) -> BuiltProduct:
    template = TEMPLATES[template_id]
    merged = dict(template.schema.preset(preset).values) if preset else {}
    merged.update(values or {})
    return build_product(template, merged)


def placed_all(built: BuiltProduct) -> dict[str, list[Any]]:
    shapes: dict[str, list[Any]] = {}
    for part in built.product.parts:
        shape = brep(built, part.name)
        shapes[part.name] = (
            [placed(shape, pl.matrix()) for pl in part.placements] if part.placements else [shape]
        )
    return shapes


def assert_no_overlaps(built: BuiltProduct) -> None:
    items = [(name, s) for name, shapes in placed_all(built).items() for s in shapes]
    for (name_a, a), (name_b, b) in itertools.combinations(items, 2):
        assert overlap_volume(a, b) < 1e-3, f"{name_a} overlaps {name_b}"


# --- flat-pack stool --------------------------------------------------------------------------


@pytest.mark.parametrize("preset", ["kitchen-stool", "kids-stool", "light-12mm"])
def test_stool_parts_interlock_without_overlap_and_screws_hit_legs(preset: str) -> None:
    built = build("flatpack-stool", preset=preset)
    assert_no_overlaps(built)
    shapes = placed_all(built)
    legs = shapes["leg with top slot"] + shapes["leg with bottom slot"]
    seat = shapes["seat"][0]
    height = float(built.params["height"])
    assert seat.BoundingBox().zmax == pytest.approx(height, abs=1e-6)
    assert max(leg.BoundingBox().zmax for leg in legs) == pytest.approx(height, abs=1e-6)
    # Each seat screw hole is over the top edge of a leg, 1 mm below the seat.
    holes = [
        f
        for f in brep(built, "seat").Faces()  # full circles, not dog-bone arcs
        if f.geomType() == "CYLINDER" and f.BoundingBox().xlen < 100 and any(e.IsClosed() for e in f.Edges())
    ]
    assert len(holes) == 4
    seat_bottom = seat.BoundingBox().zmin
    for hole in holes:
        c = hole.Center()
        below = cq.Vector(c.x, c.y, seat_bottom - 1)
        assert any(leg.isInside(below) for leg in legs), f"screw at {c.x:.0f},{c.y:.0f} misses"


def test_stool_slot_corners_have_dogbones_for_the_bit() -> None:
    built = build("flatpack-stool", {"bit_diameter": 6})
    t = 18.0
    leg: Any = brep(built, "leg with top slot")
    p = built.params
    mid, h = float(p["footprint"]) / 2, float(p["height"]) - t
    slot_left = mid - (t + float(p["fit_clearance"])) / 2
    relief = cq.Vector(slot_left - 0.3, h / 2 + 3 / math.sqrt(2), t / 2)
    solid_wood = cq.Vector(slot_left - 0.3, h / 2 + 20, t / 2)
    assert not leg.isInside(relief)
    assert leg.isInside(solid_wood)


def test_stool_refuses_tippy_footprint() -> None:
    with pytest.raises(ValidationError, match=r"footprint 300 mm is too narrow.*650 mm"):
        build("flatpack-stool", {"height": 650, "footprint": 300, "arch_height": 100})


# --- milled corner bracket --------------------------------------------------------------------


@pytest.mark.parametrize(("holes", "webs"), [(1, False), (2, True), (3, False)])
def test_corner_bracket_has_one_countersink_per_hole(holes: int, webs: bool) -> None:
    built = build(
        "alu-corner-bracket",
        {"holes_per_flange": holes, "end_webs": webs, "leg_a": 90, "leg_b": 90, "width": 40},
    )
    cones = [f for f in brep(built, "bracket").Faces() if f.geomType() == "CONE"]
    assert len(cones) == 2 * holes
    (bolts,) = [h for h in built.product.hardware if h.name == "bolt"]
    assert bolts.quantity == 2 * holes * 4 and bolts.standard == "ISO 10642"


def test_corner_bracket_too_short_for_holes_names_minimum() -> None:
    with pytest.raises(ValidationError, match=r"leg a 30 mm is too short for 3 M5 holes"):
        build("alu-corner-bracket", {"leg_a": 30, "holes_per_flange": 3, "screw": "M5"})


# --- pipe clip --------------------------------------------------------------------------------


@pytest.mark.parametrize("diameter", [6.0, 15.0, 22.0, 60.0])
def test_pipe_clip_holds_the_measured_pipe(diameter: float) -> None:
    built = build("pipe-clip", {"pipe_diameter": diameter, "fit": 0.0, "wall": 1.5})
    clip = brep(built, "clip")
    width = float(built.params["clip_width"])
    pipe = cq.Solid.makeCylinder(diameter / 2 - 1e-3, width + 2, cq.Vector(0, 0, -1))
    assert overlap_volume(clip, pipe) < 1e-3
    # The ring wraps past the pipe's equator: the pipe cannot leave without the clip flexing.
    upper_half = cq.Solid.makeBox(diameter, diameter / 2, width, cq.Vector(-diameter / 2, 0.0, 0.0))
    assert overlap_volume(clip, upper_half.cut(pipe)) > 0


# --- cable strain relief ----------------------------------------------------------------------


@pytest.mark.parametrize("preset", ["lamp-cord", "usb-cable", "heavy-cable"])
def test_strain_relief_squeezes_the_cable_by_the_chosen_amount(preset: str) -> None:
    built = build("cable-strain-relief", {"quantity": 1}, preset=preset)
    assert_no_overlaps(built)
    shapes = placed_all(built)
    halves = shapes["base"] + shapes["lid"]
    d, squeeze = float(built.params["cable_diameter"]), float(built.params["squeeze"])
    base_h = brep(built, "base").BoundingBox().zlen
    length = float(built.params["clamp_length"])

    def cable(diameter: float) -> cq.Shape:
        axis_at = cq.Vector(0, 0, base_h)
        return cq.Solid.makeCylinder(diameter / 2, length, axis_at, cq.Vector(1, 0, 0))

    assert all(overlap_volume(h, cable(d - squeeze - 0.05)) < 1e-3 for h in halves)
    if squeeze > 0:
        assert all(overlap_volume(h, cable(d)) > 0 for h in halves)


def test_strain_relief_screw_reaches_through_the_nut_but_not_out() -> None:
    built = build("cable-strain-relief", {"quantity": 1})
    (screw,) = [h for h in built.product.hardware if h.name == "clamp screw"]
    match = re.search(r"× (\d+(?:\.\d+)?) mm", screw.spec)
    assert match
    length = float(match.group(1))
    stack = sum(brep(built, n).BoundingBox().zlen for n in ("base", "lid"))
    assert stack - 3.0 <= length <= stack  # ends inside the base, past a 2.4 mm M3 nut


# --- appliance foot ---------------------------------------------------------------------------


def test_foot_peg_is_the_measured_hole_plus_interference() -> None:
    built = build(
        "appliance-foot",
        {"mount": "peg", "peg_diameter": 6, "interference": 0.1, "peg_length": 8, "foot_height": 12},
    )
    foot = brep(built, "foot")
    peg = foot.intersect(cq.Solid.makeBox(40, 40, 5, cq.Vector(-20, -20, 13)))
    assert peg.BoundingBox().xlen == pytest.approx(6.1, abs=1e-3)
    assert foot.BoundingBox().zmax == pytest.approx(20, abs=1e-6)


@pytest.mark.parametrize("mount", ["peg", "screw"])
def test_hollow_foot_has_no_closed_void(mount: str) -> None:
    """A sealed cavity would trap liquid resin: the hollow core must open through drain holes."""
    built = build("appliance-foot", {"mount": mount, "hollow": True, "foot_diameter": 40, "foot_height": 20})
    foot = brep(built, "foot")
    assert len(foot.Shells()) == 1
    solid = brep(
        build("appliance-foot", {"mount": mount, "hollow": False, "foot_diameter": 40, "foot_height": 20}),
        "foot",
    )
    assert foot.Volume() < 0.8 * solid.Volume()


# --- table lamp -------------------------------------------------------------------------------


@pytest.mark.parametrize("preset", ["desk", "bedside-e14", "drum"])
def test_lamp_parts_assemble_without_overlap(preset: str) -> None:
    built = build("table-lamp", preset=preset)
    assert_no_overlaps(built)
    shade = placed_all(built)["shade"][0]
    assert shade.BoundingBox().zmin > float(built.params["base_height"])


def test_lamp_shade_hole_matches_the_holder_and_shade_is_the_spare() -> None:
    built = build("table-lamp", {"shade_ring_hole": 28.5, "lamp_holder": "E14"})
    shade = brep(built, "shade")
    hole = min(
        (f for f in shade.Faces() if f.geomType() == "CYLINDER"),
        key=lambda f: abs(f.BoundingBox().xlen - 28.5),
    )
    assert hole.BoundingBox().xlen == pytest.approx(28.5, abs=1e-3)
    spares = [p.name for p in built.product.parts if p.spare]
    assert spares == ["shade"]
    shade_joint = next(j for j in built.product.joints if j.parts == ("shade",))
    assert shade_joint.tool is None and shade_joint.reversible


# --- device wall holder -----------------------------------------------------------------------


def test_wall_holder_fits_the_measured_device_and_not_a_bigger_one() -> None:
    built = build("device-wall-mount", {"device_width": 120, "device_depth": 30, "clearance": 0.8, "wall": 3})
    holder = brep(built, "holder")
    t, c = 3.0, 0.8

    def device(width: float, depth: float) -> cq.Shape:
        return cq.Solid.makeBox(width, 200, depth, cq.Vector(t + c, t, t + c))

    assert overlap_volume(holder, device(120, 30)) < 1e-3
    assert overlap_volume(holder, device(122, 30)) > 0

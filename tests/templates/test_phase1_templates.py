"""What makes the first three templates right beyond 'it builds': fits, assemblies, hardware."""

from __future__ import annotations

import itertools
import math
from typing import Any

import cadquery as cq
import pytest

from configurator.core.build import BuiltProduct, build_product
from configurator.sdk.errors import ValidationError
from configurator.sdk.product import JointKind
from tests.templates.checks import TEMPLATES, brep, build_and_check, overlap_volume, placed


def placed_copies(built: BuiltProduct, name: str) -> list[cq.Shape]:
    part = next(p for p in built.product.parts if p.name == name)
    return [placed(brep(built, name), pl.matrix()) for pl in part.placements]


# --- finger box -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "values",
    [
        {"kerf": 0, "lid": False},
        {
            "kerf": 0,
            "lid": False,
            "length": 233,
            "width": 87,
            "height": 141,
            "thickness": "6mm",
            "finger_width": 9,
        },
        {
            "kerf": 0,
            "lid": False,
            "length": 60,
            "width": 50,
            "height": 30,
            "thickness": "3mm",
            "finger_width": 5,
        },
    ],
)
def test_box_panels_fill_the_walls_exactly_without_overlap(values: dict[str, Any]) -> None:
    template = TEMPLATES["finger-box"]
    built = build_product(template, values)
    p = built.params
    t = float(str(p["thickness"]).removesuffix("mm"))
    length, width, height = float(p["length"]), float(p["width"]), float(p["height"])
    panels = [s for name in ("bottom", "long side", "short side") for s in placed_copies(built, name)]
    walls = length * width * height - (length - 2 * t) * (width - 2 * t) * (height - t)
    assert math.isclose(sum(s.Volume() for s in panels), walls, rel_tol=1e-6)
    for a, b in itertools.combinations(panels, 2):
        assert overlap_volume(a, b) < 1e-6
    box = cq.Compound.makeCompound(panels).BoundingBox()
    assert (box.xmin, box.ymin, box.zmin) == pytest.approx((0, 0, 0), abs=1e-6)
    assert (box.xmax, box.ymax, box.zmax) == pytest.approx((length, width, height), abs=1e-6)


def test_box_kerf_grows_each_outline_by_half_the_kerf_per_side() -> None:
    _built, parts = build_and_check(TEMPLATES["finger-box"], {"kerf": 0.3})
    bottom = next(p for p in parts if p.name == "bottom")
    assert bottom.bbox_mm[:2] == pytest.approx((150.3, 100.3), abs=1e-6)


def test_box_lid_engraving_is_flat_and_inside_the_lid() -> None:
    built, parts = build_and_check(TEMPLATES["finger-box"], {"lid_text": "Ada & Bo"})
    engraving = built.engravings["lid"]
    assert engraving is not None and engraving.Edges()
    box = engraving.BoundingBox()
    assert box.zmin == pytest.approx(0, abs=1e-6) and box.zmax == pytest.approx(0, abs=1e-6)
    assert box.xmin >= 4 + 5 and box.xmax <= 150 - 4 - 5
    assert box.ymin >= 4 + 5 and box.ymax <= 100 - 4 - 5
    lid = next(p for p in parts if p.name == "lid")
    assert lid.engraving_paths and lid.engraving_length_mm and lid.engraving_length_mm > 0


def test_box_glue_makes_joints_permanent_and_dry_fit_has_no_glue() -> None:
    glued = build_product(TEMPLATES["finger-box"], {"glued": True}).product
    dry = build_product(TEMPLATES["finger-box"], {"glued": False}).product
    assert any(j.kind is JointKind.GLUE and "bottom" in j.parts for j in glued.joints)
    assert not any(j.kind is JointKind.GLUE and "bottom" in j.parts for j in dry.joints)


def test_box_text_without_lid_is_refused_with_a_reason() -> None:
    with pytest.raises(ValidationError, match="lid"):
        build_product(TEMPLATES["finger-box"], {"lid": False, "lid_text": "HELLO"})


# --- D-shaft knob -----------------------------------------------------------------------------


def d_shaft(diameter: float, flat_depth: float, length: float, flat_towards: float) -> cq.Shape:
    """The user's shaft, entering the knob from z = 0, flat facing +y (or -y)."""
    r = diameter / 2
    shaft: cq.Shape = cq.Solid.makeCylinder(r, length)
    flat = r - flat_depth
    keep = cq.Solid.makeBox(2 * r + 2, r + flat + 1, length, cq.Vector(-r - 1, -r - 1, 0))
    shaft = shaft.intersect(keep)
    return shaft.rotate(cq.Vector(), cq.Vector(0, 0, 1), 0 if flat_towards > 0 else 180)


@pytest.mark.parametrize("preset", ["cooker-6mm", "pot-6mm-small", "quarter-inch"])
def test_knob_takes_its_shaft_and_the_flat_locks_rotation(preset: str) -> None:
    template = TEMPLATES["dshaft-knob"]
    built = build_product(template, dict(template.schema.preset(preset).values))
    p = built.params
    knob = brep(built, "knob")
    args = (float(p["shaft_diameter"]), float(p["flat_depth"]), float(p["shaft_length"]))
    assert overlap_volume(knob, d_shaft(*args, flat_towards=1)) < 1e-6
    assert overlap_volume(knob, d_shaft(*args, flat_towards=-1)) > 1.0


def test_knob_set_screw_brings_hardware_and_a_hex_key_joint() -> None:
    product = build_product(TEMPLATES["dshaft-knob"], {"set_screw": True}).product
    (screw,) = product.hardware
    assert screw.spec.startswith("M3 ×") and screw.standard == "ISO 4029"
    (joint,) = product.joints
    assert joint.kind is JointKind.SET_SCREW and joint.tool == "hex key 1.5 mm"
    assert product.parts[0].spare


def test_knob_hollow_saves_plastic() -> None:
    template = TEMPLATES["dshaft-knob"]
    solid = brep(build_product(template, {"hollow": False}), "knob").Volume()
    hollow = brep(build_product(template, {"hollow": True}), "knob").Volume()
    assert hollow < 0.8 * solid


def test_knob_flat_deeper_than_radius_is_refused_naming_values() -> None:
    with pytest.raises(ValidationError, match=r"flat depth 3\.5 mm.*6 mm shaft"):
        build_product(TEMPLATES["dshaft-knob"], {"shaft_diameter": 6, "flat_depth": 3.5})


# --- shelf bracket ----------------------------------------------------------------------------


def test_bracket_covers_sit_flush_in_their_recesses() -> None:
    built = build_product(
        TEMPLATES["shelf-bracket"], {"quantity": 1, "hole_count": 3, "hole_spacing": 30, "height": 180}
    )
    (bracket,) = placed_copies(built, "bracket")
    caps = placed_copies(built, "screw cover")
    assert len(caps) == 3
    t = float(built.params["thickness"])
    for cap in caps:
        assert overlap_volume(cap, bracket) < 1e-6
        assert cap.BoundingBox().xmax == pytest.approx(t, abs=1e-6)


def test_bracket_hardware_follows_screw_size_and_counts() -> None:
    product = build_product(
        TEMPLATES["shelf-bracket"],
        {
            "screw_size": "5mm",
            "hole_count": 3,
            "hole_spacing": 30,
            "quantity": 2,
            "thickness": 8,
            "height": 200,
        },
    ).product
    items = {h.name: h for h in product.hardware}
    assert items["wall screw"].quantity == 6 and items["wall screw"].spec.startswith("5 × ")
    assert items["wall plug"].quantity == 6 and "8 × 40" in items["wall plug"].spec
    screw_joint = next(j for j in product.joints if j.hardware == "wall screw")
    assert screw_joint.kind is JointKind.SCREW and screw_joint.tool == "screwdriver PH2"


def test_bracket_refuses_holes_that_do_not_fit_with_numbers() -> None:
    with pytest.raises(ValidationError) as caught:
        build_product(TEMPLATES["shelf-bracket"], {"height": 80, "hole_count": 3, "hole_spacing": 40})
    message = str(caught.value)
    assert "3 holes at 40 mm" in message and "height is 80 mm" in message


def test_bracket_thin_plate_refused_for_big_countersunk_screw() -> None:
    with pytest.raises(ValidationError, match=r"5mm screw with screw covers.*thickness is 4 mm"):
        build_product(TEMPLATES["shelf-bracket"], {"screw_size": "5mm", "thickness": 4})

"""Capability matching: processes, materials, sheet thickness, envelope fit with rotation, ranking."""

from __future__ import annotations

from dataclasses import replace

import pytest

from configurator.core.facilities.matching import (
    PartRequirement,
    assess_facility,
    match_facilities,
)
from configurator.core.facilities.model import Machine
from configurator.sdk.errors import FabwiseError

from .conftest import LASER, PRINTER, make_facility

SIDE = PartRequirement("laser", "birch_plywood", (700.0, 300.0, 3.0), thickness_mm=3.0, name="side")


def _reasons(machines: tuple[Machine, ...], *parts: PartRequirement) -> list[str]:
    return assess_facility(make_facility(machines=machines), parts)[0]


def test_missing_process_is_named() -> None:
    assert _reasons((PRINTER,), SIDE) == ["no laser cutter"]


def test_sheet_part_too_big_for_the_bed_even_rotated() -> None:
    assert _reasons((LASER,), SIDE) == [
        "bed 600×400 mm too small for part 'side' 700×300 mm (rotation considered)"
    ]


def test_sheet_part_fits_when_turned_90_degrees() -> None:
    turned = replace(SIDE, size_mm=(380.0, 590.0, 3.0))
    assert _reasons((LASER,), turned) == []


def test_sheet_thickness_not_stocked() -> None:
    thick = replace(SIDE, size_mm=(300.0, 200.0, 6.0), thickness_mm=6.0)
    assert _reasons((LASER,), thick) == ["no 6 mm birch_plywood"]


def test_sheet_thicker_than_the_machine_takes() -> None:
    thick = replace(SIDE, size_mm=(300.0, 200.0, 9.0), thickness_mm=9.0)
    assert _reasons((LASER,), thick) == ["laser cutter takes sheets up to 6 mm, part 'side' is 9 mm thick"]


def test_material_the_machine_does_not_take() -> None:
    mdf = replace(SIDE, material="mdf", size_mm=(300.0, 200.0, 3.0))
    assert _reasons((LASER,), mdf) == ["no laser cutter for mdf"]


def test_thin_strip_outline_drops_the_thickness_direction() -> None:
    strip = PartRequirement("laser", "birch_plywood", (590.0, 4.0, 3.0), thickness_mm=3.0)
    assert _reasons((LASER,), strip) == []


def test_printed_part_rotated_to_fit() -> None:
    upright = PartRequirement("fdm", "pla", (200.0, 100.0, 240.0), name="bracket")
    assert _reasons((PRINTER,), upright) == []
    too_long = PartRequirement("fdm", "pla", (260.0, 100.0, 100.0), name="rail")
    assert _reasons((PRINTER,), too_long) == [
        "build volume 250×210×200 mm too small for part 'rail' 260×100×100 mm (rotation considered)"
    ]


def test_every_part_must_be_makeable_and_each_reason_is_kept() -> None:
    knob = PartRequirement("fdm", "abs", (30.0, 30.0, 20.0), name="knob")
    small_side = replace(SIDE, size_mm=(300.0, 200.0, 3.0))
    assert _reasons((LASER, PRINTER), small_side, knob) == ["no FDM 3D printer for abs"]
    assert _reasons((LASER, PRINTER), small_side) == []


def test_the_best_machine_of_a_process_is_reported() -> None:
    small = replace(LASER, name="small", envelope_mm=(300.0, 200.0, 6.0))
    big = replace(LASER, name="big", envelope_mm=(1000.0, 800.0, 6.0))
    assert _reasons((small, big), SIDE) == []
    wrong_material = replace(LASER, materials=("acrylic",))
    assert _reasons((wrong_material, small), SIDE) == [
        "bed 300×200 mm too small for part 'side' 700×300 mm (rotation considered)"
    ]


def test_caveats_for_unverified_inventory_unknown_envelope_and_examples() -> None:
    vague = Machine("fdm", "some printer")
    facility = make_facility(machines=(vague,), inventory_verified=False)
    reasons, caveats = assess_facility(facility, [PartRequirement("fdm", "pla", (10, 10, 10))])
    assert reasons == []
    assert caveats[0].startswith("inventory not verified")
    assert any("envelope unknown" in c for c in caveats)
    assert any("materials not listed" in c for c in caveats)
    example = make_facility(machines=(PRINTER,), kind="example")
    assert assess_facility(example, [])[1] == ["fictional example workshop"]


def test_bad_requirements_are_user_errors() -> None:
    with pytest.raises(FabwiseError, match="unknown process 'waterjet'"):
        PartRequirement("waterjet")
    with pytest.raises(FabwiseError, match="three positive"):
        PartRequirement("fdm", size_mm=(1.0, 0.0, 1.0))


def test_ranking_by_distance_then_by_score() -> None:
    near = make_facility("user-near", machines=(PRINTER,), lat=45.76, lon=4.84)
    far = make_facility("user-far", machines=(PRINTER,), lat=48.85, lon=2.35)
    unplaced = make_facility("user-unplaced", machines=(PRINTER,), lat=None, lon=None)
    incapable = make_facility("user-laser-only", machines=(LASER,), lat=45.75, lon=4.85)
    part = [PartRequirement("fdm", "pla", (50.0, 50.0, 50.0))]
    lyon = (45.75, 4.85)
    report = match_facilities([far, unplaced, incapable, near], part, origin=lyon)
    assert [m.facility.id for m in report.capable] == ["user-near", "user-far", "user-unplaced"]
    assert report.capable[0].distance_km == pytest.approx(1.3, abs=0.2)
    assert report.capable[2].distance_km is None
    assert [m.facility.id for m in report.incapable] == ["user-laser-only"]
    assert report.incapable[0].reasons == ("no FDM 3D printer",)
    eco_total = {"user-near": 3.0, "user-far": 1.0, "user-unplaced": 2.0}
    by_score = match_facilities([far, unplaced, near], part, origin=lyon, key=lambda f: eco_total[f.id])
    assert [m.facility.id for m in by_score.capable] == ["user-far", "user-unplaced", "user-near"]
    assert by_score.capable[0].score == 1.0
    nearby = match_facilities([far, unplaced, near], part, origin=lyon, max_distance_km=50)
    assert [m.facility.id for m in nearby.capable] == ["user-near"]


def test_approximate_locations_are_flagged() -> None:
    facility = make_facility(machines=(PRINTER,))
    country_level = replace(facility, location=replace(facility.location, precision="country"))
    match = match_facilities([country_level], [], origin=(45.0, 4.0)).capable[0]
    assert "location approximate (country centroid)" in match.caveats


def test_caveats_read_in_the_language() -> None:
    from configurator.sdk import i18n

    facility = make_facility(machines=(PRINTER,), inventory_verified=False)
    try:
        i18n.set_language("fr")
        caveats = assess_facility(facility, [PartRequirement("fdm", "pla", (10, 10, 10))])[1]
        assert caveats[0].startswith("parc machines non vérifié")
        assert assess_facility(make_facility(machines=(PRINTER,), kind="example"), [])[1] == [
            "atelier d'exemple fictif"
        ]
    finally:
        i18n.set_language("en")

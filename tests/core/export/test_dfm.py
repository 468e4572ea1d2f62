"""Checks before export: a failed check names the part, the value and the limit, and a fix."""

from __future__ import annotations

from pathlib import Path

import cadquery as cq
import pytest

from configurator.core.build import tessellate
from configurator.core.export import ExportBlocked, export_package
from configurator.core.export.dfm import Check, add_suggestions, plan_part, process_limits
from configurator.core.export.jobspec import PartFacts
from configurator.core.export.thickness import flatness_check, thickness_check
from configurator.core.facilities.model import Machine
from configurator.core.service import BuildService
from configurator.sdk.results import Quality
from tests.core.export.conftest import make_facility


def _part(
    bbox: tuple[float, float, float], process: str = "fdm", material: str = "pla", sheet: float | None = None
) -> PartFacts:
    return PartFacts("arm", material, process, bbox, sheet)


def test_envelope_allows_any_orientation_for_prints_but_not_for_sheets() -> None:
    facility = make_facility()
    lying = plan_part(_part((215.0, 240.0, 30.0)), facility)  # fits when turned
    assert [c.status for c in lying.checks] == ["pass", "pass"]
    too_long = plan_part(_part((300.0, 20.0, 20.0)), facility)
    envelope = too_long.checks[0]
    assert envelope.status == "fail"
    assert envelope.message == (
        "'arm' measures 300.0 × 20.0 × 20.0 mm and does not fit "
        "Prusa MK4 (250.0 × 210.0 × 220.0 mm, any orientation)"
    )
    assert envelope.measured == (300.0, 20.0, 20.0) and envelope.limit == (250.0, 210.0, 220.0)
    sheet = plan_part(_part((290.0, 590.0, 4.0), "laser", "mdf", 4.0), facility)
    assert [c.status for c in sheet.checks] == ["pass", "pass", "pass"]
    too_deep = plan_part(_part((590.0, 310.0, 4.0), "laser", "mdf", 4.0), facility)
    assert too_deep.checks[0].status == "fail"


def test_sheet_thickness_material_and_process() -> None:
    facility = make_facility()
    odd_sheet = plan_part(_part((100.0, 100.0, 5.0), "laser", "birch_plywood", 5.0), facility)
    thickness = odd_sheet.checks[2]
    assert (thickness.status, thickness.measured, thickness.limit) == ("fail", 5.0, (3.0, 4.0, 6.0))
    assert "cut from 5 mm sheet; Epilog Fusion cuts 3, 4, 6 mm sheet" in thickness.message
    wrong_material = plan_part(_part((50.0, 50.0, 50.0), material="abs"), facility)
    assert wrong_material.checks[1].status == "fail"
    no_printer = plan_part(_part((50.0, 50.0, 50.0), "sla", "sla_resin"), facility)
    assert [c.check for c in no_printer.checks] == ["process"]
    assert "needs sla, which Test Lab does not offer (it offers fdm, laser)" in (no_printer.checks[0].message)


def test_unknown_facility_data_is_recorded_not_blocking() -> None:
    facility = make_facility(machines=(Machine("fdm", "Someone's printer"),))
    plan = plan_part(_part((50.0, 50.0, 50.0)), facility)
    assert [c.status for c in plan.checks] == ["unknown", "unknown"]


def test_suggestions_name_other_facilities_that_can_make_it() -> None:
    small = make_facility()
    big = make_facility(
        id="big-lab",
        name="Big Lab",
        machines=(Machine("fdm", "Large printer", (400.0, 400.0, 400.0), ("pla",)),),
    )
    part = _part((300.0, 20.0, 20.0))
    checks = add_suggestions(
        plan_part(part, small).checks, [part], facility=small, other_facilities=[small, big]
    )
    assert checks[0].suggestions == ("or choose a facility that can make it: Big Lab (big-lab)",)


def _shape(value: object) -> cq.Shape:
    assert isinstance(value, cq.Shape)  # Workplane.val() is typed wider than the solid it is
    return value


def _mesh_check(value: object, process: str, sheet: float | None = None) -> Check:
    shape = _shape(value)
    vertices, faces = tessellate(shape, Quality.FINE)
    return thickness_check("p", shape, vertices, faces, sheet, process_limits()[process])


def test_thin_walls_fail_and_sharp_tips_do_not() -> None:
    thin_cup = cq.Workplane().box(40, 30, 20).faces(">Z").shell(-0.5).val()
    check = _mesh_check(thin_cup, "fdm")
    assert check.status == "fail" and check.measured == pytest.approx(0.5, abs=0.01)
    assert check.limit == 0.8 and "3D Hubs" in (check.source or "")
    thick_cup = cq.Workplane().box(40, 30, 20).faces(">Z").shell(-1.5).val()
    assert _mesh_check(thick_cup, "fdm").measured == pytest.approx(1.5, abs=0.01)
    wedge = cq.Workplane("XZ").polyline([(0, 0), (60, 0), (0, 40)]).close().extrude(5).val()
    assert _mesh_check(wedge, "fdm").status == "pass"


def test_narrow_strip_in_a_sheet_part_fails() -> None:
    def panel(gap: float) -> cq.Shape:
        return _shape(
            cq.Workplane()
            .rect(100, 60, centered=False)
            .extrude(3)
            .faces(">Z")
            .workplane(origin=(0, 0, 3))
            .center(100 - gap - 3, 30)
            .rect(6, 20)
            .cutThruAll()
            .val()
        )

    narrow = _mesh_check(panel(0.8), "laser", 3.0)
    assert narrow.status == "fail" and narrow.measured == pytest.approx(0.8, abs=0.01)
    assert "narrowest strip between cuts is 0.80 mm, below the 1.5 mm minimum" in narrow.message
    assert _mesh_check(panel(5.0), "laser", 3.0).status == "pass"


def test_sheet_part_must_be_flat() -> None:
    pocketed = (
        cq.Workplane()
        .rect(50, 50, centered=False)
        .extrude(3)
        .faces(">Z")
        .workplane(origin=(0, 0, 3))
        .center(25, 25)
        .rect(10, 10)
        .cutBlind(-1)
    ).val()
    vertices, faces = tessellate(_shape(pocketed), Quality.FINE)
    check = flatness_check("lid", vertices, faces, 3.0)
    assert check.status == "fail" and "not a uniform 3 mm sheet" in check.message
    assert check.measured == pytest.approx(100.0, rel=1e-3)


def test_blocked_export_names_part_value_limit_and_fix(service: BuildService, tmp_path: Path) -> None:
    target = tmp_path / "knob.zip"
    request = service.request("export-knob", {"wall": 0.5, "material": "abs"})
    with pytest.raises(ExportBlocked) as info:
        export_package(service, request, target, facility=make_facility())
    message = info.value.message
    assert "export blocked: 2 manufacturing checks failed" in message
    assert (
        "'knob' is abs, which Prusa MK4 does not list (it takes pla, petg); set material to pla or petg"
    ) in message
    assert (
        "'knob': thinnest wall is 0.50 mm, below the 0.8 mm minimum for fdm; set wall to at least 0.8 mm"
    ) in message
    assert not target.exists() and list(tmp_path.iterdir()) == []


def test_blocked_sheet_export_suggests_a_stock_thickness(service: BuildService, tmp_path: Path) -> None:
    request = service.request("export-panel", {"thickness": 5, "edge_gap": 1})
    with pytest.raises(ExportBlocked) as info:
        export_package(service, request, tmp_path / "p.zip", facility=make_facility())
    failed = {c.check: c for c in info.value.checks if c.status == "fail"}
    assert set(failed) == {"sheet_thickness", "min_feature"}
    assert failed["sheet_thickness"].suggestions == ("set thickness to 3 or 4 or 6 mm",)
    assert failed["min_feature"].measured == pytest.approx(1.0, abs=0.01)
    assert failed["min_feature"].suggestions == ("set edge_gap to at least 1.5 mm",)

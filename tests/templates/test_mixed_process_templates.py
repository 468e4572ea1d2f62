"""The mixed-process templates (issue 19): a plywood-base lamp (laser + FDM) and a side table
(CNC router + FDM). Parts fit without overlapping, joints line up, and each template's package
holds cut files for the sheet parts and print files for the printed ones."""

from __future__ import annotations

import math
from typing import Any

import cadquery as cq
import pytest

from configurator.core.build import BuiltProduct, build_product
from configurator.sdk.errors import ValidationError
from parts_library import flatpack_stool as stool
from parts_library import plywood_lamp as lamp
from parts_library import side_table as table
from tests.templates.checks import TEMPLATES, brep, overlap_volume, placed
from tests.templates.test_phase2_templates import assert_no_overlaps, placed_all


def build(template_id: str, preset: str | None = None, values: dict[str, Any] | None = None) -> BuiltProduct:
    template = TEMPLATES[template_id]
    merged = dict(template.schema.preset(preset).values) if preset else {}
    merged.update(values or {})
    return build_product(template, merged)


@pytest.mark.parametrize("template_id", ["plywood-lamp", "side-table"])
def test_mixes_a_sheet_process_and_printing(template_id: str) -> None:
    built = build(template_id)
    processes = {part.process for part in built.product.parts}
    assert "fdm" in processes and processes & {"laser", "cnc_router"}
    assert set(TEMPLATES[template_id].processes) == processes


@pytest.mark.parametrize("preset", [None, "desk", "bedside-e14", "reading"])
def test_lamp_parts_do_not_overlap_and_feet_sit_in_their_holes(preset: str | None) -> None:
    built = build("plywood-lamp", preset)
    assert_no_overlaps(built)
    shapes = placed_all(built)
    base = shapes["base"][0]
    for foot in shapes["foot"]:
        peg_top = foot.BoundingBox().zmax
        assert base.BoundingBox().zmin < peg_top <= base.BoundingBox().zmax
        # The peg is inside the base's hole: the foot and base share no material, and the foot
        # reaches into the base's thickness.
        assert overlap_volume(foot, base) < 1e-3
    hub = shapes["hub"][0]
    assert hub.BoundingBox().zmin == pytest.approx(base.BoundingBox().zmax)


def test_lamp_screws_meet_pilot_holes_and_stay_inside_the_hub() -> None:
    for thickness in lamp.BOARDS:
        p = lamp.PlywoodLampParams(
            {**TEMPLATES["plywood-lamp"].schema.validate({"base_thickness": thickness})}
        )
        assert lamp.screw_length(p) <= lamp.board(p) + lamp.FLANGE_H - 1.0
        assert lamp.screw_length(p) > lamp.board(p) + 1.0  # it reaches into the flange
    built = build("plywood-lamp")
    hub = brep(built, "hub")
    for x, y in lamp._screw_positions():
        probe = cq.Solid.makeCylinder(0.5, 2.0, cq.Vector(x, y, 0.5))
        assert overlap_volume(hub, probe) < 1e-6, "pilot hole missing under a base screw hole"


def test_lamp_base_must_carry_its_shade() -> None:
    with pytest.raises(ValidationError, match="does not tip"):
        build(
            "plywood-lamp",
            values={
                "base_diameter": 120,
                "shade_bottom_diameter": 300,
                "shade_height": 300,
                "stem_height": 300,
            },
        )


@pytest.mark.parametrize("preset", [None, "bedside", "plant-stand"])
def test_table_caps_hold_each_foot_without_overlap(preset: str | None) -> None:
    built = build("side-table", preset)
    assert_no_overlaps(built)
    shapes = placed_all(built)
    legs = shapes["leg with top slot"] + shapes["leg with bottom slot"]
    height = float(built.params["height"])
    assert shapes["top"][0].BoundingBox().zmax == pytest.approx(height, abs=1e-6)
    sole = float(built.params["sole"])
    assert min(leg.BoundingBox().zmin for leg in legs) == pytest.approx(sole, abs=1e-6)
    for cap in shapes["foot cap"]:
        box = cap.BoundingBox()
        # Each cap surrounds exactly one leg end: some leg passes through its channel.
        inside = cq.Solid.makeBox(box.xlen, box.ylen, table.CAP_DEPTH, cq.Vector(box.xmin, box.ymin, sole))
        held = [leg for leg in legs if overlap_volume(leg, inside) > 1.0]
        assert len(held) == 1


def test_table_reuses_the_stools_joinery_at_its_own_size() -> None:
    p = table.SideTableParams(TEMPLATES["side-table"].schema.validate({}))
    w = table.wood(p)
    assert w.seat_diameter == p.top_diameter
    assert stool.leg_height(w) + table.board(p) + p.sole == pytest.approx(p.height)
    assert math.isclose(table.foot_length(p), stool.FOOT_RATIO * p.footprint)


def test_table_rules_name_the_fix() -> None:
    with pytest.raises(ValidationError, match="does not tip"):
        build("side-table", values={"height": 700, "footprint": 340, "top_diameter": 400})


def test_caps_fit_the_board_with_the_sliding_clearance() -> None:
    built = build("side-table", values={"thickness": "15mm", "fit_clearance": 0.2})
    cap = brep(built, "foot cap")
    width = cap.BoundingBox().ylen
    assert width == pytest.approx(15 + 0.2 + table.CAP_SLIDE + 2 * table.CAP_WALL)
    placed_caps = [placed(cap, pl.matrix()) for pl in built.product.parts[3].placements]
    assert len(placed_caps) == 4


def test_lamp_goes_through_eco_export_and_verify(tmp_path: Any) -> None:
    import zipfile

    from configurator.core.export import ExportOptions, export_package
    from configurator.core.export.verify import verify_package
    from configurator.core.registry import TemplateRegistry
    from configurator.core.service import BuildService
    from eco_rules import EcoContext, default_engine
    from tests.core.export.conftest import make_facility

    registry = TemplateRegistry.discover()
    values = dict(TEMPLATES["plywood-lamp"].schema.preset("desk").values)
    with BuildService(registry, timeout=120.0) as service:
        request = service.request("plywood-lamp", values)
        report = default_engine().evaluate(service.build(request), EcoContext())
        phases = report.to_dict()
        assert phases["product_mass_kg"]["value"] > 0
        out = tmp_path / "lamp.zip"
        summary = export_package(
            service,
            request,
            out,
            facility=make_facility(),
            options=ExportOptions(preview="software", mesh_quality="coarse"),
            timeout=600.0,
        )
    assert summary.ok
    with zipfile.ZipFile(out) as archive:
        names = set(archive.namelist())
    assert "parts/base.dxf" in names and "parts/base.step" in names
    assert {"parts/shade.stl", "parts/shade.3mf", "parts/hub.stl", "parts/foot.3mf"} <= names
    assert not any(n.startswith("parts/base.") and n.endswith(".stl") for n in names)
    verified = verify_package(out)
    assert verified.passed, verified.findings

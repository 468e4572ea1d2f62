"""Every figure in a report expands to the rules that made it, the factors they used and sources."""

from __future__ import annotations

import json

import pytest

from configurator.sdk.results import HardwareItem, JointInfo
from eco_rules import EcoContext, EcoEngine, EcoReport, Interval, render_explain, render_report
from tests.eco.conftest import cube_part, make_build, make_part, sheet_part


@pytest.fixture(scope="module")
def report(engine: EcoEngine) -> EcoReport:
    parts = [
        make_part("knob", "pla", "fdm", spare=True),
        make_part("clip", "pa12", "sls", volume_mm3=2000, area_mm2=1500, bbox_mm=(20, 10, 10)),
        make_part("lens", "sla_resin", "sla", volume_mm3=3000, area_mm2=1400, bbox_mm=(20, 20, 8)),
        sheet_part("acrylic", 3.0, 80.0, quantity=2),
        make_part("base", "pine", "cnc_router", volume_mm3=60000, area_mm2=12000, bbox_mm=(100, 60, 18)),
        cube_part("steel_recycled", 25.0, "cnc_mill"),
    ]
    hardware = [
        HardwareItem("screw", "M4x12", 4, "stainless_304", 1.8, "ISO 7045"),
        HardwareItem("magnet", "10x3", 2, None, 1.7, None),
    ]
    joints = [
        JointInfo("screw", ("knob", "base"), 4, "hex key 2.5 mm", "screw", True),
        JointInfo("glue", ("lens", "panel"), 1, None, None, False),
    ]
    build = make_build(parts, joints, hardware)
    return engine.evaluate(build, EcoContext(country="IT", distance_km=35, transport_mode="van"))


def _close(a: Interval, b: Interval) -> bool:
    return all(abs(x - y) <= 1e-9 * (1 + abs(y)) for x, y in zip(a.as_tuple(), b.as_tuple(), strict=True))


def test_phase_totals_are_the_sum_of_their_traced_lines(report: EcoReport) -> None:
    total = Interval.exact(0.0)
    for phase in report.phases:
        assert phase.lines, phase.phase
        summed = Interval.exact(0.0)
        for ref in phase.lines:
            line = report.lines[ref]
            assert line.kind == "rule" and line.phase == phase.phase
            assert isinstance(line.value, Interval)
            summed = summed + line.value
        assert _close(summed, phase.co2e_kg), phase.phase
        total = total + summed
    assert _close(total, report.total_co2e_kg)


def test_every_line_names_rule_factors_and_sources(report: EcoReport) -> None:
    used: set[str] = set()
    for line in report.lines.values():
        assert line.rule_id and line.rule_file and line.description and line.expression
        for fid in line.factors:
            factor = report.factors[fid]
            assert factor.source, fid
            used.add(fid)
        for dep in line.depends_on:
            assert report.lines[dep].kind == "derive"
    assert used == set(report.factors)


def test_every_phase_rule_rests_on_at_least_one_sourced_factor(report: EcoReport) -> None:
    for phase in report.phases:
        for ref in phase.lines:
            chain = report.explain(ref)
            factors = {fid for line in chain for fid in line.factors}
            assert factors, f"{ref} ({report.lines[ref].rule_id}) uses no factor"


def test_explain_reaches_the_material_density_and_the_grid(report: EcoReport) -> None:
    manufacturing = report.phase("manufacturing").lines[0]
    chain_factors = {fid for line in report.explain(manufacturing) for fid in line.factors}
    assert "grid.IT" in chain_factors
    assert "process.fdm.deposition_rate" in chain_factors
    material = report.phase("material").lines[0]
    chain_factors = {fid for line in report.explain(material) for fid in line.factors}
    assert {"material.pla.carbon", "density.pla"} <= chain_factors


def test_json_and_text_expose_the_trace(report: EcoReport) -> None:
    data = json.loads(json.dumps(report.to_dict()))
    for phase in data["phases"]:
        for ref in phase["lines"]:
            assert ref in data["trace"]
            for fid in data["trace"][ref]["factors"]:
                assert data["factors"][fid]["source"]
    text = render_explain(report)
    for ref in report.lines:
        assert f"{ref} " in text
    for fid in report.factors:
        assert fid in text
    assert "PROXY" in render_report(report)


def test_hardware_without_known_material_is_flagged(report: EcoReport) -> None:
    assert any("magnet" in w and "PROXY" in w for w in report.warnings)

"""Eco figures of printed parts come from the slice, labelled; without a slicer, labelled estimates."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from configurator.core.facilities.printer_profiles import get_profile
from configurator.core.production.measure import measure_build, with_production
from configurator.sdk.results import PartResult
from eco_rules import EcoContext, EcoEngine, default_engine
from tests.core.production.conftest import box, requires_slicer
from tests.eco.conftest import make_build, make_part, sheet_part


@pytest.fixture(scope="module")
def engine() -> EcoEngine:
    return default_engine()


def printed_cube(edge: float = 20.0, material: str = "pla") -> PartResult:
    vertices, faces = box(0, 0, 0, edge, edge, edge)
    return dataclasses.replace(
        make_part(
            name="cube",
            material=material,
            volume_mm3=edge**3,
            area_mm2=6 * edge**2,
            bbox_mm=(edge, edge, edge),
        ),
        vertices=vertices,
        faces=faces,
    )


def _derived(report, subject: str, fact: str):  # type: ignore[no-untyped-def]
    lines = [
        line
        for line in report.lines.values()
        if line.kind == "derive" and line.subject == subject and line.fact == fact
    ]
    assert len(lines) == 1
    return lines[0]


@requires_slicer
def test_print_time_and_mass_come_from_the_slice(engine: EcoEngine) -> None:
    build = make_build([printed_cube()])
    measurement = measure_build(build, None, book=engine.book)
    sliced = measurement.slices["cube"]
    report = engine.evaluate(build, with_production(EcoContext(country="DE"), measurement))
    hours = _derived(report, "cube", "machine_hours")
    assert hours.rule_id == "hours.measured"
    assert hours.value.value == pytest.approx(sliced.print_seconds / 3600)
    mass = _derived(report, "cube", "product_mass_kg")
    assert mass.rule_id == "mass.fdm.sliced"
    assert mass.value.value == pytest.approx(sliced.part_g / 1000)
    bought = _derived(report, "cube", "input_mass_kg")
    assert bought.rule_id == "input.fdm.sliced"
    assert bought.value.low >= sliced.filament_g / 1000
    # labelled with the slicer and the profile, in the report's factors and its context
    factor = report.factors["production.cube"]
    assert factor.source.startswith(f"from {sliced.slicer}, profile prusa-mk3s-0.4")
    assert "typical fab-lab printer: no workshop chosen" in factor.source
    assert not any("estimate from the part's volume" in w for w in report.warnings)
    # energy = time x the printer's power (no facility: the typical mean draw printing PLA)
    kwh = _derived(report, "cube", "electricity_kwh")
    pla_watts = engine.book.factor("process.fdm.mean_power_w.pla").value
    assert pla_watts == 130.0
    assert kwh.value.value == pytest.approx(sliced.print_seconds / 3600 * pla_watts / 1000)


def test_without_a_slicer_the_model_is_used_and_labelled(
    engine: EcoEngine, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("FABWISE_PRUSA_SLICER", "none")
    build = make_build([printed_cube()])
    measurement = measure_build(build, None, book=engine.book)
    assert measurement.slices == {}
    assert "slicing is turned off" in measurement.reasons["cube"]
    report = engine.evaluate(build, with_production(EcoContext(country="DE"), measurement))
    assert _derived(report, "cube", "machine_hours").rule_id == "hours.fdm"
    warning = next(w for w in report.warnings if "part 'cube'" in w and "estimate" in w)
    assert "not a slice: slicing is turned off (FABWISE_PRUSA_SLICER=none)" in warning


def test_a_missing_slicer_binary_is_the_reason(
    engine: EcoEngine, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("FABWISE_PRUSA_SLICER", str(tmp_path / "no-such-prusa-slicer"))
    build = make_build([printed_cube()])
    report = engine.evaluate(
        build, with_production(EcoContext(country="DE"), measure_build(build, None, book=engine.book))
    )
    assert any("is not an executable file" in w for w in report.warnings)


def test_an_fdm_part_never_sliced_still_says_estimate(engine: EcoEngine) -> None:
    report = engine.evaluate(make_build([printed_cube()]), EcoContext(country="DE"))
    assert any("estimate from the part's volume" in w and "not sliced" in w for w in report.warnings)


@requires_slicer
def test_a_failed_slice_falls_back_with_prusaslicers_reason(engine: EcoEngine) -> None:
    huge = printed_cube(edge=400.0)
    build = make_build([huge])
    measurement = measure_build(build, None, book=engine.book)
    assert "could not fit on the bed" in measurement.reasons["cube"]
    report = engine.evaluate(build, with_production(EcoContext(country="DE"), measurement))
    assert _derived(report, "cube", "machine_hours").rule_id == "hours.fdm"


def test_laser_time_counts_pierces_and_travel(engine: EcoEngine) -> None:
    import numpy as np

    panel = sheet_part(thickness=3.0, side=100.0)
    square = np.array([(0, 0), (100, 0), (100, 100), (0, 100), (0, 0)], np.float32)
    hole = np.array([(40, 40), (60, 40), (60, 60), (40, 60), (40, 40)], np.float32)
    panel = dataclasses.replace(panel, outlines=(square, hole), cut_length_mm=480.0)
    measurement = measure_build(make_build([panel]), None, book=engine.book)
    timed = measurement.laser["panel"]
    assert timed.pierces == 2
    # origin -> square (0, 0) -> back at (0, 0) -> hole (40, 40)
    assert timed.travel_mm == pytest.approx(float(np.hypot(40, 40)))
    speed = engine.book.laser_speeds["birch_plywood"][0][1].value  # 3 mm row
    pierce = engine.book.process["process.laser.pierce_s"].value
    assert timed.cut_s.value == pytest.approx(480.0 / speed)
    assert timed.pierce_s.value == pytest.approx(2 * pierce)
    assert timed.engrave_s.value == 0
    report = engine.evaluate(make_build([panel]), with_production(EcoContext(country="DE"), measurement))
    hours = _derived(report, "panel", "machine_hours")
    assert hours.rule_id == "hours.measured"
    assert hours.value.value == pytest.approx(timed.total_s.value / 3600)
    assert "process.laser.pierce_s" in hours.factors
    assert hours.value.value > 480.0 / speed / 3600  # more than the cut alone


def test_engraving_time_is_the_swept_rectangle(engine: EcoEngine) -> None:
    import numpy as np

    from configurator.core.production.laser import laser_time

    panel = sheet_part(thickness=3.0, side=100.0)
    letter = np.array([(10, 10), (30, 10), (30, 15), (10, 15)], np.float32)
    panel = dataclasses.replace(panel, engraving_paths=(letter,))
    timed = laser_time(panel, engine.book)
    speed = engine.book.process["process.laser.engrave_speed"]
    line = engine.book.process["process.laser.engrave_line_mm"]
    assert timed.engrave_area_mm2 == pytest.approx(20 * 5)
    assert timed.engrave_s.value == pytest.approx(100 / line.value / speed.value)
    assert timed.engrave_s.high == pytest.approx(100 / line.low / speed.low)
    assert {speed.id, line.id} <= set(timed.factor_ids)
    assert get_profile("prusa-mk3s-0.4").bed_mm == (250.0, 210.0, 210.0)

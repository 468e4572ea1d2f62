"""Grade thresholds (and that docs/eco-method.md publishes the same ones), and repairability."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest

from configurator.sdk.results import HardwareItem, JointInfo
from eco_rules import EcoContext, EcoEngine
from tests.eco.conftest import make_build, make_part

ROOT = Path(__file__).resolve().parents[2]


def test_grade_boundaries(engine: EcoEngine) -> None:
    grading = engine.grading
    assert [g for g, _ in grading.thresholds] == ["A", "B", "C", "D"]
    for letter, limit in grading.thresholds:
        assert grading.grade(limit).letter == letter
        assert grading.grade(limit * 1.0001).letter != letter
    assert grading.grade(1000.0).letter == "E"
    with pytest.raises(ValueError):
        grading.grade(float("nan"))


def test_docs_publish_the_thresholds_in_use() -> None:
    data = tomllib.loads((ROOT / "eco_rules" / "rules" / "grade.toml").read_text())["grade"]
    docs = (ROOT / "docs" / "eco-method.md").read_text(encoding="utf-8")
    rows = dict(re.findall(r"^\|\s*([A-E])\s*\|\s*(?:≤|<=)\s*([0-9.]+)\s*\|", docs, flags=re.M))
    assert rows == {g: f"{limit:g}" for g, limit in data["thresholds"]}
    assert re.search(r"^\|\s*E\s*\|\s*>\s*" + re.escape(f"{data['thresholds'][-1][1]:g}"), docs, flags=re.M)


def test_report_grade_is_the_orders_footprint_not_per_kg(engine: EcoEngine) -> None:
    build = make_build([make_part("block", "aluminium", "cnc_mill")])
    report = engine.evaluate(build, EcoContext(country="PL"))
    assert report.grade.metric_value == pytest.approx(report.total_co2e_kg.value)
    assert report.grade.letter == engine.grading.grade(report.total_co2e_kg.value).letter


def _repair(
    engine: EcoEngine, joints: list[JointInfo], hardware: list[HardwareItem] | None = None, parts: int = 2
) -> float:
    items = [make_part(f"p{i}", "pla", "fdm", spare=(i == 0)) for i in range(parts)]
    report = engine.evaluate(make_build(items, joints, hardware or []), EcoContext(country="FR"))
    return report.repairability.score


def test_screws_are_more_repairable_than_glue(engine: EcoEngine) -> None:
    screwed = _repair(
        engine,
        [JointInfo("screw", ("p0", "p1"), 2, "screwdriver PH2", "s", True)],
        [HardwareItem("screw", "M3", 2, "steel", 0.5, "ISO 7045")],
    )
    glued = _repair(engine, [JointInfo("glue", ("p0", "p1"), 1, None, None, False)])
    assert 0 <= glued < screwed <= 10


def test_proprietary_tools_and_deep_disassembly_lower_the_score(engine: EcoEngine) -> None:
    basic = _repair(engine, [JointInfo("screw", ("p0", "p1"), 2, "hex key 2 mm", "s", True)])
    special = _repair(engine, [JointInfo("screw", ("p0", "p1"), 2, "proprietary pentalobe", "s", True)])
    assert special < basic
    one = [JointInfo("screw", ("p0", "p1"), 1, None, "s", True)]
    seven = [JointInfo("screw", ("p0", f"p{i}"), 1, None, "s", True) for i in range(1, 8)]
    shallow, deep = _repair(engine, one, parts=8), _repair(engine, seven, parts=8)
    assert deep < shallow


def test_non_standard_hardware_lowers_spare_availability(engine: EcoEngine) -> None:
    joint = [JointInfo("screw", ("p0", "p1"), 2, "screwdriver", "screw", True)]
    standard = _repair(engine, joint, [HardwareItem("screw", "M3", 2, "steel", 0.5, "ISO 7045")])
    custom = _repair(engine, joint, [HardwareItem("screw", "special", 2, "steel", 0.5, None)])
    assert custom < standard


def test_score_is_the_eu_weighted_mean_without_software_updates(engine: EcoEngine) -> None:
    report = engine.evaluate(make_build([make_part("knob", spare=True)]), EcoContext(country="FR"))
    repair = report.repairability
    assert {c.id: c.coefficient for c in repair.criteria} == {
        "disassembly_depth": 0.25,
        "fasteners": 0.15,
        "tools": 0.15,
        "spare_parts": 0.15,
        "repair_information": 0.15,
    }
    expected = sum(c.coefficient * c.score for c in repair.criteria) / 0.85
    assert repair.score == pytest.approx(expected, abs=1e-4)
    assert 1 <= repair.score <= 5 and repair.scale_max == 5
    assert "not an official index" in repair.label


def test_circularity_facts(engine: EcoEngine) -> None:
    parts = [make_part("a", "rpla", "fdm"), make_part("b", "pla", "fdm")]
    report = engine.evaluate(make_build(parts), EcoContext(country="FR"))
    assert report.circularity.recycled_content == pytest.approx(0.5)
    assert not report.circularity.mono_material
    assert report.circularity.bio_based_share == pytest.approx(1.0)
    mono = engine.evaluate(make_build([make_part("a", "petg", "fdm")]), EcoContext(country="FR"))
    assert mono.circularity.mono_material and mono.circularity.recycled_content == 0

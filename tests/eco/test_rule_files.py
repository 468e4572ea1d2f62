"""Rule files are checked when loaded: a broken file fails with its file name, rule id and reason."""

from __future__ import annotations

import re
import textwrap
from pathlib import Path

import pytest

from eco_rules import EcoEngine, RuleFileError
from eco_rules.factors import FactorBook
from eco_rules.functions import build_functions
from eco_rules.grade import load_grading
from eco_rules.repair import load_repair_method
from eco_rules.rules import load_ruleset

RULES = Path(__file__).resolve().parents[2] / "eco_rules" / "rules"

HEADER = """
[ruleset]
id = "t"

[[derive]]
id = "mass"
scope = "part"
fact = "product_mass_kg"
description = "mass"
expr = "part.volume_mm3 * 1e-9 * part.density_kg_m3"
"""

GOOD_RULE = """
[[rule]]
id = "material.part"
scope = "part"
phase = "material"
description = "material"
co2e_kg = "part.product_mass_kg * material_carbon(part.material)"
energy_mj = "part.product_mass_kg * material_energy(part.material)"
"""


@pytest.fixture(scope="module")
def functions():  # type: ignore[no-untyped-def]
    return build_functions(FactorBook())


def write(tmp_path: Path, text: str, name: str = "broken.toml") -> Path:
    path = tmp_path / name
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def test_minimal_file_loads(tmp_path: Path, functions) -> None:  # type: ignore[no-untyped-def]
    ruleset = load_ruleset(write(tmp_path, HEADER + GOOD_RULE), functions)
    assert [r.id for r in ruleset.rules] == ["material.part"]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            GOOD_RULE.replace("part.product_mass_kg *", "part.product_mas_kg *", 1),
            "broken.toml: rule 'material.part': co2e_kg: unknown fact 'part.product_mas_kg': "
            "did you mean 'part.product_mass_kg'?",
        ),
        (
            GOOD_RULE.replace('phase = "material"', 'phase = "use"'),
            "broken.toml: rule 'material.part': 'phase' must be one of",
        ),
        (
            GOOD_RULE.replace('scope = "part"', 'scope = "planet"'),
            "broken.toml: rule 'material.part': 'scope' must be one of",
        ),
        (
            GOOD_RULE.replace("material_carbon(part.material)", "material_carbon(part.volume_mm3)"),
            "broken.toml: rule 'material.part': co2e_kg: argument 1 of material_carbon() must be text",
        ),
        (
            GOOD_RULE.replace('description = "material"\n', 'description = "material"\nunits = "kg"\n'),
            "broken.toml: rule 'material.part': unknown key(s) units",
        ),
        (
            GOOD_RULE.replace(
                'co2e_kg = "part.product_mass_kg * material_carbon(part.material)"',
                'co2e_kg = "part.process"',
            ),
            "broken.toml: rule 'material.part': co2e_kg: 'part.process' gives text",
        ),
        (GOOD_RULE + GOOD_RULE, "broken.toml: rule 'material.part': duplicate id"),
        (
            GOOD_RULE.replace('co2e_kg = "part', 'when = "part.volume_mm3"\nco2e_kg = "part'),
            "broken.toml: rule 'material.part': when: 'part.volume_mm3' gives number, but bool",
        ),
        (
            GOOD_RULE.replace("material_carbon(part.material)", "eval(part.material)"),
            "broken.toml: rule 'material.part': co2e_kg: unknown function 'eval'",
        ),
    ],
)
def test_broken_rules_name_file_rule_and_reason(  # type: ignore[no-untyped-def]
    tmp_path: Path,
    functions,
    body: str,
    expected: str,
) -> None:
    with pytest.raises(RuleFileError) as caught:
        load_ruleset(write(tmp_path, HEADER + body), functions)
    assert expected in str(caught.value)


def test_param_ids_are_checked_at_load(tmp_path: Path, functions) -> None:  # type: ignore[no-untyped-def]
    body = GOOD_RULE.replace(
        "part.product_mass_kg * material_carbon(part.material)", "param('process.fdm.warp_factor')"
    )
    expected = "param('process.fdm.warp_factor'): no such process factor"
    with pytest.raises(RuleFileError, match=re.escape(expected)):
        load_ruleset(write(tmp_path, HEADER + body), functions)


def test_derive_may_only_use_facts_derived_above(tmp_path: Path, functions) -> None:  # type: ignore[no-untyped-def]
    text = (
        HEADER.replace(
            '[[derive]]\nid = "mass"',
            '[[derive]]\nid = "early"\nscope = "part"\nfact = "x"\ndescription = "d"\n'
            'expr = "part.later * 2"\n\n[[derive]]\nid = "mass"',
        )
        + GOOD_RULE
    )
    with pytest.raises(RuleFileError, match=re.escape("derive 'early': expr: unknown fact 'part.later'")):
        load_ruleset(write(tmp_path, text), functions)


def test_required_derived_fact(tmp_path: Path, functions) -> None:  # type: ignore[no-untyped-def]
    text = '[ruleset]\nid = "t"\n' + GOOD_RULE.replace("part.product_mass_kg", "part.volume_mm3")
    with pytest.raises(RuleFileError, match=re.escape("no [[derive]] for part fact 'product_mass_kg'")):
        load_ruleset(write(tmp_path, text), functions)


def test_invalid_toml_names_the_file(tmp_path: Path, functions) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(RuleFileError, match=re.escape("broken.toml: not valid TOML")):
        load_ruleset(write(tmp_path, "[ruleset\nid = 1"), functions)


def test_engine_refuses_a_broken_rules_folder(tmp_path: Path) -> None:
    for name in ("repairability.toml", "grade.toml"):
        (tmp_path / name).write_text((RULES / name).read_text())
    (tmp_path / "footprint.toml").write_text(HEADER + GOOD_RULE.replace("material_carbon", "material_karbon"))
    expected = (
        "footprint.toml: rule 'material.part': co2e_kg: unknown function 'material_karbon': "
        "did you mean 'material_carbon'"
    )
    with pytest.raises(RuleFileError, match=re.escape(expected)):
        EcoEngine(rules_dir=tmp_path)


def test_grade_thresholds_must_rise(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        '[grade]\nmetric = "m"\nbasis = "b"\nthresholds = [["A", 3.0], ["B", 1.0]]\nabove = "E"\n',
        "grade.toml",
    )
    with pytest.raises(RuleFileError, match=re.escape("grade.toml: grade thresholds must rise")):
        load_grading(path)


def test_repairability_levels_are_checked(tmp_path: Path) -> None:
    text = (RULES / "repairability.toml").read_text().replace("glue = 1", "glue = 9")
    expected = "repairability.toml: fastener 'glue': a level must be"
    with pytest.raises(RuleFileError, match=re.escape(expected)):
        load_repair_method(write(tmp_path, text, "repairability.toml"))


def test_shipped_rule_files_load() -> None:
    engine = EcoEngine()
    phases = {r.phase for r in engine.ruleset.rules}
    assert phases == {"material", "manufacturing", "transport", "end_of_life"}

"""`templates new` writes a template that passes `templates check`; check finds what's wrong."""

from __future__ import annotations

from pathlib import Path

import pytest

from configurator.core.checker import check_template_file
from configurator.core.scaffold import scaffold
from configurator.core.trust import TrustAll
from configurator.sdk.errors import FabwiseError
from tests.core.conftest import template_source


def test_scaffolded_template_passes_check(tmp_path: Path) -> None:
    written = scaffold("Plant pot", tmp_path)
    assert [p.name for p in written] == ["plant_pot.py", "test_plant_pot.py", "plant_pot.md"]
    report = check_template_file(written[0], trust=TrustAll())
    assert report.template_id == "plant-pot"
    assert report.passed and not report.warnings, report.findings
    assert {"defaults", "preset 'small'", "all numbers at maximum"} <= set(report.build_times)
    with pytest.raises(FabwiseError, match="already exist"):
        scaffold("plant-pot", tmp_path)


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "t.py"
    path.write_text(text)
    return path


def test_unlikely_constraint_and_missing_help_are_warned(tmp_path: Path) -> None:
    source = (
        template_source("rare")
        .replace(
            "    build=build,\n",
            "    build=build,\n    constraints=(Constraint(('size',), lambda p: None if p.num('size') < 6 "
            "else 'size must stay under 6 mm'),),\n",
        )
        .replace(
            "from configurator.sdk.template import Template",
            "from configurator.sdk.template import Template\nfrom configurator.sdk.schema import Constraint",
        )
    )
    source = source.replace('Length("size", 20, 5, 100, help="edge")', 'Length("size", 5, 5, 100)')
    report = check_template_file(_write(tmp_path, source), trust=TrustAll())
    messages = [f.message for f in report.warnings]
    assert any("held in only" in m and "size" in m for m in messages), messages
    assert "parameter 'size' has no help text" in messages


def test_defaults_that_violate_a_constraint_fail_to_load(tmp_path: Path) -> None:
    source = (
        template_source("bad")
        .replace(
            "    build=build,\n",
            "    build=build,\n    constraints=(Constraint(('size',), lambda p: 'never fine'),),\n",
        )
        .replace(
            "from configurator.sdk.template import Template",
            "from configurator.sdk.template import Template\nfrom configurator.sdk.schema import Constraint",
        )
    )
    report = check_template_file(_write(tmp_path, source), trust=TrustAll())
    assert not report.passed
    assert "never fine" in report.errors[0].message


def test_a_part_in_a_material_its_process_cannot_make(tmp_path: Path) -> None:
    source = template_source("wrongmat").replace('("pla", "petg")', '("pla", "birch_plywood")')
    report = check_template_file(_write(tmp_path, source), trust=TrustAll())
    assert any("birch_plywood, which cannot be made by fdm" in f.message for f in report.errors)

"""Every built-in template: declared properly, builds at its defaults and presets, and survives
parameter sets drawn from its own schema."""

from __future__ import annotations

import subprocess
import sys
from typing import Any

import pytest
from hypothesis import HealthCheck, given, reject, settings
from hypothesis import strategies as st

from configurator.core.build import build_product
from configurator.core.service import BuildService
from configurator.sdk.errors import ValidationError
from configurator.sdk.materials import load_materials
from configurator.sdk.params import NUMERIC_KINDS, ParamKind
from configurator.sdk.product import Process
from configurator.sdk.results import Quality
from parts_library import CATALOGUE
from parts_library._part_names import HARDWARE_NAMES, PART_NAMES
from tests.templates.checks import (
    HYPOTHESIS_EXAMPLES,
    TEMPLATES,
    build_and_check,
    values_strategy,
    variants,
)

IDS = sorted(TEMPLATES)


def test_catalogue_ids_match_templates() -> None:
    for template_id, template in TEMPLATES.items():
        assert template.id == template_id


@pytest.mark.parametrize("template_id", IDS)
def test_declaration_is_complete(template_id: str) -> None:
    template = TEMPLATES[template_id]
    materials = load_materials()
    assert template.schema.presets, "every template has presets"
    assert template.description and template.category
    for param in template.schema.parameters:
        assert param.help, f"{param.name} has no help text"
        assert param.group, f"{param.name} has no group"
        if param.kind in NUMERIC_KINDS and param.kind is not ParamKind.COUNT:
            assert param.unit, f"{param.name} has no unit"
        if param.kind is ParamKind.MATERIAL:
            for option in param.options:
                assert option in materials, f"{param.name}: unknown material {option}"
                assert set(materials[option].processes) & set(template.processes), (
                    f"{param.name}: {option} cannot be made by {template.processes}"
                )
    assert template.schema.eco_tunable(), "at least one eco-tunable parameter"


@pytest.mark.parametrize(
    ("template_id", "variant", "values"), variants(), ids=[f"{t}-{v}" for t, v, _ in variants()]
)
def test_defaults_and_presets_build(template_id: str, variant: str, values: dict[str, Any]) -> None:
    template = TEMPLATES[template_id]
    built, parts = build_and_check(template, values, quality=Quality.FINE)
    assert {p.process for p in parts} <= set(template.processes)
    # every name a person reads is put before the translators (parts_library/_part_names.py)
    assert {p.name for p in built.product.parts} <= PART_NAMES
    assert {h.name for h in built.product.hardware} <= HARDWARE_NAMES
    for part in built.product.parts:
        if part.process in (Process.LASER, Process.CNC_ROUTER):
            assert part.sheet_thickness is not None


@pytest.mark.parametrize("template_id", IDS)
@settings(
    max_examples=HYPOTHESIS_EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.filter_too_much, HealthCheck.too_slow],
)
@given(data=st.data())
def test_drawn_parameter_sets_build_or_explain(template_id: str, data: st.DataObject) -> None:
    template = TEMPLATES[template_id]
    values = data.draw(values_strategy(template), label="values")
    _, issues = template.schema.check(values)
    if issues:
        with pytest.raises(ValidationError) as caught:
            build_product(template, values)
        assert caught.value.issues and all(issue.message for issue in caught.value.issues)
        reject()
    build_and_check(template, values)


def test_a_large_engraved_label_leaves_one_solid() -> None:
    """Found by the drawn-values test: a 12 mm "YY" on an 80 mm knob. The two letters overlap, and
    the engraving tool was a compound of overlapping solids: the cut left their overlap standing as
    a loose second solid ("part 'knob' is made of 2 separate solids")."""
    values = {
        **{p.name: p.default for p in TEMPLATES["dshaft-knob"].schema.parameters},
        "shaft_diameter": 5.5,
        "flat_depth": 0.2,
        "shaft_length": 4.5,
        "clearance": 0.5,
        "knob_diameter": 80,
        "knob_height": 50,
        "grip": "knurled",
        "hollow": False,
        "wall": 1.2,
        "label": "YY",
        "label_size": 12,
    }
    build_and_check(TEMPLATES["dshaft-knob"], values)


def test_builds_through_the_service(build_service: BuildService) -> None:
    for template_id in IDS:
        result = build_service.build_values(template_id, {}, quality="coarse")
        assert result.template_id == template_id
        assert result.parts and all(p.volume_mm3 > 0 for p in result.parts)
        assert not result.warnings


def test_service_rejects_a_constraint_violation_with_a_message(
    build_service: BuildService,
) -> None:
    with pytest.raises(ValidationError) as caught:
        build_service.build_values("shelf-bracket", {"height": 60, "hole_count": 4, "hole_spacing": 60})
    assert "height" in str(caught.value) and "60 mm" in str(caught.value)


def test_every_template_module_is_registered_once() -> None:
    """pyproject.toml's entry points are the one registration: every module of parts_library that
    defines a TEMPLATE is registered under its template's id."""
    import importlib
    import pkgutil

    import parts_library

    modules = [m.name for m in pkgutil.iter_modules(parts_library.__path__) if not m.name.startswith("_")]
    expected = {}
    for name in modules:
        template = importlib.import_module(f"parts_library.{name}").TEMPLATE
        expected[template.id] = f"parts_library.{name}:TEMPLATE"
    assert expected == CATALOGUE


def test_template_modules_import_without_cadquery() -> None:
    """The GUI imports template modules behind a lazy CadQuery: importing one must not use it."""
    modules = sorted({target.partition(":")[0] for target in CATALOGUE.values()})
    script = (
        "import importlib, sys\n"
        "from configurator.core.lazy_cad import install_lazy_cadquery, cadquery_loaded\n"
        "assert install_lazy_cadquery()\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        "print('loaded' if cadquery_loaded() else 'lazy')\n"
    )
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "lazy", out.stderr

"""Fit for use on the shipped templates: declared conditions, verdicts at the defaults, mesh
convergence, material swaps across the templates' own temperature statements, and the guide never
offering an alternative that fails."""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from collections.abc import Mapping
from pathlib import Path

import pytest

from configurator.core.fit import (
    FitReport,
    FitRequest,
    FitService,
    load_properties,
)
from configurator.core.registry import TemplateRegistry
from configurator.core.service import BuildService
from configurator.sdk.conditions import (
    Load,
    LoadCase,
    Magnitude,
    UseConditions,
    assumption,
)
from configurator.sdk.materials import load_materials
from configurator.sdk.params import Length, MaterialSlot, Text, Value
from configurator.sdk.product import Part, Product
from configurator.sdk.resources import data_path
from configurator.sdk.results import BuildResult
from configurator.sdk.template import Template
from eco_rules import EcoContext, Guide, build_guide, default_engine
from parts_library import CATALOGUE

LOADED = (
    "shelf-bracket",
    "dshaft-knob",
    "appliance-foot",
    "alu-corner-bracket",
    "pipe-clip",
    "device-wall-mount",
    "flatpack-stool",
)
# Between two meshes (element size × 1 and × 0.7) the deflection moves by less than this ...
DEFLECTION_TOLERANCE = 0.05
# ... and, where the verdict could turn (safety factor within 3× of the required one), the safety
# factor by less than this. Far above, the peak often sits at a sharp inside corner of the CAD
# model, where linear elasticity has no finite answer; the verdict there cannot change.
SAFETY_TOLERANCE = 0.10


@pytest.fixture(scope="module")
def fits(build_service: BuildService) -> FitService:
    return FitService(build_service)


def _check(
    fits: FitService,
    service: BuildService,
    template_id: str,
    values: Mapping[str, object] | None = None,
    refine: float = 1.0,
) -> FitReport:
    request = service.request(template_id, dict(values or {}))
    return fits.check(FitRequest(request.ref, dict(request.params), refine))


# --- declarations and data ------------------------------------------------------------------------


@pytest.mark.parametrize("template_id", sorted(CATALOGUE))
def test_every_shipped_template_declares_sourced_conditions(
    catalogue_registry: TemplateRegistry, template_id: str
) -> None:
    conditions = catalogue_registry.get(template_id).template.conditions
    assert conditions is not None and conditions.declared
    assert conditions.load_cases or conditions.no_load_reason
    for case in conditions.load_cases:
        for load in case.loads:
            assert load.magnitude.source.text.strip(), (template_id, case.name)
    for temp in conditions.temperatures:
        assert temp.source.text.strip()
    if conditions.exposure is not None:
        assert conditions.exposure.source.text.strip()


def test_every_material_has_every_property_with_source_and_status() -> None:
    rows = load_properties()
    needed = (
        "youngs_mpa",
        "poisson",
        "strength_mpa",
        "softening_c",
        "creep_factor_sustained",
        "creep_factor_short",
        "uv",
        "water",
        "food_contact",
    )
    statuses = {"sourced", "standard-recalled", "estimate", "assumption", "PROXY", "unknown"}
    for material in load_materials().values():
        for name in needed + (("layer_strength_factor",) if "fdm" in material.processes else ()):
            row = rows.get((material.id, name))
            assert row is not None, f"{material.id}.{name} missing"
            assert row.source and row.status in statuses, row
    proxies = [r for r in rows.values() if r.status == "PROXY"]
    assert all("PROXY" in r.source for r in proxies)  # a proxy says so in its source
    with data_path("fit/material_properties.csv").open(encoding="utf-8") as handle:
        assert len(list(csv.DictReader(handle))) == len(rows)  # no duplicate silently dropped


def test_declarations_that_cannot_be_checked_are_refused() -> None:
    with pytest.raises(ValueError, match="fixes nothing"):
        LoadCase("x", "part", (Load.force("top", 10, direction=(0, 0, -1), source=assumption("a")),), ())
    with pytest.raises(ValueError, match="exactly one of a value or a parameter"):
        Magnitude("N", assumption("a"), 10.0, "load")
    with pytest.raises(ValueError, match="needs a direction"):
        Load("top", Magnitude("N", assumption("a"), 10.0))
    with pytest.raises(ValueError, match="must be a numeric parameter"):
        Template(
            id="bad-load",
            version="1.0.0",
            name="Bad",
            description="d",
            category="Test",
            processes=("fdm",),
            parameters=(
                Length("size", 20, 5, 100),
                Text("label", "x"),
                MaterialSlot("material", "pla", ("pla",)),
            ),
            build=lambda p: Product((Part("p", None, "pla", "fdm"),)),
            conditions=UseConditions(
                load_cases=(
                    LoadCase(
                        "c",
                        "p",
                        (Load.mass("top", param="label", direction=(0, 0, -1), source=assumption("a")),),
                        ("bottom",),
                    ),
                )
            ),
        )


# --- verdicts ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("template_id", sorted(CATALOGUE))
def test_defaults_hold_and_every_verdict_names_its_rows(
    fits: FitService, build_service: BuildService, template_id: str
) -> None:
    report = _check(fits, build_service, template_id)
    assert report.status == "holds", [v.line() for v in report.verdicts if v.status != "holds"]
    for verdict in report.verdicts:
        assert verdict.rows, verdict
        if verdict.kind == "load":
            assert verdict.run is not None and verdict.run.converged
            assert verdict.run.dofs > 1000 and verdict.safety_factor is not None
            assert any(".strength_mpa" in r for r in verdict.rows)
            assert any(".creep_factor" in r for r in verdict.rows)


def test_a_load_case_is_linear_in_its_user_owned_magnitude(
    fits: FitService, build_service: BuildService
) -> None:
    light = _check(fits, build_service, "shelf-bracket", {"shelf_load": 10})
    heavy = _check(fits, build_service, "shelf-bracket", {"shelf_load": 40})
    (a,), (b,) = ([v for v in r.verdicts if v.kind == "load"] for r in (light, heavy))
    assert a.run is not None and b.run is not None
    assert "5 kg (Shelf load × 0.5)" in a.reason  # the parameter by its title; its id in the evidence
    assert a.run.loads == ("5 kg (shelf_load × 0.5) on arm top",)
    assert b.run.max_von_mises_mpa == pytest.approx(4 * a.run.max_von_mises_mpa, rel=1e-6)
    assert b.run.max_displacement_mm == pytest.approx(4 * a.run.max_displacement_mm, rel=1e-6)
    assert a.safety_factor is not None
    assert b.safety_factor == pytest.approx(a.safety_factor / 4, rel=1e-3)


def test_an_overloaded_bracket_fails_with_its_safety_factor(
    fits: FitService, build_service: BuildService
) -> None:
    report = _check(
        fits,
        build_service,
        "shelf-bracket",
        {"shelf_load": 60, "gusset": False, "thickness": 5.5, "material": "pla"},
    )
    (load,) = [v for v in report.verdicts if v.kind == "load"]
    assert report.status == "fails" and load.status == "fails"
    assert load.safety_factor is not None and load.safety_factor < 2.0
    assert "pla.creep_factor_sustained" in " ".join(load.rows)  # a shelf load is held for years


@pytest.mark.parametrize(
    "template_id,values,part",
    [
        ("dshaft-knob", {"material": "pla"}, "knob"),
        ("table-lamp", {"shade_material": "pla"}, "shade"),
    ],
)
def test_pla_fails_where_the_template_says_it_softens(
    fits: FitService, build_service: BuildService, template_id: str, values: dict[str, Value], part: str
) -> None:
    report = _check(fits, build_service, template_id, values)
    (thermal,) = [v for v in report.verdicts if v.kind == "temperature" and v.part == part]
    assert thermal.status == "fails"
    assert thermal.reason.startswith("PLA softens at about 55 °C")  # the template's own words
    assert "pla.softening_c = 55 °C" in thermal.rows[0]
    slot = next(iter(values))
    allowed = build_service.registry.get(template_id).template.schema[slot].options
    for material in [m for m in ("petg", "abs") if m in allowed]:
        other = _check(fits, build_service, template_id, {slot: material})
        assert all(
            v.status == "holds" for v in other.verdicts if v.part == part and v.kind == "temperature"
        ), material


# --- convergence ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("template_id", LOADED)
def test_shipped_load_cases_converge_under_mesh_refinement(
    fits: FitService, build_service: BuildService, template_id: str
) -> None:
    coarse = _check(fits, build_service, template_id)
    fine = _check(fits, build_service, template_id, refine=0.7)
    pairs = [(a, b) for a, b in zip(coarse.verdicts, fine.verdicts, strict=True) if a.kind == "load"]
    assert pairs
    for a, b in pairs:
        assert a.run is not None and b.run is not None
        assert b.run.dofs > 1.2 * a.run.dofs  # really refined (thin plates refine in-plane only)
        assert a.status == b.status, a.condition
        moved = abs(b.run.max_displacement_mm / a.run.max_displacement_mm - 1)
        assert moved < DEFLECTION_TOLERANCE, (a.condition, moved)
        assert a.safety_factor is not None and b.safety_factor is not None and a.required
        if a.safety_factor < 3 * a.required:
            moved = abs(b.safety_factor / a.safety_factor - 1)
            assert moved < SAFETY_TOLERANCE, (a.condition, a.safety_factor, b.safety_factor)


# --- the guide ------------------------------------------------------------------------------------------


def _guide(
    service: BuildService, fits: FitService, template_id: str, values: Mapping[str, object] | None = None
) -> Guide:
    template = service.registry.get(template_id).template
    request = service.request(template_id, dict(values or {}))

    def builder(params: Mapping[str, Value]) -> BuildResult:
        return service.build(service.request(template_id, dict(params)))

    def fitness(params: Mapping[str, Value]) -> FitReport:
        return fits.check(FitRequest(request.ref, dict(params)))

    return build_guide(
        default_engine(),
        template.schema,
        template_id,
        request.params,
        service.build(request),
        EcoContext(country="FR"),
        builder,
        fitness=fitness,
    )


@pytest.mark.parametrize("template_id", sorted(CATALOGUE))
def test_every_alternative_the_guide_offers_holds_every_condition(
    fits: FitService, build_service: BuildService, template_id: str
) -> None:
    guide = _guide(build_service, fits, template_id)
    base = build_service.request(template_id, {}).params
    assert guide.fit_checked
    for suggestion in guide.suggestions:
        if suggestion.kind == "facility":
            continue
        assert suggestion.fit_status == "holds", suggestion.title
        report = _check(fits, build_service, template_id, {**base, **suggestion.changes})
        assert report.status == "holds", (suggestion.title, [v.line() for v in report.failures()])
        assert any("still holds every condition of use" in t for t in suggestion.trade_offs)
    for rejected in guide.rejected:
        report = _check(fits, build_service, template_id, {**base, **rejected.changes})
        assert report.status == "fails", rejected.title
        assert rejected.reasons and rejected.text().startswith(rejected.title + " would save")


def test_the_guide_never_ranks_pla_for_a_cooker_knob_as_a_saving(
    fits: FitService, build_service: BuildService
) -> None:
    guide = _guide(build_service, fits, "dshaft-knob")
    offered = [s.changes.get("material") for s in guide.suggestions]
    assert "pla" not in offered and "rpla" not in offered
    pla = [r for r in guide.rejected if r.changes == {"material": "pla"}]
    assert pla, [r.title for r in guide.rejected]
    assert "PLA softens at about 55 °C; a cooker's knob reaches 60 °C" in pla[0].reasons


def test_thinner_walls_that_no_longer_hold_are_not_offered(
    fits: FitService, build_service: BuildService
) -> None:
    guide = _guide(build_service, fits, "dshaft-knob")
    thinner = [r for r in guide.rejected if "wall" in r.changes]
    assert thinner, "the thinnest hub wall should fail the declared twist"
    assert all(float(r.changes["wall"]) < 2.4 for r in thinner)


def test_a_check_split_over_two_workers_is_the_same_check(
    fits: FitService, build_service: BuildService
) -> None:
    """The stool's two legs are solved side by side (build worker + speculative worker): the
    report is the one the build worker alone gives, verdicts in the declared order."""
    request = build_service.request("flatpack-stool", {})
    one = fits.check(FitRequest(request.ref, dict(request.params)))
    lanes = build_service.lanes()
    split = FitService(build_service, lanes=lanes).check(FitRequest(request.ref, dict(request.params)))
    assert lanes.calls == [1, 1]
    assert [v.line() for v in split.verdicts] == [v.line() for v in one.verdicts]
    assert [v.rows for v in split.verdicts] == [v.rows for v in one.verdicts]
    assert [v.condition for v in split.verdicts][:2] == [
        f"seated person ({leg}) (short-term load on the {leg})"
        for leg in ("leg with top slot", "leg with bottom slot")
    ]
    assert 0 < split.cpu_path_seconds < split.cpu_seconds


def test_a_template_without_load_cases_is_decided_from_its_built_parts(build_service: BuildService) -> None:
    """No load case, no geometry needed: once the variant is built, the check is the worker's
    report without a worker job (the lamp's guide no longer builds each alternative twice)."""
    from configurator.core.fit import FIT_JOB

    for template_id, values in (("table-lamp", {}), ("table-lamp", {"material": "pla"}), ("finger-box", {})):
        request = build_service.request(template_id, values)
        fit_request = FitRequest(request.ref, dict(request.params))
        in_worker: FitReport = build_service.run_job(FIT_JOB, fit_request)
        build_service.build(request)
        lanes = build_service.lanes(parallel=False)
        here = FitService(build_service, lanes=lanes).check(fit_request)
        assert lanes.calls == [0]
        assert [v.line() for v in here.verdicts] == [v.line() for v in in_worker.verdicts]
        assert [v.rows for v in here.verdicts] == [v.rows for v in in_worker.verdicts]
        assert (here.status, here.declared, here.notes) == (
            in_worker.status,
            in_worker.declared,
            in_worker.notes,
        )


# --- front ends -----------------------------------------------------------------------------------------


def _fabwise(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "configurator", *args],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


def test_cli_fit_reports_rows_and_solver_and_exits_3_on_failure() -> None:
    done = _fabwise("fit", "dshaft-knob", "--material", "pla", "--json")
    assert done.returncode == 3, done.stderr
    data = json.loads(done.stdout)
    assert data["status"] == "fails"
    thermal = [v for v in data["verdicts"] if v["kind"] == "temperature"]
    assert thermal[0]["status"] == "fails" and "pla.softening_c" in thermal[0]["rows"][0]
    load = next(v for v in data["verdicts"] if v["kind"] == "load")
    assert load["run"]["solver"] and load["run"]["dofs"] > 1000 and load["safety_factor"] > 0
    text = _fabwise("fit", "shelf-bracket")
    assert text.returncode == 0, text.stderr
    assert "[HOLDS] shelf load" in text.stdout and "row: petg.strength_mpa" in text.stdout
    assert "solver: quadratic tetrahedra" in text.stdout


def test_templates_check_warns_about_missing_or_failing_conditions(tmp_path: Path) -> None:
    from configurator.core.checker import check_template_file
    from configurator.core.trust import TrustAll
    from tests.core.conftest import template_source

    plain = tmp_path / "plain.py"
    plain.write_text(template_source("plain"))
    messages = [f.message for f in check_template_file(plain, trust=TrustAll()).warnings]
    assert any("declares no conditions of use" in m for m in messages), messages

    failing = tmp_path / "hot.py"
    failing.write_text(
        template_source("hot")
        .replace(
            "    build=build,\n",
            "    build=build,\n    conditions=UseConditions(temperatures=(ServiceTemperature(90, "
            "assumption('next to an oven')),), no_load_reason='none'),\n",
        )
        .replace(
            "from configurator.sdk.template import Template",
            "from configurator.sdk.template import Template\nfrom configurator.sdk.conditions "
            "import ServiceTemperature, UseConditions, assumption",
        )
    )
    messages = [f.message for f in check_template_file(failing, trust=TrustAll()).warnings]
    assert any("defaults fail a condition of use" in m and "90 °C" in m for m in messages), messages

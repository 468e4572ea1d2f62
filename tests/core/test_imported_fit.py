"""Fit for use of imported models: a load the user declares by the sides of the model, checked by
the same finite-element engine as a template's (an STL is re-meshed into tetrahedra by gmsh, a STEP
is meshed from its solid). Every sample is made here.

The cantilever: a 100 × 10 × 10 mm bar held at its left end with a mass on its right end. Beam
theory gives the root stress 6 F L / (b h²); the verdict's safety factor must match the derated
strength over that stress within 8 % (the FE reads the peak one element away from the clamp), and
the verdict must flip to failing when the load is raised past what the safety factor allows.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np
import pytest
import trimesh

from configurator.core.fit import FitService, strength_for
from configurator.core.imported.declare import DeclareRequest, run_declare
from configurator.core.imported.declared_load import DeclaredLoad, parse_force, parse_mass
from configurator.core.imported.importer import ImportRequest, run_import
from configurator.core.imported.store import read_model
from configurator.core.registry import TemplateRegistry
from configurator.core.service import BuildService
from configurator.core.trust import TrustAll
from configurator.sdk.conditions import STANDARD_GRAVITY as STANDARD_GRAVITY_M_S2
from configurator.sdk.errors import FabwiseError

LENGTH, WIDTH, HEIGHT = 100.0, 10.0, 10.0
BEAM_TOLERANCE = 0.08


def _root_stress(mass_kg: float) -> float:
    force = mass_kg * STANDARD_GRAVITY_M_S2
    return 6 * force * LENGTH / (WIDTH * HEIGHT**2)


def _cantilever(mass_kg: float) -> DeclaredLoad:
    return DeclaredLoad("", "right", ("left",), mass_kg=mass_kg)


@pytest.fixture(scope="module")
def models(tmp_path_factory: pytest.TempPathFactory) -> Path:
    import cadquery as cq

    folder = tmp_path_factory.mktemp("imported-fit")
    trimesh.creation.box((LENGTH, WIDTH, HEIGHT)).export(folder / "bar.stl")
    bar = cq.Workplane().box(LENGTH, WIDTH, HEIGHT).val()
    assert isinstance(bar, cq.Shape)
    bar.exportStep(str(folder / "solid bar.step"))
    for name in ("bar.stl", "solid bar.step"):
        run_import(ImportRequest(str(folder / name), str(folder / "models"), load=_cantilever(2.0)))
    two = trimesh.util.concatenate(
        [trimesh.creation.box((40, 10, 10)), trimesh.creation.box((10, 10, 10)).apply_translation((40, 0, 0))]
    )
    assert isinstance(two, trimesh.Trimesh)
    two.export(folder / "two blocks.stl")
    run_import(ImportRequest(str(folder / "two blocks.stl"), str(folder / "models")))
    return folder / "models"


@pytest.fixture(scope="module")
def service(models: Path) -> Iterator[BuildService]:
    registry = TemplateRegistry.discover(use_entry_points=False, trust=TrustAll(), models_folder=models)
    with BuildService(registry) as built:
        yield built


def _declared(
    service: BuildService,
    models: Path,
    model: str,
    load: DeclaredLoad | None,
    temperature: float | None = None,
) -> FitService:
    """Declare (replacing what was declared), reload the templates, and a fit service on them."""
    run_declare(DeclareRequest(str(models), model, load, temperature, clear=True))
    service.registry = TemplateRegistry.discover(
        use_entry_points=False, trust=TrustAll(), models_folder=models
    )
    return FitService(service)


@pytest.mark.parametrize("model", ["model-bar", "model-solid-bar"])
def test_declared_cantilever_load_matches_beam_theory(
    service: BuildService, models: Path, model: str
) -> None:
    report = _declared(service, models, model, _cantilever(2.0)).check_values(model)
    assert report.declared and report.status == "holds"
    verdict = report.verdicts[0]
    assert verdict.kind == "load" and verdict.run is not None
    assert "2 kg pressing down on its right, held at its left" in verdict.condition
    assert verdict.sources == ("user: declared by the user",)
    strength, _, _ = strength_for("pla", "fdm", "short-term")
    expected = strength / _root_stress(2.0)
    assert verdict.safety_factor == pytest.approx(expected, rel=BEAM_TOLERANCE)
    assert verdict.run.max_von_mises_mpa == pytest.approx(_root_stress(2.0), rel=BEAM_TOLERANCE)
    # tip deflection F L³ / (3 E I) with the PLA row's E
    youngs = 3000.0
    inertia = WIDTH * HEIGHT**3 / 12
    deflection = 2.0 * STANDARD_GRAVITY_M_S2 * LENGTH**3 / (3 * youngs * inertia)
    assert verdict.run.max_displacement_mm == pytest.approx(deflection, rel=BEAM_TOLERANCE)


def test_raising_the_declared_load_makes_it_fail(service: BuildService, models: Path) -> None:
    fit = _declared(service, models, "model-bar", _cantilever(6.0))
    stored = read_model(models / "model-bar")
    assert stored.declared is not None and stored.declared.loads[0].mass_kg == 6.0
    report = fit.check_values("model-bar")
    strength, _, _ = strength_for("pla", "fdm", "short-term")
    assert strength / _root_stress(6.0) < 2.0  # beam theory says it must fail the factor of 2
    assert report.status == "fails"
    assert report.verdicts[0].safety_factor == pytest.approx(strength / _root_stress(6.0), rel=BEAM_TOLERANCE)


def test_a_model_of_two_shells_is_not_checked_and_says_so(service: BuildService, models: Path) -> None:
    fit = _declared(service, models, "model-two-blocks", DeclaredLoad("", "top", ("bottom",), force_n=100.0))
    stored = read_model(models / "model-two-blocks").declared
    assert stored is not None and stored.loads[0].part == "two blocks"
    report = fit.check_values("model-two-blocks")
    verdict = report.verdicts[0]
    assert report.status == "unknown" and verdict.status == "unknown"
    assert verdict.reason.startswith("not checked:") and "2 separate shells" in verdict.reason


def test_temperature_alone_is_checked_against_the_material(service: BuildService, models: Path) -> None:
    fit = _declared(service, models, "model-solid-bar", None, 70.0)
    report = fit.check_values("model-solid-bar")
    assert [v.kind for v in report.verdicts] == ["temperature"]
    assert report.status == "fails"  # PLA softens at about 55 °C
    report = fit.check_values("model-solid-bar", {"material": "petg"})
    assert report.status == "holds"


def _cone(tmp_path: Path) -> Path:
    path = tmp_path / "spike.stl"
    trimesh.creation.cone(radius=10, height=60, sections=32).export(path)
    return path


@pytest.mark.parametrize(
    ("load", "message"),
    [
        (DeclaredLoad("", "top", ("bottom",), mass_kg=1.0), "top side of 'spike' selects no surface"),
        (DeclaredLoad("spoke", "bottom", ("left",), mass_kg=1.0), "no part 'spoke'"),
    ],
)
def test_a_side_with_no_surface_or_an_unknown_part_is_refused_and_nothing_written(
    tmp_path: Path, load: DeclaredLoad, message: str
) -> None:
    models = tmp_path / "models"
    with pytest.raises(FabwiseError, match=message) as caught:
        run_import(ImportRequest(str(_cone(tmp_path)), str(models), load=load))
    assert caught.value.hint
    assert not models.exists() or not any(models.iterdir())


def test_a_refused_declaration_leaves_the_stored_one_untouched(tmp_path: Path) -> None:
    models = tmp_path / "models"
    run_import(
        ImportRequest(
            str(_cone(tmp_path)), str(models), load=DeclaredLoad("", "bottom", ("left",), mass_kg=1.0)
        )
    )
    before = (models / "model-spike" / "model.json").read_bytes()
    with pytest.raises(FabwiseError, match="selects no surface"):
        run_declare(
            DeclareRequest(str(models), "model-spike", DeclaredLoad("", "top", ("bottom",), mass_kg=3.0))
        )
    assert (models / "model-spike" / "model.json").read_bytes() == before
    stored = json.loads(before)["conditions"]
    assert stored["source"] == "declared by the user" and stored["loads"][0]["on"] == "bottom"


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"on": "top", "fixed": ("top",)}, "cannot carry the load and be fixed at once"),
        ({"on": "up", "fixed": ("bottom",)}, "unknown side 'up'"),
        ({"on": "top", "fixed": ()}, "needs a side that holds the part"),
        ({"on": "top", "fixed": ("bottom",), "direction": "sideways"}, "unknown load direction"),
        ({"on": "top", "fixed": ("bottom",), "mass_kg": -1.0}, "more than 0 kg"),
        ({"on": "top", "fixed": ("bottom",), "mass_kg": 1.0, "force_n": 3.0}, "one of them"),
        ({"on": "top", "fixed": ("bottom",), "mass_kg": 50_000.0}, "beyond what Fabwise checks"),
    ],
)
def test_bad_declarations_are_refused_with_clear_errors(kwargs: dict[str, Any], message: str) -> None:
    values: dict[str, Any] = {"part": "", "mass_kg": 1.0, **kwargs}
    with pytest.raises(FabwiseError, match=message):
        DeclaredLoad(**values)


def test_masses_and_forces_are_read_with_their_units() -> None:
    assert parse_mass("5kg") == 5.0 and parse_mass("500 g") == pytest.approx(0.5) and parse_mass("2") == 2.0
    assert parse_force("1.2kN") == pytest.approx(1200.0) and parse_force("50 N") == 50.0
    with pytest.raises(FabwiseError, match="cannot read the mass '5 stone'") as caught:
        parse_mass("5 stone")
    assert caught.value.hint and "5kg" in caught.value.hint


def test_regions_scale_with_the_model(service: BuildService, models: Path) -> None:
    """At 200 % the same declaration selects the ends of the scaled bar (regions follow the
    built part's bounding box), and the stress falls as beam theory says (× 1/4 for × 2 in every
    dimension with the same load: 6 F (2L) / ((2b)(2h)²))."""
    fit = _declared(service, models, "model-solid-bar", _cantilever(2.0))
    full = fit.check_values("model-solid-bar").verdicts[0]
    double = fit.check_values("model-solid-bar", {"scale": 200}).verdicts[0]
    assert full.run is not None and double.run is not None
    assert double.run.max_von_mises_mpa == pytest.approx(full.run.max_von_mises_mpa / 4, rel=0.1)
    assert np.isfinite(double.run.max_displacement_mm)

"""Which variants a sweep draws: seeded, inside the schema, corners first, grids as asked."""

from __future__ import annotations

import pytest

from configurator.core.registry import TemplateRegistry
from configurator.sdk.errors import FabwiseError
from configurator.sdk.params import Length, Toggle
from configurator.sdk.schema import Schema
from configurator.sweep import sampling


def _schema(registry: TemplateRegistry, template_id: str = "sweep-block"):  # type: ignore[no-untyped-def]
    return registry.get(template_id).template.schema


def test_same_seed_same_variants_other_seed_other_variants(registry: TemplateRegistry) -> None:
    schema = _schema(registry)
    first = sampling.draw(schema, 20, seed=7)
    again = sampling.draw(schema, 20, seed=7)
    other = sampling.draw(schema, 20, seed=8)
    assert [v.params for v in first.variants] == [v.params for v in again.variants]
    assert [v.params for v in first.variants] != [v.params for v in other.variants]


@pytest.mark.parametrize("method", ["lhs", "sobol"])
def test_every_variant_is_valid_and_on_its_steps(registry: TemplateRegistry, method: str) -> None:
    schema = _schema(registry)
    plan = sampling.draw(schema, 40, seed=3, method=method)
    samples = [v for v in plan.variants if v.origin == "sample"]
    assert len(samples) == 40
    assert plan.rejected > 0  # the slots-need-room constraint rules out part of the box
    for variant in plan.variants:
        _, issues = schema.check(variant.params)
        assert not issues, (variant, issues)
        assert isinstance(variant.params["slots"], int)
        for name in ("width", "depth", "height"):
            assert float(variant.params[name]) % 5 == 0  # step 5
    assert len({v.key for v in plan.variants}) == len(plan.variants)  # no duplicates


def test_samples_cover_each_range_evenly(registry: TemplateRegistry) -> None:
    plan = sampling.draw(_schema(registry), 60, seed=0, include_corners=False)
    heights = [float(v.params["height"]) for v in plan.variants]
    low = sum(h <= 55 for h in heights)
    assert 20 <= low <= 40, heights  # a Latin hypercube spreads each axis; half lie below the middle
    assert {v.params["material"] for v in plan.variants} == {"pla", "petg"}


def test_corners_hold_default_eco_tunable_ends_and_size_extremes(registry: TemplateRegistry) -> None:
    schema = _schema(registry)
    plan = sampling.draw(schema, 0)
    assert plan.variants[0].origin == "default"
    assert plan.variants[0].params == schema.defaults()
    depths = {v.params["depth"] for v in plan.variants if v.origin == "corner"}
    assert {10.0, 60.0} <= depths  # the eco-tunable depth at both ends
    sizes = {(v.params["width"], v.params["height"]) for v in plan.variants}
    assert (20.0, 10.0) in sizes and (100.0, 100.0) in sizes  # smallest and largest product


def test_grid_is_full_factorial_less_what_breaks_constraints(registry: TemplateRegistry) -> None:
    schema = _schema(registry)
    axes = sampling.parse_grid(schema, ["width=20:40:3", "slots=0:3:4", "material=pla,petg"])
    assert [a.values for a in axes] == [(20.0, 30.0, 40.0), (0, 1, 2, 3), ("pla", "petg")]
    plan = sampling.grid(schema, axes)
    # width 20 allows 0-1 slots, 30 allows 0-2, 40 allows 0-3: (2 + 3 + 4) x 2 materials
    assert len(plan.variants) == 18
    assert plan.rejected == 6
    assert all(v.origin == "grid" for v in plan.variants)


@pytest.mark.parametrize(
    "spec, words",
    [
        ("width", "not of the form"),
        ("widht=20:40:3", "unknown parameter 'widht'"),
        ("material=1:2:3", "a:b:n needs a numeric parameter"),
        ("width=20:400:3", "out of range"),
        ("width=20:40:x", "whole number"),
        ("material=pla,wood", "not allowed"),
    ],
)
def test_bad_grid_names_the_problem(registry: TemplateRegistry, spec: str, words: str) -> None:
    with pytest.raises(FabwiseError, match=words):
        sampling.parse_grid(_schema(registry), [spec])


def test_a_space_smaller_than_asked_is_reported_not_looped(registry: TemplateRegistry) -> None:
    schema = _schema(registry)
    axes = sampling.parse_grid(schema, ["width=20:20:1", "depth=10:10:1", "height=10:10:1"])
    assert len(sampling.grid(schema, axes).variants) == 1  # the others keep their defaults
    tiny = Schema((Length("a", 1, 1, 3), Toggle("b", False)))
    plan = sampling.draw(tiny, 20, seed=1, include_corners=False)
    assert sorted((v.params["a"], v.params["b"]) for v in plan.variants) == [
        (a, b) for a in (1.0, 2.0, 3.0) for b in (False, True)
    ]
    assert any("only 6 of 20 samples" in note for note in plan.notes)

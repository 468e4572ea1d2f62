"""BuildService.request is the one place that makes a build request: it validates the values once
(a preset's values and the caller's together), and names every problem."""

from __future__ import annotations

from typing import Any

import pytest

from configurator.core.registry import TemplateRegistry
from configurator.core.service import BuildService
from configurator.core.trust import TrustAll
from configurator.sdk.errors import FabwiseError, ValidationError
from configurator.sdk.schema import Schema


@pytest.fixture(scope="module")
def service() -> BuildService:
    registry = TemplateRegistry.discover(use_entry_points=True, trust=TrustAll())
    return BuildService(registry)  # no build here: the worker is never started


@pytest.fixture
def checks(monkeypatch: pytest.MonkeyPatch) -> list[dict[str, Any]]:
    """Every Schema.check made, with the values it was given."""
    made: list[dict[str, Any]] = []
    real = Schema.check

    def counting(self: Schema, values: Any, **kwargs: Any) -> Any:
        made.append(dict(values))
        return real(self, values, **kwargs)

    monkeypatch.setattr(Schema, "check", counting)
    return made


def test_values_over_a_preset_are_validated_once(service: BuildService, checks: list[dict[str, Any]]) -> None:
    schema = service.registry.get("pipe-clip").template.schema
    preset = schema.preset("copper-22mm")
    request = service.request("pipe-clip", {"wall": 3.0}, preset="copper-22mm")
    assert len(checks) == 1
    assert request.params == {**schema.defaults(), **preset.values, "wall": 3.0}


def test_plain_values_are_validated_once(service: BuildService, checks: list[dict[str, Any]]) -> None:
    service.request("pipe-clip", {"pipe_diameter": 18})
    assert len(checks) == 1


def test_a_bad_value_over_a_preset_is_named(service: BuildService) -> None:
    with pytest.raises(ValidationError, match="wall"):
        service.request("pipe-clip", {"wall": -1}, preset="copper-22mm")


def test_an_unknown_preset_is_named_with_the_known_ones(service: BuildService) -> None:
    with pytest.raises(FabwiseError, match=r"no preset 'brass'.*copper-15mm"):
        service.request("pipe-clip", {}, preset="brass")

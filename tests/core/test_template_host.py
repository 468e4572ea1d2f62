"""Everything an outside template executes runs in the template host, never in the app's or the
CLI's process (issue 13, finding 3): a sleep at module level no longer hangs discovery, a
constraint that segfaults no longer kills the caller, and the app gets the schema as data."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from configurator.core import template_host
from configurator.core.registry import TemplateRegistry
from configurator.core.template_host import TemplateHost
from configurator.core.trust import TrustAll
from tests.core.conftest import template_source

CONSTRAINED = """
from configurator.sdk.schema import constraint

@constraint("size", description="size must not be 13")
def _not_thirteen(p):
    if p.num("size") == 13:
        os.kill(os.getpid(), signal.SIGSEGV)
    if p.num("size") == 17:
        raise ValueError("the designer's bug")
    if p.num("size") == 19:
        return "19 is unlucky"
    return None

TEMPLATE = Template(
    id="guarded", version="1.0.0", name="Guarded", description="d", category="Test",
    processes=("fdm",),
    parameters=(Length("size", 20, 5, 100, help="edge"),
                MaterialSlot("material", "pla", ("pla", "petg"), help="m")),
    constraints=(_not_thirteen,), build=build,
)
"""


@pytest.fixture
def host() -> Iterator[TemplateHost]:
    started = TemplateHost()
    yield started
    started.close()


def test_module_level_code_runs_in_the_host_not_here(tmp_path: Path, host: TemplateHost) -> None:
    marker = tmp_path / "who"
    (tmp_path / "t").mkdir()
    (tmp_path / "t" / "spy.py").write_text(
        template_source("spy") + f"open({str(marker)!r}, 'w').write(str(os.getpid()))\n"
    )
    registry = TemplateRegistry.discover(
        [tmp_path / "t"], use_entry_points=False, trust=TrustAll(), host=host
    )
    assert registry.ids() == ["spy"]
    assert int(marker.read_text()) == host.worker.pid != os.getpid()
    schema = registry.get("spy").template.schema
    assert schema.validate({"size": 30})["size"] == 30.0  # the schema works here, as data


def test_a_sleep_at_module_level_does_not_hang_discovery(
    tmp_path: Path, host: TemplateHost, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(template_host, "LOAD_TIMEOUT_S", 3.0)
    host.worker.warm_up()
    (tmp_path / "t").mkdir()
    (tmp_path / "t" / "sleepy.py").write_text(template_source("sleepy") + "time.sleep(600)\n")
    (tmp_path / "t" / "fine.py").write_text(template_source("fine"))
    started = time.monotonic()
    registry = TemplateRegistry.discover(
        [tmp_path / "t"], use_entry_points=False, trust=TrustAll(), host=host
    )
    assert time.monotonic() - started < 60
    assert registry.ids() == ["fine"]
    (broken,) = registry.broken
    assert broken.name == "sleepy" and "longer than 3 s" in broken.reason


def test_a_crashing_constraint_is_a_message_and_the_caller_survives(
    tmp_path: Path, host: TemplateHost
) -> None:
    (tmp_path / "t").mkdir()
    (tmp_path / "t" / "guarded.py").write_text(
        template_source("unused").split("TEMPLATE = Template(")[0] + CONSTRAINED
    )
    registry = TemplateRegistry.discover(
        [tmp_path / "t"], use_entry_points=False, trust=TrustAll(), host=host
    )
    assert registry.ids() == ["guarded"], registry.broken
    schema = registry.get("guarded").template.schema
    _, issues = schema.check({"size": 13})  # segfaults, in the host
    (issue,) = issues
    assert issue.params == ("size",) and "failed to evaluate" in issue.message
    assert "SIGSEGV" in issue.message
    _, issues = schema.check({"size": 17})
    assert "the designer's bug" in issues[0].message
    _, issues = schema.check({"size": 19})
    assert issues[0].message == "19 is unlucky"
    assert schema.check({"size": 30})[1] == []  # a fresh host answers


def test_an_outside_template_cannot_build_in_the_app_process(tmp_path: Path, host: TemplateHost) -> None:
    from configurator.core.build import build_product
    from configurator.sdk.errors import FabwiseError

    (tmp_path / "t").mkdir()
    (tmp_path / "t" / "plain.py").write_text(template_source("plain"))
    registry = TemplateRegistry.discover(
        [tmp_path / "t"], use_entry_points=False, trust=TrustAll(), host=host
    )
    with pytest.raises(FabwiseError, match="builds only in the build worker"):
        build_product(registry.get("plain").template, {})


def test_conditions_of_use_cross_as_plain_data_and_a_subclass_is_refused() -> None:
    """An outside template's conditions reach the app (the guide and `templates check` read them)
    rebuilt from the SDK's own classes; a template's own subclass (its methods would run in the
    app) is refused."""
    from dataclasses import dataclass

    from configurator.core.template_host import _plain_conditions
    from configurator.sdk.conditions import (
        Exposure,
        ServiceTemperature,
        UseConditions,
        assumption,
    )
    from configurator.sdk.errors import TemplateError

    conditions = UseConditions(
        temperatures=(ServiceTemperature(60, assumption("a lamp"), description="near the bulb"),),
        exposure=Exposure(outdoor_uv=False, water="none", food_contact=False, source=assumption("indoors")),
    )
    plain = _plain_conditions(conditions)
    assert plain == conditions and plain is not conditions and plain.declared

    @dataclass(frozen=True)
    class Sneaky(ServiceTemperature):
        pass

    with pytest.raises(TemplateError, match="not plain data"):
        _plain_conditions(UseConditions(temperatures=(Sneaky(60, assumption("x")),)))

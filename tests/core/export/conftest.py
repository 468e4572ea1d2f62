"""Shared fixtures: the test templates, a warm build service, a facility, and packages exported
once per session (knob with a real eco report, flat panel, shelf kit)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from configurator.core.export import ExportOptions, ExportSummary, export_package
from configurator.core.facilities.model import Facility, Location, Machine
from configurator.core.registry import TemplateRegistry
from configurator.core.service import BuildService
from configurator.core.trust import TrustAll

TEMPLATES = Path(__file__).parent / "templates"
CREATED = "2026-01-02T03:04:05Z"


def make_facility(**changes: Any) -> Facility:
    machines = changes.pop(
        "machines",
        (
            Machine("fdm", "Prusa MK4", (250.0, 210.0, 220.0), ("pla", "petg")),
            Machine(
                "laser",
                "Epilog Fusion",
                (600.0, 300.0, 10.0),
                ("birch_plywood", "mdf"),
                sheet_thicknesses_mm=(3.0, 4.0, 6.0),
            ),
        ),
    )
    fields: dict[str, Any] = {
        "id": "test-lab",
        "name": "Test Lab",
        "kind": "example",
        "location": Location(country="FR", city="Lyon"),
        "machines": machines,
        "inventory_verified": True,
    }
    fields.update(changes)
    return Facility(**fields)


@pytest.fixture(scope="session")
def registry() -> TemplateRegistry:
    found = TemplateRegistry.discover([TEMPLATES], use_entry_points=False, trust=TrustAll())
    assert not found.broken, found.broken
    return found


@pytest.fixture(scope="session")
def service(registry: TemplateRegistry) -> Iterator[BuildService]:
    with BuildService(registry, timeout=120.0) as svc:
        yield svc


@pytest.fixture(scope="session")
def facility() -> Facility:
    return make_facility()


@dataclass(frozen=True)
class Exported:
    path: Path
    summary: ExportSummary
    eco: dict[str, Any] | None


def _knob_eco(service: BuildService) -> dict[str, Any]:
    from eco_rules import EcoContext, default_engine

    build = service.build(service.request("export-knob", {}))
    report = default_engine().evaluate(build, EcoContext(country="FR", distance_km=10.0))
    return report.to_dict()


@pytest.fixture(scope="session")
def packages(
    service: BuildService, facility: Facility, tmp_path_factory: pytest.TempPathFactory
) -> dict[str, Exported]:
    folder = tmp_path_factory.mktemp("packages")
    made = {}
    for template_id in ("export-knob", "export-panel", "export-kit"):
        eco = _knob_eco(service) if template_id == "export-knob" else None
        path = folder / f"{template_id}.zip"
        summary = export_package(
            service,
            service.request(template_id, {}),
            path,
            facility=facility,
            eco=eco,
            options=ExportOptions(quantity=3, created_utc=CREATED),
        )
        made[template_id] = Exported(path, summary, eco)
    return made

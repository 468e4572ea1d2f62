"""Orders split across workshops: the plan (one workshop or the best split, user pins), the
footprint per leg, and one package per workshop that verifies alone, plus the assembly sheet."""

from __future__ import annotations

import json
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from configurator.app.order import export_order, order_footprint, plan_for_build
from configurator.core.export import ExportBlocked
from configurator.core.export.verify import verify_package
from configurator.core.facilities.gazetteer import haversine_km
from configurator.core.facilities.matching import PartRequirement
from configurator.core.facilities.model import Facility, Location, Machine
from configurator.core.facilities.split import plan_order
from configurator.core.registry import TemplateRegistry
from configurator.core.service import BuildService
from configurator.sdk.errors import FabwiseError
from configurator.sdk.results import BuildResult
from eco_rules import default_engine

HOME = (45.7640, 4.8357)  # Lyon
PRINTER = Machine("fdm", "Prusa MK4", (250.0, 210.0, 220.0), ("pla", "petg"))
LASER = Machine(
    "laser",
    "Epilog Fusion",
    (600.0, 300.0, 10.0),
    ("birch_plywood", "mdf"),
    sheet_thicknesses_mm=(3.0, 4.0, 6.0),
)


def shop(identifier: str, km_north: float, *machines: Machine) -> Facility:
    """A workshop ``km_north`` km north of HOME (one degree of latitude ≈ 111.2 km)."""
    return Facility(
        id=identifier,
        name=identifier.replace("-", " ").title(),
        kind="user",
        location=Location(
            country="FR", city="Lyon", lat=HOME[0] + km_north / 111.195, lon=HOME[1], precision="exact"
        ),
        machines=machines,
        inventory_verified=True,
    )


PRINT_SHOP = shop("print-shop", 1.0, PRINTER)
LASER_SHOP = shop("laser-shop", 2.0, LASER)
FAB_LAB = shop("fab-lab", 10.0, PRINTER, LASER)
PARTS = [
    PartRequirement("laser", "birch_plywood", (180, 180, 6), 6.0, "base"),
    PartRequirement("fdm", "petg", (50, 50, 200), None, "hub"),
    PartRequirement("fdm", "petg", (200, 200, 150), None, "shade"),
]


def test_a_nearer_split_beats_a_farther_single_workshop() -> None:
    options = plan_order([PRINT_SHOP, LASER_SHOP, FAB_LAB], PARTS, origin=HOME)
    assert options.single is not None and options.single.legs[0].facility.id == "fab-lab"
    split = options.best
    assert split is not None and not split.single
    assert split.facility_for("base").id == "laser-shop"
    assert split.facility_for("hub").id == split.facility_for("shade").id == "print-shop"
    assert [len(leg.parts) for leg in split.legs] == [2, 1]  # one leg per workshop
    assert split.total_km == pytest.approx(3.0, abs=0.01)
    assert options.single.total_km == pytest.approx(10.0, abs=0.01)


def test_a_near_workshop_that_makes_everything_is_not_split() -> None:
    near_lab = shop("near-lab", 0.5, PRINTER, LASER)
    options = plan_order([PRINT_SHOP, LASER_SHOP, near_lab], PARTS, origin=HOME)
    assert options.best is not None and options.best.single
    assert options.best.legs[0].facility.id == "near-lab"


def test_split_when_no_workshop_makes_everything_and_uncovered_parts_are_named() -> None:
    options = plan_order([PRINT_SHOP, LASER_SHOP], PARTS, origin=HOME)
    assert options.single is None and options.best is not None
    assert len(options.best.legs) == 2
    options = plan_order([PRINT_SHOP], PARTS, origin=HOME)
    assert options.best is None
    assert [part for part, _ in options.uncovered] == ["base"]
    assert "no laser cutter" in options.uncovered[0][1].lower()


def test_the_user_can_pin_a_part_and_a_wrong_pin_says_why() -> None:
    options = plan_order([PRINT_SHOP, LASER_SHOP, FAB_LAB], PARTS, origin=HOME, assign={"shade": "fab-lab"})
    plan = options.best
    assert plan is not None and plan.facility_for("shade").id == "fab-lab"
    assert plan.pinned == ("shade",)
    with pytest.raises(FabwiseError, match="Print Shop cannot make 'base'"):
        plan_order([PRINT_SHOP, LASER_SHOP], PARTS, origin=HOME, assign={"base": "print-shop"})
    with pytest.raises(FabwiseError, match="no part 'lid'"):
        plan_order([PRINT_SHOP], PARTS, origin=HOME, assign={"lid": "print-shop"})


def test_distance_is_from_each_workshop_to_the_person() -> None:
    options = plan_order([PRINT_SHOP, LASER_SHOP], PARTS, origin=HOME)
    assert options.best is not None
    for leg in options.best.legs:
        where = leg.facility.location
        assert leg.distance_km == pytest.approx(
            haversine_km(HOME[0], HOME[1], where.lat or 0, where.lon or 0)
        )


@pytest.fixture(scope="module")
def service() -> Iterator[BuildService]:
    with BuildService(TemplateRegistry.discover(), timeout=180.0) as svc:
        yield svc


@pytest.fixture(scope="module")
def lamp(service: BuildService) -> tuple[Any, BuildResult]:
    # The smallest preset: every export slices the printed parts (twice: quote and print files).
    values = dict(service.registry.get("plywood-lamp").template.schema.preset("bedside-e14").values)
    request = service.request("plywood-lamp", values)
    return request, service.build(request)


def test_transport_is_counted_once_per_leg(lamp: tuple[Any, BuildResult]) -> None:
    _, build = lamp
    options = plan_for_build(build, [PRINT_SHOP, LASER_SHOP], origin=HOME)
    plan = options.best
    assert plan is not None and len(plan.legs) == 2
    footprint = order_footprint(build, plan)
    assert len(footprint.legs) == 2
    printed = next(leg for leg in footprint.legs if leg.facility_id == "print-shop")
    assert set(printed.parts) == {"hub", "foot", "shade"}
    # Each leg's transport is its own parcel over its own distance, once: the same as the
    # parcel evaluated alone, and the order's transport is exactly the sum of its legs.
    total = sum(leg.transport_kg.value for leg in footprint.legs)
    assert footprint.transport_kg.value == pytest.approx(total)
    assert all(leg.transport_kg.value > 0 for leg in footprint.legs)
    # Doubling a leg's distance doubles its transport and leaves the other leg alone.
    far = shop("print-shop", 2.0, PRINTER)
    farther = order_footprint(build, plan_for_build(build, [far, LASER_SHOP], origin=HOME).best)  # type: ignore[arg-type]
    doubled = next(leg for leg in farther.legs if leg.facility_id == "print-shop")
    assert doubled.transport_kg.value == pytest.approx(2 * printed.transport_kg.value, rel=1e-3)
    laser_legs = [
        leg.transport_kg.value
        for fp in (footprint, farther)
        for leg in fp.legs
        if leg.facility_id == "laser-shop"
    ]
    assert laser_legs[0] == pytest.approx(laser_legs[1])
    # Material is counted once per part whatever the split: the legs' material phases add up
    # to the whole product's.
    whole = default_engine().evaluate(build, _context())
    material = sum(leg.report.phase("material").co2e_kg.value for leg in footprint.legs)
    assert material == pytest.approx(whole.phase("material").co2e_kg.value, rel=1e-9)


def _context() -> Any:
    from configurator.app.making import facility_context

    return facility_context(PRINT_SHOP, 0.0, "van")


def test_split_order_exports_one_verifying_package_per_workshop(
    service: BuildService, lamp: tuple[Any, BuildResult], tmp_path: Path
) -> None:
    request, build = lamp
    plan = plan_for_build(build, [PRINT_SHOP, LASER_SHOP], origin=HOME).best
    assert plan is not None
    exported = export_order(
        service, request, plan, tmp_path / "order", quantity=2, preview="software", mesh_quality="coarse"
    )
    record = json.loads((exported.folder / "assembly.json").read_text(encoding="utf-8"))
    assert [p.name for _, p in exported.packages] == ["1-print-shop.zip", "2-laser-shop.zip"]
    seen_parts = []
    for index, (facility_id, path) in enumerate(exported.packages, start=1):
        report = verify_package(path)
        assert report.passed, report.findings
        with zipfile.ZipFile(path) as archive:
            manifest = json.loads(archive.read("manifest.json"))
            names = archive.namelist()
        assert manifest["facility"]["id"] == facility_id
        order = manifest["order"]
        assert order["package"] == index and order["packages"] == 2
        here = [p["name"] for p in manifest["parts"]]
        assert here == order["here"]
        assert {e["part"] for e in order["elsewhere"]}.isdisjoint(here)
        seen_parts += here
        assert bool(manifest["hardware"]) == (index == 1)
        assert all(any(n.startswith(f"parts/{part}") for n in names) for part in here)
        assert manifest["eco"]["status"] == "evaluated"
        # The package's eco share is the leg the assembly sheet shows, and it has its quote.
        assert manifest["eco"]["total_co2e_kg"]["value"] == pytest.approx(
            record["workshops"][index - 1]["co2e_kg"], abs=1e-4
        )
        assert "quote.json" in names and manifest["quote"]["total"]["value"] > 0
        assert "this workshop's parts" in order["eco_scope"]
    assert sorted(seen_parts) == sorted(p.name for p in build.parts)
    assert record["transport_legs"] == 2
    assert [w["facility"] for w in record["workshops"]] == ["print-shop", "laser-shop"]
    assert record["workshops"][0]["part_details"][0]["quantity"] == 2
    html = exported.assembly.read_text(encoding="utf-8")
    assert "Print Shop" in html and "Laser Shop" in html and "lamp holder" in html
    assert not list(tmp_path.glob(".order.partial-*"))


def test_a_blocked_workshop_leaves_no_half_order(
    service: BuildService, lamp: tuple[Any, BuildResult], tmp_path: Path
) -> None:
    request, build = lamp
    small = Machine("fdm", "Mini", (120.0, 120.0, 120.0), ("pla", "petg"))
    tiny_shop = shop("tiny-shop", 0.5, small)
    plan = plan_for_build(build, [PRINT_SHOP, LASER_SHOP], origin=HOME).best
    assert plan is not None
    from dataclasses import replace

    broken = replace(plan, legs=(replace(plan.legs[0], facility=tiny_shop), *plan.legs[1:]))
    with pytest.raises(ExportBlocked):
        export_order(service, request, broken, tmp_path / "order", preview="software", mesh_quality="coarse")
    assert not (tmp_path / "order").exists()
    assert list(tmp_path.iterdir()) == []
    with pytest.raises(FabwiseError, match="already exists"):
        (tmp_path / "taken").mkdir()
        export_order(service, request, plan, tmp_path / "taken", preview="software", mesh_quality="coarse")

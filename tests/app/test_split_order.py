"""Orders split across workshops: the plan (one workshop or the best split, user pins), the
footprint per leg, and one package per workshop that verifies alone, plus the assembly sheet."""

from __future__ import annotations

import json
import zipfile
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from configurator.app.order import PlanPrice, export_order, order_footprint, plan_for_build, propose_order
from configurator.core.export import ExportBlocked
from configurator.core.export.verify import verify_package
from configurator.core.facilities.gazetteer import haversine_km
from configurator.core.facilities.matching import PartRequirement
from configurator.core.facilities.model import (
    Electricity,
    Facility,
    Location,
    Machine,
    MaterialPrice,
    Pricing,
)
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
    broken = replace(plan, legs=(replace(plan.legs[0], facility=tiny_shop), *plan.legs[1:]))
    with pytest.raises(ExportBlocked):
        export_order(service, request, broken, tmp_path / "order", preview="software", mesh_quality="coarse")
    assert not (tmp_path / "order").exists()
    assert list(tmp_path.iterdir()) == []
    with pytest.raises(FabwiseError, match="already exists"):
        (tmp_path / "taken").mkdir()
        export_order(service, request, plan, tmp_path / "taken", preview="software", mesh_quality="coarse")


# ---------------------------------------------------------------- ranking by footprint or price
def _with(
    facility: Facility, grid_g: float, pricing: Pricing | None = None, name: str | None = None
) -> Facility:
    electricity = Electricity(own_g_co2e_per_kwh=grid_g, note="test figure")
    return replace(facility, electricity=electricity, pricing=pricing, name=name or facility.name)


def _euros(fdm: float, laser: float, fee: float) -> Pricing:
    return Pricing(currency="EUR", machine_rates=(("fdm", fdm), ("laser", laser)), setup_fee=fee)


def test_footprint_ranking_chooses_the_cleaner_workshop_over_the_nearer_split(
    lamp: tuple[Any, BuildResult],
) -> None:
    """Near print and laser shops on coal-heavy electricity, a fab lab 10 km away on its own
    solar power: distance picks the split, footprint the fab lab (transport is grams, making
    the shade is hundreds of grams)."""
    _, build = lamp
    shops = [_with(PRINT_SHOP, 900.0), _with(LASER_SHOP, 900.0), _with(FAB_LAB, 20.0)]
    by_distance = propose_order(build, shops, origin=HOME)
    assert by_distance.rank == "distance" and not by_distance.chosen.single
    by_footprint = propose_order(build, shops, origin=HOME, rank="footprint")
    assert by_footprint.chosen.single and by_footprint.chosen.legs[0].facility.id == "fab-lab"
    totals = [r.footprint.total_kg.value for r in by_footprint.ranked if r.footprint is not None]
    assert len(totals) == len(by_footprint.ranked) >= 2 and totals == sorted(totals)
    assert by_footprint.single is not None and by_footprint.split is not None
    assert by_footprint.single.total_kg.value < by_footprint.split.total_kg.value
    # the same plans and figures whatever the ranking: only the order changes
    assert by_footprint.split_plan is not None
    again = order_footprint(build, by_footprint.split_plan)
    assert again.total_kg.value == pytest.approx(by_footprint.split.total_kg.value)
    assert "one workshop saves" in (by_footprint.advice() or "")


def test_price_ranking_sums_the_workshops_quotes_and_never_invents_one(
    lamp: tuple[Any, BuildResult],
) -> None:
    from configurator.app.order import PlanWeigher
    from configurator.app.quoting import estimate_quote

    _, build = lamp
    dear = [
        _with(PRINT_SHOP, 60.0, _euros(40.0, 90.0, 30.0)),
        _with(LASER_SHOP, 60.0, _euros(40.0, 90.0, 30.0)),
    ]
    cheap_lab = _with(FAB_LAB, 60.0, _euros(1.0, 20.0, 0.0))
    proposal = propose_order(build, [*dear, cheap_lab], origin=HOME, rank="price", quantity=2)
    assert proposal.chosen.single and proposal.chosen.legs[0].facility.id == "fab-lab"
    price = proposal.price_of(proposal.chosen)
    assert price is not None and price.total is not None and price.currency == "EUR"
    no_hardware = replace(build, hardware=())
    expected = estimate_quote(no_hardware, cheap_lab, 2).total
    assert price.total.value == pytest.approx(expected.value)
    assert any("bought hardware not included" in note for note in price.notes)
    split_price = proposal.price_of(proposal.split_plan)
    assert split_price is not None and split_price.total is not None
    assert split_price.total.value > price.total.value
    # A workshop that publishes no prices: its plans say so and come after every priced plan.
    silent = [PRINT_SHOP, LASER_SHOP]  # no prices of their own
    proposal = propose_order(build, [*silent, cheap_lab], origin=HOME, rank="price")
    assert proposal.chosen.legs[0].facility.id == "fab-lab"
    unpriced = proposal.unpriced()
    assert unpriced and all(p.total is None for _, p in unpriced)
    assert any("Print Shop publishes no prices" in p.missing for _, p in unpriced)
    known = [r.price is not None and r.price.known for r in proposal.ranked]
    assert known == sorted(known, reverse=True)  # priced first
    assert "no price" not in (proposal.price_of(proposal.chosen) or PlanPrice(None)).text()
    # A quote that leaves an item unpriced (no typical price in GBP for the filament) is no price.
    pounds = Pricing(currency="GBP", machine_rates=(("fdm", 2.0), ("laser", 20.0)), setup_fee=1.0)
    weigher = PlanWeigher(build)
    gbp_plan = plan_for_build(build, [_with(FAB_LAB, 60.0, pounds)], origin=HOME).single
    assert gbp_plan is not None
    gbp = weigher.price(gbp_plan)
    assert gbp.total is None and "no GBP price" in gbp.missing and "publishes" not in gbp.missing
    assert gbp.text().startswith("price not established: Fab Lab:")


def test_plans_in_different_currencies_are_not_added_or_compared(lamp: tuple[Any, BuildResult]) -> None:
    from configurator.app.order import PlanWeigher

    _, build = lamp
    materials = (
        MaterialPrice("petg", per_kg=20.0),
        MaterialPrice("birch_plywood", per_sheet=8.0, sheet_mm=(600.0, 300.0), thickness_mm=4.0),
    )
    pounds = Pricing(
        currency="GBP", machine_rates=(("fdm", 2.0), ("laser", 20.0)), setup_fee=1.0, materials=materials
    )
    mixed = plan_for_build(
        build, [_with(PRINT_SHOP, 60.0, pounds), _with(LASER_SHOP, 60.0, _euros(1.0, 20.0, 0.0))], origin=HOME
    ).best
    assert mixed is not None and len(mixed.legs) == 2
    price = PlanWeigher(build).price(mixed)
    assert price.total is None and "EUR and GBP" in price.missing
    with pytest.raises(FabwiseError, match="unknown ranking 'cheapest'"):
        propose_order(build, [FAB_LAB], origin=HOME, rank="cheapest")


# ------------------------------------------------------- the guide: split it, or gather it
def test_the_guide_advises_a_split_that_saves_co2e_with_its_computed_saving(
    lamp: tuple[Any, BuildResult],
) -> None:
    from configurator.app.making import order_candidates
    from configurator.app.order import workshop_advice
    from configurator.core.facilities.split import Leg, OrderPlan

    _, build = lamp
    example = replace(shop("example-near", 0.3, PRINTER, LASER), kind="example")  # fictional
    nearby = order_candidates(
        [(f, 1.0) for f in (PRINT_SHOP, LASER_SHOP, FAB_LAB, example)] + [(shop("far", 300.0, LASER), 300.0)]
    )
    assert [f.id for f in nearby] == ["print-shop", "laser-shop", "fab-lab"]  # no example, none far
    parts = tuple(p.name for p in build.parts)
    at_lab = OrderPlan((Leg(FAB_LAB, parts, 10.0),))
    current = order_footprint(build, at_lab).total_kg  # what the guide's baseline is
    advice = workshop_advice(build, [*nearby, example], origin=HOME, current=at_lab, current_kg=current)
    assert advice is not None and advice.kind == "split"
    assert {leg.facility.id for leg in advice.plan.legs} == {"print-shop", "laser-shop"}
    assert advice.assignment()["base"] == "laser-shop" and advice.assignment()["shade"] == "print-shop"
    # the saving is the difference of the two footprints the rules computed, nothing else
    split = order_footprint(build, advice.plan).total_kg.value
    assert advice.saving_kg == pytest.approx(current.value - split) and advice.saving_kg > 0
    text = advice.text()
    assert text.startswith("Split the order across 2 workshops") and "estimated" in text
    assert "2 parcels instead of 1" in text and "Example" not in text
    # one workshop next door: nothing to gain by splitting, no advice
    next_door = shop("next-door", 0.2, PRINTER, LASER)
    here = OrderPlan((Leg(next_door, parts, 0.2),))
    here_kg = order_footprint(build, here).total_kg
    assert workshop_advice(build, [*nearby, next_door], origin=HOME, current=here, current_kg=here_kg) is None
    # no place known: no advice (distances cannot be weighed)
    assert workshop_advice(build, nearby, origin=None, current=at_lab, current_kg=current) is None


def test_the_guide_advises_one_workshop_when_it_saves_co2e_and_trips(lamp: tuple[Any, BuildResult]) -> None:
    from configurator.app.order import workshop_advice

    _, build = lamp
    shops = [_with(PRINT_SHOP, 900.0), _with(LASER_SHOP, 900.0), _with(FAB_LAB, 20.0)]
    split = plan_for_build(build, shops, origin=HOME).best
    assert split is not None and len(split.legs) == 2
    current = order_footprint(build, split).total_kg
    advice = workshop_advice(build, shops, origin=HOME, current=split, current_kg=current)
    assert advice is not None and advice.kind == "single"
    assert advice.plan.legs[0].facility.id == "fab-lab" and advice.saving_kg > 0
    assert "Make every part at Fab Lab" in advice.text() and "1 parcel fewer" in advice.text()


def test_parts_pinned_to_a_split_get_the_one_workshop_advice(lamp: tuple[Any, BuildResult]) -> None:
    """The user moved parts to two workshops (no one-workshop plan is left among their pins):
    the guide still says when one workshop would save CO2e and parcels."""
    _, build = lamp
    shops = [_with(PRINT_SHOP, 900.0), _with(LASER_SHOP, 900.0), _with(FAB_LAB, 20.0)]
    pins = {"base": "laser-shop", "shade": "print-shop"}
    proposal = propose_order(build, shops, origin=HOME, assign=pins, rank="footprint")
    assert proposal.single is None and not proposal.chosen.single
    assert proposal.gather is not None and proposal.gather.plan.legs[0].facility.id == "fab-lab"
    assert (proposal.advice() or "").startswith("Make every part at Fab Lab")
    assert proposal.split is not None
    assert proposal.gather.saving_kg == pytest.approx(
        proposal.split.total_kg.value - proposal.gather.footprint.total_kg.value
    )

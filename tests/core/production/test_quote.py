"""Quotes add up, show every term, keep ranges, and a workshop's own prices beat typical ones."""

from __future__ import annotations

import dataclasses

import pytest

from configurator.core.facilities.model import Facility, Machine, MaterialPrice, Pricing
from configurator.core.facilities.printer_profiles import get_profile
from configurator.core.production.measure import Measurement, with_production
from configurator.core.production.pricing import TYPICAL_LABEL, typical_rows
from configurator.core.production.quote import Quote, make_quote
from configurator.core.production.slicer import SliceResult
from configurator.sdk.errors import FabwiseError
from configurator.sdk.results import BuildResult, HardwareItem
from eco_rules import EcoContext, EcoEngine, Interval, default_engine
from tests.core.facilities.conftest import make_facility
from tests.eco.conftest import make_build, make_part, sheet_part

PRINTER = Machine("fdm", "printer", (250, 210, 210), ("pla",), 240.0, profile="prusa-mk3s-0.4")
LASER = Machine("laser", "laser", (600, 400, 6), ("birch_plywood",), 1500.0, (3.0, 6.0))
OWN = Pricing(
    currency="EUR",
    machine_rates=(("fdm", 4.0), ("laser", 36.0)),
    setup_fee=8.0,
    materials=(
        MaterialPrice("pla", per_kg=32.0),
        MaterialPrice("birch_plywood", per_sheet=9.6, sheet_mm=(600, 400), thickness_mm=3.0),
    ),
    lead_time_days=(3, 5),
)


@pytest.fixture(scope="module")
def engine() -> EcoEngine:
    return default_engine()


def _slice(hours: float = 2.0, grams: float = 50.0, support: float = 5.0) -> SliceResult:
    return SliceResult(
        profile_id="prusa-mk3s-0.4",
        profile_name="x",
        material="pla",
        slicer="PrusaSlicer 2.5.0",
        density_g_cm3=1.24,
        print_seconds=hours * 3600,
        filament_mm=grams / 2.98 * 1000,
        filament_cm3=grams / 1.24,
        filament_g=grams,
        support_g=support,
        other_g=1.0,
        layers=100,
    )


def _quote(engine: EcoEngine, build: BuildResult, facility: Facility, quantity: int = 1) -> Quote:
    measurement = Measurement(
        get_profile("prusa-mk3s-0.4"),
        "",
        slices={p.name: _slice() for p in build.parts if p.process == "fdm"},
    )
    report = engine.evaluate(build, with_production(EcoContext(country="FR"), measurement))
    return make_quote(build, report, measurement, facility, quantity)


def _mixed_build() -> BuildResult:
    return make_build(
        [make_part(name="knob", material="pla"), sheet_part(thickness=3.0, side=100.0)],
        hardware=[HardwareItem("screw", "M3x10", 2, "steel", 1.0, "ISO 4762")],
    )


def _assert_adds_up(quote: Quote) -> None:
    total = quote.total
    assert total.value == pytest.approx(sum(t.amount.value for t in quote.terms))
    assert total.low == pytest.approx(sum(t.amount.low for t in quote.terms))
    assert total.high == pytest.approx(sum(t.amount.high for t in quote.terms))
    for term in quote.terms:  # the range holds every term's range
        assert term.amount.low <= term.amount.value <= term.amount.high
        assert total.high - total.low >= term.amount.high - term.amount.low - 1e-9
    data = quote.to_dict()
    assert data["total"]["value"] == pytest.approx(
        round(sum(t["amount"]["value"] for t in data["terms"]), 2), abs=0.01 * len(data["terms"])
    )
    text = quote.render()
    for term in quote.terms:
        assert term.label in text


def test_own_prices_are_used_term_by_term(engine: EcoEngine) -> None:
    shop = make_facility(machines=(PRINTER, LASER), pricing=OWN)
    quote = _quote(engine, _mixed_build(), shop, quantity=3)
    _assert_adds_up(quote)
    terms = {t.label: t for t in quote.terms}
    machine = terms["FDM 3D printer time for 'knob'"]
    assert machine.amount == Interval.exact(3 * 2.0 * 4.0)
    assert not machine.typical
    material = terms["PLA for 'knob'"]
    assert material.amount.value == pytest.approx(3 * 0.050 * 32.0)  # filament incl. supports
    sheet = terms["Birch plywood 3 mm for 'panel'"]
    assert sheet.amount.value == pytest.approx(3 * 0.01 * 9.6 / 0.24)  # 100x100 mm of a 600x400 sheet
    setups = [t for t in quote.terms if t.kind == "setup"]
    assert len(setups) == 1 and setups[0].amount == Interval.exact(8.0)  # once per job, not per copy
    assert quote.lead_time_days == (3, 5)
    assert not quote.typical
    assert any("bought hardware (6 x screw)" in item for item in quote.unpriced)
    assert not quote.complete


def test_typical_prices_are_ranges_and_labelled(engine: EcoEngine) -> None:
    shop = make_facility(machines=(PRINTER, LASER), hourly_rate=None, pricing=None)
    quote = _quote(engine, _mixed_build(), shop)
    _assert_adds_up(quote)
    assert quote.currency == "EUR" and quote.typical
    fdm_rate = next(r for r in typical_rows() if r.id == "rate.fdm")
    machine = next(t for t in quote.terms if t.label == "FDM 3D printer time for 'knob'")
    assert machine.typical and machine.price.startswith(TYPICAL_LABEL)
    assert machine.amount.low == pytest.approx(2.0 * fdm_rate.amount.low)
    assert machine.amount.high == pytest.approx(2.0 * fdm_rate.amount.high)
    assert machine.amount.low < machine.amount.high  # never a single precise-looking figure
    assert "ask it" in quote.lead_time
    assert "[typical]" in quote.render()


def test_a_workshops_own_rate_overrides_the_typical_one(engine: EcoEngine) -> None:
    build = make_build([make_part(name="knob", material="pla")])
    typical = _quote(engine, build, make_facility(machines=(PRINTER,), hourly_rate=None))
    own = _quote(
        engine,
        build,
        make_facility(
            machines=(PRINTER,), hourly_rate=None, pricing=Pricing("EUR", machine_rates=(("fdm", 7.5),))
        ),
    )
    label = "FDM 3D printer time for 'knob'"
    typical_term = next(t for t in typical.terms if t.label == label)
    own_term = next(t for t in own.terms if t.label == label)
    assert typical_term.typical and not own_term.typical
    assert own_term.amount == Interval.exact(2.0 * 7.5)
    # the general hourly rate is the workshop's own too
    general = _quote(engine, build, make_facility(machines=(PRINTER,)))
    assert next(t for t in general.terms if t.label == label).amount == Interval.exact(2.0 * 30.0)


def test_no_price_in_the_workshops_currency_is_listed_not_guessed(engine: EcoEngine) -> None:
    from configurator.core.facilities.model import HourlyRate

    shop = make_facility(machines=(PRINTER,), hourly_rate=HourlyRate("GBP", 40.0))
    quote = _quote(engine, make_build([make_part(name="knob", material="pla")]), shop)
    assert quote.currency == "GBP"
    assert any("PLA for 'knob': no GBP price per kg" in item for item in quote.unpriced)
    assert all(t.amount.value >= 0 for t in quote.terms)
    _assert_adds_up(quote)


def test_quantity_must_be_sensible(engine: EcoEngine) -> None:
    shop = make_facility(machines=(PRINTER,))
    for bad in (0, -1, 10_001):
        with pytest.raises(FabwiseError, match="quantity"):
            _quote(engine, make_build([make_part(name="knob")]), shop, quantity=bad)


def test_typical_rows_are_ranges_with_sources() -> None:
    for row in typical_rows():
        assert row.amount.low <= row.amount.value <= row.amount.high, row.id
        assert row.source and row.currency == "EUR", row.id
        assert row.status in {"sourced", "PROXY", "estimate", "computed"}, row.id
    machine = [r for r in typical_rows() if r.kind == "machine"]
    assert all(r.amount.low < r.amount.high for r in machine)
    assert dataclasses.is_dataclass(machine[0])

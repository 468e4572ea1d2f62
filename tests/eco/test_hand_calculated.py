"""Hand-calculated cases: every expected number below is worked out by hand from the factor rows
(value, low, high) cited in the comments, independently of the engine's rules."""

from __future__ import annotations

import pytest

from eco_rules import EcoContext, EcoEngine
from tests.eco.conftest import cube_part, make_build, sheet_part

REL = 1e-9

# Factor rows used (resources/data/eco): PLA carbon 0.65 [0.5-0.8] kg/kg, PLA energy 54 MJ/kg,
# PLA density 1240 kg/m3, FDM shell 0.9 [0.8-1.0] mm, infill 0.15, waste 0.10 [0.03-0.41],
# deposition 4.5 mm3/s, PLA printer mean power 130 W, grid FR 44.2 g/kWh, van 0.78225 kg/tkm,
# PLA incineration 1.83769 kg/kg.
PRINTED = 2160 + 0.15 * (8000 - 2160)  # shell min(8000, 2400 x 0.9) + infill of the rest = 3036 mm3
MASS = PRINTED * 1e-9 * 1240  # 0.00376464 kg
INPUT = MASS * 1.10
HOURS = PRINTED / 4.5 / 3600
KWH = HOURS * 130 / 1000  # process.fdm.mean_power_w.pla


@pytest.fixture(scope="module")
def pla_report(engine: EcoEngine):  # type: ignore[no-untyped-def]
    build = make_build([cube_part("pla", 20.0)])
    return engine.evaluate(build, EcoContext(country="FR", distance_km=10, transport_mode="van"))


def test_pla_cube_mass(pla_report) -> None:  # type: ignore[no-untyped-def]
    assert pytest.approx(3036.0) == PRINTED
    assert pla_report.product_mass_kg.value == pytest.approx(MASS, rel=REL)


def test_pla_cube_material_phase(pla_report) -> None:  # type: ignore[no-untyped-def]
    material = pla_report.phase("material")
    assert material.co2e_kg.value == pytest.approx(INPUT * 0.65, rel=REL)
    assert material.energy_mj.value == pytest.approx(INPUT * 54, rel=REL)
    # Bounds by interval arithmetic: printed volume [1920 + 0.15 x 5600, 2400 + 0.15 x 6080]
    low_printed, high_printed = 1920 + 0.15 * 5600, 2400 + 0.15 * 6080
    assert material.co2e_kg.low == pytest.approx(low_printed * 1e-9 * 1240 * 1.03 * 0.5, rel=REL)
    assert material.co2e_kg.high == pytest.approx(high_printed * 1e-9 * 1240 * 1.41 * 0.8, rel=REL)


def test_pla_cube_manufacturing_on_french_grid(pla_report) -> None:  # type: ignore[no-untyped-def]
    manufacturing = pla_report.phase("manufacturing")
    assert manufacturing.co2e_kg.value == pytest.approx(KWH * 44.2 / 1000, rel=REL)
    assert manufacturing.energy_mj.value == pytest.approx(KWH * 3.6, rel=REL)


def test_pla_cube_transport_and_end_of_life(pla_report) -> None:  # type: ignore[no-untyped-def]
    assert pla_report.phase("transport").co2e_kg.value == pytest.approx(MASS / 1000 * 10 * 0.78225, rel=REL)
    assert pla_report.phase("end_of_life").co2e_kg.value == pytest.approx(MASS * 1.83769, rel=REL)
    expected_total = INPUT * 0.65 + KWH * 0.0442 + MASS / 1000 * 10 * 0.78225 + MASS * 1.83769
    assert pla_report.total_co2e_kg.value == pytest.approx(expected_total, rel=REL)


def test_same_print_on_polish_grid_costs_more_electricity_carbon(engine: EcoEngine) -> None:
    build = make_build([cube_part("pla", 20.0)])
    report = engine.evaluate(build, EcoContext(country="PL"))
    # Ember 2024 Poland 615.0 g/kWh; range to Electricity Maps 581 g/kWh
    manufacturing = report.phase("manufacturing").co2e_kg
    assert manufacturing.value == pytest.approx(KWH * 0.615, rel=REL)


def test_facility_printer_power_replaces_the_default(engine: EcoEngine) -> None:
    build = make_build([cube_part("pla", 20.0)])
    context = EcoContext(country="FR", machine_power_w={"fdm": 200.0})
    report = engine.evaluate(build, context)
    kwh = HOURS * 200 * 0.431 / 1000  # AMMAP rated-power model: mean draw = 43.1 % of rated
    assert report.phase("manufacturing").energy_mj.value == pytest.approx(kwh * 3.6, rel=REL)


def test_own_grid_figure_is_used_exactly(engine: EcoEngine) -> None:
    build = make_build([cube_part("pla", 20.0)])
    report = engine.evaluate(build, EcoContext(grid_g_per_kwh=100.0, grid_source="PV, measured"))
    manufacturing = report.phase("manufacturing").co2e_kg
    assert manufacturing.value == pytest.approx(KWH * 0.1, rel=REL)
    assert "context.grid_own_figure" in report.factors
    assert "PV, measured" in report.factors["context.grid_own_figure"].source


def test_laser_cut_plywood_panel(engine: EcoEngine) -> None:
    # 100 x 100 x 3 mm birch plywood, 400 mm outline, two copies, Germany (342.1 g/kWh).
    build = make_build([sheet_part("birch_plywood", 3.0, 100.0, quantity=2)])
    report = engine.evaluate(build, EcoContext(country="DE"))
    mass = 30000 * 1e-9 * 680  # 0.0204 kg per panel
    material = mass * 1.333 * 0.45  # nesting waste (1-0.75)/0.75 = 0.333; ICE plywood 0.45 kg/kg
    kwh = 400 / 15.0 / 3600 * 1.9  # 3 mm plywood 15 mm/s (ProtoLab), 1.9 kW (Epilog)
    assert report.phase("material").co2e_kg.value == pytest.approx(2 * material, rel=REL)
    assert report.phase("manufacturing").co2e_kg.value == pytest.approx(2 * kwh * 0.3421, rel=REL)
    assert report.phase("end_of_life").co2e_kg.value == pytest.approx(2 * mass * 0.00469, rel=REL)


def test_laser_speed_is_interpolated_between_thicknesses(engine: EcoEngine) -> None:
    build = make_build([sheet_part("acrylic", 4.5, 100.0)])
    report = engine.evaluate(build, EcoContext(country="DE"))
    speed = (12.5 + 6.5) / 2  # halfway between 3 mm (12.5 mm/s) and 6 mm (6.5 mm/s)
    kwh = 400 / speed / 3600 * 1.9
    assert report.phase("manufacturing").energy_mj.value == pytest.approx(kwh * 3.6, rel=REL)


def test_car_collection_counts_a_return_trip(engine: EcoEngine) -> None:
    build = make_build([cube_part("pla", 20.0)])
    report = engine.evaluate(build, EcoContext(country="FR", distance_km=7, transport_mode="car"))
    # DESNZ 2025 average car 0.16725 + WTT 0.04399 kg per vehicle-km, 2 x 7 km
    assert report.phase("transport").co2e_kg.value == pytest.approx(2 * 7 * 0.21124, rel=REL)
    assert report.dominant.phase == "transport"


def test_milled_aluminium_block_counts_the_whole_stock(engine: EcoEngine) -> None:
    part = cube_part("aluminium", 20.0, process="cnc_mill")
    report = engine.evaluate(make_build([part]), EcoContext(country="SE"))
    # Smallest standard stock holding 20 x 20 x 20 (stock_sizes.csv, 2 mm allowance per cut side):
    # flat bar 20 x 25 cut to 24 mm = 12000 mm3; plate 20 mm sawn to 24 x 24 = 11520 mm3 (smaller).
    stock = 20 * 24 * 24
    assert report.phase("material").co2e_kg.value == pytest.approx(stock * 1e-9 * 2700 * 12.79, rel=REL)
    cutting = (stock - 8000) / 8000 / 60  # removal rate estimate 8000 mm3/min
    assert report.phase("manufacturing").energy_mj.value == pytest.approx(cutting * 2.71 * 3.6, rel=REL)
    # machine time adds the per-part set-up (0.25 h); electricity counts cutting only
    assert report.machine_hours.value == pytest.approx(cutting + 0.25, rel=REL)

"""Steel fastener masses estimated from nominal dimensions: physically bounded, counted with a spread."""

from __future__ import annotations

import math

import pytest

from parts_library._hardware import (
    MASS_NOTE,
    WOOD_SCREWS,
    countersunk_screw_mass_g,
    hex_nut_mass_g,
    wood_screw_mass_g,
)

STEEL_G_MM3 = 7850e-6  # the materials.csv steel density, in g/mm³


def test_screw_mass_is_between_a_bare_core_and_a_solid_bolt() -> None:
    screw = WOOD_SCREWS["4.5mm"]
    mass = wood_screw_mass_g(screw, 45.0)
    solid = (math.pi / 4 * screw.head_d**2 * 45.0) * STEEL_G_MM3  # head-diameter cylinder
    core = (math.pi / 4 * (0.6 * screw.diameter) ** 2 * 45.0) * STEEL_G_MM3
    assert core < mass < solid
    assert wood_screw_mass_g(screw, 60.0) > mass  # longer is heavier
    assert countersunk_screw_mass_g(5.0, 45.0, 10.0) > mass  # thicker is heavier


def test_nut_mass_is_a_hexagon_with_a_hole() -> None:
    mass = hex_nut_mass_g(4.0, 7.0, 3.2)
    assert 0.5 < mass < (math.sqrt(3) / 2 * 7.0**2 * 3.2) * STEEL_G_MM3


def test_estimated_hardware_is_counted_with_a_spread_and_said_to_be_estimated() -> None:
    from configurator.sdk.results import HardwareItem
    from eco_rules.factors import FactorBook
    from eco_rules.facts import HARDWARE_ESTIMATE_SPREAD, hardware_facts

    book = FactorBook()
    item = HardwareItem("wall screw", "4.5 × 45 mm", 4, "steel", 4.9, "DIN 7997", MASS_NOTE)
    facts, warnings = hardware_facts(item, book)
    mass = facts.values["mass_kg"]
    assert mass.value == pytest.approx(0.0049)
    assert mass.low == pytest.approx(0.0049 * (1 - HARDWARE_ESTIMATE_SPREAD))
    assert mass.high == pytest.approx(0.0049 * (1 + HARDWARE_ESTIMATE_SPREAD))
    assert any("is an estimate" in w for w in warnings)

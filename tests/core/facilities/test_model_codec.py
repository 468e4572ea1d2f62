"""Facility validation and the dict codec."""

from __future__ import annotations

from dataclasses import replace

import pytest

from configurator.core.facilities.codec import (
    InvalidFacility,
    check_facility,
    facility_from_dict,
    facility_to_dict,
)
from configurator.core.facilities.model import Electricity, Location, Machine

from .conftest import LASER, PRINTER, make_facility


def test_round_trip_through_dict_keeps_every_field() -> None:
    facility = make_facility(machines=(LASER, PRINTER), other_equipment=("vinyl cutter",))
    assert facility_from_dict(facility_to_dict(facility)) == facility


def test_valid_facility_passes_check() -> None:
    facility = make_facility(machines=(LASER, PRINTER))
    assert check_facility(facility) is facility


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"id": "Bad Id"}, "id:"),
        ({"location": Location(country="France")}, "location.country"),
        ({"location": Location(country="FR", lat=95.0, lon=0.0, precision="exact")}, "location.lat"),
        ({"location": Location(country="FR", lat=45.0, lon=4.0)}, "location.precision"),
        ({"machines": (Machine("plasma", "P"),)}, "machines[0].process"),
        ({"machines": (replace(PRINTER, materials=("unobtainium",)),)}, "machines[0].materials"),
        ({"machines": (replace(LASER, envelope_mm=(600.0, -1.0, 6.0)),)}, "machines[0].envelope_mm"),
        ({"machines": (replace(LASER, sheet_thicknesses_mm=(3.0, 9.0)),)}, "sheet_thicknesses_mm"),
        ({"machines": (replace(PRINTER, sheet_thicknesses_mm=(3.0,)),)}, "only laser cutters"),
        ({"electricity": Electricity(own_g_co2e_per_kwh=40.0)}, "electricity.note"),
        (
            {"electricity": Electricity(grid_country="FR", own_g_co2e_per_kwh=40.0, note="pv")},
            "either grid_country",
        ),
        ({"accepted_formats": ("docx",)}, "accepted_formats"),
    ],
)
def test_check_names_the_bad_field(change: dict[str, object], field: str) -> None:
    facility = replace(make_facility(), **change)  # type: ignore[arg-type]
    with pytest.raises(InvalidFacility) as caught:
        check_facility(facility)
    assert field in caught.value.message
    assert "user-test-shop" in caught.value.message or "Bad Id" in caught.value.message


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (
            {"id": "x", "name": "n", "machines": [{"process": "fdm", "name": "p", "envelope_mm": [1, 2]}]},
            "record 'x': machines[0].envelope_mm: expected 3 numbers",
        ),
        ({"id": "x", "name": "n", "location": {"lat": "north"}}, "location.lat: expected a number"),
        ({"id": "x", "name": "n", "kind": "shop"}, "kind: 'shop'"),
        ({"id": "x", "name": "n", "inventory_verified": "yes"}, "inventory_verified"),
        ({"id": "x", "name": "n", "hourly_rate": {"currency": "EUR"}}, "hourly_rate.amount"),
        ([1, 2], "expected an object"),
    ],
)
def test_from_dict_errors_name_record_and_field(data: object, expected: str) -> None:
    with pytest.raises(InvalidFacility) as caught:
        facility_from_dict(data)
    assert expected in caught.value.message


def test_processes_are_listed_once_in_canonical_order() -> None:
    facility = make_facility(machines=(PRINTER, LASER, PRINTER))
    assert facility.processes == ("fdm", "laser")
    assert facility.machines_for("fdm") == (PRINTER, PRINTER)

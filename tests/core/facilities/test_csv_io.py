"""CSV import/export: one row per machine, round trips, errors naming row and column."""

from __future__ import annotations

from pathlib import Path

import pytest

from configurator.core.facilities.csv_io import (
    COLUMNS,
    csv_to_facilities,
    export_csv,
    facilities_to_csv,
    import_csv,
)
from configurator.core.facilities.store import FacilityStore
from configurator.sdk.errors import FabwiseError

from .conftest import LASER, PRINTER, make_facility


def test_round_trip_through_a_file(tmp_path: Path, store: FacilityStore) -> None:
    facilities = [
        *store.search(kind="example"),
        *store.search(kind="fablab_okw", limit=3),
        make_facility(machines=(LASER, PRINTER), other_equipment=("vinyl cutter", "soldering")),
        make_facility("user-nowhere", lat=None, lon=None, hourly_rate=None),
    ]
    path = tmp_path / "out.csv"
    assert export_csv(facilities, path) == len(facilities)
    assert import_csv(path) == facilities


def test_one_row_per_machine() -> None:
    text = facilities_to_csv([make_facility(machines=(LASER, PRINTER)), make_facility("user-b")])
    lines = text.strip().splitlines()
    assert lines[0] == ",".join(COLUMNS)
    assert len(lines) == 1 + 2 + 1


def test_a_hand_written_sheet_is_placed_and_given_an_id() -> None:
    text = (
        "name,country,city,machine_process,envelope_x_mm,envelope_y_mm,envelope_z_mm,"
        "machine_materials,sheet_thicknesses_mm\n"
        "Garage Lab,FR,Lyon,laser,600,400,6,birch_plywood mdf,3 6\n"
        "Garage Lab,,,fdm,250,210,200,pla,\n"
    )
    (facility,) = csv_to_facilities(text)
    assert facility.id.startswith("user-garage-lab-")
    assert facility.location.precision == "city" and facility.location.lat is not None
    assert [m.process for m in facility.machines] == ["laser", "fdm"]
    assert facility.machines[0].sheet_thicknesses_mm == (3.0, 6.0)
    assert facility.electricity.grid_country is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("id,name,lat,lon\nuser-a,A,north,2\n", "row 2, column 'lat': 'north' is not a number"),
        ("id,name,city\nuser-a,A,Lyon\nuser-a,B,\n", "row 3, column 'name': 'B' differs from row 2"),
        ("id,name,inventory_verified\nuser-a,A,maybe\n", "column 'inventory_verified'"),
        ("id,name,envelope_x_mm,machine_process\nuser-a,A,3,fdm\n", "give all three envelope"),
        ("id,name,colour\nuser-a,A,red\n", "unknown column(s) colour"),
        ("id,title\nuser-a,A\n", "no 'name' column"),
        ("id,name,machine_process\nuser-a,A,plasma\n", "machines[0].process: unknown process"),
    ],
)
def test_errors_name_row_and_column(text: str, expected: str) -> None:
    with pytest.raises(FabwiseError) as caught:
        csv_to_facilities(text, where="shops.csv")
    assert expected in caught.value.message
    assert "shops.csv" in caught.value.message

"""Bad input that looked harmless (issue 13, finding 6): formula injection through CSV, JSON nested
deeply enough to overflow the parser, an import that silently kept the last of two records
with one id."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from configurator.core.csv_cells import neutralise_cell, restore_cell
from configurator.core.designs import read_design
from configurator.core.export.bom import bom_csv
from configurator.core.facilities.csv_io import export_csv, facilities_to_csv, import_csv
from configurator.core.facilities.fileio import read_json
from configurator.core.facilities.store import FacilityStore
from configurator.sdk.errors import FabwiseError

from .conftest import make_facility

FORMULAS = ['=HYPERLINK("http://evil.example/x","Click")', "+1+cmd|' /C calc'!A0", "-2+3", "@SUM(1,2)"]


@pytest.mark.parametrize("name", FORMULAS)
def test_facility_csv_cells_cannot_run_as_formulas_and_round_trip(name: str, tmp_path: Path) -> None:
    facility = make_facility(name=name, description=name)
    text = facilities_to_csv([facility])
    for row in csv.DictReader(io.StringIO(text)):
        for column, cell in row.items():
            assert not cell.startswith(("=", "+", "-", "@", "\t", "\r")) or _number(cell), (column, cell)
    path = tmp_path / "out.csv"
    export_csv([facility], path)
    (back,) = import_csv(path)
    assert back.name == name and back.description == name


def _number(cell: str) -> bool:
    try:
        float(cell)
    except ValueError:
        return False
    return True


def test_plain_numbers_and_ordinary_text_are_left_alone() -> None:
    assert neutralise_cell("-12.5") == "-12.5" and neutralise_cell("Fab Lab") == "Fab Lab"
    assert restore_cell("'Fab Lab") == "'Fab Lab"  # a real leading quote is kept
    assert restore_cell(str(neutralise_cell("=1+1"))) == "=1+1"
    assert neutralise_cell("\t=1+1") == "'\t=1+1"  # spreadsheets skip the tab, then see "="


def test_bill_of_materials_names_cannot_run_as_formulas() -> None:
    part = {
        "name": '=HYPERLINK("http://x")',
        "quantity_per_product": 1,
        "quantity": 1,
        "material": "pla",
        "process": "fdm",
        "files": ["a.stl"],
    }
    text = bom_csv([part], [])
    row = next(r for r in csv.reader(io.StringIO(text)) if r[1] == "part")
    assert row[2] == '\'=HYPERLINK("http://x")'


def _deep(depth: int) -> str:
    return "[" * depth + "]" * depth


def test_deeply_nested_json_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "deep.json"
    path.write_text(_deep(100_000))
    with pytest.raises(FabwiseError, match="nested too deeply"):
        read_json(path)
    design = tmp_path / "deep.fabwise"
    design.write_text('{"format": "fabwise-design", "params": ' + _deep(100_000) + "}")
    with pytest.raises(FabwiseError, match="nested too deeply"):
        read_design(design)


def test_cli_import_of_deeply_nested_json_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from configurator.cli.main import main

    path = tmp_path / "deep.json"
    path.write_text(json.dumps({"ManufacturingFacility": []})[:-1] + ', "x": ' + _deep(50_000) + "}")
    assert main(["facilities", "import", str(path)]) == 2
    err = capsys.readouterr().err
    assert "nested too deeply" in err and "internal error" not in err


def test_an_import_with_duplicate_ids_names_them_and_imports_nothing(store: FacilityStore) -> None:
    before = store.count()
    first = make_facility("user-twin", name="First twin")
    second = make_facility("user-twin", name="Second twin")
    with pytest.raises(FabwiseError) as caught:
        store.import_facilities([first, make_facility("user-single"), second])
    assert "'user-twin'" in caught.value.message
    assert "First twin" in caught.value.message and "Second twin" in caught.value.message
    assert store.count() == before and not store.exists("user-single")

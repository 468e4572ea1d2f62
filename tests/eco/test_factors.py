"""The factor data: complete, sourced, flagged where weak, and refused when malformed."""

from __future__ import annotations

import csv
import shutil
from pathlib import Path

import pytest

from configurator.sdk.materials import load_materials
from eco_rules import FactorBook, FactorDataError

DATA = Path(__file__).resolve().parents[2] / "resources" / "data"
REQUIRED_MATERIALS = {
    "pla",
    "rpla",
    "petg",
    "rpetg",
    "abs",
    "pa12",
    "sla_resin",
    "birch_plywood",
    "mdf",
    "acrylic",
    "aluminium",
    "aluminium_recycled",
    "steel",
    "steel_recycled",
}


@pytest.fixture(scope="module")
def book() -> FactorBook:
    return FactorBook()


def test_material_catalogue_has_the_required_ids_and_columns() -> None:
    with (DATA / "materials.csv").open(newline="", encoding="utf-8") as handle:
        reader = csv.DictReader(handle)
        assert reader.fieldnames == [
            "id",
            "name",
            "family",
            "processes",
            "form",
            "density_kg_m3",
            "density_low",
            "density_high",
            "density_source",
            "density_status",
            "recycled_content",
            "bio_based",
            "recyclable",
            "color",
            "notes",
        ]
        rows = list(reader)
    assert {r["id"] for r in rows} >= REQUIRED_MATERIALS
    for row in rows:
        assert row["density_status"] in {"sourced", "PROXY", "estimate"}, row["id"]
        assert row["density_source"], row["id"]
        assert float(row["density_low"]) <= float(row["density_kg_m3"]) <= float(row["density_high"])
        assert 0.0 <= float(row["recycled_content"]) <= 1.0
        assert row["color"].startswith("#") and len(row["color"]) == 7
        assert set(row["processes"].split()) <= {"fdm", "sla", "sls", "laser", "cnc_router", "cnc_mill"}


def test_every_material_has_carbon_energy_and_end_of_life(book: FactorBook) -> None:
    for material in load_materials():
        assert (material, "carbon") in book.material, material
        assert (material, "energy") in book.material, material
        assert any((material, route) in book.eol for route in ("recycling", "incineration", "landfill"))


def test_processes_grid_and_transport_are_covered(book: FactorBook) -> None:
    for process in ("fdm", "sla", "sls", "laser", "cnc_mill", "cnc_router"):
        assert any(fid.startswith(f"process.{process}.") for fid in book.process), process
    countries = [c for c in book.grid if len(c) == 2 and c.isalpha() and c != "EU"]
    assert len(countries) >= 25
    assert "WORLD" in book.grid
    for mode in ("van", "truck", "rail", "ship", "air", "car", "bicycle"):
        assert (mode, "carbon") in book.transport and (mode, "energy") in book.transport
    assert book.transport_mode("foot") == "bicycle"


def test_every_factor_is_sourced_with_bounds_and_status(book: FactorBook) -> None:
    for factor in book.all_factors():
        assert factor.source and factor.unit and factor.status, factor.id
        assert factor.low <= factor.value <= factor.high, factor.id


def test_gaps_from_the_shared_data_stay_visibly_marked(book: FactorBook) -> None:
    # Shared REFERENCE.md marks these GAP or PROXY: they must not pass as plain 'sourced'.
    for fid in (
        "material.acrylic.carbon",
        "material.rpla.carbon",
        "material.petg.carbon",
        "material.rpetg.carbon",
        "material.pa12.carbon",
        "material.sla_resin.carbon",
    ):
        assert book.factor(fid).flagged, fid
    assert book.factor("transport.bicycle.carbon").status == "assumption"
    assert book.factor("density.sla_resin").status == "estimate"


def _copy_data(tmp_path: Path) -> Path:
    folder = tmp_path / "eco"
    shutil.copytree(DATA / "eco", folder)
    return folder


def _edit_row(path: Path, row_id: str, column: str, value: str) -> None:
    with path.open(newline="", encoding="utf-8") as handle:
        reader = csv.DictReader(handle)
        fields = reader.fieldnames
        rows = list(reader)
    for row in rows:
        if row["id"] == row_id:
            row[column] = value
    assert fields is not None
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=fields)
        writer.writeheader()
        writer.writerows(rows)


@pytest.mark.parametrize(
    ("column", "value", "message"),
    [
        ("source", "", "material_factors.csv:2: 'material.pla.carbon' has no source"),
        ("value", "lots", "material_factors.csv:2: column 'value' is not a number"),
        ("low", "0.9", "material_factors.csv:2: 'material.pla.carbon' needs low <= value <= high"),
        ("status", "GAP", "material_factors.csv:2: 'material.pla.carbon' has status 'GAP'"),
        ("subject", "unobtainium", "names material 'unobtainium', which is not in"),
    ],
)
def test_malformed_rows_are_refused_with_file_and_line(
    tmp_path: Path, column: str, value: str, message: str
) -> None:
    folder = _copy_data(tmp_path)
    _edit_row(folder / "material_factors.csv", "material.pla.carbon", column, value)
    with pytest.raises(FactorDataError) as caught:
        FactorBook(folder)
    assert message in str(caught.value)

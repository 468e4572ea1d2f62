"""Fixtures for facility tests: a small seed folder and a store in a temporary folder."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from configurator.core.facilities.gazetteer import Gazetteer, get_gazetteer
from configurator.core.facilities.model import (
    Electricity,
    Facility,
    HourlyRate,
    Location,
    Machine,
    Source,
)
from configurator.core.facilities.seed import default_seed_dir
from configurator.core.facilities.store import FacilityStore

REAL_SEED_DIR = default_seed_dir()
#: Labs kept in the small seed: Nantes (PiNG and neighbours), Lyon, Reykjavik, Akure.
MINI_SEED_IDS = 8


@pytest.fixture(scope="session")
def gazetteer() -> Gazetteer:
    return get_gazetteer(5000)


def write_mini_seed(target: Path, names: tuple[str, ...] = ("PiNG", "Fab Lab Reykjavík")) -> Path:
    """A seed folder with a handful of real labs (first few plus the named ones) and the examples."""
    target.mkdir(parents=True, exist_ok=True)
    document = json.loads((REAL_SEED_DIR / "okw_fablabs.json").read_text(encoding="utf-8"))
    name_column = document["columns"].index("name")
    kept = document["labs"][:MINI_SEED_IDS] + [row for row in document["labs"] if row[name_column] in names]
    document["labs"] = kept
    (target / "okw_fablabs.json").write_text(json.dumps(document), encoding="utf-8")
    for name in ("fablab_typical_inventory.json", "example_workshops.json"):
        shutil.copy(REAL_SEED_DIR / name, target / name)
    return target


@pytest.fixture
def mini_seed(tmp_path: Path) -> Path:
    return write_mini_seed(tmp_path / "seed")


@pytest.fixture
def store(tmp_path: Path, mini_seed: Path) -> Iterator[FacilityStore]:
    with FacilityStore(tmp_path / "data" / "fabwise.db", seed_dir=mini_seed) as opened:
        yield opened


def make_facility(
    facility_id: str = "user-test-shop",
    machines: tuple[Machine, ...] = (),
    lat: float | None = 45.75,
    lon: float | None = 4.85,
    **changes: object,
) -> Facility:
    """A valid user facility in Lyon; keyword arguments replace fields."""
    base = Facility(
        id=facility_id,
        name="Test Shop",
        kind="user",
        location=Location(
            country="FR",
            city="Lyon",
            lat=lat,
            lon=lon,
            precision="exact" if lat is not None else "none",
        ),
        machines=machines,
        electricity=Electricity(grid_country="FR"),
        url="https://example.org/shop",
        hourly_rate=HourlyRate("EUR", 30.0),
        accepted_formats=("dxf", "stl"),
        inventory_verified=True,
        source=Source(name="test"),
    )
    from dataclasses import replace

    return replace(base, **changes)  # type: ignore[arg-type]


LASER = Machine(
    process="laser",
    name="Laser 600x400",
    envelope_mm=(600.0, 400.0, 6.0),
    materials=("birch_plywood", "acrylic"),
    power_w=900.0,
    sheet_thicknesses_mm=(3.0, 4.0),
)
PRINTER = Machine(
    process="fdm",
    name="Printer",
    envelope_mm=(250.0, 210.0, 200.0),
    materials=("pla", "petg"),
    power_w=240.0,
)

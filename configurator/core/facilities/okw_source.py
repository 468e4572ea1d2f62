"""The Internet of Production Alliance's Open Know-Where facility list (the data behind
https://map.internetofproduction.org), e.g. ``preliminary_iop_okw_fac_source_01.json``.

Each entry has ``facility`` (name, url, description, facility_id), ``region`` (country alpha-2,
state_region, city_town), ``address`` (extended, zip_code) and ``geocoding`` (latitude,
longitude) or null. The data is CC BY 4.0 (iop-alliance/okw_data_management README); most
entries were collected from fablabs.io.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from configurator.core.facilities.gazetteer import normalize_name
from configurator.sdk.errors import FabwiseError

OKW_SOURCE_NAME = "Open Know-Where map data, Internet of Production Alliance"
OKW_SOURCE_URL = "https://github.com/iop-alliance/okw_data_management"
OKW_LICENCE = "CC BY 4.0"

#: Values people typed into the region field that mean "no region".
_PLACEHOLDER_REGIONS = {"choose your state or province below", "", "-", "--", "n a", "none"}


@dataclass(frozen=True)
class OkwLabRecord:
    """One facility of the IoP list, cleaned of placeholders and stray whitespace."""

    source_id: str
    name: str
    url: str
    description: str
    country: str
    region: str
    city: str
    address: str
    lat: float | None
    lon: float | None


def is_iop_facility_list(data: object) -> bool:
    """Whether ``data`` looks like the IoP list (a list of objects with a ``facility`` key)."""
    return (
        isinstance(data, list)
        and bool(data)
        and all(isinstance(item, Mapping) and "facility" in item for item in data[:5])
    )


def _text(mapping: object, key: str) -> str:
    if not isinstance(mapping, Mapping):
        return ""
    value = mapping.get(key)
    return " ".join(value.split()) if isinstance(value, str) else ""


def _coordinate(mapping: object, key: str) -> float | None:
    if not isinstance(mapping, Mapping):
        return None
    value = mapping.get(key)
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return float(value)


def parse_iop_facility_list(data: object, where: str = "OKW file") -> list[OkwLabRecord]:
    """Records of the IoP facility list; raises FabwiseError naming the entry on bad input."""
    if not isinstance(data, list):
        raise FabwiseError(f"{where}: expected a list of facilities, got {type(data).__name__}")
    records = []
    for index, item in enumerate(data):
        if not isinstance(item, Mapping) or not isinstance(item.get("facility"), Mapping):
            raise FabwiseError(f"{where}: entry {index}: facility: expected an object")
        facility: Mapping[str, Any] = item["facility"]
        name = _text(facility, "name")
        if not name:
            raise FabwiseError(f"{where}: entry {index}: facility.name: empty")
        region = item.get("region")
        region_name = _text(region, "state_region")
        if normalize_name(region_name) in _PLACEHOLDER_REGIONS:
            region_name = ""
        address = item.get("address")
        address_text = ", ".join(
            part for part in (_text(address, "extended"), _text(address, "zip_code")) if part
        )
        geocoding = item.get("geocoding")
        records.append(
            OkwLabRecord(
                source_id=_text(facility, "facility_id") or f"entry-{index}",
                name=name,
                url=_text(facility, "url"),
                description=_text(facility, "description"),
                country=_text(region, "country").upper(),
                region=region_name,
                city=_text(region, "city_town"),
                address=address_text,
                lat=_coordinate(geocoding, "latitude"),
                lon=_coordinate(geocoding, "longitude"),
            )
        )
    return records


def okw_lab_ids(records: list[OkwLabRecord]) -> list[str]:
    """Short stable ids ``okw-<8 hex>`` hashed from each record's source id.

    Only ids that clash are lengthened, so a new record never renames an existing one.
    """
    digests = [hashlib.sha256(r.source_id.encode()).hexdigest() for r in records]
    if len(set(digests)) != len(digests):
        raise FabwiseError("duplicate facility_id values in the OKW list")
    lengths = [8] * len(digests)
    while True:
        ids = [f"okw-{digest[:n]}" for digest, n in zip(digests, lengths, strict=True)]
        seen: dict[str, list[int]] = {}
        for index, identifier in enumerate(ids):
            seen.setdefault(identifier, []).append(index)
        clashes = [i for group in seen.values() if len(group) > 1 for i in group]
        if not clashes:
            return ids
        for index in clashes:
            lengths[index] += 4

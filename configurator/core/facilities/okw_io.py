"""Import and export facilities as Open Know-Where (OKW v1) JSON.

The OKW v1 schema (``resources/data/facilities/okw_v1_schema.json``, IoP Alliance, CC BY-SA 4.0)
defines record types but no document; Fabwise writes one object with a list per record type::

    {"okw_version": "v1", "DatabaseSourceMetadata": [...], "Address": [...], "Contact": [...],
     "DistributedResource": [...], "ManufacturingFacility": [...], "ManufacturingEquipment": [...]}

and validates every record against its definition. OKW has no fields for work envelopes,
materials, power, electricity or rates, so Fabwise adds them under ``x_fabwise`` in
ManufacturingFacility and ManufacturingEquipment records (extra properties are allowed by the
schema); other OKW tools ignore them, and Fabwise round-trips losslessly. Files without
``x_fabwise`` are imported from the OKW fields alone (machines without envelopes). The IoP
facility list format (the OKW map data) is imported too.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import replace
from datetime import UTC, datetime
from functools import lru_cache
from pathlib import Path
from typing import Any

from configurator.core.facilities.codec import (
    InvalidFacility,
    check_facility,
    facility_from_dict,
    facility_to_dict,
    machine_to_dict,
)
from configurator.core.facilities.fileio import read_json, write_text_atomically
from configurator.core.facilities.gazetteer import normalize_name
from configurator.core.facilities.geocode import locate_record, parse_country
from configurator.core.facilities.model import (
    PROCESSES,
    Electricity,
    Facility,
    Location,
    Machine,
    Source,
)
from configurator.core.facilities.okw_source import (
    OKW_LICENCE,
    OKW_SOURCE_NAME,
    OKW_SOURCE_URL,
    is_iop_facility_list,
    parse_iop_facility_list,
)
from configurator.sdk.errors import FabwiseError

EXTENSION = "x_fabwise"
TABLES = (
    "DatabaseSourceMetadata",
    "Address",
    "Contact",
    "DistributedResource",
    "ManufacturingFacility",
    "ManufacturingEquipment",
)
#: Equipment "type" words -> process id, for OKW files without the Fabwise extension.
_PROCESS_WORDS: tuple[tuple[str, str], ...] = (
    ("laser", "laser"),
    ("router", "cnc_router"),
    ("shopbot", "cnc_router"),
    ("mill", "cnc_mill"),
    ("sla", "sla"),
    ("resin", "sla"),
    ("stereolithograph", "sla"),
    ("sls", "sls"),
    ("sinter", "sls"),
    ("fdm", "fdm"),
    ("fff", "fdm"),
    ("3d print", "fdm"),
)

IdFor = Callable[[Mapping[str, str]], str]


def okw_schema_path() -> Path:
    from configurator.sdk.resources import data_path

    return data_path("facilities", "okw_v1_schema.json")


@lru_cache(maxsize=1)
def _validator() -> Any:
    from jsonschema import Draft7Validator

    schema = json.loads(okw_schema_path().read_text(encoding="utf-8"))
    definitions = schema["definitions"]
    document_schema = {
        "$schema": "http://json-schema.org/draft-07/schema#",
        "type": "object",
        "properties": {
            name: {"type": "array", "items": {"$ref": f"#/definitions/{name}"}} for name in definitions
        },
        "definitions": definitions,
    }
    Draft7Validator.check_schema(document_schema)
    return Draft7Validator(document_schema)


def _error_path(document: Mapping[str, Any], path: Sequence[Any]) -> str:
    if len(path) >= 2 and isinstance(path[1], int):
        table, index = path[0], path[1]
        label = f"{table}[{index}]"
        records = document.get(table)
        if isinstance(records, list) and index < len(records):
            record = records[index]
            name = record.get("name") if isinstance(record, Mapping) else None
            if isinstance(name, str) and name:
                label += f" ('{name}')"
        rest = "".join(f".{part}" if isinstance(part, str) else f"[{part}]" for part in path[2:])
        return label + rest
    return ".".join(str(part) for part in path) or "document"


def validate_okw_document(document: object, where: str = "OKW document") -> dict[str, Any]:
    """Check ``document`` against the OKW v1 schema; errors name the record and the field."""
    if not isinstance(document, dict):
        raise FabwiseError(f"{where}: expected a JSON object with OKW record lists")
    if not any(table in document for table in TABLES):
        raise FabwiseError(
            f"{where}: no OKW records found",
            hint=f"expected lists named {', '.join(TABLES)}",
        )
    errors = sorted(_validator().iter_errors(document), key=lambda e: list(e.absolute_path))
    if errors:
        listed = "; ".join(f"{_error_path(document, list(e.absolute_path))}: {e.message}" for e in errors[:5])
        more = f" (and {len(errors) - 5} more)" if len(errors) > 5 else ""
        raise FabwiseError(f"{where}: not valid OKW v1: {listed}{more}")
    return document


# -- export ----------------------------------------------------------------------------------


def _licence_summary(facilities: Sequence[Facility]) -> str:
    licences = sorted(
        {f"{f.source.licence} ({f.source.name})" for f in facilities if f.source and f.source.licence}
    )
    if any(not (f.source and f.source.licence) for f in facilities):
        licences.append("records without a stated licence: as set by their authors")
    return "; ".join(licences)


def _equipment_description(machine: Machine) -> str:
    parts = [PROCESSES.get(machine.process, machine.process)]
    if machine.envelope_mm:
        parts.append("envelope " + "×".join(f"{v:g}" for v in machine.envelope_mm) + " mm")
    if machine.materials:
        parts.append("materials: " + ", ".join(machine.materials))
    return "; ".join(parts)


def facilities_to_okw(
    facilities: Iterable[Facility],
    *,
    publisher: str = "Fabwise",
    source_name: str = "Fabwise facility export",
    licence: str | None = None,
) -> dict[str, Any]:
    """An OKW v1 document (valid against the schema) holding ``facilities``."""
    facilities = list(facilities)
    document: dict[str, Any] = {"okw_version": "v1"}
    document["DatabaseSourceMetadata"] = [
        {
            "source_id": 1,
            "name": source_name,
            "description": "Facilities exported by Fabwise; Fabwise-specific data (machines' "
            "materials and envelopes, sheet stock, rates, accepted formats, electricity) under "
            "x_fabwise",
            "source_type": "JSON",
            "license": licence if licence is not None else _licence_summary(facilities),
            "version": "okw_v1",
            "creation_date": datetime.now(UTC).isoformat(timespec="seconds"),
            "publisher": publisher,
        }
    ]
    addresses: list[dict[str, Any]] = []
    contacts: list[dict[str, Any]] = []
    resources: list[dict[str, Any]] = []
    records: list[dict[str, Any]] = []
    equipment: list[dict[str, Any]] = []
    for number, facility in enumerate(facilities, start=1):
        location = facility.location
        address = {
            "address_id": number,
            "street": location.address,
            "locality": location.city,
            "region": location.region,
            "country": location.country,
        }
        if location.lat is not None and location.lon is not None:
            address |= {"latitude": location.lat, "longitude": location.lon}
        addresses.append({k: v for k, v in address.items() if v not in ("", None)})
        resource: dict[str, Any] = {
            "resource_id": number,
            "address_id": number,
            "verification": facility.inventory_verified,
            "source_id": 1,
        }
        if facility.url:
            contacts.append({"contact_id": number, "website": facility.url})
            resource["contact_id"] = number
        resources.append(resource)
        extension = facility_to_dict(facility)
        extension.pop("machines", None)
        records.append(
            {
                "facility_id": number,
                "resource_id": number,
                "name": facility.name,
                "description": facility.description,
                "type": "fab lab" if facility.kind == "fablab_okw" else "workshop",
                "capabilities": ", ".join(PROCESSES[p] for p in facility.processes),
                "source_id": 1,
                EXTENSION: extension,
            }
        )
        for machine in facility.machines:
            equipment.append(
                {
                    "equipment_id": len(equipment) + 1,
                    "resource_id": number,
                    "model": machine.name,
                    "type": machine.process,
                    "description": _equipment_description(machine),
                    "source_id": 1,
                    EXTENSION: machine_to_dict(machine),
                }
            )
    document |= {
        "Address": addresses,
        "Contact": contacts,
        "DistributedResource": resources,
        "ManufacturingFacility": records,
        "ManufacturingEquipment": equipment,
    }
    return validate_okw_document(document, "export")


def export_okw(facilities: Iterable[Facility], path: Path) -> int:
    """Write ``facilities`` to ``path`` as OKW v1 JSON (atomically); returns how many."""
    document = facilities_to_okw(facilities)
    write_text_atomically(path, json.dumps(document, ensure_ascii=False, indent=1) + "\n")
    return len(document["ManufacturingFacility"])


# -- import ----------------------------------------------------------------------------------


def default_id_for(fields: Mapping[str, str]) -> str:
    """A stable id for an imported record without one: ``user-<slug>-<hash>``."""
    key = "|".join(fields.get(k, "") for k in ("name", "country", "city"))
    digest = hashlib.sha256(key.encode()).hexdigest()[:6]
    slug = re.sub(r"[^a-z0-9]+", "-", normalize_name(fields.get("name", ""))).strip("-")[:40]
    return f"user-{slug}-{digest}" if slug else f"user-{digest}"


def _by_id(document: Mapping[str, Any], table: str, key: str) -> dict[Any, Mapping[str, Any]]:
    found: dict[Any, Mapping[str, Any]] = {}
    for index, record in enumerate(document.get(table) or []):
        identifier = record.get(key)
        if identifier is None:
            continue
        if identifier in found:
            raise FabwiseError(f"{table}[{index}].{key}: {identifier} is used twice")
        found[identifier] = record
    return found


def _process_of(equipment_type: str) -> str | None:
    text = equipment_type.strip().lower()
    if text in PROCESSES:
        return text
    return next((process for word, process in _PROCESS_WORDS if word in text), None)


def _plain_machine(record: Mapping[str, Any]) -> Machine | None:
    process = _process_of(str(record.get("type") or ""))
    if process is None:
        return None
    name = " ".join(str(record.get(k) or "") for k in ("brand", "model")).strip()
    return Machine(
        process=process,
        name=name or str(record.get("type")),
        notes=str(record.get("description") or "imported from OKW; envelope and materials unknown"),
    )


def _located(address: Mapping[str, Any], where: str, known: Location | None = None) -> Location:
    """Location from an OKW Address; ``known`` (from x_fabwise) keeps its precision and note
    when the address still describes the same point, and spares geocoding."""
    raw_country = str(address.get("country") or "")
    country = parse_country(raw_country) if raw_country else ""
    if country is None:
        raise InvalidFacility(f"{where}: Address.country: unknown country '{raw_country}'")
    fields = {
        "country": country,
        "region": str(address.get("region") or ""),
        "city": str(address.get("locality") or ""),
        "address": " ".join(str(address.get(k) or "") for k in ("street", "number")).strip(),
    }
    lat, lon = address.get("latitude"), address.get("longitude")
    if known is not None:
        same_point = lat is not None and (lat, lon) == (known.lat, known.lon)
        same_place = lat is None and (known.country, known.city) == (country, fields["city"])
        if same_point or same_place:
            return Location(
                **fields, lat=known.lat, lon=known.lon, precision=known.precision, note=known.note
            )
    if lat is not None and lon is not None:
        return Location(
            **fields,
            lat=float(lat),
            lon=float(lon),
            precision="exact",
            note="coordinates from the imported OKW record",
        )
    from configurator.core.facilities.gazetteer import get_gazetteer

    placed = locate_record(country, fields["region"], fields["city"], get_gazetteer(5000))
    return Location(**fields, lat=placed.lat, lon=placed.lon, precision=placed.precision, note=placed.note)


def okw_to_facilities(
    document: object, where: str = "OKW document", id_for: IdFor = default_id_for
) -> list[Facility]:
    """Facilities from an OKW v1 document (validated first)."""
    valid = validate_okw_document(document, where)
    resources = _by_id(valid, "DistributedResource", "resource_id")
    addresses = _by_id(valid, "Address", "address_id")
    contacts = _by_id(valid, "Contact", "contact_id")
    sources = _by_id(valid, "DatabaseSourceMetadata", "source_id")
    machines_of: dict[int, list[Machine]] = {}
    others_of: dict[int, list[str]] = {}
    for index, record in enumerate(valid.get("ManufacturingEquipment") or []):
        label = f"{where}: ManufacturingEquipment[{index}]"
        resource_id = record.get("resource_id")
        extension = record.get(EXTENSION)
        if extension is not None:
            holder = facility_from_dict({"id": "x", "name": "x", "machines": [extension]}, where=label)
            machines_of.setdefault(resource_id, []).append(holder.machines[0])
        elif (machine := _plain_machine(record)) is not None:
            machines_of.setdefault(resource_id, []).append(machine)
        else:
            text = " ".join(" ".join(str(record.get(k) or "") for k in ("type", "brand", "model")).split())
            if text:
                others_of.setdefault(resource_id, []).append(text)
    facilities = []
    for index, record in enumerate(valid.get("ManufacturingFacility") or []):
        name = str(record.get("name") or "").strip()
        label = f"{where}: ManufacturingFacility[{index}]" + (f" ('{name}')" if name else "")
        resource_id = record.get("resource_id")
        resource = resources.get(resource_id, {}) if resource_id is not None else {}
        if resource_id is not None and not resource:
            raise InvalidFacility(f"{label}.resource_id: {resource_id} matches no DistributedResource")
        address_id = resource.get("address_id")
        address = addresses.get(address_id, {})
        if address_id is not None and not address:
            raise InvalidFacility(
                f"{label}: DistributedResource {resource_id}.address_id: {address_id} matches no Address"
            )
        url = str(contacts.get(resource.get("contact_id"), {}).get("website") or "")
        base: dict[str, Any] = dict(record.get(EXTENSION) or {})
        known = facility_from_dict(base, where=label).location if base else None
        location = _located(address, label, known) if address else (known or Location())
        if not base:
            source = sources.get(record.get("source_id") or resource.get("source_id"), {})
            base = {
                "id": id_for({"name": name, "country": location.country, "city": location.city}),
                "kind": "user",
                "inventory_verified": bool(resource.get("verification", False)),
                "electricity": {"grid_country": location.country} if location.country else {},
                "other_equipment": others_of.get(resource_id, []),
                "source": {
                    "name": str(source.get("name") or "imported OKW file"),
                    "url": str(source.get("source_url") or ""),
                    "licence": str(source.get("license") or ""),
                },
            }
        base["name"] = name or base.get("name", "")
        base["description"] = str(record.get("description") or base.get("description") or "")
        base["url"] = url or base.get("url", "")
        base["machines"] = []
        facility = replace(
            facility_from_dict(base, where=label),
            location=location,
            machines=tuple(machines_of.get(resource_id, [])),
        )
        facilities.append(check_facility(facility, where=label))
    return facilities


def iop_list_to_facilities(
    data: object, where: str = "OKW facility list", id_for: IdFor = default_id_for
) -> list[Facility]:
    """Facilities from the IoP OKW map list; placed offline, no machines (none are listed)."""
    from configurator.core.facilities.gazetteer import get_gazetteer

    gazetteer = get_gazetteer(5000)
    facilities = []
    for record in parse_iop_facility_list(data, where):
        placed = locate_record(record.country, record.region, record.city, gazetteer, record.lat, record.lon)
        facility = Facility(
            id=id_for({"name": record.name, "country": record.country, "city": record.city}),
            name=record.name,
            kind="user",
            url=record.url,
            description=record.description,
            location=Location(
                country=record.country,
                region=record.region,
                city=record.city,
                address=record.address,
                lat=placed.lat,
                lon=placed.lon,
                precision=placed.precision,
                note=placed.note,
            ),
            electricity=Electricity(grid_country=record.country or None),
            source=Source(
                name=OKW_SOURCE_NAME,
                url=OKW_SOURCE_URL,
                licence=OKW_LICENCE,
                note=f"record {record.source_id}; machines not listed in the source",
            ),
        )
        facilities.append(check_facility(facility, where=f"{where}: '{record.name}'"))
    return facilities


def import_okw(path: Path, id_for: IdFor = default_id_for) -> list[Facility]:
    """Facilities from an OKW v1 document or an IoP OKW facility list file."""
    data = read_json(path)
    if is_iop_facility_list(data):
        return iop_list_to_facilities(data, where=str(path), id_for=id_for)
    return okw_to_facilities(data, where=str(path), id_for=id_for)

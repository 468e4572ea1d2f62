"""Facilities to and from plain JSON-able dicts (the store's rows, seed files, ``--json`` output).

``facility_from_dict`` reads untrusted input: every type error names the record and the field
(``record 'fablab-x': machines[2].envelope_mm: expected 3 numbers``).
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from functools import lru_cache
from typing import Any

from configurator.core.facilities.model import (
    FACILITY_KINDS,
    PRECISIONS,
    Electricity,
    Facility,
    FacilityKind,
    HourlyRate,
    Location,
    Machine,
    MaterialPrice,
    Precision,
    Pricing,
    Source,
    facility_problems,
)
from configurator.sdk.errors import FabwiseError


class InvalidFacility(FabwiseError):
    """A facility record is malformed; the message names the record and the field."""


def _fail(where: str, field: str, problem: str) -> InvalidFacility:
    return InvalidFacility(f"{where}: {field}: {problem}")


def _mapping(value: object, where: str, field: str) -> Mapping[str, Any]:
    if not isinstance(value, Mapping):
        raise _fail(where, field, f"expected an object, got {type(value).__name__}")
    return value


def _text(data: Mapping[str, Any], key: str, where: str, prefix: str = "") -> str:
    value = data.get(key, "")
    if value is None:
        return ""
    if not isinstance(value, str):
        raise _fail(where, prefix + key, f"expected text, got {type(value).__name__}")
    return value.strip()


def _number(value: object, where: str, field: str) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise _fail(where, field, f"expected a number, got {value!r}")
    if not math.isfinite(value):
        raise _fail(where, field, f"expected a finite number, got {value!r}")
    return float(value)


def _optional_number(data: Mapping[str, Any], key: str, where: str, prefix: str = "") -> float | None:
    value = data.get(key)
    return None if value is None else _number(value, where, prefix + key)


def _numbers(value: object, where: str, field: str) -> tuple[float, ...]:
    if not isinstance(value, list | tuple):
        raise _fail(where, field, f"expected a list of numbers, got {value!r}")
    return tuple(_number(item, where, f"{field}[{i}]") for i, item in enumerate(value))


def _texts(data: Mapping[str, Any], key: str, where: str, prefix: str = "") -> tuple[str, ...]:
    value = data.get(key, [])
    if value is None:
        return ()
    if not isinstance(value, list | tuple) or not all(isinstance(v, str) for v in value):
        raise _fail(where, prefix + key, f"expected a list of text, got {value!r}")
    return tuple(v.strip() for v in value if v.strip())


def _location(data: Mapping[str, Any], where: str) -> Location:
    precision = _text(data, "precision", where, "location.") or "none"
    if precision not in PRECISIONS:
        raise _fail(where, "location.precision", f"'{precision}' is not one of {PRECISIONS}")
    lat = _optional_number(data, "lat", where, "location.")
    lon = _optional_number(data, "lon", where, "location.")
    precision_value: Precision = precision
    return Location(
        country=_text(data, "country", where, "location.").upper(),
        region=_text(data, "region", where, "location."),
        city=_text(data, "city", where, "location."),
        address=_text(data, "address", where, "location."),
        lat=lat,
        lon=lon,
        precision=precision_value,
        note=_text(data, "note", where, "location."),
    )


def _machine(data: Mapping[str, Any], where: str, index: int) -> Machine:
    prefix = f"machines[{index}]."
    envelope_raw = data.get("envelope_mm")
    envelope = None
    if envelope_raw is not None:
        values = _numbers(envelope_raw, where, prefix + "envelope_mm")
        if len(values) != 3:
            raise _fail(where, prefix + "envelope_mm", f"expected 3 numbers, got {len(values)}")
        envelope = (values[0], values[1], values[2])
    thicknesses = data.get("sheet_thicknesses_mm") or []
    return Machine(
        process=_text(data, "process", where, prefix),
        name=_text(data, "name", where, prefix),
        envelope_mm=envelope,
        materials=_texts(data, "materials", where, prefix),
        power_w=_optional_number(data, "power_w", where, prefix),
        sheet_thicknesses_mm=_numbers(thicknesses, where, prefix + "sheet_thicknesses_mm"),
        notes=_text(data, "notes", where, prefix),
        profile=_text(data, "profile", where, prefix),
    )


def _pricing(data: Mapping[str, Any], where: str) -> Pricing:
    rates_raw = _mapping(data.get("machine_rates") or {}, where, "pricing.machine_rates")
    rates = tuple((str(k), _number(v, where, f"pricing.machine_rates.{k}")) for k, v in rates_raw.items())
    materials_raw = data.get("materials") or []
    if not isinstance(materials_raw, list | tuple):
        raise _fail(where, "pricing.materials", "expected a list")
    materials = []
    for index, raw in enumerate(materials_raw):
        prefix = f"pricing.materials[{index}]."
        item = _mapping(raw, where, prefix.rstrip("."))
        sheet = item.get("sheet_mm")
        sheet_mm = None
        if sheet is not None:
            values = _numbers(sheet, where, prefix + "sheet_mm")
            if len(values) != 2:
                raise _fail(where, prefix + "sheet_mm", f"expected 2 numbers, got {len(values)}")
            sheet_mm = (values[0], values[1])
        materials.append(
            MaterialPrice(
                material=_text(item, "material", where, prefix),
                per_kg=_optional_number(item, "per_kg", where, prefix),
                per_sheet=_optional_number(item, "per_sheet", where, prefix),
                sheet_mm=sheet_mm,
                thickness_mm=_optional_number(item, "thickness_mm", where, prefix),
            )
        )
    lead = data.get("lead_time_days")
    lead_days = None
    if lead is not None:
        values = _numbers(lead, where, "pricing.lead_time_days")
        if len(values) != 2 or not all(float(v).is_integer() for v in values):
            raise _fail(where, "pricing.lead_time_days", "expected two whole numbers [fastest, usual]")
        lead_days = (int(values[0]), int(values[1]))
    return Pricing(
        currency=_text(data, "currency", where, "pricing.").upper(),
        machine_rates=rates,
        setup_fee=_optional_number(data, "setup_fee", where, "pricing."),
        materials=tuple(materials),
        lead_time_days=lead_days,
        note=_text(data, "note", where, "pricing."),
    )


def pricing_to_dict(pricing: Pricing) -> dict[str, Any]:
    return _drop_empty(
        {
            "currency": pricing.currency,
            "machine_rates": dict(pricing.machine_rates),
            "setup_fee": pricing.setup_fee,
            "materials": [
                _drop_empty(
                    {
                        "material": m.material,
                        "per_kg": m.per_kg,
                        "per_sheet": m.per_sheet,
                        "sheet_mm": list(m.sheet_mm) if m.sheet_mm else None,
                        "thickness_mm": m.thickness_mm,
                    }
                )
                for m in pricing.materials
            ],
            "lead_time_days": list(pricing.lead_time_days) if pricing.lead_time_days else None,
            "note": pricing.note,
        }
    )


def _electricity(data: Mapping[str, Any], where: str) -> Electricity:
    grid = _text(data, "grid_country", where, "electricity.").upper() or None
    return Electricity(
        grid_country=grid,
        own_g_co2e_per_kwh=_optional_number(data, "own_g_co2e_per_kwh", where, "electricity."),
        note=_text(data, "note", where, "electricity."),
    )


def facility_from_dict(data: object, where: str = "record") -> Facility:
    """Build a Facility from a dict shaped like :func:`facility_to_dict`'s output.

    Raises InvalidFacility naming ``where`` and the field for wrong types; call
    :func:`check_facility` afterwards for value checks.
    """
    record = _mapping(data, where, "facility")
    identifier = _text(record, "id", where)
    if identifier:
        where = f"{where} '{identifier}'"
    kind = _text(record, "kind", where) or "user"
    if kind not in FACILITY_KINDS:
        raise _fail(where, "kind", f"'{kind}' is not one of {', '.join(FACILITY_KINDS)}")
    kind_value: FacilityKind = kind
    machines_raw = record.get("machines") or []
    if not isinstance(machines_raw, list | tuple):
        raise _fail(where, "machines", "expected a list")
    rate_raw = record.get("hourly_rate")
    rate = None
    if rate_raw is not None:
        rate_map = _mapping(rate_raw, where, "hourly_rate")
        rate = HourlyRate(
            currency=_text(rate_map, "currency", where, "hourly_rate.").upper(),
            amount=_number(rate_map.get("amount"), where, "hourly_rate.amount"),
        )
    source_raw = record.get("source")
    source = None
    if source_raw is not None:
        source_map = _mapping(source_raw, where, "source")
        source = Source(
            name=_text(source_map, "name", where, "source."),
            url=_text(source_map, "url", where, "source."),
            licence=_text(source_map, "licence", where, "source."),
            note=_text(source_map, "note", where, "source."),
        )
    pricing_raw = record.get("pricing")
    pricing = _pricing(_mapping(pricing_raw, where, "pricing"), where) if pricing_raw is not None else None
    verified = record.get("inventory_verified", False)
    if not isinstance(verified, bool):
        raise _fail(where, "inventory_verified", f"expected true or false, got {verified!r}")
    return Facility(
        id=identifier,
        name=_text(record, "name", where),
        kind=kind_value,
        location=_location(_mapping(record.get("location", {}), where, "location"), where),
        machines=tuple(
            _machine(_mapping(m, where, f"machines[{i}]"), where, i) for i, m in enumerate(machines_raw)
        ),
        electricity=_electricity(_mapping(record.get("electricity") or {}, where, "electricity"), where),
        url=_text(record, "url", where),
        description=_text(record, "description", where),
        hourly_rate=rate,
        accepted_formats=tuple(f.lower().lstrip(".") for f in _texts(record, "accepted_formats", where)),
        other_equipment=_texts(record, "other_equipment", where),
        inventory_verified=verified,
        source=source,
        pricing=pricing,
    )


def _drop_empty(data: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in data.items() if value not in (None, "", (), [])}


def machine_to_dict(machine: Machine) -> dict[str, Any]:
    return _drop_empty(
        {
            "process": machine.process,
            "name": machine.name,
            "envelope_mm": list(machine.envelope_mm) if machine.envelope_mm else None,
            "materials": list(machine.materials),
            "power_w": machine.power_w,
            "sheet_thicknesses_mm": list(machine.sheet_thicknesses_mm),
            "notes": machine.notes,
            "profile": machine.profile,
        }
    )


def facility_to_dict(facility: Facility) -> dict[str, Any]:
    """A JSON-able dict; empty fields are left out. Inverse of :func:`facility_from_dict`."""
    location = facility.location
    electricity = facility.electricity
    rate = facility.hourly_rate
    source = facility.source
    return _drop_empty(
        {
            "id": facility.id,
            "name": facility.name,
            "kind": facility.kind,
            "url": facility.url,
            "description": facility.description,
            "location": _drop_empty(
                {
                    "country": location.country,
                    "region": location.region,
                    "city": location.city,
                    "address": location.address,
                    "lat": location.lat,
                    "lon": location.lon,
                    "precision": location.precision,
                    "note": location.note,
                }
            ),
            "machines": [machine_to_dict(machine) for machine in facility.machines],
            "electricity": _drop_empty(
                {
                    "grid_country": electricity.grid_country,
                    "own_g_co2e_per_kwh": electricity.own_g_co2e_per_kwh,
                    "note": electricity.note,
                }
            ),
            "hourly_rate": {"currency": rate.currency, "amount": rate.amount} if rate else None,
            "accepted_formats": list(facility.accepted_formats),
            "other_equipment": list(facility.other_equipment),
            "inventory_verified": facility.inventory_verified,
            "source": _drop_empty(
                {"name": source.name, "url": source.url, "licence": source.licence, "note": source.note}
            )
            if source
            else None,
            "pricing": pricing_to_dict(facility.pricing) if facility.pricing else None,
        }
    ) | {"inventory_verified": facility.inventory_verified}


@lru_cache(maxsize=1)
def known_material_ids() -> frozenset[str]:
    """Material ids from the catalogue (``resources/data/materials.csv``)."""
    from configurator.sdk.materials import load_materials

    return frozenset(load_materials())


def check_facility(facility: Facility, where: str = "facility") -> Facility:
    """Return ``facility`` if valid, else raise InvalidFacility listing every problem."""
    from configurator.core.facilities.geocode import known_country_codes

    problems = facility_problems(facility, known_material_ids(), known_country_codes())
    if problems:
        label = f"{where} '{facility.id}'" if facility.id and facility.id not in where else where
        raise InvalidFacility(
            f"{label}: " + "; ".join(problems),
            hint="fix the named field(s) and try again",
        )
    return facility

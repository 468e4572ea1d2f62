"""Import and export facilities as CSV, one row per machine (spreadsheet friendly).

A facility with three machines takes three rows sharing its ``id``; facility columns may be left
blank on the second and later rows (if filled, they must agree with the first). A facility
without machines takes one row with the machine columns blank. Lists inside a cell are separated
by spaces (formats, materials, thicknesses) or by ``;`` (other equipment). ``pricing`` holds the
facility's prices as one JSON object (the OKW ``x_fabwise.pricing`` shape). Errors name the row
and the column.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Iterable, Mapping
from dataclasses import replace
from pathlib import Path
from typing import Any

from configurator.core.csv_cells import neutralise_cell, restore_cell
from configurator.core.facilities.codec import (
    InvalidFacility,
    check_facility,
    facility_from_dict,
    pricing_to_dict,
)
from configurator.core.facilities.fileio import write_text_atomically
from configurator.core.facilities.model import Facility, Machine
from configurator.core.facilities.okw_io import default_id_for
from configurator.sdk.errors import FabwiseError

FACILITY_COLUMNS = (
    "id",
    "name",
    "kind",
    "url",
    "description",
    "country",
    "region",
    "city",
    "address",
    "lat",
    "lon",
    "precision",
    "location_note",
    "grid_country",
    "own_g_co2e_per_kwh",
    "electricity_note",
    "rate_currency",
    "rate_per_hour",
    "accepted_formats",
    "other_equipment",
    "inventory_verified",
    "source_name",
    "source_url",
    "source_licence",
    "source_note",
    "pricing",
)
MACHINE_COLUMNS = (
    "machine_process",
    "machine_name",
    "envelope_x_mm",
    "envelope_y_mm",
    "envelope_z_mm",
    "machine_materials",
    "machine_power_w",
    "sheet_thicknesses_mm",
    "machine_notes",
    "machine_profile",
)
COLUMNS = FACILITY_COLUMNS + MACHINE_COLUMNS


def _num(value: float | None) -> str:
    if value is None:
        return ""
    return str(int(value)) if float(value).is_integer() else repr(float(value))


def _facility_cells(facility: Facility) -> dict[str, str]:
    location, electricity = facility.location, facility.electricity
    rate, source = facility.hourly_rate, facility.source
    return {
        "id": facility.id,
        "name": facility.name,
        "kind": facility.kind,
        "url": facility.url,
        "description": facility.description,
        "country": location.country,
        "region": location.region,
        "city": location.city,
        "address": location.address,
        "lat": _num(location.lat),
        "lon": _num(location.lon),
        "precision": location.precision,
        "location_note": location.note,
        "grid_country": electricity.grid_country or "",
        "own_g_co2e_per_kwh": _num(electricity.own_g_co2e_per_kwh),
        "electricity_note": electricity.note,
        "rate_currency": rate.currency if rate else "",
        "rate_per_hour": _num(rate.amount) if rate else "",
        "accepted_formats": " ".join(facility.accepted_formats),
        "other_equipment": "; ".join(facility.other_equipment),
        "inventory_verified": "yes" if facility.inventory_verified else "no",
        "source_name": source.name if source else "",
        "source_url": source.url if source else "",
        "source_licence": source.licence if source else "",
        "source_note": source.note if source else "",
        "pricing": json.dumps(pricing_to_dict(facility.pricing), ensure_ascii=False, separators=(",", ":"))
        if facility.pricing
        else "",
    }


def _machine_cells(machine: Machine | None) -> dict[str, str]:
    if machine is None:
        return dict.fromkeys(MACHINE_COLUMNS, "")
    envelope = machine.envelope_mm or (None, None, None)
    return {
        "machine_process": machine.process,
        "machine_name": machine.name,
        "envelope_x_mm": _num(envelope[0]),
        "envelope_y_mm": _num(envelope[1]),
        "envelope_z_mm": _num(envelope[2]),
        "machine_materials": " ".join(machine.materials),
        "machine_power_w": _num(machine.power_w),
        "sheet_thicknesses_mm": " ".join(_num(t) for t in machine.sheet_thicknesses_mm),
        "machine_notes": machine.notes,
        "machine_profile": machine.profile,
    }


def facilities_to_csv(facilities: Iterable[Facility]) -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    for facility in facilities:
        cells = _facility_cells(facility)
        for machine in facility.machines or (None,):
            row = cells | _machine_cells(machine)
            writer.writerow({key: neutralise_cell(value) for key, value in row.items()})
    return buffer.getvalue()


def export_csv(facilities: Iterable[Facility], path: Path) -> int:
    """Write ``facilities`` to ``path`` as CSV (atomically); returns how many."""
    facilities = list(facilities)
    write_text_atomically(path, facilities_to_csv(facilities))
    return len(facilities)


# -- import ----------------------------------------------------------------------------------


class _Row:
    """One CSV row with typed getters whose errors name the row and the column."""

    def __init__(self, cells: Mapping[str, str | None], line: int, where: str) -> None:
        self.cells = {key: restore_cell((value or "").strip()) for key, value in cells.items() if key}
        self.line = line
        self.where = where

    def error(self, column: str, problem: str) -> InvalidFacility:
        return InvalidFacility(f"{self.where}: row {self.line}, column '{column}': {problem}")

    def text(self, column: str) -> str:
        return self.cells.get(column, "")

    def number(self, column: str) -> float | None:
        text = self.text(column)
        if not text:
            return None
        try:
            return float(text)
        except ValueError:
            raise self.error(column, f"'{text}' is not a number") from None

    def numbers(self, column: str) -> list[float]:
        values = []
        for item in self.text(column).replace(",", " ").split():
            try:
                values.append(float(item))
            except ValueError:
                raise self.error(column, f"'{item}' is not a number") from None
        return values

    def flag(self, column: str) -> bool:
        text = self.text(column).lower()
        if text in ("", "no", "false", "0", "n"):
            return False
        if text in ("yes", "true", "1", "y"):
            return True
        raise self.error(column, f"'{text}' is not yes/no")


def _facility_dict(row: _Row, identifier: str) -> dict[str, Any]:
    rate = row.number("rate_per_hour")
    currency = row.text("rate_currency")
    if (rate is None) != (not currency):
        raise row.error("rate_currency", "give both rate_currency and rate_per_hour, or neither")
    source_name = row.text("source_name")
    return {
        "id": identifier,
        "name": row.text("name"),
        "kind": row.text("kind") or "user",
        "url": row.text("url"),
        "description": row.text("description"),
        "location": {
            "country": row.text("country").upper(),
            "region": row.text("region"),
            "city": row.text("city"),
            "address": row.text("address"),
            "lat": row.number("lat"),
            "lon": row.number("lon"),
            "precision": row.text("precision")
            or ("exact" if row.text("lat") and row.text("lon") else "none"),
            "note": row.text("location_note"),
        },
        "electricity": {
            "grid_country": row.text("grid_country").upper() or None,
            "own_g_co2e_per_kwh": row.number("own_g_co2e_per_kwh"),
            "note": row.text("electricity_note"),
        },
        "hourly_rate": {"currency": currency.upper(), "amount": rate} if rate is not None else None,
        "accepted_formats": row.text("accepted_formats").replace(",", " ").split(),
        "other_equipment": [item.strip() for item in row.text("other_equipment").split(";")],
        "inventory_verified": row.flag("inventory_verified"),
        "source": {
            "name": source_name,
            "url": row.text("source_url"),
            "licence": row.text("source_licence"),
            "note": row.text("source_note"),
        }
        if source_name
        else None,
        "machines": [],
        "pricing": _pricing_cell(row),
    }


def _pricing_cell(row: _Row) -> dict[str, Any] | None:
    """The ``pricing`` column: the facility's prices as a JSON object (see docs/facilities.md)."""
    text = row.text("pricing")
    if not text:
        return None
    try:
        value = json.loads(text)
    except json.JSONDecodeError as exc:
        raise row.error("pricing", f"not a JSON object ({exc.msg})") from None
    if not isinstance(value, dict):
        raise row.error("pricing", "not a JSON object")
    return value


def _machine_dict(row: _Row) -> dict[str, Any] | None:
    if not any(row.text(column) for column in MACHINE_COLUMNS):
        return None
    envelope = [row.number(f"envelope_{axis}_mm") for axis in "xyz"]
    if any(v is None for v in envelope) and any(v is not None for v in envelope):
        raise row.error("envelope_x_mm", "give all three envelope sizes, or none")
    return {
        "process": row.text("machine_process").lower(),
        "name": row.text("machine_name") or row.text("machine_process"),
        "envelope_mm": None if envelope[0] is None else envelope,
        "materials": row.text("machine_materials").replace(",", " ").split(),
        "power_w": row.number("machine_power_w"),
        "sheet_thicknesses_mm": row.numbers("sheet_thicknesses_mm"),
        "notes": row.text("machine_notes"),
        "profile": row.text("machine_profile"),
    }


def _check_continuation(first: _Row, row: _Row) -> None:
    for column in FACILITY_COLUMNS:
        value = row.text(column)
        if value and value != first.text(column):
            raise row.error(column, f"'{value}' differs from row {first.line} ('{first.text(column)}')")


def csv_to_facilities(
    text: str, where: str = "CSV", id_for: Callable[[Mapping[str, str]], str] = default_id_for
) -> list[Facility]:
    """Facilities from CSV text (see the module docstring for the layout)."""
    reader = csv.DictReader(io.StringIO(text))
    header = reader.fieldnames or []
    if "name" not in header:
        raise FabwiseError(
            f"{where}: no 'name' column",
            hint=f"the first row must name the columns, e.g. {', '.join(COLUMNS[:6])}...",
        )
    unknown = [column for column in header if column and column not in COLUMNS]
    if unknown:
        raise FabwiseError(
            f"{where}: unknown column(s) {', '.join(unknown)}",
            hint=f"known columns: {', '.join(COLUMNS)}",
        )
    groups: dict[str, tuple[_Row, dict[str, Any]]] = {}
    for line, cells in enumerate(reader, start=2):
        row = _Row(cells, line, where)
        key = row.text("id") or f"name:{row.text('name')}"
        if key not in groups:
            if not row.text("name"):
                raise row.error("name", "empty")
            identifier = row.text("id") or id_for(
                {"name": row.text("name"), "country": row.text("country").upper(), "city": row.text("city")}
            )
            groups[key] = (row, _facility_dict(row, identifier))
        first, data = groups[key]
        if row is not first:
            _check_continuation(first, row)
        machine = _machine_dict(row)
        if machine is not None:
            data["machines"].append(machine)
    facilities = []
    for first, data in groups.values():
        label = f"{where}: row {first.line}"
        facility = facility_from_dict(data, where=label)
        if not first.text("precision") and not first.text("lat"):
            facility = _placed(facility)
        facilities.append(check_facility(facility, where=label))
    return facilities


def _placed(facility: Facility) -> Facility:
    """Place a facility given without coordinates from its city, region or country (offline)."""
    location = facility.location
    if not location.country:
        return facility
    from configurator.core.facilities.gazetteer import get_gazetteer
    from configurator.core.facilities.geocode import locate_record

    found = locate_record(location.country, location.region, location.city, get_gazetteer(5000))
    return replace(
        facility,
        location=replace(location, lat=found.lat, lon=found.lon, precision=found.precision, note=found.note),
    )


def import_csv(path: Path, id_for: Callable[[Mapping[str, str]], str] = default_id_for) -> list[Facility]:
    try:
        text = Path(path).read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise FabwiseError(f"file {path} does not exist") from None
    except UnicodeDecodeError:
        raise FabwiseError(f"file {path} is not UTF-8 text", hint="save the CSV as UTF-8") from None
    return csv_to_facilities(text, where=str(path), id_for=id_for)

"""Facilities as people read and type them: descriptions, and machine / rate specs.

Shared by the CLI and usable by the GUI; no I/O.
"""

from __future__ import annotations

import shlex
from typing import TYPE_CHECKING

from configurator.core.facilities.model import PROCESSES, Facility, HourlyRate, Machine
from configurator.sdk.errors import FabwiseError

if TYPE_CHECKING:
    from configurator.core.facilities.store import RecordInfo

MACHINE_SPEC_HELP = (
    "a machine as key=value pairs: process=laser name='Epilog Fusion' size=600x400x6 "
    "materials=birch_plywood,mdf thicknesses=3,6 power=1500 notes='...' "
    f"(process: {', '.join(PROCESSES)}; size in mm: build volume, or bed x, y and max sheet "
    "thickness for laser/cnc_router)"
)
KIND_LABELS = {"fablab_okw": "fab lab (OKW)", "example": "EXAMPLE (fictional)", "user": "yours"}


def facility_flags(facility: Facility) -> str:
    """Short tags: kind, whether the inventory is verified, whether it is placed."""
    flags = [KIND_LABELS[facility.kind]]
    if not facility.inventory_verified:
        flags.append("inventory NOT verified")
    if not facility.location.placed:
        flags.append("unplaced")
    return ", ".join(flags)


def machine_line(number: int, machine: Machine) -> str:
    """One line about a machine: process, name, envelope, stock, materials, rated power."""
    parts = [f"{number}. {PROCESSES[machine.process]}: {machine.name}"]
    if machine.envelope_mm:
        x, y, z = (f"{v:g}" for v in machine.envelope_mm)
        parts.append(
            f"bed {x}×{y} mm, sheets up to {z} mm"
            if machine.is_sheet_machine
            else f"build volume {x}×{y}×{z} mm"
        )
    else:
        parts.append("envelope unknown")
    if machine.sheet_thicknesses_mm:
        parts.append("stocks " + ", ".join(f"{t:g}" for t in machine.sheet_thicknesses_mm) + " mm")
    parts.append(", ".join(machine.materials) if machine.materials else "materials not listed")
    parts.append(f"rated {machine.power_w:g} W" if machine.power_w else "rated power unknown")
    return "; ".join(parts)


def describe(facility: Facility, record: RecordInfo | None = None) -> list[str]:
    """Human-readable lines about a facility (CLI ``show``; usable by other front ends)."""
    location = facility.location
    lines = [f"{facility.id}: {facility.name}  [{facility_flags(facility)}]"]
    if location.placed:
        lines.append(
            f"  location: {location.label()} ({location.lat:.5f}, {location.lon:.5f}; "
            f"precision: {location.precision})"
        )
    else:
        lines.append(f"  location: {location.label() or 'unknown'} (not placed on the map)")
    if location.note:
        lines.append(f"    how placed: {location.note}")
    if location.address:
        lines.append(f"  address: {location.address}")
    if facility.url:
        lines.append(f"  web: {facility.url}")
    if facility.description:
        lines.append(f"  about: {facility.description}")
    lines.append(f"  electricity: {facility.electricity.describe()}")
    if facility.hourly_rate:
        lines.append(f"  rate: {facility.hourly_rate.describe()}")
    if facility.accepted_formats:
        lines.append(f"  accepts: {', '.join(facility.accepted_formats)}")
    verified = "" if facility.inventory_verified else " (ASSUMED typical inventory, NOT verified)"
    lines.append(f"  machines{verified}:" if facility.machines else "  machines: none listed")
    for number, machine in enumerate(facility.machines, start=1):
        lines.append(f"    {machine_line(number, machine)}")
        if machine.notes:
            lines.append(f"       {machine.notes}")
    if facility.other_equipment:
        lines.append(f"  other equipment: {'; '.join(facility.other_equipment)}")
    if facility.source:
        source = facility.source
        licence = f" ({source.licence})" if source.licence else ""
        lines.append(f"  source: {source.name}{licence} {source.url}".rstrip())
        if source.note:
            lines.append(f"    {source.note}")
    if record is not None:
        state = "shipped" if record.origin == "seed" else "added by you"
        if record.user_edited:
            state += ", edited by you"
        lines.append(f"  record: {state}; updated {record.updated_at}")
    return lines


def parse_machine_spec(spec: str) -> Machine:
    """A Machine from ``process=laser name='X' size=600x400x6 materials=a,b ...``."""
    try:
        tokens = shlex.split(spec)
    except ValueError as exc:
        raise FabwiseError(f"machine '{spec}': {exc}", hint=MACHINE_SPEC_HELP) from None
    fields: dict[str, str] = {}
    for token in tokens:
        key, sep, value = token.partition("=")
        if not sep:
            raise FabwiseError(f"machine '{spec}': '{token}' is not key=value", hint=MACHINE_SPEC_HELP)
        fields[key.strip().lower()] = value.strip()
    unknown = set(fields) - {"process", "name", "size", "materials", "thicknesses", "power", "notes"}
    if unknown:
        raise FabwiseError(
            f"machine '{spec}': unknown key(s) {', '.join(sorted(unknown))}", hint=MACHINE_SPEC_HELP
        )
    process = fields.get("process", "")
    if process not in PROCESSES:
        raise FabwiseError(f"machine '{spec}': process must be one of {', '.join(PROCESSES)}")

    def numbers(key: str) -> tuple[float, ...]:
        text = fields.get(key, "")
        try:
            return tuple(float(v) for v in text.replace("x", ",").replace("×", ",").split(",") if v)
        except ValueError:
            raise FabwiseError(
                f"machine '{spec}': {key} '{text}' is not numbers", hint=MACHINE_SPEC_HELP
            ) from None

    size = numbers("size")
    if size and len(size) != 3:
        raise FabwiseError(f"machine '{spec}': size needs three numbers XxYxZ in mm")
    power = numbers("power")
    return Machine(
        process=process,
        name=fields.get("name") or PROCESSES[process],
        envelope_mm=(size[0], size[1], size[2]) if size else None,
        materials=tuple(m for m in fields.get("materials", "").replace(" ", ",").split(",") if m),
        power_w=power[0] if power else None,
        sheet_thicknesses_mm=numbers("thicknesses"),
        notes=fields.get("notes", ""),
    )


def parse_rate(text: str) -> HourlyRate:
    """``"35 EUR"``, ``"EUR 35"`` or ``"35 EUR/h"`` as an HourlyRate."""
    parts = text.replace("/h", "").split()
    if len(parts) == 2:
        for amount, currency in (parts, parts[::-1]):
            try:
                return HourlyRate(currency=currency.upper(), amount=float(amount))
            except ValueError:
                continue
    raise FabwiseError(f"rate '{text}' is not 'AMOUNT CURRENCY'", hint="e.g. --rate '35 EUR'")

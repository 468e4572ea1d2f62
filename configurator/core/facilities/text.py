"""Facilities as people read and type them: descriptions, and machine / rate specs.

Shared by the CLI and usable by the GUI; no I/O.
"""

from __future__ import annotations

import shlex
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from configurator.core.facilities.model import PROCESSES, Facility, HourlyRate, Machine, MaterialPrice
from configurator.sdk.errors import FabwiseError

if TYPE_CHECKING:
    from configurator.core.facilities.store import RecordInfo

MACHINE_SPEC_HELP = (
    "a machine as key=value pairs: process=laser name='Epilog Fusion' size=600x400x6 "
    "materials=birch_plywood,mdf thicknesses=3,6 power=1500 notes='...' "
    "profile=prusa-mk3s-0.4 (FDM printers: the printer profile it slices with) "
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
    if machine.process == "fdm":
        parts.append(
            f"printer profile {machine.profile}" if machine.profile else "printer profile not stated"
        )
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
    pricing = facility.pricing
    if pricing is not None:
        cur = pricing.currency
        rates = ", ".join(f"{PROCESSES.get(p, p)} {a:g} {cur}/h" for p, a in pricing.machine_rates)
        if rates:
            lines.append(f"  machine rates: {rates}")
        if pricing.setup_fee is not None:
            lines.append(f"  set-up fee: {pricing.setup_fee:g} {cur} per job")
        for price in pricing.materials:
            lines.append(f"  material price: {price.material} {price.describe(cur)}")
        if pricing.lead_time_days is not None:
            fast, usual = pricing.lead_time_days
            lines.append(f"  lead time: {fast}-{usual} working days")
        if pricing.note:
            lines.append(f"  prices: {pricing.note}")
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
        lines.append(f"  record: {_record_state(record)}")
    return lines


def _record_state(record: RecordInfo) -> str:
    """Who made the record and when the user last changed it.

    A shipped record's time stamp is when this computer's database was filled, not when the
    lab's data changed, so it is not shown.
    """
    when = _readable_time(record.updated_at)
    if record.origin != "seed":
        return f"added by you on {when}"
    if record.user_edited:
        return f"shipped with Fabwise, edited by you on {when}"
    return "shipped with Fabwise, not changed by you"


def _readable_time(stamp: str) -> str:
    try:
        moment = datetime.fromisoformat(stamp).astimezone(UTC)
    except ValueError:
        return stamp
    return moment.strftime("%Y-%m-%d %H:%M UTC")


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
    unknown = set(fields) - {
        "process",
        "name",
        "size",
        "materials",
        "thicknesses",
        "power",
        "notes",
        "profile",
    }
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
        profile=fields.get("profile", ""),
    )


def parse_material_price(spec: str) -> MaterialPrice:
    """``material=pla per_kg=25`` or ``material=mdf per_sheet=12 sheet=600x400 thickness=3``."""
    help_text = "e.g. material=pla per_kg=25, or material=mdf per_sheet=12 sheet=600x400 thickness=3"
    fields: dict[str, str] = {}
    for token in shlex.split(spec):
        key, sep, value = token.partition("=")
        if not sep:
            raise FabwiseError(f"material price '{spec}': '{token}' is not key=value", hint=help_text)
        fields[key.strip().lower()] = value.strip()
    unknown = set(fields) - {"material", "per_kg", "per_sheet", "sheet", "thickness"}
    if unknown or not fields.get("material"):
        raise FabwiseError(
            f"material price '{spec}': needs material= and per_kg= or per_sheet=", hint=help_text
        )

    def number(key: str) -> float | None:
        if key not in fields:
            return None
        try:
            return float(fields[key])
        except ValueError:
            raise FabwiseError(f"material price '{spec}': {key} '{fields[key]}' is not a number") from None

    sheet = None
    if "sheet" in fields:
        try:
            w, h = (float(v) for v in fields["sheet"].lower().replace("×", "x").split("x"))
        except ValueError:
            raise FabwiseError(f"material price '{spec}': sheet must be WxH in mm", hint=help_text) from None
        sheet = (w, h)
    return MaterialPrice(
        material=fields["material"],
        per_kg=number("per_kg"),
        per_sheet=number("per_sheet"),
        sheet_mm=sheet,
        thickness_mm=number("thickness"),
    )


def parse_lead_time(text: str) -> tuple[int, int]:
    """``3-5`` or ``4`` working days."""
    parts = text.replace("–", "-").split("-")
    try:
        values = [int(p.strip()) for p in parts]
    except ValueError:
        raise FabwiseError(f"lead time '{text}' is not days like 3-5 or 4") from None
    if len(values) == 1:
        values = values * 2
    if len(values) != 2 or not 0 <= values[0] <= values[1]:
        raise FabwiseError(f"lead time '{text}' must be fastest-usual working days, e.g. 3-5")
    return values[0], values[1]


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

"""What a facility is: a place with machines, an electricity supply, rates and accepted formats.

Plain frozen dataclasses, no I/O. :func:`facility_problems` lists everything wrong with a
facility as ``field: problem`` strings so importers and the CLI can name the offending field.

Units: lengths in millimetres, power in watts, carbon intensity in gCO2e/kWh, rates per hour.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from typing import Literal

from configurator.sdk import i18n
from configurator.sdk.i18n import QT_TRANSLATE_NOOP

FacilityKind = Literal["fablab_okw", "example", "user"]
FACILITY_KINDS: tuple[FacilityKind, ...] = ("fablab_okw", "example", "user")

Precision = Literal["exact", "city", "region", "country", "none"]
PRECISIONS: tuple[Precision, ...] = ("exact", "city", "region", "country", "none")

#: Process id -> the machine that does it, as a person would name it.
PROCESSES: dict[str, str] = {  # the machine of each process; in the reader's language: machine_words()
    "fdm": QT_TRANSLATE_NOOP("machines", "FDM 3D printer"),
    "sla": QT_TRANSLATE_NOOP("machines", "SLA resin printer"),
    "sls": QT_TRANSLATE_NOOP("machines", "SLS powder printer"),
    "laser": QT_TRANSLATE_NOOP("machines", "laser cutter"),
    "cnc_router": QT_TRANSLATE_NOOP("machines", "CNC router"),
    "cnc_mill": QT_TRANSLATE_NOOP("machines", "CNC mill"),
}


def machine_words(process: str) -> str:
    """The machine of ``process`` in the current language ("imprimante 3D FDM"); unknown ones as given."""
    return i18n.translate("machines", PROCESSES[process]) if process in PROCESSES else process


#: Processes that cut flat parts from sheet stock. Their envelope is the bed (x, y) and the
#: thickest sheet they take (z).
SHEET_PROCESSES: frozenset[str] = frozenset({"laser", "cnc_router"})

#: File formats a facility may accept (lower-case extensions without the dot).
KNOWN_FORMATS: frozenset[str] = frozenset(
    {"step", "stp", "stl", "3mf", "obj", "dxf", "svg", "pdf", "gcode", "iges", "brep"}
)

_COUNTRY_RE = re.compile(r"^[A-Z]{2}$")
_CURRENCY_RE = re.compile(r"^[A-Z]{3}$")
_ID_RE = re.compile(r"^[a-z0-9][a-z0-9._-]{0,79}$")


@dataclass(frozen=True)
class Location:
    """Where a facility is, and how well we know it.

    ``precision`` says what the coordinates stand for: ``exact`` (the facility's own point),
    ``city``/``region``/``country`` (a centroid of that area) or ``none`` (not placed: no
    coordinates). ``note`` records how the coordinates were obtained.
    """

    country: str = ""
    region: str = ""
    city: str = ""
    address: str = ""
    lat: float | None = None
    lon: float | None = None
    precision: Precision = "none"
    note: str = ""

    @property
    def placed(self) -> bool:
        return self.lat is not None and self.lon is not None

    def label(self) -> str:
        """``City, Region, CC`` with the empty parts left out."""
        return ", ".join(part for part in (self.city, self.region, self.country) if part)


@dataclass(frozen=True)
class Machine:
    """One machine.

    ``envelope_mm`` is the build volume (x, y, z) for printers and mills; for sheet machines
    (laser, CNC router) it is the bed (x, y) and the thickest sheet it takes (z). ``None`` when
    unknown (e.g. imported without dimensions). ``materials`` are material ids from
    ``resources/data/materials.csv`` the machine can process; empty means not listed.
    ``sheet_thicknesses_mm`` lists the sheet thicknesses a sheet machine cuts (empty: any up to
    the envelope's z). ``power_w`` is the rated power, ``None`` if unknown; ``notes`` says where
    the figures come from. ``profile`` names the printer profile an FDM printer slices with (an id
    from ``resources/data/slicer/profiles.csv``, e.g. ``prusa-mk3s-0.4``); empty means not stated.
    """

    process: str
    name: str
    envelope_mm: tuple[float, float, float] | None = None
    materials: tuple[str, ...] = ()
    power_w: float | None = None
    sheet_thicknesses_mm: tuple[float, ...] = ()
    notes: str = ""
    profile: str = ""

    @property
    def is_sheet_machine(self) -> bool:
        return self.process in SHEET_PROCESSES


@dataclass(frozen=True)
class Electricity:
    """Either the country grid (``grid_country``) or the facility's own figure.

    ``own_g_co2e_per_kwh`` with a ``note`` (e.g. "on-site PV, measured 2024") overrides the grid.
    Both empty means unknown; the eco engine then says so.
    """

    grid_country: str | None = None
    own_g_co2e_per_kwh: float | None = None
    note: str = ""

    def describe(self) -> str:
        if self.own_g_co2e_per_kwh is not None:
            text = f"own figure {self.own_g_co2e_per_kwh:g} gCO2e/kWh"
            return f"{text} ({self.note})" if self.note else text
        if self.grid_country:
            return f"{self.grid_country} grid average"
        return "unknown"


@dataclass(frozen=True)
class HourlyRate:
    currency: str
    amount: float

    def describe(self) -> str:
        return f"{self.amount:g} {self.currency}/h"


@dataclass(frozen=True)
class MaterialPrice:
    """What a facility charges for a material: per kg, or per sheet of a given size and thickness."""

    material: str
    per_kg: float | None = None
    per_sheet: float | None = None
    sheet_mm: tuple[float, float] | None = None
    thickness_mm: float | None = None

    def describe(self, currency: str) -> str:
        if self.per_kg is not None:
            return f"{self.per_kg:g} {currency}/kg"
        size = f"{self.sheet_mm[0]:g} x {self.sheet_mm[1]:g} mm" if self.sheet_mm else "sheet"
        thick = f", {self.thickness_mm:g} mm" if self.thickness_mm else ""
        return f"{self.per_sheet:g} {currency} per {size}{thick} sheet"


@dataclass(frozen=True)
class Pricing:
    """A facility's own prices, in one ``currency``.

    ``machine_rates`` maps a process id to a price per machine hour (processes not listed use the
    facility's ``hourly_rate``, if any); ``setup_fee`` is charged once per job; ``materials`` are
    the facility's material prices; ``lead_time_days`` is (fastest, usual) working days.
    """

    currency: str
    machine_rates: tuple[tuple[str, float], ...] = ()
    setup_fee: float | None = None
    materials: tuple[MaterialPrice, ...] = ()
    lead_time_days: tuple[int, int] | None = None
    note: str = ""

    def rate_for(self, process: str) -> float | None:
        return dict(self.machine_rates).get(process)

    def material_price(self, material: str, thickness_mm: float | None = None) -> MaterialPrice | None:
        matches = [m for m in self.materials if m.material == material]
        if thickness_mm is not None:
            exact = [
                m for m in matches if m.thickness_mm is not None and abs(m.thickness_mm - thickness_mm) < 0.05
            ]
            if exact:
                return exact[0]
            matches = [m for m in matches if m.thickness_mm is None]
        return matches[0] if matches else None


@dataclass(frozen=True)
class Source:
    """Where a facility's record comes from, and under which licence."""

    name: str
    url: str = ""
    licence: str = ""
    note: str = ""


@dataclass(frozen=True)
class Facility:
    """A workshop, fab lab or maker space that can make parts.

    ``inventory_verified`` is False when the machines are assumed (e.g. the Fab Foundation's
    typical fab lab inventory given to every OKW fab lab) rather than confirmed by the facility.
    """

    id: str
    name: str
    kind: FacilityKind
    location: Location
    machines: tuple[Machine, ...] = ()
    electricity: Electricity = field(default_factory=Electricity)
    url: str = ""
    description: str = ""
    hourly_rate: HourlyRate | None = None
    accepted_formats: tuple[str, ...] = ()
    other_equipment: tuple[str, ...] = ()
    inventory_verified: bool = False
    source: Source | None = None
    pricing: Pricing | None = None

    @property
    def processes(self) -> tuple[str, ...]:
        """Process ids this facility has at least one machine for, in canonical order."""
        present = {machine.process for machine in self.machines}
        return tuple(process for process in PROCESSES if process in present)

    def machines_for(self, process: str) -> tuple[Machine, ...]:
        return tuple(machine for machine in self.machines if machine.process == process)


def _is_finite_number(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)


def _location_problems(location: Location, known_countries: frozenset[str] | None) -> list[str]:
    problems = []
    if location.country and not _COUNTRY_RE.match(location.country):
        problems.append(f"location.country: '{location.country}' is not an ISO 3166-1 alpha-2 code (e.g. FR)")
    elif location.country and known_countries and location.country not in known_countries:
        problems.append(f"location.country: unknown country code '{location.country}'")
    if (location.lat is None) != (location.lon is None):
        problems.append("location: give both lat and lon, or neither")
    if location.lat is not None and not (_is_finite_number(location.lat) and -90 <= location.lat <= 90):
        problems.append(f"location.lat: {location.lat} is outside -90..90")
    if location.lon is not None and not (_is_finite_number(location.lon) and -180 <= location.lon <= 180):
        problems.append(f"location.lon: {location.lon} is outside -180..180")
    if location.precision not in PRECISIONS:
        problems.append(f"location.precision: '{location.precision}' is not one of {', '.join(PRECISIONS)}")
    elif location.placed and location.precision == "none":
        problems.append("location.precision: coordinates are given, so precision cannot be 'none'")
    elif not location.placed and location.precision != "none":
        problems.append(f"location.precision: '{location.precision}' given without coordinates")
    return problems


def _machine_problems(index: int, machine: Machine, known_materials: frozenset[str] | None) -> list[str]:
    where = f"machines[{index}]"
    problems = []
    if machine.process not in PROCESSES:
        problems.append(
            f"{where}.process: unknown process '{machine.process}' (known: {', '.join(PROCESSES)})"
        )
    if not machine.name.strip():
        problems.append(f"{where}.name: empty")
    if machine.envelope_mm is not None and (
        len(machine.envelope_mm) != 3 or not all(_is_finite_number(v) and v > 0 for v in machine.envelope_mm)
    ):
        problems.append(f"{where}.envelope_mm: must be three positive numbers (x, y, z in mm)")
    if known_materials is not None:
        unknown = [m for m in machine.materials if m not in known_materials]
        if unknown:
            problems.append(
                f"{where}.materials: unknown material id(s) {', '.join(unknown)} "
                f"(see resources/data/materials.csv)"
            )
    if machine.power_w is not None and not (_is_finite_number(machine.power_w) and machine.power_w > 0):
        problems.append(f"{where}.power_w: must be a positive number of watts")
    if machine.profile and machine.process != "fdm":
        problems.append(f"{where}.profile: only FDM printers have a printer profile")
    elif machine.profile:
        from configurator.core.facilities.printer_profiles import load_profiles

        if machine.profile not in load_profiles():
            problems.append(
                f"{where}.profile: unknown printer profile '{machine.profile}' "
                f"(known: {', '.join(load_profiles())})"
            )
    if machine.sheet_thicknesses_mm:
        if not machine.is_sheet_machine:
            problems.append(f"{where}.sheet_thicknesses_mm: only laser cutters and CNC routers cut sheets")
        if not all(_is_finite_number(t) and t > 0 for t in machine.sheet_thicknesses_mm):
            problems.append(f"{where}.sheet_thicknesses_mm: must be positive numbers")
        elif machine.envelope_mm is not None and max(machine.sheet_thicknesses_mm) > (machine.envelope_mm[2]):
            problems.append(
                f"{where}.sheet_thicknesses_mm: thicker than the machine's max thickness "
                f"(envelope z = {machine.envelope_mm[2]:g} mm)"
            )
    return problems


def _pricing_problems(pricing: Pricing) -> list[str]:
    problems = []
    if not _CURRENCY_RE.match(pricing.currency):
        problems.append(f"pricing.currency: '{pricing.currency}' is not an ISO 4217 code (e.g. EUR)")
    for process, rate in pricing.machine_rates:
        if process not in PROCESSES:
            problems.append(
                f"pricing.machine_rates: unknown process '{process}' (known: {', '.join(PROCESSES)})"
            )
        if not (_is_finite_number(rate) and rate >= 0):
            problems.append(f"pricing.machine_rates.{process}: must be a number >= 0")
    fee = pricing.setup_fee
    if fee is not None and not (_is_finite_number(fee) and fee >= 0):
        problems.append("pricing.setup_fee: must be a number >= 0")
    for index, price in enumerate(pricing.materials):
        where = f"pricing.materials[{index}]"
        if (price.per_kg is None) == (price.per_sheet is None):
            problems.append(f"{where}: give either per_kg or per_sheet for '{price.material}'")
        for label, value in (
            ("per_kg", price.per_kg),
            ("per_sheet", price.per_sheet),
            ("thickness_mm", price.thickness_mm),
        ):
            if value is not None and not (_is_finite_number(value) and value >= 0):
                problems.append(f"{where}.{label}: must be a number >= 0")
        if price.per_sheet is not None and (
            price.sheet_mm is None or not all(_is_finite_number(v) and v > 0 for v in price.sheet_mm)
        ):
            problems.append(
                f"{where}.sheet_mm: a sheet price needs the sheet size (two positive numbers, mm)"
            )
    if pricing.lead_time_days is not None:
        fast, usual = pricing.lead_time_days
        if not (isinstance(fast, int) and isinstance(usual, int) and 0 <= fast <= usual):
            problems.append("pricing.lead_time_days: two whole numbers of days, fastest <= usual")
    return problems


def facility_problems(
    facility: Facility,
    known_materials: frozenset[str] | None = None,
    known_countries: frozenset[str] | None = None,
) -> list[str]:
    """Everything wrong with ``facility``, each as ``field: problem``; empty when valid.

    Material and country ids are checked against the given sets when provided.
    """
    problems = []
    if not _ID_RE.match(facility.id):
        problems.append(f"id: '{facility.id}' must be 1-80 lower-case letters, digits, '.', '_' or '-'")
    if not facility.name.strip():
        problems.append("name: empty")
    if facility.kind not in FACILITY_KINDS:
        problems.append(f"kind: '{facility.kind}' is not one of {', '.join(FACILITY_KINDS)}")
    problems += _location_problems(facility.location, known_countries)
    for index, machine in enumerate(facility.machines):
        problems += _machine_problems(index, machine, known_materials)
    electricity = facility.electricity
    if electricity.grid_country is not None and electricity.own_g_co2e_per_kwh is not None:
        problems.append("electricity: give either grid_country or an own figure, not both")
    if electricity.grid_country is not None and not _COUNTRY_RE.match(electricity.grid_country):
        problems.append(f"electricity.grid_country: '{electricity.grid_country}' is not an alpha-2 code")
    if electricity.own_g_co2e_per_kwh is not None:
        if not (_is_finite_number(electricity.own_g_co2e_per_kwh)) or (electricity.own_g_co2e_per_kwh < 0):
            problems.append("electricity.own_g_co2e_per_kwh: must be a number >= 0")
        if not electricity.note.strip():
            problems.append("electricity.note: say where the own figure comes from (e.g. on-site PV)")
    rate = facility.hourly_rate
    if rate is not None:
        if not _CURRENCY_RE.match(rate.currency):
            problems.append(f"hourly_rate.currency: '{rate.currency}' is not an ISO 4217 code")
        if not (_is_finite_number(rate.amount) and rate.amount >= 0):
            problems.append("hourly_rate.amount: must be a number >= 0")
    if facility.pricing is not None:
        problems += _pricing_problems(facility.pricing)
    unknown_formats = [f for f in facility.accepted_formats if f not in KNOWN_FORMATS]
    if unknown_formats:
        problems.append(
            f"accepted_formats: unknown format(s) {', '.join(unknown_formats)} "
            f"(known: {', '.join(sorted(KNOWN_FORMATS))})"
        )
    return problems

"""Glue between a facility and the eco engine: where a variant is made decides its footprint.

``eco_rules`` knows nothing of the facility store, and the store nothing of eco rules; front ends
(CLI, GUI, export) use these two functions to turn a facility into an eco context (its grid or its
own electricity figure, its machines' power, the delivery distance) and into a guide option whose
capability check is the facility matcher's.
"""

from __future__ import annotations

from collections.abc import Sequence

from configurator.core.facilities.gazetteer import haversine_km
from configurator.core.facilities.geocode import ResolvedLocation
from configurator.core.facilities.matching import PartRequirement, assess_facility
from configurator.core.facilities.model import Facility
from configurator.sdk.results import BuildResult
from eco_rules import EcoContext, FacilityOption


def facility_context(
    facility: Facility, distance_km: float, transport: str, notes: Sequence[str] = ()
) -> EcoContext:
    """The eco context for making a variant at ``facility`` and delivering it ``distance_km``."""
    electricity = facility.electricity
    powers: dict[str, float] = {}
    for machine in facility.machines:
        if machine.power_w and machine.process not in powers:
            powers[machine.process] = float(machine.power_w)
    extra = list(notes)
    if electricity.own_g_co2e_per_kwh is None and not electricity.grid_country:
        extra.append(f"{facility.name}: electricity source unknown, its country grid is assumed")
    return EcoContext(
        country=electricity.grid_country or facility.location.country or None,
        grid_g_per_kwh=electricity.own_g_co2e_per_kwh,
        grid_source=electricity.note,
        distance_km=distance_km,
        transport_mode=transport,
        machine_power_w=powers,
        label=facility.name,
        notes=tuple(extra),
    )


def part_requirements(build: BuildResult) -> list[PartRequirement]:
    """What each part of a build asks of a facility: process, material, size, sheet thickness."""
    parts = []
    for p in build.parts:
        x, y, z = (float(v) for v in p.bbox_mm)
        size = (x, y, z) if min(x, y, z) > 0 else None
        parts.append(PartRequirement(process=p.process, material=p.material, size_mm=size,
                                     thickness_mm=p.sheet_thickness_mm, name=p.name))
    return parts


def facility_option(facility: Facility, context: EcoContext) -> FacilityOption:
    """A guide option for making the variant at ``facility``, checked by the facility matcher."""

    def check(build: BuildResult) -> list[str]:
        reasons, _ = assess_facility(facility, part_requirements(build))
        return list(reasons)

    caveats = []
    if not facility.inventory_verified:
        caveats.append(f"{facility.name}: machines assumed (inventory not verified)")
    rate = facility.hourly_rate
    return FacilityOption(facility.id, facility.name, context, check=check, caveats=tuple(caveats),
                          hourly_rate=rate.amount if rate else None,
                          currency=rate.currency if rate else "")


NO_DISTANCE_NOTE = "no delivery distance given: transport counted as 0 km"


def delivery_note(km: float, origin: str, precision: str | None = None) -> str:
    """How a delivery distance was obtained, for the eco report's notes."""
    detail = f"roads are longer; precision: {precision}" if precision else "roads are longer"
    return f"delivery distance {km:.1f} km is the straight line from {origin} ({detail})"


def delivery_from(here: ResolvedLocation | None, facility: Facility | None) -> tuple[float, list[str]]:
    """Straight-line delivery distance from the user to ``facility``, with notes saying how."""
    if here is None:
        return 0.0, [NO_DISTANCE_NOTE]
    if facility is None:
        return 0.0, ["a place without a facility gives no distance: transport counted as 0 km"]
    where = facility.location
    if where.lat is None or where.lon is None:
        return 0.0, [f"{facility.name} has no coordinates: delivery distance counted as 0 km"]
    km = haversine_km(here.lat, here.lon, where.lat, where.lon)
    return km, [delivery_note(km, here.label, where.precision)]

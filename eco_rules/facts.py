"""The typed facts rules can read, and how they are derived from a build and its context.

Three fact groups feed the rules: ``part.*`` (one manufactured part), ``hw.*`` (one bought hardware
line) and ``product.*`` (the whole variant), each with ``ctx.*`` (where and how it is made and
delivered). :data:`PART_FACTS` etc. declare the types the rule compiler checks against.

:class:`EcoContext` holds plain values only (a country code or the facility's own grid figure,
machine power if known, distance and transport mode), so this package never depends on the
facility store: the CLI/GUI glue maps a facility to a context.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from configurator.sdk.errors import FabwiseError
from configurator.sdk.results import BuildResult, HardwareItem, PartResult
from eco_rules.expr import Type
from eco_rules.factors import CONTEXT_STATUSES, EOL_ROUTES, Factor, FactorBook
from eco_rules.interval import Interval
from eco_rules.numbers import km_text

PART_FACTS: dict[str, Type] = {
    "name": Type.STR,
    "material": Type.STR,
    "process": Type.STR,
    "family": Type.STR,
    "quantity": Type.NUM,
    "spare": Type.BOOL,
    "volume_mm3": Type.NUM,
    "area_mm2": Type.NUM,
    "bbox_x_mm": Type.NUM,
    "bbox_y_mm": Type.NUM,
    "bbox_z_mm": Type.NUM,
    "is_sheet": Type.BOOL,
    "sheet_thickness_mm": Type.NUM,
    "cut_length_mm": Type.NUM,
    "engraving_length_mm": Type.NUM,
    "density_kg_m3": Type.QTY,
    "machine_power_w": Type.NUM,
    "recyclable": Type.BOOL,
    "bio_based": Type.BOOL,
    # from the real job (PrusaSlicer's slice, the laser job model), see PartProduction
    "measured": Type.BOOL,
    "measured_hours": Type.QTY,
    "sliced": Type.BOOL,
    "sliced_filament_kg": Type.QTY,
    "sliced_part_kg": Type.QTY,
}
HARDWARE_FACTS: dict[str, Type] = {
    "name": Type.STR,
    "spec": Type.STR,
    "material": Type.STR,
    "material_known": Type.BOOL,
    "quantity": Type.NUM,
    "mass_kg": Type.QTY,
    "has_mass": Type.BOOL,
    "standard": Type.STR,
}
PRODUCT_FACTS: dict[str, Type] = {
    "mass_kg": Type.QTY,
    "part_count": Type.NUM,
    "hardware_mass_kg": Type.QTY,
}
CONTEXT_FACTS: dict[str, Type] = {
    "country": Type.STR,
    "grid_kg_per_kwh": Type.QTY,
    "distance_km": Type.NUM,
    "transport_mode": Type.STR,
    "fdm_infill": Type.NUM,
    "eol_route": Type.STR,
}
HARDWARE_DEFAULT_MATERIAL = "steel"
MAX_DISTANCE_KM = 40000.0  # longer than the equator: a typing error, not a delivery
HARDWARE_ESTIMATE_SPREAD = 0.15  # spread given to hardware masses estimated from dimensions


@dataclass(frozen=True)
class PartProduction:
    """Machine time (and for prints, filament) of one copy of a part, from the real job.

    ``source`` says where it comes from, e.g. "from PrusaSlicer 2.5.0, profile prusa-mk3s-0.4".
    ``hours`` is (low, value, high); ``filament_kg``/``part_kg`` are set for sliced prints only
    (filament incl. supports and skirt; the part alone). ``factor_ids`` are sourced factors the
    figure used (laser speed table rows), shown in the trace.
    """

    source: str
    hours: tuple[float, float, float]
    filament_kg: float | None = None
    part_kg: float | None = None
    factor_ids: tuple[str, ...] = ()
    detail: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {
            "source": self.source,
            "hours": list(self.hours),
            "filament_kg": self.filament_kg,
            "part_kg": self.part_kg,
            "factors": list(self.factor_ids),
            "detail": self.detail,
        }


@dataclass(frozen=True)
class EcoContext:
    """Where and how a variant is made and delivered, as plain values.

    ``country`` is an ISO 3166-1 alpha-2 code. ``grid_g_per_kwh`` is a facility's own electricity
    figure and wins over the country average (``grid_source`` says where it comes from).
    ``machine_power_w`` maps a process id to the rated power of the facility's machine, when known.
    ``eol_route`` forces one end-of-life route (recycling, incineration, landfill) for every material
    that has it; by default each material uses the route the rules assume for it. ``notes`` are
    caveats from whoever built the context (e.g. "distance is straight-line"); reports show them.
    ``production`` maps a part name to its measured production (:class:`PartProduction`) or to the
    reason there is none (a slicer that is missing or failed); parts without an entry use the
    rules' models, and FDM parts then say their print time is an estimate.
    """

    country: str | None = None
    grid_g_per_kwh: float | None = None
    grid_source: str = ""
    distance_km: float = 0.0
    transport_mode: str = "van"
    machine_power_w: Mapping[str, float] = field(default_factory=dict)
    fdm_infill: float | None = None
    eol_route: str | None = None
    label: str = ""
    notes: tuple[str, ...] = ()
    grid_status: str = "user-declared"
    machine_power_status: str = "user-declared"
    machine_power_source: str = ""
    production: Mapping[str, PartProduction | str] = field(default_factory=dict)

    def describe(self) -> str:
        where = self.label or (f"country {self.country}" if self.country else "unknown location")
        return f"{where}, {km_text(self.distance_km)} by {self.transport_mode}"

    def to_dict(self) -> dict[str, Any]:
        return {
            "label": self.label,
            "country": self.country,
            "grid_g_per_kwh": self.grid_g_per_kwh,
            "grid_source": self.grid_source,
            "distance_km": self.distance_km,
            "transport_mode": self.transport_mode,
            "machine_power_w": dict(self.machine_power_w),
            "fdm_infill": self.fdm_infill,
            "eol_route": self.eol_route,
            "grid_status": self.grid_status,
            "machine_power_status": self.machine_power_status,
        } | (
            {
                "production": {
                    name: entry.to_dict() if isinstance(entry, PartProduction) else {"estimate": entry}
                    for name, entry in self.production.items()
                }
            }
            if self.production
            else {}
        )


@dataclass
class FactSet:
    """Fact values for one subject, with the factor ids that each fact came from."""

    values: dict[str, Any]
    provenance: dict[str, tuple[str, ...]] = field(default_factory=dict)


@dataclass(frozen=True)
class ResolvedContext:
    facts: FactSet
    grid_factor: Factor | None
    warnings: tuple[str, ...]


def resolve_context(context: EcoContext, book: FactorBook, default_fdm_infill: float) -> ResolvedContext:
    warnings: list[str] = list(context.notes)
    provenance: dict[str, tuple[str, ...]] = {}
    grid_factor: Factor | None = None
    country = (context.country or "").strip().upper()
    for what, number in (
        ("grid intensity", context.grid_g_per_kwh),
        ("distance", context.distance_km),
        ("FDM infill", context.fdm_infill),
        *((f"{k} machine power", v) for k, v in context.machine_power_w.items()),
    ):
        if number is not None and not math.isfinite(number):
            raise FabwiseError(f"{what} must be a finite number, got {number!r}")
    for what, status in (("grid", context.grid_status), ("machine power", context.machine_power_status)):
        if status not in CONTEXT_STATUSES:
            known = ", ".join(sorted(CONTEXT_STATUSES))
            raise FabwiseError(f"{what} status '{status}' is not one of {known}")
    if context.distance_km > MAX_DISTANCE_KM:
        raise FabwiseError(
            f"distance {context.distance_km:.0f} km is not a delivery distance",
            hint=f"give at most {MAX_DISTANCE_KM:.0f} km",
        )
    if context.grid_g_per_kwh is not None:
        if context.grid_g_per_kwh < 0:
            raise FabwiseError(f"grid intensity must be >= 0 gCO2e/kWh, got {context.grid_g_per_kwh}")
        grid = Interval.exact(context.grid_g_per_kwh / 1000.0)
        provenance["ctx.grid_kg_per_kwh"] = ("context.grid_own_figure",)
    else:
        entry = book.grid_entry(country) if country else None
        if entry is None:
            fallback = book.grid_entry("WORLD")
            if fallback is None:
                raise FabwiseError("grid.csv has no WORLD row to fall back on")
            reason = f"no grid figure for '{country}'" if country else "no facility country given"
            warnings.append(f"{reason}: the world average grid is used (marked estimate)")
            entry = fallback
        grid_factor = entry.factor
        grid = entry.factor.interval / 1000.0
        provenance["ctx.grid_kg_per_kwh"] = (entry.factor.id,)
    mode = book.transport_mode(context.transport_mode)
    if mode is None:
        known = ", ".join(sorted(book.transport_basis))
        raise FabwiseError(f"unknown transport mode '{context.transport_mode}'", hint=f"use one of {known}")
    if context.distance_km < 0:
        raise FabwiseError(f"distance must be >= 0 km, got {context.distance_km:g}")
    route = (context.eol_route or "").strip().lower()
    if route and route not in EOL_ROUTES:
        raise FabwiseError(f"unknown end-of-life route '{route}'", hint=f"use one of {', '.join(EOL_ROUTES)}")
    infill = default_fdm_infill if context.fdm_infill is None else context.fdm_infill
    if not 0.0 <= infill <= 1.0:
        raise FabwiseError(f"FDM infill must be between 0 and 1, got {infill:g}")
    values = {
        "country": country,
        "grid_kg_per_kwh": grid,
        "distance_km": float(context.distance_km),
        "transport_mode": mode,
        "fdm_infill": float(infill),
        "eol_route": route,
    }
    if context.fdm_infill is None:
        provenance["ctx.fdm_infill"] = ("process.fdm.infill_fraction",)
    return ResolvedContext(FactSet(values, provenance), grid_factor, tuple(warnings))


def part_facts(part: PartResult, book: FactorBook, context: EcoContext) -> FactSet:
    material = book.materials.get(part.material)
    if material is None:
        raise FabwiseError(
            f"part '{part.name}' uses material '{part.material}', which is not in materials.csv",
            hint="the template must use material ids from resources/data/materials.csv",
        )
    density = book.density[material.id]
    x, y, z = (float(v) for v in part.bbox_mm)
    values: dict[str, Any] = {
        "name": part.name,
        "material": material.id,
        "process": part.process,
        "family": material.family,
        "quantity": float(part.quantity),
        "spare": bool(part.spare),
        "volume_mm3": float(part.volume_mm3),
        "area_mm2": float(part.area_mm2),
        "bbox_x_mm": x,
        "bbox_y_mm": y,
        "bbox_z_mm": z,
        "is_sheet": part.is_sheet,
        "sheet_thickness_mm": float(part.sheet_thickness_mm or 0.0),
        "cut_length_mm": float(part.cut_length_mm or 0.0),
        "engraving_length_mm": float(part.engraving_length_mm or 0.0),
        "density_kg_m3": density.interval,
        "machine_power_w": float(context.machine_power_w.get(part.process, 0.0)),
        "recyclable": material.recyclable.strip().lower() == "yes",
        "bio_based": material.bio_based,
    }
    provenance: dict[str, tuple[str, ...]] = {"part.density_kg_m3": (density.id,)}
    if values["machine_power_w"] > 0:
        provenance["part.machine_power_w"] = ("context.machine_power",)
    measured = context.production.get(part.name)
    zero = Interval.exact(0.0)
    values |= {
        "measured": False,
        "measured_hours": zero,
        "sliced": False,
        "sliced_filament_kg": zero,
        "sliced_part_kg": zero,
    }
    if isinstance(measured, PartProduction):
        ref = (production_factor_id(part.name), *measured.factor_ids)
        values["measured"] = True
        values["measured_hours"] = Interval(*measured.hours)
        provenance["part.measured_hours"] = ref
        if measured.filament_kg is not None and measured.part_kg is not None:
            values["sliced"] = True
            values["sliced_filament_kg"] = Interval.exact(measured.filament_kg)
            values["sliced_part_kg"] = Interval.exact(measured.part_kg)
            provenance["part.sliced_filament_kg"] = ref
            provenance["part.sliced_part_kg"] = ref
    return FactSet(values, provenance)


def production_factor_id(part_name: str) -> str:
    """The pseudo-factor id under which a part's measured production appears in reports."""
    return f"production.{part_name}"


def production_note(part: PartResult, context: EcoContext) -> str | None:
    """The label for an FDM part whose print time and filament are the volume model's estimate."""
    entry = context.production.get(part.name)
    if part.process != "fdm" or isinstance(entry, PartProduction):
        return None
    reason = entry if isinstance(entry, str) and entry else "not sliced"
    return (
        f"part '{part.name}': print time and filament are an estimate from the part's volume "
        f"(deposition-rate model), not a slice: {reason}"
    )


def hardware_facts(item: HardwareItem, book: FactorBook) -> tuple[FactSet, tuple[str, ...]]:
    warnings: list[str] = []
    known = item.material is not None and item.material in book.materials
    material = item.material if known and item.material else HARDWARE_DEFAULT_MATERIAL
    if not known:
        given = f"'{item.material}'" if item.material else "no material"
        warnings.append(f"hardware '{item.name}' has {given}: counted as {HARDWARE_DEFAULT_MATERIAL} (PROXY)")
    has_mass = item.mass_g is not None and item.mass_g > 0
    if not has_mass:
        warnings.append(f"hardware '{item.name}' has no mass: its footprint is not counted (GAP)")
    mass_kg = (item.mass_g or 0.0) / 1000.0
    if has_mass and item.mass_note:
        # An estimate (e.g. from nominal dimensions), not a catalogue figure: carry its spread.
        mass = Interval(
            mass_kg * (1 - HARDWARE_ESTIMATE_SPREAD), mass_kg, mass_kg * (1 + HARDWARE_ESTIMATE_SPREAD)
        )
        warnings.append(
            f"hardware '{item.name}' mass {item.mass_g:.2g} g is an estimate "
            f"(±{HARDWARE_ESTIMATE_SPREAD:.0%}): {item.mass_note}"
        )
    else:
        mass = Interval.exact(mass_kg)
    values: dict[str, Any] = {
        "name": item.name,
        "spec": item.spec,
        "material": material,
        "material_known": known,
        "quantity": float(item.quantity),
        "mass_kg": mass,
        "has_mass": has_mass,
        "standard": item.standard or "",
    }
    return FactSet(values), tuple(warnings)


def product_facts(build: BuildResult, part_mass: Interval, hardware_mass: Interval) -> FactSet:
    return FactSet(
        {
            "mass_kg": part_mass + hardware_mass,
            "part_count": float(sum(p.quantity for p in build.parts)),
            "hardware_mass_kg": hardware_mass,
        }
    )

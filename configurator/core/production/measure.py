"""What a facility would run for each part of a build: slices for prints, job times for the laser.

:func:`measure_build` slices every FDM part with the facility's printer profile (or the default
profile, said so) and times every laser part with the speed table; :func:`with_production` hands
the result to the eco engine as :class:`eco_rules.PartProduction` entries, or as the reason an FDM
part could not be sliced (the engine then labels its print time an estimate). Slicing is cached, so
asking again for the same geometry and profile costs a file read.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Any

from configurator.core.facilities.model import Facility
from configurator.core.facilities.printer_profiles import DEFAULT_PROFILE, PrinterProfile, get_profile
from configurator.core.production.laser import LaserTime, laser_time
from configurator.core.production.slicer import SliceCache, SliceResult, cached_slice
from configurator.sdk.errors import FabwiseError
from configurator.sdk.results import BuildResult
from eco_rules.facts import EcoContext, PartProduction

#: Build qualities whose meshes are good enough to slice (drag frames are coarse).
SLICE_QUALITIES = frozenset({"fine", "export", "coarse"})


@dataclass
class Measurement:
    """Per part: a slice, a laser time, or why there is none."""

    profile: PrinterProfile | None
    profile_note: str
    slices: dict[str, SliceResult] = field(default_factory=dict)
    laser: dict[str, LaserTime] = field(default_factory=dict)
    reasons: dict[str, str] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)

    def production(self) -> dict[str, PartProduction | str]:
        out: dict[str, PartProduction | str] = dict(self.reasons)
        for name, sliced in self.slices.items():
            hours = sliced.print_hours
            source = sliced.label() + (f" ({self.profile_note})" if self.profile_note else "")
            out[name] = PartProduction(
                source=source,
                hours=(hours, hours, hours),
                filament_kg=sliced.filament_g / 1000.0,
                part_kg=sliced.part_g / 1000.0,
                detail=(
                    f"print time {format_hours(hours)}, {sliced.filament_g:.1f} g filament "
                    f"({sliced.support_g:.1f} g supports), {sliced.filament_mm / 1000:.2f} m, "
                    f"{sliced.layers} layers"
                ),
            )
        for name, timed in self.laser.items():
            low, value, high = timed.hours.as_tuple()
            out[name] = PartProduction(
                source="laser job model: cut length, pierces, engraving area and travel at the speed "
                "table's rates (typical CO2 laser, not the workshop's own machine)",
                hours=(low, value, high),
                factor_ids=timed.factor_ids,
                detail=timed.describe(),
            )
        return out

    def to_dict(self) -> dict[str, Any]:
        return {
            "profile": self.profile.id if self.profile else None,
            "profile_note": self.profile_note,
            "slices": {name: s.to_dict() for name, s in self.slices.items()},
            "laser": {
                name: {
                    "hours": list(t.hours.as_tuple()),
                    "cut_length_mm": t.cut_length_mm,
                    "pierces": t.pierces,
                    "engrave_area_mm2": t.engrave_area_mm2,
                    "travel_mm": t.travel_mm,
                    "factors": list(t.factor_ids),
                }
                for name, t in self.laser.items()
            },
            "estimates": dict(self.reasons),
        }


def format_hours(hours: float) -> str:
    """``52 min`` below an hour, ``3.9 h`` above."""
    return f"{hours * 60:.0f} min" if hours < 1 else f"{hours:.1f} h"


def profile_for(facility: Facility | None) -> tuple[PrinterProfile, str]:
    """The printer profile to slice with, and a note when it is not the facility's own choice."""
    if facility is None:
        return get_profile(DEFAULT_PROFILE), "typical fab-lab printer: no workshop chosen"
    printers = facility.machines_for("fdm")
    for machine in printers:
        if machine.profile:
            return get_profile(machine.profile), ""
    if printers:
        return (
            get_profile(DEFAULT_PROFILE),
            f"{facility.name} names no printer profile: a typical fab-lab printer is assumed",
        )
    return get_profile(DEFAULT_PROFILE), f"{facility.name} has no FDM printer: a typical one is assumed"


def measure_build(
    build: BuildResult,
    facility: Facility | None = None,
    *,
    book: Any = None,
    cache: SliceCache | None = None,
    densities: dict[str, float] | None = None,
    slicer: Callable[..., SliceResult] = cached_slice,
) -> Measurement:
    """Slice the printed parts and time the laser parts of ``build`` for ``facility``.

    Never raises for a slicer problem: the part gets a reason instead (missing PrusaSlicer, a
    profile without this material, a part larger than the bed, …), which reports show.
    """
    from configurator.sdk.materials import load_materials

    try:
        profile, note = profile_for(facility)
    except FabwiseError as exc:
        profile, note = None, ""
        profile_problem = exc.message
    else:
        profile_problem = ""
    measurement = Measurement(profile=profile, profile_note=note)
    materials = load_materials()
    for part in build.parts:
        if part.process == "fdm":
            if profile is None:
                measurement.reasons[part.name] = profile_problem
                continue
            if build.quality not in SLICE_QUALITIES:
                measurement.reasons[part.name] = "a drag preview is not sliced"
                continue
            density = (densities or {}).get(part.material)
            if density is None:
                entry = materials.get(part.material)
                density = float(entry.density_kg_m3) if entry is not None else 0.0
            try:
                measurement.slices[part.name] = slicer(
                    part.vertices, part.faces, profile, part.material, density, cache=cache
                )
            except FabwiseError as exc:
                measurement.reasons[part.name] = exc.message
        elif part.process == "laser" and part.is_sheet:
            if book is None:
                from eco_rules import default_engine

                book = default_engine().book
            try:
                measurement.laser[part.name] = laser_time(part, book)
            except Exception as exc:  # no speed for this material: the rules' model then applies
                measurement.notes.append(f"part '{part.name}': laser job time not modelled ({exc})")
    return measurement


def with_production(context: EcoContext, measurement: Measurement) -> EcoContext:
    """``context`` with the measured production of each part (and the reasons where none)."""
    return replace(context, production=measurement.production(), notes=(*context.notes, *measurement.notes))

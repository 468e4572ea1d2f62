"""Which facilities can make a product, ranked by distance or by a score (e.g. the eco total).

A product is a list of :class:`PartRequirement`; a facility can make it when, for every part, one
of its machines has the process, takes the material (and, for sheet parts, the thickness) and is
big enough. Envelope fit considers rotation: for printers and mills the part's sorted dimensions
must fit the machine's sorted dimensions (any axis-aligned orientation); sheet parts lie flat
on the bed, turned 0 or 90 degrees, with the thickness up to the machine's limit.

Incapable facilities come back with the reasons ("no laser cutter", "bed 600×400 mm too small for
part 'side' 700×300 mm (rotation considered)", "no 6 mm birch_plywood"); capable ones with
caveats (inventory not verified, envelope unknown, fictional example).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from configurator.core.facilities.gazetteer import haversine_km
from configurator.core.facilities.model import PROCESSES, SHEET_PROCESSES, Facility, Machine
from configurator.sdk.errors import FabwiseError
from configurator.sdk.i18n import translate

#: Tolerance when comparing sizes (mm) and sheet thicknesses, so float noise does not reject.
TOLERANCE_MM = 0.01


@dataclass(frozen=True)
class PartRequirement:
    """What one part needs. ``material``/``size_mm`` None mean "any" (e.g. a CLI filter).

    ``size_mm`` is the part's bounding box (x, y, z). For sheet parts (laser, CNC router) give
    ``thickness_mm``: the outline is then the two largest bounding-box dimensions.
    """

    process: str
    material: str | None = None
    size_mm: tuple[float, float, float] | None = None
    thickness_mm: float | None = None
    name: str = "part"

    def __post_init__(self) -> None:
        if self.process not in PROCESSES:
            raise FabwiseError(f"unknown process '{self.process}'", hint=f"known: {', '.join(PROCESSES)}")
        if self.size_mm is not None and (len(self.size_mm) != 3 or any(v <= 0 for v in self.size_mm)):
            raise FabwiseError(f"part '{self.name}': size must be three positive numbers (mm)")
        if self.thickness_mm is not None and self.thickness_mm <= 0:
            raise FabwiseError(f"part '{self.name}': thickness must be positive")

    @property
    def is_sheet_part(self) -> bool:
        return self.process in SHEET_PROCESSES


@dataclass(frozen=True)
class FacilityMatch:
    facility: Facility
    capable: bool
    reasons: tuple[str, ...]
    caveats: tuple[str, ...]
    distance_km: float | None
    score: float | None


@dataclass(frozen=True)
class MatchReport:
    capable: tuple[FacilityMatch, ...]
    incapable: tuple[FacilityMatch, ...]


def _mm(value: float) -> str:
    return f"{value:.0f}" if abs(value - round(value)) < 0.05 else f"{value:.1f}"


def _dims(values: Iterable[float]) -> str:
    return "×".join(_mm(v) for v in values) + " mm"


def _outline(part: PartRequirement) -> tuple[float, float] | None:
    """The flat outline of a sheet part: its bounding box without the thickness direction."""
    if part.size_mm is None:
        return None
    dims = list(part.size_mm)
    if part.thickness_mm is not None:
        thickness = part.thickness_mm
        dims.pop(min(range(3), key=lambda i: abs(dims[i] - thickness)))
    else:
        dims.remove(min(dims))
    large, small = sorted(dims, reverse=True)
    return large, small


def process_words(process: str) -> str:
    """A process's machine in words, in the current language (``PROCESSES`` in English)."""
    words = {
        "fdm": translate("facilities", "FDM 3D printer"),
        "sla": translate("facilities", "SLA resin printer"),
        "sls": translate("facilities", "SLS powder printer"),
        "laser": translate("facilities", "laser cutter"),
        "cnc_router": translate("facilities", "CNC router"),
        "cnc_mill": translate("facilities", "CNC mill"),
    }
    return words.get(process, PROCESSES.get(process, process))


def _check_machine(machine: Machine, part: PartRequirement) -> tuple[int, str | None, str | None]:
    """(checks passed, reason if it cannot make the part, caveat if it can)."""
    if part.material is not None and machine.materials and part.material not in machine.materials:
        return (
            0,
            translate("facilities", "no {machine} for {material}").format(
                machine=process_words(part.process), material=part.material
            ),
            None,
        )
    caveats = []
    if part.material is not None and not machine.materials:
        caveats.append(
            translate("facilities", "{machine}: materials not listed").format(machine=machine.name)
        )
    thickness = part.thickness_mm if part.is_sheet_part else None
    if thickness is not None:
        limit = machine.envelope_mm[2] if machine.envelope_mm else None
        if limit is not None and thickness > limit + TOLERANCE_MM:
            return (
                1,
                translate(
                    "facilities",
                    "{machine} takes sheets up to {limit} mm, part '{part}' is {thickness} mm thick",
                ).format(
                    machine=process_words(part.process),
                    limit=_mm(limit),
                    part=part.name,
                    thickness=_mm(thickness),
                ),
                None,
            )
        if machine.sheet_thicknesses_mm and not any(
            abs(thickness - t) <= TOLERANCE_MM for t in machine.sheet_thicknesses_mm
        ):
            if part.material:
                missing = translate("facilities", "no {thickness} mm {material}")
            else:
                missing = translate("facilities", "no {thickness} mm sheet")
            return 1, missing.format(thickness=_mm(thickness), material=part.material), None
    if part.size_mm is not None:
        if machine.envelope_mm is None:
            caveats.append(
                translate("facilities", "{machine}: envelope unknown, fit not checked").format(
                    machine=machine.name
                )
            )
        elif part.is_sheet_part:
            outline = _outline(part)
            assert outline is not None
            bed = sorted(machine.envelope_mm[:2], reverse=True)
            if outline[0] > bed[0] + TOLERANCE_MM or outline[1] > bed[1] + TOLERANCE_MM:
                return (
                    2,
                    translate(
                        "facilities", "bed {bed} too small for part '{part}' {size} (rotation considered)"
                    ).format(bed=_dims(machine.envelope_mm[:2]), part=part.name, size=_dims(outline)),
                    None,
                )
        else:
            need = sorted(part.size_mm)
            have = sorted(machine.envelope_mm)
            if any(n > h + TOLERANCE_MM for n, h in zip(need, have, strict=True)):
                return (
                    2,
                    translate(
                        "facilities",
                        "build volume {volume} too small for part '{part}' {size} (rotation considered)",
                    ).format(volume=_dims(machine.envelope_mm), part=part.name, size=_dims(part.size_mm)),
                    None,
                )
    return 3, None, "; ".join(caveats) or None


def assess_facility(facility: Facility, parts: Sequence[PartRequirement]) -> tuple[list[str], list[str]]:
    """(reasons it cannot make ``parts``, caveats if it can) for one facility."""
    reasons: list[str] = []
    caveats: list[str] = []
    for part in parts:
        machines = facility.machines_for(part.process)
        if not machines:
            reason = translate("facilities", "no {machine}").format(machine=process_words(part.process))
            if reason not in reasons:
                reasons.append(reason)
            continue
        results = [_check_machine(machine, part) for machine in machines]
        capable = [r for r in results if r[1] is None]
        if capable:
            caveat = capable[0][2]
            if caveat and caveat not in caveats:
                caveats.append(caveat)
            continue
        best = max(results, key=lambda r: r[0])
        assert best[1] is not None
        if best[1] not in reasons:
            reasons.append(best[1])
    if not facility.inventory_verified:
        caveats.insert(
            0, translate("facilities", "inventory not verified (typical fab lab machines assumed)")
        )
    if facility.kind == "example":
        caveats.insert(0, translate("facilities", "fictional example workshop"))
    return reasons, caveats


def match_facilities(
    facilities: Iterable[Facility],
    parts: Sequence[PartRequirement],
    origin: tuple[float, float] | None = None,
    key: Callable[[Facility], float] | None = None,
    max_distance_km: float | None = None,
) -> MatchReport:
    """Split ``facilities`` into capable and incapable ones, each list ranked.

    Ranking: by ``key`` (lower is better, e.g. the eco total in kg CO2e) when given, then by
    distance from ``origin`` (lat, lon); facilities without coordinates come last. With
    ``max_distance_km``, facilities further away (or unplaced) are left out.
    """
    capable: list[FacilityMatch] = []
    incapable: list[FacilityMatch] = []
    for facility in facilities:
        location = facility.location
        distance = None
        if origin is not None and location.lat is not None and location.lon is not None:
            distance = haversine_km(origin[0], origin[1], location.lat, location.lon)
        if max_distance_km is not None and (distance is None or distance > max_distance_km):
            continue
        reasons, caveats = assess_facility(facility, parts)
        if location.precision in ("region", "country"):
            if location.precision == "region":
                caveats.append(translate("facilities", "location approximate (region centroid)"))
            else:
                caveats.append(translate("facilities", "location approximate (country centroid)"))
        match = FacilityMatch(
            facility=facility,
            capable=not reasons,
            reasons=tuple(reasons),
            caveats=tuple(caveats),
            distance_km=distance,
            score=key(facility) if key is not None and not reasons else None,
        )
        (incapable if reasons else capable).append(match)

    def rank(match: FacilityMatch) -> tuple[float, float, str]:
        far = float("inf")
        return (
            match.score if match.score is not None else 0.0,
            match.distance_km if match.distance_km is not None else far,
            match.facility.name.casefold(),
        )

    capable.sort(key=rank)
    incapable.sort(key=rank)
    return MatchReport(capable=tuple(capable), incapable=tuple(incapable))

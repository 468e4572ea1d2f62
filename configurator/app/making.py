"""Glue between a facility and the eco engine: where a variant is made decides its footprint.

``eco_rules`` knows nothing of the facility store, and the store nothing of eco rules; front ends
(CLI, GUI, export) use these two functions to turn a facility into an eco context (its grid or its
own electricity figure, its machines' power, the delivery distance) and into a guide option whose
capability check is the facility matcher's.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from configurator.core.facilities.gazetteer import haversine_km
from configurator.core.facilities.geocode import ResolvedLocation
from configurator.core.facilities.matching import PartRequirement, assess_facility
from configurator.core.facilities.model import Facility
from configurator.sdk.i18n import translate
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
        extra.append(
            translate("making", "{name}: electricity source unknown, its country grid is assumed").format(
                name=facility.name
            )
        )
    status = "example" if facility.kind == "example" else "user-declared"
    return EcoContext(
        grid_status=status,
        machine_power_status=status,
        machine_power_source=f"{facility.name}: rated power from its machine list"
        + (" (example values, not sourced)" if status == "example" else " (not checked by Fabwise)"),
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
        parts.append(
            PartRequirement(
                process=p.process,
                material=p.material,
                size_mm=size,
                thickness_mm=p.sheet_thickness_mm,
                name=p.name,
            )
        )
    return parts


def facility_option(facility: Facility, context: EcoContext) -> FacilityOption:
    """A guide option for making the variant at ``facility``, checked by the facility matcher."""

    def check(build: BuildResult) -> list[str]:
        reasons, _ = assess_facility(facility, part_requirements(build))
        return list(reasons)

    caveats = []
    if not facility.inventory_verified:
        caveats.append(
            translate("making", "{name}: machines assumed (inventory not verified)").format(
                name=facility.name
            )
        )
    rate = facility.hourly_rate
    return FacilityOption(
        facility.id,
        facility.name,
        context,
        check=check,
        caveats=tuple(caveats),
        hourly_rate=rate.amount if rate else None,
        currency=rate.currency if rate else "",
    )


NO_DISTANCE_NOTE = "no delivery distance given: transport counted as 0 km"


def no_distance_note() -> str:
    """:data:`NO_DISTANCE_NOTE` in the current language."""
    return translate("making", "no delivery distance given: transport counted as 0 km")


def delivery_note(km: float, origin: str, precision: str | None = None) -> str:
    """How a delivery distance was obtained, for the eco report's notes."""
    if precision:
        return translate(
            "making",
            "delivery distance {km:.1f} km is the straight line from {origin} "
            "(roads are longer; precision: {precision})",
        ).format(km=km, origin=origin, precision=precision)
    return translate(
        "making", "delivery distance {km:.1f} km is the straight line from {origin} (roads are longer)"
    ).format(km=km, origin=origin)


def delivery_from(here: ResolvedLocation | None, facility: Facility | None) -> tuple[float, list[str]]:
    """Straight-line delivery distance from the user to ``facility``, with notes saying how."""
    if here is None:
        return 0.0, [no_distance_note()]
    if facility is None:
        return 0.0, [
            translate("making", "a place without a facility gives no distance: transport counted as 0 km")
        ]
    where = facility.location
    if where.lat is None or where.lon is None:
        return 0.0, [
            translate("making", "{facility} has no coordinates: delivery distance counted as 0 km").format(
                facility=facility.name
            )
        ]
    km = haversine_km(here.lat, here.lon, where.lat, where.lon)
    return km, [delivery_note(km, here.label, where.precision)]


GUIDE_RADIUS_KM = 150.0  # workshops farther from the user are not offered as alternatives
GUIDE_ALTERNATIVES = 5
EXAMPLE_KIND = "example"  # fictional demo workshops shipped to show a fully described facility


def is_example(facility: Facility) -> bool:
    """True for a fictional example workshop (demo data, not a real business)."""
    return facility.kind == EXAMPLE_KIND


def offered_facilities(facilities: Iterable[Facility], *, show_examples: bool = False) -> list[Facility]:
    """The facilities offered to a person looking for a workshop (list, matching, guide, CLI
    ``near``): fictional example workshops only when they asked for them."""
    return [f for f in facilities if show_examples or not is_example(f)]


def offered_or_chosen(facilities: Iterable[Facility], chosen_ids: Iterable[str] = ()) -> list[Facility]:
    """The facilities an order may be planned with: real ones, plus example workshops only
    where the user chose them by id (``chosen_ids``, e.g. ``--assign part=ID``)."""
    chosen = set(chosen_ids)
    return [f for f in facilities if not is_example(f) or f.id in chosen]


def real_first(matches: Sequence[Any]) -> list[Any]:
    """Ranked facility matches with the example workshops moved after every real one (their
    order kept), so a fictional workshop never ranks among real ones."""
    return [m for m in matches if not is_example(m.facility)] + [m for m in matches if is_example(m.facility)]


def plural(count: int, word: str, many: str | None = None) -> str:
    """``1 workshop``, ``3 workshops``, ``0 workshops``."""
    return f"{count} {word if count == 1 else (many or word + 's')}"


def search_summary(
    capable: int, place: str, radius_km: float | None, *, show_examples: bool = False, examples: int = 0
) -> str:
    """What a workshop search found, in words, and what to do when it found nothing.

    ``capable``: workshops able to make the design (``examples`` of them fictional);
    ``radius_km``: the search radius, None when none was within it and the nearest anywhere are
    listed instead."""
    real = capable - examples
    if capable == 0:
        if radius_km is not None:
            found = translate("making", "No workshop within {radius:.0f} km of {place} can make this design.")
        else:
            found = translate("making", "No workshop anywhere can make this design.")
        if show_examples:
            hint = translate(
                "making",
                "Try a larger distance, another material or process, or add your own workshop "
                "(fabwise facilities add).",
            )
        else:
            hint = translate(
                "making",
                "Try a larger distance, another material or process, or add your own workshop "
                "(fabwise facilities add); to try the flow, turn on “Show example workshops”.",
            )
        return found.format(radius=radius_km or 0.0, place=place) + " " + hint
    if radius_km is not None:
        if real == 1:
            text = translate("making", "{count} workshop within {radius:.0f} km of {place} can make it")
        else:
            text = translate("making", "{count} workshops within {radius:.0f} km of {place} can make it")
    elif real == 1:
        text = translate("making", "{count} workshop nearest to {place} (none within reach) can make it")
    else:
        text = translate("making", "{count} workshops nearest to {place} (none within reach) can make it")
    text = text.format(count=real, radius=radius_km or 0.0, place=place)
    if examples == 1:
        text += translate("making", ", and {count} example workshop (fictional, listed last)").format(
            count=examples
        )
    elif examples:
        text += translate("making", ", and {count} example workshops (fictional, listed last)").format(
            count=examples
        )
    return text + "."


def guide_alternatives(
    candidates: Iterable[tuple[Facility, float | None]],
    parts: Sequence[PartRequirement],
    *,
    chosen_id: str | None = None,
) -> list[tuple[Facility, float]]:
    """The workshops the eco guide weighs against the chosen one, the same for the CLI and the
    GUI: real workshops (never a fictional example: the guide does not recommend demo data)
    able to make every part, within ``GUIDE_RADIUS_KM`` of the user (``candidates`` carry
    their distance; None = unknown), not the chosen one, nearest first, at most
    ``GUIDE_ALTERNATIVES``."""
    found = [
        (facility, km)
        for facility, km in candidates
        if km is not None
        and km <= GUIDE_RADIUS_KM
        and facility.id != chosen_id
        and not is_example(facility)
        and not assess_facility(facility, parts)[0]
    ]
    found.sort(key=lambda item: item[1])
    return found[:GUIDE_ALTERNATIVES]


def order_candidates(candidates: Iterable[tuple[Facility, float | None]]) -> list[Facility]:
    """The workshops the eco guide may split an order across (or gather it at), the same for the
    CLI and the GUI: real workshops (never a fictional example) within ``GUIDE_RADIUS_KM`` of the
    user, whatever part they can make (``candidates`` carry their distance; None = unknown)."""
    return [
        facility
        for facility, km in candidates
        if km is not None and km <= GUIDE_RADIUS_KM and not is_example(facility)
    ]


def contact_message(facility: Facility, design: str, package: str | None = None) -> tuple[str, str]:
    """(subject, body) of a first e-mail to ``facility`` about making ``design``; names the
    production package to attach when one was exported (``package``: its path)."""
    subject = translate("contact", "Could you make this? {design} (Fabwise package)").format(design=design)
    lines = [
        translate("contact", "Hello {facility},").format(facility=facility.name),
        "",
        translate("contact", "I would like to have “{design}” made at your workshop.").format(design=design),
    ]
    if package:
        lines += [
            translate("contact", "The production package is attached: {file}").format(
                file=package.rsplit("/", 1)[-1]
            ),
            translate("contact", "(made with Fabwise; check it with: fabwise package verify FILE)."),
        ]
    else:
        lines += [
            translate(
                "contact",
                "I can send the production package (made with Fabwise) as soon as you "
                "tell me which files you take.",
            )
        ]
    lines += [
        "",
        translate("contact", "Could you tell me the price and when it could be ready?"),
        "",
        translate("contact", "Thank you,"),
    ]
    return subject, "\n".join(lines)


def mailto_url(subject: str, body: str, to: str = "") -> str:
    """A ``mailto:`` address that opens an e-mail with ``subject`` and ``body`` filled in."""
    from urllib.parse import quote

    return f"mailto:{quote(to)}?subject={quote(subject)}&body={quote(body)}"


def website_of(facility: Facility) -> str:
    """The workshop's own website, or the page its record comes from, or ""."""
    if facility.url:
        return facility.url
    return facility.source.url if facility.source is not None else ""

"""``fabwise eco ID --set ... [--material M] [--facility F | --country CC] [--json] [--explain]``.

Builds the variant, evaluates its footprint, repairability, circularity and grade with the eco
rules, and prints the guide: alternatives that were actually built and evaluated. ``--explain``
prints the trace from every figure to its rule and sourced factors.

The facility glue (facility -> eco context, facility -> capability check) lives in
:mod:`configurator.app.making`, so that ``eco_rules`` stays independent of the facility store.
"""

from __future__ import annotations

import argparse
from collections.abc import Mapping
from typing import Any

from configurator.app.making import delivery_note, facility_context, facility_option
from configurator.cli.common import (
    TRANSPORT_MODES,
    add_variant_arguments,
    delivery_distance,
    print_json,
    resolve_origin,
    service_from_args,
    values_with_material,
)
from configurator.sdk.params import Value
from configurator.sdk.results import BuildResult

NEARBY_KM = 150.0
NEARBY_COUNT = 5


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser(
        "eco", help="footprint, repairability and grade of a variant, with the eco-guide",
        description="Build a variant and report kg CO2e and MJ by life phase (with low/high "
        "bounds), repairability, circularity and an A-E grade, followed by the guide: evaluated "
        "alternatives ranked by saving.",
    )
    add_variant_arguments(parser)
    parser.add_argument("--material", metavar="M",
                        help="material id for the template's material slot (see materials.csv)")
    where = parser.add_mutually_exclusive_group()
    where.add_argument("--facility", metavar="F",
                       help="facility id (see `fabwise facilities`, e.g. example-atelier-canal)")
    where.add_argument("--country", metavar="CC", help="ISO 3166-1 alpha-2 country of the maker")
    where.add_argument("--grid", type=float, metavar="G",
                       help="the maker's own electricity figure in gCO2e/kWh")
    parser.add_argument("--from", dest="origin", metavar="PLACE",
                        help="where you are ('Lyon, FR' or 'lat,lon'): distance to the facility")
    parser.add_argument("--distance-km", type=float, metavar="KM",
                        help="delivery distance in km (overrides --from)")
    parser.add_argument("--transport", choices=TRANSPORT_MODES, default="van",
                        help="delivery mode (default: van; car = a trip made to collect it)")
    parser.add_argument("--eol", choices=("recycling", "incineration", "landfill"),
                        help="end-of-life route for every material (default: per material)")
    parser.add_argument("--infill", type=float, metavar="F",
                        help="FDM infill as a fraction 0-1 (default: slicer profile value)")
    parser.add_argument("--no-guide", action="store_true", help="skip the guide (no extra builds)")
    parser.add_argument("--json", action="store_true", help="machine-readable output")
    parser.add_argument("--explain", action="store_true",
                        help="print the trace: rule, facts, factors and sources of every figure")
    parser.set_defaults(func=_eco)


def _nearby_options(store: Any, facility: Any, here: Any, transport: str) -> list[Any]:
    """Other facilities near the user (needs --from), as guide options."""
    if here is None:
        return []
    from configurator.core.facilities.gazetteer import haversine_km

    options = []
    for other in store.search(placed_only=True):
        if facility is not None and other.id == facility.id:
            continue
        assert other.location.lat is not None and other.location.lon is not None
        km = haversine_km(here.lat, here.lon, other.location.lat, other.location.lon)
        if km <= NEARBY_KM:
            note = delivery_note(km, here.label, other.location.precision)
            options.append((km, other, note))
    options.sort(key=lambda item: item[0])
    return [facility_option(f, facility_context(f, km, transport, [note]))
            for km, f, note in options[:NEARBY_COUNT]]


def _eco(args: argparse.Namespace) -> int:
    from eco_rules import EcoContext, build_guide, default_engine, render_explain, render_report

    engine = default_engine()
    transport = "bicycle" if args.transport == "foot" else args.transport
    with service_from_args(args) as service:
        values = values_with_material(service, args)
        request = service.request(args.template_id, values, preset=args.preset)
        here = resolve_origin(args)
        facility = current = None
        store = None
        options: list[Any] = []
        try:
            if args.facility:
                from configurator.core.facilities.store import FacilityStore

                store = FacilityStore()
                facility = store.get(args.facility)  # before building: a wrong id fails fast
            build = service.build(request)
            if facility is not None:
                assert store is not None
                distance, notes = delivery_distance(args, facility, here)
                context = facility_context(facility, distance, transport, notes)
                current = facility_option(facility, context)
                if not args.no_guide:
                    options = _nearby_options(store, facility, here, transport)
            else:
                distance, notes = delivery_distance(args, None, here)
                if args.country is None and args.grid is None:
                    notes.append("no facility, country or grid figure given: world average grid used")
                context = EcoContext(
                    country=args.country.upper() if args.country else None,
                    grid_g_per_kwh=args.grid,
                    grid_source="given on the command line" if args.grid is not None else "",
                    distance_km=distance, transport_mode=transport, notes=tuple(notes),
                )
        finally:
            if store is not None:
                store.close()
        context = _with_options(context, args)
        report = engine.evaluate(build, context)
        guide = None
        if not args.no_guide:
            template = service.registry.get(args.template_id).template

            def builder(params: Mapping[str, Value]) -> BuildResult:
                return service.build(service.request(args.template_id, dict(params)))

            guide = build_guide(engine, template.schema, args.template_id, request.params, build,
                                context, builder, facility=current, facilities=options,
                                baseline=report)
    if args.json:
        data = report.to_dict()
        if guide is not None:
            data["guide"] = guide.to_dict()
        if not args.explain:
            data.pop("trace")
        print_json(data)
        return 0
    print(render_report(report, guide))
    if args.explain:
        print()
        print(render_explain(report))
    return 0


def _with_options(context: Any, args: argparse.Namespace) -> Any:
    from dataclasses import replace

    if args.infill is not None:
        context = replace(context, fdm_infill=args.infill)
    if args.eol is not None:
        context = replace(context, eol_route=args.eol)
    return context

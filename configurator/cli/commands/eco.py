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

from configurator.app.making import (
    delivery_note,
    facility_context,
    facility_option,
    guide_alternatives,
    part_requirements,
)
from configurator.cli.common import (
    TRANSPORT_MODES,
    add_variant_arguments,
    delivery_distance,
    print_json,
    resolve_origin,
    service_from_args,
    variant_request,
)
from configurator.cli.numbers import DISTANCE_KM, FRACTION, GRID_G_PER_KWH
from configurator.sdk.params import Value
from configurator.sdk.results import BuildResult


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser(
        "eco",
        help="footprint, repairability and grade of a variant, with the eco-guide",
        description="Build a variant and report kg CO2e and MJ by life phase (with low/high "
        "bounds), repairability, circularity and an A-E grade, followed by the guide: evaluated "
        "alternatives ranked by saving.",
    )
    add_variant_arguments(parser, optional_id=True)
    parser.add_argument(
        "--material", metavar="M", help="material id for the template's material slot (see materials.csv)"
    )
    where = parser.add_mutually_exclusive_group()
    where.add_argument(
        "--facility", metavar="F", help="facility id (see `fabwise facilities`, e.g. example-atelier-canal)"
    )
    where.add_argument("--country", metavar="CC", help="ISO 3166-1 alpha-2 country of the maker")
    where.add_argument(
        "--grid", type=GRID_G_PER_KWH, metavar="G", help="the maker's own electricity figure in gCO2e/kWh"
    )
    parser.add_argument(
        "--from",
        dest="origin",
        metavar="PLACE",
        help="where you are ('Lyon, FR' or 'lat,lon'): distance to the facility",
    )
    parser.add_argument(
        "--distance-km", type=DISTANCE_KM, metavar="KM", help="delivery distance in km (overrides --from)"
    )
    parser.add_argument(
        "--transport",
        choices=TRANSPORT_MODES,
        default="van",
        help="delivery mode (default: van; car = a trip made to collect it)",
    )
    parser.add_argument(
        "--eol",
        choices=("recycling", "incineration", "landfill"),
        help="end-of-life route for every material (default: per material)",
    )
    parser.add_argument(
        "--infill",
        type=FRACTION,
        metavar="F",
        help="FDM infill as a fraction 0-1 (default: slicer profile value)",
    )
    parser.add_argument("--no-guide", action="store_true", help="skip the guide (no extra builds)")
    parser.add_argument(
        "--no-slice",
        action="store_true",
        help="do not slice printed parts: print time and filament from the volume "
        "model (labelled an estimate)",
    )
    parser.add_argument(
        "--no-fit",
        action="store_true",
        help="do not check the guide's alternatives against the template's "
        "conditions of use (faster; alternatives are then not known to hold)",
    )
    parser.add_argument("--json", action="store_true", help="machine-readable output")
    parser.add_argument(
        "--explain",
        action="store_true",
        help="print the trace: rule, facts, factors and sources of every figure",
    )
    parser.set_defaults(func=_eco)


def _nearby_options(store: Any, facility: Any, here: Any, transport: str, build: BuildResult) -> list[Any]:
    """Other workshops near the user (needs --from), as guide options (guide_alternatives)."""
    if here is None:
        return []
    from configurator.core.facilities.gazetteer import haversine_km

    candidates = []
    for other in store.search(placed_only=True):
        assert other.location.lat is not None and other.location.lon is not None
        km = haversine_km(here.lat, here.lon, other.location.lat, other.location.lon)
        candidates.append((other, km))
    chosen = guide_alternatives(
        candidates, part_requirements(build), chosen_id=facility.id if facility is not None else None
    )
    return [
        facility_option(
            f, facility_context(f, km, transport, [delivery_note(km, here.label, f.location.precision)])
        )
        for f, km in chosen
    ]


def _eco(args: argparse.Namespace) -> int:
    from eco_rules import EcoContext, build_guide, default_engine, render_explain, render_report

    engine = default_engine()
    transport = "bicycle" if args.transport == "foot" else args.transport
    with service_from_args(args) as service:
        request = variant_request(service, args)
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
                    options = _nearby_options(store, facility, here, transport, build)
            else:
                distance, notes = delivery_distance(args, None, here)
                if args.country is None and args.grid is None:
                    notes.append("no facility, country or grid figure given: world average grid used")
                context = EcoContext(
                    country=args.country.upper() if args.country else None,
                    grid_g_per_kwh=args.grid,
                    grid_source="given on the command line" if args.grid is not None else "",
                    distance_km=distance,
                    transport_mode=transport,
                    notes=tuple(notes),
                )
        finally:
            if store is not None:
                store.close()
        context = _with_options(context, args)
        model_context = context
        if not args.no_slice:
            from configurator.core.production.measure import measure_build, with_production

            context = with_production(context, measure_build(build, facility, book=engine.book))
        report = engine.evaluate(build, context)
        guide = None
        if not args.no_guide:
            template = service.registry.get(request.ref.id).template
            lanes = service.lanes()  # alternatives two at a time, on the build + spare worker
            fits = None
            if not args.no_fit:
                from configurator.core.fit import FitReport, FitRequest, FitService

                fits = FitService(service, lanes=lanes)

            def builder(params: Mapping[str, Value]) -> BuildResult:
                variant = service.request(request.ref.id, dict(params))
                # built where its fit check will run, so the check does not build it again
                return fits.build(variant) if fits is not None else service.build(variant, lanes)

            fitness = None
            if fits is not None:
                checker = fits

                def fitness(params: Mapping[str, Value]) -> FitReport:
                    return checker.check(FitRequest(request.ref, dict(params)))

            # The guide compares alternatives it builds on the fly; they are measured with the
            # rules' models (not sliced), so the baseline it compares them with is too.
            guide = build_guide(
                engine,
                template.schema,
                request.ref.id,
                request.params,
                build,
                model_context,
                builder,
                facility=current,
                facilities=options,
                baseline=report if model_context is context else None,
                fitness=fitness,
                parallel=lanes.width,
            )
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

"""``fabwise quote ID [--set ...] --facility F [--quantity N] [--json]``.

Builds the variant, slices its printed parts with the workshop's printer profile (PrusaSlicer),
times its laser parts, evaluates it, and prints what the workshop would charge: material, machine
time x hourly rate, set-up, per term, with a range, the currency and the lead time. Prices the
workshop has not published are typical fab-lab prices, marked as such.
"""

from __future__ import annotations

import argparse

from configurator.cli.common import (
    add_variant_arguments,
    print_json,
    service_from_args,
    variant_request,
)


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser(
        "quote",
        help="what a workshop would charge for a variant, term by term",
        description="Build a variant and quote it at one workshop: material, machine time x "
        "hourly rate, set-up fee, for the quantity asked; a range, the currency and the lead "
        "time. Print time and filament come from PrusaSlicer with the workshop's printer "
        "profile. Prices the workshop has not published are typical fab-lab prices, marked so.",
    )
    add_variant_arguments(parser)
    parser.add_argument(
        "--material", metavar="M", help="material id for the template's material slot (see materials.csv)"
    )
    parser.add_argument(
        "--facility", metavar="F", required=True, help="facility id (see `fabwise facilities list`)"
    )
    parser.add_argument("--quantity", type=int, default=1, metavar="N", help="copies (default 1)")
    parser.add_argument("--json", action="store_true", help="machine-readable output")
    parser.set_defaults(func=_quote)


def _quote(args: argparse.Namespace) -> int:
    from configurator.app.quoting import quote_build
    from configurator.core.facilities.store import FacilityStore
    from configurator.core.production.quote import MAX_QUANTITY
    from configurator.sdk.errors import FabwiseError

    if not 1 <= args.quantity <= MAX_QUANTITY:
        raise FabwiseError(f"--quantity must be from 1 to {MAX_QUANTITY}, got {args.quantity}")
    store = FacilityStore()
    try:
        facility = store.get(args.facility)  # before building: a wrong id fails fast
    finally:
        store.close()
    with service_from_args(args) as service:
        build = service.build(variant_request(service, args))
    quote, measurement, _report = quote_build(build, facility, args.quantity)
    if args.json:
        print_json(quote.to_dict() | {"production": measurement.to_dict()})
        return 0
    print(quote.render())
    return 0

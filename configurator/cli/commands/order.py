"""``fabwise order ID --from PLACE [-o FOLDER]``: one workshop, or the best split across several.

Plans who makes which part (each part to a workshop able to make it), compares the best single
workshop with the best split by delivery distance and footprint (transport counted once per
leg), and with ``-o`` writes one package per workshop plus an assembly sheet.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from configurator.cli.common import (
    TRANSPORT_MODES,
    add_variant_arguments,
    print_json,
    resolve_origin,
    service_from_args,
    variant_request,
)
from configurator.cli.numbers import DISTANCE_KM, whole
from configurator.sdk.errors import FabwiseError
from configurator.sdk.schema import parse_assignments
from eco_rules.numbers import km_text


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser(
        "order",
        help="plan who makes which part (one workshop or a split) and export per workshop",
        description="Find one workshop that can make every part, or the best split across "
        "several (each part to a capable workshop, fewest kilometres of delivery legs). Shows "
        "both with their footprint; with -o writes one package per workshop and an assembly "
        "sheet for you.",
    )
    add_variant_arguments(parser, optional_id=True)
    parser.add_argument("--material", metavar="M", help="material id for the template's material slot")
    parser.add_argument(
        "--from",
        dest="origin",
        metavar="PLACE",
        help="where you are ('Lyon, FR' or 'lat,lon'): distances and ranking",
    )
    parser.add_argument(
        "--assign",
        action="append",
        default=[],
        metavar="PART=FACILITY",
        help="make this part at this workshop (repeatable)",
    )
    parser.add_argument(
        "--within", type=DISTANCE_KM, metavar="KM", help="only workshops this close to you (needs --from)"
    )
    parser.add_argument(
        "--single", action="store_true", help="use one workshop for every part, even if a split is shorter"
    )
    parser.add_argument(
        "--transport",
        choices=TRANSPORT_MODES,
        default="van",
        help="delivery mode for the footprint (default: van)",
    )
    parser.add_argument(
        "--quantity",
        type=whole(1, 10000),
        default=1,
        metavar="N",
        help="number of complete products (default: 1)",
    )
    parser.add_argument(
        "-o",
        "--output",
        type=Path,
        metavar="FOLDER",
        help="write the packages and the assembly sheet into this new folder",
    )
    parser.add_argument(
        "--preview",
        choices=("auto", "vtk", "software"),
        default="auto",
        help="how to draw each package's preview.png",
    )
    parser.add_argument("--json", action="store_true", help="machine-readable output")
    parser.set_defaults(func=_order)


def _plan_text(plan: Any) -> list[str]:
    lines = []
    for index, leg in enumerate(plan.legs, start=1):
        km = "distance unknown" if leg.distance_km is None else km_text(leg.distance_km)
        lines.append(
            f"    {index}. {leg.facility.name} ({leg.facility.location.label()}, "
            f"{km}): {', '.join(leg.parts)}"
        )
    return lines


def _footprint_text(label: str, footprint: Any) -> str:
    from configurator.app.order import co2e_text

    return (
        f"{label}: {co2e_text(footprint.total_kg.value)}, of which transport "
        f"{co2e_text(footprint.transport_kg.value)} over {len(footprint.legs)} leg(s)"
    )


def _order(args: argparse.Namespace) -> int:
    from configurator.app.order import export_order, plan_legs, propose_order
    from configurator.core.facilities.store import FacilityStore

    assign = parse_assignments(args.assign)
    if args.within is not None and not args.origin:
        raise FabwiseError("--within needs --from (distances are measured from you)")
    here = resolve_origin(args)
    origin = (here.lat, here.lon) if here is not None else None
    with service_from_args(args) as service, FacilityStore() as store:
        for warning in store.warnings:
            print(f"fabwise: warning: {warning}", file=sys.stderr)
        request = variant_request(service, args)
        build = service.build(request)
        from configurator.app.making import offered_or_chosen

        offered = offered_or_chosen(store.all(), assign.values())  # examples only if assigned
        proposal = propose_order(
            build,
            offered,
            origin=origin,
            assign=assign,
            max_distance_km=args.within,
            single_only=args.single,
            transport=args.transport,
        )
        options, chosen = proposal.options, proposal.chosen
        single_fp, split_fp, chosen_fp = proposal.single, proposal.split, proposal.chosen_footprint
        exported = None
        if args.output is not None:
            exported = export_order(
                service,
                request,
                chosen,
                args.output,
                quantity=args.quantity,
                transport=args.transport,
                preview=args.preview,
                material=args.material,
            )
    if args.json:
        print_json(
            {
                "chosen": plan_legs(chosen, chosen_fp),
                "single": plan_legs(options.single, single_fp) if options.single else None,
                "split": (
                    plan_legs(options.split, split_fp)
                    if options.split is not None and split_fp is not None
                    else None
                ),
                "folder": str(exported.folder) if exported else None,
                "packages": [str(p) for _, p in exported.packages] if exported else [],
            }
        )
        return 0
    where = f" (from {here.label})" if here is not None else " (no --from: distances unknown)"
    print(f"Order plan for {build.template_id}{where}:")
    if options.single is not None:
        print("  one workshop:")
        print("\n".join(_plan_text(options.single)))
    else:
        print("  one workshop: none in reach can make every part")
    if options.split is not None and not options.split.single:
        total = options.split.total_km
        km = f", {km_text(total)} of delivery legs" if total is not None else ""
        print(f"  best split: {len(options.split.legs)} workshops{km}")
        print("\n".join(_plan_text(options.split)))
    elif options.single is not None:
        print("  best split: none shorter than one workshop")
    for label, fp in (("  one workshop", single_fp), ("  split", split_fp)):
        if fp is not None:
            print(_footprint_text(label, fp))
    if single_fp is not None or split_fp is not None:
        print(
            "  (footprints estimated from the parts' volume; the packages use the sliced jobs "
            "and carry each workshop's quote)"
        )
    advice = proposal.advice()
    if advice:
        print(f"  guide: {advice}")
    if exported is not None:
        print(f"wrote {exported.folder}:")
        for _, path in exported.packages:
            print(f"  {path.name}  (fabwise package verify {path.name})")
        print(f"  {exported.assembly.name}  (for you: who makes what, and how it goes together)")
    else:
        print("  (add -o FOLDER to write one package per workshop and the assembly sheet)")
    return 0

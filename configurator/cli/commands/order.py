"""``fabwise order ID --from PLACE [--rank distance|footprint|price] [-o FOLDER]``: one workshop,
or the best split across several.

Plans who makes which part (each part to a workshop able to make it), ranks the plans by delivery
distance, footprint or price (the app layer's rule, :func:`configurator.app.order.rank_plans`),
compares the best single workshop with the best split (transport counted once per leg), and with
``-o`` writes one package per workshop plus an assembly sheet.
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
from configurator.core.facilities.split import RANKS
from configurator.sdk.errors import FabwiseError
from configurator.sdk.schema import parse_assignments
from eco_rules.numbers import km_text


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser(
        "order",
        help="plan who makes which part (one workshop or a split) and export per workshop",
        description="Find one workshop that can make every part, or the best split across "
        "several (each part to a capable workshop), ranked by delivery distance, footprint or "
        "price. Shows both with their footprint; with -o writes one package per workshop and an "
        "assembly sheet for you.",
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
        "--rank",
        choices=tuple(RANKS),
        default="distance",
        help="rank the plans by delivery distance (default), footprint (CO2e incl. every transport "
        "leg) or price (the sum of the workshops' own quotes; plans without one come last)",
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


def _plan_json(proposal: Any, plan: Any, footprint: Any) -> dict[str, Any] | None:
    from configurator.app.order import plan_legs

    if plan is None:
        return None
    price = proposal.price_of(plan)
    entry: dict[str, Any] = {"legs": plan_legs(plan, footprint), "total_km": plan.total_km}
    if footprint is not None:
        entry["co2e_kg"] = round(footprint.total_kg.value, 4)
    if price is not None:
        entry["price"] = _price_json(price)
    return entry


def _price_json(price: Any) -> dict[str, Any]:
    if price.total is None:
        return {"established": False, "why_not": price.missing}
    total = price.total
    return {
        "established": True,
        "currency": price.currency,
        "total": {"low": round(total.low, 2), "value": round(total.value, 2), "high": round(total.high, 2)},
        "typical_prices": price.typical,
        "notes": list(price.notes),
    }


def _print_unpriced(proposal: Any, chosen: Any) -> None:
    """Which plans have no established price and why (they are ranked after the priced ones)."""
    from configurator.app.order import PRICE_SCOPE

    unpriced = proposal.unpriced()
    if len(unpriced) == len(proposal.ranked):
        print("  no plan has an established price, so they are ranked by distance:")
    elif unpriced:
        print(f"  {len(unpriced)} plan(s) ranked after the priced ones, price not established:")
    for plan, price in unpriced[:3]:
        names = " + ".join(leg.facility.name for leg in plan.legs)
        print(f"    {names}: {price.missing}" if not plan.single else f"    {price.missing}")
    if len(unpriced) > 3:
        print(f"    … and {len(unpriced) - 3} more")
    chosen_price = proposal.price_of(chosen)
    if chosen_price is not None and chosen_price.known:
        print(f"  (prices {PRICE_SCOPE})")
        for note in chosen_price.notes[1:]:
            print(f"  ({note})")


def _order(args: argparse.Namespace) -> int:
    from configurator.app.order import export_order, plan_legs, propose_order
    from configurator.core.facilities.store import FacilityStore

    assign = parse_assignments(args.assign)
    if args.within is not None and not args.origin:
        raise FabwiseError("--within needs --from (distances are measured from you)")
    here = resolve_origin(args)
    origin = (here.lat, here.lon) if here is not None else None
    if args.rank == "distance" and origin is None:
        print(
            "fabwise: warning: no --from: the plans cannot be ranked by distance (fewest workshops first)",
            file=sys.stderr,
        )
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
            rank=args.rank,
            quantity=args.quantity,
        )
        chosen = proposal.chosen
        single_plan, split_plan = proposal.single_plan, proposal.split_plan
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
                "rank": proposal.rank,
                "chosen": plan_legs(chosen, chosen_fp),
                "chosen_plan": _plan_json(proposal, chosen, chosen_fp),
                "single": plan_legs(single_plan, single_fp) if single_plan is not None else None,
                "split": plan_legs(split_plan, split_fp) if split_plan is not None else None,
                "single_plan": _plan_json(proposal, single_plan, single_fp),
                "split_plan": _plan_json(proposal, split_plan, split_fp),
                "unpriced": [
                    {"workshops": [leg.facility.id for leg in plan.legs], "why_not": price.missing}
                    for plan, price in proposal.unpriced()
                ],
                "plans_considered": len(proposal.ranked),
                "folder": str(exported.folder) if exported else None,
                "packages": [str(p) for _, p in exported.packages] if exported else [],
            }
        )
        return 0
    where = f" (from {here.label})" if here is not None else " (no --from: distances unknown)"
    print(f"Order plan for {build.template_id}{where}, ranked by {RANKS[proposal.rank]}:")
    for label, plan, fp in (("one workshop", single_plan, single_fp), ("best split", split_plan, split_fp)):
        if plan is None:
            what = (
                "none in reach can make every part"
                if label == "one workshop"
                else "none (the nearest workshops able to make each part do not divide it)"
            )
            print(f"  {label}: {what}")
            continue
        total = plan.total_km
        if plan.single:
            what = f"{km_text(total)} to you" if total is not None else "distance unknown"
        else:
            km = f", {km_text(total)} of delivery legs" if total is not None else ""
            what = f"{len(plan.legs)} workshops{km}"
        print(f"  {label}: {what}" + (" (chosen)" if plan is chosen else ""))
        print("\n".join(_plan_text(plan)))
        if fp is not None:
            print(_footprint_text("    footprint", fp))
        price = proposal.price_of(plan)
        if price is not None:
            print(f"    price: {price.text()}")
    if single_fp is not None or split_fp is not None:
        print(
            "  (footprints estimated from the parts' volume; the packages use the sliced jobs "
            "and carry each workshop's quote)"
        )
    if proposal.rank == "price":
        _print_unpriced(proposal, chosen)
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

"""``fabwise facilities ...``: list, show, find nearby, add, edit, remove, import and export.

Facilities live in the Fabwise database (``<user data dir>/fabwise.db``; ``FABWISE_DATA_DIR``
moves it). The shipped fab labs come from Open Know-Where (CC BY 4.0) with a *typical* fab lab
inventory that is not verified per lab; the output says so wherever it shows them.
"""

from __future__ import annotations

import argparse
import math
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path
from typing import Any

from configurator.cli.common import print_json
from configurator.cli.numbers import DISTANCE_KM, GRID_G_PER_KWH, LATITUDE, LONGITUDE, number, whole
from configurator.core.facilities.codec import facility_to_dict
from configurator.core.facilities.model import (
    FACILITY_KINDS,
    PROCESSES,
    Electricity,
    Facility,
    Location,
    Pricing,
)
from configurator.core.facilities.text import (
    MACHINE_SPEC_HELP,
    describe,
    facility_flags,
    parse_machine_spec,
    parse_rate,
)
from configurator.sdk.errors import FabwiseError


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser(
        "facilities",
        help="fab labs and workshops: list, find nearby, add, edit, import, export",
        description="Facilities that can make your product. The shipped fab labs come from "
        "Open Know-Where data (Internet of Production Alliance, CC BY 4.0) and are given the "
        "typical fab lab inventory, NOT verified per lab.",
    )
    parser.set_defaults(func=lambda _args: _usage(parser))
    commands = parser.add_subparsers(dest="facilities_command", metavar="ACTION")

    listing = commands.add_parser("list", help="list facilities")
    _add_filters(listing)
    listing.add_argument("--limit", type=whole(0, 1_000_000), default=50, help="at most N rows (0: all)")
    listing.add_argument("--json", action="store_true", help="machine-readable output")
    listing.set_defaults(func=_list)

    show = commands.add_parser("show", help="everything about one facility")
    show.add_argument("facility_id", metavar="ID")
    show.add_argument("--json", action="store_true", help="machine-readable output")
    show.set_defaults(func=_show)

    near = commands.add_parser(
        "near",
        help="facilities near a place that can make a part",
        description="Facilities that can make a part, nearest first. PLACE is 'City', "
        "'City, CC', a country, or 'lat,lon' (offline lookup; ambiguous names take the most "
        "populous place and say so).",
    )
    near.add_argument("place", metavar="PLACE")
    near.add_argument("--process", choices=tuple(PROCESSES), help="process the part needs")
    near.add_argument("--material", help="material id (see resources/data/materials.csv)")
    near.add_argument("--size", type=_size, metavar="XxYxZ", help="part size in mm, e.g. 300x200x6")
    near.add_argument(
        "--thickness",
        type=number(0, 1000, "mm", low_open=True),
        metavar="MM",
        help="sheet thickness (laser, router)",
    )
    near.add_argument("--kind", choices=FACILITY_KINDS, help="only this kind of facility")
    near.add_argument("--max-km", type=DISTANCE_KM, help="only facilities within this distance")
    near.add_argument(
        "--include-approximate",
        action="store_true",
        help="also rank facilities placed only at their country's centroid",
    )
    near.add_argument(
        "--include-examples",
        action="store_true",
        help="also list the fictional example workshops (demo data, listed last)",
    )
    near.add_argument("--limit", type=whole(1, 100_000), default=10, help="show N facilities (default 10)")
    near.add_argument("--json", action="store_true", help="machine-readable output")
    near.set_defaults(func=_near)

    add = commands.add_parser("add", help="add your own facility")
    add.add_argument("--name", required=True)
    add.add_argument("--id", dest="new_id", help="id (default: user-<name>)")
    _add_fields(add)
    add.add_argument("--machine", action="append", default=[], metavar="SPEC", help=MACHINE_SPEC_HELP)
    add.set_defaults(func=_add)

    edit = commands.add_parser("edit", help="change a facility (shipped ones keep your edits)")
    edit.add_argument("facility_id", metavar="ID")
    edit.add_argument("--name")
    _add_fields(edit)
    edit.add_argument("--add-machine", action="append", default=[], metavar="SPEC", help=MACHINE_SPEC_HELP)
    edit.add_argument(
        "--remove-machine",
        action="append",
        type=whole(1, 10_000),
        default=[],
        metavar="N",
        help="remove machine number N (as numbered by `show`)",
    )
    edit.add_argument(
        "--profile",
        metavar="P",
        help="printer profile of its FDM printers (see `fabwise quote --help`; "
        "shipped: prusa-mk3s-0.4, ender3-0.4, cr10-s5-0.4; 'none' clears it)",
    )
    edit.set_defaults(func=_edit)

    for name, helptext, handler in (
        ("remove", "remove a facility (shipped ones are hidden and can be restored)", _remove),
        ("restore", "bring back a removed shipped facility", _restore),
        ("revert", "undo your edits of a shipped facility", _revert),
    ):
        command = commands.add_parser(name, help=helptext)
        command.add_argument("facility_id", metavar="ID")
        command.set_defaults(func=handler)

    about = commands.add_parser("about", help="where the shipped facility data comes from")
    about.set_defaults(func=_about)

    importing = commands.add_parser("import", help="import facilities from OKW JSON (.json) or CSV (.csv)")
    importing.add_argument("file", type=Path, metavar="FILE")
    importing.set_defaults(func=_import)

    exporting = commands.add_parser("export", help="export facilities to OKW JSON (.json) or CSV (.csv)")
    exporting.add_argument("file", type=Path, metavar="FILE")
    _add_filters(exporting)
    exporting.set_defaults(func=_export)

    publish = commands.add_parser(
        "publish",
        help="write your workshop's own record as Open Know-Where JSON for others",
        description="Write one facility (machines with envelopes and materials, sheet stock, "
        "rates, accepted formats, location) as an Open Know-Where v1 document, validated "
        "against the OKW schema, that others import with `fabwise facilities import FILE`.",
    )
    publish.add_argument("facility_id", metavar="ID")
    publish.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.okw.json")
    publish.add_argument(
        "--licence", default="CC-BY-4.0", help="licence you publish the record under (default: CC-BY-4.0)"
    )
    publish.set_defaults(func=_publish)


def _usage(parser: argparse.ArgumentParser) -> int:
    parser.print_help()
    return 2


def _add_filters(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--country", metavar="CC", help="ISO country code, e.g. FR")
    parser.add_argument("--kind", choices=FACILITY_KINDS)
    parser.add_argument("--process", choices=tuple(PROCESSES))
    parser.add_argument("--search", metavar="TEXT", help="name or city contains TEXT")


def _add_fields(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--city", help="city, placed offline ('Lyon' or 'Lyon, FR')")
    parser.add_argument("--country", metavar="CC", help="ISO country code")
    parser.add_argument("--region")
    parser.add_argument("--address")
    parser.add_argument("--lat", type=LATITUDE)
    parser.add_argument("--lon", type=LONGITUDE)
    parser.add_argument("--url")
    parser.add_argument("--description")
    parser.add_argument("--grid", metavar="CC", help="electricity from this country's grid")
    parser.add_argument(
        "--own-intensity",
        type=GRID_G_PER_KWH,
        metavar="G",
        help="own electricity figure in gCO2e/kWh (needs --electricity-note)",
    )
    parser.add_argument("--electricity-note", help="where the own figure comes from")
    parser.add_argument("--rate", metavar="AMOUNT CUR", help="hourly rate, e.g. '35 EUR'")
    parser.add_argument("--formats", help="accepted file formats, e.g. 'step stl dxf'")
    prices = parser.add_argument_group("prices (used by `fabwise quote`)")
    prices.add_argument("--currency", metavar="CUR", help="currency of the prices below, e.g. EUR")
    prices.add_argument(
        "--machine-rate",
        action="append",
        default=[],
        metavar="PROCESS=AMOUNT",
        help="price per machine hour for a process, e.g. laser=30 (repeatable)",
    )
    prices.add_argument("--setup-fee", type=float, metavar="AMOUNT", help="set-up fee per job")
    prices.add_argument(
        "--material-price",
        action="append",
        default=[],
        metavar="SPEC",
        help="material=pla per_kg=25, or material=birch_plywood per_sheet=12 "
        "sheet=600x400 thickness=3 (repeatable; replaces that material's price)",
    )
    prices.add_argument(
        "--lead-time", metavar="DAYS", help="working days, fastest-usual (e.g. 3-5) or one number"
    )
    prices.add_argument("--prices-note", metavar="TEXT", help="e.g. 'incl. VAT, member prices 2026'")
    prices.add_argument("--clear-prices", action="store_true", help="remove all recorded prices")
    parser.add_argument(
        "--verified",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="the machine list is confirmed by the facility",
    )


def _size(text: str) -> tuple[float, float, float]:
    try:
        values = tuple(float(v) for v in text.lower().replace("×", "x").split("x"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not XxYxZ in mm") from None
    if len(values) != 3 or not all(math.isfinite(v) and 0 < v <= 100_000 for v in values):
        raise argparse.ArgumentTypeError(f"'{text}' is not three positive sizes XxYxZ")
    return values[0], values[1], values[2]


@contextmanager
def _store() -> Iterator[Any]:
    from configurator.core.facilities.store import FacilityStore

    with FacilityStore() as store:
        for warning in store.warnings:
            print(f"fabwise: warning: {warning}", file=sys.stderr)
        yield store


# -- reading ---------------------------------------------------------------------------------


def _list(args: argparse.Namespace) -> int:
    with _store() as store:
        found = store.search(text=args.search, country=args.country, kind=args.kind, process=args.process)
    shown = found if args.limit <= 0 else found[: args.limit]
    if args.json:
        print_json([facility_to_dict(f) for f in shown])
        return 0
    for facility in shown:
        print(
            f"{facility.id:<30} {facility.name[:40]:<40} {facility.location.label()[:30]:<30} "
            f"{' '.join(facility.processes):<28} [{facility_flags(facility)}]"
        )
    more = len(found) - len(shown)
    tail = f" (showing {len(shown)}; --limit 0 shows all)" if more > 0 else ""
    print(f"{len(found)} facilities{tail}")
    return 0


def _show(args: argparse.Namespace) -> int:
    with _store() as store:
        facility = store.get(args.facility_id)
        record = store.info(args.facility_id)
    if args.json:
        print_json(facility_to_dict(facility))
        return 0
    print("\n".join(describe(facility, record)))
    return 0


def _near(args: argparse.Namespace) -> int:
    from configurator.core.facilities.geocode import resolve_user_location
    from configurator.core.facilities.matching import PartRequirement, match_facilities

    if args.process is None and (args.material or args.size or args.thickness):
        raise FabwiseError(
            "--material, --size and --thickness need --process",
            hint=f"e.g. --process laser (one of {', '.join(PROCESSES)})",
        )
    if args.material:
        from configurator.core.facilities.codec import known_material_ids

        if args.material not in known_material_ids():
            raise FabwiseError(
                f"unknown material '{args.material}'",
                hint=f"known: {', '.join(sorted(known_material_ids()))}",
            )
    here = resolve_user_location(args.place)
    parts = []
    if args.process:
        parts.append(PartRequirement(args.process, args.material, args.size, args.thickness, name="part"))
    from configurator.app.making import offered_facilities, plural, real_first

    with _store() as store:
        candidates = store.search(kind=args.kind, placed_only=True)
    candidates = offered_facilities(candidates, show_examples=args.include_examples or args.kind == "example")
    approximate = [f for f in candidates if f.location.precision == "country"]
    if not args.include_approximate:
        candidates = [f for f in candidates if f.location.precision != "country"]
    report = match_facilities(candidates, parts, origin=(here.lat, here.lon), max_distance_km=args.max_km)
    shown = real_first(report.capable)[: max(args.limit, 0)]
    if shown:
        limit_km = shown[-1].distance_km or 0.0
        nearer_incapable = [m for m in report.incapable if (m.distance_km or 0.0) <= limit_km]
    else:
        nearer_incapable = list(report.incapable[:3])
    if args.json:
        print_json(
            {
                "origin": {
                    "query": args.place,
                    "label": here.label,
                    "lat": here.lat,
                    "lon": here.lon,
                    "precision": here.precision,
                    "note": here.note,
                },
                "requirements": [
                    {
                        "process": p.process,
                        "material": p.material,
                        "size_mm": list(p.size_mm) if p.size_mm else None,
                        "thickness_mm": p.thickness_mm,
                    }
                    for p in parts
                ],
                "capable_count": len(report.capable),
                "left_out_country_precision": 0 if args.include_approximate else len(approximate),
                "capable": [_match_json(m) for m in shown],
                "incapable_nearer": [_match_json(m) for m in nearer_incapable],
            }
        )
        return 0
    need = ", ".join(
        filter(
            None,
            [
                args.process,
                args.material,
                "×".join(f"{v:g}" for v in args.size) + " mm" if args.size else None,
                f"{args.thickness:g} mm sheet" if args.thickness else None,
            ],
        )
    )
    print(f"near {here.label} ({here.note})")
    print(
        f"{plural(len(report.capable), 'facility', 'facilities')} can make it"
        + (f" ({need})" if need else "")
        + (f"; nearest {len(shown)}:" if shown else ".")
    )
    if not shown:
        print(
            "Try a larger --max-km, another --process or --material, or add your own workshop "
            "(fabwise facilities add)"
            + ("" if args.include_examples else "; --include-examples lists the fictional example workshops")
            + "."
        )
    for rank, match in enumerate(shown, start=1):
        facility = match.facility
        caveats = f"  [{'; '.join(match.caveats)}]" if match.caveats else ""
        print(
            f"{rank:3}. {match.distance_km or 0:8.1f} km  {facility.name[:40]:<40} "
            f"{facility.location.label()[:28]:<28} {facility.id}{caveats}"
        )
    if approximate and not args.include_approximate:
        print(
            f"({len(approximate)} facilities placed only by country left out; "
            "--include-approximate ranks them too)"
        )
    if nearer_incapable:
        print(
            f"{len(nearer_incapable)} nearer facilities cannot, e.g.:"
            if shown
            else "the nearest ones cannot:"
        )
        for match in nearer_incapable[:3]:
            print(
                f"     {match.distance_km or 0:8.1f} km  {match.facility.name[:40]:<40} "
                f"{'; '.join(match.reasons)}"
            )
    return 0


def _match_json(match: Any) -> dict[str, Any]:
    facility = match.facility
    return {
        "id": facility.id,
        "name": facility.name,
        "kind": facility.kind,
        "distance_km": None if match.distance_km is None else round(match.distance_km, 2),
        "location": facility.location.label(),
        "location_precision": facility.location.precision,
        "inventory_verified": facility.inventory_verified,
        "processes": list(facility.processes),
        "caveats": list(match.caveats),
        "reasons": list(match.reasons),
    }


# -- writing ---------------------------------------------------------------------------------


def _location(args: argparse.Namespace, current: Location | None) -> Location:
    """The location from --city/--lat/--lon/--country..., starting from ``current``."""
    from configurator.core.facilities.geocode import parse_country, resolve_user_location

    location = current or Location()
    country = location.country
    if args.country:
        parsed = parse_country(args.country)
        if parsed is None:
            raise FabwiseError(f"unknown country '{args.country}'", hint="use an ISO code, e.g. FR")
        country = parsed
    if (args.lat is None) != (args.lon is None):
        raise FabwiseError("give both --lat and --lon")
    if args.lat is not None:
        location = replace(
            location,
            lat=args.lat,
            lon=args.lon,
            precision="exact",
            note="coordinates given by the user",
            country=country,
        )
    elif args.city:
        query = args.city if "," in args.city or not country else f"{args.city}, {country}"
        here = resolve_user_location(query)
        city = args.city.split(",")[0].strip()
        location = replace(
            location,
            lat=here.lat,
            lon=here.lon,
            precision=here.precision,
            note=here.note,
            country=here.country or country,
            city=city,
        )
    elif args.country and country != location.country:
        from configurator.core.facilities.gazetteer import get_gazetteer

        centroid = get_gazetteer(5000).country_centroid(country)
        location = replace(
            location,
            country=country,
            lat=centroid.lat if centroid else None,
            lon=centroid.lon if centroid else None,
            precision="country" if centroid else "none",
            note=centroid.note if centroid else "could not be placed",
            city="",
        )
    if args.region is not None:
        location = replace(location, region=args.region)
    if args.address is not None:
        location = replace(location, address=args.address)
    return location


def _electricity(args: argparse.Namespace, current: Electricity, country: str) -> Electricity:
    if args.grid and args.own_intensity is not None:
        raise FabwiseError("give either --grid or --own-intensity, not both")
    if args.own_intensity is not None:
        if not args.electricity_note:
            raise FabwiseError(
                "--own-intensity needs --electricity-note",
                hint="say where the figure comes from, e.g. 'on-site PV, 2024 meter'",
            )
        return Electricity(own_g_co2e_per_kwh=args.own_intensity, note=args.electricity_note)
    if args.grid:
        return Electricity(grid_country=args.grid.upper())
    if current.grid_country is None and current.own_g_co2e_per_kwh is None and country:
        return Electricity(grid_country=country)
    return current


def _apply_fields(facility: Facility, args: argparse.Namespace) -> Facility:
    location = _location(args, facility.location)
    changes: dict[str, Any] = {
        "location": location,
        "electricity": _electricity(args, facility.electricity, location.country),
    }
    for field in ("url", "description"):
        if getattr(args, field) is not None:
            changes[field] = getattr(args, field)
    if getattr(args, "name", None):
        changes["name"] = args.name
    if args.rate:
        changes["hourly_rate"] = parse_rate(args.rate)
    if args.formats is not None:
        changes["accepted_formats"] = tuple(
            f.lower().lstrip(".") for f in args.formats.replace(",", " ").split()
        )
    if args.verified is not None:
        changes["inventory_verified"] = args.verified
    pricing = _pricing(args, facility)
    if pricing is not facility.pricing:
        changes["pricing"] = pricing
    return replace(facility, **changes)


def _pricing(args: argparse.Namespace, facility: Facility) -> Pricing | None:
    """The facility's prices after the --currency/--machine-rate/... options (unchanged if none)."""
    from configurator.core.facilities.text import parse_lead_time, parse_material_price

    touched = (
        args.currency
        or args.machine_rate
        or args.setup_fee is not None
        or args.material_price
        or args.lead_time
        or args.prices_note is not None
        or args.clear_prices
    )
    if not touched:
        return facility.pricing
    current = None if args.clear_prices else facility.pricing
    currency = (
        args.currency
        or (current.currency if current else "")
        or (facility.hourly_rate.currency if facility.hourly_rate else "")
    ).upper()
    if not currency and (args.machine_rate or args.setup_fee is not None or args.material_price):
        raise FabwiseError("prices need a currency", hint="add --currency EUR (or the one the workshop uses)")
    if (
        current is not None
        and args.currency
        and current.currency != currency
        and (current.machine_rates or current.setup_fee is not None or current.materials)
        and not (args.machine_rate or args.material_price or args.setup_fee is not None)
    ):
        raise FabwiseError(
            f"the recorded prices are in {current.currency}; changing only the currency would relabel them",
            hint="give the prices again with the new currency, or --clear-prices first",
        )
    rates = dict(current.machine_rates) if current else {}
    for spec in args.machine_rate:
        process, sep, amount = spec.partition("=")
        process = process.strip()
        if not sep or process not in PROCESSES:
            raise FabwiseError(
                f"machine rate '{spec}' is not PROCESS=AMOUNT",
                hint=f"processes: {', '.join(PROCESSES)}; e.g. --machine-rate laser=30",
            )
        try:
            rates[process] = float(amount)
        except ValueError:
            raise FabwiseError(f"machine rate '{spec}': '{amount}' is not a number") from None
    materials = list(current.materials) if current else []
    for spec in args.material_price:
        price = parse_material_price(spec)
        materials = [
            m
            for m in materials
            if not (m.material == price.material and m.thickness_mm == price.thickness_mm)
        ]
        materials.append(price)
    return Pricing(
        currency=currency,
        machine_rates=tuple(rates.items()),
        setup_fee=args.setup_fee if args.setup_fee is not None else (current.setup_fee if current else None),
        materials=tuple(materials),
        lead_time_days=(
            parse_lead_time(args.lead_time) if args.lead_time else current.lead_time_days if current else None
        ),
        note=args.prices_note if args.prices_note is not None else (current.note if current else ""),
    )


def _add(args: argparse.Namespace) -> int:
    if not (args.city or args.lat is not None or args.country):
        raise FabwiseError("where is it?", hint="give --city 'Lyon, FR', or --lat and --lon")
    with _store() as store:
        blank = Facility(
            id=args.new_id or store.new_id(args.name),
            name=args.name,
            kind="user",
            location=Location(),
            machines=tuple(parse_machine_spec(spec) for spec in args.machine),
            inventory_verified=bool(args.verified),
        )
        facility = store.add(_apply_fields(blank, args))
    print(f"added {facility.id} ({facility.location.label()}, {len(facility.machines)} machine(s))")
    if facility.location.note:
        print(f"  placed: {facility.location.note}")
    return 0


def _edit(args: argparse.Namespace) -> int:
    with _store() as store:
        facility = _apply_fields(store.get(args.facility_id), args)
        machines = list(facility.machines)
        for number in sorted(set(args.remove_machine), reverse=True):
            if not 1 <= number <= len(machines):
                raise FabwiseError(
                    f"no machine number {number}",
                    hint=f"`fabwise facilities show {args.facility_id}` numbers them",
                )
            del machines[number - 1]
        machines += [parse_machine_spec(spec) for spec in args.add_machine]
        if args.profile is not None:
            profile = "" if args.profile.lower() == "none" else args.profile
            printers = [i for i, m in enumerate(machines) if m.process == "fdm"]
            if not printers:
                raise FabwiseError(
                    f"{args.facility_id} has no FDM printer to give a profile",
                    hint='add one with --add-machine "process=fdm profile=..."',
                )
            for index in printers:
                machines[index] = replace(machines[index], profile=profile)
        facility = store.update(replace(facility, machines=tuple(machines)))
        record = store.info(facility.id)
    kept = " (kept when the shipped data is updated)" if record.origin == "seed" else ""
    print(f"updated {facility.id}{kept}")
    return 0


def _remove(args: argparse.Namespace) -> int:
    with _store() as store:
        info = store.remove(args.facility_id)
    if info.origin == "seed":
        print(
            f"removed {args.facility_id} (shipped; `fabwise facilities restore "
            f"{args.facility_id}` brings it back)"
        )
    else:
        print(f"deleted {args.facility_id}")
    return 0


def _restore(args: argparse.Namespace) -> int:
    with _store() as store:
        facility = store.restore(args.facility_id)
    print(f"restored {facility.id}")
    return 0


def _revert(args: argparse.Namespace) -> int:
    with _store() as store:
        facility = store.revert(args.facility_id)
    print(f"reverted {facility.id} to the shipped version")
    return 0


def _about(_args: argparse.Namespace) -> int:
    from configurator.core.facilities.seed import ATTRIBUTION, seed_statistics

    for line in ATTRIBUTION:
        print(line)
    stats = seed_statistics()
    placed = ", ".join(f"{count} {precision}" for precision, count in stats["by_precision"].items())
    print(f"Shipped fab labs: {stats['labs']} (placed: {placed}; unplaced: {len(stats['unplaced'])})")
    print("Details: resources/data/facilities/ATTRIBUTION.md")
    return 0


def _file_format(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix not in (".json", ".csv"):
        raise FabwiseError(
            f"cannot tell the format of '{path.name}'",
            hint="use .json for Open Know-Where JSON or .csv for CSV",
        )
    return suffix


def _import(args: argparse.Namespace) -> int:
    from configurator.core.facilities.csv_io import import_csv
    from configurator.core.facilities.okw_io import import_okw

    path: Path = args.file
    facilities = import_okw(path) if _file_format(path) == ".json" else import_csv(path)
    with _store() as store:
        summary = store.import_facilities(facilities)
    print(
        f"imported {len(facilities)} facilities from {path}: {len(summary.added)} added, "
        f"{len(summary.updated)} updated"
    )
    return 0


def _publish(args: argparse.Namespace) -> int:
    import json

    from configurator.core.facilities.fileio import write_text_atomically
    from configurator.core.facilities.okw_io import facilities_to_okw

    path: Path = args.output
    if path.suffix.lower() != ".json":
        raise FabwiseError(
            f"the record must be a .json file, got {path.name}", hint="e.g. -o my-lab.okw.json"
        )
    with _store() as store:
        facility = store.get(args.facility_id)
    if not facility.machines:
        raise FabwiseError(
            f"'{facility.id}' lists no machines: nothing for others to send work to",
            hint=f"add them with fabwise facilities edit {facility.id}",
        )
    document = facilities_to_okw(
        [facility], publisher=facility.name, source_name=f"{facility.name}: own record", licence=args.licence
    )
    write_text_atomically(path, json.dumps(document, ensure_ascii=False, indent=1) + "\n")
    print(f"wrote {path}: {facility.name}, {len(facility.machines)} machine(s), valid Open Know-Where v1")
    if not facility.inventory_verified:
        print(
            "  note: the machines are marked as assumed, not verified; others will see them "
            f"so. If they are yours: fabwise facilities edit {facility.id} --verified"
        )
    if facility.hourly_rate is None:
        print("  note: no hourly rate recorded; quotes from others will say the rate is unknown")
    return 0


def _export(args: argparse.Namespace) -> int:
    from configurator.core.facilities.csv_io import export_csv
    from configurator.core.facilities.okw_io import export_okw

    path: Path = args.file
    fmt = _file_format(path)
    with _store() as store:
        facilities: Sequence[Facility] = store.search(
            text=args.search, country=args.country, kind=args.kind, process=args.process
        )
    count = export_okw(facilities, path) if fmt == ".json" else export_csv(facilities, path)
    print(f"exported {count} facilities to {path}")
    if any(f.kind == "fablab_okw" for f in facilities):
        print(
            "  fab lab records: Open Know-Where data, Internet of Production Alliance, CC BY 4.0 "
            "(keep this attribution when sharing)"
        )
    return 0

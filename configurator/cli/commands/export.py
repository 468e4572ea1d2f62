"""``fabwise export ID --set ... --material M --facility F -o out.zip``: a production package.

Builds the variant, evaluates it with the eco rules for that facility, checks that the facility can
make every part, and writes the zip atomically. A failed check names the part, the measured value
and the limit, with a fix when one exists, and writes nothing.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from configurator.cli.common import (
    TRANSPORT_MODES,
    add_variant_arguments,
    delivery_distance,
    print_json,
    resolve_origin,
    service_from_args,
    variant_request,
)
from configurator.cli.numbers import DISTANCE_KM, whole
from configurator.sdk.errors import FabwiseError

PREVIEW_METHODS = ("auto", "vtk", "software")
SUGGESTION_POOL = 400


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser(
        "export",
        help="write a production package (zip) for a facility",
        description="Check that a facility can make the variant, then write a zip with STEP for "
        "every part, STL and 3MF for printed parts, DXF for flat parts, a print-ready G-code or 3MF "
        "project for printed parts (PrusaSlicer, the workshop's printer profile), manifest.json "
        "(SHA-256 of every file), okh.toml, bom.csv, quote.json, the eco report (HTML and PDF) "
        "and preview.png.",
    )
    add_variant_arguments(parser, optional_id=True)
    parser.add_argument(
        "--material", metavar="M", help="material id for the template's material slot (see materials.csv)"
    )
    parser.add_argument(
        "--facility", metavar="F", required=True, help="facility id (see `fabwise facilities list`)"
    )
    parser.add_argument(
        "-o",
        "--output",
        required=True,
        metavar="OUT.zip",
        help="package to write (replaced atomically if it exists)",
    )
    parser.add_argument(
        "--quantity",
        type=whole(1, 10000),
        default=1,
        metavar="N",
        help="number of complete products to make (default: 1)",
    )
    parser.add_argument(
        "--from",
        dest="origin",
        metavar="PLACE",
        help="where you are ('Lyon, FR' or 'lat,lon'): delivery distance",
    )
    parser.add_argument(
        "--distance-km", type=DISTANCE_KM, metavar="KM", help="delivery distance in km (overrides --from)"
    )
    parser.add_argument(
        "--transport",
        choices=TRANSPORT_MODES,
        default="van",
        help="delivery mode for the eco report (default: van)",
    )
    parser.add_argument(
        "--no-eco", action="store_true", help="skip the eco evaluation (the report then says 'not evaluated')"
    )
    parser.add_argument(
        "--preview",
        choices=PREVIEW_METHODS,
        default="auto",
        help="how to draw preview.png (default: VTK, else software)",
    )
    parser.add_argument("--json", action="store_true", help="machine-readable output")
    parser.set_defaults(func=_export)


def _output_path(text: str) -> Path:
    path = Path(text).expanduser()
    if path.suffix.lower() != ".zip":
        raise FabwiseError(f"the package must be a .zip file, got {path.name}", hint="e.g. -o bracket.zip")
    return path


def _eco_and_quote(
    service: Any, request: Any, facility: Any, args: argparse.Namespace
) -> tuple[dict[str, Any] | None, dict[str, Any]]:
    """The eco report (unless --no-eco) and the quote, both from the sliced job."""
    from configurator.app.making import facility_context
    from configurator.app.quoting import quote_build
    from configurator.core.production.measure import measure_build, with_production
    from eco_rules import default_engine

    engine = default_engine()
    build = service.build(request)
    measurement = measure_build(build, facility, book=engine.book)
    quote, _, _ = quote_build(build, facility, args.quantity, engine=engine, measurement=measurement)
    if args.no_eco:
        return None, quote.to_dict()
    transport = "bicycle" if args.transport == "foot" else args.transport
    distance, notes = delivery_distance(args, facility, resolve_origin(args))
    context = with_production(facility_context(facility, distance, transport, notes), measurement)
    return engine.evaluate(build, context).to_dict(), quote.to_dict()


def _export(args: argparse.Namespace) -> int:
    from configurator.core.export import ExportBlocked, ExportOptions, export_package
    from configurator.core.facilities.store import FacilityStore

    output = _output_path(args.output)
    if args.quantity < 1:
        raise FabwiseError("--quantity must be at least 1")
    with service_from_args(args) as service, FacilityStore() as store:
        for warning in store.warnings:
            print(f"fabwise: warning: {warning}", file=sys.stderr)
        request = variant_request(service, args)
        facility = store.get(args.facility)
        eco, quote = _eco_and_quote(service, request, facility, args)
        options = ExportOptions(quantity=args.quantity, material=args.material, preview=args.preview)
        try:
            summary = export_package(
                service,
                request,
                output,
                facility=facility,
                eco=eco,
                eco_reason="skipped with --no-eco" if args.no_eco else "",
                options=options,
                other_facilities=store.all()[:SUGGESTION_POOL],
                quote=quote,
            )
        except ExportBlocked as blocked:
            if args.json:
                print_json({"ok": False, "checks": [c.to_dict() for c in blocked.checks]})
            raise
    if args.json:
        print_json(
            {
                "ok": True,
                "path": summary.path,
                "preview": summary.preview_method,
                "files": [{"path": p, "bytes": n, "sha256": h} for p, n, h in summary.files],
                "checks": [c.to_dict() for c in summary.checks],
            }
        )
        return 0
    print(f"wrote {summary.path} ({len(summary.files) + 1} files)")
    for check in summary.checks:
        if check.status == "unknown":
            print(f"  not confirmed: {check.message}")
    failed_or_unknown = sum(c.status != "pass" for c in summary.checks)
    print(
        f"  checks: {len(summary.checks) - failed_or_unknown} passed, "
        f"{failed_or_unknown} not confirmed by the facility's data"
    )
    print(f"  preview: {summary.preview_note}")
    from configurator.core.export.signing import short_fingerprint

    print(
        f"  signed with your key {short_fingerprint(summary.signer_fingerprint)}: "
        "read it to the workshop so it can trust your packages"
    )
    print(f"  a facility can check it with: fabwise package verify {Path(summary.path or output).name}")
    return 0

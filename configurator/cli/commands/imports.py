"""``fabwise import FILE`` and ``fabwise models list|load|remove``: bring your own model.

An STL, 3MF or STEP file (or an Open Know-How manifest with its model files) becomes a product with
fixed geometry: checked, repaired where safe, its units settled, and stored in the user's data
folder, where ``templates list``, the app's gallery, ``eco`` and ``export`` find it by its id.
A load declared with the import or later (``models load``) is what ``fabwise fit`` checks.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from configurator.app.services import user_models_folder
from configurator.cli.common import print_json, service_from_args
from configurator.core.imported import declare
from configurator.core.imported.declared_load import (
    DIRECTIONS,
    SIDES,
    Declaration,
    DeclaredLoad,
    parse_force,
    parse_mass,
    tolerance_text,
)
from configurator.core.imported.importer import (
    ImportReport,
    ImportRequest,
    declared_words,
    needs_kernel,
    run_import,
)
from configurator.core.imported.store import list_models, read_model, remove_model
from configurator.core.imported.units import USER_UNITS
from configurator.core.jobs import Job
from configurator.sdk.errors import FabwiseError

IMPORT_TIMEOUT_S = 600.0


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser(
        "import",
        help="make a product of your own model (STL, 3MF, STEP or okh.toml)",
        description="Check a model (closed, manifold, plausible size), repair what is safe to "
        "repair, and keep it in your data folder as a product whose only parameters are "
        "material, process, scale and copies. It then works with eco, export and the app.",
    )
    parser.add_argument(
        "file", type=Path, metavar="FILE", help="an .stl, .3mf, .step/.stp file, or an Open Know-How okh.toml"
    )
    parser.add_argument("--name", help="the product's name (default: from the file)")
    parser.add_argument(
        "--units",
        choices=tuple(USER_UNITS),
        help="the unit an STL was drawn in (asked for when its size is "
        "implausible; 3MF and STEP files state theirs)",
    )
    parser.add_argument(
        "--license",
        default="",
        metavar="SPDX",
        help="the model's licence, e.g. CC-BY-4.0 (kept in every package)",
    )
    parser.add_argument("--author", default="", help="who made the model (kept in packages)")
    parser.add_argument("--replace", action="store_true", help="overwrite an imported model of the same name")
    parser.add_argument("--json", action="store_true", help="machine-readable output")
    _add_load_arguments(parser)
    parser.set_defaults(func=_import)

    models = sub.add_parser("models", help="list or remove imported models")
    actions = models.add_subparsers(dest="action", metavar="ACTION", required=True)
    listing = actions.add_parser("list", help="imported models with their source and licence")
    listing.add_argument("--json", action="store_true", help="machine-readable output")
    listing.set_defaults(func=_list)
    load = actions.add_parser(
        "load",
        help="declare the load (and temperature) an imported model must take, for `fabwise fit`",
        description="Say what the model must hold, by the sides of its bounding box as it stands "
        "after import (z up): e.g. `fabwise models load model-bracket --mass 5kg --on top "
        "--fixed bottom --sustained`. The sides are checked against the model's surfaces; "
        "`fabwise fit ID` then checks it with the finite-element solve.",
    )
    load.add_argument("model_id", metavar="ID")
    load.add_argument("--clear", action="store_true", help="forget the declared loads and temperature first")
    load.add_argument("--json", action="store_true", help="machine-readable output")
    _add_load_arguments(load)
    load.set_defaults(func=_declare)
    remove = actions.add_parser("remove", help="delete an imported model")
    remove.add_argument("model_id", metavar="ID")
    remove.set_defaults(func=_remove)


def _add_load_arguments(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group(
        "declared load (what fit for use checks)",
        f"Sides are those of the model's bounding box as it stands after import: top (+z), bottom, "
        f"right (+x), left, back (+y), front; {tolerance_text()}.",
    )
    group.add_argument("--mass", metavar="MASS", help="a mass the part carries, e.g. 5kg or 500g")
    group.add_argument("--force", metavar="FORCE", help="or a force, e.g. 50N or 1.2kN")
    group.add_argument("--on", choices=tuple(SIDES), metavar="SIDE", help="the side the load acts on")
    group.add_argument(
        "--fixed", metavar="SIDE[,SIDE]", help="the side(s) that hold the part (screwed, clamped, standing)"
    )
    group.add_argument(
        "--direction",
        choices=tuple(DIRECTIONS),
        default="down",
        help="which way the load pushes (default: down, as a weight does)",
    )
    group.add_argument(
        "--sustained", action="store_true", help="held for months (creep-derated), not seconds or minutes"
    )
    group.add_argument(
        "--temperature", type=float, metavar="DEG_C", help="the highest temperature it reaches in use, °C"
    )
    group.add_argument("--part", default="", help="the part that carries the load (models of several parts)")


def _load_from_args(args: argparse.Namespace) -> DeclaredLoad | None:
    given = [args.mass, args.force, args.on, args.fixed]
    if not any(given):
        if args.part or args.sustained:
            raise FabwiseError(
                "--part and --sustained describe a load: give the load too",
                hint="--mass 5kg (or --force 50N) --on SIDE --fixed SIDE",
            )
        return None
    if (args.mass is None and args.force is None) or args.on is None or not args.fixed:
        raise FabwiseError(
            "a declared load needs its size, where it acts and what holds the part",
            hint="--mass 5kg (or --force 50N) --on SIDE --fixed SIDE[,SIDE]",
        )
    if args.mass is not None and args.force is not None:
        raise FabwiseError("give the load as --mass or --force, not both")
    return DeclaredLoad(
        args.part,
        args.on,
        tuple(side.strip() for side in args.fixed.split(",") if side.strip()),
        parse_mass(args.mass) if args.mass is not None else None,
        parse_force(args.force) if args.force is not None else None,
        args.direction,
        args.sustained,
    )


def _import(args: argparse.Namespace) -> int:
    path = args.file.expanduser()
    if not path.is_file():
        raise FabwiseError(f"no file {path}", hint="check the path")
    request = ImportRequest(
        str(path.resolve()),
        str(user_models_folder()),
        args.name,
        args.units,
        args.replace,
        args.license,
        args.author,
        _load_from_args(args),
        args.temperature,
    )
    report = _run_import(args, request)
    if args.json:
        print_json({"ok": True, **report.to_dict()})
        return 0
    print(f"imported {report.name} as '{report.id}' ({len(report.parts)} part(s))")
    for part in report.parts:
        size = " × ".join(f"{v:.1f}" for v in part.size_mm)
        what = f"{part.triangles:,} triangles" if part.triangles is not None else "exact solid (STEP)"
        print(f"  {part.name}: {size} mm, {part.volume_mm3 / 1000:.1f} cm³, {what}")
        print(f"    units: {part.units} ({part.units_reason})")
        for repair in part.repairs:
            print(f"    repaired: {repair}")
        for note in part.notes:
            print(f"    note: {note}")
    for skipped in report.skipped:
        print(f"  skipped {skipped}")
    for choice in report.choices:
        print(f"  default {choice}")
    for unused in report.unused_hints:
        print(f"  hint not used: {unused}")
    for declared in report.declared:
        print(f"  declared: {declared}")
    if report.license:
        print(f"  licence: {report.license}" + (f", by {report.author}" if report.author else ""))
    else:
        print("  licence: none given (add --license if the model's author states one)")
    print(
        f"  next: fabwise eco {report.id} --material petg   or   "
        f"fabwise export {report.id} --facility ID -o {report.id}.zip"
    )
    if report.declared:
        print(f"  check the declared load: fabwise fit {report.id}")
    else:
        print(
            f"  to check it holds a load: fabwise models load {report.id} --mass 5kg --on top --fixed bottom"
        )
    return 0


def _run_import(args: argparse.Namespace, request: ImportRequest) -> ImportReport:
    """Meshes are read here (no CAD kernel needed); STEP files and manifests, which may hold
    STEP, in the build worker, where CadQuery is loaded and isolated."""
    if not needs_kernel(Path(request.path)):
        return run_import(request)
    with service_from_args(args) as service:
        report: ImportReport = service.run_job(Job.IMPORT_MODEL, request, timeout=IMPORT_TIMEOUT_S)
    return report


def _list(args: argparse.Namespace) -> int:
    rows: list[dict[str, object]] = []
    for folder in list_models(user_models_folder()):
        try:
            model = read_model(folder)
        except FabwiseError as exc:
            rows.append({"id": folder.name, "broken": exc.message})
            continue
        rows.append(
            {
                "id": model.id,
                "name": model.name,
                "source": model.source,
                "license": model.license,
                "author": model.author,
                "parts": [p.name for p in model.parts],
                "declared": list(declared_words(model.declared)) if model.declared else [],
            }
        )
    if args.json:
        print_json({"models": rows, "folder": str(user_models_folder())})
        return 0
    for row in rows:
        if "broken" in row:
            print(f"BROKEN {row['id']}: {row['broken']}")
            continue
        licence = row["license"] or "no licence given"
        print(f"{row['id']:<28} {row['name']}  (from {row['source']}; {licence})")
        for declared in list(row.get("declared") or []):  # type: ignore[call-overload]
            print(f"{'':<28}   declared: {declared}")
    if not rows:
        print("no imported models (fabwise import FILE adds one)")
    print(f"(models folder: {user_models_folder()})")
    return 0


def _declare(args: argparse.Namespace) -> int:
    load = _load_from_args(args)
    if load is None and args.temperature is None and not args.clear:
        raise FabwiseError(
            "nothing to declare",
            hint="e.g. --mass 5kg --on top --fixed bottom [--sustained] [--temperature 60], or --clear",
        )
    folder = user_models_folder()
    request = declare.DeclareRequest(str(folder), args.model_id, load, args.temperature, args.clear)
    result: Declaration
    if declare.needs_kernel(folder, args.model_id) and load is not None:
        with service_from_args(args) as service:  # a STEP part's surface needs the CAD kernel
            result = service.run_job(Job.DECLARE_LOAD, request, timeout=IMPORT_TIMEOUT_S)
    else:
        result = declare.run_declare(request)
    words = declared_words(result)
    if args.json:
        print_json({"ok": True, "model": args.model_id, **result.to_dict(), "declared": list(words)})
        return 0
    if not words:
        print(f"{args.model_id}: no load or temperature declared (fit for use checks nothing)")
        return 0
    print(f"{args.model_id} now declares (source: declared by the user):")
    for line in words:
        print(f"  {line}")
    print(f"  check it: fabwise fit {args.model_id}   (the regions: {tolerance_text()})")
    return 0


def _remove(args: argparse.Namespace) -> int:
    removed = remove_model(user_models_folder(), args.model_id)
    print(f"removed {args.model_id} ({removed})")
    return 0

"""``fabwise designs list|show|export``: the designs saved in the app, from the command line.

``show`` and ``export`` open a design the way the app does (a
:class:`~configurator.app.document.DesignDocument`): values are fitted to the installed template,
and what did not carry over is said. ``show`` also takes a ``.fabwise`` file. To build a saved
design: ``fabwise build --design FILE`` (export it to a file first).
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from configurator.app.document import DesignDocument
from configurator.app.services import discover_templates
from configurator.cli.common import folders_from_args, print_json
from configurator.core.designs import SUFFIX, Design, DesignStore, read_design, write_design
from configurator.sdk.errors import FabwiseError


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser("designs", help="the designs saved in the app (list, show, export)")
    parser.set_defaults(func=lambda _args: _usage(parser))
    actions = parser.add_subparsers(dest="designs_command", metavar="ACTION")
    listing = actions.add_parser("list", help="saved designs, most recent first")
    listing.add_argument("--json", action="store_true", help="machine-readable output")
    listing.set_defaults(func=_list)
    show = actions.add_parser("show", help="a saved design's template, values and workshop")
    show.add_argument("design", metavar="ID|FILE", help=f"an id from `designs list`, or a {SUFFIX} file")
    show.add_argument("--json", action="store_true", help="machine-readable output")
    show.set_defaults(func=_show)
    export = actions.add_parser("export", help=f"write a saved design to a {SUFFIX} file")
    export.add_argument("design", metavar="ID", help="an id from `designs list`")
    export.add_argument("output", type=Path, metavar=f"FILE{SUFFIX}")
    export.set_defaults(func=_export)


def _usage(parser: argparse.ArgumentParser) -> int:
    parser.print_help()
    return 2


def _list(args: argparse.Namespace) -> int:
    store = DesignStore()
    try:
        designs = store.designs()
    finally:
        store.close()
    if args.json:
        print_json([{"id": design_id, **_summary(design)} for design_id, design in designs])
        return 0
    if not designs:
        print("no saved designs yet (save one in the app: File → Save design)")
        return 0
    for design_id, design in designs:
        print(f"{design_id:<28} {design.name:<28} {design.template_id:<22} {design.saved_utc}")
    return 0


def _summary(design: Design) -> dict[str, Any]:
    return {
        "name": design.name,
        "template": design.template_id,
        "template_version": design.template_version,
        "facility": design.facility_id,
        "place": design.place,
        "saved_utc": design.saved_utc,
    }


def _saved(design_id: str) -> Design:
    store = DesignStore()
    try:
        return store.get(design_id)
    finally:
        store.close()


def _open(args: argparse.Namespace, design: Design, **where: Any) -> tuple[DesignDocument, list[str]]:
    document = DesignDocument(
        discover_templates(folders_from_args(args), trust_all_found=bool(getattr(args, "trust", False)))
    )
    notes = document.open_design(design, **where)
    return document, notes


def _show(args: argparse.Namespace) -> int:
    target = str(args.design)
    path = Path(target).expanduser()
    if target.endswith(SUFFIX) or path.is_file():
        design = read_design(path)
        document, notes = _open(args, design, path=path.resolve())
    else:
        design = _saved(target)
        document, notes = _open(args, design, saved_id=target)
    issues = [issue.message for issue in document.issues]
    if args.json:
        print_json({**_summary(design), "values": document.values, "notes": notes, "issues": issues})
        return 0
    template = document.template
    assert template is not None
    print(f"{document.title}: {template.name} ({template.id} {template.version})")
    if design.saved_utc:
        print(f"  saved {design.saved_utc}")
    if design.facility_id or design.place:
        print(
            f"  made at: {design.facility_id or 'no workshop chosen'}"
            + (f" (searched from {design.place})" if design.place else "")
        )
    for name, value in document.values.items():
        unit = template.schema[name].unit if name in template.schema else ""
        print(f"  {name} = {value}{' ' + unit if unit else ''}")
    for note in notes:
        print(f"  note: {note}")
    for issue in issues:
        print(f"  invalid: {issue}")
    return 0


def _export(args: argparse.Namespace) -> int:
    document, notes = _open(args, _saved(args.design), saved_id=args.design)
    design = document.to_design()
    if design is None:
        raise FabwiseError(f"saved design '{args.design}' could not be opened")
    written = write_design(args.output, design)
    for note in notes:
        print(f"note: {note}")
    print(f"wrote {written}")
    return 0

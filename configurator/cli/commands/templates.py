"""``fabwise templates list|show|check``."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from configurator.cli.common import print_json, registry_from_args, user_template_folder
from configurator.core.trust import TrustAll, TrustStore, file_candidate, package_candidate
from configurator.sdk.errors import FabwiseError
from configurator.sdk.params import Parameter
from configurator.sdk.product import PROCESS_LABELS, Process


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser("templates", help="list, show and check product templates")
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)

    listing = actions.add_parser("list", help="all templates, and broken ones with the reason")
    listing.add_argument("--json", action="store_true", help="machine-readable output")
    listing.set_defaults(func=_list)

    show = actions.add_parser("show", help="parameters with ranges and units, and presets")
    show.add_argument("template_id", metavar="ID")
    show.add_argument("--json", action="store_true", help="machine-readable output")
    show.set_defaults(func=_show)

    check = actions.add_parser("check", help="validate a template file and build its variants")
    check.add_argument("path", type=Path, metavar="PATH", help="a template .py file")
    check.add_argument("--json", action="store_true", help="machine-readable output")
    check.add_argument("--quiet", action="store_true", help="no progress lines on stderr")
    check.set_defaults(func=_check)

    limits = actions.add_parser(
        "limits",
        help="the manufacturing limits per process (what check and export apply)",
        description="Minimum wall and feature sizes, machine envelopes, stocked sheets and "
        "materials per process, from the data `templates check` and the export use.",
    )
    limits.add_argument(
        "--shipped", action="store_true", help="the facility directory Fabwise ships (default: yours)"
    )
    limits.set_defaults(func=_limits)

    new = actions.add_parser("new", help="scaffold a template, its test and a docs stub")
    new.add_argument("name", help="template name, e.g. plant-pot")
    new.add_argument("--dir", type=Path, default=Path.cwd(), help="where to write (default: here)")
    new.add_argument(
        "--process",
        default="fdm",
        choices=[p.value for p in Process],
        help="how it is made: a printed box (fdm, sla, sls), a sheet-cut stand with "
        "tab and slot joints and an engraved label (laser, cnc_router), a milled "
        "plate with countersunk screws (cnc_mill)",
    )
    new.add_argument(
        "--parts",
        type=int,
        default=1,
        metavar="N",
        help="how many different parts to start with (1-6; default 1)",
    )
    new.set_defaults(func=_new)

    trust = actions.add_parser(
        "trust",
        help="allow an outside template to run (pinned to its path and content)",
        description="Templates are Python code: trusting one lets it run with your rights "
        "(isolated in worker processes with time and memory limits). Trust is pinned to the "
        "file's path and its SHA-256 (a package: its name and the hash of its code), so a "
        "changed, copied or moved file must be trusted again.",
    )
    target = trust.add_mutually_exclusive_group(required=True)
    target.add_argument("path", nargs="?", type=Path, help="a template .py file")
    target.add_argument("--package", metavar="NAME", help="an installed template package")
    trust.set_defaults(func=_trust)

    untrust = actions.add_parser("untrust", help="withdraw trust from a file or package")
    target = untrust.add_mutually_exclusive_group(required=True)
    target.add_argument("path", nargs="?", type=Path, help="a template .py file")
    target.add_argument("--package", metavar="NAME", help="an installed template package")
    untrust.set_defaults(func=_untrust)


def _list(args: argparse.Namespace) -> int:
    registry = registry_from_args(args)
    if args.json:
        print_json(
            {
                "templates": [
                    {
                        "id": e.template.id,
                        "version": e.template.version,
                        "name": e.template.name,
                        "category": e.template.category,
                        "processes": list(e.template.processes),
                        "origin": e.ref.origin,
                        "location": e.ref.location,
                    }
                    for e in registry.entries
                ],
                "broken": [
                    {"name": b.name, "file": b.file, "location": b.location, "reason": b.reason}
                    for b in registry.broken
                ],
                "untrusted": [
                    {"kind": c.kind, "location": c.location, "sha256": c.sha256} for c in registry.untrusted
                ],
            }
        )
        return 0
    for entry in registry.entries:
        t = entry.template
        processes = ", ".join(PROCESS_LABELS.get(p, p) for p in t.processes)
        print(f"{t.id:<22} {t.name}  [{t.category}; {processes}]  v{t.version}")
    if not registry.entries:
        print("no templates found")
    for broken in registry.broken:
        where = broken.file or broken.location
        print(f"BROKEN {broken.name:<15} {broken.reason}  ({where})")
    for candidate in registry.untrusted:
        how = (
            f"fabwise templates trust {candidate.location}"
            if candidate.kind == "file"
            else f"fabwise templates trust --package {candidate.location}"
        )
        print(f"UNTRUSTED {candidate.label}: not run until you trust it ({how})")
    print(f"(user template folder: {user_template_folder()})")
    return 0


def _param_dict(param: Parameter) -> dict[str, Any]:
    data: dict[str, Any] = {
        "name": param.name,
        "label": param.title,
        "kind": param.kind.value,
        "default": param.default,
        "group": param.group,
        "help": param.help,
        "eco_tunable": param.eco_tunable,
    }
    for key in ("minimum", "maximum", "step", "unit", "max_length"):
        value = getattr(param, key)
        if value not in (None, ""):
            data[key] = value
    if param.options:
        data["options"] = list(param.options)
    return data


def _show(args: argparse.Namespace) -> int:
    entry = registry_from_args(args).get(args.template_id)
    t = entry.template
    if args.json:
        print_json(
            {
                "id": t.id,
                "version": t.version,
                "name": t.name,
                "description": t.description,
                "category": t.category,
                "processes": list(t.processes),
                "origin": entry.ref.origin,
                "parameters": [_param_dict(p) for p in t.schema.parameters],
                "constraints": [
                    {"params": list(c.params), "description": c.description} for c in t.schema.constraints
                ],
                "presets": [
                    {"name": p.name, "description": p.description, "values": dict(p.values)}
                    for p in t.schema.presets
                ],
            }
        )
        return 0
    print(f"{t.name} ({t.id} v{t.version}) — {t.category}")
    print(f"  {t.description}")
    print(f"  made by: {', '.join(PROCESS_LABELS.get(p, p) for p in t.processes)}")
    group = None
    for param in t.schema.parameters:
        if param.group != group:
            group = param.group
            print(f"\n  [{group}]")
        unit = f" {param.unit}" if param.unit and param.kind.value != "count" else ""
        eco = "  (eco-tunable)" if param.eco_tunable else ""
        print(f"    {param.name:<20} = {param.default}{unit:<5} {param.describe_range()}{eco}")
        if param.help:
            print(f"      {param.help}")
    if t.schema.constraints:
        print("\n  Constraints:")
        for rule in t.schema.constraints:
            print(f"    - {rule.description or ', '.join(rule.params)}")
    if t.schema.presets:
        print("\n  Presets:")
        for preset in t.schema.presets:
            values = ", ".join(f"{k}={v}" for k, v in preset.values.items())
            print(f"    {preset.name:<16} {preset.description}  ({values})")
    return 0


def _check(args: argparse.Namespace) -> int:
    from configurator.app.services import shared_host
    from configurator.core import build_server
    from configurator.core.checker import check_template_file

    worker = build_server.ServerWorker() if build_server.enabled() else None
    report = check_template_file(
        args.path,
        trust=TrustAll() if args.trust else TrustStore(),
        progress=_progress_printer(args.quiet),
        worker=worker,
        host=shared_host(True),
    )
    if args.json:
        print_json(
            {
                "path": report.path,
                "template": report.template_id,
                "passed": report.passed,
                "findings": [
                    {"level": f.level, "message": f.message, "variants": list(f.variants)}
                    for f in report.findings
                ],
                "build_seconds": {k: round(v, 4) for k, v in report.build_times.items()},
            }
        )
    else:
        print(f"checking {report.path}" + (f" ({report.template_id})" if report.template_id else ""))
        for finding in report.findings:
            print(f"  {finding.level.upper():<8} {finding.text}")
        verdict = "PASS" if report.passed else "FAIL"
        print(f"{verdict}: {len(report.errors)} error(s), {len(report.warnings)} warning(s)")
    return 0 if report.passed else 1


def _limits(args: argparse.Namespace) -> int:
    from configurator.core.checks.limits import render_markdown, shipped_facilities

    if args.shipped:
        facilities, source = shipped_facilities(), "the facilities Fabwise ships"
    else:
        from configurator.core.facilities.store import FacilityStore

        with FacilityStore() as store:
            facilities, source = store.all(), "your facility directory"
    print(render_markdown(facilities, source), end="")
    return 0


def _progress_printer(quiet: bool) -> Callable[[str], None]:
    """Progress lines on stderr (stdout stays the report, also with --json)."""

    def show(message: str) -> None:
        if not quiet:
            print(f"… {message}", file=sys.stderr, flush=True)

    return show


def _package(name: str) -> tuple[str, str]:
    from importlib.metadata import PackageNotFoundError, distribution

    try:
        found = distribution(name)
    except PackageNotFoundError:
        raise FabwiseError(
            f"no installed package '{name}'", hint="install it first, e.g. pip install " + name
        ) from None
    return "package", found.metadata["Name"] or name


def _trust(args: argparse.Namespace) -> int:
    store = TrustStore()
    if args.package:
        from importlib.metadata import distribution

        candidate = package_candidate(distribution(_package(args.package)[1]))
    else:
        if not args.path.is_file():
            raise FabwiseError(f"{args.path} is not a file", hint="give a template .py file")
        candidate = file_candidate(args.path)
    store.trust(candidate)
    print(
        f"trusted {candidate.label} (sha256 {candidate.sha256[:16]}…); "
        "its builds run in the build worker, with time and memory limits "
        "(see docs/security.md for what that does and does not cover)"
    )
    return 0


def _untrust(args: argparse.Namespace) -> int:
    store = TrustStore()
    if args.package:
        kind, location = _package(args.package)
    else:
        kind, location = "file", str(args.path.resolve())
    if not store.revoke(kind, location):
        raise FabwiseError(f"{location} was not trusted")
    print(f"no longer trusted: {location}")
    return 0


def _new(args: argparse.Namespace) -> int:
    from configurator.core.scaffold import scaffold

    written = scaffold(args.name, args.dir, args.process, args.parts)
    for path in written:
        print(f"wrote {path}")
    print(f"next: fabwise templates check {written[0]} --trust   (then: python -m pytest {written[1]})")
    return 0

"""``fabwise package verify OUT.zip [--json] [--quick]``: check a package before cutting material.

Exit code 0 when the package passes (safe archive, manifest matches its schema, every checksum
matches, every file opens), 3 when it fails; the report names each problem.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from configurator.cli.common import print_json

EXIT_VERIFY_FAILED = 3
_MARKS = {"ok": "ok  ", "warning": "warn", "error": "FAIL"}


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser("package", help="work with production packages (verify)")
    parser.set_defaults(func=lambda _args: _usage(parser))
    commands = parser.add_subparsers(dest="package_command", metavar="ACTION")
    verify = commands.add_parser(
        "verify", help="check a package: safe archive, schema, checksums, readable files",
        description="Refuses unsafe archives (paths outside the folder, links, absurd sizes or "
        "compression ratios), checks manifest.json against its published schema, the SHA-256 "
        "of every file, and opens every file with a reader for its format. Exit code 0 = pass, "
        f"{EXIT_VERIFY_FAILED} = fail.",
    )
    verify.add_argument("package", metavar="PACKAGE.zip")
    verify.add_argument("--quick", action="store_true",
                        help="checksums only: do not open every file (no CAD kernel needed)")
    verify.add_argument("--json", action="store_true", help="machine-readable output")
    verify.set_defaults(func=_verify)


def _usage(parser: argparse.ArgumentParser) -> int:
    parser.print_help()
    return 2


def _verify(args: argparse.Namespace) -> int:
    from configurator.core.export.verify import verify_package

    report = verify_package(Path(args.package).expanduser(), read_contents=not args.quick)
    if args.json:
        print_json(report.to_dict())
    else:
        manifest = report.manifest or {}
        template = manifest.get("template", {})
        if template:
            print(f"{args.package}: {template.get('name')} ({template.get('id')} "
                  f"{template.get('version')}), made {manifest.get('created_utc')}")
        for finding in report.findings:
            print(f"  {_MARKS[finding.level]} {finding.subject}: {finding.message}")
        errors = sum(f.level == "error" for f in report.findings)
        print("PASS: the package is complete and unaltered" if report.passed
              else f"FAIL: {errors} problem(s); do not use this package as it is")
    return 0 if report.passed else EXIT_VERIFY_FAILED

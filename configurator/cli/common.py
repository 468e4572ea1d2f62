"""Helpers shared by CLI commands: the registry and build service, parameter parsing, output."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from configurator.core.registry import TemplateRegistry
from configurator.core.resources import user_data_dir
from configurator.core.schema import parse_assignments
from configurator.core.service import BuildService
from configurator.core.trust import TrustStore


def user_template_folder() -> Path:
    return user_data_dir() / "templates"


def trust_from_args(args: argparse.Namespace) -> TrustStore:
    """The user's trust list; with ``--trust``, everything found is also trusted for this run."""
    store = TrustStore()
    if getattr(args, "trust", False):
        probe = TemplateRegistry.discover(_folders(args), user_folder=user_template_folder(),
                                          trust=store)
        for candidate in probe.untrusted:
            store.trust_for_session(candidate)
    return store


def _folders(args: argparse.Namespace) -> list[Path]:
    return [Path(f).expanduser() for f in getattr(args, "templates", [])]


def registry_from_args(args: argparse.Namespace) -> TemplateRegistry:
    return TemplateRegistry.discover(_folders(args), user_folder=user_template_folder(),
                                     trust=trust_from_args(args))


def service_from_args(args: argparse.Namespace) -> BuildService:
    return BuildService(registry_from_args(args))


def add_variant_arguments(parser: argparse.ArgumentParser, optional_id: bool = False) -> None:
    """``ID --set name=value ... --preset NAME`` as used by build, eco and export."""
    parser.add_argument("template_id", metavar="ID", nargs="?" if optional_id else None,
                        help="template id (see `templates list`)")
    parser.add_argument(
        "--set", dest="assignments", action="append", default=[], metavar="NAME=VALUE",
        help="set a parameter (repeatable); lengths accept units, e.g. depth=15cm",
    )
    parser.add_argument("--preset", help="start from this preset instead of the defaults")


def variant_values(args: argparse.Namespace) -> dict[str, Any]:
    return parse_assignments(args.assignments)


def print_json(data: Any) -> None:
    json.dump(data, sys.stdout, indent=2, ensure_ascii=False)
    sys.stdout.write("\n")

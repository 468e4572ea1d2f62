"""Helpers shared by CLI commands: the registry and build service, parameter parsing, output."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from configurator.app.services import discover_templates, open_build_service, trust_store
from configurator.app.services import user_template_folder as user_template_folder
from configurator.core.registry import TemplateRegistry
from configurator.core.service import BuildService
from configurator.core.trust import TrustStore
from configurator.sdk.errors import FabwiseError
from configurator.sdk.schema import parse_assignments


def trust_from_args(args: argparse.Namespace) -> TrustStore:
    """The user's trust list; with ``--trust``, everything found is also trusted for this run."""
    return trust_store(_folders(args), trust_all_found=bool(getattr(args, "trust", False)))


def _folders(args: argparse.Namespace) -> list[Path]:
    return [Path(f).expanduser() for f in getattr(args, "templates", None) or []]


def registry_from_args(args: argparse.Namespace) -> TemplateRegistry:
    return discover_templates(_folders(args), trust_all_found=bool(getattr(args, "trust", False)))


def service_from_args(args: argparse.Namespace) -> BuildService:
    return open_build_service(_folders(args), trust_all_found=bool(getattr(args, "trust", False)))


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


TRANSPORT_MODES = ("van", "truck", "rail", "ship", "air", "car", "bicycle", "foot")


def values_with_material(service: BuildService, args: argparse.Namespace) -> dict[str, Any]:
    """``--set`` values, with ``--material`` put into the template's one material slot."""
    values = variant_values(args)
    if getattr(args, "material", None):
        slots = service.registry.get(args.template_id).template.schema.material_params()
        if len(slots) != 1:
            names = ", ".join(p.name for p in slots) or "none"
            raise FabwiseError(
                f"--material needs a template with one material slot; "
                f"'{args.template_id}' has {len(slots)} ({names})",
                hint="use --set SLOT=MATERIAL instead")
        values[slots[0].name] = args.material
    return values


def resolve_origin(args: argparse.Namespace) -> Any:
    """The user's place from ``--from`` (resolved before any build, so a typo fails fast)."""
    if not getattr(args, "origin", None):
        return None
    from configurator.core.facilities.geocode import resolve_user_location

    return resolve_user_location(args.origin)


def delivery_distance(args: argparse.Namespace, facility: Any, here: Any) -> tuple[float, list[str]]:
    """``--distance-km`` if given, else the straight line from ``--from`` to the facility."""
    if args.distance_km is not None:
        if args.distance_km < 0:
            raise FabwiseError("--distance-km must be 0 or more")
        return float(args.distance_km), []
    from configurator.app.making import delivery_from

    return delivery_from(here, facility)

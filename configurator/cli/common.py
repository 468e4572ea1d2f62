"""Helpers shared by CLI commands: the registry and build service, parameter parsing, output."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from configurator.app.services import discover_templates, open_build_service, trust_store
from configurator.app.services import user_template_folder as user_template_folder
from configurator.core.registry import TemplateRegistry
from configurator.core.service import BuildService
from configurator.core.trust import TrustStore
from configurator.sdk.errors import FabwiseError
from configurator.sdk.results import BuildRequest, Quality
from configurator.sdk.schema import parse_assignments

if TYPE_CHECKING:  # the design document (and its storage) load only for commands that use it
    from configurator.app.document import DesignDocument


def trust_from_args(args: argparse.Namespace) -> TrustStore:
    """The user's trust list; with ``--trust``, everything found is also trusted for this run."""
    return trust_store(folders_from_args(args), trust_all_found=bool(getattr(args, "trust", False)))


def folders_from_args(args: argparse.Namespace) -> list[Path]:
    return [Path(f).expanduser() for f in getattr(args, "templates", None) or []]


def _warn_about_trust(registry: TemplateRegistry) -> None:
    """A damaged trust list does not stop built-in templates: say so, and what to do."""
    problem = registry.trust_problem
    if problem is not None:
        print(f"fabwise: warning: {problem.message}", file=sys.stderr)
        if problem.hint:
            print(f"  hint: {problem.hint}", file=sys.stderr)


def warn_about_folders(registry: TemplateRegistry, folders: list[Path]) -> None:
    """On stderr: templates in ``--templates`` folders that replace installed ones (naming
    both), and the ones there that failed to load (so an older installed copy is not used
    silently)."""
    for shadowed in registry.shadowed:
        print(f"fabwise: warning: {shadowed.message()}", file=sys.stderr)
    roots = [folder.resolve() for folder in folders]
    for broken in registry.broken:
        if any(Path(broken.location).parent == root for root in roots):
            where = broken.file or broken.location
            print(f"fabwise: warning: {where}: {broken.reason}", file=sys.stderr)


def registry_from_args(args: argparse.Namespace) -> TemplateRegistry:
    folders = folders_from_args(args)
    registry = discover_templates(
        folders, trust_all_found=bool(getattr(args, "trust", False)), shared_worker=True
    )
    warn_about_folders(registry, folders)
    _warn_about_trust(registry)
    return registry


def service_from_args(args: argparse.Namespace) -> BuildService:
    folders = folders_from_args(args)
    service = open_build_service(
        folders, trust_all_found=bool(getattr(args, "trust", False)), shared_worker=True
    )
    warn_about_folders(service.registry, folders)
    _warn_about_trust(service.registry)
    return service


def add_variant_arguments(parser: argparse.ArgumentParser, optional_id: bool = False) -> None:
    """``ID --set name=value ... --preset NAME`` as used by build, eco and export."""
    parser.add_argument(
        "template_id",
        metavar="ID",
        nargs="?" if optional_id else None,
        help="template id (see `templates list`)",
    )
    parser.add_argument(
        "--set",
        dest="assignments",
        action="append",
        default=[],
        metavar="NAME=VALUE",
        help="set a parameter (repeatable); lengths accept units and a decimal comma, "
        "e.g. depth=15cm or depth=15,5cm",
    )
    parser.add_argument(
        "--preset",
        help="start from this preset (the template's own, else one "
        "you saved in the app) instead of the defaults",
    )
    parser.add_argument(
        "--design",
        type=Path,
        metavar="FILE",
        help="start from a saved .fabwise design file (then ID is optional)",
    )


def variant_values(args: argparse.Namespace) -> dict[str, Any]:
    return parse_assignments(args.assignments)


def variant_document(
    service: BuildService, args: argparse.Namespace, values: dict[str, Any] | None = None
) -> DesignDocument:
    """The design ``--design``, ID, ``--preset`` and ``--set`` (or ``values``) describe."""
    from configurator.app.document import open_variant

    return open_variant(
        service.registry,
        args.template_id,
        design_file=getattr(args, "design", None),
        preset=args.preset,
        values=variant_values(args) if values is None else values,
    )


def variant_request(
    service: BuildService,
    args: argparse.Namespace,
    *,
    quality: Quality = Quality.FINE,
    values: dict[str, Any] | None = None,
) -> BuildRequest:
    """A validated build request for the design the arguments describe."""
    document = variant_document(service, args, values)
    with_material(document, getattr(args, "material", None))
    template = document.template
    assert template is not None
    return service.request(template.id, document.valid_values(), quality=quality)


def print_json(data: Any) -> None:
    json.dump(data, sys.stdout, indent=2, ensure_ascii=False)
    sys.stdout.write("\n")


TRANSPORT_MODES = ("van", "truck", "rail", "ship", "air", "car", "bicycle", "foot")


def with_material(document: DesignDocument, material: str | None) -> None:
    """Put ``--material`` into the design's one material slot."""
    template = document.template
    if not material or template is None:
        return
    slots = template.schema.material_params()
    if len(slots) != 1:
        names = ", ".join(p.name for p in slots) or "none"
        raise FabwiseError(
            f"--material needs a template with one material slot; '{template.id}' has {len(slots)} ({names})",
            hint="use --set SLOT=MATERIAL instead",
        )
    document.commit({slots[0].name: material})


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

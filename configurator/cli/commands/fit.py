"""``fabwise fit ID [--set name=value ...] [--material M] [--json]``: is the variant fit for use?

Builds the variant in the worker, runs the template's load cases through the finite-element check
and its temperature, sunlight, water and food-contact conditions against the material rows, and
prints each condition with its verdict (holds / fails / unknown), its safety factor or margin, the
material rows that decided it and the solver settings.
"""

from __future__ import annotations

import argparse

from configurator.cli.common import (
    add_variant_arguments,
    print_json,
    service_from_args,
    variant_request,
)
from configurator.core.fit import FitReport, FitRequest, FitService
from configurator.core.fit_render import render_fit
from configurator.core.imported.store import ID_PREFIX

EXIT_FAILS = 3  # the check ran and a condition fails


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser(
        "fit",
        help="check a variant against its template's conditions of use",
        description="Finite-element check of the template's load cases (gmsh + scikit-fem) and "
        "of its temperature, sunlight, water and food-contact conditions against the material "
        "rows. Exit status 3 when a condition fails.",
    )
    add_variant_arguments(parser)
    parser.add_argument(
        "--material", metavar="M", help="material id for the template's material slot (see materials.csv)"
    )
    parser.add_argument(
        "--refine",
        type=float,
        default=1.0,
        metavar="F",
        help="element size × F (e.g. 0.7 to see how much the answer moves)",
    )
    parser.add_argument("--json", action="store_true", help="machine-readable output")
    parser.set_defaults(func=_fit)


def _fit(args: argparse.Namespace) -> int:
    if not 0.3 <= args.refine <= 3.0:
        from configurator.sdk.errors import FabwiseError

        raise FabwiseError(
            f"--refine {args.refine:g} is out of range",
            hint="use a factor between 0.3 (finer) and 3 (coarser)",
        )
    with service_from_args(args) as service:
        request = variant_request(service, args)
        # two workers: a template with several load cases has them solved side by side
        report: FitReport = FitService(service, lanes=service.lanes()).check(
            FitRequest(request.ref, dict(request.params), refine=args.refine)
        )
    if args.json:
        print_json(report.to_dict())
    else:
        print(render_fit(report))
        if not report.declared and report.template_id.startswith(ID_PREFIX):
            print(
                f"  An imported model has no conditions until you declare them: fabwise models load "
                f"{report.template_id} --mass 5kg --on top --fixed bottom [--sustained] [--temperature 60]"
            )
    return EXIT_FAILS if report.status == "fails" else 0

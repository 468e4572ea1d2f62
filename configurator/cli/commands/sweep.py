"""``fabwise sweep ID [--samples N | --grid name=a:b:n …] [--seed S] [--facility F | --country CC]
[--workers K | --scheduler tcp://HOST:PORT] [-o FOLDER]``.

Builds many variants of a template on a Dask cluster (a local one by default), scores each one's
footprint, checks fit for use where the template declares conditions, stores every result in
SQLite and writes an HTML report. Running the same command again after an interruption resumes the
sweep. ``--list`` shows the stored sweeps; ``--report N`` redraws the report of sweep N.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from configurator.cli.common import print_json, registry_from_args
from configurator.sdk.errors import FabwiseError

EXIT_INCOMPLETE = 3


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser(
        "sweep",
        help="build, score and check many variants of a template on a Dask cluster",
        description="Draw variants from a template's parameter space (seeded quasi-random "
        "samples plus its corners, or a grid), build each on Dask workers, score its footprint "
        "and fit for use, store every result in SQLite and write an HTML report. Run the same "
        "command again to resume an interrupted sweep.",
    )
    parser.add_argument("template_id", metavar="ID", nargs="?", help="template id")
    what = parser.add_mutually_exclusive_group()
    what.add_argument(
        "--samples",
        type=int,
        metavar="N",
        help="quasi-random variants to draw (default 100), plus the corners",
    )
    what.add_argument(
        "--grid",
        action="append",
        default=[],
        metavar="NAME=A:B:N",
        help="a grid axis: N values from A to B, or NAME=X,Y,Z (repeatable; "
        "other parameters keep their defaults)",
    )
    parser.add_argument("--seed", type=int, default=0, help="seed of the draw (default 0)")
    parser.add_argument(
        "--method",
        choices=("lhs", "sobol"),
        default="lhs",
        help="Latin hypercube (default) or scrambled Sobol sampling",
    )
    parser.add_argument(
        "--no-corners", action="store_true", help="leave out the default variant and the corners"
    )
    parser.add_argument(
        "--no-fit",
        action="store_true",
        help="skip fit-for-use checks (stored as 'not checked'; they can take seconds per variant)",
    )
    where = parser.add_mutually_exclusive_group()
    where.add_argument(
        "--facility", metavar="F", help="score as made at this facility, and check it can make each variant"
    )
    where.add_argument("--country", metavar="CC", help="score with this country's electricity")
    cluster = parser.add_mutually_exclusive_group()
    cluster.add_argument(
        "--workers",
        type=int,
        metavar="K",
        help="worker processes of the local cluster (default: one per core)",
    )
    cluster.add_argument(
        "--scheduler",
        metavar="tcp://HOST:PORT",
        help="run on this existing Dask cluster instead of a local one",
    )
    parser.add_argument(
        "--timeout",
        type=float,
        default=300.0,
        metavar="S",
        help="stop a variant still running after S seconds and report it "
        "(default 300; its worker is restarted when it has a nanny)",
    )
    parser.add_argument(
        "-o",
        "--output",
        type=Path,
        metavar="FOLDER",
        help="report folder (default: sweep-N-ID in the current folder)",
    )
    parser.add_argument(
        "--db",
        type=Path,
        metavar="FILE",
        help="sweep database (default: sweeps.sqlite in Fabwise's data folder)",
    )
    parser.add_argument(
        "--fresh", action="store_true", help="start a new sweep even if an identical one is unfinished"
    )
    parser.add_argument(
        "--compare",
        type=int,
        metavar="N",
        help="compare with sweep N in the report (default: the previous sweep of the same template)",
    )
    parser.add_argument("--no-report", action="store_true", help="store results only")
    parser.add_argument("--list", action="store_true", help="list the stored sweeps and exit")
    parser.add_argument(
        "--report", type=int, metavar="N", help="write the report of stored sweep N (no building) and exit"
    )
    parser.add_argument("--json", action="store_true", help="print the summary as JSON")
    parser.set_defaults(func=_sweep)


def _summary_dict(summary: Any, report: Path | None) -> dict[str, Any]:
    info = summary.sweep
    return {
        "sweep": info.id,
        "template": info.template_id,
        "version": info.template_version,
        "planned": info.planned,
        "checked": summary.done,
        "ok": summary.ok,
        "failed": summary.failed,
        "lost": summary.lost,
        "not_run": summary.pending,
        "co2e_kg_min": summary.co2e_min,
        "co2e_kg_max": summary.co2e_max,
        "fit": summary.fit_counts,
        "facility_can_make": summary.facility_ok,
        "headline": summary.headline(),
        "complete": summary.complete,
        "report": str(report) if report else None,
        "cluster": info.cluster,
        "wall_s": round(info.wall_s, 3),
    }


def _list(args: argparse.Namespace) -> int:
    from configurator.sweep.store import SweepStore

    with SweepStore(args.db) as store:
        sweeps = store.sweeps(args.template_id)
        summaries = [store.summary(s.id) for s in sweeps]
    if args.json:
        print_json([_summary_dict(s, None) for s in summaries])
        return 0
    if not summaries:
        print("no sweeps stored yet")
        return 0
    for s in summaries:
        state = "finished" if s.sweep.finished else "unfinished"
        print(
            f"{s.sweep.id:4d}  {s.sweep.template_id} v{s.sweep.template_version}  "
            f"{s.sweep.created}  {state}: {s.headline()}"
        )
    return 0


def _schema_for(args: argparse.Namespace, template_id: str) -> Any:
    registry = registry_from_args(args)
    try:
        return registry.get(template_id).template.schema
    except FabwiseError:
        return None  # the template is gone: the report still draws from stored rows


def _report_only(args: argparse.Namespace) -> int:
    from configurator.sweep.report import write_report
    from configurator.sweep.store import SweepStore

    with SweepStore(args.db) as store:
        info = store.sweep(args.report)
        folder = args.output or Path(f"sweep-{info.id}-{info.template_id}")
        page = write_report(store, info.id, folder, _schema_for(args, info.template_id), args.compare)
        summary = store.summary(info.id)
    if args.json:
        print_json(_summary_dict(summary, page))
    else:
        print(summary.headline())
        print(f"report: {page}")
    return 0


def _sweep(args: argparse.Namespace) -> int:
    if args.list:
        return _list(args)
    if args.report is not None:
        return _report_only(args)
    if not args.template_id:
        raise FabwiseError("which template?", hint="give a template id, or --list / --report N")
    if args.samples is not None and args.samples < 0:
        raise FabwiseError("--samples must be 0 or more")
    if not args.timeout > 0:
        raise FabwiseError("--timeout must be a positive number of seconds")
    if args.workers is not None and args.workers < 1:
        raise FabwiseError("--workers must be 1 or more")
    from configurator.sweep.progress import Progress
    from configurator.sweep.report import write_report
    from configurator.sweep.runner import Cluster, check_address, quiet_dask_logs
    from configurator.sweep.service import SweepRequest, plan, run
    from configurator.sweep.store import SweepStore

    if args.scheduler is not None:
        check_address(args.scheduler)  # before anything is stored
    registry = registry_from_args(args)
    request = SweepRequest(
        args.template_id,
        samples=args.samples,
        grid=tuple(args.grid),
        seed=args.seed,
        method=args.method,
        corners=not args.no_corners,
        facility=args.facility,
        country=args.country,
        fresh=args.fresh,
        skip_fit=args.no_fit,
    )
    err = sys.stderr
    with SweepStore(args.db) as store:
        planned = plan(registry, request, store)
        if planned.resumed:
            print(
                f"resuming sweep {planned.sweep_id}: {planned.total - planned.todo} of "
                f"{planned.total} variants already done",
                file=err,
            )
        else:
            print(f"sweep {planned.sweep_id}: {planned.total} variants of {args.template_id}", file=err)
        for note in planned.notes:
            print(f"  note: {note}", file=err)
        interrupted = False
        if planned.todo:
            with quiet_dask_logs():
                print(
                    f"connecting to {args.scheduler}…"
                    if args.scheduler
                    else "starting a local cluster and warming its workers…",
                    file=err,
                )
                with Cluster(args.scheduler, args.workers) as cluster:
                    for note in cluster.prepare():
                        print(f"  note: {note}", file=err)
                    print(f"running on {cluster.info().description}", file=err)
                    progress = Progress(planned.total, already=planned.total - planned.todo, stream=err)
                    try:
                        result = run(
                            store,
                            planned,
                            cluster,
                            on_outcome=lambda o: progress.advance(o.outcome),
                            timeout=args.timeout,
                        )
                        interrupted = result.interrupted
                    except KeyboardInterrupt:
                        interrupted = True
                    finally:
                        progress.close()
        summary = store.summary(planned.sweep_id)
        page = None
        if not args.no_report:
            folder = args.output or Path(f"sweep-{planned.sweep_id}-{args.template_id}")
            page = write_report(
                store, planned.sweep_id, folder, registry.get(args.template_id).template.schema, args.compare
            )
    if args.json:
        print_json(_summary_dict(summary, page))
    else:
        print(summary.headline())
        if summary.fit_counts:
            fit = ", ".join(
                f"{n} {k}" for k, n in sorted(summary.fit_counts.items(), key=lambda kv: str(kv[0]))
            )
            print(f"  fit for use: {fit}")
        if summary.facility_ok is not None:
            print(f"  {args.facility} can make {summary.facility_ok} of {summary.ok} built variants")
        print(f"  stored as sweep {planned.sweep_id} in {store.path}")
        if page is not None:
            print(f"  report: {page}")
    if interrupted or not summary.complete:
        print(
            f"fabwise: sweep {planned.sweep_id} is not complete ({summary.pending} not run, "
            f"{summary.lost} lost): run the same command again to resume",
            file=err,
        )
        return 130 if interrupted and summary.pending else EXIT_INCOMPLETE
    return 0

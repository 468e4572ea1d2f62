"""Fit-for-use timing per template: mesh size, time of a full check, safety factor, and the guide.

    .venv/bin/python benchmarks/fit.py [--repeat 3] [--guide] [--one-worker] [TEMPLATE ...]

A "full check" is what ``fabwise fit ID`` asks the (warm) build worker for: build the default
variant, mesh each loaded part from its B-rep (gmsh), assemble and solve (scikit-fem + SuperLU or
AMG-CG), and decide every condition. Each repeat clears the worker's mesh and solve caches first,
so every run meshes and solves again. Printed per template: unknowns, elements, the median wall
time of the check seen from the caller, its CPU time in the worker, the worker's split (mesh /
assembly / solve, wall), and the lowest safety factor. With ``--guide``: the eco-guide with every
alternative built and checked, cold (empty build and fit caches, warm workers).

As the CLI and the app do, the check and the guide use two workers (the build worker and the
speculative one, both warm): a check with several load cases is split over them, the guide builds
and checks its alternatives two at a time. ``cpu s`` is the CPU time of the whole check (both
workers), ``path s`` that of the busier worker: on an idle two-core machine the check's wall time
is about its variant's build plus ``path s``. For the guide, ``g cpu`` is the CPU time of the two
workers and this process together, ``g path`` this process plus the busier worker (the guide's
wall time on an otherwise idle two-core machine). ``--one-worker`` runs everything in one worker.

Targets (issue 16): a full check of any shipped template's default under 3 s on the 2-core
machine; the guide's verdicts for all its alternatives under 10 s cold. The load average is printed
first: on a shared machine, wall times grow with it while CPU times do not.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from collections.abc import Mapping
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from configurator.core.fit import FitReport, FitRequest, FitService  # noqa: E402
from configurator.core.registry import TemplateRegistry  # noqa: E402
from configurator.core.service import BuildService  # noqa: E402
from configurator.core.worker import _cpu_seconds  # noqa: E402
from configurator.sdk.params import Value  # noqa: E402
from configurator.sdk.results import BuildResult, TemplateRef  # noqa: E402
from eco_rules import EcoContext, build_guide, default_engine  # noqa: E402

CHECK_TARGET_S = 3.0
GUIDE_TARGET_S = 10.0


def clear_worker_caches(_: object = None) -> None:
    """Runs in the worker: forget meshes, assemblies and solves so the next check does everything
    again."""
    from configurator.core import fe, fit_job

    fit_job._MESHES.clear()
    fit_job._SOLVES.clear()
    fe.clear_caches()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("templates", nargs="*")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--guide", action="store_true", help="also time the guide, cold")
    parser.add_argument(
        "--one-worker", action="store_true", help="no second worker: checks and alternatives one at a time"
    )
    args = parser.parse_args()
    registry = TemplateRegistry.discover()
    ids = args.templates or sorted(registry.ids())
    print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")
    print(
        f"{'template':22}{'unknowns':>9}{'elements':>9}{'check s':>9}{'cpu s':>7}{'path s':>7}"
        f"{'mesh':>7}{'asm':>7}{'solve':>7}{'SF':>7}{'status':>9}"
        + (f"{'guide s':>9}{'g cpu':>7}{'g path':>7}{'alts':>6}{'rejected':>9}" if args.guide else "")
    )
    worst = 0.0
    worst_guide = 0.0
    with BuildService(registry) as service:
        lanes = service.lanes(parallel=not args.one_worker)
        for worker in lanes.workers:
            worker.start()

        def clear() -> None:
            for worker in lanes.workers:
                worker.call("benchmarks.fit:clear_worker_caches", None, 60.0)
            service.cache.clear()

        for template_id in ids:
            request = service.request(template_id, {})
            walls, cpus, paths = [], [], []
            report: FitReport | None = None
            for _ in range(args.repeat):
                clear()
                fits = FitService(service, lanes=lanes)
                start = time.perf_counter()
                report = fits.check(FitRequest(request.ref, dict(request.params)))
                walls.append(time.perf_counter() - start)
                cpus.append(report.cpu_seconds)
                paths.append(report.cpu_path_seconds or report.cpu_seconds)
            assert report is not None
            runs = [v.run for v in report.verdicts if v.run is not None]
            dofs = sum(r.dofs for r in runs)
            elements = sum(r.elements for r in runs)
            mesh = sum(r.mesh_seconds for r in runs)
            assemble = sum(r.assemble_seconds for r in runs)
            solve = sum(r.solve_seconds for r in runs)
            sf = report.min_safety_factor
            wall = statistics.median(walls)
            worst = max(worst, wall)
            line = (
                f"{template_id:22}{dofs:>9}{elements:>9}{wall:>9.2f}"
                f"{statistics.median(cpus):>7.2f}{statistics.median(paths):>7.2f}"
                f"{mesh:>7.2f}{assemble:>7.2f}{solve:>7.2f}"
                f"{(f'{sf:.2f}' if sf is not None else '-'):>7}{report.status:>9}"
            )
            if args.guide:
                clear()
                fits = FitService(service, lanes=lanes)
                template = registry.get(template_id).template

                def builder(
                    params: Mapping[str, Value], tid: str = template_id, fs: FitService = fits
                ) -> BuildResult:
                    return fs.build(service.request(tid, dict(params)))

                def fitness(
                    params: Mapping[str, Value], fs: FitService = fits, ref: TemplateRef = request.ref
                ) -> FitReport:
                    return fs.check(FitRequest(ref, dict(params)))

                before = [_cpu_seconds(w.pid) or 0.0 for w in lanes.workers]
                own = time.process_time()
                start = time.perf_counter()
                guide = build_guide(
                    default_engine(),
                    template.schema,
                    template_id,
                    request.params,
                    service.build(request),
                    EcoContext(country="FR"),
                    builder,
                    fitness=fitness,
                    parallel=lanes.width,
                )
                took = time.perf_counter() - start
                own = time.process_time() - own
                used = [(_cpu_seconds(w.pid) or 0.0) - b for w, b in zip(lanes.workers, before, strict=True)]
                worst_guide = max(worst_guide, took)
                line += (
                    f"{took:>9.2f}{own + sum(used):>7.2f}{own + max(used):>7.2f}"
                    f"{len(guide.suggestions) + len(guide.rejected):>6}"
                    f"{len(guide.rejected):>9}"
                )
            print(line, flush=True)
    print(
        f"slowest full check {worst:.2f} s (target {CHECK_TARGET_S:g} s)"
        + (f"; slowest guide {worst_guide:.2f} s (target {GUIDE_TARGET_S:g} s)" if args.guide else "")
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

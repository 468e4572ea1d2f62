"""Preview latency, headless: how much the app's build path adds to the CAD kernel's own cost.

For every shipped template (every template module in ``parts_library``), a scripted drag of one
length parameter (40 steps) and a material change are timed four ways:

- ``raw``: in-process CadQuery build + tessellation of the same parameter sets, with no app around
  it (the kernel's own cost; see ``kernel_timing.py`` for exactly what is timed);
- ``full``: in-process, everything the worker does for a build at that quality (``build_product`` +
  ``measure``; at ``drag`` quality, what a slider being dragged builds: the mesh and exact bounds; at
  ``coarse`` and ``fine`` also the validity check, exact volume and area, sheet outlines and
  engraving paths), without the worker;
- ``app``: the app's path without the GUI: validation, cache, worker round trip, plain-data result;
- ``spec``: the same drag through the GUI's scheduler, paced like a hand (``--pace`` ms between
  steps once a step is built), with speculative builds of the values the drag heads for on the
  second worker (and on the build worker while it would otherwise wait for the hand).

It prints medians and p95 in milliseconds, the ``app / raw`` ratio (median of per-step ratios),
``spec / raw`` (median over median), the cache-hit time and the peak RSS of this process and of the
workers. The GUI (change -> mesh on screen) is measured by ``preview_gui.py``.

    .venv/bin/python benchmarks/preview.py [--templates ID ...] [--steps N] [--quality drag|coarse|fine]
"""

from __future__ import annotations

import argparse
import os
import statistics
import threading
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from drag_plan import load_note, slider_plan
from kernel_timing import kernel_seconds
from shipped import shipped_registry

from configurator.core.build import build_product, measure
from configurator.core.drag import drag_candidates
from configurator.core.registry import TemplateEntry
from configurator.core.service import DEFAULT_LIMITS, BuildScheduler, BuildService
from configurator.core.speculation import SPECULATIVE_NICENESS
from configurator.core.worker import WorkerProcess
from configurator.sdk.results import BuildRequest


def ms(values: Sequence[float]) -> tuple[float, float]:
    ordered = sorted(values)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return statistics.median(ordered) * 1000, p95 * 1000


def peak_rss_mb(pid: int | None) -> float:
    if pid is None:
        return float("nan")
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return float("nan")


def timed(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def bench_template(
    service: BuildService,
    entry: TemplateEntry,
    steps: int,
    quality: str,
    pace_ms: float,
    idle_guesses: bool = True,
) -> None:
    plan = slider_plan(entry, steps)
    if plan is None or len(plan[2]) < 3:
        print(f"{entry.template.id:<20} (no draggable length parameter)")
        return
    param, _, values = plan
    template = entry.template
    schema = template.schema
    sets = [schema.validate({param.name: v}) for v in values]
    materials = schema.material_params()
    if materials and len(materials[0].options) > 1:
        other = next(o for o in materials[0].options if o != materials[0].default)
        sets.append(schema.validate({materials[0].name: other}))
    requests = [BuildRequest(entry.ref, v, quality, i) for i, v in enumerate(sets)]

    raw = [kernel_seconds(template, v, quality) for v in sets]
    full = [timed(lambda v=v: measure(build_product(template, v), quality)) for v in sets]
    service.cache.clear()
    app = [timed(lambda r=r: service.build(r)) for r in requests]
    hits = [timed(lambda r=r: service.build(r)) for r in requests]

    service.speculator.wait_idle(60)
    service.cache.clear()
    spec: list[float] = []
    recent: list[float] = []
    previous = float(param.default)  # type: ignore[arg-type]
    arrived = threading.Event()
    scheduler = BuildScheduler(
        service,
        lambda _outcome: arrived.set(),  # as the GUI builds
        idle_guesses=idle_guesses,
    )
    for request in requests[: len(values)]:
        arrived.clear()
        start = time.perf_counter()
        scheduler.submit(request)
        # as the GUI's session does right after submitting: guess where the drag goes next
        value = float(request.params[param.name])  # type: ignore[arg-type]
        recent = [*recent, value - previous][-3:]
        previous = value
        service.speculate_values(request, param.name, drag_candidates(param, value, recent, 4))
        arrived.wait(120)
        spec.append(time.perf_counter() - start)
        time.sleep(pace_ms / 1000)  # the user's hand moving to the next slider position
    service.cancel_speculation()
    scheduler.close()

    raw_med, raw_p95 = ms(raw)
    full_med, _ = ms(full)
    app_med, app_p95 = ms(app)
    spec_med, spec_p95 = ms(spec)
    hit_med, _ = ms(hits)
    cold = statistics.median(a / r for a, r in zip(app, raw, strict=True))
    print(
        f"{template.id:<20} {param.name:<14} {raw_med:7.1f} {raw_p95:7.1f} {full_med:7.1f} | "
        f"{app_med:7.1f} {app_p95:7.1f} | {spec_med:7.1f} {spec_p95:7.1f} | {cold:5.2f} "
        f"{spec_med / raw_med:5.2f} | {hit_med:6.3f}",
        flush=True,
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--templates", nargs="*", help="template ids (default: all built-in)")
    parser.add_argument("--steps", type=int, default=40)
    parser.add_argument(
        "--quality",
        default="drag",
        choices=("drag", "coarse", "fine"),
        help="drag: what a slider being dragged builds (the default); coarse: "
        "the same mesh with every check and outline",
    )
    parser.add_argument("--pace", type=float, default=80.0, help="ms between drag steps")
    parser.add_argument(
        "--no-hedge", action="store_true", help="wait for a guess being built instead of building it here too"
    )
    parser.add_argument(
        "--no-idle-guesses", action="store_true", help="the build worker never builds guesses"
    )
    parser.add_argument(
        "--spec-niceness",
        type=int,
        default=SPECULATIVE_NICENESS,
        help="CPU niceness of the speculative worker",
    )
    args = parser.parse_args()
    registry = shipped_registry()
    entries = [e for e in registry.entries if not args.templates or e.template.id in args.templates]
    print(
        f"preview benchmark: {args.steps}-step drag + a material change, quality={args.quality}, "
        f"speculative drag paced at {args.pace:g} ms/step (speculative worker at niceness "
        f"{args.spec_niceness}); times in ms"
    )
    print(f"({load_note()})")
    print(
        f"{'template':<20} {'parameter':<14} {'raw med':>7} {'p95':>7} {'full':>7} | "
        f"{'app med':>7} "
        f"{'p95':>7} | {'spec med':>7} {'p95':>7} | {'a/r':>5} {'s/r':>5} | {'hit':>6}"
    )
    spare = WorkerProcess(limits=DEFAULT_LIMITS, niceness=args.spec_niceness)
    with BuildService(registry, speculative_worker=spare) as service:
        service.hedge = not args.no_hedge
        start = timed(service.worker.start)
        for entry in entries:
            bench_template(service, entry, args.steps, args.quality, args.pace, not args.no_idle_guesses)
        print(
            f"worker start: {start * 1000:.0f} ms; peak RSS: this process "
            f"{peak_rss_mb(os.getpid()):.0f} MB, build worker "
            f"{peak_rss_mb(service.worker.pid):.0f} MB, speculative worker "
            f"{peak_rss_mb(service.speculator.worker.pid):.0f} MB; cache "
            f"{len(service.cache)} entries, {service.cache.nbytes / 1e6:.1f} MB"
        )


if __name__ == "__main__":
    main()

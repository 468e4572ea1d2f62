"""Eco engine timing: median time to evaluate one variant, and to produce the guide, per template.

    .venv/bin/python benchmarks/eco_eval.py [--repeat 200] [--guide-repeat 5] [--country DE]

Templates come from the ``fabwise.templates`` entry points, plus ``parts_library/`` when no entry
point is registered yet. Builds run in the real build worker. The guide is timed twice:
"guide (cold)" includes building every alternative in the worker; "guide (warm)" is the same guide
again with the alternatives in the build cache, i.e. the eco work itself plus cache look-ups.
Targets (issue 3): one evaluation < 5 ms, the full guide < 300 ms on the 2-core machine.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable, Mapping
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from configurator.core.registry import TemplateRegistry  # noqa: E402
from configurator.core.service import BuildService  # noqa: E402
from configurator.core.trust import TrustAll  # noqa: E402
from configurator.sdk.params import Value  # noqa: E402
from configurator.sdk.results import BuildResult  # noqa: E402
from eco_rules import EcoContext, build_guide, default_engine  # noqa: E402

EVAL_TARGET_MS = 5.0
GUIDE_TARGET_MS = 300.0


def median_ms(run: Callable[[], object], repeat: int) -> float:
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        samples.append((time.perf_counter() - start) * 1000.0)
    return statistics.median(samples)


def registry() -> TemplateRegistry:
    found = TemplateRegistry.discover()
    if found.ids():
        return found
    return TemplateRegistry.discover([ROOT / "parts_library"], use_entry_points=False, trust=TrustAll())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=200, help="evaluations per template")
    parser.add_argument("--guide-repeat", type=int, default=5, help="warm guide runs per template")
    parser.add_argument("--country", default="DE")
    args = parser.parse_args()

    start = time.perf_counter()
    engine = default_engine()
    print(f"engine load (rules compiled, factors read): {(time.perf_counter() - start) * 1000:.1f} ms")
    context = EcoContext(country=args.country, distance_km=15, transport_mode="van")
    reg = registry()
    if not reg.ids():
        print("no templates found")
        return 1
    header = (
        f"{'template':<22}{'parts':>6}{'eval ms':>10}{'guide cold ms':>15}{'guide warm ms':>15}{'builds':>8}"
    )
    print(header)
    worst_eval = worst_warm = 0.0
    with BuildService(reg) as service:
        for template_id in reg.ids():
            template = reg.get(template_id).template
            request = service.request(template_id, {})
            build = service.build(request)

            def builder(params: Mapping[str, Value], tid: str = template_id) -> BuildResult:
                return service.build(service.request(tid, dict(params)))

            eval_ms = median_ms(lambda b=build: engine.evaluate(b, context), args.repeat)

            def guide(b: BuildResult = build, t=template, r=request) -> object:  # type: ignore[no-untyped-def]
                return build_guide(engine, t.schema, t.id, r.params, b, context, builder)

            start = time.perf_counter()
            result = guide()
            cold_ms = (time.perf_counter() - start) * 1000.0
            warm_ms = median_ms(guide, args.guide_repeat)
            builds = getattr(result, "builds", 0)
            worst_eval, worst_warm = max(worst_eval, eval_ms), max(worst_warm, warm_ms)
            print(
                f"{template_id:<22}{len(build.parts):>6}{eval_ms:>10.2f}{cold_ms:>15.0f}"
                f"{warm_ms:>15.1f}{builds:>8}"
            )
    print(
        f"worst median evaluation {worst_eval:.2f} ms (target < {EVAL_TARGET_MS:g} ms: "
        f"{'met' if worst_eval < EVAL_TARGET_MS else 'NOT met'}); worst warm guide {worst_warm:.1f} ms "
        f"(target < {GUIDE_TARGET_MS:g} ms: {'met' if worst_warm < GUIDE_TARGET_MS else 'NOT met'})"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

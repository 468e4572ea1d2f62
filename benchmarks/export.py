"""Export timing: median time of a full production-package export, per shipped template.

    .venv/bin/python benchmarks/export.py [--repeat 5] [--preview auto|vtk|software]

"export" is :func:`configurator.core.export.export_package` with a warm build worker: rebuild in
the worker, every manufacturing check, STEP/STL/3MF/DXF, eco report HTML + PDF, preview, manifest,
zip written atomically. "eco" is the eco evaluation the CLI runs before it (cached build +
engine). The first export per worker (imports of VTK, fpdf2, fonts) is reported apart as "cold".
The facility is a generous one (no envelope, material or stock limits) so every template exports.
Target (issue 4): total under 2 s for every shipped template.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from configurator.core.export import ExportOptions, export_package  # noqa: E402
from configurator.core.facilities.model import Facility, Location, Machine  # noqa: E402
from configurator.core.registry import TemplateRegistry  # noqa: E402
from configurator.core.service import BuildService  # noqa: E402
from configurator.core.trust import TrustAll  # noqa: E402

TARGET_S = 2.0
BENCH_FACILITY = Facility(
    "benchmark-lab",
    "Benchmark lab",
    "example",
    Location(country="DE"),
    machines=tuple(
        Machine(p, f"{p} machine", (2000.0, 2000.0, 50.0 if p in ("laser", "cnc_router") else 2000.0))
        for p in ("fdm", "sla", "sls", "laser", "cnc_router", "cnc_mill")
    ),
)


def registry() -> TemplateRegistry:
    found = TemplateRegistry.discover()
    if found.ids():
        return found
    return TemplateRegistry.discover([ROOT / "parts_library"], use_entry_points=False, trust=TrustAll())


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5, help="timed exports per template")
    parser.add_argument("--preview", choices=("auto", "vtk", "software"), default="auto")
    args = parser.parse_args()
    from eco_rules import EcoContext, default_engine

    engine = default_engine()
    context = EcoContext(country="DE", distance_km=15, transport_mode="van")
    reg = registry()
    if not reg.ids():
        print("no templates found")
        return 1
    print(f"{'template':<22}{'cold s':>8}{'eco s':>8}{'export s':>10}{'total s':>9}  slowest steps")
    worst = 0.0
    with BuildService(reg) as service, tempfile.TemporaryDirectory() as folder:
        for template_id in reg.ids():
            request = service.request(template_id, {})
            output = Path(folder) / f"{template_id}.zip"
            options = ExportOptions(preview=args.preview)

            def run(
                request: Any = request, output: Path = output, options: ExportOptions = options
            ) -> tuple[float, float, dict[str, float]]:
                start = time.perf_counter()
                eco = engine.evaluate(service.build(request), context).to_dict()
                eco_s = time.perf_counter() - start
                summary = export_package(
                    service, request, output, facility=BENCH_FACILITY, eco=eco, options=options
                )
                return eco_s, time.perf_counter() - start - eco_s, summary.seconds

            cold = sum(run()[:2])
            runs = [run() for _ in range(args.repeat)]
            eco_s = statistics.median(r[0] for r in runs)
            export_s = statistics.median(r[1] for r in runs)
            total = statistics.median(r[0] + r[1] for r in runs)
            steps = {k: statistics.median(r[2].get(k, 0.0) for r in runs) for k in runs[0][2]}
            slowest = ", ".join(f"{k} {v:.2f}" for k, v in sorted(steps.items(), key=lambda kv: -kv[1])[:3])
            worst = max(worst, total)
            print(f"{template_id:<22}{cold:>8.2f}{eco_s:>8.3f}{export_s:>10.2f}{total:>9.2f}  {slowest}")
    verdict = "met" if worst < TARGET_S else "NOT met"
    print(f"worst median total {worst:.2f} s (target < {TARGET_S:g} s: {verdict})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Sweep throughput: variants per second on a local Dask cluster of 1 and 2 worker processes, and the
scaling efficiency (rate with 2 workers / twice the rate with 1).

    .venv/bin/python benchmarks/sweep.py [--template shelf-bracket] [--variants 40] [--repeat 3]
                                         [--workers 1,2 | --scheduler tcp://HOST:PORT]

For each worker count a LocalCluster is started and warmed once (its start-up is printed apart),
then the same variants (seeded samples plus corners) are swept ``--repeat`` times into a scratch
database; each run's rate is variants / wall time from the first submission to the last stored
result, and the median is printed. "per-variant time" is the median time one worker spent on one
variant (build + measure + eco), so 1 / that is what one worker core can do at best; the gap to the
measured rate is scheduling, transfer and storing. With ``--scheduler`` the same is measured on an
existing cluster (all its workers), and the rate per worker thread is printed.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--template", default="shelf-bracket")
    parser.add_argument("--variants", type=int, default=40, help="samples per run (plus corners)")
    parser.add_argument("--repeat", type=int, default=3, help="runs per worker count")
    parser.add_argument("--workers", default="1,2", help="worker counts, comma-separated")
    parser.add_argument("--scheduler", help="measure this existing cluster instead")
    args = parser.parse_args()

    scratch = Path(tempfile.mkdtemp(prefix="fabwise-sweep-bench-"))
    os.environ.setdefault("FABWISE_DATA_DIR", str(scratch / "data"))

    from configurator.core.registry import TemplateRegistry
    from configurator.sweep.runner import Cluster, quiet_dask_logs
    from configurator.sweep.service import SweepRequest, plan, run
    from configurator.sweep.store import SweepStore

    registry = TemplateRegistry.discover()
    counts = [0] if args.scheduler else [int(c) for c in args.workers.split(",")]
    rates: dict[int, float] = {}
    per_variant: list[float] = []
    print(
        f"template {args.template}: {args.variants} samples + corners per run, "
        f"{args.repeat} run(s) per worker count, {os.cpu_count()} CPU(s) seen"
    )
    with SweepStore(scratch / "bench.sqlite") as store, quiet_dask_logs():
        for count in counts:
            start = time.perf_counter()
            with Cluster(args.scheduler, workers=count or None) as cluster:
                cluster.prepare(wait_for=max(1, count))
                threads = cluster.info().threads
                ready = time.perf_counter() - start
                samples = []
                for _ in range(args.repeat):
                    planned = plan(
                        registry,
                        SweepRequest(args.template, samples=args.variants, seed=1, fresh=True),
                        store,
                    )
                    result = run(store, planned, cluster)
                    samples.append(result.delivered / result.wall_s)
                    rows = store.rows(planned.sweep_id)
                    failed = sum(r["outcome"] != "ok" for r in rows)
                    per_variant.extend(r["total_s"] for r in rows if r["total_s"] is not None)
                    if failed:
                        print(f"  note: {failed} variant(s) did not finish ok")
            rates[count] = statistics.median(samples)
            label = f"{count} worker(s)" if count else f"{args.scheduler} ({threads} thread(s))"
            print(
                f"{label}: {rates[count]:6.2f} variants/s (median of "
                f"{len(samples)}: {', '.join(f'{s:.2f}' for s in samples)}); cluster start + "
                f"warm-up {ready:.1f} s; {rates[count] / max(1, threads):.2f} variants/s per "
                "worker thread"
            )
    if per_variant:
        median = statistics.median(per_variant)
        print(
            f"per-variant time on a worker (median): {median * 1000:.0f} ms "
            f"-> at best {1 / median:.2f} variants/s per worker core"
        )
    if 1 in rates:
        for count, rate in rates.items():
            if count > 1:
                print(
                    f"speed-up {count} vs 1 worker(s): {rate / rates[1]:.2f}x; scaling "
                    f"efficiency {rate / (count * rates[1]):.0%}"
                )
    return 0


if __name__ == "__main__":
    sys.exit(main())

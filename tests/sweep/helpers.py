"""Sweeps written straight into a store, for tests that need results but no cluster."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from configurator.sweep.store import SweepStore


def stored_sweep(
    path: Path,
    template_id: str = "sweep-block",
    version: str = "1.0.0",
    count: int = 6,
    failing: tuple[int, ...] = (),
    finish: bool = True,
    co2e: float = 1.0,
) -> tuple[SweepStore, int]:
    store = SweepStore(path)
    variants = [
        (
            json.dumps({"width": 20.0 + 10 * i, "slots": i % 3}),
            "sample",
            {"width": 20.0 + 10 * i, "slots": i % 3},
        )
        for i in range(count)
    ]
    sweep_id = store.create(
        template_id=template_id,
        template_version=version,
        fingerprint=version,
        spec={"samples": count, "seed": 0, "method": "lhs", "corners": False},
        context={"facility": None, "eco": {}},
        variants=variants,
    )
    if finish:
        for i in range(count):
            row: dict[str, Any] = {"idx": i, "attempts": 1, "build_s": 0.1 + 0.01 * i, "measure_s": 0.02}
            if i in failing:
                row.update(outcome="failed", stage="build", message="it broke")
            else:
                value = co2e + 0.1 * i
                row.update(
                    outcome="ok",
                    co2e_low=value * 0.5,
                    co2e_kg=value,
                    co2e_high=value * 1.5,
                    grade="ABCDE"[i % 5],
                    mass_kg=0.1 * i,
                    size_x=10.0 + i,
                    size_y=10.0,
                    size_z=10.0 + 2 * i,
                    fit_status="not checked",
                )
            store.record(sweep_id, row)
        store.mark_run(sweep_id, cluster="test", workers=1, wall_s=1.0)
    return store, sweep_id

"""What the eco guide's split advice costs: median time of ``workshop_advice`` per scenario,
and its ratio to the guide it is added to (the same guide, warm: alternatives already built).

    .venv/bin/python benchmarks/split_advice.py [--repeat 20] [--place "Lyon, FR"]

Scenarios: the shipped workshops near ``--place`` (real fab labs with the typical inventory: each
part's nearest capable workshop is the same one, so there is rarely a split to weigh), and a dense
made-up town of 12 print shops, 12 laser ateliers and 6 fab labs within 30 km (every combination
the planner allows is a split: the most the advice ever weighs). Templates: the mixed-process
plywood lamp and side table. "guide ms" is the guide warm (alternatives already built, no fit
checks): the app's guide also builds and checks them, seconds, so the real ratio is far smaller.
No timed assertion anywhere: this prints figures.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable, Mapping
from functools import partial
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from configurator.app.making import (  # noqa: E402
    facility_context,
    order_candidates,
    part_requirements,
)
from configurator.app.order import order_footprint, workshop_advice  # noqa: E402
from configurator.core.facilities.geocode import resolve_user_location  # noqa: E402
from configurator.core.facilities.matching import match_facilities  # noqa: E402
from configurator.core.facilities.model import Facility, Location, Machine  # noqa: E402
from configurator.core.facilities.split import Leg, OrderPlan  # noqa: E402
from configurator.core.facilities.store import FacilityStore  # noqa: E402
from configurator.core.registry import TemplateRegistry  # noqa: E402
from configurator.core.service import BuildService  # noqa: E402
from configurator.sdk.params import Value  # noqa: E402
from configurator.sdk.results import BuildResult  # noqa: E402
from eco_rules import build_guide, default_engine  # noqa: E402
from eco_rules.interval import Interval  # noqa: E402

TEMPLATES = ("plywood-lamp", "side-table")
PRINTER = Machine("fdm", "Large printer", (400.0, 400.0, 400.0), ("pla", "petg", "pla_recycled"))
LASER = Machine(
    "laser", "Laser", (1300.0, 900.0, 10.0), ("birch_plywood", "mdf"), sheet_thicknesses_mm=(3.0, 4.0, 6.0)
)
ROUTER = Machine(
    "cnc_router",
    "Router",
    (2500.0, 1250.0, 100.0),
    ("birch_plywood", "mdf"),
    sheet_thicknesses_mm=(12.0, 15.0, 18.0),
)


def median_ms(run: Callable[[], object], repeat: int) -> float:
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        samples.append((time.perf_counter() - start) * 1000.0)
    return statistics.median(samples)


def dense_town(origin: tuple[float, float]) -> list[Facility]:
    shops = []
    for index in range(30):
        machines = (PRINTER,) if index < 12 else (LASER, ROUTER) if index < 24 else (PRINTER, LASER, ROUTER)
        north = 1.0 + index  # km
        shops.append(
            Facility(
                id=f"bench-{index}",
                name=f"Bench shop {index}",
                kind="user",
                location=Location(
                    country="FR", lat=origin[0] + north / 111.195, lon=origin[1], precision="exact"
                ),
                machines=machines,
                inventory_verified=True,
            )
        )
    return shops


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--place", default="Lyon, FR")
    args = parser.parse_args()
    here = resolve_user_location(args.place)
    origin = (here.lat, here.lon)
    with FacilityStore() as store:
        placed = store.search(placed_only=True)
    engine = default_engine()
    print(
        f"{'template':<14}{'scenario':<12}{'workshops':>10}{'advice ms':>11}{'guide ms':>10}"
        f"{'ratio':>7}  advice"
    )
    registry = TemplateRegistry.discover()
    with BuildService(registry) as service:
        for template_id in TEMPLATES:
            template = registry.get(template_id).template
            build = service.build(service.request(template_id, {}))
            parts = part_requirements(build)
            report = match_facilities(placed, parts, origin=origin, max_distance_km=200.0)
            shipped = order_candidates(
                (m.facility, m.distance_km) for m in (*report.capable, *report.incapable)
            )
            capable = [m for m in report.capable if m.facility.kind != "example"]

            def builder(params: Mapping[str, Value], tid: str = template_id) -> BuildResult:
                return service.build(service.request(tid, dict(params)))

            for scenario, nearby in (("shipped", shipped), ("dense town", dense_town(origin))):
                chosen = capable[0].facility if scenario == "shipped" and capable else nearby[-1]
                distance = (capable[0].distance_km if scenario == "shipped" and capable else 30.0) or 0.0
                current = OrderPlan((Leg(chosen, tuple(p.name for p in build.parts), distance),))
                current_kg = order_footprint(build, current).total_kg

                def advise(
                    nearby: list[Facility] = nearby,
                    current: OrderPlan = current,
                    build: BuildResult = build,
                    current_kg: Interval = current_kg,
                ) -> object:
                    return workshop_advice(
                        build, nearby, origin=origin, current=current, current_kg=current_kg
                    )

                advice_ms = median_ms(advise, args.repeat)
                advice = advise()
                context = facility_context(chosen, distance, "van")
                guide = partial(
                    build_guide,
                    engine,
                    template.schema,
                    template_id,
                    dict(build.params),
                    build,
                    context,
                    builder,
                )
                guide_ms = median_ms(guide, 3)
                text = advice.text() if advice is not None else "none"  # type: ignore[attr-defined]
                print(
                    f"{template_id:<14}{scenario:<12}{len(nearby):>10}{advice_ms:>11.1f}"
                    f"{guide_ms:>10.1f}{advice_ms / guide_ms:>7.2f}  {text[:70]}"
                )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

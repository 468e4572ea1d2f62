"""Slicing cost and how wrong the volume model was: every FDM part of every shipped FDM template.

For each template whose parts include FDM parts, the default variant is built (fine quality, in the
build worker) and each FDM part is

- sliced with PrusaSlicer's command line and each ``--profiles`` printer profile, cold (the
  slicer runs: median of ``--repeat`` runs, cache bypassed) and warm (the slice cache answers);
- evaluated by the eco engine without a slice (the old deposited-volume model: print time =
  deposited volume / 4.5 mm³/s; filament = part mass x (1 + waste ratio)) and with the slice.

It prints, per part and profile: slicing time (cold, and warm from the cache), PrusaSlicer's print
time, filament and supports, the model's print time and filament (before the waste ratio), the
ratios model / slicer for print time and for filament bought (both with the waste ratio), the
part mass each gives, then the medians over all parts.
A ratio below 1 means the model said less than the slicer.

    .venv/bin/python benchmarks/production.py [--profiles prusa-mk3s-0.4 ...] [--repeat 3]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from configurator.core.facilities.printer_profiles import get_profile, load_profiles  # noqa: E402
from configurator.core.production.measure import Measurement, with_production  # noqa: E402
from configurator.core.production.slicer import (  # noqa: E402
    SliceCache,
    SliceFailed,
    cached_slice,
    require_slicer,
    slice_mesh,
    slicer_version,
)
from configurator.core.registry import TemplateRegistry  # noqa: E402
from configurator.core.service import BuildService  # noqa: E402
from configurator.sdk.materials import load_materials  # noqa: E402
from configurator.sdk.results import BuildResult, PartResult  # noqa: E402
from eco_rules import EcoContext, EcoEngine, default_engine  # noqa: E402


def derived(report: object, subject: str, fact: str) -> float:
    for line in report.lines.values():  # type: ignore[attr-defined]
        if line.kind == "derive" and line.subject == subject and line.fact == fact:
            return float(line.value.value)
    raise KeyError(f"{subject}: {fact}")


def fdm_builds(service: BuildService, registry: TemplateRegistry) -> list[BuildResult]:
    builds = []
    for template_id in registry.ids():
        template = registry.get(template_id).template
        if "fdm" not in template.processes:
            continue
        builds.append(service.build(service.request(template_id, {})))
    return builds


def measure_part(
    engine: EcoEngine, build: BuildResult, part: PartResult, profile_id: str, repeat: int, cache: SliceCache
) -> dict[str, float] | str:
    profile = get_profile(profile_id)
    density = float(load_materials()[part.material].density_kg_m3)
    cold = []
    try:
        for _ in range(repeat):
            started = time.perf_counter()
            sliced = slice_mesh(part.vertices, part.faces, profile, part.material, density)
            cold.append(time.perf_counter() - started)
    except SliceFailed as exc:
        return exc.message
    cached_slice(part.vertices, part.faces, profile, part.material, density, cache)
    warm = []
    for _ in range(repeat):
        started = time.perf_counter()
        cached_slice(part.vertices, part.faces, profile, part.material, density, cache)
        warm.append(time.perf_counter() - started)
    only = BuildResult(
        build.template_id, build.template_version, build.params, build.quality, (part,), (), (), (), 0.0, 0.0
    )
    model = engine.evaluate(only, EcoContext(country="DE"))
    measured = engine.evaluate(
        only, with_production(EcoContext(country="DE"), Measurement(profile, "", slices={part.name: sliced}))
    )
    return {
        "cold_s": statistics.median(cold),
        "warm_ms": statistics.median(warm) * 1000,
        "slicer_h": sliced.print_hours,
        "slicer_g": sliced.filament_g,
        "support_g": sliced.support_g,
        "model_h": derived(model, part.name, "machine_hours"),
        "model_g": derived(model, part.name, "input_mass_kg") * 1000,
        "measured_g": derived(measured, part.name, "input_mass_kg") * 1000,
        "model_part_g": derived(model, part.name, "product_mass_kg") * 1000,
        "slicer_part_g": sliced.part_g,
    }


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--profiles", nargs="+", default=list(load_profiles()))
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    exe = require_slicer()
    engine = default_engine()
    print(f"{slicer_version(exe)}; profiles: {', '.join(args.profiles)}; repeat {args.repeat}")
    with (
        tempfile.TemporaryDirectory() as tmp,
        BuildService(TemplateRegistry.discover(user_folder=Path(tmp) / "none")) as service,
    ):
        cache = SliceCache(Path(tmp) / "slices")
        builds = fdm_builds(service, service.registry)
        header = (
            f"{'template / part':<36}{'profile':<16}{'slice s':>8}{'warm ms':>8}{'print h':>9}"
            f"{'model h':>9}{'h ratio':>8}{'fil g':>8}{'sup g':>7}{'model g':>8}{'g ratio':>8}"
            f"{'part g':>8}{'model':>7}"
        )
        print(header)
        ratios_h, ratios_g, ratios_part, colds, warms = [], [], [], [], []
        waste = engine.book.process["process.fdm.waste_ratio"].value  # model g: filament before waste
        for build in builds:
            for part in build.parts:
                if part.process != "fdm":
                    continue
                for profile_id in args.profiles:
                    row = measure_part(engine, build, part, profile_id, args.repeat, cache)
                    name = f"{build.template_id} / {part.name}"[:35]
                    if isinstance(row, str):
                        print(f"{name:<36}{profile_id:<16}  not sliced: {row}")
                        continue
                    h_ratio = row["model_h"] / row["slicer_h"]
                    g_ratio = row["model_g"] / row["measured_g"]
                    part_g = row["slicer_part_g"]
                    p_ratio = row["model_part_g"] / part_g if part_g else float("nan")
                    ratios_h.append(h_ratio)
                    ratios_g.append(g_ratio)
                    ratios_part.append(p_ratio)
                    colds.append(row["cold_s"])
                    warms.append(row["warm_ms"])
                    print(
                        f"{name:<36}{profile_id:<16}{row['cold_s']:>8.2f}{row['warm_ms']:>8.2f}"
                        f"{row['slicer_h']:>9.2f}{row['model_h']:>9.2f}{h_ratio:>8.2f}"
                        f"{row['slicer_g']:>8.1f}{row['support_g']:>7.1f}"
                        f"{row['model_g'] / (1 + waste):>8.1f}"
                        f"{g_ratio:>8.2f}{row['slicer_part_g']:>8.1f}{row['model_part_g']:>7.1f}"
                    )
        if not ratios_h:
            print("nothing sliced")
            return 1
        print()
        print(
            f"median slicing time (cold): {statistics.median(colds):.2f} s; "
            f"max {max(colds):.2f} s; from the cache: {statistics.median(warms):.2f} ms"
        )
        print(
            f"model / slicer print time: median {statistics.median(ratios_h):.2f} "
            f"(min {min(ratios_h):.2f}, max {max(ratios_h):.2f})"
        )
        print(
            f"model / slicer filament bought (both x (1 + waste ratio)): median "
            f"{statistics.median(ratios_g):.2f} (min {min(ratios_g):.2f}, max {max(ratios_g):.2f})"
        )
        print(
            f"model / slicer part mass: median {statistics.median(ratios_part):.2f} "
            f"(min {min(ratios_part):.2f}, max {max(ratios_part):.2f})"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())

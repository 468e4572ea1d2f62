"""``fabwise build ID --set name=value ... [--preset NAME] [--json]``."""

from __future__ import annotations

import argparse

from configurator.cli.common import (
    add_variant_arguments,
    print_json,
    service_from_args,
    variant_values,
)
from configurator.core.materials import load_materials
from configurator.core.results import BuildResult


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser("build", help="build one variant and print its parts and measures")
    add_variant_arguments(parser)
    parser.add_argument("--quality", choices=("coarse", "fine", "export"), default="fine",
                        help="mesh quality (default: fine)")
    parser.add_argument("--json", action="store_true", help="machine-readable output")
    parser.set_defaults(func=_build)


def part_masses(result: BuildResult) -> dict[str, float]:
    """Mass in grams of one copy of each part, from its volume and its material's density."""
    materials = load_materials()
    return {
        p.name: materials[p.material].mass_g(p.volume_mm3)
        for p in result.parts if p.material in materials
    }


def _build(args: argparse.Namespace) -> int:
    with service_from_args(args) as service:
        request = service.request(args.template_id, variant_values(args), preset=args.preset,
                                  quality=args.quality)
        result = service.build(request)
    masses = part_masses(result)
    summary = result.summary(masses)
    if args.json:
        print_json(summary)
        return 0
    print(f"{result.template_id} v{result.template_version}: {len(result.parts)} part(s), "
          f"built in {result.build_seconds * 1000:.0f} ms "
          f"(+{result.tessellate_seconds * 1000:.0f} ms meshing)")
    size = " × ".join(f"{v:.1f}" for v in summary["assembled_size_mm"])
    print(f"  assembled size: {size} mm")
    total = 0.0
    for part in result.parts:
        mass = masses.get(part.name)
        total += (mass or 0.0) * part.quantity
        bbox = " × ".join(f"{v:.1f}" for v in part.bbox_mm)
        mass_text = f"{mass:8.1f} g" if mass is not None else "   mass ?"
        spare = "  [spare part]" if part.spare else ""
        sheet = f", {part.sheet_thickness_mm:g} mm sheet" if part.is_sheet else ""
        print(f"  {part.quantity} × {part.name:<18} {part.material:<14} {part.process:<10} "
              f"{part.volume_mm3 / 1000:9.2f} cm³ {mass_text}  {bbox} mm{sheet}{spare}")
    print(f"  total mass: {total:.1f} g (densities: resources/data/materials.csv)")
    for item in result.hardware:
        print(f"  hardware: {item.quantity} × {item.name} ({item.spec})")
    for joint in result.joints:
        tool = f", tool: {joint.tool}" if joint.tool else ""
        print(f"  joint: {joint.count} × {joint.kind} between {', '.join(joint.parts)}{tool}")
    for warning in result.warnings:
        print(f"  warning: {warning}")
    return 0

"""``fabwise build [ID | --design FILE] --set name=value ... [--preset NAME] [--json]``."""

from __future__ import annotations

import argparse
from pathlib import Path

from configurator.cli.common import (
    add_variant_arguments,
    print_json,
    service_from_args,
    variant_request,
)
from configurator.core.service import BuildService
from configurator.core.visible import visible
from configurator.sdk.errors import FabwiseError
from configurator.sdk.materials import load_materials
from configurator.sdk.results import BuildResult, Quality


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser("build", help="build one variant and print its parts and measures")
    add_variant_arguments(parser, optional_id=True)
    parser.add_argument(
        "--from-manifest",
        type=Path,
        metavar="PACKAGE",
        help="rebuild the variant recorded in a package (.zip) or manifest.json and check that "
        "the geometry is the same: each geometry file in a .zip is compared with the rebuild "
        "(volume, bounds, surface distance); a bare manifest.json only by its recorded volumes "
        "and sizes (then ID is not needed)",
    )
    parser.add_argument(
        "--quality",
        type=Quality,
        default=Quality.FINE,
        choices=(Quality.COARSE, Quality.FINE, Quality.EXPORT),
        help="mesh quality (default: fine)",
    )
    parser.add_argument("--json", action="store_true", help="machine-readable output")
    parser.set_defaults(func=_build)


def part_masses(result: BuildResult) -> dict[str, float]:
    """Mass in grams of one copy of each part, from its volume and its material's density."""
    materials = load_materials()
    return {
        p.name: materials[p.material].mass_g(p.volume_mm3) for p in result.parts if p.material in materials
    }


def _from_manifest(args: argparse.Namespace) -> int:
    from configurator.core.export import compare_geometry, params_from_manifest

    source = Path(args.from_manifest)
    variant = params_from_manifest(source)
    if source.suffix.lower() == ".zip":
        return _from_package(args, source)
    with service_from_args(args) as service:
        entry = service.registry.get(variant.template_id)
        installed = entry.template.version
        if installed != variant.template_version:
            raise FabwiseError(
                f"the package was made with {variant.template_id} {variant.template_version}, "
                f"but {installed} is installed",
                hint="install the template version named in the manifest to rebuild it exactly",
            )
        result = _build_request(service, variant.template_id, variant.params, Quality.EXPORT)
    differences = compare_geometry(variant, result.parts)
    if args.json:
        print_json(
            {
                "template": variant.template_id,
                "version": variant.template_version,
                "compared_with": "manifest figures",
                "same_geometry": not differences,
                "differences": differences,
            }
        )
    else:
        print(
            f"rebuilt {variant.template_id} v{variant.template_version} from "
            f"{visible(args.from_manifest)}: {len(result.parts)} part(s)"
        )
        for line in differences:
            print(f"  DIFFERS {visible(line)}")
        print(
            "same volumes and sizes as the manifest records (a bare manifest.json has no "
            "files to compare; give the package .zip to compare the files)"
            if not differences
            else f"{len(differences)} difference(s) from the manifest"
        )
    return 0 if not differences else 2


def _from_package(args: argparse.Namespace, source: Path) -> int:
    """Rebuild a package's variant and compare every geometry file in it with the rebuild."""
    from configurator.core.export.manifest import read_manifest
    from configurator.core.export.rebuild import rebuild_package

    manifest = read_manifest(source)
    with service_from_args(args) as service:
        report = rebuild_package(source, manifest, service)
    if report.status == "refused":
        raise FabwiseError(f"cannot rebuild {visible(source)}: {visible(report.reason)}")
    differences = report.differences()
    if args.json:
        print_json(
            {
                "template": manifest["template"]["id"],
                "version": manifest["template"]["version"],
                "compared_with": "package files",
                "same_geometry": report.same,
                "differences": differences,
                "rebuild": report.to_dict(),
            }
        )
    else:
        print(
            f"rebuilt {visible(report.template)} from {visible(source)}; compared "
            f"{len(report.files)} geometry file(s) with the rebuild"
        )
        for note in report.notes:
            print(f"  note: {visible(note)}")
        for line in differences:
            print(f"  DIFFERS {visible(line)}")
        print(
            "same geometry as every file in the package"
            if report.same
            else f"{len(differences)} difference(s) between the package's files and the rebuild"
        )
    return 0 if report.same else 2


def _build_request(
    service: BuildService, template_id: str, values: dict[str, object], quality: Quality
) -> BuildResult:
    return service.build(service.request(template_id, values, quality=quality))


def _build(args: argparse.Namespace) -> int:
    if args.from_manifest is not None:
        if args.template_id or args.assignments or args.preset or args.design:
            raise FabwiseError(
                "--from-manifest takes the template and parameters from the manifest",
                hint="leave out ID, --set, --preset and --design",
            )
        return _from_manifest(args)
    if not args.template_id and not args.design:
        raise FabwiseError(
            "which template?", hint="give a template id, --design FILE or --from-manifest PACKAGE"
        )
    with service_from_args(args) as service:
        request = variant_request(service, args, quality=args.quality)
        result = service.build(request)
    masses = part_masses(result)
    summary = result.summary(masses)
    if args.json:
        print_json(summary)
        return 0
    print(
        f"{result.template_id} v{result.template_version}: {len(result.parts)} part(s), "
        f"built in {result.build_seconds * 1000:.0f} ms "
        f"(+{result.tessellate_seconds * 1000:.0f} ms meshing)"
    )
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
        print(
            f"  {part.quantity} × {part.name:<18} {part.material:<14} {part.process:<10} "
            f"{part.volume_mm3 / 1000:9.2f} cm³ {mass_text}  {bbox} mm{sheet}{spare}"
        )
    print(f"  total mass: {total:.1f} g (densities: resources/data/materials.csv)")
    for item in result.hardware:
        print(f"  hardware: {item.quantity} × {item.name} ({item.spec})")
    for joint in result.joints:
        tool = f", tool: {joint.tool}" if joint.tool else ""
        print(f"  joint: {joint.count} × {joint.kind} between {', '.join(joint.parts)}{tool}")
    for warning in result.warnings:
        print(f"  warning: {warning}")
    return 0

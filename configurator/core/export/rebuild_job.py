"""The rebuild job: runs inside the build worker, where the CAD kernel lives.

:func:`run_rebuild` builds the variant a manifest records (same template, same parameters), then
compares every geometry file from the package with the rebuilt part: STL and 3MF meshes with the
rebuilt tessellation, STEP solids by exact volume and with both tessellated alike, DXF drawings
line by line with the DXF the rebuilt part gives. It returns plain data (:class:`RebuildOutcome`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from configurator.sdk.results import TemplateRef


@dataclass(frozen=True)
class RebuildJob:
    ref: TemplateRef
    params: dict[str, Any]
    parts: tuple[dict[str, Any], ...]  # the manifest's part entries
    quantity: int
    files: tuple[tuple[str, str, str, bytes], ...]  # path, format, part, data


@dataclass(frozen=True)
class FileOutcome:
    path: str
    part: str
    same: bool
    differences: tuple[str, ...] = ()
    measures: dict[str, float] = field(default_factory=dict)


@dataclass(frozen=True)
class RebuildOutcome:
    files: tuple[FileOutcome, ...]
    part_differences: tuple[str, ...]
    seconds: float


def mesh_quality(process: str) -> str:
    """The tessellation an export uses for a part of this process (see ``job._prepare``)."""
    from configurator.sdk.product import PRINT_PROCESSES

    return "export" if process in PRINT_PROCESSES else "fine"


def _part_differences(job: RebuildJob, built: Any) -> list[str]:
    recorded = {p["name"]: p for p in job.parts}
    rebuilt = {p.name: p for p in built.product.parts}
    differences = []
    for name in sorted(set(recorded) ^ set(rebuilt)):
        where = "the manifest" if name in recorded else "the rebuild"
        differences.append(f"part '{name}' exists only in {where}")
    for name in sorted(set(recorded) & set(rebuilt)):
        entry, part = recorded[name], rebuilt[name]
        facts = [
            ("material", entry.get("material"), part.material),
            ("process", entry.get("process"), part.process),
            ("quantity per product", entry.get("quantity_per_product"), part.quantity),
            ("quantity", entry.get("quantity"), part.quantity * job.quantity),
            ("sheet thickness (mm)", entry.get("sheet_thickness_mm"), part.sheet_thickness),
        ]
        for label, said, made in facts:
            if said != made and not (
                isinstance(said, int | float) and isinstance(made, int | float) and abs(said - made) < 1e-9
            ):
                differences.append(
                    f"part '{name}': the manifest says {label} {said!r}, the rebuild gives {made!r}"
                )
    return differences


def _compare_file(
    path: str, fmt: str, data: bytes, part: Any, shape: Any, engraving: Any, quality: str
) -> FileOutcome:
    from configurator.core.build import QUALITY, tessellate
    from configurator.core.export import geometry_compare as gc
    from configurator.core.export.readers import UnreadableFile, stl_mesh, three_mf_meshes
    from configurator.sdk.results import Quality

    try:
        level = Quality(quality)
    except ValueError:
        return FileOutcome(path, part.name, False, (f"unknown mesh quality '{quality}'",))
    # Two tessellations of one surface lie within twice the chord deviation of each other.
    tolerance = max(gc.SURFACE_TOLERANCE_MM, 2.0 * QUALITY[level][0])
    try:
        if fmt == "dxf":
            from configurator.core.export.dxf_format import dxf_bytes

            got = gc.dxf_polylines(data)
            want = gc.dxf_polylines(dxf_bytes(shape, engraving, part.name))
            result = gc.compare_outlines(path, got, want)
        elif fmt == "step":
            from configurator.core.export.step_format import step_shape

            package_shape = step_shape(data)
            result = gc.compare_meshes(
                path,
                tessellate(package_shape, level),
                tessellate(shape, level),
                exact_volumes=(float(package_shape.Volume()), float(shape.Volume())),
                tolerance_mm=tolerance,
            )
        elif fmt == "stl":
            result = gc.compare_meshes(path, stl_mesh(data), tessellate(shape, level), tolerance_mm=tolerance)
        elif fmt == "3mf":
            _, meshes = three_mf_meshes(data)
            if len(meshes) != 1:
                return FileOutcome(path, part.name, False, (f"{len(meshes)} objects, the part is one",))
            result = gc.compare_meshes(path, meshes[0], tessellate(shape, level), tolerance_mm=tolerance)
        else:
            return FileOutcome(path, part.name, True)
    except (UnreadableFile, ValueError, UnicodeDecodeError) as exc:
        return FileOutcome(path, part.name, False, (f"cannot be read to compare ({exc})",))
    return FileOutcome(path, part.name, result.same, tuple(result.differences), result.measures)


def run_rebuild(job: RebuildJob) -> RebuildOutcome:
    """Build the recorded variant and compare the package's geometry files with it."""
    import time

    from configurator.core.build import build_product
    from configurator.core.registry import load_ref

    start = time.perf_counter()
    built = build_product(load_ref(job.ref), job.params)
    parts = {p.name: p for p in built.product.parts}
    outcomes = []
    for path, fmt, part_name, data in job.files:
        part = parts.get(part_name)
        if part is None:
            outcomes.append(
                FileOutcome(path, part_name, False, (f"its part '{part_name}' is not in the rebuild",))
            )
            continue
        recorded = next((p for p in job.parts if p.get("name") == part_name), {})
        quality = str(recorded.get("mesh_quality") or mesh_quality(part.process))
        outcomes.append(
            _compare_file(
                path, fmt, data, part, built.shapes[part_name], built.engravings.get(part_name), quality
            )
        )
    return RebuildOutcome(tuple(outcomes), tuple(_part_differences(job, built)), time.perf_counter() - start)

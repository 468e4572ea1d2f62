"""The check's worker job: build one variant, measure it, and look at what only the B-rep shows.

Runs in the build worker (it imports CadQuery). Besides the plain :class:`BuildResult` it reports

* placed copies that overlap in the assembled view (two copies of a part put in the same place, a
  shelf through a side panel): parts whose placements make them share space more than
  ``OVERLAP_DEPTH_MM`` deep. Thin overlaps are left alone: a kerf-compensated tab in its slot
  overlaps its mate by half a kerf, on purpose. Only parts with explicit placements are
  compared (a part without placements has no place in the assembly).
* each part's thinnest wall (solids) or narrowest strip between cuts (sheet parts) against its
  process's limit (``configurator/core/export/dfm_limits.csv``), the same measurement the export
  makes (:func:`configurator.core.export.thickness.thickness_check`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from configurator.core.export.dfm import Check
from configurator.sdk.results import BuildRequest, BuildResult, Quality

OVERLAP_DEPTH_MM = 0.5
_MIN_VOLUME_MM3 = 1e-3


@dataclass(frozen=True)
class VariantPayload:
    request: BuildRequest
    measure_thickness: bool


@dataclass(frozen=True)
class Overlap:
    """Copies of ``first`` and ``second`` (the same part for copies of one part) share space;
    ``pairs`` names the copies, e.g. ``("1 and 2", "2 and 3")``."""

    first: str
    second: str
    pairs: tuple[str, ...]
    depth_mm: float

    def message(self) -> str:
        where = (
            f"copies of '{self.first}' overlap each other"
            if self.first == self.second
            else f"'{self.first}' and '{self.second}' overlap"
        )
        return (
            f"{where} in the assembled view (more than {OVERLAP_DEPTH_MM:g} mm deep): check their placements"
        )


@dataclass(frozen=True)
class VariantChecks:
    result: BuildResult
    overlaps: tuple[Overlap, ...]
    thickness: tuple[Check, ...]


def _instances(built: Any) -> list[tuple[str, int, Any, tuple[float, ...]]]:
    """(part name, copy number, placed shape, bounds) of every explicitly placed copy."""
    import cadquery as cq
    from OCP.gp import gp_Trsf

    from configurator.core.build import tight_bounds
    from configurator.sdk.product import MeshShape

    placed: list[tuple[str, int, Any, tuple[float, ...]]] = []
    for part in built.product.parts:
        shape = built.shapes[part.name]
        if isinstance(shape, MeshShape):  # an imported mesh has no B-rep to intersect
            continue
        for number, placement in enumerate(part.placements, start=1):
            transform = gp_Trsf()
            transform.SetValues(*(float(v) for v in placement.matrix()[:3].ravel()))
            moved = shape.moved(cq.Location(transform))
            placed.append((part.name, number, moved, tight_bounds(moved)))
    return placed


def _boxes_meet(a: tuple[float, ...], b: tuple[float, ...], margin: float) -> bool:
    return all(min(a[i + 3], b[i + 3]) - max(a[i], b[i]) > margin for i in range(3))


def overlaps(built: Any) -> list[Overlap]:
    """Parts whose placed copies share space deeper than ``OVERLAP_DEPTH_MM``, one entry per
    pair of parts (or per part, for its own copies)."""
    placed = _instances(built)
    found: dict[tuple[str, str], tuple[list[str], float]] = {}
    for i, (name_a, copy_a, shape_a, box_a) in enumerate(placed):
        for name_b, copy_b, shape_b, box_b in placed[i + 1 :]:
            if not _boxes_meet(box_a, box_b, OVERLAP_DEPTH_MM):
                continue
            # Only solids count: parts that merely touch (a lid on a rim) give a face here.
            solids = shape_a.intersect(shape_b).Solids()
            volume = sum(float(solid.Volume()) for solid in solids)
            if volume < _MIN_VOLUME_MM3:
                continue
            area = sum(float(solid.Area()) for solid in solids)
            depth = 2.0 * volume / area if area > 0 else 0.0  # a slab t deep: 2V/A ≈ t
            if depth <= OVERLAP_DEPTH_MM:
                continue
            pairs, deepest = found.setdefault((name_a, name_b), ([], 0.0))
            pairs.append(f"{copy_a} and {copy_b}")
            found[(name_a, name_b)] = (pairs, max(deepest, depth))
    return [Overlap(a, b, tuple(pairs), depth) for (a, b), (pairs, depth) in found.items()]


def thickness_checks(built: Any, result: BuildResult) -> list[Check]:
    from configurator.core.export.dfm import process_limits
    from configurator.core.export.thickness import thickness_check

    limits = process_limits()
    checks = []
    from configurator.sdk.product import MeshShape

    for part in result.parts:
        limit = limits.get(part.process)
        if limit is None or isinstance(built.shapes[part.name], MeshShape):
            continue  # (an imported mesh is measured by the export's mesh checks)
        checks.append(
            thickness_check(
                part.name, built.shapes[part.name], part.vertices, part.faces, part.sheet_thickness_mm, limit
            )
        )
    return checks


def run_variant_checks(payload: VariantPayload) -> VariantChecks:
    """The worker job (``Job.CHECK_VARIANT``)."""
    from configurator.core.build import build_product, result_of
    from configurator.core.registry import load_ref

    request = payload.request
    built = build_product(load_ref(request.ref), request.params)
    result = result_of(built, Quality.FINE)
    thickness = thickness_checks(built, result) if payload.measure_thickness else []
    return VariantChecks(result, tuple(overlaps(built)), tuple(thickness))

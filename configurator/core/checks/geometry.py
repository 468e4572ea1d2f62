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
    first: str
    second: str
    volume_mm3: float
    depth_mm: float

    def message(self) -> str:
        return (f"'{self.first}' and '{self.second}' overlap in the assembled view (more than "
                f"{OVERLAP_DEPTH_MM:g} mm deep): check their placements")


@dataclass(frozen=True)
class VariantChecks:
    result: BuildResult
    overlaps: tuple[Overlap, ...]
    thickness: tuple[Check, ...]


def _instances(built: Any) -> list[tuple[str, Any, tuple[float, ...]]]:
    """(label, placed shape, bounds) of every explicitly placed copy."""
    import cadquery as cq
    from OCP.gp import gp_Trsf

    from configurator.core.build import tight_bounds

    placed: list[tuple[str, Any, tuple[float, ...]]] = []
    for part in built.product.parts:
        if not part.placements:
            continue
        shape = built.shapes[part.name]
        many = len(part.placements) > 1
        for number, placement in enumerate(part.placements, start=1):
            transform = gp_Trsf()
            transform.SetValues(*(float(v) for v in placement.matrix()[:3].ravel()))
            moved = shape.moved(cq.Location(transform))
            label = f"{part.name} (copy {number})" if many else part.name
            placed.append((label, moved, tight_bounds(moved)))
    return placed


def _boxes_meet(a: tuple[float, ...], b: tuple[float, ...], margin: float) -> bool:
    return all(min(a[i + 3], b[i + 3]) - max(a[i], b[i]) > margin for i in range(3))


def overlaps(built: Any) -> list[Overlap]:
    """Pairs of placed copies that share space deeper than ``OVERLAP_DEPTH_MM``."""
    placed = _instances(built)
    found = []
    for i, (name_a, shape_a, box_a) in enumerate(placed):
        for name_b, shape_b, box_b in placed[i + 1:]:
            if not _boxes_meet(box_a, box_b, OVERLAP_DEPTH_MM):
                continue
            common = shape_a.intersect(shape_b)
            volume = float(common.Volume())
            if volume < _MIN_VOLUME_MM3:
                continue
            area = float(common.Area())
            depth = 2.0 * volume / area if area > 0 else 0.0  # a slab t deep: 2V/A ≈ t
            if depth > OVERLAP_DEPTH_MM:
                found.append(Overlap(name_a, name_b, volume, depth))
    return found


def thickness_checks(built: Any, result: BuildResult) -> list[Check]:
    from configurator.core.export.dfm import process_limits
    from configurator.core.export.thickness import thickness_check

    limits = process_limits()
    checks = []
    for part in result.parts:
        limit = limits.get(part.process)
        if limit is None:
            continue
        checks.append(thickness_check(part.name, built.shapes[part.name], part.vertices,
                                      part.faces, part.sheet_thickness_mm, limit))
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

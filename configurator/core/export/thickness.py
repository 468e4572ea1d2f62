"""Wall and feature thickness, and sheet flatness, measured on the B-rep (worker side).

Thickness: points are drawn uniformly over the part's surface (area-weighted on its mesh, fixed
seed, so the result is repeatable); from each, a ray goes inwards along the surface normal and the
distance to where it leaves the material is the local thickness, intersected with the exact B-rep.
A wall is material between two faces that are nearly parallel: rays that leave through a face
tilted more than ``OPPOSITE_ANGLE_DEG`` from the entry face measure a tip or an edge (thin by
nature, e.g. the corner of a gusset) and are not counted; fins sharper than that still count.
A part fails only when a *patch* is thinner than the limit: for solids a surface area of at least
``(PATCH_FACTOR × limit)²``, for sheet parts (in-plane width, rays from the side faces) an outline
length of at least ``EDGE_FACTOR × limit``. The reported value is the thickness of the thinnest
such patch.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt

from configurator.core.export.dfm import Check, Limit

PATCH_FACTOR = 3.0
EDGE_FACTOR = 2.0
OPPOSITE_ANGLE_DEG = 30.0
MIN_SAMPLES = 300
MAX_SAMPLES = 1500
SEED = 20240601
SAMPLES_PER_PATCH = 6.0  # enough rays that a thin patch is hit several times
_RAY_OFFSET_MM = 0.05
_SAME_HIT_MM = 1e-4
_FLAT_TOLERANCE_MM = 1e-3
_VERTICAL_NZ = 1e-3

Floats = npt.NDArray[np.float64]


@dataclass(frozen=True)
class ThicknessSample:
    thickness: Floats
    weight: Floats  # mm² (solids) or mm of outline (sheets) each sample stands for


def _triangles(vertices: npt.NDArray[Any], faces: npt.NDArray[Any]) -> tuple[Floats, Floats, Floats]:
    corners = vertices.astype(np.float64)[faces]
    cross = np.cross(corners[:, 1] - corners[:, 0], corners[:, 2] - corners[:, 0])
    double_area = np.linalg.norm(cross, axis=1)
    normals = np.divide(cross, double_area[:, None], out=np.zeros_like(cross), where=double_area[:, None] > 0)
    return corners, normals, double_area / 2.0


def _sample_points(
    corners: Floats, area: Floats, count: int, rng: np.random.Generator
) -> tuple[npt.NDArray[np.int64], Floats]:
    chosen = rng.choice(len(area), size=count, p=area / area.sum())
    r1 = np.sqrt(rng.random(count))
    r2 = rng.random(count)
    tri = corners[chosen]
    points = (
        (1 - r1)[:, None] * tri[:, 0] + (r1 * (1 - r2))[:, None] * tri[:, 1] + (r1 * r2)[:, None] * tri[:, 2]
    )
    return chosen, points


def _ray_hits(origin: Floats, direction: Floats, corners: Floats) -> Floats:
    """Distances along one ray to the triangles ``corners`` it crosses (Möller–Trumbore)."""
    a = corners[:, 0]
    e1, e2 = corners[:, 1] - a, corners[:, 2] - a
    p = np.cross(direction, e2)
    det = np.einsum("ij,ij->i", e1, p)
    ok = np.abs(det) > 1e-12
    inv = np.divide(1.0, det, out=np.zeros_like(det), where=ok)
    s = origin - a
    u = np.einsum("ij,ij->i", s, p) * inv
    q = np.cross(s, e1)
    v = (q @ direction) * inv
    t = np.einsum("ij,ij->i", e2, q) * inv
    hit = ok & (u >= -1e-9) & (v >= -1e-9) & (u + v <= 1 + 1e-9) & (t >= 0)
    return np.where(hit, t, np.inf)


class _TriangleGrid:
    """Triangles binned in a uniform grid of cells, so a ray is tested only against the
    triangles in the cells it passes through (plus the few large triangles spanning many cells,
    which every ray is tested against)."""

    LARGE_SPAN = 4  # triangles spanning more cells than this along an axis go in `large`

    def __init__(self, corners: Floats) -> None:
        low, high = corners.min(axis=(0, 1)), corners.max(axis=(0, 1))
        size = np.maximum(high - low, 1e-6)
        per_axis = int(np.clip(round((len(corners) / 4) ** (1 / 3)), 1, 96))
        self.cell = float(size.max() / per_axis)
        self.low = low - self.cell
        self.shape = np.ceil((size + 2 * self.cell) / self.cell).astype(np.int64) + 1
        margin = 0.5 * self.cell  # a ray sampled every half cell may clip a cell's corner
        first = self._index(corners.min(axis=1) - margin)
        last = self._index(corners.max(axis=1) + margin)
        span = last - first + 1
        large = (span > self.LARGE_SPAN).any(axis=1)
        self.large = np.nonzero(large)[0]
        cells: list[npt.NDArray[np.int64]] = []
        owners: list[npt.NDArray[np.int64]] = []
        small = np.nonzero(~large)[0]
        for dx in range(self.LARGE_SPAN):
            for dy in range(self.LARGE_SPAN):
                for dz in range(self.LARGE_SPAN):
                    step = np.array([dx, dy, dz])
                    keep = small[(step < span[small]).all(axis=1)]
                    if len(keep):
                        cells.append(self._flat(first[keep] + step))
                        owners.append(keep)
        cell_ids = np.concatenate(cells) if cells else np.zeros(0, np.int64)
        owner_ids = np.concatenate(owners) if owners else np.zeros(0, np.int64)
        order = np.argsort(cell_ids, kind="stable")
        self.cell_ids, self.owners = cell_ids[order], owner_ids[order]
        self.length = float(np.linalg.norm(size)) + 2 * self.cell

    def _index(self, points: Floats) -> npt.NDArray[np.int64]:
        index = np.floor((points - self.low) / self.cell).astype(np.int64)
        clipped: npt.NDArray[np.int64] = np.clip(index, 0, self.shape - 1)
        return clipped

    def _flat(self, index: npt.NDArray[np.int64]) -> npt.NDArray[np.int64]:
        flat: npt.NDArray[np.int64] = (index[:, 0] * self.shape[1] + index[:, 1]) * self.shape[2] + index[
            :, 2
        ]
        return flat

    def candidates(self, origin: Floats, direction: Floats) -> npt.NDArray[np.int64]:
        steps = np.arange(0.0, self.length + self.cell, 0.5 * self.cell)
        visited = np.unique(self._flat(self._index(origin + steps[:, None] * direction)))
        lo = np.searchsorted(self.cell_ids, visited, side="left")
        hi = np.searchsorted(self.cell_ids, visited, side="right")
        found = [self.owners[a:b] for a, b in zip(lo, hi, strict=True) if b > a]
        return np.unique(np.concatenate([*found, self.large]))


def _cast_mesh(
    vertices: npt.NDArray[Any], faces: npt.NDArray[Any], origins: Floats, directions: Floats
) -> tuple[Floats, Floats]:
    """:func:`_cast` for a part that is a triangle mesh: each ray is tested exactly against the
    triangles of the grid cells it passes through."""
    corners, normals, _ = _triangles(vertices, faces)
    grid = _TriangleGrid(corners)
    distance = np.full(len(origins), np.inf)
    exit_cosine = np.zeros(len(origins))
    for index, (origin, direction) in enumerate(zip(origins, directions, strict=True)):
        candidates = grid.candidates(origin, direction)
        if len(candidates) < 2:
            continue
        t = _ray_hits(origin, direction, corners[candidates])
        order = np.argsort(t)
        hits = t[order]
        finite = np.isfinite(hits)
        hits, order = hits[finite], order[finite]
        if len(hits) < 2:
            continue
        distinct = np.concatenate([[0], np.nonzero(np.diff(hits) > _SAME_HIT_MM)[0] + 1])
        if len(distinct) < 2:
            continue
        distance[index] = hits[distinct[1]] - hits[0]
        exit_cosine[index] = float(np.dot(direction, normals[candidates[order[distinct[1]]]]))
    return distance, exit_cosine


def _cast(shape: Any, origins: Floats, directions: Floats) -> tuple[Floats, Floats]:
    """For each ray: the distance from its first entry into the material to where it leaves,
    and the cosine between the ray and the outward normal where it leaves (1 = straight out)."""
    from configurator.sdk.product import MeshShape

    if isinstance(shape, MeshShape):
        return _cast_mesh(shape.vertices, shape.faces, origins, directions)
    from OCP.BRepGProp import BRepGProp_Face
    from OCP.gp import gp_Dir, gp_Lin, gp_Pnt, gp_Vec
    from OCP.IntCurvesFace import IntCurvesFace_ShapeIntersector

    intersector = IntCurvesFace_ShapeIntersector()
    intersector.Load(shape.wrapped, 1e-6)
    distance = np.full(len(origins), np.inf)
    exit_cosine = np.zeros(len(origins))
    point, normal = gp_Pnt(), gp_Vec()
    for index, (origin, direction) in enumerate(zip(origins, directions, strict=True)):
        line = gp_Lin(gp_Pnt(*origin.tolist()), gp_Dir(*direction.tolist()))
        intersector.Perform(line, 0.0, 1e9)
        hits = sorted((intersector.WParameter(i), i) for i in range(1, intersector.NbPnt() + 1))
        distinct = [h for k, h in enumerate(hits) if k == 0 or h[0] - hits[k - 1][0] > _SAME_HIT_MM]
        if len(distinct) < 2:
            continue
        (entry, _), (leave, hit) = distinct[0], distinct[1]
        distance[index] = leave - entry
        BRepGProp_Face(intersector.Face(hit)).Normal(
            intersector.UParameter(hit), intersector.VParameter(hit), point, normal
        )
        length = normal.Magnitude()
        if length > 0:
            exit_cosine[index] = float(
                np.dot(direction, (normal.X() / length, normal.Y() / length, normal.Z() / length))
            )
    return distance, exit_cosine


def sample_thickness(
    shape: Any,
    vertices: npt.NDArray[Any],
    faces: npt.NDArray[Any],
    *,
    sheet_thickness: float | None,
    limit: float,
) -> ThicknessSample:
    """Local thickness at points spread over the surface (in-plane width for sheet parts)."""
    corners, normals, area = _triangles(vertices, faces)
    if sheet_thickness is not None:
        side = np.abs(normals[:, 2]) < 0.1
        corners, normals, area = corners[side], normals[side], area[side]
    if len(area) == 0 or area.sum() <= 0:
        return ThicknessSample(np.zeros(0), np.zeros(0))
    total = float(area.sum())
    if sheet_thickness is not None:
        amount = total / sheet_thickness  # outline length
        wanted = SAMPLES_PER_PATCH * amount / (EDGE_FACTOR * limit)
    else:
        amount = total
        wanted = SAMPLES_PER_PATCH * amount / (PATCH_FACTOR * limit) ** 2
    count = int(np.clip(wanted, MIN_SAMPLES, MAX_SAMPLES))
    rng = np.random.default_rng(SEED)
    chosen, points = _sample_points(corners, area, count, rng)
    directions = -normals[chosen]
    if sheet_thickness is not None:
        directions[:, 2] = 0.0
        directions /= np.linalg.norm(directions, axis=1, keepdims=True)
        points[:, 2] = sheet_thickness / 2.0
    origins = points - directions * _RAY_OFFSET_MM
    thickness, exit_cosine = _cast(shape, origins, directions)
    # Only opposite faces within OPPOSITE_ANGLE of parallel make a wall; a ray that leaves
    # through a converging face is measuring a tip or an edge, which is thin by nature.
    keep = np.isfinite(thickness) & (exit_cosine >= np.cos(np.radians(OPPOSITE_ANGLE_DEG)))
    return ThicknessSample(thickness[keep], np.full(int(keep.sum()), amount / count))


def thinnest_patch(sample: ThicknessSample, patch: float) -> float | None:
    """The thickness below which at least ``patch`` (mm² or mm) of the part lies, or None."""
    if len(sample.thickness) == 0:
        return None
    order = np.argsort(sample.thickness)
    reached = np.cumsum(sample.weight[order]) >= patch
    if not reached.any():
        return float(sample.thickness[order][-1])
    return float(sample.thickness[order][int(np.argmax(reached))])


def thickness_check(
    name: str,
    shape: Any,
    vertices: npt.NDArray[Any],
    faces: npt.NDArray[Any],
    sheet_thickness: float | None,
    limit: Limit,
) -> Check:
    """Pass or fail for the part's minimum wall (solids) or feature width (sheet parts)."""
    sample = sample_thickness(shape, vertices, faces, sheet_thickness=sheet_thickness, limit=limit.limit_mm)
    patch = (
        EDGE_FACTOR * limit.limit_mm if sheet_thickness is not None else (PATCH_FACTOR * limit.limit_mm) ** 2
    )
    measured = thinnest_patch(sample, patch)
    what = "narrowest strip between cuts" if sheet_thickness is not None else "thinnest wall"
    label = limit.check
    if measured is None:
        return Check(
            name,
            label,
            "unknown",
            f"'{name}': {what} could not be measured",
            limit=limit.limit_mm,
            source=limit.cite(),
        )
    process = limit.process
    if measured + 1e-6 >= limit.limit_mm:
        return Check(
            name,
            label,
            "pass",
            f"'{name}': {what} {measured:.2f} mm ≥ {limit.limit_mm:g} mm for {process}",
            measured=measured,
            limit=limit.limit_mm,
            source=limit.cite(),
        )
    return Check(
        name,
        label,
        "fail",
        f"'{name}': {what} is {measured:.2f} mm, below the {limit.limit_mm:g} mm minimum for {process}",
        measured=measured,
        limit=limit.limit_mm,
        source=limit.cite(),
    )


def flatness_check(
    name: str, vertices: npt.NDArray[Any], faces: npt.NDArray[Any], sheet_thickness: float
) -> Check:
    """A sheet part must be a prism: faces on z = 0 or z = thickness, or vertical sides."""
    corners, normals, area = _triangles(vertices, faces)
    z_center = corners[:, :, 2].mean(axis=1)
    z_span = np.ptp(corners[:, :, 2], axis=1)
    horizontal = (np.abs(np.abs(normals[:, 2]) - 1.0) < 1e-6) & (z_span < _FLAT_TOLERANCE_MM)
    on_faces = horizontal & (
        (np.abs(z_center) < _FLAT_TOLERANCE_MM) | (np.abs(z_center - sheet_thickness) < _FLAT_TOLERANCE_MM)
    )
    vertical = np.abs(normals[:, 2]) < _VERTICAL_NZ
    bad = ~(on_faces | vertical) & (area > 1e-9)
    if not bad.any():
        return Check(
            name,
            "flat",
            "pass",
            f"'{name}' is a flat {sheet_thickness:g} mm sheet part",
            measured=sheet_thickness,
            limit=sheet_thickness,
        )
    bad_area = float(area[bad].sum())
    z_values = corners[bad][:, :, 2]
    return Check(
        name,
        "flat",
        "fail",
        f"'{name}' is not a uniform {sheet_thickness:g} mm sheet: {bad_area:.1f} mm² of "
        f"its surface is neither a face of the sheet nor a straight cut edge "
        f"(z {z_values.min():.2f}..{z_values.max():.2f} mm)",
        measured=bad_area,
        limit=0.0,
        unit="mm²",
    )

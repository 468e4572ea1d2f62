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
    normals = np.divide(cross, double_area[:, None], out=np.zeros_like(cross),
                        where=double_area[:, None] > 0)
    return corners, normals, double_area / 2.0


def _sample_points(corners: Floats, area: Floats, count: int,
                   rng: np.random.Generator) -> tuple[npt.NDArray[np.int64], Floats]:
    chosen = rng.choice(len(area), size=count, p=area / area.sum())
    r1 = np.sqrt(rng.random(count))
    r2 = rng.random(count)
    tri = corners[chosen]
    points = ((1 - r1)[:, None] * tri[:, 0] + (r1 * (1 - r2))[:, None] * tri[:, 1]
              + (r1 * r2)[:, None] * tri[:, 2])
    return chosen, points


_MESH_PAIRS_PER_CHUNK = 2_000_000  # rays × triangles tested at once (memory ~ 100 bytes each)


def _cast_mesh(vertices: npt.NDArray[Any], faces: npt.NDArray[Any], origins: Floats,
               directions: Floats) -> tuple[Floats, Floats]:
    """:func:`_cast` for a part that is a triangle mesh: every ray against every triangle
    (Möller–Trumbore), in chunks of rays so memory stays bounded."""
    corners, normals, _ = _triangles(vertices, faces)
    a = corners[:, 0]
    e1, e2 = corners[:, 1] - a, corners[:, 2] - a
    distance = np.full(len(origins), np.inf)
    exit_cosine = np.zeros(len(origins))
    step = max(1, _MESH_PAIRS_PER_CHUNK // max(1, len(a)))
    for start in range(0, len(origins), step):
        o, d = origins[start:start + step], directions[start:start + step]
        p = np.cross(d[:, None, :], e2[None, :, :])
        det = np.einsum("tk,rtk->rt", e1, p)
        ok = np.abs(det) > 1e-12
        inv = np.divide(1.0, det, out=np.zeros_like(det), where=ok)
        s = o[:, None, :] - a[None, :, :]
        u = np.einsum("rtk,rtk->rt", s, p) * inv
        q = np.cross(s, e1[None, :, :])
        v = np.einsum("rk,rtk->rt", d, q) * inv
        t = np.einsum("tk,rtk->rt", e2, q) * inv
        hit = ok & (u >= -1e-9) & (v >= -1e-9) & (u + v <= 1 + 1e-9) & (t >= 0)
        t = np.where(hit, t, np.inf)
        order = np.argsort(t, axis=1)
        ts = np.take_along_axis(t, order, axis=1)
        for row in range(len(o)):
            hits = ts[row][np.isfinite(ts[row])]
            if len(hits) < 2:
                continue
            distinct = np.concatenate([[0], np.nonzero(np.diff(hits) > _SAME_HIT_MM)[0] + 1])
            if len(distinct) < 2:
                continue
            index = start + row
            distance[index] = hits[distinct[1]] - hits[0]
            exit_cosine[index] = float(np.dot(d[row], normals[order[row, distinct[1]]]))
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
        hits = sorted(
            (intersector.WParameter(i), i) for i in range(1, intersector.NbPnt() + 1)
        )
        distinct = [h for k, h in enumerate(hits) if k == 0 or h[0] - hits[k - 1][0] > _SAME_HIT_MM]
        if len(distinct) < 2:
            continue
        (entry, _), (leave, hit) = distinct[0], distinct[1]
        distance[index] = leave - entry
        BRepGProp_Face(intersector.Face(hit)).Normal(
            intersector.UParameter(hit), intersector.VParameter(hit), point, normal)
        length = normal.Magnitude()
        if length > 0:
            exit_cosine[index] = float(
                np.dot(direction, (normal.X() / length, normal.Y() / length, normal.Z() / length)))
    return distance, exit_cosine


def sample_thickness(
    shape: Any, vertices: npt.NDArray[Any], faces: npt.NDArray[Any], *,
    sheet_thickness: float | None, limit: float,
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
    name: str, shape: Any, vertices: npt.NDArray[Any], faces: npt.NDArray[Any],
    sheet_thickness: float | None, limit: Limit,
) -> Check:
    """Pass or fail for the part's minimum wall (solids) or feature width (sheet parts)."""
    sample = sample_thickness(shape, vertices, faces, sheet_thickness=sheet_thickness,
                              limit=limit.limit_mm)
    patch = (EDGE_FACTOR * limit.limit_mm if sheet_thickness is not None
             else (PATCH_FACTOR * limit.limit_mm) ** 2)
    measured = thinnest_patch(sample, patch)
    what = "narrowest strip between cuts" if sheet_thickness is not None else "thinnest wall"
    label = limit.check
    if measured is None:
        return Check(name, label, "unknown", f"'{name}': {what} could not be measured",
                     limit=limit.limit_mm, source=limit.cite())
    process = limit.process
    if measured + 1e-6 >= limit.limit_mm:
        return Check(name, label, "pass",
                     f"'{name}': {what} {measured:.2f} mm ≥ {limit.limit_mm:g} mm for {process}",
                     measured=measured, limit=limit.limit_mm, source=limit.cite())
    return Check(name, label, "fail",
                 f"'{name}': {what} is {measured:.2f} mm, below the {limit.limit_mm:g} mm "
                 f"minimum for {process}", measured=measured, limit=limit.limit_mm,
                 source=limit.cite())


def flatness_check(name: str, vertices: npt.NDArray[Any], faces: npt.NDArray[Any],
                   sheet_thickness: float) -> Check:
    """A sheet part must be a prism: faces on z = 0 or z = thickness, or vertical sides."""
    corners, normals, area = _triangles(vertices, faces)
    z_center = corners[:, :, 2].mean(axis=1)
    z_span = np.ptp(corners[:, :, 2], axis=1)
    horizontal = (np.abs(np.abs(normals[:, 2]) - 1.0) < 1e-6) & (z_span < _FLAT_TOLERANCE_MM)
    on_faces = horizontal & (
        (np.abs(z_center) < _FLAT_TOLERANCE_MM)
        | (np.abs(z_center - sheet_thickness) < _FLAT_TOLERANCE_MM)
    )
    vertical = np.abs(normals[:, 2]) < _VERTICAL_NZ
    bad = ~(on_faces | vertical) & (area > 1e-9)
    if not bad.any():
        return Check(name, "flat", "pass",
                     f"'{name}' is a flat {sheet_thickness:g} mm sheet part",
                     measured=sheet_thickness, limit=sheet_thickness)
    bad_area = float(area[bad].sum())
    z_values = corners[bad][:, :, 2]
    return Check(name, "flat", "fail",
                 f"'{name}' is not a uniform {sheet_thickness:g} mm sheet: {bad_area:.1f} mm² of "
                 f"its surface is neither a face of the sheet nor a straight cut edge "
                 f"(z {z_values.min():.2f}..{z_values.max():.2f} mm)",
                 measured=bad_area, limit=0.0, unit="mm²")

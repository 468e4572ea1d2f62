"""Compare a geometry file from a package with a rebuild: volume, bounds, surface distance.

Plain NumPy/SciPy/VTK on triangle meshes and 2D outlines; no CAD kernel. Used by
``package verify --rebuild`` and ``build --from-manifest`` (in the build worker), and testable on
its own.

Surface distance: points are sampled on each surface (area-weighted, fixed seed) and their exact
distance to the *other* triangle mesh is measured (VTK's cell locator), both ways, so a bump on
either side is found. The largest distance is the surface deviation (a sampled Hausdorff distance).
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import numpy.typing as npt

Array = npt.NDArray[np.float64]
Faces = npt.NDArray[np.int64]

SAMPLES = 4000
SEED = 20261203
# Two tessellations of the same B-rep at export quality (0.01 mm chord deviation) lie within
# 2 x 0.01 mm of each other; float32 files add ~1e-5 mm. 0.05 mm is well below any change a
# workshop would notice and well above that noise.
SURFACE_TOLERANCE_MM = 0.05
BOUNDS_TOLERANCE_MM = 0.05
MESH_VOLUME_TOLERANCE = 0.002  # relative, between two tessellations of the same solid
BREP_VOLUME_TOLERANCE = 1e-5  # relative, between two exact B-rep volumes
OUTLINE_STEP_MM = 0.02


@dataclass
class Comparison:
    """What a comparison found; ``differences`` empty means the same within tolerance."""

    subject: str
    differences: list[str] = field(default_factory=list)
    measures: dict[str, float] = field(default_factory=dict)

    @property
    def same(self) -> bool:
        return not self.differences


def mesh_volume(vertices: Array, faces: Faces) -> float:
    tri = vertices[faces].astype(np.float64)
    return float(np.einsum("ij,ij->i", tri[:, 0], np.cross(tri[:, 1], tri[:, 2])).sum() / 6.0)


def mesh_bounds(vertices: Array) -> tuple[Array, Array]:
    points = np.asarray(vertices, dtype=np.float64)
    return points.min(axis=0), points.max(axis=0)


def sample_surface(vertices: Array, faces: Faces, count: int = SAMPLES, seed: int = SEED) -> Array:
    """``count`` points on the triangles, area-weighted, reproducible."""
    tri = np.asarray(vertices, dtype=np.float64)[faces]
    areas = 0.5 * np.linalg.norm(np.cross(tri[:, 1] - tri[:, 0], tri[:, 2] - tri[:, 0]), axis=1)
    total = areas.sum()
    if not total > 0:
        return np.zeros((0, 3))
    rng = np.random.default_rng(seed)
    chosen = rng.choice(len(tri), size=count, p=areas / total)
    r1, r2 = rng.random(count), rng.random(count)
    flip = r1 + r2 > 1
    r1[flip], r2[flip] = 1 - r1[flip], 1 - r2[flip]
    t = tri[chosen]
    # Every vertex too, so the corners and edges (where scaling shows most) are tested.
    sampled = t[:, 0] + r1[:, None] * (t[:, 1] - t[:, 0]) + r2[:, None] * (t[:, 2] - t[:, 0])
    corners = np.asarray(vertices, dtype=np.float64)
    if len(corners) > count:
        corners = corners[rng.choice(len(corners), size=count, replace=False)]
    result: Array = np.concatenate([sampled, corners])
    return result


def distances_to_mesh(points: Array, vertices: Array, faces: Faces) -> Array:
    """Exact distance from each point to the nearest point of the triangle mesh (VTK's cell
    locator, through PyVista)."""
    import pyvista as pv

    cells = np.hstack(
        [np.full((len(faces), 1), 3, dtype=np.int64), np.asarray(faces, dtype=np.int64)]
    ).ravel()
    mesh = pv.PolyData(np.ascontiguousarray(vertices, dtype=np.float64), cells)
    points = np.ascontiguousarray(points, dtype=np.float64)
    if not len(points):
        return np.zeros(0)
    found: Any = mesh.find_closest_cell(points, return_closest_point=True)
    closest = np.asarray(found[1], dtype=np.float64).reshape(-1, 3)
    distances: Array = np.linalg.norm(points - closest, axis=1)
    return distances


def _size_text(low: Array, high: Array) -> str:
    return " × ".join(f"{v:.2f}" for v in high - low) + " mm"


def compare_meshes(
    subject: str,
    got: Any,
    want: Any,
    *,
    tolerance_mm: float = SURFACE_TOLERANCE_MM,
    exact_volumes: tuple[float, float] | None = None,
) -> Comparison:
    """How the package's mesh ``got`` differs from the rebuilt mesh ``want``.

    ``exact_volumes`` (package, rebuild) replaces the mesh volumes when both are B-rep volumes."""
    result = Comparison(subject)
    gv, gf = np.asarray(got[0], dtype=np.float64), np.asarray(got[1], dtype=np.int64)
    wv, wf = np.asarray(want[0], dtype=np.float64), np.asarray(want[1], dtype=np.int64)
    if len(gf) == 0 or len(wf) == 0:
        result.differences.append("one of the meshes has no triangles")
        return result
    if exact_volumes is not None:
        got_volume, want_volume = exact_volumes
        volume_tolerance = BREP_VOLUME_TOLERANCE
    else:
        got_volume, want_volume = mesh_volume(gv, gf), mesh_volume(wv, wf)
        volume_tolerance = MESH_VOLUME_TOLERANCE
    result.measures["volume_mm3"] = got_volume
    result.measures["rebuilt_volume_mm3"] = want_volume
    if abs(got_volume - want_volume) > volume_tolerance * max(abs(want_volume), 1.0):
        change = (got_volume - want_volume) / want_volume * 100.0 if want_volume else 0.0
        result.differences.append(
            f"volume {got_volume:.1f} mm³, the rebuild's {want_volume:.1f} mm³ ({change:+.1f} %)"
        )
    g_low, g_high = mesh_bounds(gv)
    w_low, w_high = mesh_bounds(wv)
    shift = max(float(np.abs(g_low - w_low).max()), float(np.abs(g_high - w_high).max()))
    result.measures["bounds_deviation_mm"] = shift
    if shift > max(BOUNDS_TOLERANCE_MM, tolerance_mm):
        result.differences.append(
            f"bounds {_size_text(g_low, g_high)} from {np.round(g_low, 2).tolist()}, the "
            f"rebuild's {_size_text(w_low, w_high)} from {np.round(w_low, 2).tolist()} "
            f"(off by up to {shift:.2f} mm)"
        )
    there = distances_to_mesh(sample_surface(gv, gf), wv, wf)
    back = distances_to_mesh(sample_surface(wv, wf, seed=SEED + 1), gv, gf)
    deviation = float(max(there.max(initial=0.0), back.max(initial=0.0)))
    result.measures["surface_deviation_mm"] = deviation
    if deviation > tolerance_mm:
        result.differences.append(
            f"surface up to {deviation:.2f} mm away from the rebuild's (tolerance {tolerance_mm:g} mm)"
        )
    return result


def densify(polyline: Array, step: float = OUTLINE_STEP_MM) -> Array:
    """Points along a 2D polyline no more than ``step`` apart."""
    points = [polyline[:1]]
    for a, b in itertools.pairwise(polyline):
        count = max(1, int(np.ceil(np.linalg.norm(b - a) / step)))
        t = np.linspace(0.0, 1.0, count + 1)[1:, None]
        points.append(a + t * (b - a))
    result: Array = np.concatenate(points) if points else np.zeros((0, 2))
    return result


def compare_outlines(
    subject: str,
    got: dict[str, list[Array]],
    want: dict[str, list[Array]],
    *,
    tolerance_mm: float = SURFACE_TOLERANCE_MM,
) -> Comparison:
    """2D drawings by layer (lists of polylines): count, extents, largest distance between lines."""
    from scipy.spatial import cKDTree

    result = Comparison(subject)
    for layer in sorted(set(got) | set(want)):
        g_lines, w_lines = got.get(layer, []), want.get(layer, [])
        if len(g_lines) != len(w_lines):
            result.differences.append(
                f"layer {layer}: {len(g_lines)} path(s), the rebuild has {len(w_lines)}"
            )
        if not g_lines or not w_lines:
            continue
        g_pts = np.concatenate([densify(line) for line in g_lines])
        w_pts = np.concatenate([densify(line) for line in w_lines])
        g_low, g_high = g_pts.min(axis=0), g_pts.max(axis=0)
        w_low, w_high = w_pts.min(axis=0), w_pts.max(axis=0)
        extent_shift = max(float(np.abs(g_low - w_low).max()), float(np.abs(g_high - w_high).max()))
        if extent_shift > BOUNDS_TOLERANCE_MM:
            size_g = " × ".join(f"{v:.2f}" for v in g_high - g_low)
            size_w = " × ".join(f"{v:.2f}" for v in w_high - w_low)
            result.differences.append(
                f"layer {layer}: extents {size_g} mm, the rebuild's {size_w} mm "
                f"(off by up to {extent_shift:.2f} mm)"
            )
        there = cKDTree(w_pts).query(g_pts)[0]
        back = cKDTree(g_pts).query(w_pts)[0]
        deviation = float(max(there.max(), back.max()))
        result.measures[f"{layer}_deviation_mm"] = deviation
        if deviation > tolerance_mm + OUTLINE_STEP_MM:
            result.differences.append(
                f"layer {layer}: lines up to {deviation:.2f} mm away from the rebuild's "
                f"(tolerance {tolerance_mm:g} mm)"
            )
    return result


def dxf_polylines(data: bytes) -> dict[str, list[Array]]:
    """Every entity of a DXF's model space as flattened 2D polylines, by layer."""
    import io

    from ezdxf import path as ezpath
    from ezdxf.document import Drawing

    doc = Drawing.read(io.StringIO(data.decode("utf-8")))
    layers: dict[str, list[Array]] = {}
    entity: Any
    for entity in doc.modelspace():
        try:
            path = ezpath.make_path(entity)
        except (TypeError, ValueError):
            continue
        points = np.array([(v.x, v.y) for v in path.flattening(0.005)], dtype=np.float64)
        if len(points):
            layers.setdefault(entity.dxf.layer, []).append(points)
    return layers

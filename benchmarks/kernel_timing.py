"""The kernel's own cost: a template's CadQuery build plus tessellation, with no app around it.

``raw`` in the preview benchmarks is :func:`kernel_seconds`: the template's ``build`` (its CadQuery
code, through :func:`configurator.core.build.build_product`, which only validates the values and
normalises the returned shapes), then for every part OCCT's ``BRepMesh_IncrementalMesh`` at the same
deflections as the app, and the triangulation read into NumPy arrays the plain way (one call per node
and triangle, as CadQuery's own ``Shape.tessellate`` does). The reading code is frozen here on
purpose: it is the reference the app is compared with, so making the app's tessellation faster must
not make the reference faster too.

:func:`time_kernel` is also a build-worker job, so the GUI benchmark can measure ``raw`` in a warm
process of its own without importing CadQuery into the GUI process.
"""

from __future__ import annotations

import time
from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np


def plain_tessellate(shape: Any, linear: float, angular: float) -> tuple[np.ndarray, np.ndarray]:
    from OCP.BRep import BRep_Tool
    from OCP.BRepMesh import BRepMesh_IncrementalMesh
    from OCP.TopAbs import TopAbs_REVERSED
    from OCP.TopLoc import TopLoc_Location

    BRepMesh_IncrementalMesh(shape.wrapped, linear, False, angular, True)
    nodes_list: list[np.ndarray] = []
    triangles_list: list[np.ndarray] = []
    offset = 0
    for face in shape.Faces():
        location = TopLoc_Location()
        poly = BRep_Tool.Triangulation_s(face.wrapped, location)
        if poly is None:
            continue
        transform = location.Transformation()
        nodes = np.array(
            [poly.Node(i).Transformed(transform).Coord() for i in range(1, poly.NbNodes() + 1)],
            dtype=np.float64,
        )
        triangles = (
            np.array([poly.Triangle(i).Get() for i in range(1, poly.NbTriangles() + 1)], dtype=np.int64) - 1
        )
        if face.wrapped.Orientation() == TopAbs_REVERSED:
            triangles = triangles[:, [0, 2, 1]]
        nodes_list.append(nodes)
        triangles_list.append(triangles + offset)
        offset += len(nodes)
    if not nodes_list:
        return np.zeros((0, 3)), np.zeros((0, 3), np.int64)
    return np.concatenate(nodes_list), np.concatenate(triangles_list)


def kernel_seconds(template: Any, values: Mapping[str, Any], quality: str) -> float:
    """One build + tessellation of every part, timed in this process."""
    from configurator.core.build import QUALITY, build_product

    linear, angular = QUALITY[quality]
    start = time.perf_counter()
    built = build_product(template, dict(values))
    for shape in built.shapes.values():
        plain_tessellate(shape, linear, angular)
    return time.perf_counter() - start


def time_kernel(payload: tuple[Any, Sequence[Mapping[str, Any]], str]) -> list[float]:
    """Worker job: ``(template ref, parameter sets, quality)`` -> raw seconds per set."""
    from configurator.core.registry import load_ref

    ref, value_sets, quality = payload
    template = load_ref(ref)
    return [kernel_seconds(template, values, quality) for values in value_sets]

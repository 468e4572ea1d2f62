"""Meshes for slicer tests (plain NumPy boxes: no CAD kernel) and a skip when PrusaSlicer is absent."""

from __future__ import annotations

import numpy as np
import numpy.typing as npt
import pytest

from configurator.core.production.slicer import find_slicer

_BOX_FACES = np.array(
    [
        (0, 2, 1),
        (0, 3, 2),
        (4, 5, 6),
        (4, 6, 7),
        (0, 1, 5),
        (0, 5, 4),
        (1, 2, 6),
        (1, 6, 5),
        (2, 3, 7),
        (2, 7, 6),
        (3, 0, 4),
        (3, 4, 7),
    ],
    dtype=np.int32,
)


def box(
    x0: float, y0: float, z0: float, x1: float, y1: float, z1: float
) -> tuple[npt.NDArray[np.float32], npt.NDArray[np.int32]]:
    vertices = np.array(
        [
            (x0, y0, z0),
            (x1, y0, z0),
            (x1, y1, z0),
            (x0, y1, z0),
            (x0, y0, z1),
            (x1, y0, z1),
            (x1, y1, z1),
            (x0, y1, z1),
        ],
        dtype=np.float32,
    )
    return vertices, _BOX_FACES.copy()


def merge(
    *meshes: tuple[npt.NDArray[np.float32], npt.NDArray[np.int32]],
) -> tuple[npt.NDArray[np.float32], npt.NDArray[np.int32]]:
    vertices, faces, offset = [], [], 0
    for v, f in meshes:
        vertices.append(v)
        faces.append(f + offset)
        offset += len(v)
    return np.vstack(vertices), np.vstack(faces)


requires_slicer = pytest.mark.skipif(
    find_slicer() is None, reason="PrusaSlicer (prusa-slicer) is not installed"
)

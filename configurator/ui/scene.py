"""Turn a build result into coloured meshes for the 3D view (plain data in, PyVista meshes out).

Only the preview imports this module, after the window is on screen: importing PyVista costs about
a second. No geometry is computed here; the meshes come tessellated from the build worker and are
only placed (each copy by its 4×4 placement) and coloured by material.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pyvista as pv

from configurator.core.results import BuildResult, PartResult
from configurator.ui.scene_colors import material_color


@dataclass(frozen=True)
class SceneItem:
    """One placed copy of one part."""

    key: str
    part: str
    copy: int
    mesh: pv.PolyData
    color: str


def part_mesh(part: PartResult) -> pv.PolyData:
    if part.faces.size == 0:
        return pv.PolyData()
    mesh: pv.PolyData = pv.PolyData.from_regular_faces(
        np.asarray(part.vertices, dtype=np.float64), part.faces.astype(int)
    )
    return mesh


def scene_items(result: BuildResult) -> list[SceneItem]:
    items: list[SceneItem] = []
    for part in result.parts:
        base = part_mesh(part)
        color = material_color(part.material)
        placements = part.placements or (np.eye(4),)
        for copy, matrix in enumerate(placements):
            mesh = base if np.allclose(matrix, np.eye(4)) else base.transform(
                np.asarray(matrix, dtype=np.float64), inplace=False
            )
            items.append(SceneItem(f"{part.name}#{copy}", part.name, copy, mesh, color))
    return items

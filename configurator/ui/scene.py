"""Turn a build result into coloured meshes for the 3D view (plain data in, PyVista meshes out).

Only the preview imports this module, after the window is on screen: importing PyVista costs about
a second. No geometry is computed here; the meshes come tessellated from the build worker. Each part
becomes one mesh (and one set of feature edges) shared by all its placed copies: the view places a
copy by giving its actor the part's 4×4 placement, so nothing is copied or transformed per copy.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import numpy.typing as npt
import pyvista as pv

from configurator.core.export.preview import engraving_lines
from configurator.sdk.results import BuildResult, PartResult
from configurator.ui.scene_colors import material_color

FEATURE_ANGLE = 35.0  # degrees between faces for an edge line to be drawn
IDENTITY = np.eye(4)


@dataclass(frozen=True)
class ScenePart:
    """One part: its mesh and feature edges, colour, and where each copy goes."""

    name: str
    mesh: pv.PolyData
    edges: pv.PolyData
    color: str
    placements: tuple[npt.NDArray[np.float64], ...]
    engraving: pv.PolyData = field(default_factory=pv.PolyData)  # its lines (also in ``edges``)

    def copy_keys(self) -> list[str]:
        return [f"{self.name}#{copy}" for copy in range(len(self.placements))]


def part_mesh(part: PartResult) -> pv.PolyData:
    if part.faces.size == 0:
        return pv.PolyData()
    mesh: pv.PolyData = pv.PolyData.from_regular_faces(
        np.asarray(part.vertices, dtype=np.float64), part.faces.astype(int)
    )
    return mesh


def feature_edges(mesh: pv.PolyData) -> pv.PolyData:
    """Outline and sharp edges (not the tessellation's own triangle edges)."""
    if mesh.n_points == 0:
        return pv.PolyData()
    edges: pv.PolyData = mesh.extract_feature_edges(
        FEATURE_ANGLE,
        boundary_edges=True,
        non_manifold_edges=False,
        manifold_edges=False,
    )
    return edges


def scene_parts(result: BuildResult) -> list[ScenePart]:
    parts: list[ScenePart] = []
    for part in result.parts:
        mesh = part_mesh(part)
        placements = tuple(np.asarray(m, dtype=np.float64) for m in part.placements) or (IDENTITY,)
        edges = feature_edges(mesh)
        engraving = engraving_lines(part.vertices, part.engraving_paths)
        lines = pv.PolyData()
        if engraving:  # drawn with the edges, on the part's top face (issue 15: not shown)
            lines = pv.merge([pv.lines_from_points(line) for line in engraving])
            edges = pv.merge([edges, lines]) if edges.n_points else lines
        parts.append(ScenePart(part.name, mesh, edges, material_color(part.material), placements, lines))
    return parts


def section_mesh(
    mesh: pv.PolyData,
    origin: tuple[float, float, float],
    normal: tuple[float, float, float],
    *,
    cap: bool = True,
) -> pv.PolyData:
    """``mesh`` with everything on the ``normal`` side of the plane cut away, in the mesh's frame.

    With ``cap``, a closed part gets a face on the cut, so its walls, hollows and holes read as a
    cross-section; a mesh that is not closed (an open tessellation) is cut without one. Without
    ``cap`` the point data (e.g. a stress map's values) is kept, interpolated along the cut."""
    if mesh.n_points == 0:
        return mesh
    if cap:
        mesh = mesh.clean()  # a part's faces are tessellated apart: join them to close the shell
        try:
            capped: pv.PolyData = mesh.clip_closed_surface(normal=tuple(-v for v in normal), origin=origin)
        except (ValueError, RuntimeError):  # not closed and manifold: cut without a cap
            capped = pv.PolyData()
        if capped.n_cells:
            return capped
    cut = mesh.clip(normal=normal, origin=origin, invert=True)
    return cut.extract_surface(algorithm="dataset_surface") if cut.n_cells else pv.PolyData()

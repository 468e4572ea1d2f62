"""``preview.png``: the assembled product seen from the front-right-top, parts in material colours.

First choice: VTK off-screen rendering through PyVista (EGL when there is no display). Where VTK
cannot render (no GPU/EGL/OSMesa), a software renderer draws the same view: flat-shaded triangles
in depth order with Pillow. The manifest records which one made the picture.
"""

from __future__ import annotations

import io
import os
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt

WIDTH, HEIGHT = 800, 600
BACKGROUND = (255, 255, 255)
VIEW_DIRECTION = np.array([1.0, -1.2, 0.9])  # from the product towards the camera
LIGHT_DIRECTION = np.array([0.4, -0.5, 1.0])


@dataclass(frozen=True)
class PreviewMesh:
    """One placed copy of a part: vertices already moved into the assembly."""

    vertices: npt.NDArray[np.float64]
    faces: npt.NDArray[np.int32]
    color: str
    lines: tuple[npt.NDArray[np.float64], ...] = ()  # engravings: (n, 3) polylines, placed
    lines_normal: npt.NDArray[np.float64] | None = None  # the engraved face's outward normal, placed


@dataclass(frozen=True)
class Preview:
    png: bytes
    method: str  # "vtk-offscreen" or "software-raster"
    note: str


ENGRAVING_COLOR = "#3a2a1a"
ENGRAVING_LIFT_MM = 0.05  # drawn just above the engraved face, so the face does not hide it


def engraving_lines(
    vertices: npt.NDArray[Any], paths: Sequence[npt.NDArray[Any]]
) -> tuple[npt.NDArray[np.float64], ...]:
    """A part's engraving (2D paths in its XY plane, engraved from above as it lies on the bed)
    as 3D polylines on its top face, in the part's own frame."""
    if not len(vertices) or not paths:
        return ()
    top = float(np.asarray(vertices)[:, 2].max()) + ENGRAVING_LIFT_MM
    lines = []
    for path in paths:
        xy = np.asarray(path, dtype=np.float64).reshape(-1, 2)
        if len(xy) >= 2:
            lines.append(np.column_stack([xy, np.full(len(xy), top)]))
    return tuple(lines)


def placed_meshes(
    vertices: npt.NDArray[np.floating[Any]],
    faces: npt.NDArray[np.int32],
    placements: Sequence[npt.NDArray[np.float64]],
    color: str,
    engraving: Sequence[npt.NDArray[np.float64]] = (),
) -> list[PreviewMesh]:
    """A part's mesh (and engraving lines, in its frame) moved to each of its placements
    (identity when it has none)."""
    base = vertices.astype(np.float64)
    matrices = list(placements) or [np.eye(4)]
    return [
        PreviewMesh(
            base @ m[:3, :3].T + m[:3, 3],
            faces,
            color,
            tuple(line @ m[:3, :3].T + m[:3, 3] for line in engraving),
            m[:3, :3] @ np.array([0.0, 0.0, 1.0]) if engraving else None,
        )
        for m in matrices
    ]


def _rgb(color: str) -> tuple[int, int, int]:
    text = color.lstrip("#")
    if len(text) != 6:
        return (176, 176, 176)
    return (int(text[0:2], 16), int(text[2:4], 16), int(text[4:6], 16))


def _prepare_vtk_environment() -> None:
    if sys.platform.startswith("linux") and not os.environ.get("DISPLAY"):
        os.environ.setdefault("VTK_DEFAULT_OPENGL_WINDOW", "vtkEGLRenderWindow")


def render_vtk(meshes: Sequence[PreviewMesh]) -> bytes:
    """Render with VTK off screen; raises when VTK cannot render here."""
    _prepare_vtk_environment()
    import pyvista as pv
    from PIL import Image

    plotter: Any = pv.Plotter(off_screen=True, window_size=[WIDTH, HEIGHT])
    try:
        plotter.set_background("white")
        for mesh in meshes:
            cells = np.hstack([np.full((len(mesh.faces), 1), 3), mesh.faces]).astype(np.int64)
            poly = pv.PolyData(mesh.vertices, cells.ravel())
            plotter.add_mesh(poly, color=mesh.color, smooth_shading=False, show_edges=False)
            for line in mesh.lines:
                plotter.add_mesh(pv.lines_from_points(line), color=ENGRAVING_COLOR, line_width=2)
        plotter.view_vector(VIEW_DIRECTION.tolist(), viewup=(0.0, 0.0, 1.0))
        plotter.reset_camera()
        image = _framed(plotter)
    finally:
        plotter.close()
    if image is None or image.size == 0 or float(np.ptp(image)) == 0.0:
        raise RuntimeError("VTK rendered an empty image")
    buffer = io.BytesIO()
    Image.fromarray(np.ascontiguousarray(image)).save(buffer, format="PNG", optimize=False)
    return buffer.getvalue()


FILL = 0.85  # the product's larger side in the picture, as a share of the picture's
BACKGROUND_LEVEL = 246  # a pixel darker than this in any channel is drawn


def _framed(plotter: Any, tries: int = 5) -> Any:
    """Screenshot with the product centred and filling ``FILL`` of the picture. VTK's
    ``reset_camera`` fits the bounding sphere for a perspective view, which cut off the bottom of
    a cube seen from above; this measures what was drawn and pans and zooms until it fits."""
    camera = plotter.camera
    image = plotter.screenshot(return_img=True)
    for _ in range(tries):
        drawn = image.min(axis=2) < BACKGROUND_LEVEL
        if not drawn.any():
            return image
        rows, cols = np.where(drawn)
        touching = rows.min() == 0 or cols.min() == 0 or rows.max() == HEIGHT - 1 or cols.max() == WIDTH - 1
        fill = max((rows.max() - rows.min() + 1) / HEIGHT, (cols.max() - cols.min() + 1) / WIDTH)
        off_x = (cols.min() + cols.max()) / 2 - WIDTH / 2
        off_y = (rows.min() + rows.max()) / 2 - HEIGHT / 2
        centred = abs(off_x) <= 0.02 * WIDTH and abs(off_y) <= 0.02 * HEIGHT
        if not touching and centred and abs(fill - FILL) <= 0.05:
            return image
        # Pan by the drawing's offset (world length of one pixel at the focal distance) ...
        per_pixel = 2 * camera.distance * np.tan(np.radians(camera.view_angle) / 2) / HEIGHT
        forward = np.asarray(camera.direction, dtype=float)
        forward /= np.linalg.norm(forward)
        up = np.asarray(camera.up, dtype=float)
        up = up - (up @ forward) * forward  # the screen's up: view-up made square to the view
        up /= np.linalg.norm(up)
        right = np.cross(forward, up)
        shift = (right * off_x - up * off_y) * per_pixel
        camera.focal_point = tuple(np.asarray(camera.focal_point) + shift)
        camera.position = tuple(np.asarray(camera.position) + shift)
        # ... then zoom: out by a step when cut off (its real size is unknown), else to FILL.
        camera.zoom(0.7 if touching else FILL / fill)
        plotter.renderer.ResetCameraClippingRange()
        plotter.render()  # a screenshot alone returns the last rendered frame
        image = plotter.screenshot(return_img=True)
    return image


def _view_basis() -> tuple[npt.NDArray[np.float64], npt.NDArray[np.float64], npt.NDArray[np.float64]]:
    forward = -VIEW_DIRECTION / np.linalg.norm(VIEW_DIRECTION)
    right = np.cross(forward, np.array([0.0, 0.0, 1.0]))
    right /= np.linalg.norm(right)
    up = np.cross(right, forward)
    return right, up, forward


def render_software(meshes: Sequence[PreviewMesh], transparent: bool = False) -> bytes:
    """Orthographic, flat-shaded, painter's algorithm: needs only NumPy and Pillow. ``transparent``
    leaves the background clear (gallery thumbnails, shown on light and dark cards alike)."""
    from PIL import Image, ImageDraw

    right, up, forward = _view_basis()
    light = LIGHT_DIRECTION / np.linalg.norm(LIGHT_DIRECTION)
    polygons: list[npt.NDArray[np.float64]] = []
    depths: list[npt.NDArray[np.float64]] = []
    colors: list[npt.NDArray[np.float64]] = []
    for mesh in meshes:
        corners = mesh.vertices[mesh.faces]
        normals = np.cross(corners[:, 1] - corners[:, 0], corners[:, 2] - corners[:, 0])
        lengths = np.linalg.norm(normals, axis=1)
        facing = (normals @ forward < 0) & (lengths > 0)
        corners, normals = corners[facing], normals[facing] / lengths[facing, None]
        shade = 0.35 + 0.65 * np.clip(normals @ light, 0.0, 1.0)
        base = np.array(_rgb(mesh.color), dtype=np.float64)
        colors.append(np.clip(shade[:, None] * base[None, :], 0, 255))
        polygons.append(np.stack([corners @ right, corners @ up], axis=-1))
        depths.append((corners @ forward).mean(axis=1))
    if transparent:
        image = Image.new("RGBA", (WIDTH, HEIGHT), (*BACKGROUND, 0))
    else:
        image = Image.new("RGB", (WIDTH, HEIGHT), BACKGROUND)
    if polygons:
        flat = np.concatenate(polygons)
        depth = np.concatenate(depths)
        color = np.concatenate(colors).astype(np.uint8)
        low, high = flat.reshape(-1, 2).min(axis=0), flat.reshape(-1, 2).max(axis=0)
        scale = 0.85 * min(WIDTH / max(high[0] - low[0], 1e-9), HEIGHT / max(high[1] - low[1], 1e-9))
        center = (low + high) / 2.0
        pixels = (flat - center) * scale
        pixels[..., 0] += WIDTH / 2.0
        pixels[..., 1] = HEIGHT / 2.0 - pixels[..., 1]
        draw = ImageDraw.Draw(image)
        for index in np.argsort(-depth):
            points = [tuple(p) for p in pixels[index].tolist()]
            fill = tuple(color[index].tolist())
            draw.polygon(points, fill=fill, outline=fill)
        # Engravings last, on faces turned to the viewer (no depth test here: a part standing in
        # front of an engraved face would not hide it; the VTK picture is exact).
        for mesh in meshes:
            if mesh.lines_normal is None or float(mesh.lines_normal @ forward) >= 0:
                continue
            for line in mesh.lines:
                flat_line = (np.stack([line @ right, line @ up], axis=-1) - center) * scale
                flat_line[:, 0] += WIDTH / 2.0
                flat_line[:, 1] = HEIGHT / 2.0 - flat_line[:, 1]
                draw.line([tuple(p) for p in flat_line.tolist()], fill=_rgb(ENGRAVING_COLOR), width=2)
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()


def render_preview(meshes: Sequence[PreviewMesh], method: str = "auto") -> Preview:
    """The preview picture; ``method`` is "auto" (VTK, else software), "vtk" or "software"."""
    if method in ("auto", "vtk"):
        try:
            return Preview(render_vtk(meshes), "vtk-offscreen", "rendered with VTK (PyVista) off screen")
        except Exception as exc:
            if method == "vtk":
                raise
            reason = f"{type(exc).__name__}: {exc}".strip()[:200]
            return Preview(
                render_software(meshes),
                "software-raster",
                f"VTK could not render here ({reason}); drawn by the software "
                "renderer (flat shading, orthographic)",
            )
    return Preview(
        render_software(meshes),
        "software-raster",
        "drawn by the software renderer (flat shading, orthographic)",
    )

"""preview.png shows the whole product (issue 15: it cut off the bottom of the model)."""

from __future__ import annotations

import io

import numpy as np
import numpy.typing as npt
import pytest
import trimesh
from PIL import Image

from configurator.core.export.preview import (
    HEIGHT,
    WIDTH,
    PreviewMesh,
    engraving_lines,
    placed_meshes,
    render_software,
    render_vtk,
)


def _block(x: float, y: float, z: float) -> PreviewMesh:
    mesh = trimesh.creation.box((x, y, z))
    mesh.apply_translation((0.0, 0.0, z / 2))
    return PreviewMesh(np.asarray(mesh.vertices, float), np.asarray(mesh.faces, np.int32), "#4477aa")


def _drawn(png: bytes) -> npt.NDArray[np.bool_]:
    image = np.asarray(Image.open(io.BytesIO(png)).convert("RGB")).astype(int)
    assert image.shape[:2] == (HEIGHT, WIDTH)
    return np.asarray(image.min(axis=2) <= 245)  # not the white background


# A cube and a lamp-sized block reached the bottom edge; a tall thin part the top edge.
@pytest.mark.parametrize("size", [(60, 60, 60), (220, 220, 261), (10, 10, 300), (300, 300, 5)])
@pytest.mark.parametrize("render", [render_vtk, render_software])
def test_the_whole_product_is_in_the_picture_with_a_margin(render, size: tuple[float, float, float]) -> None:  # type: ignore[no-untyped-def]
    drawn = _drawn(render([_block(*size)]))
    rows, cols = np.where(drawn)
    margin = 4
    assert rows.min() >= margin and rows.max() < HEIGHT - margin, (rows.min(), rows.max())
    assert cols.min() >= margin and cols.max() < WIDTH - margin, (cols.min(), cols.max())
    # and it is not drawn tiny: it fills most of the picture in one direction
    assert max((rows.max() - rows.min()) / HEIGHT, (cols.max() - cols.min()) / WIDTH) > 0.6


def _plate_with_engraving(lines: bool) -> list[PreviewMesh]:
    """A 100 x 60 x 4 mm plate with a 60 mm cross engraved on its top (laser engraving)."""
    plate = _block(100, 60, 4)
    paths = (np.array([[-30.0, 0.0], [30.0, 0.0]]), np.array([[0.0, -20.0], [0.0, 20.0]]))
    return placed_meshes(
        plate.vertices,
        plate.faces,
        [np.eye(4)],
        plate.color,
        engraving_lines(plate.vertices, paths) if lines else (),
    )


@pytest.mark.parametrize("render", [render_vtk, render_software])
def test_engravings_are_drawn_on_the_engraved_face(render) -> None:  # type: ignore[no-untyped-def]
    """Issue 15: preview.png did not show engravings (a laser-engraved name is 2D paths, not
    geometry, so the mesh alone never showed it)."""

    def dark(png: bytes) -> int:
        image = np.asarray(Image.open(io.BytesIO(png)).convert("RGB")).astype(int)
        return int((image.max(axis=2) < 90).sum())  # the engraving colour, darker than any shading

    without, with_lines = (
        dark(render(_plate_with_engraving(False))),
        dark(render(_plate_with_engraving(True))),
    )
    assert with_lines > without + 200, (without, with_lines)


def test_an_engraving_lies_on_the_top_face_in_the_parts_frame() -> None:
    plate = _block(100, 60, 4)
    (line,) = engraving_lines(plate.vertices, (np.array([[0.0, 0.0], [10.0, 0.0]]),))
    assert line[:, 2] == pytest.approx([4.05, 4.05])
    placed = placed_meshes(plate.vertices, plate.faces, [np.diag([1.0, -1.0, -1.0, 1.0])], "#888888", (line,))
    assert placed[0].lines[0][:, 2] == pytest.approx([-4.05, -4.05])  # turned over with its part
    assert placed[0].lines_normal == pytest.approx([0.0, 0.0, -1.0])

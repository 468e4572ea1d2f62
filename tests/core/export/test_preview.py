"""preview.png shows the whole product (issue 15: it cut off the bottom of the model)."""

from __future__ import annotations

import io

import numpy as np
import numpy.typing as npt
import pytest
import trimesh
from PIL import Image

from configurator.core.export.preview import HEIGHT, WIDTH, PreviewMesh, render_software, render_vtk


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

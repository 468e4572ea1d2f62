"""``drag`` quality: a preview frame measures only what the preview shows.

While a slider is dragged, the worker returns the coarse mesh and the exact bounds and skips the
geometry checks, exact volume and area, sheet outlines and engraving paths (the released value's
build does all of them). The frame must still look exactly like the coarse build: same mesh, same
bounds (so the size label does not jump at the release), and volume and area read off the mesh
close to the exact ones.
"""

from __future__ import annotations

import math

import numpy as np
import pytest

from configurator.core.build import PREVIEW_ONLY, QUALITY, build_product, measure, mesh_volume_and_area
from configurator.sdk.results import Quality
from tests.templates.checks import TEMPLATES


def test_drag_meshes_like_coarse() -> None:
    assert Quality.DRAG in PREVIEW_ONLY and QUALITY[Quality.DRAG] == QUALITY[Quality.COARSE]


@pytest.mark.parametrize("template_id", sorted(TEMPLATES))
def test_a_drag_frame_matches_the_coarse_build_of_the_same_values(template_id: str) -> None:
    template = TEMPLATES[template_id]
    built = build_product(template, template.schema.validate({}))
    drag, drag_warnings = measure(built, Quality.DRAG)
    coarse, _ = measure(built, Quality.COARSE)
    assert drag_warnings == []
    assert [p.name for p in drag] == [p.name for p in coarse]
    for quick, full in zip(drag, coarse, strict=True):
        assert quick.bbox_mm == full.bbox_mm  # exact bounds: no jump in the size label
        assert np.array_equal(quick.vertices, full.vertices)
        assert np.array_equal(quick.faces, full.faces)
        assert len(quick.placements) == len(full.placements)
        assert all(np.array_equal(a, b) for a, b in zip(quick.placements, full.placements, strict=True))
        assert (quick.material, quick.process, quick.quantity) == (full.material, full.process, full.quantity)
        # read off a chordal mesh (0.4 mm deflection): within a few per cent of the B-rep
        assert math.isclose(quick.volume_mm3, full.volume_mm3, rel_tol=0.03), quick.name
        assert math.isclose(quick.area_mm2, full.area_mm2, rel_tol=0.03), quick.name
        # left for the released value's build
        assert quick.outlines == () and quick.cut_length_mm is None
        assert quick.engraving_paths == () and quick.engraving_length_mm is None
        assert quick.sheet_thickness_mm == full.sheet_thickness_mm


def test_mesh_volume_and_area_of_a_unit_cube() -> None:
    vertices = np.array([[x, y, z] for x in (0, 1) for y in (0, 1) for z in (0, 1)], np.float32)
    # outward-wound triangles of the cube (two per face)
    faces = np.array(
        [
            [0, 1, 3],
            [0, 3, 2],  # x = 0
            [4, 6, 7],
            [4, 7, 5],  # x = 1
            [0, 4, 5],
            [0, 5, 1],  # y = 0
            [2, 3, 7],
            [2, 7, 6],  # y = 1
            [0, 2, 6],
            [0, 6, 4],  # z = 0
            [1, 5, 7],
            [1, 7, 3],  # z = 1
        ],
        np.int32,
    )
    volume, area = mesh_volume_and_area(vertices, faces)
    assert volume == pytest.approx(1.0)
    assert area == pytest.approx(6.0)
    assert mesh_volume_and_area(vertices, faces[:, ::-1])[0] == pytest.approx(-1.0)  # inside out
    assert mesh_volume_and_area(vertices, faces[:0]) == (0.0, 0.0)

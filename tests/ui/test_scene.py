"""What the 3D view draws for a part (issue 15: engravings were not shown)."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import trimesh

from configurator.ui.scene import scene_parts
from tests.eco.conftest import make_build, make_part


def _lid(paths: tuple[np.ndarray, ...]):  # type: ignore[no-untyped-def]
    box = trimesh.creation.box((100, 60, 4))
    box.apply_translation((50, 30, 2))
    part = make_part("lid", "birch_plywood", "laser", sheet_thickness_mm=4.0, bbox_mm=(100, 60, 4))
    part = replace(
        part,
        vertices=np.asarray(box.vertices, np.float32),
        faces=np.asarray(box.faces, np.int32),
        engraving_paths=paths,
    )
    return make_build([part])


def test_an_engraved_name_is_drawn_on_the_parts_top_face() -> None:
    plain = scene_parts(_lid(()))[0].edges
    engraved = scene_parts(
        _lid((np.array([[20.0, 30.0], [80.0, 30.0]]), np.array([[50.0, 10.0], [50.0, 50.0]])))
    )[0].edges
    assert engraved.n_lines == plain.n_lines + 2
    top = np.asarray(engraved.points)[np.isclose(engraved.points[:, 2], 4.05)]
    assert len(top) == 4 and top[:, 0].min() == 20.0 and top[:, 1].max() == 50.0


def test_a_section_keeps_the_engraving_on_the_side_it_shows() -> None:
    from configurator.ui.scene import section_mesh

    part = scene_parts(_lid((np.array([[20.0, 30.0], [80.0, 30.0]]),)))[0]
    cut = section_mesh(part.engraving, (50.0, 30.0, 2.0), (1.0, 0.0, 0.0), cap=False)
    assert cut.n_lines == 1 and cut.bounds[0] == 20.0 and cut.bounds[1] == 50.0

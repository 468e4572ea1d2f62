"""The viewport's CAD tools (issue 15): overall dimensions on the model, a point-to-point measure
tool and a section view along each axis."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from types import SimpleNamespace

import numpy as np
import pytest
import pyvista as pv
import trimesh
from pytestqt.qtbot import QtBot

from configurator.core.registry import TemplateRegistry
from configurator.core.service import BuildService
from configurator.sdk.results import BuildResult
from configurator.ui.formatting import format_size, overall_size
from configurator.ui.main_window import MainWindow
from configurator.ui.scene import section_mesh
from configurator.ui.viewport_marks import (
    dimension_lines,
    distance_text,
    plane_in_part_frame,
    section_plane,
)
from tests.eco.conftest import make_build, make_part
from tests.ui.helpers import make_window


def _tube_build(placements: tuple[np.ndarray, ...] = ()) -> BuildResult:
    """A ring 60 mm across and 40 mm high with a 20 mm hole, standing on x 20-80, y 0-60."""
    body = trimesh.creation.annulus(r_min=10, r_max=30, height=40, sections=48)
    body.apply_translation((50, 30, 20))
    part = replace(
        make_part("ring", "pla", "fdm", bbox_mm=(60, 60, 40)),
        vertices=np.asarray(body.vertices, np.float32),
        faces=np.asarray(body.faces, np.int32),
        placements=placements,
    )
    return make_build([part])


def test_dimension_lines_span_the_box_and_carry_the_overall_size_label() -> None:
    bounds = ((10.0, -5.0, 0.0), (140.0, 35.0, 37.25))
    size = (130.0, 40.0, 37.25)
    lines = dimension_lines(bounds, size)
    assert [line.axis for line in lines] == ["x", "y", "z"]
    assert [round(line.length, 6) for line in lines] == [130.0, 40.0, 37.25]
    assert " × ".join(line.label.removesuffix(" mm") for line in lines) + " mm" == format_size(size)
    width, depth, height = lines
    assert width.start[1] < bounds[0][1] and depth.start[0] > bounds[1][0]  # set off the model
    assert height.start[0] > bounds[1][0] and height.start[1] < bounds[0][1]


def test_distance_text_gives_mm_with_one_decimal_and_components() -> None:
    assert distance_text((0, 0, 0), (30, -40, 0)) == "50.0 mm (dx 30.0, dy -40.0, dz 0.0)"
    assert distance_text((1, 2, 3), (1, 2, 3.04)) == "0.0 mm (dx 0.0, dy 0.0, dz 0.0)"


def test_section_plane_is_carried_into_a_placed_parts_frame() -> None:
    origin, normal = section_plane(((0, 0, 0), (100, 60, 40)), "x")
    assert origin == (50.0, 30.0, 20.0) and normal == (1.0, 0.0, 0.0)
    turned = np.eye(4)
    turned[:3, :3] = [[0, -1, 0], [1, 0, 0], [0, 0, 1]]  # 90° about z, then moved 200 mm along x
    turned[:3, 3] = [200, 0, 0]
    local_origin, local_normal = plane_in_part_frame(turned, origin, normal)
    assert np.allclose(local_origin, (30, 150, 20)) and np.allclose(local_normal, (0, -1, 0))
    with pytest.raises(ValueError, match="unknown section axis 'w'"):
        section_plane(((0, 0, 0), (1, 1, 1)), "w")


def test_a_section_is_capped_and_shows_the_hole() -> None:
    part = _tube_build().parts[0]
    mesh = pv.PolyData.from_regular_faces(part.vertices.astype(float), part.faces.astype(int))
    cut = section_mesh(mesh, (50.0, 30.0, 20.0), (0.0, 0.0, 1.0))  # across the hole's axis
    assert cut.bounds[5] == pytest.approx(20.0) and cut.bounds[4] == pytest.approx(0.0)
    on_plane = np.asarray(cut.points)[np.isclose(cut.points[:, 2], 20.0)]
    radii = np.hypot(on_plane[:, 0] - 50, on_plane[:, 1] - 30)
    assert radii.min() == pytest.approx(10.0, abs=0.1)  # the hole stays open in the cap
    assert radii.max() == pytest.approx(30.0, abs=0.1)  # the wall is capped out to the outside
    assert cut.n_open_edges == 0  # a closed solid: the cut face is filled, not a see-through rim
    mesh.point_data["von Mises (MPa)"] = mesh.points[:, 2]  # a stress map keeps its values
    stress = section_mesh(mesh, (50.0, 30.0, 20.0), (0.0, 0.0, 1.0), cap=False)
    assert stress.point_data["von Mises (MPa)"].max() == pytest.approx(20.0)


@pytest.mark.gui
@pytest.mark.render
def test_view_menu_draws_dimensions_measures_and_sections(
    qtbot: QtBot, ui_registry: TemplateRegistry, ui_service: BuildService, ui_data_dir: Path
) -> None:
    window: MainWindow = make_window(qtbot, ui_registry, ui_service, ui_data_dir)
    preview, actions = window.page.preview, window.menu_actions
    qtbot.waitUntil(lambda: preview.plotter is not None, timeout=20_000)
    build = _tube_build()
    preview.show_result(build)

    actions["dimensions"].trigger()
    assert preview.dimension_labels() == ["60 mm", "60 mm", "40 mm"]
    assert preview.dimensions.text() == f"Overall size: {format_size(overall_size(build))}"
    actions["dimensions"].trigger()
    assert preview.dimension_labels() == [] and not preview.mark_names

    # measure: two real picks on the block's top face, from the screen positions of two points
    actions["measure"].trigger()
    preview.set_view("top")
    renderer = preview.plotter.renderer

    def screen(point: tuple[float, float, float]) -> tuple[int, int]:
        renderer.SetWorldPoint(*point, 1.0)
        renderer.WorldToDisplay()
        x, y, _ = renderer.GetDisplayPoint()
        return round(x), round(y)

    first = preview.pick(*screen((50.0, 10.0, 40.0)))
    assert first is not None and first[2] == pytest.approx(40.0, abs=0.01)  # on the surface
    assert preview.pick(*screen((50.0, 30.0, 40.0))) is None  # over the hole: nothing to pick
    iren = preview.plotter.iren.interactor

    def click(press: tuple[int, int], release: tuple[int, int]) -> None:
        iren.SetEventPosition(*press)
        iren.InvokeEvent("LeftButtonPressEvent")
        iren.SetEventPosition(*release)
        iren.InvokeEvent("LeftButtonReleaseEvent")

    click(screen((50.0, 10.0, 40.0)), screen((50.0, 50.0, 40.0)))  # a drag turns the camera
    assert preview.measure_points == []
    click(screen((50.0, 10.0, 40.0)), screen((50.0, 10.0, 40.0)))  # a click picks
    assert preview.measure_points == [first]
    assert preview.plotter.iren.style.GetState() == 0  # the camera style saw the release too
    assert window.status_message() == "Measure: now click the second point."
    preview.add_measure_point((first[0] + 30.0, first[1] + 40.0, 40.0))
    assert preview.measure_text.startswith("50.0 mm (dx 30.0, dy 40.0, dz 0.0)")
    assert window.status_message() == "Distance: 50.0 mm (dx 30.0, dy 40.0, dz 0.0)"
    assert {"measure:points", "measure:label"} <= preview.mark_names
    actions["stop_measuring"].trigger()  # Esc
    assert not actions["measure"].isChecked() and not preview.mark_names
    click(screen((50.0, 10.0, 40.0)), screen((50.0, 10.0, 40.0)))  # measuring is off: no point
    assert preview.measure_points == [] and not preview.mark_names

    # section along x: the part is cut at the product's centre, and stays cut on the next build
    actions["section_x"].trigger()
    assert preview.actor("part:ring#0").mapper.GetInput().GetBounds()[1] == pytest.approx(50.0)
    assert window.status_message().startswith("Section X")
    moved = np.eye(4)
    moved[:3, 3] = (0.0, 0.0, 10.0)
    preview.show_result(_tube_build(placements=(moved,)))
    assert preview.actor("part:ring#0").mapper.GetInput().GetBounds()[1] == pytest.approx(50.0)
    ring = _tube_build().parts[0]  # a stress map of the ring is cut the same way, values kept
    stress_map = {
        "part": "ring",
        "points": ring.vertices,
        "faces": ring.faces,
        "von_mises": ring.vertices[:, 0],
    }
    preview.show_stress(SimpleNamespace(stress_maps={"load": stress_map}))
    stress = preview.actor("stress:load").mapper.dataset
    assert stress.bounds[1] == pytest.approx(50.0)
    assert stress.point_data["von Mises (MPa)"].max() == pytest.approx(50.0)
    actions["section_off"].trigger()
    assert preview.actor("part:ring#0").mapper.GetInput().GetBounds()[1] == pytest.approx(80.0)

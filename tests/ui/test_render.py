"""Pixels: the preview really draws the parts, in their material's colour (needs Xvfb + xcb)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from pytestqt.qtbot import QtBot

from configurator.core.registry import TemplateRegistry
from configurator.core.service import BuildService
from tests.ui.helpers import commit, make_window, open_template

pytestmark = [pytest.mark.gui, pytest.mark.render]


def _object_pixels(image: np.ndarray | None, empty: np.ndarray) -> np.ndarray:
    assert image is not None, "the view could not be read"
    changed = np.abs(image.astype(int) - empty.astype(int)).sum(axis=2) > 60
    pixels: np.ndarray = image[changed]
    return pixels


def _blueness(pixels: np.ndarray) -> float:
    return float(np.mean(pixels[:, 2].astype(int) - pixels[:, 0].astype(int)))


def test_preview_draws_parts_in_material_colour(
    qtbot: QtBot, ui_registry: TemplateRegistry, ui_service: BuildService, ui_data_dir: Path
) -> None:
    window = make_window(qtbot, ui_registry, ui_service, ui_data_dir)
    window.show_customise_page()
    qtbot.waitExposed(window.page.preview.plotter)
    empty = window.page.preview.screenshot()
    assert empty is not None
    open_template(qtbot, window, "sample-box")
    pla = _object_pixels(window.page.preview.screenshot(), empty)
    assert len(pla) > 0.02 * empty.shape[0] * empty.shape[1]  # the box fills part of the view

    commit(qtbot, window, "material", "petg")  # PETG is drawn light blue, PLA off-white
    petg = _object_pixels(window.page.preview.screenshot(), empty)
    assert len(petg) > 0.02 * empty.shape[0] * empty.shape[1]
    assert _blueness(petg) > _blueness(pla) + 5


def test_standard_views_change_the_camera(
    qtbot: QtBot, ui_registry: TemplateRegistry, ui_service: BuildService, ui_data_dir: Path
) -> None:
    window = make_window(qtbot, ui_registry, ui_service, ui_data_dir)
    open_template(qtbot, window, "sample-box")
    qtbot.waitExposed(window.page.preview.plotter)
    window.page.preview.view_buttons["top"].click()
    top = window.page.preview.plotter.camera_position
    assert abs(top[1][2] - top[0][2]) > 0 and np.allclose(top[0][:2], top[1][:2], atol=1e-6)
    window.page.preview.view_buttons["front"].click()
    front = window.page.preview.plotter.camera_position
    assert np.isclose(front[0][1] - front[1][1], -np.linalg.norm(np.subtract(front[0], front[1])), atol=1e-6)


def _on_screen(widget) -> np.ndarray:  # type: ignore[no-untyped-def]
    """What the X server shows where ``widget`` is (RGB rows × columns)."""
    from PySide6.QtGui import QGuiApplication, QImage

    corner = widget.mapToGlobal(widget.rect().topLeft())
    image = (
        QGuiApplication.primaryScreen()
        .grabWindow(0, corner.x(), corner.y(), widget.width(), widget.height())
        .toImage()
        .convertToFormat(QImage.Format.Format_RGB888)
    )
    rows = np.frombuffer(image.constBits(), np.uint8).reshape(image.height(), image.bytesPerLine())
    return rows[:, : image.width() * 3].reshape(image.height(), image.width(), 3).copy()


def test_the_part_reaches_the_screen_not_only_the_render_buffer(
    qtbot: QtBot, ui_registry: TemplateRegistry, ui_service: BuildService, ui_data_dir: Path
) -> None:
    from PySide6.QtGui import QGuiApplication

    if QGuiApplication.platformName() != "xcb":
        pytest.skip("reads the X server's screen")
    window = make_window(qtbot, ui_registry, ui_service, ui_data_dir)
    window.show_customise_page()
    plotter = window.page.preview.plotter
    qtbot.waitExposed(plotter)
    with qtbot.waitSignal(window.page.preview.scene_shown, timeout=60_000):
        open_template(qtbot, window, "sample-box")
    shown = _on_screen(plotter)
    window.page.preview.clear()
    qtbot.wait(50)
    empty = _on_screen(plotter)
    assert len(_object_pixels(shown, empty)) > 0.02 * empty.shape[0] * empty.shape[1]


def test_on_x11_the_view_is_a_native_window_and_falls_back_to_qt_if_that_fails(
    qtbot: QtBot,
    ui_registry: TemplateRegistry,
    ui_service: BuildService,
    ui_data_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from PySide6.QtGui import QGuiApplication

    import configurator.ui.native_view as native_view

    window = make_window(qtbot, ui_registry, ui_service, ui_data_dir)
    assert window.page.preview.native_view == (QGuiApplication.platformName() == "xcb")

    def no_native_window(*args: object, **kwargs: object) -> None:
        raise RuntimeError("no GLX visual")

    monkeypatch.setattr(native_view.NativePlotter, "__init__", no_native_window)
    fallback = make_window(qtbot, ui_registry, ui_service, ui_data_dir)
    assert fallback.page.preview.plotter is not None and not fallback.page.preview.native_view
    assert fallback.page.preview.view_error is None
    open_template(qtbot, fallback, "sample-box")
    assert fallback.page.preview.actor_names  # the parts are in the scene


def test_only_the_3d_view_is_a_native_window(
    qtbot: QtBot, ui_registry: TemplateRegistry, ui_service: BuildService, ui_data_dir: Path
) -> None:
    """Qt makes a native widget's ancestors and their children native too unless told not to; the
    X server then carried their pixels along as the first layout moved them (a second tab bar and
    view toolbar flashed over the window for about half a second)."""
    from PySide6.QtWidgets import QWidget

    window = make_window(qtbot, ui_registry, ui_service, ui_data_dir)
    open_template(qtbot, window, "sample-box")
    plotter = window.page.preview.plotter
    qtbot.waitExposed(plotter)
    native = [w for w in window.findChildren(QWidget) if w.internalWinId()]
    assert native == [plotter] if window.page.preview.native_view else native == []

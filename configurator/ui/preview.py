"""The 3D preview: an embedded pyvistaqt ``QtInteractor`` showing the newest build.

The interactor is created by :meth:`PreviewPane.create_view`, which the main window calls just after
it is shown, so importing PyVista/VTK (about a second) never delays the first paint. A result that
arrives earlier is kept and shown once the view exists.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QStackedLayout,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from configurator.core.results import BuildResult
from configurator.ui.formatting import format_size, overall_size

if TYPE_CHECKING:
    import numpy.typing as npt

BACKGROUND_TOP = "#d9e0e7"
BACKGROUND_BOTTOM = "#8e9aa6"
EDGE_COLOR = "#3b4148"
FEATURE_ANGLE = 35.0

VIEWS = {
    "iso": "Iso",
    "front": "Front",
    "top": "Top",
    "side": "Side",
}


class PreviewPane(QWidget):
    view_created = Signal()
    scene_shown = Signal(object)  # the BuildResult now on screen

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plotter: Any = None  # pyvistaqt.QtInteractor once created
        self._result: BuildResult | None = None
        self._actor_names: set[str] = set()
        self._shown_template: str | None = None
        self.view_error: str | None = None

        self.placeholder = QLabel("Preparing the 3D view…")
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setStyleSheet(
            f"background: {BACKGROUND_TOP}; color: #44505c; font-size: 14px;"
        )
        self.stack = QStackedLayout()
        self.stack.addWidget(self.placeholder)

        toolbar = QHBoxLayout()
        toolbar.setContentsMargins(0, 0, 0, 0)
        self.view_buttons: dict[str, QToolButton] = {}
        for key, label in VIEWS.items():
            button = QToolButton()
            button.setText(label)
            button.setToolTip(f"Look at the product from the {label.lower()} view")
            button.clicked.connect(lambda _=False, k=key: self.set_view(k))
            toolbar.addWidget(button)
            self.view_buttons[key] = button
        fit = QToolButton()
        fit.setText("Fit")
        fit.setToolTip("Zoom so the whole product is visible")
        fit.clicked.connect(self.fit)
        toolbar.addWidget(fit)
        self.view_buttons["fit"] = fit
        toolbar.addStretch(1)
        self.dimensions = QLabel("")
        self.dimensions.setObjectName("overallSize")
        self.dimensions.setToolTip("Overall size of the assembled product: width × depth × height")
        toolbar.addWidget(self.dimensions)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(toolbar)
        layout.addLayout(self.stack, 1)

    # ----------------------------------------------------------------- setup
    def create_view(self) -> bool:
        """Create the 3D interactor (idempotent). Returns False if 3D is unavailable here."""
        if self.plotter is not None:
            return True
        try:
            from pyvistaqt import QtInteractor

            plotter: Any = QtInteractor(self, auto_update=False)
        except Exception as exc:  # no OpenGL: keep the app usable without the 3D view
            self.view_error = f"3D view unavailable: {type(exc).__name__}: {exc}"
            self.placeholder.setText(self.view_error)
            return False
        plotter.set_background(BACKGROUND_BOTTOM, top=BACKGROUND_TOP)
        plotter.add_axes(interactive=False, line_width=2, labels_off=False)
        self.plotter = plotter
        self.stack.addWidget(plotter)
        self.stack.setCurrentWidget(plotter)
        self.view_created.emit()
        if self._result is not None:
            self._draw(self._result, reset_camera=True)
        return True

    # ---------------------------------------------------------------- showing
    @property
    def result(self) -> BuildResult | None:
        return self._result

    def show_result(self, result: BuildResult) -> None:
        first_of_template = result.template_id != self._shown_template
        self._result = result
        self._shown_template = result.template_id
        self.dimensions.setText(f"Overall size: {format_size(overall_size(result))}")
        if self.plotter is not None:
            self._draw(result, reset_camera=first_of_template)
        self.scene_shown.emit(result)

    def clear(self) -> None:
        self._result = None
        self._shown_template = None
        self.dimensions.setText("")
        if self.plotter is not None:
            for name in list(self._actor_names):
                self.plotter.remove_actor(name, render=False)
            self._actor_names.clear()
            self.plotter.render()

    def _draw(self, result: BuildResult, *, reset_camera: bool) -> None:
        from configurator.ui.scene import scene_items

        plotter = self.plotter
        names: set[str] = set()
        for item in scene_items(result):
            if item.mesh.n_points == 0:
                continue
            name = f"part:{item.key}"
            plotter.add_mesh(
                item.mesh, color=item.color, name=name, smooth_shading=False,
                specular=0.15, ambient=0.15, diffuse=0.85, reset_camera=False, render=False,
            )
            edges = item.mesh.extract_feature_edges(
                FEATURE_ANGLE, boundary_edges=True, non_manifold_edges=False,
                manifold_edges=False,
            )
            if edges.n_points:
                plotter.add_mesh(edges, color=EDGE_COLOR, line_width=1, name=f"{name}:edges",
                                 reset_camera=False, render=False, pickable=False)
                names.add(f"{name}:edges")
            names.add(name)
        for stale in self._actor_names - names:
            plotter.remove_actor(stale, render=False)
        self._actor_names = names
        if reset_camera:
            self.set_view("iso", render=False)
        plotter.render()

    # ----------------------------------------------------------------- camera
    def set_view(self, view: str, render: bool = True) -> None:
        plotter = self.plotter
        if plotter is None:
            return
        if view == "iso":
            plotter.view_isometric(render=False)
        elif view == "front":
            plotter.view_xz(render=False)
        elif view == "top":
            plotter.view_xy(render=False)
        elif view == "side":
            plotter.view_yz(render=False)
        else:
            raise ValueError(f"unknown view {view!r}")
        self.fit(render=render)

    def fit(self, render: bool = True) -> None:
        if self.plotter is None:
            return
        self.plotter.reset_camera(render=False)
        if render:
            self.plotter.render()

    def screenshot(self) -> npt.NDArray[Any] | None:
        """The rendered pixels (rows × columns × RGB), or None without a 3D view."""
        if self.plotter is None:
            return None
        self.plotter.render()
        image: npt.NDArray[Any] = self.plotter.screenshot(return_img=True)
        return image

    @property
    def actor_names(self) -> set[str]:
        return set(self._actor_names)

    def close_view(self) -> None:
        if self.plotter is not None:
            self.plotter.close()
            self.plotter = None

"""The 3D preview: an embedded PyVista plotter showing the newest build.

On X11 the plotter is VTK's own native window (:mod:`configurator.ui.native_view`: each frame goes
to the screen without Qt compositing the window, which without a GPU costs more than the frame);
elsewhere it is pyvistaqt's ``QtInteractor``.

The interactor is created by :meth:`PreviewPane.create_view`, which the main window calls just after
it is shown, so importing PyVista/VTK (about a second) never delays the first paint. A result that
arrives earlier is kept and shown once the view exists.

A new result updates the scene in place: each part copy keeps its actor, which gets the new mesh as
its input and the copy's placement as its matrix, so a drag step costs a data swap and one render,
not new actors. On a software OpenGL renderer (no GPU, e.g. Xvfb or a remote desktop), multisample
anti-aliasing costs several times the rest of a frame, so drag previews render without it; after
the release the fine mesh is shown at once the same way, and drawn again anti-aliased once the user
pauses (``frame_refined``).
"""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QStackedLayout,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from configurator.sdk.results import BuildResult, Quality
from configurator.ui import theme
from configurator.ui.appearance import follow
from configurator.ui.fitting_label import FittingLabel
from configurator.ui.formatting import format_size, needs_refit, overall_size
from configurator.ui.plain_label import plain_label

if TYPE_CHECKING:
    import numpy.typing as npt

    from configurator.ui.viewport_marks import DimensionLine

SOFTWARE_RENDERERS = ("llvmpipe", "softpipe", "swrast", "software rasterizer")
FOCUS_FRAME = 2  # px around the 3D view, in the focus colour while it has the keyboard focus
KEY_TURN_DEG = 10.0  # an arrow key on the focused 3D view turns the camera this much
KEY_ZOOM = 1.15  # + / - on the focused 3D view
CLICK_SLOP_PX = 4  # a press and release this close together is a click, not a camera drag
PICK_TOLERANCE = 0.0005  # of the window's diagonal: the picked point lies on the surface
REFINE_AFTER_MS = 150  # a pause this long after a drag's last frame: draw it anti-aliased

VIEWS = {
    "iso": QT_TRANSLATE_NOOP("PreviewPane", "Iso"),
    "front": QT_TRANSLATE_NOOP("PreviewPane", "Front"),
    "top": QT_TRANSLATE_NOOP("PreviewPane", "Top"),
    "side": QT_TRANSLATE_NOOP("PreviewPane", "Side"),
}


def _overlay_actor(mesh: Any, color: str) -> Any:
    """An actor drawing ``mesh``'s points and lines on top of the scene, placed in world
    coordinates (VTK's 2D mapper with a world-coordinate transform)."""
    import pyvista as pv
    import vtk

    coordinate = vtk.vtkCoordinate()
    coordinate.SetCoordinateSystemToWorld()
    mapper = vtk.vtkPolyDataMapper2D()
    mapper.SetInputData(mesh)
    mapper.SetTransformCoordinate(coordinate)
    actor = vtk.vtkActor2D()
    actor.SetMapper(mapper)
    actor.GetProperty().SetColor(pv.Color(color).float_rgb)
    actor.GetProperty().SetLineWidth(3)
    actor.GetProperty().SetPointSize(10)
    return actor


class PreviewPane(QWidget):
    view_created = Signal()
    scene_shown = Signal(object)  # the BuildResult whose frame has just reached the screen
    frame_refined = Signal()  # the still picture after a drag, now drawn anti-aliased
    viewport_message = Signal(str)  # what a viewport tool has to say (measured distance, section)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plotter: Any = None  # pyvistaqt.QtInteractor once created
        self._result: BuildResult | None = None
        self._actors: dict[str, Any] = {}  # name -> pyvista Actor
        self._actor_colors: dict[str, str] = {}
        self._software_gl: bool | None = None  # known after the first render
        self._full_samples = 0
        self._awaiting_frame: BuildResult | None = None  # drawn, not yet on screen
        self._refining = False
        self._refine_timer = QTimer(self)
        self._refine_timer.setSingleShot(True)
        self._refine_timer.setInterval(REFINE_AFTER_MS)
        self._refine_timer.timeout.connect(self._refine)
        self._shown_template: str | None = None
        self._fitted_size: tuple[float, float, float] | None = None  # when the camera was fitted
        self.keep_camera = False  # View → Keep camera: no re-fit on large size changes
        self.refitted = False  # the last result shown fitted the camera again
        self.view_error: str | None = None
        # the CAD tools (View menu): overall dimensions, measure, section; see ``viewport_marks``
        self._marks: dict[str, Any] = {}  # name -> actor of a dimension line, measurement, ...
        self._dimension_lines: list[DimensionLine] = []
        self.show_dimensions = False
        self.section_axis: str | None = None
        self.measuring = False
        self.measure_points: list[tuple[float, float, float]] = []
        self._measure_observers: list[tuple[Any, int]] = []  # (VTK object, observer id)
        self._press_position: tuple[int, int] | None = None
        self.measure_text = ""

        self.placeholder = plain_label(self.tr("Preparing the 3D view…"))
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedLayout()
        self.stack.addWidget(self.placeholder)
        # The plotter is made inside this host, already at its place and size, so its native window
        # is never moved on screen after it is mapped (X would carry stale pixels along with it).
        # Its thin frame is drawn in the focus colour while the view has the keyboard focus.
        self.view_host = QFrame()
        self.view_host.setObjectName("viewFrame")
        self._host_layout = QVBoxLayout(self.view_host)
        self._host_layout.setContentsMargins(FOCUS_FRAME, FOCUS_FRAME, FOCUS_FRAME, FOCUS_FRAME)
        self.stack.addWidget(self.view_host)

        toolbar = QHBoxLayout()
        toolbar.setContentsMargins(0, 0, 0, 0)
        self.view_buttons: dict[str, QToolButton] = {}
        for key, label in VIEWS.items():
            button = QToolButton()
            button.setText(self.tr(str(label)))
            button.setToolTip(
                self.tr("Look at the product from this side: {view}").format(view=self.tr(str(label)))
            )
            button.setAccessibleName(self.tr("{view} view").format(view=self.tr(str(label))))
            button.clicked.connect(lambda _=False, k=key: self.set_view(k))
            toolbar.addWidget(button)
            self.view_buttons[key] = button
        fit = QToolButton()
        fit.setText(self.tr("Fit"))
        fit.setToolTip(self.tr("Zoom so the whole product is visible"))
        fit.setAccessibleName(self.tr("Fit the product in the view"))
        fit.clicked.connect(self.fit)
        toolbar.addWidget(fit)
        self.view_buttons["fit"] = fit
        toolbar.addStretch(1)
        self.dimensions = FittingLabel()
        self.dimensions.setObjectName("overallSize")
        self.dimensions.setToolTip(self.tr("Overall size of the assembled product: width × depth × height"))
        toolbar.addWidget(self.dimensions)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(toolbar)
        layout.addLayout(self.stack, 1)
        follow(self._restyle)

    def _restyle(self) -> None:
        """Colours of the current scheme: placeholder, background, marks (and the focus frame)."""
        colours = theme.current()
        self.placeholder.setStyleSheet(
            f"background: {colours.viewport_top}; color: {colours.viewport_text}; font-size: 14px;"
        )
        self._show_focus_frame(self.plotter is not None and self.plotter.hasFocus())
        if self.plotter is None:
            return
        self.plotter.set_background(colours.viewport_bottom, top=colours.viewport_top)
        if self._result is not None:
            self._draw_dimensions(self._result)
            self._draw_measurement()
        self.plotter.render()

    def _show_focus_frame(self, focused: bool) -> None:
        colour = theme.current().focus if focused else "transparent"
        self.view_host.setStyleSheet(f"QFrame#viewFrame {{ border: {FOCUS_FRAME}px solid {colour}; }}")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.plotter and event.type() in (QEvent.Type.FocusIn, QEvent.Type.FocusOut):
            self._show_focus_frame(event.type() == QEvent.Type.FocusIn)
        is_key = isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress
        if watched is self.plotter and is_key and self.view_key(event):  # type: ignore[arg-type]
            return True
        return super().eventFilter(watched, event)

    def view_key(self, event: QKeyEvent) -> bool:
        """A key on the focused 3D view: the arrows turn it, + and - zoom. VTK's own letter keys
        (w draws a wireframe, 3 stereo, q and e quit its loop, ...) are kept from it: a letter
        typed there must not change the picture behind the user's back. Returns True if used."""
        key, camera = Qt.Key(event.key()), self.plotter.camera
        turns = {
            Qt.Key.Key_Left: (-KEY_TURN_DEG, 0.0),
            Qt.Key.Key_Right: (KEY_TURN_DEG, 0.0),
            Qt.Key.Key_Up: (0.0, KEY_TURN_DEG),
            Qt.Key.Key_Down: (0.0, -KEY_TURN_DEG),
        }
        if key in turns:
            azimuth, elevation = turns[key]
            camera.Azimuth(azimuth)
            camera.Elevation(elevation)
            camera.OrthogonalizeViewUp()
        elif key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal, Qt.Key.Key_Minus):
            camera.Zoom(1 / KEY_ZOOM if key == Qt.Key.Key_Minus else KEY_ZOOM)
        else:
            modifiers = event.modifiers() & ~Qt.KeyboardModifier.ShiftModifier
            text = event.text()
            return bool(text) and text.isprintable() and modifiers == Qt.KeyboardModifier.NoModifier
        self.plotter.renderer.ResetCameraClippingRange()
        self.plotter.render()
        return True

    # ----------------------------------------------------------------- setup
    def create_view(self) -> bool:
        """Create the 3D interactor (idempotent). Returns False if 3D is unavailable here."""
        if self.plotter is not None:
            return True
        self.stack.setCurrentWidget(self.view_host)
        try:
            plotter: Any = self._new_plotter()
        except Exception as exc:  # no OpenGL: keep the app usable without the 3D view
            self.view_error = self.tr("3D view unavailable: {kind}: {exc}").format(
                kind=type(exc).__name__, exc=exc
            )
            self.placeholder.setText(self.view_error)
            self.stack.setCurrentWidget(self.placeholder)
            return False
        colours = theme.current()
        plotter.set_background(colours.viewport_bottom, top=colours.viewport_top)
        plotter.add_axes(interactive=False, line_width=2, labels_off=False)
        if hasattr(plotter, "frameSwapped"):  # QtInteractor: frames reach the screen later
            plotter.frameSwapped.connect(self._on_frame_swapped)
        self.plotter = plotter
        plotter.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # Tab reaches it; arrows turn it
        plotter.setAccessibleName(self.tr("3D preview"))
        plotter.setAccessibleDescription(
            self.tr("Drag to turn the product, wheel to zoom; Ctrl+1 to Ctrl+4 for views")
        )
        plotter.installEventFilter(self)
        QWidget.setTabOrder(self.view_buttons["fit"], plotter)  # not last in the window
        self._host_layout.addWidget(plotter)
        self.view_created.emit()
        if self._result is not None:
            self._draw(self._result, reset_camera=True)
        return True

    def _new_plotter(self) -> Any:
        """VTK's own native window on X11 (no Qt compositing per frame, see ``native_view``),
        pyvistaqt's ``QtInteractor`` elsewhere."""
        from configurator.ui.native_view import NativePlotter, native_view_supported

        if native_view_supported():
            try:
                return NativePlotter(self.view_host)
            except Exception:  # e.g. no GLX visual for a native window: Qt's way still may work
                for half_made in self.view_host.findChildren(NativePlotter):
                    half_made.hide()
                    half_made.deleteLater()
        from pyvistaqt import QtInteractor

        return QtInteractor(self.view_host, auto_update=False)

    @property
    def native_view(self) -> bool:
        """True if the view draws into a native window of its own (see ``native_view``)."""
        return self.plotter is not None and not hasattr(self.plotter, "frameSwapped")

    # ---------------------------------------------------------------- showing
    @property
    def result(self) -> BuildResult | None:
        return self._result

    def show_result(self, result: BuildResult) -> None:
        first_of_template = result.template_id != self._shown_template
        self._result = result
        self._shown_template = result.template_id
        if first_of_template and self.measure_points:  # another product: its points mean nothing
            self.measure_points, self.measure_text = [], ""
            if self.plotter is not None:
                self._draw_measurement()
        size = overall_size(result)
        shown = format_size(size)
        self.dimensions.set_texts(self.tr("Overall size: {format_size}").format(format_size=shown), shown)
        # a large size change re-fits the camera (keeping the direction) unless asked not to
        self.refitted = first_of_template or (not self.keep_camera and needs_refit(self._fitted_size, size))
        if self.refitted:
            self._fitted_size = size
        if self.plotter is not None:  # it emits scene_shown once shown
            self._draw(result, reset_camera=first_of_template, refit=self.refitted)
        elif self.view_error:
            self.scene_shown.emit(result)  # no 3D view here: the size is all there is to show
        # else the view is still being created: it draws the result (and reports it) then

    def show_stress(self, report: Any) -> None:
        """Colour each loaded part (its first copy) by the von Mises stress of its load case.

        The stress mesh is the FE mesh's surface, in the part's manufacturing frame; it is put
        where the part's first copy stands. The next build of the design removes it."""
        if self.plotter is None or self._result is None:
            return
        import numpy as np
        import pyvista as pv

        for name in [n for n in self._actors if n.startswith("stress:")]:
            self._remove_actor(name)
        for case, data in getattr(report, "stress_maps", {}).items():
            part = next((p for p in self._result.parts if p.name == data["part"]), None)
            if part is None:
                continue
            faces = np.hstack([np.full((len(data["faces"]), 1), 3), data["faces"]]).ravel()
            mesh = pv.PolyData(np.asarray(data["points"], dtype=float), faces)
            mesh.point_data["von Mises (MPa)"] = np.asarray(data["von_mises"], dtype=float)
            matrix = part.placements[0] if part.placements else np.eye(4)
            if self.section_axis is not None:
                mesh = self._sectioned(mesh, matrix, self._result, cap=False)  # keeps the stress
            for key in [k for k in self._actors if k.startswith(f"part:{part.name}") and ":edges" not in k]:
                self._actors[key].visibility = False
            name = f"stress:{case}"
            actor = self.plotter.add_mesh(
                mesh,
                scalars=self.tr("von Mises (MPa)"),
                cmap="turbo",
                name=name,
                reset_camera=False,
                render=False,
                scalar_bar_args={"title": self.tr("von Mises (MPa)")},
            )
            actor.user_matrix = matrix
            self._actors[name] = actor
        self.plotter.render()

    def clear(self) -> None:
        self._result = None
        self._shown_template = None
        self._fitted_size = None
        self.dimensions.set_texts("", "")
        self.measure_points = []
        self.measure_text = ""
        if self.plotter is not None:
            for name in list(self._actors):
                self._remove_actor(name)
            for mark in list(self._marks):
                self._remove_mark(mark)
            self.plotter.render()

    def _draw(self, result: BuildResult, *, reset_camera: bool, refit: bool = False) -> None:
        import pyvista as pv

        from configurator.ui.scene import feature_edges, scene_parts

        names: set[str] = set()
        for stale_stress in [n for n in self._actors if n.startswith("stress:")]:
            self._remove_actor(stale_stress)
        if hasattr(self.plotter, "scalar_bars"):
            with contextlib.suppress(Exception):
                self.plotter.remove_scalar_bar()
        for part in scene_parts(result):
            if part.mesh.n_points == 0:
                continue
            for key, matrix in zip(part.copy_keys(), part.placements, strict=True):
                name = f"part:{key}"
                mesh, edges = part.mesh, part.edges
                if self.section_axis is not None:  # each copy is cut where it stands
                    mesh = self._sectioned(part.mesh, matrix, result)
                    edges = feature_edges(mesh)
                    if part.engraving.n_points:  # the engraving's lines, cut the same way
                        lines = self._sectioned(part.engraving, matrix, result, cap=False)
                        edges = pv.merge([edges, lines]) if edges.n_points and lines.n_points else edges
                        edges = edges if edges.n_points else lines
                self._update_actor(name, mesh, matrix, part.color, edges=False)
                self._actors[name].visibility = True
                names.add(name)
                if edges.n_points:
                    self._update_actor(f"{name}:edges", edges, matrix, theme.current().edge, edges=True)
                    names.add(f"{name}:edges")
        for stale in set(self._actors) - names:
            self._remove_actor(stale)
        self._draw_dimensions(result)
        if reset_camera:
            self.set_view("iso", render=False)
        elif refit:
            self.fit(render=False)
        self._refine_timer.stop()
        if result.quality != Quality.FINE:
            self._set_drag_quality(True)
        elif self._at_drag_quality():
            self._refine_timer.start()  # the fine mesh now, its anti-aliasing once idle
        self._present(result)

    def _frames_observed(self) -> bool:
        """True if the view is a visible OpenGL widget whose frames we see being swapped (a
        native view has its frame on screen when ``render()`` returns)."""
        if self.native_view:
            return False
        context = self.plotter.context()
        return bool(self.plotter.isVisible() and context is not None and context.isValid())

    def _present(self, result: BuildResult | None) -> None:
        """Draw the scene once and report ``result`` (if any) as shown when it is on screen.

        The view's widget renders the scene whenever Qt repaints it, so rendering here as well
        would draw every frame twice: ask for a repaint and report on ``frameSwapped`` instead.
        Without such a widget (e.g. Qt's offscreen platform, or the view hidden) render now.
        """
        if self._frames_observed():
            if result is not None:
                self._awaiting_frame = result
            self.plotter.update()
            return
        self.plotter.render()
        if self._software_gl is None:
            self._detect_software_gl()
        if result is not None:
            self.scene_shown.emit(result)
        elif self._refining:
            self._refining = False
            self.frame_refined.emit()

    def _on_frame_swapped(self) -> None:
        if self._software_gl is None:
            self._detect_software_gl()
        result, self._awaiting_frame = self._awaiting_frame, None
        if result is not None:
            self.scene_shown.emit(result)
        if self._refining:
            self._refining = False
            self.frame_refined.emit()

    def _update_actor(self, name: str, mesh: Any, matrix: Any, color: str, *, edges: bool) -> None:
        actor = self._actors.get(name)
        if actor is None:
            if edges:
                actor = self.plotter.add_mesh(
                    mesh,
                    color=color,
                    line_width=1,
                    name=name,
                    reset_camera=False,
                    render=False,
                    pickable=False,
                )
            else:
                actor = self.plotter.add_mesh(
                    mesh,
                    color=color,
                    name=name,
                    smooth_shading=False,
                    specular=0.15,
                    ambient=0.15,
                    diffuse=0.85,
                    reset_camera=False,
                    render=False,
                )
            self._actors[name] = actor
            self._actor_colors[name] = color
        else:
            actor.mapper.SetInputData(mesh)  # the same actor, the new mesh
            if self._actor_colors.get(name) != color:
                actor.prop.color = color
                self._actor_colors[name] = color
        actor.user_matrix = matrix

    def _remove_actor(self, name: str) -> None:
        actor = self._actors.pop(name, None)
        self._actor_colors.pop(name, None)
        if actor is not None:
            self.plotter.remove_actor(actor, render=False)

    def _detect_software_gl(self) -> None:
        window = self.plotter.ren_win
        self._full_samples = int(window.GetMultiSamples())
        # Only ask OpenGL with a context of our own: without one (e.g. Qt's offscreen platform,
        # where nothing is drawn) asking for the capabilities crashes inside VTK.
        if window.GetInitialized():
            window.MakeCurrent()
        if not (window.GetInitialized() and window.IsCurrent()):
            self._software_gl = False  # unknown: keep full quality
            return
        try:
            report = str(window.ReportCapabilities()).lower()
        except Exception:  # capabilities unknown: keep full quality
            report = ""
        self._software_gl = any(name in report for name in SOFTWARE_RENDERERS)

    def _set_drag_quality(self, dragging: bool) -> None:
        """Without a GPU, render drag previews without multisampling (see the module doc)."""
        if not self._software_gl:
            return
        samples = 0 if dragging else self._full_samples
        window = self.plotter.ren_win
        if window.GetMultiSamples() != samples:
            window.SetMultiSamples(samples)

    def _at_drag_quality(self) -> bool:
        return bool(self._software_gl and self._full_samples and self.plotter.ren_win.GetMultiSamples() == 0)

    def _refine(self) -> None:
        """Render the still picture at full quality (after a drag, once the user pauses)."""
        if self.plotter is None or not self._at_drag_quality():
            return
        self._set_drag_quality(False)
        self._refining = True
        self._present(None)

    @property
    def software_gl(self) -> bool | None:
        """True if the view renders without a GPU (known after the first render)."""
        return self._software_gl

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
        return set(self._actors)

    def actor(self, name: str) -> Any:
        """The VTK actor drawing ``name`` (e.g. ``"part:body#0"``), or None."""
        return self._actors.get(name)

    # ------------------------------------------------------------ CAD tools
    def set_show_dimensions(self, on: bool) -> None:
        """View → Show dimensions: the overall width, depth and height drawn on the model."""
        self.show_dimensions = on
        if self.plotter is None:
            return
        self._draw_dimensions(self._result)
        self.plotter.render()

    def dimension_labels(self) -> list[str]:
        """The labels of the dimension lines on screen (none while they are off)."""
        return [line.label for line in self._dimension_lines] if "dims:lines" in self._marks else []

    def _draw_dimensions(self, result: BuildResult | None) -> None:
        for name in [n for n in self._marks if n.startswith("dims:")]:
            self._remove_mark(name)
        self._dimension_lines = []
        if not self.show_dimensions or result is None or not result.parts:
            return
        import numpy as np
        import pyvista as pv

        from configurator.ui.viewport_marks import dimension_lines

        self._dimension_lines = dimension_lines(result.assembled_bounds(), overall_size(result))
        segments = []
        for line in self._dimension_lines:
            segments += [(line.start, line.end), *line.extensions]
        lines = pv.merge([pv.Line(a, b) for a, b in segments])
        colours = theme.current()
        self._marks["dims:lines"] = self.plotter.add_mesh(
            lines,
            color=colours.dimension.text,
            line_width=2,
            pickable=False,
            reset_camera=False,
            render=False,
        )
        self._marks["dims:labels"] = self.plotter.add_point_labels(
            np.array([line.anchor for line in self._dimension_lines]),
            [line.label for line in self._dimension_lines],
            font_size=14,
            text_color=colours.dimension.text,
            shape_color=colours.dimension.background,
            shape_opacity=0.8,
            show_points=False,
            always_visible=True,
            pickable=False,
            reset_camera=False,
            render=False,
        )

    def set_section(self, axis: str | None) -> None:
        """View → Section: cut the parts through the product's centre normal to ``axis``
        (``"x"``, ``"y"``, ``"z"``), or show them whole (``None``). Later builds keep the cut."""
        from configurator.ui.viewport_marks import section_text

        self.section_axis = axis
        if self.plotter is not None and self._result is not None:
            self._draw(self._result, reset_camera=False)
        self.viewport_message.emit(section_text(axis))

    def _sectioned(self, mesh: Any, matrix: Any, result: BuildResult, *, cap: bool = True) -> Any:
        from configurator.ui.scene import section_mesh
        from configurator.ui.viewport_marks import plane_in_part_frame, section_plane

        assert self.section_axis is not None
        origin, normal = section_plane(result.assembled_bounds(), self.section_axis)
        return section_mesh(mesh, *plane_in_part_frame(matrix, origin, normal), cap=cap)

    def set_measuring(self, on: bool) -> None:
        """View → Measure: click two points on the model for the distance between them; turning
        it off (or Esc) clears the measurement."""
        self.measuring = on
        self.measure_points = []
        self.measure_text = ""
        if self.plotter is None:
            return
        # VTK's camera style swallows the button release, so it is heard on the style (as
        # pyvista's picking does); the observers are removed from where they were added
        for subject, observer in self._measure_observers:
            subject.RemoveObserver(observer)
        self._measure_observers = []
        if on:
            interactor, style = self.plotter.iren.interactor, self.plotter.iren.style
            self._measure_observers = [
                (interactor, interactor.AddObserver("LeftButtonPressEvent", self._on_press)),
                (style, style.AddObserver("LeftButtonReleaseEvent", self._on_release)),
            ]
            self.viewport_message.emit(self.tr("Measure: click two points on the model (Esc to stop)."))
        self._draw_measurement()
        self.plotter.render()

    def _event_position(self) -> tuple[int, int]:
        x, y = self.plotter.iren.interactor.GetEventPosition()
        return int(x), int(y)

    def _on_press(self, *_args: Any) -> None:
        self._press_position = self._event_position()

    def _on_release(self, *_args: Any) -> None:
        """A click (not a drag, which turns the camera) picks a point."""
        start, self._press_position = self._press_position, None
        x, y = self._event_position()
        if start is None or abs(start[0] - x) + abs(start[1] - y) > CLICK_SLOP_PX:
            return
        point = self.pick(x, y)
        if point is not None:
            self.add_measure_point(point)

    def pick(self, x: int, y: int) -> tuple[float, float, float] | None:
        """The point of the model's surface under display position (x, y), or None."""
        if self.plotter is None:
            return None
        import vtk

        picker = vtk.vtkCellPicker()
        picker.SetTolerance(PICK_TOLERANCE)
        if not picker.Pick(x, y, 0, self.plotter.renderer) or picker.GetCellId() < 0:
            return None
        px, py, pz = picker.GetPickPosition()
        return (float(px), float(py), float(pz))

    def add_measure_point(self, point: tuple[float, float, float]) -> None:
        """A picked point: the first or second end of the measurement (a third starts anew)."""
        from configurator.ui.viewport_marks import distance_text

        if len(self.measure_points) >= 2:
            self.measure_points = []
        self.measure_points.append(point)
        if len(self.measure_points) == 2:
            self.measure_text = distance_text(*self.measure_points)
            self.viewport_message.emit(self.tr("Distance: {distance}").format(distance=self.measure_text))
        else:
            self.measure_text = ""
            self.viewport_message.emit(self.tr("Measure: now click the second point."))
        if self.plotter is not None:
            self._draw_measurement()
            self.plotter.render()

    def _draw_measurement(self) -> None:
        for name in [n for n in self._marks if n.startswith("measure:")]:
            self._remove_mark(name)
        if not self.measure_points:
            return
        import numpy as np
        import pyvista as pv

        points = np.array(self.measure_points, dtype=float)
        colours = theme.current()
        # drawn over the model (a 2D overlay placed in world coordinates): a line between two
        # surface points often runs through the part, where a 3D line would be hidden
        marks = pv.PolyData(points)
        marks.verts = np.hstack([[1, i] for i in range(len(points))])
        if len(points) == 2:
            marks.lines = np.array([2, 0, 1])
        self._marks["measure:points"] = self.plotter.add_actor(
            _overlay_actor(marks, colours.measure.background),
            reset_camera=False,
            pickable=False,
            render=False,
        )[0]
        if len(points) == 2:
            self._marks["measure:label"] = self.plotter.add_point_labels(
                points.mean(axis=0, keepdims=True),
                [self.measure_text],
                font_size=14,
                text_color=colours.measure.text,
                shape_color=colours.measure.background,
                show_points=False,
                always_visible=True,
                pickable=False,
                reset_camera=False,
                render=False,
            )

    @property
    def mark_names(self) -> set[str]:
        """The drawn marks of the CAD tools (``dims:...``, ``measure:...``)."""
        return set(self._marks)

    def _remove_mark(self, name: str) -> None:
        actor = self._marks.pop(name, None)
        if actor is not None and self.plotter is not None:
            self.plotter.remove_actor(actor, render=False)

    def close_view(self) -> None:
        self._refine_timer.stop()
        self._awaiting_frame = None
        if self.plotter is not None:
            self._marks.clear()
            self._measure_observers = []
            self._actors.clear()
            self._actor_colors.clear()
            self.plotter.close()
            self.plotter = None

"""A PyVista plotter drawn straight into a native X11 child window (no Qt compositing).

pyvistaqt's ``QtInteractor`` is a ``QOpenGLWidget``: VTK renders into an offscreen framebuffer, the
frame is copied into the widget's framebuffer, and Qt then composites the *whole* top-level window
through OpenGL before it reaches the screen. With a GPU that costs about a millisecond; with a
software renderer (llvmpipe: virtual machines, remote desktops, Xvfb) the copy and the
window-sized composition cost more than drawing the scene, and they block the event loop on every
frame of a drag. Measured on the 2-core benchmark machine (``docs/performance.md``): a 656×882
view in a 1280×900 window takes 29 ms per frame through ``QtInteractor`` and 16 ms here.

:class:`NativePlotter` is VTK's own ``QVTKRenderWindowInteractor`` in its plain ``QWidget`` form (a
native child window that VTK renders and swaps itself) combined with PyVista's ``BasePlotter``, set
up the way ``QtInteractor`` sets itself up. It is used on X11 only (:func:`native_view_supported`);
everywhere else (Wayland, Qt's offscreen platform, other systems) the preview keeps
``QtInteractor``.
"""

from __future__ import annotations

import contextlib
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget
from pyvista import global_theme
from pyvista.plotting.plotter import BasePlotter
from pyvista.plotting.render_window_interactor import RenderWindowInteractor
from vtkmodules.qt import QVTKRenderWindowInteractor as _vtk_qt

vtk_qt: Any = _vtk_qt  # untyped; its widget class is a QWidget
NATIVE_PLATFORMS = ("xcb",)


def native_view_supported() -> bool:
    """True where a native child window can host VTK's own OpenGL window (X11)."""
    return vtk_qt.QVTKRWIBase == "QWidget" and QGuiApplication.platformName() in NATIVE_PLATFORMS


@contextlib.contextmanager
def _without_base_plotter_init() -> Any:
    """Qt's constructor continues the cooperative ``__init__`` chain into ``BasePlotter`` with no
    arguments; skip that call (``BasePlotter`` is initialised explicitly afterwards)."""
    original = BasePlotter.__init__
    BasePlotter.__init__ = lambda *args, **kwargs: None  # type: ignore[method-assign]
    try:
        yield
    finally:
        BasePlotter.__init__ = original  # type: ignore[method-assign]


class NativePlotter(vtk_qt.QVTKRenderWindowInteractor, BasePlotter):  # type: ignore[misc]
    """PyVista's plotting API on a native VTK window; ``render()`` draws and swaps at once."""

    frame_rendered = Signal()  # a frame is on screen (``render()`` draws and swaps)
    # VTK's widget forwards unknown attributes to ``self._Iren``; defined here, a widget whose
    # set-up failed half-way raises AttributeError instead of recursing.
    _Iren: Any = None
    _initialized = False  # read by BasePlotter.__del__, set by BasePlotter.__init__

    def __init__(self, parent: QWidget | None = None) -> None:
        with _without_base_plotter_init():
            vtk_qt.QVTKRenderWindowInteractor.__init__(self, parent)
        BasePlotter.__init__(self)
        self.ren_win = self.GetRenderWindow()
        self.ren_win.SetMultiSamples(global_theme.multi_samples)
        for renderer in self.renderers:
            renderer.view_isometric()
            self.ren_win.AddRenderer(renderer)
        iren: Any = RenderWindowInteractor(self, interactor=self.ren_win.GetInteractor())
        iren.interactor.RemoveObservers("MouseMoveEvent")  # as QtInteractor does
        iren.initialize()
        self.iren = iren
        plotter: Any = self  # pyvista's decorated methods are untyped
        plotter.enable_trackball_style()
        self._first_time = False  # BasePlotter: this plotter renders on its own from now on
        self._closed = False

    def winId(self) -> Any:  # VTK's constructor asks for the window id to render into
        """Only this widget gets a native window. By default Qt also makes every ancestor and their
        visible children native (the splitter, the side tabs, the message banner: 25 windows); the
        X server then copies their pixels along when the layout moves them on first show, which
        flashed a second "Eco | Make it" tab bar and toolbar over the window for about half a second."""
        self.setAttribute(Qt.WidgetAttribute.WA_DontCreateNativeAncestors)
        return super().winId()

    def render(self) -> None:
        """Draw the scene and put it on screen (VTK swaps the native window's buffers)."""
        if self._closed or not self.isVisible():
            return
        self._rendered = True
        BasePlotter.render(self)
        self.frame_rendered.emit()

    def paintEvent(self, event: Any) -> None:  # Qt calls it on expose and update()
        if not self._closed:
            self.render()

    def close(self) -> None:
        """Release VTK's window, then the widget (QtInteractor's order)."""
        if self._closed:
            return
        BasePlotter.close(self)
        self._closed = True
        QWidget.close(self)
        self._RenderWindow = None

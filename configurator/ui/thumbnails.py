"""Gallery thumbnails: each template's default variant, built by the build service and rendered
off-screen once, then kept as a PNG keyed by the template's id and fingerprint.

Builds run on a background thread through the shared service (one template at a time, so the
user's own builds are never queued behind more than one of them). Rendering needs an OpenGL
context, so it happens on the GUI thread and only where Qt has a real display; elsewhere the
gallery shows its text placeholder.
"""

from __future__ import annotations

import contextlib
import hashlib
import threading
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QGuiApplication, QPixmap

from configurator.core.errors import FabwiseError
from configurator.core.registry import TemplateEntry
from configurator.core.resources import user_data_dir
from configurator.core.results import BuildResult
from configurator.core.service import BuildService

THUMB_SIZE = (480, 280)
NO_DISPLAY_PLATFORMS = ("offscreen", "minimal", "vnc")


def rendering_possible() -> bool:
    return QGuiApplication.platformName() not in NO_DISPLAY_PLATFORMS


def thumbnail_path(folder: Path, entry: TemplateEntry) -> Path:
    key = hashlib.sha256(f"{entry.ref.id}\0{entry.ref.fingerprint}".encode()).hexdigest()[:16]
    return folder / f"{entry.ref.id}-{key}.png"


def render_thumbnail(result: BuildResult, path: Path) -> None:
    """Draw ``result`` like the preview does (material colours, iso view) into ``path``."""
    import pyvista as pv

    from configurator.ui.preview import BACKGROUND_BOTTOM, BACKGROUND_TOP, EDGE_COLOR
    from configurator.ui.scene import scene_items

    plotter: Any = pv.Plotter(off_screen=True, window_size=list(THUMB_SIZE))
    try:
        plotter.set_background(BACKGROUND_BOTTOM, top=BACKGROUND_TOP)
        for item in scene_items(result):
            if item.mesh.n_points == 0:
                continue
            plotter.add_mesh(item.mesh, color=item.color, smooth_shading=False, specular=0.15,
                             ambient=0.15, diffuse=0.85)
            edges = item.mesh.extract_feature_edges(35.0, boundary_edges=True,
                                                    non_manifold_edges=False,
                                                    manifold_edges=False)
            if edges.n_points:
                plotter.add_mesh(edges, color=EDGE_COLOR, line_width=1)
        plotter.view_isometric()
        plotter.reset_camera()
        path.parent.mkdir(parents=True, exist_ok=True)
        temp = path.with_suffix(".tmp.png")
        plotter.screenshot(str(temp))
        temp.replace(path)
    finally:
        plotter.close()


class ThumbnailService(QObject):
    thumbnail_ready = Signal(str, QPixmap)  # template id, image
    finished = Signal()
    _built = Signal(object, object)  # TemplateEntry, BuildResult or None

    def __init__(self, service: BuildService, folder: Path | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.folder = folder or user_data_dir() / "thumbnails"
        self.enabled = rendering_possible()
        self.failures: dict[str, str] = {}
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._pending = 0
        self._built.connect(self._on_built)

    def load(self, entries: Iterable[TemplateEntry]) -> list[TemplateEntry]:
        """Show cached thumbnails now; return the entries that still need one."""
        missing = []
        for entry in entries:
            path = thumbnail_path(self.folder, entry)
            pixmap = QPixmap(str(path)) if path.exists() else QPixmap()
            if not pixmap.isNull():
                self.thumbnail_ready.emit(entry.ref.id, pixmap)
            else:
                missing.append(entry)
        return missing

    def start(self, entries: Iterable[TemplateEntry]) -> None:
        missing = self.load(entries)
        if not self.enabled or not missing:
            self.finished.emit()
            return
        self._pending = len(missing)
        service, stop = self.service, self._stop

        def work() -> None:
            for entry in missing:
                if stop.is_set():
                    return
                try:
                    result = service.build(service.request(entry.ref.id, quality="coarse"))
                except FabwiseError as exc:
                    self.failures[entry.ref.id] = exc.message
                    result = None
                with contextlib.suppress(RuntimeError):  # the window closed meanwhile
                    self._built.emit(entry, result)

        self._thread = threading.Thread(target=work, name="fabwise-thumbnails", daemon=True)
        self._thread.start()

    def _on_built(self, entry: TemplateEntry, result: Any) -> None:
        self._pending -= 1
        if result is not None:
            path = thumbnail_path(self.folder, entry)
            try:
                render_thumbnail(result, path)
            except Exception as exc:  # a thumbnail is decoration: never stop the app for one
                self.failures[entry.ref.id] = f"{type(exc).__name__}: {exc}"
            else:
                self.thumbnail_ready.emit(entry.ref.id, QPixmap(str(path)))
        if self._pending <= 0:
            self.finished.emit()

    def stop(self, timeout: float = 10.0) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout)

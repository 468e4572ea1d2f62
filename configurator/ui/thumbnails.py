"""Gallery thumbnails: each template's default variant, built by the build service and drawn
once, then kept as a PNG keyed by the template's id and fingerprint. Built-in templates ship theirs
in ``resources/thumbnails``.

Everything happens on a background thread: the build goes through the shared service (one template
at a time, so the user's own builds never wait behind more than one), and the picture is drawn by
the export package's software renderer (NumPy + Pillow). A second OpenGL context in the GUI process
next to the 3D view crashes VTK under X, so no off-screen VTK here.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import threading
from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QPixmap

from configurator.core.registry import TemplateEntry
from configurator.core.service import BuildService
from configurator.sdk.errors import FabwiseError
from configurator.sdk.resources import resources_dir, user_data_dir
from configurator.sdk.results import BuildResult

# Built-in templates ship their pictures (tools/render_thumbnails.py makes them), so a first start
# shows a full gallery at once; others are drawn on first use and cached in the user data folder.
SHIPPED_THUMBNAILS = resources_dir() / "thumbnails"


def thumbnail_path(folder: Path, entry: TemplateEntry) -> Path:
    key = hashlib.sha256(f"{entry.ref.id}\0{entry.ref.fingerprint}".encode()).hexdigest()[:16]
    return folder / f"{entry.ref.id}-{key}.png"


def render_thumbnail(result: BuildResult, path: Path) -> None:
    """Draw ``result`` (placed copies, material colours) into ``path``, atomically."""
    from configurator.core.export.preview import placed_meshes, render_software
    from configurator.ui.scene_colors import material_color

    meshes = []
    for part in result.parts:
        meshes.extend(placed_meshes(part.vertices, part.faces, part.placements,
                                    material_color(part.material)))
    png = render_software(meshes)
    path.parent.mkdir(parents=True, exist_ok=True)
    temp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    temp.write_bytes(png)
    temp.replace(path)


class ThumbnailService(QObject):
    thumbnail_ready = Signal(str, QPixmap)  # template id, image
    finished = Signal()
    _drawn = Signal(object)  # (template id, PNG path or None)

    def __init__(self, service: BuildService, folder: Path | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.folder = folder or user_data_dir() / "thumbnails"
        self.enabled = not os.environ.get("FABWISE_NO_THUMBNAILS")
        self.failures: dict[str, str] = {}
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._pending = 0
        self._drawn.connect(self._on_drawn)

    def load(self, entries: Iterable[TemplateEntry]) -> list[TemplateEntry]:
        """Show shipped or cached thumbnails now; return the entries that still need one."""
        missing = []
        for entry in entries:
            shipped = thumbnail_path(SHIPPED_THUMBNAILS, entry)
            path = shipped if shipped.exists() else thumbnail_path(self.folder, entry)
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
        service, stop, folder = self.service, self._stop, self.folder

        def work() -> None:
            for entry in missing:
                if stop.is_set():
                    return
                path: Path | None = thumbnail_path(folder, entry)
                try:
                    result = service.build(service.request(entry.ref.id, quality="coarse"))
                    assert path is not None
                    render_thumbnail(result, path)
                except FabwiseError as exc:
                    self.failures[entry.ref.id] = exc.message
                    path = None
                except Exception as exc:  # a thumbnail is decoration: never stop the app
                    self.failures[entry.ref.id] = f"{type(exc).__name__}: {exc}"
                    path = None
                with contextlib.suppress(RuntimeError):  # the window closed meanwhile
                    self._drawn.emit((entry.ref.id, path))

        self._thread = threading.Thread(target=work, name="fabwise-thumbnails", daemon=True)
        self._thread.start()

    def _on_drawn(self, drawn: tuple[str, Path | None]) -> None:
        template_id, path = drawn
        self._pending -= 1
        if path is not None:
            self.thumbnail_ready.emit(template_id, QPixmap(str(path)))
        if self._pending <= 0:
            self.finished.emit()

    def stop(self, timeout: float = 10.0) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout)

"""Gallery thumbnails: each template's default variant, built by the build service and drawn
once, then kept as a PNG keyed by the template's id and fingerprint. Built-in templates ship theirs
in ``resources/thumbnails``.

Everything happens on a background thread (the app's task helper; a newer gallery supersedes an
older one's drawing): the build goes through the shared service (one template
at a time, so the user's own builds never wait behind more than one), and the picture is drawn by
the export package's software renderer (NumPy + Pillow). A second OpenGL context in the GUI process
next to the 3D view crashes VTK under X, so no off-screen VTK here.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QPixmap

from configurator.core.atomic import write_atomic
from configurator.core.registry import TemplateEntry
from configurator.core.service import BuildService
from configurator.core.tasks import Task, TaskOutcome
from configurator.sdk.errors import FabwiseError
from configurator.sdk.resources import resources_dir, user_data_dir
from configurator.sdk.results import BuildResult, Quality
from configurator.ui.tasks import TaskBridge

# Built-in templates ship their pictures (tools/render_thumbnails.py makes them), so a first start
# shows a full gallery at once; others are drawn on first use and cached in the user data folder.
SHIPPED_THUMBNAILS = resources_dir() / "thumbnails"


# Part of every picture's key: raise it when pictures are drawn differently, so cached ones are
# drawn again (2: a clear background instead of white, for the dark gallery).
THUMBNAIL_STYLE = 2


def thumbnail_path(folder: Path, entry: TemplateEntry) -> Path:
    identity = f"{entry.ref.id}\0{entry.ref.fingerprint}\0{THUMBNAIL_STYLE}"
    key = hashlib.sha256(identity.encode()).hexdigest()[:16]
    return folder / f"{entry.ref.id}-{key}.png"


def render_thumbnail(result: BuildResult, path: Path) -> None:
    """Draw ``result`` (placed copies, material colours) into ``path``, atomically, on a clear
    background (a white one showed as a white tile on the dark gallery)."""
    from configurator.core.export.preview import placed_meshes, render_software
    from configurator.ui.scene_colors import material_color

    meshes = []
    for part in result.parts:
        meshes.extend(
            placed_meshes(part.vertices, part.faces, part.placements, material_color(part.material))
        )
    png = render_software(meshes, transparent=True)
    write_atomic(path, png, make_folder=True)


class ThumbnailService(QObject):
    thumbnail_ready = Signal(str, QPixmap)  # template id, image
    finished = Signal()

    def __init__(
        self, service: BuildService, folder: Path | None = None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.folder = folder or user_data_dir() / "thumbnails"
        self.enabled = not os.environ.get("FABWISE_NO_THUMBNAILS")
        self.failures: dict[str, str] = {}
        self._tasks = TaskBridge("fabwise-thumbnails", self)
        self._tasks.finished.connect(self._on_done)
        self._stopped = False

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
        if not self.enabled or not missing or self._stopped:
            self.finished.emit()
            return
        service, folder = self.service, self.folder

        def work(task: Task) -> None:
            for entry in missing:
                task.check()  # the window closed, or a newer gallery took over
                path: Path | None = thumbnail_path(folder, entry)
                try:
                    result = service.build(service.request(entry.ref.id, quality=Quality.COARSE))
                    assert path is not None
                    render_thumbnail(result, path)
                except FabwiseError as exc:
                    self.failures[entry.ref.id] = exc.message
                    path = None
                except Exception as exc:  # a thumbnail is decoration: never stop the app
                    self.failures[entry.ref.id] = f"{type(exc).__name__}: {exc}"
                    path = None
                task.report((entry.ref.id, path))

        self._tasks.submit("draw", work)

    def _on_done(self, outcome: TaskOutcome) -> None:
        if not outcome.progress:
            self.finished.emit()  # every missing thumbnail drawn or failed (see ``failures``)
            return
        template_id, path = outcome.value
        if path is not None:
            self.thumbnail_ready.emit(template_id, QPixmap(str(path)))

    def stop(self, timeout: float = 10.0) -> None:
        """Stop drawing (after the thumbnail in progress) and wait for the thread."""
        self._stopped = True
        self._tasks.shutdown(timeout)

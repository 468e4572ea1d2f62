"""Designs for the window: the core design model and files, plus the file-based library the
window still uses (to be replaced by :class:`configurator.core.designs.DesignStore`). No Qt here."""

from __future__ import annotations

from pathlib import Path

from configurator.core.designs import (
    AUTOSAVE_NAME,
    FORMAT,
    FORMAT_VERSION,
    SUFFIX,
    Design,
    autosave_path,
    design_from_json,
    fit_to_template,
    read_design,
    slug,
    write_design,
)
from configurator.core.errors import FabwiseError
from configurator.core.resources import user_data_dir

__all__ = [
    "AUTOSAVE_NAME", "FORMAT", "FORMAT_VERSION", "SUFFIX", "Design", "DesignLibrary",
    "autosave_path", "design_from_json", "fit_to_template", "read_design", "slug", "write_design",
]


class DesignLibrary:
    """The user's saved designs: one ``.fabwise`` file each in the data folder."""

    def __init__(self, folder: Path | None = None) -> None:
        self.folder = folder or user_data_dir() / "designs"

    def path_for(self, name: str) -> Path:
        return self.folder / f"{slug(name)}{SUFFIX}"

    def save(self, design: Design) -> Path:
        return write_design(self.path_for(design.name or design.template_id), design)

    def designs(self) -> list[tuple[Path, Design]]:
        """Readable saved designs, newest first (damaged files are skipped)."""
        found = []
        if not self.folder.is_dir():
            return []
        for path in sorted(self.folder.glob(f"*{SUFFIX}"), key=lambda p: p.stat().st_mtime,
                           reverse=True):
            try:
                found.append((path, read_design(path)))
            except FabwiseError:
                continue
        return found

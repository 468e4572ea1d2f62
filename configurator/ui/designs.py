"""Saved designs: the small ``.fabwise`` JSON file, the user's design library, and the autosave.

A design is a template id and version, the parameter values, and where it is to be made. Files are
written atomically (temporary file, then ``os.replace``), so a crash never leaves half a design.
No Qt here.
"""

from __future__ import annotations

import json
import os
import re
import tempfile
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from configurator.core.errors import FabwiseError
from configurator.core.resources import user_data_dir

FORMAT = "fabwise-design"
FORMAT_VERSION = 1
SUFFIX = ".fabwise"
AUTOSAVE_NAME = "autosave.fabwise"


@dataclass(frozen=True)
class Design:
    template_id: str
    template_version: str
    params: dict[str, Any]
    name: str = ""
    facility_id: str | None = None
    place: str = ""
    saved_utc: str = ""
    notes: tuple[str, ...] = field(default=(), compare=False)

    def to_json(self) -> dict[str, Any]:
        return {
            "format": FORMAT,
            "format_version": FORMAT_VERSION,
            "name": self.name,
            "saved_utc": self.saved_utc or _now(),
            "template": {"id": self.template_id, "version": self.template_version},
            "params": self.params,
            "facility": self.facility_id,
            "place": self.place,
        }


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def design_from_json(data: Any, where: str) -> Design:
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise FabwiseError(f"{where} is not a Fabwise design file",
                           hint="open a .fabwise file saved by Fabwise")
    version = data.get("format_version")
    if not isinstance(version, int) or version > FORMAT_VERSION:
        raise FabwiseError(f"{where} was written by a newer Fabwise (format {version})",
                           hint="update Fabwise to open it")
    template = data.get("template")
    params = data.get("params")
    if not isinstance(template, dict) or not isinstance(template.get("id"), str):
        raise FabwiseError(f"{where} names no template")
    if not isinstance(params, dict):
        raise FabwiseError(f"{where} has no parameter values")
    facility = data.get("facility")
    return Design(
        template_id=template["id"],
        template_version=str(template.get("version", "")),
        params=dict(params),
        name=str(data.get("name", "")),
        facility_id=facility if isinstance(facility, str) else None,
        place=str(data.get("place", "") or ""),
        saved_utc=str(data.get("saved_utc", "")),
    )


def write_design(path: Path, design: Design) -> Path:
    """Write ``design`` to ``path`` atomically; returns the path written."""
    path = Path(path).expanduser()
    if path.suffix != SUFFIX:
        path = path.with_suffix(SUFFIX)
    path.parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps(design.to_json(), indent=2, ensure_ascii=False, allow_nan=False) + "\n"
    handle, temp = tempfile.mkstemp(prefix=f".{path.stem}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            out.write(text)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
    return path


def read_design(path: Path) -> Design:
    path = Path(path).expanduser()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise FabwiseError(f"{path} does not exist") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise FabwiseError(f"{path} cannot be read: {exc}") from None
    except json.JSONDecodeError as exc:
        raise FabwiseError(f"{path} is damaged (not valid JSON: line {exc.lineno})") from None
    return design_from_json(data, path.name)


def fit_to_template(design: Design, schema: Any, version: str) -> tuple[dict[str, Any], list[str]]:
    """The design's values for the installed template, and notes on what did not carry over."""
    notes = []
    if design.template_version and design.template_version != version:
        notes.append(f"saved with template version {design.template_version}; "
                     f"version {version} is installed")
    values = {}
    for name, value in design.params.items():
        if name in schema:
            values[name] = value
        else:
            notes.append(f"'{name}' is no longer a parameter of this template: ignored")
    return values, notes


def slug(name: str) -> str:
    text = re.sub(r"[^A-Za-z0-9]+", "-", name).strip("-").lower()
    return text[:60] or "design"


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


def autosave_path() -> Path:
    return user_data_dir() / AUTOSAVE_NAME

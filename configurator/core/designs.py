"""Saved designs: the app database's design library, the small ``.fabwise`` file, and the autosave.

A design is a template id and version, the parameter values, and where it is to be made. The
library lives in the app database (:class:`DesignStore`); a design can also be written to or read
from a ``.fabwise`` JSON file to share it. Files are written atomically (temporary file, then
``os.replace``), so a crash never leaves half a design.
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

from configurator.core.storage import open_database
from configurator.sdk.errors import FabwiseError
from configurator.sdk.resources import user_data_dir

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


def autosave_path() -> Path:
    return user_data_dir() / AUTOSAVE_NAME


class DesignStore:
    """The user's saved designs, in the app database. Names are unique: saving under an existing
    name replaces that design."""

    def __init__(self, path: Path | None = None) -> None:
        opened = open_database(path)
        self.db = opened.db
        self.path = opened.path
        self.warnings = opened.warnings

    def save(self, design: Design) -> str:
        name = design.name.strip() or design.template_id
        design_id = slug(name)
        self.db.table("designs").upsert(
            {
                "id": design_id,
                "name": name,
                "template_id": design.template_id,
                "template_version": design.template_version,
                "params": json.dumps(design.params, sort_keys=True, allow_nan=False),
                "facility_id": design.facility_id,
                "place": design.place,
                "saved_utc": _now(),
            },
            pk="id",
        )
        return design_id

    def get(self, design_id: str) -> Design:
        rows = list(self.db.table("designs").rows_where("id = ?", [design_id]))
        if not rows:
            raise FabwiseError(f"no saved design '{design_id}'",
                               hint="see the list of saved designs")
        return self._design(rows[0])

    def designs(self) -> list[tuple[str, Design]]:
        """(id, design) pairs, most recently saved first."""
        rows = self.db.table("designs").rows_where(order_by="saved_utc desc, name")
        return [(row["id"], self._design(row)) for row in rows]

    def delete(self, design_id: str) -> bool:
        table = self.db.table("designs")
        if not list(table.rows_where("id = ?", [design_id])):
            return False
        table.delete(design_id)
        return True

    def close(self) -> None:
        self.db.close()

    @staticmethod
    def _design(row: dict[str, Any]) -> Design:
        return Design(
            template_id=row["template_id"],
            template_version=row["template_version"],
            params=json.loads(row["params"]),
            name=row["name"],
            facility_id=row["facility_id"],
            place=row["place"] or "",
            saved_utc=row["saved_utc"],
        )

"""Saved designs: the app database's design library, the small ``.fabwise`` file, and the autosave.

A design is a template id and version, the parameter values, and where it is to be made. The
library lives in the app database (:class:`DesignStore`); a design can also be written to or read
from a ``.fabwise`` JSON file to share it. Files are written atomically
(:mod:`configurator.core.atomic`), so a crash never leaves half a design.
"""

from __future__ import annotations

import json
import re
import unicodedata
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from configurator.core.atomic import write_atomic
from configurator.core.storage import open_database
from configurator.core.storage.problems import explained
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
        raise FabwiseError(
            f"{where} is not a Fabwise design file", hint="open a .fabwise file saved by Fabwise"
        )
    version = data.get("format_version")
    if not isinstance(version, int) or version > FORMAT_VERSION:
        raise FabwiseError(
            f"{where} was written by a newer Fabwise (format {version})", hint="update Fabwise to open it"
        )
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
    text = json.dumps(design.to_json(), indent=2, ensure_ascii=False, allow_nan=False) + "\n"
    write_atomic(path, text, make_folder=True)
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
    except RecursionError:
        raise FabwiseError(
            f"{path} is not a Fabwise design: its JSON is nested too deeply",
            hint="open a .fabwise file saved by Fabwise",
        ) from None
    return design_from_json(data, path.name)


def fit_to_template(design: Design, schema: Any, version: str) -> tuple[dict[str, Any], list[str]]:
    """The design's values for the installed template, and notes on what did not carry over."""
    notes = []
    if design.template_version and design.template_version != version:
        notes.append(f"saved with template version {design.template_version}; version {version} is installed")
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


def design_name(name: str) -> str:
    """The name a design is saved under: trimmed, Unicode NFC (so "é" typed two ways is one
    name). Names in any script are kept as typed; case matters ("My box" and "my box" are two)."""
    return unicodedata.normalize("NFC", name.strip())


class DesignStore:
    """The user's saved designs, in the app database.

    A design's identity is its id, independent of its name: the id is chosen once, when the
    design is first saved (a readable slug of the name when that is free, else the slug plus a
    random suffix), and never changes. Names are unique exactly as typed (any script; case
    matters): saving a new design under the exact name of another replaces that one, which the
    app confirms first (:meth:`find` says whether such a design exists)."""

    def __init__(self, path: Path | None = None) -> None:
        opened = open_database(path)
        self.db = opened.db
        self.path = opened.path
        self.warnings = opened.warnings

    def find(self, name: str) -> str | None:
        """The id of the design saved under exactly ``name``, or None."""
        with explained(self.path):
            row = self.db.execute("SELECT id FROM designs WHERE name = ?", [design_name(name)]).fetchone()
        return str(row[0]) if row else None

    def _new_id(self, name: str) -> str:
        base = slug(name)
        taken = self.db.execute("SELECT 1 FROM designs WHERE id = ?", [base]).fetchone()
        if base != "design" and not taken:
            return base
        return f"{base}-{uuid.uuid4().hex[:8]}"

    def save(self, design: Design, design_id: str | None = None) -> str:
        """Save ``design``; returns its id.

        ``design_id``: the saved design being edited (it keeps its id, even when renamed). A
        different design saved under exactly the same name is replaced (ask the user first)."""
        name = design_name(design.name) or design.template_id
        with explained(self.path), self.db.conn:
            same_name = self.find(name)
            if design_id is None:
                design_id = same_name or self._new_id(name)
            elif same_name is not None and same_name != design_id:
                self.db.execute("DELETE FROM designs WHERE id = ?", [same_name])
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
            raise FabwiseError(f"no saved design '{design_id}'", hint="see the list of saved designs")
        return self._design(rows[0])

    def designs(self) -> list[tuple[str, Design]]:
        """(id, design) pairs, most recently saved first."""
        rows = self.db.table("designs").rows_where(order_by="saved_utc desc, name")
        return [(row["id"], self._design(row)) for row in rows]

    def delete(self, design_id: str) -> bool:
        table = self.db.table("designs")
        with explained(self.path):
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

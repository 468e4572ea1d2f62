"""FacilityStore: the facilities table of the Fabwise database.

On open the store applies pending migrations (see :mod:`.migrations`) and, when the shipped seed
files changed (or on first run), re-seeds: new seed facilities are added, unchanged ones are
refreshed, and seed facilities the user edited or removed keep the user's version. Removing a
seed facility hides it (so re-seeding does not bring it back; :meth:`FacilityStore.restore`
does); removing the user's own facility deletes it.

Rows keep the whole facility as JSON in ``data`` plus a few columns for filtering (kind,
country, city, processes as `` fdm laser ``).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType
from typing import Any

from configurator.core.facilities.codec import check_facility, facility_from_dict, facility_to_dict
from configurator.core.facilities.gazetteer import normalize_name
from configurator.core.facilities.model import Facility
from configurator.core.facilities.seed import SeedData, default_seed_dir, load_seed, seed_fingerprint
from configurator.core.storage.database import open_database
from configurator.core.storage.migrations import MIGRATIONS, Migration
from configurator.sdk.errors import FabwiseError

_SEED_SETTING = "facilities.seed_fingerprint"


class FacilityNotFound(FabwiseError):
    """No facility with the requested id."""


@dataclass(frozen=True)
class RecordInfo:
    """Bookkeeping about a stored facility."""

    origin: str  # "seed" or "user"
    user_edited: bool
    removed: bool
    updated_at: str


@dataclass(frozen=True)
class ImportSummary:
    added: tuple[str, ...]
    updated: tuple[str, ...]


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _row(facility: Facility, origin: str, user_edited: bool, removed: bool) -> dict[str, Any]:
    return {
        "id": facility.id,
        "kind": facility.kind,
        "name": facility.name,
        "country": facility.location.country,
        "city": facility.location.city,
        "lat": facility.location.lat,
        "lon": facility.location.lon,
        "processes": " " + " ".join(facility.processes) + " " if facility.processes else "",
        "inventory_verified": int(facility.inventory_verified),
        "data": json.dumps(facility_to_dict(facility), ensure_ascii=False, separators=(",", ":")),
        "origin": origin,
        "user_edited": int(user_edited),
        "removed": int(removed),
        "updated_at": _now(),
    }


def _facility(row: dict[str, Any]) -> Facility:
    return facility_from_dict(json.loads(row["data"]), where=f"stored facility '{row['id']}'")


class FacilityStore:
    """Facilities in the SQLite database at ``path`` (default: the user's data folder).

    ``seed_dir`` (default ``resources/data/facilities``) holds the shipped facilities;
    ``migrations`` is for tests. ``warnings`` lists what went wrong on open (e.g. a damaged
    database that was backed up and rebuilt). Use as a context manager or call :meth:`close`.
    """

    def __init__(
        self,
        path: Path | None = None,
        seed_dir: Path | None = None,
        migrations: Sequence[Migration] = MIGRATIONS,
    ) -> None:
        opened = open_database(path, migrations)
        self.db = opened.db
        self.path = opened.path
        self.schema_version = opened.schema_version
        self.warnings: tuple[str, ...] = opened.warnings
        self.seed_dir = seed_dir or default_seed_dir()
        try:
            self._seed_if_changed()
        except BaseException:
            self.db.close()
            raise

    # -- lifecycle ---------------------------------------------------------------------------

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> FacilityStore:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    # -- seeding -----------------------------------------------------------------------------

    def _setting(self, key: str) -> str | None:
        row = self.db.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
        return str(row[0]) if row else None

    def _seed_if_changed(self) -> None:
        if self._setting(_SEED_SETTING) != seed_fingerprint(self.seed_dir):
            self.apply_seed(load_seed(self.seed_dir))

    def apply_seed(self, seed: SeedData) -> None:
        """Merge shipped facilities into the table, keeping the user's edits and removals."""
        existing = {
            row["id"]: row for row in self.db.query("SELECT id, origin, user_edited, removed FROM facilities")
        }
        seed_ids = {facility.id for facility in seed.facilities}
        rows = []
        for facility in seed.facilities:
            current = existing.get(facility.id)
            if current is None:
                rows.append(_row(facility, "seed", user_edited=False, removed=False))
            elif current["origin"] == "seed" and not current["user_edited"]:
                rows.append(_row(facility, "seed", False, removed=bool(current["removed"])))
        stale = [
            identifier
            for identifier, row in existing.items()
            if row["origin"] == "seed" and not row["user_edited"] and identifier not in seed_ids
        ]
        with self.db.atomic():
            if stale:
                self.db.table("facilities").delete_where(f"id IN ({', '.join('?' for _ in stale)})", stale)
            self.db.table("facilities").upsert_all(rows, pk="id")
            self.db.table("settings").upsert({"key": _SEED_SETTING, "value": seed.fingerprint}, pk="key")

    # -- reading -----------------------------------------------------------------------------

    def _row_for(self, facility_id: str) -> dict[str, Any] | None:
        rows = list(self.db.query("SELECT * FROM facilities WHERE id = ?", [facility_id]))
        return rows[0] if rows else None

    def get(self, facility_id: str) -> Facility:
        row = self._row_for(facility_id)
        if row is None or row["removed"]:
            state = "was removed" if row is not None else "does not exist"
            hint = (
                f"`fabwise facilities restore {facility_id}` brings it back"
                if row is not None
                else "see `fabwise facilities list` for ids"
            )
            raise FacilityNotFound(f"facility '{facility_id}' {state}", hint=hint)
        return _facility(row)

    def info(self, facility_id: str) -> RecordInfo:
        row = self._row_for(facility_id)
        if row is None:
            raise FacilityNotFound(
                f"facility '{facility_id}' does not exist", hint="see `fabwise facilities list` for ids"
            )
        return RecordInfo(row["origin"], bool(row["user_edited"]), bool(row["removed"]), row["updated_at"])

    def exists(self, facility_id: str) -> bool:
        row = self._row_for(facility_id)
        return row is not None and not row["removed"]

    def search(
        self,
        text: str | None = None,
        country: str | None = None,
        kind: str | None = None,
        process: str | None = None,
        placed_only: bool = False,
        limit: int | None = None,
    ) -> list[Facility]:
        """Facilities (not removed) matching every given filter, ordered by country and name."""
        clauses, params = ["removed = 0"], []
        if text:
            clauses.append("(name LIKE ? OR city LIKE ? OR id = ?)")
            params += [f"%{text}%", f"%{text}%", text]
        if country:
            clauses.append("country = ?")
            params.append(country.upper())
        if kind:
            clauses.append("kind = ?")
            params.append(kind)
        if process:
            clauses.append("processes LIKE ?")
            params.append(f"% {process} %")
        if placed_only:
            clauses.append("lat IS NOT NULL")
        sql = f"SELECT id, data FROM facilities WHERE {' AND '.join(clauses)} ORDER BY country, name"
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        return [_facility(row) for row in self.db.query(sql, params)]

    def all(self) -> list[Facility]:
        return self.search()

    def count(self, include_removed: bool = False) -> int:
        where = "" if include_removed else " WHERE removed = 0"
        row = self.db.execute(f"SELECT COUNT(*) FROM facilities{where}").fetchone()
        return int(row[0])

    # -- writing -----------------------------------------------------------------------------

    def new_id(self, name: str) -> str:
        """A free id ``user-<slug of name>`` (``user-<slug>-2``... if taken)."""
        slug = re.sub(r"[^a-z0-9]+", "-", normalize_name(name)).strip("-")[:40] or "facility"
        candidate, counter = f"user-{slug}", 2
        while self._row_for(candidate) is not None:
            candidate, counter = f"user-{slug}-{counter}", counter + 1
        return candidate

    def add(self, facility: Facility) -> Facility:
        """Store a new facility (validated). Its id must be free."""
        check_facility(facility)
        if self._row_for(facility.id) is not None:
            raise FabwiseError(
                f"a facility with id '{facility.id}' already exists",
                hint="use `fabwise facilities edit` to change it, or choose another id",
            )
        self.db.table("facilities").insert(_row(facility, "user", user_edited=False, removed=False))
        return facility

    def update(self, facility: Facility) -> Facility:
        """Replace a stored facility. Editing a seed facility keeps the edit across re-seeds."""
        check_facility(facility)
        row = self._row_for(facility.id)
        if row is None or row["removed"]:
            self.get(facility.id)  # raises the not-found / removed error
        assert row is not None
        edited = row["origin"] == "seed" or bool(row["user_edited"])
        self.db.table("facilities").upsert(_row(facility, row["origin"], edited, False), pk="id")
        return facility

    def remove(self, facility_id: str) -> RecordInfo:
        """Remove a facility: the user's own are deleted; seed ones are hidden (restorable)."""
        info = self.info(facility_id)
        if info.removed:
            raise FacilityNotFound(f"facility '{facility_id}' was already removed")
        if info.origin == "seed":
            self.db.table("facilities").update(facility_id, {"removed": 1, "updated_at": _now()})
        else:
            self.db.table("facilities").delete(facility_id)
        return info

    def restore(self, facility_id: str) -> Facility:
        """Bring back a removed seed facility."""
        info = self.info(facility_id)
        if not info.removed:
            raise FabwiseError(f"facility '{facility_id}' is not removed")
        self.db.table("facilities").update(facility_id, {"removed": 0, "updated_at": _now()})
        return self.get(facility_id)

    def revert(self, facility_id: str) -> Facility:
        """Drop the user's edits of a seed facility and restore the shipped version."""
        info = self.info(facility_id)
        if info.origin != "seed":
            raise FabwiseError(f"facility '{facility_id}' is the user's own; nothing to revert to")
        shipped = {f.id: f for f in load_seed(self.seed_dir).facilities}.get(facility_id)
        if shipped is None:
            raise FabwiseError(f"facility '{facility_id}' is no longer in the shipped data")
        self.db.table("facilities").upsert(_row(shipped, "seed", False, False), pk="id")
        return shipped

    def import_facilities(self, facilities: Iterable[Facility]) -> ImportSummary:
        """Add new facilities and update existing ones (by id), all or nothing.

        Two facilities with the same id in one import are an error naming them (before, the
        last one silently replaced the others)."""
        facilities = list(facilities)
        named: dict[str, list[str]] = {}
        for facility in facilities:
            named.setdefault(facility.id, []).append(facility.name or "(no name)")
        twice = {fid: names for fid, names in named.items() if len(names) > 1}
        if twice:
            listed = "; ".join(f"'{fid}' ({', '.join(names)})" for fid, names in sorted(twice.items()))
            raise FabwiseError(
                f"{len(twice)} id{'s are' if len(twice) > 1 else ' is'} used by more than one "
                f"facility in this import: {listed}; nothing was imported",
                hint="give each facility its own id (or remove the duplicates) and import again",
            )
        added, updated = [], []
        with self.db.atomic():
            for facility in facilities:
                if self._row_for(facility.id) is None:
                    self.add(facility)
                    added.append(facility.id)
                else:
                    row = self._row_for(facility.id)
                    assert row is not None
                    if row["removed"]:
                        self.db.table("facilities").update(facility.id, {"removed": 0})
                    self.update(facility)
                    updated.append(facility.id)
        return ImportSummary(tuple(added), tuple(updated))

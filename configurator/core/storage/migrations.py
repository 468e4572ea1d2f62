"""Schema migrations for the Fabwise database (facilities now; saved designs and export history
later).

The database records its schema version in the ``schema_version`` table (one row per applied
migration). On open, every migration newer than that version runs, in order, each inside a
transaction together with the row that records it: a failing migration leaves the database at
the previous version.

How to add a migration (e.g. saved designs)::

    def _v2_saved_designs(db: Database) -> None:
        db.table("designs").create(
            {"id": str, "template_id": str, "template_version": str, "params": str,
             "saved_at": str},
            pk="id",
            not_null={"template_id", "params", "saved_at"},
        )
        db.table("designs").create_index(["template_id"])

    MIGRATIONS = (
        Migration(1, "facilities and settings", _v1_facilities),
        Migration(2, "saved designs", _v2_saved_designs),
    )

Rules: versions are consecutive integers starting at 1; never edit, renumber or remove a
migration that has shipped (users' databases already ran it) - add a new one instead; a
migration touches only the database (no application objects, which change over time); data
migrations use plain SQL or sqlite-utils calls. ``tests/core/facilities/test_store.py`` shows a
v2 being applied to an existing v1 database.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from sqlite_utils import Database


@dataclass(frozen=True)
class Migration:
    version: int
    description: str
    apply: Callable[[Database], None]


def _v1_facilities(db: Database) -> None:
    """Facilities (seeded and the user's) and a key/value settings table."""
    db.table("facilities").create(
        {
            "id": str,
            "kind": str,
            "name": str,
            "country": str,
            "city": str,
            "lat": float,
            "lon": float,
            "processes": str,
            "inventory_verified": int,
            "data": str,
            "origin": str,
            "user_edited": int,
            "removed": int,
            "updated_at": str,
        },
        pk="id",
        not_null={"kind", "name", "data", "origin", "updated_at"},
        defaults={
            "country": "",
            "city": "",
            "processes": "",
            "inventory_verified": 0,
            "user_edited": 0,
            "removed": 0,
        },
    )
    db.table("facilities").create_index(["country"])
    db.table("facilities").create_index(["kind"])
    db.table("settings").create({"key": str, "value": str}, pk="key", not_null={"value"})


def _v2_designs(db: Database) -> None:
    """Saved designs: a template variant with a name, and where it is to be made."""
    db.table("designs").create(
        {
            "id": str,
            "name": str,
            "template_id": str,
            "template_version": str,
            "params": str,
            "facility_id": str,
            "place": str,
            "saved_utc": str,
        },
        pk="id",
        not_null={"name", "template_id", "template_version", "params", "saved_utc"},
        defaults={"place": ""},
    )
    db.table("designs").create_index(["template_id"])


def _v3_export_history(db: Database) -> None:
    """Every package written: what, where to, for which facility, and its checksum."""
    db.table("exports").create(
        {
            "id": int,
            "path": str,
            "sha256": str,
            "template_id": str,
            "template_version": str,
            "params": str,
            "material": str,
            "facility_id": str,
            "exported_utc": str,
        },
        pk="id",
        not_null={"path", "sha256", "template_id", "template_version", "params", "exported_utc"},
    )
    db.table("exports").create_index(["exported_utc"])


def _v4_design_identity(db: Database) -> None:
    """A design's id no longer comes from its name: names are unique as typed (any script, case
    kept), enforced by the database. Existing designs keep their ids (the old ids were slugs of
    distinct names, so their names are already distinct)."""
    db.execute("UPDATE designs SET name = trim(name)")
    db.execute("CREATE UNIQUE INDEX IF NOT EXISTS designs_name ON designs(name)")


MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "facilities and settings", _v1_facilities),
    Migration(2, "saved designs", _v2_designs),
    Migration(3, "export history", _v3_export_history),
    Migration(4, "design identity independent of the name", _v4_design_identity),
)


def check_migrations(migrations: Sequence[Migration]) -> None:
    """Raise ValueError unless versions run 1, 2, 3... without gaps (a programming error)."""
    versions = [migration.version for migration in migrations]
    if versions != list(range(1, len(versions) + 1)):
        raise ValueError(f"migration versions must be 1..n in order, got {versions}")

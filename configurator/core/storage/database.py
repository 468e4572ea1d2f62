"""Open the Fabwise SQLite database: WAL mode, schema migrations, and recovery from damage.

A damaged database file (not SQLite, failing its integrity check, or a SQLite file that is not
ours) is never silently lost: it is renamed to ``fabwise.db.corrupt-<timestamp>`` (with its
``-wal``/``-shm`` companions) and a fresh database is built; the returned warnings say so and
where the backup is. A database written by a newer Fabwise (a schema version we do not know)
is left untouched and opening fails with a FabwiseError.

The default location is ``<user data dir>/fabwise.db`` (platformdirs ``user_data_dir("fabwise")``,
overridden by the ``FABWISE_DATA_DIR`` environment variable; tests always set it).
"""

from __future__ import annotations

import logging
import sqlite3
import time
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlite_utils import Database

from configurator.core.storage.migrations import MIGRATIONS, Migration, check_migrations
from configurator.sdk.errors import FabwiseError

DB_FILENAME = "fabwise.db"
_COMPANIONS = ("-wal", "-shm")

log = logging.getLogger(__name__)


def default_db_path() -> Path:
    from configurator.sdk.resources import user_data_dir

    return user_data_dir() / DB_FILENAME


@dataclass
class OpenedDatabase:
    db: Database
    path: Path
    schema_version: int
    warnings: tuple[str, ...]


def _health_problem(path: Path) -> str | None:
    """Why the file at ``path`` cannot be used as our database, or None if it can."""
    try:
        connection = sqlite3.connect(str(path))
        try:
            rows = connection.execute("PRAGMA quick_check").fetchall()
            if rows != [("ok",)]:
                details = "; ".join(str(row[0]) for row in rows[:3])
                return f"integrity check failed: {details}"
            tables = {
                row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
            if tables and "schema_version" not in tables:
                return "it is not a Fabwise database (no schema_version table)"
        finally:
            connection.close()
    except sqlite3.DatabaseError as exc:
        return str(exc)
    return None


def _back_up(path: Path) -> Path:
    stamp = time.strftime("%Y%m%d-%H%M%S")
    backup = path.with_name(f"{path.name}.corrupt-{stamp}")
    counter = 1
    while backup.exists():
        backup = path.with_name(f"{path.name}.corrupt-{stamp}-{counter}")
        counter += 1
    path.rename(backup)
    for suffix in _COMPANIONS:
        companion = path.with_name(path.name + suffix)
        if companion.exists():
            companion.rename(backup.with_name(backup.name + suffix))
    return backup


def schema_version(db: Database) -> int:
    if not db.table("schema_version").exists():
        return 0
    row = db.execute("SELECT MAX(version) FROM schema_version").fetchone()
    return int(row[0]) if row and row[0] is not None else 0


def _migrate(db: Database, migrations: Sequence[Migration], path: Path) -> int:
    if not db.table("schema_version").exists():
        db.table("schema_version").create(
            {"version": int, "description": str, "applied_at": str}, pk="version"
        )
    current = schema_version(db)
    latest = migrations[-1].version if migrations else 0
    if current > latest:
        raise FabwiseError(
            f"the database {path} has schema version {current}, but this Fabwise knows only up to {latest}",
            hint="update Fabwise, or set FABWISE_DATA_DIR to use another data folder",
        )
    for migration in migrations:
        if migration.version <= current:
            continue
        with db.atomic():
            migration.apply(db)
            db.table("schema_version").insert(
                {
                    "version": migration.version,
                    "description": migration.description,
                    "applied_at": datetime.now(UTC).isoformat(timespec="seconds"),
                }
            )
        log.info("database %s migrated to v%d (%s)", path, migration.version, migration.description)
        current = migration.version
    return current


def open_database(path: Path | None = None, migrations: Sequence[Migration] = MIGRATIONS) -> OpenedDatabase:
    """Open (creating, migrating or rebuilding as needed) the database at ``path``."""
    check_migrations(migrations)
    path = path or default_db_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    warnings: list[str] = []
    if path.exists():
        problem = _health_problem(path)
        if problem is not None:
            backup = _back_up(path)
            message = (
                f"the database {path} was damaged ({problem}); it was kept as {backup} "
                "and a new database was created"
            )
            log.warning(message)
            warnings.append(message)
    db = Database(path)
    try:
        db.enable_wal()
        db.execute("PRAGMA foreign_keys=ON")
        version = _migrate(db, migrations, path)
    except BaseException:
        db.close()
        raise
    return OpenedDatabase(db=db, path=path, schema_version=version, warnings=tuple(warnings))

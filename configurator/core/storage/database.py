"""Open the Fabwise SQLite database: WAL mode, schema migrations, and recovery from damage.

A damaged database file (not SQLite, or failing its integrity check) is never silently lost: it is
renamed to ``fabwise.db.corrupt-<timestamp>`` (with its ``-wal``/``-shm`` companions), a fresh
database is built, and every row that can still be read from the damaged file is copied into it;
the returned warnings say so, what was recovered and where the backup is. A healthy file is never
set aside: a lock held by another program is waited for (busy timeout, retry) and then reported
with that program's pid; a read-only folder, a full disk or missing permissions are reported as
such (:mod:`configurator.core.storage.problems`); a healthy SQLite file that is not ours is left
alone with a message. A database written by a newer Fabwise (a schema version we do not know)
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
from typing import Any

from sqlite_utils import Database

from configurator.core.storage.migrations import MIGRATIONS, Migration, check_migrations
from configurator.core.storage.problems import DATA_DIR_HINT, DB_FILENAME, explain, is_contention
from configurator.sdk.errors import FabwiseError

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


# How long to wait for another program's lock before saying the database is in use. Tests lower it.
BUSY_TIMEOUT_S = 10.0
# Settings that must not be carried into a rebuilt database (they say what the old one held).
NOT_SALVAGED_SETTINGS = ("facilities.seed_fingerprint",)
_CORRUPTION_CODES = ("SQLITE_CORRUPT", "SQLITE_NOTADB")


def connect(path: Path) -> sqlite3.Connection:
    """A connection that waits up to :data:`BUSY_TIMEOUT_S` for other programs' locks."""
    return sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_S)


def _is_damage(exc: sqlite3.Error) -> bool:
    name = getattr(exc, "sqlite_errorname", "") or ""
    if name.startswith(_CORRUPTION_CODES):
        return True
    text = str(exc).lower()
    return "malformed" in text or "not a database" in text


def _environment_or_busy(exc: BaseException, path: Path) -> FabwiseError:
    """The user-facing error for a failure that is not damage (lock, permissions, disk...)."""
    problem = explain(exc, path)
    if problem is not None:
        return problem
    return FabwiseError(
        f"the database {path} cannot be used right now ({exc}); it was left untouched",
        hint="try again; if it keeps happening, " + DATA_DIR_HINT,
    )


def _health_problem(path: Path) -> str | None:
    """Why the file at ``path`` is damaged, or None if it is a healthy database.

    Contention (another program's lock, retried until :data:`BUSY_TIMEOUT_S` has passed) and
    environment problems (permissions, read-only folder) raise a FabwiseError instead: the file
    may be perfectly healthy, so it is never treated as damage."""
    deadline = time.monotonic() + BUSY_TIMEOUT_S
    while True:
        try:
            connection = connect(path)
            try:
                rows = connection.execute("PRAGMA quick_check").fetchall()
                if rows != [("ok",)]:
                    details = "; ".join(str(row[0]) for row in rows[:3])
                    return f"integrity check failed: {details}"
                tables = {
                    row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
                }
            finally:
                connection.close()
        except sqlite3.Error as exc:
            if _is_damage(exc):
                return str(exc)
            if is_contention(exc) and time.monotonic() < deadline:
                time.sleep(0.1)
                continue
            raise _environment_or_busy(exc, path) from None
        if tables and "schema_version" not in tables:
            listed = ", ".join(sorted(tables)[:5])
            raise FabwiseError(
                f"{path} is a healthy SQLite database, but not Fabwise's (its tables: {listed}); "
                "it was left untouched",
                hint="move that file elsewhere, " + DATA_DIR_HINT,
            )
        return None


def _back_up(path: Path) -> Path:
    stamp = time.strftime("%Y%m%d-%H%M%S")
    backup = path.with_name(f"{path.name}.corrupt-{stamp}")
    counter = 1
    while backup.exists():
        backup = path.with_name(f"{path.name}.corrupt-{stamp}-{counter}")
        counter += 1
    try:
        path.rename(backup)
        for suffix in _COMPANIONS:
            companion = path.with_name(path.name + suffix)
            if companion.exists():
                companion.rename(backup.with_name(backup.name + suffix))
    except OSError as exc:
        problem = explain(exc, path)
        raise FabwiseError(
            f"the database {path} is damaged and cannot be set aside: {problem.message if problem else exc}",
            hint=(problem.hint if problem else None) or DATA_DIR_HINT,
        ) from None
    return backup


def _readable_rows(source: sqlite3.Connection, table: str) -> tuple[list[str], list[tuple[Any, ...]]]:
    """The rows of ``table`` that can still be read, skipping damaged pages where possible."""
    quoted = '"' + table.replace('"', '""') + '"'
    columns: list[str] = []
    rows: list[tuple[Any, ...]] = []
    last = 0
    try:
        cursor = source.execute(f"SELECT rowid, * FROM {quoted} ORDER BY rowid")
        columns = [d[0] for d in cursor.description]
        for row in cursor:
            rows.append(row)
            last = int(row[0])
        return columns[1:], [row[1:] for row in rows]
    except sqlite3.DatabaseError:
        pass
    # A damaged page stopped the scan: look past it one rowid at a time.
    misses = 0
    rowid = last + 1
    while misses < 2000:
        try:
            cursor = source.execute(f"SELECT rowid, * FROM {quoted} WHERE rowid = ?", [rowid])
            found = cursor.fetchone()
            if not columns and cursor.description:
                columns = [d[0] for d in cursor.description]
        except sqlite3.DatabaseError:
            found = None
        if found is None:
            misses += 1
        else:
            misses = 0
            rows.append(found)
        rowid += 1
    return columns[1:], [row[1:] for row in rows]


def _salvage(damaged: Path, db: Database) -> dict[str, int]:
    """Copy every readable row of our tables from the damaged file into ``db``: table -> rows."""
    recovered: dict[str, int] = {}
    try:
        source = sqlite3.connect(str(damaged), timeout=1)
    except sqlite3.Error:
        return recovered
    try:
        try:
            present = {row[0] for row in source.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        except sqlite3.DatabaseError:
            return recovered
        for table in db.table_names():
            if table == "schema_version" or table not in present:
                continue
            columns, rows = _readable_rows(source, table)
            wanted = set(db[table].columns_dict)
            keep = [i for i, name in enumerate(columns) if name in wanted]
            if not rows or not keep:
                continue
            names = [columns[i] for i in keep]
            records = [dict(zip(names, (row[i] for i in keep), strict=True)) for row in rows]
            if table == "settings":
                records = [r for r in records if r.get("key") not in NOT_SALVAGED_SETTINGS]
            before = db[table].count
            with db.conn:
                db[table].insert_all(records, ignore=True)  # type: ignore[union-attr]
            added = db[table].count - before
            if added:
                recovered[table] = added
    finally:
        source.close()
    return recovered


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
    """Open (creating, migrating or rebuilding as needed) the database at ``path``.

    A damaged file is set aside and its readable rows are copied into the new database (the
    warnings say what was recovered). A healthy file is never set aside: when another program
    holds it, or its folder cannot be written, a FabwiseError says so and names what to do."""
    check_migrations(migrations)
    path = path or default_db_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise _environment_or_busy(exc, path) from None
    warnings: list[str] = []
    backup: Path | None = None
    problem = _health_problem(path) if path.exists() else None
    if problem is not None:
        backup = _back_up(path)
    db = Database(connect(path))
    try:
        db.enable_wal()
        db.execute("PRAGMA foreign_keys=ON")
        version = _migrate(db, migrations, path)
    except sqlite3.Error as exc:
        db.close()
        raise _environment_or_busy(exc, path) from None
    except BaseException:
        db.close()
        raise
    if backup is not None:
        try:
            recovered = _salvage(backup, db)
        except sqlite3.Error as exc:
            log.warning("salvaging %s failed: %s", backup, exc)
            recovered = {}
        if recovered:
            listed = ", ".join(f"{count} {table}" for table, count in sorted(recovered.items()))
            saved = f"recovered {listed}"
        else:
            saved = "nothing in it could be read"
        message = (
            f"the database {path} was damaged ({problem}); it was kept as {backup}, "
            f"a new database was created and {saved}"
        )
        log.warning(message)
        warnings.append(message)
    return OpenedDatabase(db=db, path=path, schema_version=version, warnings=tuple(warnings))

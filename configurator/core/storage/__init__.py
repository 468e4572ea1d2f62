"""The app database: one SQLite file (WAL mode) with a schema version and ordered migrations.

Facilities, saved designs and export history live in it. ``open_database`` creates, migrates, or
(when damaged) backs up and rebuilds it; see :mod:`configurator.core.storage.migrations` for how to
add a table.
"""

from configurator.core.storage.database import (
    OpenedDatabase,
    default_db_path,
    open_database,
    schema_version,
)
from configurator.core.storage.migrations import MIGRATIONS, Migration, check_migrations
from configurator.core.storage.problems import DB_FILENAME

__all__ = [
    "DB_FILENAME",
    "MIGRATIONS",
    "Migration",
    "OpenedDatabase",
    "check_migrations",
    "default_db_path",
    "open_database",
    "schema_version",
]

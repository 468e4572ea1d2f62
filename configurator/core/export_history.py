"""Export history: every package written, kept in the app database.

Recording is best effort: the package on disk is what matters, so a history that cannot be
written is logged, never a reason to fail an export.
"""

from __future__ import annotations

import hashlib
import json
import logging
import sqlite3
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from configurator.core.storage import open_database
from configurator.sdk.errors import FabwiseError
from configurator.sdk.results import BuildRequest

log = logging.getLogger(__name__)


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def record_export(
    package: Path, request: BuildRequest, facility_id: str | None, db_path: Path | None = None
) -> bool:
    """Add a row for ``package``; False (and a log line) if the history could not be written."""
    material = next((v for k, v in request.params.items() if k == "material"), None)
    try:
        opened = open_database(db_path)
        try:
            opened.db.table("exports").insert(
                {
                    "path": str(package),
                    "sha256": _sha256(package),
                    "template_id": request.ref.id,
                    "template_version": request.ref.version,
                    "params": json.dumps(request.params, sort_keys=True),
                    "material": material if isinstance(material, str) else None,
                    "facility_id": facility_id,
                    "exported_utc": datetime.now(UTC).isoformat(timespec="seconds"),
                }
            )
        finally:
            opened.db.close()
    except (OSError, sqlite3.Error, FabwiseError) as exc:  # e.g. another program holds the db
        log.warning("export history not recorded for %s: %s", package, exc)
        return False
    return True


def export_history(db_path: Path | None = None, limit: int = 50) -> list[dict[str, Any]]:
    """The most recent exports, newest first."""
    opened = open_database(db_path)
    try:
        return list(opened.db.table("exports").rows_where(order_by="id desc", limit=limit))
    finally:
        opened.db.close()

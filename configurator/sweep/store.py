"""Sweep results in SQLite: one row per variant, so a sweep can be resumed and compared later.

One database holds every sweep (``sweeps.sqlite`` in the user's data folder by default, or a file of
your choosing): a ``sweeps`` row describes what was asked (template and version, sampling, the eco
context), and each variant has a row in ``variants`` from the moment it is planned (``outcome`` is
NULL until it is done). Resuming a sweep means running its variants whose outcome is still NULL or
``lost``. Only the standard library's ``sqlite3`` is used here, so the app can read summaries without
loading anything heavy.
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import json
import math
import sqlite3
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from configurator.sdk.errors import FabwiseError

DB_FILENAME = "sweeps.sqlite"
SCHEMA_VERSION = 1
OUTCOMES = ("ok", "failed", "lost")

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS sweeps (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    template_id TEXT NOT NULL,
    template_version TEXT NOT NULL,
    fingerprint TEXT NOT NULL,
    spec_json TEXT NOT NULL,
    spec_key TEXT NOT NULL,
    context_json TEXT NOT NULL,
    planned INTEGER NOT NULL,
    rejected INTEGER NOT NULL DEFAULT 0,
    duplicates INTEGER NOT NULL DEFAULT 0,
    notes_json TEXT NOT NULL DEFAULT '[]',
    created TEXT NOT NULL,
    finished TEXT,
    runs INTEGER NOT NULL DEFAULT 0,
    cluster TEXT NOT NULL DEFAULT '',
    workers INTEGER,
    wall_s REAL NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS sweeps_by_template ON sweeps (template_id, template_version);
CREATE TABLE IF NOT EXISTS variants (
    sweep_id INTEGER NOT NULL REFERENCES sweeps (id) ON DELETE CASCADE,
    idx INTEGER NOT NULL,
    key TEXT NOT NULL,
    origin TEXT NOT NULL,
    params_json TEXT NOT NULL,
    outcome TEXT,
    stage TEXT,
    message TEXT,
    location TEXT,
    attempts INTEGER NOT NULL DEFAULT 0,
    worker TEXT,
    build_s REAL, measure_s REAL, eco_s REAL, fit_s REAL, total_s REAL,
    co2e_kg REAL, co2e_low REAL, co2e_high REAL,
    energy_mj REAL, mass_kg REAL, grade TEXT, repairability REAL,
    size_x REAL, size_y REAL, size_z REAL, volume_mm3 REAL, parts INTEGER,
    fit_status TEXT, fit_json TEXT,
    facility_ok INTEGER, facility_reasons TEXT,
    parts_json TEXT,
    warnings_json TEXT,
    done_at TEXT,
    PRIMARY KEY (sweep_id, idx)
);
CREATE INDEX IF NOT EXISTS variants_by_key ON variants (key);
"""


def default_db_path() -> Path:
    from configurator.sdk.resources import user_data_dir

    return user_data_dir() / DB_FILENAME


def _now() -> str:
    return _dt.datetime.now(_dt.UTC).isoformat(timespec="seconds")


def spec_key(fingerprint: str, spec: Mapping[str, Any], context: Mapping[str, Any]) -> str:
    """Identity of what a sweep asks for: same template content, sampling and context."""
    text = json.dumps(
        {"fingerprint": fingerprint, "spec": spec, "context": context}, sort_keys=True, separators=(",", ":")
    )
    return hashlib.sha256(text.encode()).hexdigest()[:24]


@dataclass(frozen=True)
class SweepInfo:
    id: int
    template_id: str
    template_version: str
    fingerprint: str
    spec: dict[str, Any]
    context: dict[str, Any]
    planned: int
    rejected: int
    duplicates: int
    notes: tuple[str, ...]
    created: str
    finished: str | None
    runs: int
    cluster: str
    workers: int | None
    wall_s: float


@dataclass(frozen=True)
class Summary:
    """Counts and ranges of one sweep, for the CLI, the report and the gallery."""

    sweep: SweepInfo
    done: int
    ok: int
    failed: int
    lost: int
    pending: int
    co2e_min: float | None
    co2e_max: float | None
    fit_counts: dict[str, int]
    facility_ok: int | None  # variants the facility can make (None: no facility checked)
    median_build_s: float | None

    @property
    def complete(self) -> bool:
        return self.pending == 0 and self.lost == 0

    def headline(self) -> str:
        """E.g. ``2,000 variants checked, 0 failures, footprint 0.3–1.9 kg CO2e``."""
        text = (
            f"{self.done:,} variant{'s' if self.done != 1 else ''} checked, "
            f"{self.failed:,} failure{'s' if self.failed != 1 else ''}"
        )
        if self.lost:
            text += f", {self.lost:,} lost"
        unfit = self.fit_counts.get("fails", 0)
        if unfit:
            text += f", {unfit:,} unfit for use"
        if self.co2e_min is not None and self.co2e_max is not None:
            text += f", footprint {fmt_kg(self.co2e_min)}–{fmt_kg(self.co2e_max)} kg CO2e"
        if self.pending:
            text += f" ({self.pending:,} not run yet)"
        return text


def fmt_kg(value: float) -> str:
    """Two significant figures, at least one decimal (0.31, 1.9, 12.0)."""
    if value == 0:
        return "0"
    digits = max(1, 1 - math.floor(math.log10(abs(value))))
    return f"{value:.{digits}f}"


class SweepStore:
    """Read and write sweeps in one SQLite file."""

    def __init__(self, path: Path | None = None, *, readonly: bool = False) -> None:
        self.path = Path(path) if path is not None else default_db_path()
        if readonly:
            if not self.path.exists():
                raise FabwiseError(f"no sweep database at {self.path}")
            uri = f"file:{self.path}?mode=ro"
            self.conn = sqlite3.connect(uri, uri=True, timeout=5)
        else:
            try:
                self.path.parent.mkdir(parents=True, exist_ok=True)
                self.conn = sqlite3.connect(self.path, timeout=10)
                self.conn.execute("PRAGMA journal_mode=WAL")
                self.conn.execute("PRAGMA synchronous=NORMAL")
                self.conn.execute("PRAGMA foreign_keys=ON")
                self.conn.executescript(_SCHEMA)
                self._check_version()
            except (sqlite3.DatabaseError, OSError) as exc:
                raise FabwiseError(
                    f"cannot use the sweep database {self.path}: {exc}",
                    hint="give another file with --db, or move this one away",
                ) from None
        self.conn.row_factory = sqlite3.Row

    def _check_version(self) -> None:
        row = self.conn.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
        if row is None:
            with self.conn:
                self.conn.execute("INSERT INTO meta VALUES ('schema_version', ?)", (str(SCHEMA_VERSION),))
        elif int(row[0]) > SCHEMA_VERSION:
            raise FabwiseError(
                f"{self.path} was written by a newer Fabwise "
                f"(schema {row[0]}, this one reads {SCHEMA_VERSION})",
                hint="upgrade Fabwise, or use another file with --db",
            )

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> SweepStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- writing ---------------------------------------------------------------------------
    def create(
        self,
        *,
        template_id: str,
        template_version: str,
        fingerprint: str,
        spec: Mapping[str, Any],
        context: Mapping[str, Any],
        variants: Sequence[tuple[str, str, Mapping[str, Any]]],
        rejected: int = 0,
        duplicates: int = 0,
        notes: Sequence[str] = (),
    ) -> int:
        """A new sweep with its planned variants ((key, origin, params) each); returns its id."""
        with self.conn:
            cursor = self.conn.execute(
                "INSERT INTO sweeps (template_id, template_version, fingerprint, spec_json, "
                "spec_key, context_json, planned, rejected, duplicates, notes_json, created) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    template_id,
                    template_version,
                    fingerprint,
                    json.dumps(spec, sort_keys=True),
                    spec_key(fingerprint, spec, context),
                    json.dumps(context, sort_keys=True),
                    len(variants),
                    rejected,
                    duplicates,
                    json.dumps(list(notes)),
                    _now(),
                ),
            )
            sweep_id = int(cursor.lastrowid or 0)
            self.conn.executemany(
                "INSERT INTO variants (sweep_id, idx, key, origin, params_json) VALUES (?, ?, ?, ?, ?)",
                (
                    (sweep_id, i, key, origin, json.dumps(dict(params), sort_keys=True))
                    for i, (key, origin, params) in enumerate(variants)
                ),
            )
        return sweep_id

    def record(self, sweep_id: int, row: Mapping[str, Any]) -> None:
        """Store one finished variant (``row`` holds column values; ``idx`` names the variant)."""
        columns = [c for c in row if c != "idx"]
        assignments = ", ".join(f"{c} = ?" for c in columns)
        with self.conn:
            self.conn.execute(
                f"UPDATE variants SET {assignments}, done_at = ? WHERE sweep_id = ? AND idx = ?",
                [*(row[c] for c in columns), _now(), sweep_id, row["idx"]],
            )

    def mark_run(self, sweep_id: int, *, cluster: str, workers: int | None, wall_s: float) -> None:
        """After a run: add its time, and mark the sweep finished when nothing is left to do."""
        left = self.conn.execute(
            "SELECT COUNT(*) FROM variants WHERE sweep_id = ? AND (outcome IS NULL OR outcome = 'lost')",
            (sweep_id,),
        ).fetchone()[0]
        with self.conn:
            self.conn.execute(
                "UPDATE sweeps SET runs = runs + 1, cluster = ?, workers = ?, wall_s = wall_s + ?, "
                "finished = ? WHERE id = ?",
                (cluster, workers, wall_s, None if left else _now(), sweep_id),
            )

    # --- reading ---------------------------------------------------------------------------
    def _info(self, row: sqlite3.Row) -> SweepInfo:
        return SweepInfo(
            row["id"],
            row["template_id"],
            row["template_version"],
            row["fingerprint"],
            json.loads(row["spec_json"]),
            json.loads(row["context_json"]),
            row["planned"],
            row["rejected"],
            row["duplicates"],
            tuple(json.loads(row["notes_json"])),
            row["created"],
            row["finished"],
            row["runs"],
            row["cluster"],
            row["workers"],
            row["wall_s"],
        )

    def sweep(self, sweep_id: int) -> SweepInfo:
        row = self.conn.execute("SELECT * FROM sweeps WHERE id = ?", (sweep_id,)).fetchone()
        if row is None:
            raise FabwiseError(
                f"no sweep {sweep_id} in {self.path}",
                hint="`fabwise sweep --list` shows the sweeps stored there",
            )
        return self._info(row)

    def sweeps(self, template_id: str | None = None) -> list[SweepInfo]:
        query, args = "SELECT * FROM sweeps", ()
        if template_id:
            query, args = query + " WHERE template_id = ?", (template_id,)  # type: ignore[assignment]
        return [self._info(r) for r in self.conn.execute(query + " ORDER BY id", args)]

    def unfinished_match(self, template_id: str, key: str) -> SweepInfo | None:
        row = self.conn.execute(
            "SELECT * FROM sweeps WHERE template_id = ? AND spec_key = ? AND finished IS NULL "
            "ORDER BY id DESC LIMIT 1",
            (template_id, key),
        ).fetchone()
        return self._info(row) if row is not None else None

    def previous(self, sweep: SweepInfo) -> SweepInfo | None:
        """The latest earlier sweep of the same template (for comparison)."""
        row = self.conn.execute(
            "SELECT * FROM sweeps WHERE template_id = ? AND id < ? ORDER BY id DESC LIMIT 1",
            (sweep.template_id, sweep.id),
        ).fetchone()
        return self._info(row) if row is not None else None

    def todo(self, sweep_id: int) -> list[tuple[int, dict[str, Any]]]:
        """Variants still to run (never run, or lost last time): (index, params)."""
        rows = self.conn.execute(
            "SELECT idx, params_json FROM variants WHERE sweep_id = ? AND "
            "(outcome IS NULL OR outcome = 'lost') ORDER BY idx",
            (sweep_id,),
        )
        return [(r["idx"], json.loads(r["params_json"])) for r in rows]

    def rows(self, sweep_id: int) -> list[dict[str, Any]]:
        """Every variant of a sweep as a dict (params decoded)."""
        out = []
        for row in self.conn.execute("SELECT * FROM variants WHERE sweep_id = ? ORDER BY idx", (sweep_id,)):
            data = dict(row)
            data["params"] = json.loads(data.pop("params_json"))
            out.append(data)
        return out

    def summary(self, sweep_id: int) -> Summary:
        info = self.sweep(sweep_id)
        counts = dict(
            self.conn.execute(
                "SELECT COALESCE(outcome, 'pending'), COUNT(*) FROM variants WHERE sweep_id = ? "
                "GROUP BY outcome",
                (sweep_id,),
            ).fetchall()
        )
        low, high = self.conn.execute(
            "SELECT MIN(co2e_kg), MAX(co2e_kg) FROM variants WHERE sweep_id = ? AND outcome = 'ok'",
            (sweep_id,),
        ).fetchone()
        fit = dict(
            self.conn.execute(
                "SELECT fit_status, COUNT(*) FROM variants WHERE sweep_id = ? AND outcome = 'ok' "
                "GROUP BY fit_status",
                (sweep_id,),
            ).fetchall()
        )
        facility = None
        if info.context.get("facility"):
            facility = self.conn.execute(
                "SELECT COUNT(*) FROM variants WHERE sweep_id = ? AND facility_ok = 1", (sweep_id,)
            ).fetchone()[0]
        times = sorted(
            r[0]
            for r in self.conn.execute(
                "SELECT build_s FROM variants WHERE sweep_id = ? AND build_s IS NOT NULL", (sweep_id,)
            )
        )
        median = times[len(times) // 2] if times else None
        ok, failed, lost = counts.get("ok", 0), counts.get("failed", 0), counts.get("lost", 0)
        return Summary(
            info, ok + failed, ok, failed, lost, counts.get("pending", 0), low, high, fit, facility, median
        )

    def latest_complete(self, template_id: str, template_version: str) -> Summary | None:
        """The newest finished sweep of this template version, if any."""
        row = self.conn.execute(
            "SELECT id FROM sweeps WHERE template_id = ? AND template_version = ? AND finished "
            "IS NOT NULL ORDER BY id DESC LIMIT 1",
            (template_id, template_version),
        ).fetchone()
        return self.summary(row[0]) if row is not None else None


def gallery_summaries(templates: Iterable[tuple[str, str]], path: Path | None = None) -> dict[str, str]:
    """For the gallery: template id -> headline of its newest finished sweep of that version.

    Reads only; a missing or unreadable database gives no summaries (the gallery must open)."""
    db = path if path is not None else default_db_path()
    if not db.exists():
        return {}
    found: dict[str, str] = {}
    try:
        with SweepStore(db, readonly=True) as store:
            for template_id, version in templates:
                summary = store.latest_complete(template_id, version)
                if summary is not None:
                    found[template_id] = summary.headline()
    except (sqlite3.Error, FabwiseError):
        return {}
    return found


def iter_numeric(rows: Iterable[Mapping[str, Any]], name: str) -> Iterator[float]:
    for row in rows:
        value = row.get(name)
        if isinstance(value, int | float) and not isinstance(value, bool):
            yield float(value)

"""The database under contention, damage and a hostile environment (issue 13, findings 1 and 6).

A healthy database held by another program is never set aside; a damaged one is set aside and
its readable rows are salvaged; a read-only folder, a full disk or a lock is explained, never
reported as an internal error."""

from __future__ import annotations

import errno
import json
import sqlite3
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest

from configurator.core.designs import Design, DesignStore
from configurator.core.storage import database, open_database
from configurator.core.storage.problems import DatabaseBusy, EnvironmentProblem, explain
from configurator.sdk.errors import FabwiseError

HOLDER = textwrap.dedent("""
    import sqlite3, sys
    connection = sqlite3.connect(sys.argv[1], isolation_level=None)
    mode = sys.argv[2]
    if mode == "exclusive-mode":
        connection.execute("PRAGMA locking_mode=EXCLUSIVE")
        connection.execute("BEGIN")
        connection.execute("INSERT INTO settings VALUES ('holder', 'was here')")
        connection.execute("COMMIT")
    else:
        connection.execute("BEGIN EXCLUSIVE")
        connection.execute("INSERT INTO settings VALUES ('holder', 'was here')")
    print("holding", flush=True)
    sys.stdin.read()  # until the test closes our stdin
""")


@pytest.fixture
def quick_busy_timeout(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(database, "BUSY_TIMEOUT_S", 0.5)


def _seeded_database(path: Path) -> None:
    store = DesignStore(path)
    store.save(Design("shelf-bracket", "1.0.0", {"depth": 120.0}, name="Kitchen shelf"))
    store.close()


def _hold(path: Path, mode: str) -> subprocess.Popen[str]:
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(path), mode],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert holder.stdout is not None
    assert holder.stdout.readline().strip() == "holding"
    return holder


@pytest.fixture
def held(tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[tuple[Path, int]]:
    path = tmp_path / "fabwise.db"
    _seeded_database(path)
    holder = _hold(path, request.param)
    try:
        yield path, holder.pid
    finally:
        assert holder.stdin is not None
        holder.stdin.close()
        holder.wait(timeout=10)


@pytest.mark.parametrize("held", ["exclusive-mode", "begin-exclusive"], indirect=True)
def test_a_locked_healthy_database_is_reported_busy_and_never_set_aside(
    held: tuple[Path, int], quick_busy_timeout: None
) -> None:
    path, pid = held
    with pytest.raises(DatabaseBusy) as caught:
        store = DesignStore(path)
        store.save(Design("finger-box", "1.0.0", {}, name="Second"))  # a write must wait too
    assert "another program" in caught.value.message and f"pid {pid}" in caught.value.message
    assert not list(path.parent.glob("*.corrupt-*")), "a healthy file was set aside"
    assert path.exists()


@pytest.mark.parametrize("held", ["begin-exclusive"], indirect=True)
def test_cli_says_another_program_uses_the_database_not_internal_error(
    held: tuple[Path, int],
    quick_busy_timeout: None,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from configurator.cli.main import main

    path, pid = held
    monkeypatch.setenv("FABWISE_DATA_DIR", str(path.parent))
    code = main(["facilities", "remove", "example-atelier-canal"])
    err = capsys.readouterr().err
    assert code == 2, err
    assert "internal error" not in err and "another program" in err and str(pid) in err
    assert not list(path.parent.glob("*.corrupt-*"))


def _damage_middle_pages(path: Path) -> None:
    """Overwrite a stretch of pages in the middle of the file (not the header, not the end)."""
    data = bytearray(path.read_bytes())
    page = 4096
    pages = len(data) // page
    assert pages >= 8, pages
    start = (pages // 2) * page
    data[start : start + 2 * page] = b"\xde\xad\xbe\xef" * (page // 2)
    path.write_bytes(bytes(data))


def test_readable_rows_of_every_table_are_salvaged_from_a_damaged_file(tmp_path: Path) -> None:
    path = tmp_path / "fabwise.db"
    opened = open_database(path)
    db = opened.db
    filler = "x" * 1500  # several pages per table so damage hits some rows, not all
    db.table("designs").insert_all(
        {
            "id": f"d{i}",
            "name": f"Design {i}",
            "template_id": "finger-box",
            "template_version": "1.0.0",
            "params": json.dumps({"note": filler}),
            "saved_utc": "2026-01-01T00:00:00+00:00",
        }
        for i in range(40)
    )
    db.table("exports").insert_all(
        {
            "path": f"/tmp/p{i}.zip",
            "sha256": "0" * 64,
            "template_id": "finger-box",
            "template_version": "1.0.0",
            "params": filler,
            "exported_utc": "2026-01-01",
        }
        for i in range(40)
    )
    db.table("settings").insert({"key": "user.thing", "value": "kept"})
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    _damage_middle_pages(path)

    reopened = open_database(path)
    try:
        (warning,) = reopened.warnings
        assert "damaged" in warning and "recovered" in warning
        designs = reopened.db["designs"].count
        exports = reopened.db["exports"].count
        assert designs + exports > 0, warning
        assert designs < 40 or exports < 40, "the damage should have cost something"
        assert f"{designs} designs" in warning or designs == 0
        assert f"{exports} exports" in warning or exports == 0
        rows = list(reopened.db["designs"].rows_where(order_by="id"))
        assert all(json.loads(r["params"]) == {"note": filler} for r in rows)
    finally:
        reopened.db.close()
    assert list(tmp_path.glob("fabwise.db.corrupt-*")), "the damaged file is kept"


def test_salvage_reports_when_nothing_could_be_read(tmp_path: Path) -> None:
    path = tmp_path / "fabwise.db"
    path.write_bytes(b"this is not a database" * 200)
    opened = open_database(path)
    assert "nothing in it could be read" in opened.warnings[0]
    opened.db.close()


def test_a_healthy_foreign_sqlite_file_is_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "fabwise.db"
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE notes (text TEXT)")
    connection.commit()
    connection.close()
    with pytest.raises(FabwiseError, match=r"not Fabwise's.*left untouched"):
        open_database(path)
    assert not list(tmp_path.glob("*.corrupt-*"))


def test_an_unwritable_data_folder_is_explained(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(self: Path, *args: object, **kwargs: object) -> None:
        raise PermissionError(errno.EACCES, "Permission denied", str(self))

    monkeypatch.setattr(Path, "mkdir", refuse)
    with pytest.raises(EnvironmentProblem) as caught:
        open_database(tmp_path / "no" / "fabwise.db")
    assert "permission denied" in caught.value.message
    assert str(tmp_path / "no") in caught.value.message
    assert caught.value.hint is not None and "FABWISE_DATA_DIR" in caught.value.hint


@pytest.mark.parametrize(
    ("exc", "words"),
    [
        (sqlite3.OperationalError("attempt to write a readonly database"), "read-only"),
        (sqlite3.OperationalError("database or disk is full"), "disk is full"),
        (OSError(errno.ENOSPC, "No space left on device", "/data/out.zip"), "disk is full"),
        (OSError(errno.EROFS, "Read-only file system", "/data/out.zip"), "read-only"),
    ],
)
def test_environment_errors_name_the_folder_and_what_to_do(
    exc: BaseException, words: str, tmp_path: Path
) -> None:
    problem = explain(exc, tmp_path / "fabwise.db")
    assert problem is not None and words in problem.message
    assert ("/data" in problem.message) or (str(tmp_path) in problem.message)
    assert problem.hint


def test_cli_reports_a_full_disk_as_the_environment(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from configurator.cli import main as cli_main
    from configurator.core.facilities import store as store_module

    def full(self: object, *args: object, **kwargs: object) -> None:
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(store_module.FacilityStore, "remove", full)
    code = cli_main.main(["facilities", "remove", "example-atelier-canal"])
    err = capsys.readouterr().err
    assert code == 2 and "disk is full" in err and "internal error" not in err


def test_a_full_disk_during_export_is_not_blamed_on_the_template(tmp_path: Path) -> None:
    from configurator.core.worker import _describe, _rebuild_error

    try:
        raise OSError(errno.ENOSPC, "No space left on device", str(tmp_path / ".out.zip.1.partial"))
    except OSError as exc:
        error = _rebuild_error(_describe(exc))
    assert isinstance(error, EnvironmentProblem)
    assert "disk is full" in error.message and str(tmp_path) in error.message
    assert "bug in the template" not in str(error)

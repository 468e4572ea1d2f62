"""What went wrong with a file or the database, in words a user can act on.

Three kinds of trouble look alike at the ``sqlite3``/``OSError`` level and need different answers:

* *contention*: another program holds a lock on the database ("database is locked/busy"). The file
  is healthy; the answer is to wait, retry, and then name the program (its pid and name, read
  from ``/proc/locks`` on Linux) so the user can close it;
* *the environment*: a read-only folder, a full disk, missing permissions. The answer names the
  folder and what to do (free space, fix permissions, or point ``FABWISE_DATA_DIR`` elsewhere);
* *damage*: the file is not a database or fails its integrity check (handled by
  :mod:`configurator.core.storage.database`, which keeps the file and salvages what it can).

:func:`explain` turns an exception into a :class:`~configurator.sdk.errors.FabwiseError` for the
first two, or returns None when it is neither (then it is a bug and reported as such).
"""

from __future__ import annotations

import contextlib
import errno
import os
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from configurator.sdk.errors import FabwiseError

DB_FILENAME = "fabwise.db"
DATA_DIR_HINT = "or set FABWISE_DATA_DIR to a folder you can write to"


class DatabaseBusy(FabwiseError):
    """Another program holds the database; the file is fine and was left alone."""


class EnvironmentProblem(FabwiseError):
    """A folder is read-only, the disk is full, or permission is denied."""


@dataclass(frozen=True)
class LockHolder:
    pid: int
    name: str

    def __str__(self) -> str:
        return f"{self.name} (pid {self.pid})" if self.name else f"pid {self.pid}"


def lock_holders(path: Path) -> list[LockHolder]:
    """Other processes holding a POSIX/flock lock on ``path`` or its ``-wal``/``-shm`` files.

    Reads ``/proc/locks`` (Linux); elsewhere, or when it cannot be read, returns []."""
    inodes: set[tuple[int, int, int]] = set()
    for candidate in (path, path.with_name(path.name + "-shm"), path.with_name(path.name + "-wal")):
        try:
            st = candidate.stat()
        except OSError:
            continue
        inodes.add((os.major(st.st_dev), os.minor(st.st_dev), st.st_ino))
    if not inodes:
        return []
    try:
        lines = Path("/proc/locks").read_text(encoding="ascii", errors="replace").splitlines()
    except OSError:
        return []
    pids: list[int] = []
    for line in lines:
        fields = line.split()
        # "1: POSIX  ADVISORY  WRITE 1234 08:01:5678 0 EOF" (blocked waiters have "->" first)
        if len(fields) < 6 or fields[1] == "->":
            continue
        try:
            pid = int(fields[4])
            major, minor, inode = fields[5].split(":")
            key = (int(major, 16), int(minor, 16), int(inode))
        except ValueError:
            continue
        if key in inodes and pid != os.getpid() and pid not in pids:
            pids.append(pid)
    holders = []
    for pid in pids:
        try:
            name = Path(f"/proc/{pid}/comm").read_text(encoding="utf-8", errors="replace").strip()
        except OSError:
            name = ""
        holders.append(LockHolder(pid, name))
    return holders


def is_contention(exc: BaseException) -> bool:
    """True for SQLite's "database is locked" / "database table is locked" / busy errors."""
    if not isinstance(exc, sqlite3.OperationalError):
        return False
    text = str(exc).lower()
    return "locked" in text or "busy" in text


def busy_error(path: Path) -> DatabaseBusy:
    holders = lock_holders(path)
    who = ", ".join(str(h) for h in holders)
    program = f"another program ({who})" if who else "another program"
    return DatabaseBusy(
        f"{program} is using the database {path}; it was left untouched",
        hint="close that program (or another Fabwise window) and try again, " + DATA_DIR_HINT,
    )


_NO_SPACE = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}
_READ_ONLY = {errno.EROFS}
_DENIED = {errno.EACCES, errno.EPERM}


def _folder_of(path: Path | None, exc: BaseException) -> Path | None:
    filename = getattr(exc, "filename", None)
    if isinstance(filename, str | os.PathLike) and str(filename):
        candidate = Path(filename)  # a folder (existing, or one that could not be made) or a file
        return candidate if candidate.is_dir() or not candidate.suffix else candidate.parent
    if path is not None:
        return path if path.is_dir() else path.parent
    return None


def explain(exc: BaseException, path: Path | None = None) -> FabwiseError | None:
    """A user-facing error for contention or an environment problem; None if ``exc`` is neither.

    ``path`` is the file being written or the database (used when the exception names none)."""
    if isinstance(exc, FabwiseError):
        return exc
    if path is None and isinstance(exc, sqlite3.Error):
        from configurator.sdk.resources import user_data_dir

        path = user_data_dir() / DB_FILENAME
    if is_contention(exc) and path is not None:
        return busy_error(path)
    code = exc.errno if isinstance(exc, OSError) else None
    text = str(exc).lower()
    folder = _folder_of(path, exc)
    where = f"the folder {folder}" if folder is not None else "the data folder"
    if code in _NO_SPACE or "disk is full" in text or "no space left" in text:
        return EnvironmentProblem(
            f"the disk is full: cannot write to {where}",
            hint="free some space on that disk and try again, " + DATA_DIR_HINT,
        )
    if code in _READ_ONLY or "readonly" in text or "read-only" in text:
        return EnvironmentProblem(
            f"{where} is read-only: Fabwise cannot save there", hint="make it writable, " + DATA_DIR_HINT
        )
    if code in _DENIED or "unable to open database file" in text:
        return EnvironmentProblem(
            f"permission denied: Fabwise cannot write to {where}",
            hint="check that folder's owner and permissions, " + DATA_DIR_HINT,
        )
    return None


@contextlib.contextmanager
def explained(path: Path | None) -> Iterator[None]:
    """Re-raise a lock or environment failure inside the block as a user-facing FabwiseError."""
    try:
        yield
    except (sqlite3.Error, OSError) as exc:
        problem = explain(exc, path)
        if problem is None:
            raise
        raise problem from exc

"""Write a file so that readers only ever see nothing or the complete file: Fabwise's one way of
writing a file atomically (export packages, design files, presets, trust list, facility exports,
thumbnails), with one durability policy.

The data goes to a hidden temporary file next to the destination (same folder, so the final
``os.replace`` is an atomic rename on the same file system), is flushed and fsynced, then renamed
over the destination, and the folder is fsynced so the rename survives a power cut. Any exception
removes the temporary file. A process killed outright leaves
only a hidden ``.NAME.PID.partial`` file, which :func:`remove_stale_partials` clears on the next
export to that folder.
"""

from __future__ import annotations

import contextlib
import os
import re
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from configurator.sdk.errors import FabwiseError

_PARTIAL = re.compile(r"^\.(?P<name>.+)\.(?P<pid>\d+)\.partial$")


def partial_path(destination: Path) -> Path:
    """The temporary file used while ``destination`` is being written by this process."""
    return destination.with_name(f".{destination.name}.{os.getpid()}.partial")


def _pid_alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def remove_stale_partials(destination: Path) -> list[Path]:
    """Remove temporary files left for ``destination`` by processes that no longer run."""
    removed: list[Path] = []
    folder = destination.parent
    if not folder.is_dir():
        return removed
    for candidate in folder.iterdir():
        match = _PARTIAL.match(candidate.name)
        if match is None or match["name"] != destination.name:
            continue
        if not _pid_alive(int(match["pid"])):
            with contextlib.suppress(FileNotFoundError):
                candidate.unlink()
                removed.append(candidate)
    return removed


def check_writable_destination(destination: Path) -> None:
    """Raise a FabwiseError naming the problem if ``destination`` cannot be written."""
    folder = destination.parent
    if destination.is_dir():
        raise FabwiseError(f"{destination} is a folder", hint="give a file name such as out.zip")
    if not folder.is_dir():
        raise FabwiseError(
            f"cannot write {destination}: the folder {folder} does not exist",
            hint="create the folder first or choose another path",
        )
    if not os.access(folder, os.W_OK):
        raise FabwiseError(f"cannot write to the folder {folder}: permission denied")


def _fsync_folder(folder: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def replace_atomically(source: Path, destination: Path) -> None:
    """Rename the complete file ``source`` onto ``destination`` and sync the folder."""
    try:
        os.replace(source, destination)
    except OSError as exc:
        raise FabwiseError(f"cannot write {destination}: {exc.strerror or exc}") from exc
    _fsync_folder(destination.parent)


@contextlib.contextmanager
def atomic_output(destination: Path) -> Iterator[BinaryIO]:
    """Yield a binary file; on normal exit it replaces ``destination``, on error it vanishes."""
    destination = Path(destination)
    temporary = partial_path(destination)
    try:
        handle = temporary.open("xb")
    except FileExistsError:
        temporary.unlink()
        handle = temporary.open("xb")
    except OSError as exc:
        raise FabwiseError(f"cannot write {destination}: {exc.strerror or exc}") from exc
    try:
        with handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, destination)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            temporary.unlink()
        raise
    _fsync_folder(destination.parent)


def write_atomic(destination: Path, data: bytes | str, *, make_folder: bool = False) -> Path:
    """Write ``data`` (text is written as UTF-8, newlines untouched) to ``destination`` through
    :func:`atomic_output`; with ``make_folder``, create missing parent folders first. Returns the
    path written. A folder that does not exist (without ``make_folder``) or cannot be written
    raises a :class:`FabwiseError` naming it; a failure while writing raises ``OSError`` and leaves
    any old file untouched."""
    destination = Path(destination)
    if make_folder:
        destination.parent.mkdir(parents=True, exist_ok=True)
    elif not destination.parent.is_dir():
        raise FabwiseError(f"folder {destination.parent} does not exist", hint="create it first")
    payload = data.encode("utf-8") if isinstance(data, str) else data
    with atomic_output(destination) as handle:
        handle.write(payload)
    return destination

"""Read a zip that came from someone else without trusting it.

Before anything is read, every entry is vetted: no absolute paths, drive letters, backslashes or
``..`` segments (zip-slip), no symbolic links or other special files, no encryption, only stored
or deflated data, no duplicate names, a bounded number of entries, and bounded declared sizes and
compression ratios (zip bombs). Entries are read into memory, never extracted, and reading stops
at the declared size.
"""

from __future__ import annotations

import io
import stat
import zipfile
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import IO, Any, BinaryIO

from configurator.core.visible import has_hidden_characters

MAX_ENTRIES = 2000
MAX_ENTRY_BYTES = 512 * 1024 * 1024
MAX_TOTAL_BYTES = 1024 * 1024 * 1024
MAX_RATIO = 200.0
RATIO_FLOOR_BYTES = 1024 * 1024  # small entries may compress well without being suspicious
_ALLOWED_METHODS = {zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED}


class UnsafeArchive(ValueError):
    """The archive is damaged or could harm whoever unpacks it; the message says why."""


@dataclass(frozen=True)
class Limits:
    entries: int = MAX_ENTRIES
    entry_bytes: int = MAX_ENTRY_BYTES
    total_bytes: int = MAX_TOTAL_BYTES
    ratio: float = MAX_RATIO


def _path_problem(name: str) -> str | None:
    if not name:
        return "an entry has an empty name"
    if "\x00" in name:
        return f"entry '{name}' has a NUL character in its name"
    if has_hidden_characters(name):
        return (
            f"entry '{name}' has control or invisible characters in its name (they could "
            "rewrite what a terminal shows)"
        )
    if "\\" in name:
        return f"entry '{name}' uses backslashes (would escape the folder on Windows)"
    if name.startswith("/") or (len(name) > 1 and name[1] == ":"):
        return f"entry '{name}' has an absolute path"
    if ".." in PurePosixPath(name).parts:
        return f"entry '{name}' points outside the folder ('..')"
    return None


def _entry_problem(info: zipfile.ZipInfo, limits: Limits) -> str | None:
    problem = _path_problem(info.filename)
    if problem:
        return problem
    mode = info.external_attr >> 16
    if info.create_system == 3 and mode and stat.S_IFMT(mode) not in (stat.S_IFREG, stat.S_IFDIR, 0):
        kind = "a symbolic link" if stat.S_ISLNK(mode) else "a special file"
        return f"entry '{info.filename}' is {kind}"
    if info.flag_bits & 0x1:
        return f"entry '{info.filename}' is encrypted"
    if info.compress_type not in _ALLOWED_METHODS:
        return f"entry '{info.filename}' uses an unsupported compression method"
    if info.file_size > limits.entry_bytes:
        return (
            f"entry '{info.filename}' would unpack to {info.file_size / 1e6:.0f} MB "
            f"(limit {limits.entry_bytes / 1e6:.0f} MB)"
        )
    if info.file_size > RATIO_FLOOR_BYTES and info.compress_size > 0:
        ratio = info.file_size / info.compress_size
        if ratio > limits.ratio:
            return (
                f"entry '{info.filename}' has a compression ratio of {ratio:.0f}:1 "
                f"(limit {limits.ratio:.0f}:1): a zip bomb?"
            )
    return None


class _Bounded(io.RawIOBase):
    """A read-only stream that raises once more than ``limit`` bytes come out."""

    def __init__(self, handle: BinaryIO | IO[bytes], limit: int, name: str) -> None:
        super().__init__()
        self._handle = handle
        self._left = limit
        self._name = name

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        view = memoryview(buffer)
        try:
            chunk = self._handle.read(min(len(view), self._left + 1))
        except zlib.error as exc:
            raise UnsafeArchive(f"entry {self._name!r} is damaged ({exc})") from exc
        self._left -= len(chunk)
        if self._left < 0:
            raise UnsafeArchive(f"entry {self._name!r} is larger than it declares")
        view[: len(chunk)] = chunk
        return len(chunk)


class SafeArchive:
    """A vetted zip archive. Use :meth:`open`; construction raises :class:`UnsafeArchive`."""

    def __init__(self, archive: zipfile.ZipFile, limits: Limits) -> None:
        self._archive = archive
        self.limits = limits
        infos = archive.infolist()
        if len(infos) > limits.entries:
            raise UnsafeArchive(f"the archive has {len(infos)} entries (limit {limits.entries})")
        seen: set[str] = set()
        total = 0
        for info in infos:
            problem = _entry_problem(info, limits)
            if problem:
                raise UnsafeArchive(problem)
            key = info.filename.rstrip("/").lower()
            if key in seen:
                raise UnsafeArchive(f"entry '{info.filename}' appears more than once")
            seen.add(key)
            total += info.file_size
        if total > limits.total_bytes:
            raise UnsafeArchive(
                f"the archive would unpack to {total / 1e6:.0f} MB (limit {limits.total_bytes / 1e6:.0f} MB)"
            )
        self.files = {i.filename: i for i in infos if not i.is_dir()}

    @classmethod
    @contextmanager
    def open(cls, path: Path, limits: Limits | None = None) -> Iterator[SafeArchive]:
        try:
            archive = zipfile.ZipFile(path)
        except zipfile.BadZipFile as exc:
            raise UnsafeArchive(f"not a readable zip archive ({exc})") from exc
        except OSError as exc:
            raise UnsafeArchive(f"cannot open the archive ({exc.strerror or exc})") from exc
        with archive:
            yield cls(archive, limits or Limits())

    @classmethod
    @contextmanager
    def from_bytes(cls, data: bytes, limits: Limits | None = None) -> Iterator[SafeArchive]:
        """A zip held in memory (e.g. a 3MF inside a package), vetted like a file."""
        import io

        try:
            archive = zipfile.ZipFile(io.BytesIO(data))
        except (zipfile.BadZipFile, ValueError) as exc:
            raise UnsafeArchive(f"not a readable zip archive ({exc})") from exc
        with archive:
            yield cls(archive, limits or Limits())

    def names(self) -> list[str]:
        return sorted(self.files)

    @contextmanager
    def stream(self, name: str) -> Iterator[io.RawIOBase]:
        """The entry as a file object that never yields more than its declared size (for
        parsing large entries without holding them in memory)."""
        info = self.files.get(name)
        if info is None:
            raise UnsafeArchive(f"the archive has no {name}")
        try:
            with self._archive.open(info) as handle:
                yield _Bounded(handle, info.file_size, name)
        except (zipfile.BadZipFile, EOFError) as exc:
            raise UnsafeArchive(f"entry '{name}' is damaged ({exc})") from exc

    def read(self, name: str) -> bytes:
        """The entry's bytes, never more than its declared size; damaged data raises."""
        info = self.files.get(name)
        if info is None:
            raise UnsafeArchive(f"the archive has no {name}")
        chunks = []
        remaining = info.file_size
        try:
            with self._archive.open(info) as handle:
                while True:
                    chunk = handle.read(min(1 << 20, remaining + 1))
                    if not chunk:
                        break
                    remaining -= len(chunk)
                    if remaining < 0:
                        raise UnsafeArchive(f"entry '{name}' is larger than it declares")
                    chunks.append(chunk)
        except (zipfile.BadZipFile, EOFError, OSError) as exc:
            raise UnsafeArchive(f"entry '{name}' is damaged ({exc})") from exc
        except Exception as exc:  # zlib.error and friends from a corrupted stream
            raise UnsafeArchive(f"entry '{name}' is damaged ({type(exc).__name__}: {exc})") from exc
        return b"".join(chunks)

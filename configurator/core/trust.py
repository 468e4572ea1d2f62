"""Which outside templates the user has agreed to run, pinned to their exact content.

Templates are Python: importing one runs its author's code. Built-in templates (shipped with
Fabwise) are trusted. Any other template — a file in a template folder, or a third-party package
registered through the entry point — is not imported at all until the user trusts it, and trust is
pinned to a SHA-256 of its content, so a changed file has to be trusted again.

The store is a small JSON file in the user data folder, written atomically.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
import time
from dataclasses import dataclass
from importlib.metadata import Distribution
from pathlib import Path
from typing import Protocol

from configurator.sdk.errors import FabwiseError
from configurator.sdk.resources import user_data_dir

STORE_VERSION = 1


@dataclass(frozen=True)
class Candidate:
    """An outside template source before it is imported: what it is and its content hash."""

    kind: str  # "file" or "package"
    location: str  # file path, or distribution name for a package
    sha256: str
    label: str  # what to show a user


def file_candidate(path: Path) -> Candidate:
    path = path.resolve()
    return Candidate("file", str(path), hashlib.sha256(path.read_bytes()).hexdigest(), path.name)


def package_candidate(dist: Distribution) -> Candidate:
    """Hash every Python file the distribution installed (without importing any of it)."""
    digest = hashlib.sha256()
    name = dist.metadata["Name"] or "unknown"
    digest.update(f"{name}=={dist.version}\n".encode())
    for file in sorted(dist.files or [], key=str):
        if file.suffix == ".py":
            digest.update(str(file).encode() + b"\0")
            try:
                digest.update(Path(str(dist.locate_file(file))).read_bytes())
            except OSError:
                digest.update(b"<missing>")
    return Candidate("package", name, digest.hexdigest(), f"{name} {dist.version}")


class TrustPolicy(Protocol):
    def is_trusted(self, candidate: Candidate) -> bool: ...


class TrustAll:
    """Trust everything: for tests and for callers that already asked the user."""

    def is_trusted(self, candidate: Candidate) -> bool:
        return True


class TrustStore:
    """Trusted (kind, location, sha256) triples, persisted in ``trust.json``.

    ``session`` entries are trusted for this process only (the CLI's ``--trust`` flag).
    """

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or user_data_dir() / "trust.json"
        self._entries: dict[tuple[str, str], dict[str, str]] = {}
        self._session: set[tuple[str, str, str]] = set()
        self._load()

    def _load(self) -> None:
        if not self.path.exists():
            return
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            entries = data["entries"]
            for entry in entries:
                self._entries[(entry["kind"], entry["location"])] = entry
        except (OSError, ValueError, KeyError, TypeError) as exc:
            raise FabwiseError(
                f"the template trust list {self.path} is damaged ({exc})",
                hint="delete it; you will be asked again before outside templates run",
            ) from None

    def is_trusted(self, candidate: Candidate) -> bool:
        key = (candidate.kind, candidate.location, candidate.sha256)
        if key in self._session:
            return True
        entry = self._entries.get((candidate.kind, candidate.location))
        return entry is not None and entry.get("sha256") == candidate.sha256

    def trust_for_session(self, candidate: Candidate) -> None:
        self._session.add((candidate.kind, candidate.location, candidate.sha256))

    def trust(self, candidate: Candidate) -> None:
        self._entries[(candidate.kind, candidate.location)] = {
            "kind": candidate.kind,
            "location": candidate.location,
            "sha256": candidate.sha256,
            "label": candidate.label,
            "trusted_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        }
        self._save()

    def revoke(self, kind: str, location: str) -> bool:
        removed = self._entries.pop((kind, location), None) is not None
        if removed:
            self._save()
        return removed

    def entries(self) -> list[dict[str, str]]:
        return list(self._entries.values())

    def _save(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        data = {"version": STORE_VERSION, "entries": list(self._entries.values())}
        fd, tmp = tempfile.mkstemp(prefix=".trust-", dir=self.path.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                json.dump(data, handle, indent=2)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(tmp, self.path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise

"""Which outside templates the user has agreed to run, pinned to their exact content.

Templates are Python: importing one runs its author's code. Built-in templates (shipped with
Fabwise) are trusted. Any other template — a file in a template folder, or a third-party package
registered through the entry point — is not imported at all until the user trusts it, and trust is
pinned to a SHA-256 of its content, so a changed file has to be trusted again.

What runs is exactly what was hashed. A template file is read once, hashed, compiled from those
bytes and executed (:func:`configurator.core.registry.load_file_module`): no ``__pycache__``
bytecode is read or written, so a ``.pyc`` shipped next to a clean ``.py`` never runs. A package
is pinned over the source files its import actually resolves to: for a normal install the
``.py`` files its RECORD lists; for an editable install (``pip install -e``, whose RECORD lists
only a ``.pth`` and a finder) the files under the source folders that ``.pth``/finder points at.
Its modules are then imported through :class:`PinnedSources`, which compiles each from the bytes
it hashed and refuses a changed or added file. A package whose code cannot be pinned this way
(compiled extension modules, bytecode-only modules, an editable install we cannot resolve) is
refused with a message saying so.

The store is a small JSON file in the user data folder, written atomically. A damaged store does
not stop Fabwise: built-in templates still load, no outside template is trusted, and
:attr:`TrustStore.problem` says what happened and what to do; trusting again sets the damaged file
aside (``trust.json.damaged-<time>``) and starts a new list.
"""

from __future__ import annotations

import ast
import contextlib
import hashlib
import importlib.abc
import importlib.machinery
import json
import sys
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from importlib.metadata import Distribution
from pathlib import Path
from types import CodeType, ModuleType
from typing import Protocol

from configurator.core.atomic import write_atomic
from configurator.sdk.errors import FabwiseError
from configurator.sdk.resources import user_data_dir

STORE_VERSION = 1


@dataclass(frozen=True)
class Candidate:
    """An outside template source before it is imported: what it is and its content hash.

    ``files`` (packages): every source file the hash covers, as (resolved path, sha256)."""

    kind: str  # "file" or "package"
    location: str  # file path, or distribution name for a package
    sha256: str
    label: str  # what to show a user
    files: tuple[tuple[str, str], ...] = field(default=(), compare=False)


class UnpinnablePackage(FabwiseError):
    """A package whose code cannot be pinned to exact source files (so it is never run)."""


def read_file_candidate(path: Path) -> tuple[Candidate, bytes]:
    """The candidate for a template file and the exact bytes that were hashed."""
    path = path.resolve()
    data = path.read_bytes()
    return Candidate("file", str(path), hashlib.sha256(data).hexdigest(), path.name), data


def file_candidate(path: Path) -> Candidate:
    return read_file_candidate(path)[0]


def _is_editable(dist: Distribution) -> bool:
    text = dist.read_text("direct_url.json")
    if text:
        with contextlib.suppress(ValueError, AttributeError):
            if json.loads(text).get("dir_info", {}).get("editable"):
                return True
    return any(str(f).endswith(".pth") or "__editable__" in str(f) for f in dist.files or [])


def _finder_roots(source: str) -> list[Path]:
    """Package folders named in a setuptools editable finder's ``MAPPING`` (parsed, not run)."""
    roots: list[Path] = []
    for node in ast.walk(ast.parse(source)):
        target: ast.expr | None = None
        value: ast.expr | None = None
        if isinstance(node, ast.Assign) and len(node.targets) == 1:
            target, value = node.targets[0], node.value
        elif isinstance(node, ast.AnnAssign):
            target, value = node.target, node.value
        if isinstance(target, ast.Name) and target.id == "MAPPING" and value is not None:
            with contextlib.suppress(ValueError):
                mapping = ast.literal_eval(value)
                if isinstance(mapping, dict):
                    roots.extend(Path(str(v)) for v in mapping.values())
    return roots


def _editable_roots(dist: Distribution, name: str) -> list[Path]:
    """Where an editable install's code really is: folders from its ``.pth`` or finder."""
    top_level = (dist.read_text("top_level.txt") or "").split()
    if not top_level:
        top_level = sorted({ep.module.split(".")[0] for ep in dist.entry_points})
    roots: list[Path] = []
    for file in dist.files or []:
        located = Path(str(dist.locate_file(file)))
        if file.suffix == ".py" and "__editable__" in file.name:
            with contextlib.suppress(OSError, SyntaxError, ValueError):
                roots.extend(_finder_roots(located.read_text(encoding="utf-8")))
        elif file.suffix == ".pth":
            try:
                lines = located.read_text(encoding="utf-8").splitlines()
            except OSError:
                continue
            for line in lines:
                line = line.strip()
                if not line or line.startswith(("#", "import ", "import\t")):
                    continue
                folder = Path(line)
                for module in top_level:
                    for candidate in (folder / module, folder / f"{module}.py"):
                        if candidate.exists():
                            roots.append(candidate)
    if not roots:
        raise UnpinnablePackage(
            f"the package {name} is an editable install whose source files cannot be found, so "
            "it cannot be pinned and will not run",
            hint=f"install it normally (pip install {name}, not pip install -e), then trust it",
        )
    return [root.resolve() for root in roots]


_CODE_SUFFIXES = (".so", ".pyd", ".pyc", ".dylib")


def _package_files(dist: Distribution, name: str) -> list[Path]:
    if _is_editable(dist):
        files: list[Path] = []
        for root in _editable_roots(dist, name):
            if root.is_file():
                files.append(root)
                continue
            for found in sorted(root.rglob("*")):
                if "__pycache__" in found.parts or not found.is_file():
                    continue
                if found.suffix in _CODE_SUFFIXES:
                    raise UnpinnablePackage(
                        f"the package {name} contains {found.name}, compiled code that cannot be "
                        "checked against a source file, so it will not run",
                        hint="ask its author for a pure-Python template package",
                    )
                if found.suffix == ".py":
                    files.append(found)
        return files
    files = []
    for file in dist.files or []:
        if "__pycache__" in file.parts:
            continue  # bytecode Python would write itself; never run for pinned packages
        located = Path(str(dist.locate_file(file))).resolve()
        if file.suffix in _CODE_SUFFIXES:
            raise UnpinnablePackage(
                f"the package {name} installs {file.name}, compiled code that cannot be "
                "checked against a source file, so it will not run",
                hint="ask its author for a pure-Python template package",
            )
        if file.suffix == ".py":
            files.append(located)
    return files


def package_candidate(dist: Distribution) -> Candidate:
    """Hash every source file the distribution's code resolves to (without importing any of it).

    Raises :class:`UnpinnablePackage` when that cannot be done (see the module docstring)."""
    name = dist.metadata["Name"] or "unknown"
    digest = hashlib.sha256()
    digest.update(f"{name}=={dist.version}\n".encode())
    pinned: list[tuple[str, str]] = []
    for path in sorted(_package_files(dist, name), key=str):
        try:
            data = path.read_bytes()
        except OSError:
            data = b"<missing>"
        file_hash = hashlib.sha256(data).hexdigest()
        digest.update(str(path).encode() + b"\0" + file_hash.encode() + b"\n")
        pinned.append((str(path), file_hash))
    return Candidate("package", name, digest.hexdigest(), f"{name} {dist.version}", tuple(pinned))


class _PinnedLoader(importlib.machinery.SourceFileLoader):
    """Load a module by compiling the exact bytes that were hashed (never bytecode)."""

    def __init__(self, fullname: str, path: str, sha256: str) -> None:
        super().__init__(fullname, path)
        self.sha256 = sha256

    def get_code(self, fullname: str) -> CodeType:
        path = self.get_filename(fullname)
        data = Path(path).read_bytes()
        if hashlib.sha256(data).hexdigest() != self.sha256:
            raise ImportError(
                f"{path} changed after it was trusted; trust the package again", name=fullname, path=path
            )
        return compile(data, path, "exec", dont_inherit=True)


class PinnedSources(importlib.abc.MetaPathFinder):
    """Import the modules of a trusted package only from the source files it was pinned to."""

    def __init__(self, candidate: Candidate) -> None:
        self.files = dict(candidate.files)
        self.label = candidate.label

    def find_spec(
        self, fullname: str, path: Sequence[str] | None = None, target: ModuleType | None = None
    ) -> importlib.machinery.ModuleSpec | None:
        spec = importlib.machinery.PathFinder.find_spec(fullname, path)
        if spec is None or spec.origin is None:
            return None
        origin = str(Path(spec.origin).resolve())
        expected = self.files.get(origin)
        if expected is None:
            return None  # not this package's (e.g. the standard library, CadQuery, Fabwise)
        spec.loader = _PinnedLoader(fullname, origin, expected)
        spec.cached = None
        return spec


@contextlib.contextmanager
def pinned_imports(candidate: Candidate) -> Iterator[None]:
    """While active, modules of ``candidate`` (a package) import only from their pinned bytes."""
    finder = PinnedSources(candidate)
    sys.meta_path.insert(0, finder)
    dont_write = sys.dont_write_bytecode
    sys.dont_write_bytecode = True
    try:
        yield
    finally:
        sys.dont_write_bytecode = dont_write
        with contextlib.suppress(ValueError):
            sys.meta_path.remove(finder)


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
        self.problem: FabwiseError | None = None  # why the list on disk could not be read
        self._load()

    def _load(self) -> None:
        if not self.path.exists():
            return
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            entries = data["entries"]
            loaded = {}
            for entry in entries:
                for key in ("kind", "location", "sha256"):
                    if not isinstance(entry[key], str):
                        raise TypeError(f"{key} is not text")
                loaded[(entry["kind"], entry["location"])] = entry
            self._entries = loaded
        except (OSError, ValueError, KeyError, TypeError, RecursionError) as exc:
            # Trust nothing outside; built-in templates are unaffected.
            self.problem = FabwiseError(
                f"the template trust list {self.path} is damaged ({type(exc).__name__}: {exc}); "
                "no outside template is trusted until it is fixed",
                hint="built-in templates still work; trust your outside templates again "
                "(`fabwise templates trust ...`): the damaged list is then kept as "
                f"{self.path.name}.damaged-<time>",
            )

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
        if self.problem is not None and self.path.exists():
            stamp = time.strftime("%Y%m%d-%H%M%S")
            self.path.rename(self.path.with_name(f"{self.path.name}.damaged-{stamp}"))
            self.problem = None
        data = {"version": STORE_VERSION, "entries": list(self._entries.values())}
        write_atomic(self.path, json.dumps(data, indent=2), make_folder=True)

"""What a rebuild needs to be the same build: the template's exact code and the software versions.

:func:`template_content_sha256` hashes the source of the file that defines a template and of every
module of the same package it imports (transitively, found by reading the import statements, not
by running them), so a built-in template whose helper module changed gets another hash even though
its version did not. A template file from a folder is hashed as it is.

:func:`software_versions` names Fabwise, Python, CadQuery and the OpenCASCADE binding: two builds
that differ in any of these may differ in geometry by more than the tolerances, and a rebuild says
so instead of guessing.
"""

from __future__ import annotations

import ast
import hashlib
import importlib.util
import platform
from importlib import metadata
from pathlib import Path

from configurator.sdk.results import TemplateRef


def _module_file(name: str) -> Path | None:
    try:
        spec = importlib.util.find_spec(name)
    except (ImportError, ValueError):
        return None
    if spec is None or not spec.origin or not spec.origin.endswith(".py"):
        return None
    return Path(spec.origin)


def _imported_names(path: Path, package: str, module: str) -> set[str]:
    """Modules of ``package`` that ``module`` (at ``path``) imports."""
    tree = ast.parse(path.read_bytes(), filename=str(path))
    found: set[str] = set()
    parent = module.rpartition(".")[0]
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base_parts = parent.split(".")
                base = ".".join(base_parts[: len(base_parts) - node.level + 1])
                target = f"{base}.{node.module}" if node.module else base
            else:
                target = node.module or ""
            found.add(target)
            found.update(f"{target}.{a.name}" for a in node.names)
    return {n for n in found if n == package or n.startswith(package + ".")}


def template_sources(ref: TemplateRef) -> list[tuple[str, Path]]:
    """(name, file) of every source file the template's definition depends on, in its package."""
    if ref.origin == "file":
        path = Path(ref.location)
        return [(path.name, path)]
    if ref.origin == "imported":  # an imported model: its folder's files are its definition
        folder = Path(ref.location)
        return sorted((p.name, p) for p in folder.iterdir() if p.is_file())
    module = ref.location.partition(":")[0]
    package = module.split(".")[0]
    seen: dict[str, Path] = {}
    pending = [module]
    while pending:
        name = pending.pop()
        if name in seen:
            continue
        found = _module_file(name)
        if found is None:
            continue
        seen[name] = found
        pending.extend(_imported_names(found, package, name) - set(seen))
    return sorted(seen.items())


def template_content_sha256(ref: TemplateRef) -> str:
    """SHA-256 over the names and bytes of :func:`template_sources`."""
    digest = hashlib.sha256()
    for name, path in template_sources(ref):
        digest.update(name.encode() + b"\0")
        digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()


def _version(distribution: str) -> str:
    try:
        return metadata.version(distribution)
    except metadata.PackageNotFoundError:
        return "not installed"


def software_versions() -> dict[str, str]:
    """Versions that decide the geometry a template builds (no import of the kernel)."""
    from configurator import __version__

    return {
        "fabwise": __version__,
        "python": platform.python_version(),
        "cadquery": _version("cadquery"),
        "ocp": _version("cadquery-ocp"),
    }

"""``manifest.json``: what a package is, how it was made, and a SHA-256 for every other file.

The manifest is versioned (``manifest_version``) and checked against a published JSON Schema
(``manifest.schema.json`` here, copied to ``docs/manifest.schema.json``). It also carries what is
needed to rebuild the same geometry: template id + version and the validated parameters
(:func:`params_from_manifest`), and per-part volume/area/size to compare a rebuild with
(:func:`compare_geometry`).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from configurator.sdk.errors import FabwiseError

MANIFEST_NAME = "manifest.json"
MANIFEST_VERSION = "1.0"
PACKAGE_KIND = "fabwise-production-package"
# A rebuild matches when volumes agree to this relative tolerance (B-rep volumes are exact)...
GEOMETRY_TOLERANCE = 1e-6
# ...and sizes to this many mm: a build result's box may include the mesh deflection.
SIZE_TOLERANCE_MM = 0.05


@lru_cache(maxsize=1)
def manifest_schema() -> dict[str, Any]:
    text = resources.files(__package__).joinpath("manifest.schema.json").read_text("utf-8")
    schema: dict[str, Any] = json.loads(text)
    return schema


def schema_problems(manifest: object) -> list[str]:
    """Every way ``manifest`` breaks the schema, as ``path: message``; empty when valid."""
    import jsonschema

    validator = jsonschema.Draft202012Validator(manifest_schema())
    problems = []
    for error in sorted(validator.iter_errors(manifest), key=lambda e: list(e.path)):
        where = "/".join(str(p) for p in error.absolute_path) or "(root)"
        problems.append(f"{where}: {error.message}")
    return problems


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


@dataclass(frozen=True)
class PackageFile:
    """One file in a package, with what the manifest records about it."""

    path: str
    data: bytes
    format: str
    role: str
    part: str | None = None

    def entry(self) -> dict[str, Any]:
        entry: dict[str, Any] = {
            "path": self.path,
            "sha256": sha256_hex(self.data),
            "bytes": len(self.data),
            "format": self.format,
            "role": self.role,
        }
        if self.part is not None:
            entry["part"] = self.part
        return entry


def manifest_bytes(manifest: Mapping[str, Any]) -> bytes:
    return (json.dumps(manifest, indent=2, ensure_ascii=False, sort_keys=False) + "\n").encode()


def with_files(manifest: Mapping[str, Any], files: Sequence[PackageFile]) -> dict[str, Any]:
    """The manifest with its ``files`` list; raises if the result breaks the schema (a bug)."""
    complete = dict(manifest)
    complete["files"] = [f.entry() for f in files]
    problems = schema_problems(complete)
    if problems:
        raise FabwiseError("internal error: the manifest breaks its own schema: " + "; ".join(problems[:5]))
    return complete


@dataclass(frozen=True)
class ManifestVariant:
    """What a manifest says was built: enough to build it again."""

    template_id: str
    template_version: str
    params: dict[str, Any]
    material: str | None
    facility_id: str | None
    quantity: int
    parts: tuple[dict[str, Any], ...]


def read_manifest(path: Path) -> dict[str, Any]:
    """The manifest of a package (``.zip``, read safely) or a ``manifest.json`` file."""
    path = Path(path)
    if not path.exists():
        raise FabwiseError(f"{path} does not exist")
    if path.suffix.lower() == ".zip":
        from configurator.core.export.safezip import SafeArchive, UnsafeArchive

        try:
            with SafeArchive.open(path) as archive:
                data = archive.read(MANIFEST_NAME)
        except UnsafeArchive as exc:
            raise FabwiseError(
                f"{path}: {exc}", hint="run `fabwise package verify` on it for details"
            ) from exc
    else:
        data = path.read_bytes()
    try:
        manifest = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise FabwiseError(f"{path}: manifest is not valid JSON ({exc})") from exc
    if not isinstance(manifest, dict):
        raise FabwiseError(f"{path}: manifest is not a JSON object")
    return manifest


def params_from_manifest(path: Path) -> ManifestVariant:
    """Template id + version, parameters, material, facility and quantity from a manifest."""
    manifest = read_manifest(path)
    problems = schema_problems(manifest)
    if problems:
        raise FabwiseError(
            f"{path}: the manifest does not match the published schema: {problems[0]}",
            hint="see docs/manifest.schema.json",
        )
    facility = manifest.get("facility")
    return ManifestVariant(
        template_id=manifest["template"]["id"],
        template_version=manifest["template"]["version"],
        params=dict(manifest["params"]),
        material=manifest.get("material"),
        facility_id=facility["id"] if isinstance(facility, dict) else None,
        quantity=int(manifest["quantity"]),
        parts=tuple(manifest["parts"]),
    )


def _differs(a: float, b: float, scale: float) -> bool:
    return abs(a - b) > GEOMETRY_TOLERANCE * max(abs(scale), 1.0) + 1e-3


def compare_geometry(variant: ManifestVariant, parts: Sequence[Any]) -> list[str]:
    """How rebuilt ``parts`` (``PartResult``s) differ from the manifest; empty when the same."""
    recorded = {p["name"]: p for p in variant.parts}
    rebuilt = {p.name: p for p in parts}
    differences = []
    for name in sorted(set(recorded) ^ set(rebuilt)):
        where = "manifest" if name in recorded else "rebuild"
        differences.append(f"part '{name}' exists only in the {where}")
    for name in sorted(set(recorded) & set(rebuilt)):
        old, new = recorded[name], rebuilt[name]
        if _differs(old["volume_mm3"], new.volume_mm3, old["volume_mm3"]):
            differences.append(
                f"part '{name}': volume {new.volume_mm3:.3f} mm³, manifest says {old['volume_mm3']:.3f} mm³"
            )
        for axis, a, b in zip("xyz", old["bbox_mm"], new.bbox_mm, strict=True):
            if abs(a - b) > SIZE_TOLERANCE_MM:
                differences.append(f"part '{name}': size along {axis} {b:.3f} mm, manifest says {a:.3f} mm")
    return differences

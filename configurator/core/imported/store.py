"""Where imported models live: one folder per model in the user's ``models/`` folder.

A model folder holds ``model.json`` (name, licence and attribution, where it came from, the
parts, and the import report) and one geometry file per part: ``<stem>.npz`` (a checked, repaired
triangle mesh in millimetres, vertices and faces as NumPy arrays) or ``<stem>.step`` (the B-rep as
the STEP file gave it). A model is written into a hidden temporary folder first and renamed into
place, so a failed import leaves nothing behind. The fingerprint (a hash of every file) is what
the build cache and the worker check, like a template file's content hash.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from configurator.core.atomic import write_atomic
from configurator.core.imported.declared_load import Declaration
from configurator.sdk.errors import FabwiseError, TemplateError

MODEL_FILE = "model.json"
FORMAT_VERSION = 1
ID_PREFIX = "model-"
_SLUG = re.compile(r"[^a-z0-9]+")


@dataclass(frozen=True)
class ModelPart:
    name: str
    file: str  # in the model folder
    kind: str  # "mesh" or "brep"
    size_mm: tuple[float, float, float]
    volume_mm3: float
    process_hint: str | None = None  # e.g. "fdm" from an OKH part's tsdc


@dataclass(frozen=True)
class StoredModel:
    id: str
    name: str
    folder: Path
    parts: tuple[ModelPart, ...]
    description: str
    author: str
    license: str
    source: str  # the file or manifest it came from
    attribution: str
    report: dict[str, Any]
    fingerprint: str
    declared: Declaration | None = None  # loads and temperature the user declared (fit for use)
    # default material and process chosen at import (from an OKH manifest's hints), with reasons
    defaults: dict[str, Any] = field(default_factory=dict)

    @property
    def kinds(self) -> set[str]:
        return {p.kind for p in self.parts}


def model_id(name: str) -> str:
    """``model-<slug of name>``: a valid template id that cannot clash with the catalogue."""
    slug = _SLUG.sub("-", name.lower()).strip("-")[:48].strip("-")
    if not slug or not slug[0].isalpha():
        slug = f"m-{slug}" if slug else "unnamed"
    return ID_PREFIX + slug


def folder_fingerprint(folder: Path) -> str:
    digest = hashlib.sha256()
    for path in sorted(p for p in folder.iterdir() if p.is_file()):
        digest.update(path.name.encode())
        digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()


def read_model(folder: Path) -> StoredModel:
    """The model stored in ``folder``; TemplateError naming the problem if it is damaged."""
    path = folder / MODEL_FILE
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        parts = tuple(
            ModelPart(
                str(p["name"]),
                str(p["file"]),
                str(p["kind"]),
                (float(p["size_mm"][0]), float(p["size_mm"][1]), float(p["size_mm"][2])),
                float(p["volume_mm3"]),
                p.get("process_hint"),
            )
            for p in data["parts"]
        )
        model = StoredModel(
            id=str(data["id"]),
            name=str(data["name"]),
            folder=folder,
            parts=parts,
            description=str(data.get("description", "")),
            author=str(data.get("author", "")),
            license=str(data.get("license", "")),
            source=str(data.get("source", "")),
            attribution=str(data.get("attribution", "")),
            report=dict(data.get("report", {})),
            fingerprint=folder_fingerprint(folder),
            declared=Declaration.from_dict(data["conditions"]) if data.get("conditions") else None,
            defaults=dict(data.get("defaults") or {}),
        )
    except FileNotFoundError:
        raise TemplateError(f"imported model folder {folder} has no {MODEL_FILE}") from None
    except (OSError, ValueError, KeyError, TypeError, IndexError, FabwiseError) as exc:
        raise TemplateError(
            f"imported model {folder.name} is damaged: {MODEL_FILE} ({exc})",
            hint="import the model again with --replace",
        ) from exc
    if data.get("format_version") != FORMAT_VERSION:
        raise TemplateError(f"imported model {folder.name} has an unknown format version")
    if not parts:
        raise TemplateError(f"imported model {folder.name} has no parts")
    for part in parts:
        if part.kind not in ("mesh", "brep") or not (folder / part.file).is_file():
            raise TemplateError(
                f"imported model {folder.name}: part '{part.name}' lacks its geometry file {part.file}",
                hint="import the model again with --replace",
            )
    return model


def list_models(models_dir: Path) -> list[Path]:
    """Model folders in ``models_dir`` (hidden temporary folders are skipped)."""
    if not models_dir.is_dir():
        return []
    return sorted(
        p
        for p in models_dir.iterdir()
        if p.is_dir() and not p.name.startswith(".") and (p / MODEL_FILE).exists()
    )


def mesh_bytes(vertices: npt.NDArray[np.float64], faces: npt.NDArray[np.int64]) -> bytes:
    import io

    buffer = io.BytesIO()
    np.savez_compressed(buffer, vertices=vertices.astype(np.float64), faces=faces.astype(np.int64))
    return buffer.getvalue()


def load_mesh_file(path: Path) -> tuple[npt.NDArray[np.float64], npt.NDArray[np.int64]]:
    with np.load(path, allow_pickle=False) as data:
        return np.asarray(data["vertices"], np.float64), np.asarray(data["faces"], np.int64)


def write_model(models_dir: Path, meta: dict[str, Any], files: dict[str, bytes], *, replace: bool) -> Path:
    """Write a model folder all at once: into a hidden folder, fsynced, then renamed into place.
    An existing model of the same id is kept unless ``replace``."""
    target = models_dir / str(meta["id"])
    if target.exists() and not replace:
        raise FabwiseError(
            f"a model '{meta['id']}' is already imported",
            hint="give another --name, or --replace to overwrite it",
        )
    models_dir.mkdir(parents=True, exist_ok=True)
    staging = models_dir / f".import-{uuid.uuid4().hex[:8]}"
    staging.mkdir()
    try:
        payload = {"format_version": FORMAT_VERSION, **meta}
        for name, data in {
            **files,
            MODEL_FILE: json.dumps(payload, indent=2, ensure_ascii=False).encode(),
        }.items():
            with (staging / name).open("wb") as handle:
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
        old = None
        if target.exists():
            old = models_dir / f".old-{uuid.uuid4().hex[:8]}"
            target.rename(old)
        staging.rename(target)
        if old is not None:
            shutil.rmtree(old, ignore_errors=True)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return target


def write_declaration(folder: Path, declaration: Declaration) -> None:
    """Keep ``declaration`` in the model's ``model.json`` (replaced atomically: a reader sees the
    old file or the new one); an empty declaration removes the conditions."""
    path = folder / MODEL_FILE
    data = json.loads(path.read_text(encoding="utf-8"))
    if declaration.empty:
        data.pop("conditions", None)
    else:
        data["conditions"] = declaration.to_dict()
    write_atomic(path, json.dumps(data, indent=2, ensure_ascii=False).encode())


def remove_model(models_dir: Path, model: str) -> Path:
    target = models_dir / model
    if not re.fullmatch(r"[a-z0-9-]+", model) or not (target / MODEL_FILE).is_file():
        raise FabwiseError(
            f"no imported model '{model}'",
            hint="`fabwise templates list` shows imported models (ids model-…)",
        )
    shutil.rmtree(target)
    return target

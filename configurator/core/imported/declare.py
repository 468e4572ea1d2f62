"""Declaring (or clearing) the load and temperature of an already imported model.

:func:`run_declare` is a worker job (``Job.DECLARE_LOAD``) when the model holds STEP parts, whose
surfaces need the CAD kernel to be tessellated; a mesh model is declared in the caller's process.
The declaration is checked against the stored geometry (:func:`~.declared_load.check_regions`) and
then written into the model's ``model.json`` atomically; nothing is written when it is refused.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from configurator.core.imported.declared_load import Declaration, DeclaredLoad, check_regions
from configurator.core.imported.store import (
    ModelPart,
    StoredModel,
    load_mesh_file,
    read_model,
    write_declaration,
)
from configurator.sdk.errors import FabwiseError


@dataclass(frozen=True)
class DeclareRequest:
    models_dir: str
    model: str  # the model's id
    load: DeclaredLoad | None = None  # part "" = the model's only part
    temperature_c: float | None = None
    clear: bool = False  # forget every declared load and temperature first


def now_utc() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def for_part(load: DeclaredLoad, part_names: list[str]) -> DeclaredLoad:
    """``load`` with its part resolved: "" means the only part; an unknown name is refused."""
    if not load.part:
        if len(part_names) != 1:
            raise FabwiseError(
                f"the model has {len(part_names)} parts: say which one carries the load",
                hint="name the part (fabwise models load ID --part NAME), one of: " + ", ".join(part_names),
            )
        return replace(load, part=part_names[0])
    if load.part not in part_names:
        raise FabwiseError(
            f"the model has no part '{load.part}'", hint="its parts are: " + ", ".join(part_names)
        )
    return load


def stored_triangles(model: StoredModel, part: ModelPart) -> tuple[npt.NDArray[np.float64], Any]:
    """A stored part's surface as outward-wound triangles (a STEP part is tessellated: needs the
    CAD kernel)."""
    path = model.folder / part.file
    if part.kind == "mesh":
        return load_mesh_file(path)
    from configurator.core.imported.step_reader import read_step_solid, surface_triangles

    return surface_triangles(read_step_solid(path))


def needs_kernel(models_dir: Path, model: str) -> bool:
    folder = models_dir / model
    try:
        return "brep" in read_model(folder).kinds
    except FabwiseError:
        return False  # run_declare reports the problem


def run_declare(request: DeclareRequest) -> Declaration:
    """Check and keep a declaration; returns what the model now declares."""
    folder = Path(request.models_dir) / request.model
    if not (folder / "model.json").is_file():
        raise FabwiseError(
            f"no imported model '{request.model}'",
            hint="`fabwise models list` shows imported models (ids model-…)",
        )
    model = read_model(folder)
    current = Declaration() if request.clear or model.declared is None else model.declared
    load = request.load
    if load is not None:
        load = for_part(load, [p.name for p in model.parts])
        part = next(p for p in model.parts if p.name == load.part)
        vertices, faces = stored_triangles(model, part)
        check_regions(load, vertices, faces)
    declaration = current.merged(load, request.temperature_c, now_utc())
    write_declaration(folder, declaration)
    return declaration

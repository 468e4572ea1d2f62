"""Importing a model someone brought: an STL, 3MF or STEP file, or an Open Know-How manifest.

:func:`run_import` is a worker job (``Job.IMPORT_MODEL``): it reads the file(s), checks and repairs
meshes (:mod:`.mesh_check`), decides the units (:mod:`.units`), moves the model so it stands on
z = 0 centred on the z axis, and writes a model folder (:mod:`.store`) all at once. It returns an
:class:`ImportReport` saying what was found and done. Anything that stops the import raises a
FabwiseError naming the problem, and nothing is written.
"""

from __future__ import annotations

import contextlib
import tomllib
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import numpy as np

from configurator.core.imported.mesh_check import MESH_SUFFIXES, check_and_repair, load_mesh
from configurator.core.imported.store import mesh_bytes, model_id, write_model
from configurator.core.imported.units import UnitDecision, decide_units, plausible
from configurator.sdk.errors import FabwiseError

STEP_SUFFIXES = (".step", ".stp")
MODEL_SUFFIXES = (*MESH_SUFFIXES, *STEP_SUFFIXES)
OKH_SUFFIX = ".toml"
# OKH "tsdc" (technology-specific documentation criteria) codes that name a process we know.
TSDC_PROCESS = {"3DP": "fdm", "CNC": "cnc_mill"}


@dataclass(frozen=True)
class ImportRequest:
    path: str
    models_dir: str
    name: str | None = None
    units: str | None = None  # mm, cm, m or in; None = from the file or guessed
    replace: bool = False
    license: str = ""
    author: str = ""


@dataclass
class PartReport:
    name: str
    source: str
    kind: str  # mesh or brep
    triangles: int | None
    size_mm: tuple[float, float, float]
    volume_mm3: float
    units: str
    units_reason: str
    repairs: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class ImportReport:
    id: str
    name: str
    folder: str
    source: str
    license: str
    author: str
    parts: tuple[PartReport, ...]
    skipped: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class _Prepared:
    report: PartReport
    file: str
    data: bytes
    process_hint: str | None = None


def _mesh_part(path: Path, name: str, stem: str, units: str | None) -> _Prepared:
    loaded = load_mesh(path)
    vertices, faces, repairs = check_and_repair(loaded.vertices, loaded.faces)
    if repairs.problems:
        done = f" (repaired first: {'; '.join(repairs.done)})" if repairs.done else ""
        raise FabwiseError(
            f"{path.name} cannot be made: {'; '.join(repairs.problems)}{done}",
            hint="repair it in a mesh editor (e.g. make it manifold / watertight) and import it again",
        )
    longest = float(np.ptp(vertices, axis=0).max())
    decision = decide_units(longest, declared=loaded.declared_unit, given=units, file_name=path.name)
    vertices = _stand_on_bed(vertices * decision.factor)
    volume = _volume(vertices, faces)
    size = tuple(float(v) for v in np.ptp(vertices, axis=0))
    report = PartReport(
        name,
        path.name,
        "mesh",
        len(faces),
        (size[0], size[1], size[2]),
        volume,
        decision.unit,
        decision.reason,
        [_in_mm(r, decision) for r in repairs.done],
        list(repairs.notes),
    )
    return _Prepared(report, f"{stem}.npz", mesh_bytes(vertices, faces))


def _in_mm(text: str, decision: UnitDecision) -> str:
    return text.replace("units across", f"{decision.unit} across")


def _volume(vertices: np.ndarray, faces: np.ndarray) -> float:  # mesh already checked closed
    corners = vertices[faces]
    return float(np.einsum("ij,ij->i", corners[:, 0], np.cross(corners[:, 1], corners[:, 2])).sum() / 6.0)


def _stand_on_bed(vertices: np.ndarray) -> np.ndarray:
    """Centred on the z axis, lowest point on z = 0."""
    low, high = vertices.min(axis=0), vertices.max(axis=0)
    moved: np.ndarray = vertices - np.array([(low[0] + high[0]) / 2, (low[1] + high[1]) / 2, low[2]])
    return moved


def _step_part(path: Path, name: str, stem: str, units: str | None) -> _Prepared:
    import cadquery as cq

    from configurator.core.imported.step_reader import read_step_solid, step_text

    if units is not None:
        raise FabwiseError(
            "--units is for STL and 3MF files: a STEP file states its own unit",
            hint="leave out --units (use the scale parameter to resize)",
        )
    shape = read_step_solid(path)
    box = shape.BoundingBox()
    shape = shape.translate(cq.Vector(-(box.xmin + box.xmax) / 2, -(box.ymin + box.ymax) / 2, -box.zmin))
    box = shape.BoundingBox()
    size = (float(box.xlen), float(box.ylen), float(box.zlen))
    reason = "the STEP file states it (read in millimetres)"
    if not plausible(max(size)):
        reason += f"; note: {max(size):,.1f} mm long is unusual, check the file's unit"
    report = PartReport(
        name,
        path.name,
        "brep",
        None,
        size,
        float(shape.Volume()),
        "mm",
        reason,
        [],
        [f"{len(shape.Solids())} solid(s), OCCT geometry check passed"],
    )
    return _Prepared(report, f"{stem}.step", step_text(shape, name))


def _prepare(path: Path, name: str, stem: str, units: str | None) -> _Prepared:
    if not path.is_file():
        raise FabwiseError(f"no file {path}", hint="check the path")
    suffix = path.suffix.lower()
    if suffix in MESH_SUFFIXES:
        return _mesh_part(path, name, stem, units)
    if suffix in STEP_SUFFIXES:
        return _step_part(path, name, stem, units)
    raise FabwiseError(
        f"{path.name}: Fabwise imports STL, 3MF and STEP models and OKH manifests (okh.toml)",
        hint="export the model as STL, 3MF or STEP from its program",
    )


def _okh(path: Path) -> dict[str, Any]:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise FabwiseError(f"{path.name} cannot be read as an OKH manifest: {exc}") from exc
    if not str(data.get("okhv", "")).startswith("OKH"):
        raise FabwiseError(
            f'{path.name} is not an Open Know-How manifest (no okhv = "OKH-…")',
            hint="import the model files themselves instead",
        )
    return data


def _okh_file(root: Path, part: dict[str, Any]) -> Path | None:
    names = [part.get("source"), *(part.get("export") or [])]
    for entry in names:
        if not isinstance(entry, str) or "://" in entry or Path(entry).suffix.lower() not in MODEL_SUFFIXES:
            continue
        candidate = (root / entry.lstrip("/")).resolve()
        if not candidate.is_relative_to(root.resolve()):
            raise FabwiseError(f"the manifest points outside its folder: {entry}")
        if candidate.is_file():
            return candidate
    return None


def _attribution(data: dict[str, Any]) -> str:
    who = ", ".join(str(data[k]) for k in ("licensor", "organization") if data.get(k))
    parts = [f'"{data.get("name", "unnamed")}"']
    if data.get("version"):
        parts.append(f"version {data['version']}")
    if who:
        parts.append(f"by {who}")
    if data.get("license"):
        parts.append(f"licensed {data['license']}")
    if data.get("repo"):
        parts.append(f"from {data['repo']}")
    return "Open hardware: " + ", ".join(parts) + "."


def _stem(index: int, name: str) -> str:
    return f"part-{index + 1}-" + model_id(name).removeprefix("model-")


def default_name(path: Path) -> str:
    """The name a model gets when none is given: an OKH manifest's own name, else the file's."""
    if path.suffix.lower() == OKH_SUFFIX:
        with contextlib.suppress(OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
            name = tomllib.loads(path.read_text(encoding="utf-8")).get("name")
            if isinstance(name, str) and name.strip():
                return name.strip()
        return path.parent.name or "model"
    return path.stem.replace("_", " ").replace("-", " ").strip() or "model"


def needs_kernel(path: Path) -> bool:
    """Whether importing ``path`` may need the CAD kernel (STEP, or a manifest that may name
    STEP files); meshes are read without it."""
    return path.suffix.lower() not in MESH_SUFFIXES


def run_import(request: ImportRequest) -> ImportReport:
    """Read, check, repair and store a model (the worker job). Writes nothing on error."""
    path = Path(request.path).expanduser()
    if not path.is_file():
        raise FabwiseError(f"no file {path}", hint="check the path")
    skipped: list[str] = []
    meta: dict[str, Any] = {
        "license": request.license,
        "author": request.author,
        "source": path.name,
        "attribution": "",
        "description": "",
    }
    prepared: list[_Prepared] = []
    if path.suffix.lower() == OKH_SUFFIX:
        data = _okh(path)
        name = request.name or default_name(path)
        meta.update(
            license=request.license or str(data.get("license", "")),
            author=request.author or str(data.get("licensor", "")),
            attribution=_attribution(data),
            description=str(data.get("function", "")),
        )
        for index, part in enumerate(data.get("part") or []):
            part_name = str(part.get("name") or f"part {index + 1}")
            found = _okh_file(path.parent, part)
            if found is None:
                links = [
                    e
                    for e in [part.get("source"), *(part.get("export") or [])]
                    if isinstance(e, str) and "://" in e
                ]
                skipped.append(
                    f"{part_name}: "
                    + (
                        "its model files are links; download them next to the manifest"
                        if links
                        else "no STL, 3MF or STEP file found among its source and export "
                        "files next to the manifest"
                    )
                )
                continue
            item = _prepare(found, part_name, _stem(index, part_name), request.units)
            item.process_hint = TSDC_PROCESS.get(str(part.get("tsdc", "")).upper())
            prepared.append(item)
        if not prepared:
            raise FabwiseError(
                f"{path.name} lists no part with an STL, 3MF or STEP file next to it",
                hint="download the repository's model files too, next "
                "to the manifest, as its part entries name them",
            )
    else:
        name = request.name or default_name(path)
        prepared.append(_prepare(path, name, _stem(0, name), request.units))
    names = [p.report.name for p in prepared]
    if len(set(names)) != len(names):
        raise FabwiseError(f"{path.name}: two parts share a name")
    identifier = model_id(name)
    meta.update(
        id=identifier,
        name=name,
        imported_utc=datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        parts=[
            {
                "name": p.report.name,
                "file": p.file,
                "kind": p.report.kind,
                "size_mm": list(p.report.size_mm),
                "volume_mm3": p.report.volume_mm3,
                "process_hint": p.process_hint,
            }
            for p in prepared
        ],
        report={"parts": [asdict(p.report) for p in prepared], "skipped": skipped},
    )
    folder = write_model(
        Path(request.models_dir), meta, {p.file: p.data for p in prepared}, replace=request.replace
    )
    return ImportReport(
        identifier,
        name,
        str(folder),
        path.name,
        str(meta["license"]),
        str(meta["author"]),
        tuple(p.report for p in prepared),
        tuple(skipped),
    )

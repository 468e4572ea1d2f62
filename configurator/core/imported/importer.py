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

from configurator.core.imported.declare import for_part, now_utc
from configurator.core.imported.declared_load import Declaration, DeclaredLoad, check_regions
from configurator.core.imported.hints import HintChoice, choose_defaults, process_of
from configurator.core.imported.mesh_check import MESH_SUFFIXES, check_and_repair, load_mesh
from configurator.core.imported.store import mesh_bytes, model_id, write_model
from configurator.core.imported.units import UnitDecision, decide_units, plausible
from configurator.sdk.errors import FabwiseError

STEP_SUFFIXES = (".step", ".stp")
MODEL_SUFFIXES = (*MESH_SUFFIXES, *STEP_SUFFIXES)
OKH_SUFFIX = ".toml"


@dataclass(frozen=True)
class ImportRequest:
    path: str
    models_dir: str
    name: str | None = None
    units: str | None = None  # mm, cm, m or in; None = from the file or guessed
    replace: bool = False
    license: str = ""
    author: str = ""
    # a load the user declares for fit for use (part "" = the only part) and a service temperature
    load: DeclaredLoad | None = None
    temperature_c: float | None = None


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
    # defaults chosen from an OKH manifest's process and material hints, and the hints not used
    choices: tuple[str, ...] = ()
    unused_hints: tuple[str, ...] = ()
    declared: tuple[str, ...] = ()  # the declared load and temperature, in words

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class _Prepared:
    report: PartReport
    file: str
    data: bytes
    process_hint: str | None = None
    mesh: tuple[np.ndarray, np.ndarray] | None = None  # (vertices, faces) of a mesh part
    shape: Any = None  # the solid of a STEP part (its surface is tessellated only when needed)

    def triangles(self) -> tuple[np.ndarray, np.ndarray]:
        if self.mesh is not None:
            return self.mesh
        from configurator.core.imported.step_reader import surface_triangles

        return surface_triangles(self.shape)


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
    return _Prepared(report, f"{stem}.npz", mesh_bytes(vertices, faces), mesh=(vertices, faces))


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


def _step_parts(path: Path, name: str, index: int, units: str | None) -> list[_Prepared]:
    """One part per solid of the STEP file: named by the file's product names where it gives
    them, else "part 1", "part 2"... (a single solid keeps ``name``)."""
    import cadquery as cq

    from configurator.core.imported.step_reader import read_step_parts, step_text

    if units is not None:
        raise FabwiseError(
            "--units is for STL and 3MF files: a STEP file states its own unit",
            hint="leave out --units (use the scale parameter to resize)",
        )
    found = read_step_parts(path)
    several = len(found) > 1
    names = _solid_names([solid_name for solid_name, _ in found], name if not several else "")
    prepared = []
    for number, ((given, shape), part_name) in enumerate(zip(found, names, strict=True)):
        box = shape.BoundingBox()
        shape = shape.translate(cq.Vector(-(box.xmin + box.xmax) / 2, -(box.ymin + box.ymax) / 2, -box.zmin))
        box = shape.BoundingBox()
        size = (float(box.xlen), float(box.ylen), float(box.zlen))
        reason = "the STEP file states it (read in millimetres)"
        if not plausible(max(size)):
            reason += f"; note: {max(size):,.1f} mm long is unusual, check the file's unit"
        if several:
            named = f"named {given!r} in the file" if given else "unnamed in the file"
            note = f"solid {number + 1} of {len(found)} ({named}), OCCT geometry check passed"
        else:
            note = f"{len(shape.Solids())} solid(s), OCCT geometry check passed"
        report = PartReport(
            part_name, path.name, "brep", None, size, float(shape.Volume()), "mm", reason, [], [note]
        )
        stem = _stem(index + number, part_name)
        prepared.append(_Prepared(report, f"{stem}.step", step_text(shape, part_name), shape=shape))
    return prepared


def _solid_names(given: list[str], single: str) -> list[str]:
    """Part names for a STEP file's solids: ``single`` for a lone solid; else the product names,
    numbered where they repeat, "part N" where there is none."""
    if single and len(given) == 1:
        return [single]
    names: list[str] = []
    for number, name in enumerate(given, start=1):
        base = name or f"part {number}"
        candidate, count = base, 1
        while candidate in names:
            count += 1
            candidate = f"{base} {count}"
        names.append(candidate)
    return names


def _prepare(path: Path, name: str, index: int, units: str | None) -> list[_Prepared]:
    if not path.is_file():
        raise FabwiseError(f"no file {path}", hint="check the path")
    suffix = path.suffix.lower()
    if suffix in MESH_SUFFIXES:
        return [_mesh_part(path, name, _stem(index, name), units)]
    if suffix in STEP_SUFFIXES:
        return _step_parts(path, name, index, units)
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
    hints: HintChoice | None = None
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
            items = _prepare(found, part_name, len(prepared), request.units)
            if len(items) > 1:  # a STEP of several solids: each is a part, named after the OKH part
                for item in items:
                    item.report.name = f"{part_name}: {item.report.name}"
            for item in items:
                item.process_hint = process_of(str(part.get("tsdc", ""))) if part.get("tsdc") else None
            prepared.extend(items)
        hints = choose_defaults(data, [p for p in data.get("part") or [] if isinstance(p, dict)])
        if not prepared:
            raise FabwiseError(
                f"{path.name} lists no part with an STL, 3MF or STEP file next to it",
                hint="download the repository's model files too, next "
                "to the manifest, as its part entries name them",
            )
    else:
        name = request.name or default_name(path)
        prepared.extend(_prepare(path, name, 0, request.units))
    names = [p.report.name for p in prepared]
    if len(set(names)) != len(names):
        raise FabwiseError(f"{path.name}: two parts share a name")
    declaration = _declaration(request, prepared)
    if declaration is not None:
        meta["conditions"] = declaration.to_dict()
    if hints is not None:
        meta["defaults"] = hints.to_dict()
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
        tuple(hints.reasons) if hints else (),
        tuple(hints.unused) if hints else (),
        declared_words(declaration) if declaration is not None else (),
    )


def _declaration(request: ImportRequest, prepared: list[_Prepared]) -> Declaration | None:
    """The load and temperature declared with the import, checked against the parts' surfaces."""
    if request.load is None and request.temperature_c is None:
        return None
    load = request.load
    if load is not None:
        load = for_part(load, [p.report.name for p in prepared])
        part = next(p for p in prepared if p.report.name == load.part)
        check_regions(load, *part.triangles())
    return Declaration().merged(load, request.temperature_c, now_utc())


def declared_words(declaration: Declaration) -> tuple[str, ...]:
    """What the user declared, for the import report and ``models load``."""
    lines = [
        f"{load.case_name()} ({'sustained' if load.sustained else 'short-term'})"
        for load in declaration.loads
    ]
    if declaration.temperature_c is not None:
        lines.append(f"service temperature {declaration.temperature_c:g} °C (all parts)")
    return tuple(lines)

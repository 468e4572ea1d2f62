"""An imported model as a template: fixed geometry, and only material, process, scale and copies.

The template is made from the model folder (no code is run, so no trust is needed). Its build
reads the stored geometry, in the build worker, and keeps the last few models read in memory, so
changing the material or scale does not read the files again.
"""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Any

from configurator.core.imported.declared_load import side_regions, use_conditions
from configurator.core.imported.store import StoredModel, load_mesh_file, read_model
from configurator.sdk.errors import TemplateError
from configurator.sdk.i18n import translate
from configurator.sdk.materials import load_materials
from configurator.sdk.params import Choice, Count, MaterialSlot, Number, Params
from configurator.sdk.product import MeshShape, Part, Placement, Process, Product, process_label
from configurator.sdk.schema import Constraint, Preset
from configurator.sdk.template import Template

CATEGORY = "Your models"
PROCESSES = (Process.FDM.value, Process.SLA.value, Process.SLS.value, Process.CNC_MILL.value)
AUTO = "auto"
COPY_GAP_MM = 10.0


class ImportedParams(Params):
    material: str
    process: str
    scale: float
    copies: int


def _materials() -> tuple[str, ...]:
    return tuple(m.id for m in load_materials().values() if set(m.processes) & set(PROCESSES))


def part_process(material: str, process: str) -> str:
    """The process a part is made by: the one chosen, or with ``auto`` the material's own."""
    if process != AUTO:
        return process
    ways = [p for p in load_materials()[material].processes if p in PROCESSES]
    return ways[0]


def _process_fits(p: ImportedParams) -> str | None:
    if p.process == AUTO:
        return None
    material = load_materials()[p.material]
    if p.process not in material.processes:
        ways = ", ".join(process_label(w) for w in material.processes)
        return translate(
            "imported",
            "{name} is not used for {process}: it is made by {ways}; choose "
            "another material or process 'auto'",
        ).format(name=material.label, process=process_label(p.process), ways=ways)
    return None


@functools.lru_cache(maxsize=4)
def _geometry(folder: str, fingerprint: str) -> tuple[Any, ...]:
    """The parts' geometry in millimetres, as stored (cached per model content)."""
    model = read_model(Path(folder))
    if model.fingerprint != fingerprint:
        raise TemplateError(
            f"imported model {model.name} changed since it was loaded", hint="reload the templates"
        )
    shapes: list[Any] = []
    for part in model.parts:
        path = model.folder / part.file
        if part.kind == "mesh":
            vertices, faces = load_mesh_file(path)
            shapes.append(MeshShape(vertices, faces))
        else:
            from configurator.core.imported.step_reader import read_step_solid

            shapes.append(read_step_solid(path))
    return tuple(shapes)


def _defaults(model: StoredModel) -> tuple[str, str]:
    """The model's default material and process: as chosen at import (from a manifest's hints)
    when the catalogue still has them and they suit each other, else PLA, process auto."""
    material = str(model.defaults.get("material") or "pla")
    process = str(model.defaults.get("process") or AUTO)
    if material not in _materials():
        return "pla", AUTO
    if process != AUTO and (process not in PROCESSES or process not in load_materials()[material].processes):
        return material, AUTO
    if process != AUTO and part_process(material, AUTO) == process:
        process = AUTO  # the material's own process: keep 'auto' so a material change follows
    return material, process


def _bounds(shape: Any) -> tuple[tuple[float, float, float], tuple[float, float, float]]:
    """Lowest and highest corner of a part's bounding box, mm."""
    if isinstance(shape, MeshShape):
        low, high = shape.vertices.min(axis=0), shape.vertices.max(axis=0)
        return (float(low[0]), float(low[1]), float(low[2])), (float(high[0]), float(high[1]), float(high[2]))
    box = shape.BoundingBox()
    return (box.xmin, box.ymin, box.zmin), (box.xmax, box.ymax, box.zmax)


def model_template(model: StoredModel) -> Template:
    """The template for ``model``."""
    folder, fingerprint = str(model.folder), model.fingerprint
    parts = model.parts
    brep = model.kinds == {"brep"}
    declared = model.declared is not None and not model.declared.empty

    def build(p: ImportedParams) -> Product:
        factor = p.scale / 100.0
        made = []
        offset = 0.0
        for spec, shape in zip(parts, _geometry(folder, fingerprint), strict=True):
            scaled = (
                shape.scaled(factor)
                if isinstance(shape, MeshShape)
                else shape.scale(factor)
                if factor != 1.0
                else shape
            )
            width = spec.size_mm[0] * factor
            placements = tuple(
                Placement.at(offset + i * (width + COPY_GAP_MM), 0, 0) for i in range(p.copies)
            )
            offset += p.copies * (width + COPY_GAP_MM)
            made.append(
                Part(
                    spec.name,
                    scaled,
                    p.material,
                    part_process(p.material, p.process),
                    quantity=p.copies,
                    placements=placements,
                    description=translate("imported", "imported from {source}").format(source=model.source),
                    regions=side_regions(*_bounds(scaled)) if declared else {},
                )
            )
        notes = [
            translate("imported", "Imported model: the geometry is fixed as it came from {source}.").format(
                source=model.source
            )
        ]
        if model.attribution:
            notes.append(model.attribution)
        return Product(tuple(made), notes=tuple(notes))

    material, process = _defaults(model)
    made = translate("imported", "{process} in {material}").format(
        process=process_label(part_process(material, process)),
        material=load_materials()[material].label,
    )
    if brep:
        imported_as = translate("imported", "Your model, imported from {source} as STEP (exact solids).")
    else:
        imported_as = translate("imported", "Your model, imported from {source} as a triangle mesh.")
    description = model.description or imported_as.format(source=model.source)
    size = max((max(p.size_mm) for p in parts), default=0.0)
    return Template(
        id=model.id,
        version="1.0.0",
        name=model.name,
        description=description,
        category=CATEGORY,
        processes=PROCESSES,
        parameters=(
            MaterialSlot(
                "material",
                material,
                _materials(),
                help=translate(
                    "imported",
                    "What to make it from; the process follows the material unless you choose one.",
                ),
                label=translate("imported", "Material"),
            ),
            Choice(
                "process",
                process,
                (AUTO, *PROCESSES),
                group=translate("imported", "Making"),
                help=translate(
                    "imported",
                    "How it is made: 'auto' uses the material's own process (filament: "
                    "FDM printing, resin: SLA, powder: SLS, metal: CNC milling).",
                ),
                label=translate("imported", "Process"),
            ),
            Number(
                "scale",
                100.0,
                10.0,
                1000.0,
                unit="%",
                step=5.0,
                group=translate("imported", "Size"),
                help=translate(
                    "imported",
                    "Size relative to the imported model (its longest side is {size:.1f} mm at 100 %).",
                ).format(size=size),
                label=translate("imported", "Scale"),
            ),
            Count(
                "copies",
                1,
                1,
                100,
                group=translate("imported", "Size"),
                help=translate("imported", "How many of each part one product holds."),
                label=translate("imported", "Copies"),
            ),
        ),
        constraints=(
            Constraint(("material", "process"), _process_fits, "the material suits the chosen process"),
        ),
        presets=(
            Preset(
                "as imported",
                {},
                translate("imported", "{made} at the imported size.").format(made=made),
                label=translate("imported", "As imported"),
            ),
        ),
        author=model.author,
        license=model.license,
        tags=("imported", model.source),
        build=build,
        params_type=ImportedParams,
        conditions=use_conditions(model.declared) if model.declared is not None and declared else None,
        build_timeout=300.0,
    )

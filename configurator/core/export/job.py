"""The export job: runs inside the build worker, where the B-rep shapes live.

:func:`run_export` takes a picklable :class:`ExportJob`, rebuilds the variant, runs every
manufacturing check, and only when none fails writes all files into one zip, atomically. It
returns an :class:`ExportSummary` (plain data) either way; a blocked export writes nothing.
"""

from __future__ import annotations

import re
import time
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from configurator.core.atomic import atomic_output
from configurator.core.build import BuiltProduct, build_product, measure_solid
from configurator.core.export.bom import bom_csv
from configurator.core.export.dfm import (
    Check,
    FacilityLike,
    PartPlan,
    add_suggestions,
    failures,
    plan_part,
    process_limits,
)
from configurator.core.export.dxf_format import bottom_wires
from configurator.core.export.formats import PartInput, formats_for
from configurator.core.export.jobspec import ExportJob, ExportSummary, PartFacts
from configurator.core.export.manifest import (
    MANIFEST_NAME,
    MANIFEST_VERSION,
    PACKAGE_KIND,
    PackageFile,
    manifest_bytes,
    with_files,
)
from configurator.core.export.okh import okh_toml
from configurator.core.export.preview import PreviewMesh, placed_meshes, render_preview
from configurator.core.export.report import build_report, eco_summary
from configurator.core.export.report_html import render_html
from configurator.core.export.report_pdf import render_pdf
from configurator.core.export.thickness import flatness_check, thickness_check
from configurator.core.registry import load_ref
from configurator.sdk.errors import FabwiseError
from configurator.sdk.materials import Material, get_material
from configurator.sdk.product import PRINT_PROCESSES, Part
from configurator.sdk.results import Quality

_SLUG = re.compile(r"[^a-z0-9]+")


@dataclass
class _PartWork:
    part: Part
    shape: Any
    material: Material
    vertices: Any
    faces: Any
    volume: float
    area: float
    bbox: tuple[float, float, float]
    stem: str
    engraving: Any | None
    plan: PartPlan | None = None

    @property
    def name(self) -> str:
        return self.part.name

    @property
    def process(self) -> str:
        return self.part.process


class _Timer:
    def __init__(self) -> None:
        self.seconds: dict[str, float] = {}
        self._start = time.perf_counter()

    def lap(self, name: str) -> None:
        now = time.perf_counter()
        self.seconds[name] = self.seconds.get(name, 0.0) + now - self._start
        self._start = now


def _stems(parts: tuple[Part, ...]) -> dict[str, str]:
    stems: dict[str, str] = {}
    used: set[str] = set()
    for part in parts:
        base = _SLUG.sub("-", part.name.lower()).strip("-") or "part"
        stem, number = base, 2
        while stem in used:
            stem, number = f"{base}-{number}", number + 1
        used.add(stem)
        stems[part.name] = stem
    return stems


class _PartView:
    """A part as the DFM checks see it (material is the id)."""

    def __init__(self, work: _PartWork) -> None:
        self.name = work.part.name
        self.material = work.part.material
        self.process = work.part.process
        self.bbox_mm = work.bbox
        self.sheet_thickness_mm = work.part.sheet_thickness


def _prepare(built: BuiltProduct, only: tuple[str, ...] | None = None) -> list[_PartWork]:
    stems = _stems(built.product.parts)
    works = []
    if only is not None:
        unknown = sorted(set(only) - {p.name for p in built.product.parts})
        if unknown:
            raise FabwiseError(f"no part(s) {', '.join(unknown)} in {built.template.id}")
    for part in built.product.parts:
        if only is not None and part.name not in only:
            continue
        shape = built.shapes[part.name]
        quality = Quality.EXPORT if part.process in PRINT_PROCESSES else Quality.FINE
        solid = measure_solid(part, shape, quality)  # the build's own measuring path
        works.append(_PartWork(part, shape, get_material(part.material), solid.vertices,
                               solid.faces, solid.volume_mm3, solid.area_mm2, solid.size_mm,
                               stems[part.name], built.engravings.get(part.name)))
    return works


def _checks(works: list[_PartWork], facility: FacilityLike | None) -> list[Check]:
    limits = process_limits()
    checks: list[Check] = []
    for work in works:
        view = _PartView(work)
        if facility is not None:
            work.plan = plan_part(view, facility)
            checks.extend(work.plan.checks)
        thickness = work.part.sheet_thickness
        if thickness is not None:
            checks.append(flatness_check(work.name, work.vertices, work.faces, thickness))
        limit = limits.get(work.process)
        if limit is not None:
            checks.append(thickness_check(work.name, work.shape, work.vertices, work.faces,
                                          thickness, limit))
    return checks


def _part_files(works: list[_PartWork]) -> tuple[list[PackageFile], dict[str, list[str]]]:
    files: list[PackageFile] = []
    by_part: dict[str, list[str]] = {}
    for work in works:
        part_input = PartInput(work.name, work.process, work.part.material, work.material.color,
                               work.shape, work.engraving, work.vertices, work.faces,
                               work.part.sheet_thickness)
        by_part[work.name] = []
        for fmt in formats_for(part_input):
            path = f"parts/{work.stem}{fmt.format.extension}"
            data = fmt.write(part_input)
            files.append(PackageFile(path, data, fmt.format.id, "part", work.name))
            by_part[work.name].append(path)
    return files, by_part


def _part_entries(works: list[_PartWork], quantity: int,
                  files: dict[str, list[str]]) -> list[dict[str, Any]]:
    entries = []
    for work in works:
        entry: dict[str, Any] = {
            "name": work.name, "material": work.part.material, "process": work.process,
            "quantity": work.part.quantity * quantity,
            "quantity_per_product": work.part.quantity, "spare": work.part.spare,
            "volume_mm3": round(work.volume, 3), "area_mm2": round(work.area, 3),
            "bbox_mm": [round(v, 3) for v in work.bbox],
            "solid_mass_g": round(work.material.mass_g(work.volume), 3),
            "machine": work.plan.machine if work.plan else None,
            "files": files[work.name],
        }
        if work.part.sheet_thickness is not None:
            entry["sheet_thickness_mm"] = work.part.sheet_thickness
            wires = bottom_wires(work.shape, work.name)
            entry["cut_length_mm"] = round(sum(e.Length() for w in wires for e in w.Edges()), 2)
        if work.part.description:
            entry["description"] = work.part.description
        entries.append(entry)
    return entries


def _facility_entry(facility: FacilityLike | None) -> dict[str, Any] | None:
    if facility is None:
        return None
    entry: dict[str, Any] = {"id": facility.id, "name": facility.name}
    for key in ("kind", "url", "inventory_verified", "accepted_formats"):
        value = getattr(facility, key, None)
        if value not in (None, ""):
            entry[key] = list(value) if isinstance(value, tuple) else value
    location = getattr(facility, "location", None)
    if location is not None and hasattr(location, "label"):
        entry["location"] = location.label()
    return entry


def _preview_meshes(built: BuiltProduct, works: list[_PartWork]) -> list[PreviewMesh]:
    meshes: list[PreviewMesh] = []
    for work in works:
        matrices = [p.matrix() for p in work.part.placements]
        meshes += placed_meshes(work.vertices, work.faces, matrices, work.material.color)
    return meshes


def _assembled_size(meshes: list[PreviewMesh]) -> list[float]:
    import numpy as np

    points = np.concatenate([m.vertices for m in meshes])
    return [round(float(v), 2) for v in points.max(axis=0) - points.min(axis=0)]


def _documents(job: ExportJob, built: BuiltProduct, works: list[_PartWork],
               checks: list[Check], created: str, timer: _Timer
               ) -> tuple[dict[str, Any], list[PackageFile]]:
    template = built.template
    quantity = job.options.quantity
    part_files, by_part = _part_files(works)
    timer.lap("part_files")
    meshes = _preview_meshes(built, works)
    preview = render_preview(meshes, job.options.preview)
    timer.lap("preview")
    parts = _part_entries(works, quantity, by_part)
    order = job.options.order
    hardware = [
        {"name": h.name, "spec": h.spec, "quantity": h.quantity * quantity,
         "quantity_per_product": h.quantity, "standard": h.standard, "material": h.material,
         **({"mass_g": h.mass_g} if h.mass_g is not None else {})}
        for h in built.product.hardware
        if order is None or order.get("hardware_here", False)
    ]
    materials = {w.material.id: w.material for w in works}
    eco = job.eco
    unknown = [c for c in checks if c.status == "unknown"]
    manifest: dict[str, Any] = {
        "manifest_version": MANIFEST_VERSION, "kind": PACKAGE_KIND, "created_utc": created,
        "generator": {"name": "fabwise", "version": job.generator_version or "unknown"},
        "template": {"id": template.id, "version": template.version, "name": template.name,
                     "author": template.author, "license": template.license,
                     "origin": job.request.ref.origin},
        "params": dict(built.params),
        "material": job.options.material,
        "materials": [{"id": m.id, "name": m.name, "density_kg_m3": m.density_kg_m3,
                       "density_source": m.density_source, "density_status": m.density_status}
                      for m in materials.values()],
        "processes": sorted({w.process for w in works}),
        "facility": _facility_entry(job.facility),
        "quantity": quantity,
        "parts": parts,
        "hardware": hardware,
        "joints": [{"kind": j.kind.value, "parts": list(j.parts), "count": j.count,
                    "tool": j.tool, "hardware": j.hardware, "reversible": j.reversible}
                   for j in built.product.joints],
        "dfm": {"status": "pass_with_unknowns" if unknown else "pass",
                "checks": [c.to_dict() for c in checks]},
        "eco": eco_summary(eco, job.eco_reason),
        "preview": {"file": "preview.png", "method": preview.method, "note": preview.note},
    }
    if order is not None:
        manifest["order"] = dict(order)
    facility_name = job.facility.name if job.facility else "no facility chosen"
    product = {
        "Template": f"{template.name} ({template.id} {template.version})",
        "Parameters": ", ".join(f"{k} = {v}" for k, v in built.params.items()),
        "Materials": ", ".join(m.name for m in materials.values()),
        "Facility": facility_name,
        "Quantity": f"{quantity} product(s)",
        "Created": created,
    }
    dfm_lines = [c.message + (" [not confirmed]" if c.status == "unknown" else "")
                 for c in checks]
    document = build_report(product, eco, title=f"Eco report: {template.name}",
                            not_evaluated_reason=job.eco_reason or
                            "no eco evaluation was supplied with this export",
                            dfm_lines=dfm_lines)
    html = render_html(document).encode("utf-8")
    timer.lap("report_html")
    pdf = render_pdf(document)
    timer.lap("report_pdf")
    okh = okh_toml(
        name=template.name, version=template.version, function=template.description,
        licensor=template.author, license_id=template.license,
        assembled_size_mm=_assembled_size(meshes),
        total_mass_g=eco["product_mass_kg"]["value"] * 1000.0 if eco else None,
        parts=[{"name": p["name"], "process": p["process"], "source": p["files"][0],
                "export": p["files"][1:], "bbox_mm": p["bbox_mm"],
                "mass_g": None if p["process"] in PRINT_PROCESSES else p["solid_mass_g"]}
               for p in parts],
        bom="bom.csv", image="preview.png",
        manufacturing_note=f"{MANIFEST_NAME} (checks, machines and quantities)",
    ).encode("utf-8")
    files = [
        *part_files,
        PackageFile("bom.csv", bom_csv(parts, hardware).encode("utf-8"), "csv", "bom"),
        PackageFile("okh.toml", okh, "toml", "okh"),
        PackageFile("eco-report.html", html, "html", "eco-report"),
        PackageFile("eco-report.pdf", pdf, "pdf", "eco-report"),
        PackageFile("preview.png", preview.png, "png", "preview"),
    ]
    timer.lap("documents")
    return with_files(manifest, files), files


def _zip_info(path: str, created: datetime) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(path, date_time=created.timetuple()[:6])
    info.compress_type = zipfile.ZIP_DEFLATED
    info.external_attr = 0o644 << 16
    return info


# Tests replace this to fail half-way through writing the archive.
_before_each_entry: Callable[[str], None] = lambda path: None  # noqa: E731


def write_package(output: Path, manifest: dict[str, Any], files: list[PackageFile],
                  created: datetime) -> None:
    """Write manifest and files into ``output`` atomically (all or nothing)."""
    with atomic_output(output) as handle, zipfile.ZipFile(handle, "w") as archive:
        for path, data in [(MANIFEST_NAME, manifest_bytes(manifest)),
                           *((f.path, f.data) for f in files)]:
            _before_each_entry(path)
            archive.writestr(_zip_info(path, created), data, compresslevel=6)


def run_export(job: ExportJob) -> ExportSummary:
    """Build, check, and (if every check passes) write the package. Runs in the worker."""
    timer = _Timer()
    template = load_ref(job.request.ref)
    built = build_product(template, job.request.params)
    timer.lap("build")
    works = _prepare(built, job.options.parts)
    timer.lap("tessellate")
    checks = _checks(works, job.facility)
    timer.lap("checks")
    if failures(checks):
        views = [_PartView(w) for w in works]
        checks = add_suggestions(checks, views, facility=job.facility, schema=template.schema,
                                 params=dict(built.params))
        return ExportSummary(False, None, tuple(checks), seconds=timer.seconds,
                             parts=tuple(PartFacts.of(v) for v in views))
    created_text = job.options.created_utc or datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    created = datetime.strptime(created_text, "%Y-%m-%dT%H:%M:%SZ")
    manifest, files = _documents(job, built, works, checks, created_text, timer)
    output = Path(job.output)
    write_package(output, manifest, files, created)
    timer.lap("zip")
    listed = tuple((f.path, len(f.data), entry["sha256"])
                   for f, entry in zip(files, manifest["files"], strict=True))
    return ExportSummary(True, str(output), tuple(checks), listed,
                         manifest["preview"]["method"], manifest["preview"]["note"],
                         timer.seconds)

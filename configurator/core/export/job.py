"""The export job: runs inside the build worker, where the B-rep shapes live.

:func:`run_export` takes a picklable :class:`ExportJob`, rebuilds the variant, runs every
manufacturing check, and only when none fails writes all files into one zip, atomically. It
returns an :class:`ExportSummary` (plain data) either way; a blocked export writes nothing.
"""

from __future__ import annotations

import json
import os
import re
import time
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, BinaryIO

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
from configurator.core.export.job_sheet import (
    JOB_SHEET_NAME,
    job_sheet,
    print_orientation,
    render_job_sheet,
)
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
from configurator.core.export.preview import PreviewMesh, engraving_lines, placed_meshes, render_preview
from configurator.core.export.provenance import software_versions, template_content_sha256
from configurator.core.export.report import build_report, eco_summary
from configurator.core.export.report_html import render_html
from configurator.core.export.report_pdf import render_pdf
from configurator.core.export.signing import SIGNATURE_NAME, load_or_create_key, sign_manifest
from configurator.core.export.thickness import flatness_check, thickness_check
from configurator.core.fit_job import check_conditions
from configurator.core.fit_render import render_fit
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
    mesh_quality: str = "export"

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


def _prepare(
    built: BuiltProduct, mesh_quality: str | None = None, only: tuple[str, ...] | None = None
) -> list[_PartWork]:
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
        quality = (
            Quality(mesh_quality)
            if mesh_quality
            else (Quality.EXPORT if part.process in PRINT_PROCESSES else Quality.FINE)
        )
        solid = measure_solid(part, shape, quality)  # the build's own measuring path
        works.append(
            _PartWork(
                part,
                shape,
                get_material(part.material),
                solid.vertices,
                solid.faces,
                solid.volume_mm3,
                solid.area_mm2,
                solid.size_mm,
                stems[part.name],
                built.engravings.get(part.name),
                mesh_quality=str(quality.value),
            )
        )
    return works


def _established(works: list[_PartWork], plans: tuple[PartPlan, ...] | None) -> dict[str, PartPlan]:
    """The machine plans already run for these parts, by part name; none unless there is one for
    every part and for nothing else (then they were run on this product)."""
    given = {plan.part: plan for plan in plans or ()}
    return given if plans and set(given) == {w.name for w in works} else {}


def _checks(
    works: list[_PartWork], facility: FacilityLike | None, established: dict[str, PartPlan]
) -> list[Check]:
    limits = process_limits()
    checks: list[Check] = []
    for work in works:
        view = _PartView(work)
        if facility is not None:
            # machine checks read process, material and exact bounds: the same at every quality
            work.plan = established.get(work.name) or plan_part(view, facility)
            checks.extend(work.plan.checks)
        thickness = work.part.sheet_thickness
        if thickness is not None:
            checks.append(flatness_check(work.name, work.vertices, work.faces, thickness))
        limit = limits.get(work.process)
        if limit is not None:
            checks.append(thickness_check(work.name, work.shape, work.vertices, work.faces, thickness, limit))
    return checks


def _part_files(works: list[_PartWork]) -> tuple[list[PackageFile], dict[str, list[str]]]:
    files: list[PackageFile] = []
    by_part: dict[str, list[str]] = {}
    for work in works:
        part_input = PartInput(
            work.name,
            work.process,
            work.part.material,
            work.material.color,
            work.shape,
            work.engraving,
            work.vertices,
            work.faces,
            work.part.sheet_thickness,
        )
        by_part[work.name] = []
        for fmt in formats_for(part_input):
            path = f"parts/{work.stem}{fmt.format.extension}"
            data = fmt.write(part_input)
            files.append(PackageFile(path, data, fmt.format.id, "part", work.name))
            by_part[work.name].append(path)
    return files, by_part


def _part_entries(works: list[_PartWork], quantity: int, files: dict[str, list[str]]) -> list[dict[str, Any]]:
    entries = []
    for work in works:
        entry: dict[str, Any] = {
            "name": work.name,
            "material": work.part.material,
            "process": work.process,
            "quantity": work.part.quantity * quantity,
            "quantity_per_product": work.part.quantity,
            "spare": work.part.spare,
            "volume_mm3": round(work.volume, 3),
            "area_mm2": round(work.area, 3),
            "bbox_mm": [round(v, 3) for v in work.bbox],
            "solid_mass_g": round(work.material.mass_g(work.volume), 3),
            "machine": work.plan.machine if work.plan else None,
            "files": files[work.name],
            "mesh_quality": work.mesh_quality,
        }
        if work.part.sheet_thickness is not None:
            entry["sheet_thickness_mm"] = work.part.sheet_thickness
            wires = bottom_wires(work.shape, work.name)
            entry["cut_length_mm"] = round(sum(e.Length() for w in wires for e in w.Edges()), 2)
        if work.part.description:
            entry["description"] = work.part.description
        entries.append(entry)
    return entries


def print_ready_format(facility: FacilityLike | None) -> tuple[str | None, str]:
    """``gcode`` or ``3mf`` (a PrusaSlicer project) as the workshop's formats say, or why none."""
    if facility is None:
        return None, "no workshop chosen: a print-ready file needs its printer profile"
    formats = tuple(getattr(facility, "accepted_formats", ()) or ())
    if "gcode" in formats or not formats:  # no formats recorded: G-code, what every printer reads
        return "gcode", ""
    if "3mf" in formats:
        return "3mf", ""
    return None, (
        f"{facility.name} accepts neither G-code nor 3MF "
        f"({', '.join(formats) or 'no formats listed'}): no print-ready file"
    )


def _print_ready(
    works: list[_PartWork], facility: FacilityLike | None
) -> tuple[list[PackageFile], dict[str, dict[str, Any]]]:
    """Per FDM part: PrusaSlicer's G-code (or 3MF project) for the workshop's printer profile."""
    printed = [w for w in works if w.process == "fdm"]
    if not printed:
        return [], {}
    from configurator.core.facilities.model import Facility
    from configurator.core.production.measure import profile_for
    from configurator.core.production.slicer import project_3mf, slice_mesh
    from configurator.sdk.errors import FabwiseError

    kind, reason = print_ready_format(facility)
    entries: dict[str, dict[str, Any]] = {}
    files: list[PackageFile] = []
    try:
        chosen = facility if isinstance(facility, Facility) else None
        profile, note = profile_for(chosen)
    except FabwiseError as exc:
        return [], {w.name: {"file": None, "reason": exc.message} for w in printed}
    for work in printed:
        entry: dict[str, Any] = {"file": None, "profile": profile.id, "profile_name": profile.name}
        if note:
            entry["profile_note"] = note
        try:
            import tempfile

            with tempfile.TemporaryDirectory(prefix="fabwise-print-") as tmp:
                gcode_path = Path(tmp) / "part.gcode"
                sliced = slice_mesh(
                    work.vertices,
                    work.faces,
                    profile,
                    work.part.material,
                    work.material.density_kg_m3,
                    gcode_out=gcode_path,
                )
                data = gcode_path.read_bytes() if kind == "gcode" else b""
            if kind == "3mf":
                data = project_3mf(
                    work.vertices, work.faces, profile, work.part.material, work.material.density_kg_m3
                )
        except FabwiseError as exc:
            entries[work.name] = entry | {"reason": exc.message}
            continue
        entry |= {
            "slicer": sliced.slicer,
            "print_time_s": round(sliced.print_seconds, 1),
            "filament_mm": round(sliced.filament_mm, 2),
            "filament_g": round(sliced.filament_g, 3),
            "support_g": round(sliced.support_g, 3),
            "layers": sliced.layers,
            "source": sliced.label(),
        }
        if kind is None:
            entry["reason"] = reason
        else:
            path = f"print/{work.stem}.{kind}"
            files.append(PackageFile(path, data, kind, "print-ready", work.name))
            entry["file"] = path
        entries[work.name] = entry
    return files, entries


def _quote_blocks(quote: dict[str, Any]) -> list[Any]:
    from configurator.core.export.report import Heading, Paragraph, Table

    cur = quote["currency"]
    rows = tuple(
        (
            t["label"],
            f"{t['amount']['value']:.2f} ({t['amount']['low']:.2f}-{t['amount']['high']:.2f})",
            ("typical, not this lab's price" if t["typical"] else "workshop's price"),
            t["basis"],
        )
        for t in quote["terms"]
    )
    total = quote["total"]
    blocks: list[Any] = [
        Heading(f"Quote shown to the customer ({quote['facility']['name']})"),
        Table(
            ("Term", f"Amount {cur}", "Price", "Basis"),
            rows,
            (3, 2, 2, 5),
            frozenset(i for i, t in enumerate(quote["terms"]) if t["typical"]),
        ),
        Paragraph(
            f"Total {total['value']:.2f} {cur} (range {total['low']:.2f}-{total['high']:.2f}) "
            f"for {quote['quantity']} product(s); lead time: {quote['lead_time']['text']}."
        ),
    ]
    for item in quote.get("unpriced", []):
        blocks.append(Paragraph(f"Not priced (not in the total): {item}", "warning"))
    return blocks


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
        engraving = _engraving_in_part_frame(work)
        meshes += placed_meshes(work.vertices, work.faces, matrices, work.material.color, engraving)
    return meshes


def _engraving_in_part_frame(work: _PartWork) -> tuple[Any, ...]:
    """The part's engraving as lines on its top face, for preview.png (issue 15: it did not show)."""
    if work.engraving is None:
        return ()
    from configurator.core.build import engraving_paths

    paths, _length = engraving_paths(work.engraving)
    return engraving_lines(work.vertices, paths)


def _assembled_size(meshes: list[PreviewMesh]) -> list[float]:
    import numpy as np

    points = np.concatenate([m.vertices for m in meshes])
    return [round(float(v), 2) for v in points.max(axis=0) - points.min(axis=0)]


def _documents(
    job: ExportJob,
    built: BuiltProduct,
    works: list[_PartWork],
    checks: list[Check],
    created: str,
    timer: _Timer,
) -> tuple[dict[str, Any], list[PackageFile]]:
    template = built.template
    quantity = job.options.quantity
    part_files, by_part = _part_files(works)
    timer.lap("part_files")
    print_files, print_entries = _print_ready(works, job.facility)
    for file in print_files:
        by_part[file.part or ""].append(file.path)
    timer.lap("print_ready")
    meshes = _preview_meshes(built, works)
    preview = render_preview(meshes, job.options.preview)
    timer.lap("preview")
    parts = _part_entries(works, quantity, by_part)
    for entry in parts:
        if entry["name"] in print_entries:
            entry["print"] = print_entries[entry["name"]]
    order = job.options.order
    hardware = [
        {
            "name": h.name,
            "spec": h.spec,
            "quantity": h.quantity * quantity,
            "quantity_per_product": h.quantity,
            "standard": h.standard,
            "material": h.material,
            **({"mass_g": h.mass_g} if h.mass_g is not None else {}),
        }
        for h in built.product.hardware
        if order is None or order.get("hardware_here", False)
    ]
    materials = {w.material.id: w.material for w in works}
    eco = job.eco
    fit = check_conditions(template.conditions, template.id, built.params, built.product, built.shapes)
    timer.lap("fit")
    unknown = [c for c in checks if c.status == "unknown"]
    manifest: dict[str, Any] = {
        "manifest_version": MANIFEST_VERSION,
        "kind": PACKAGE_KIND,
        "created_utc": created,
        "generator": {
            "name": "fabwise",
            "version": job.generator_version or "unknown",
            "software": software_versions(),
        },
        "template": {
            "id": template.id,
            "version": template.version,
            "name": template.name,
            "author": template.author,
            "license": template.license,
            "origin": job.request.ref.origin,
            "content_sha256": template_content_sha256(job.request.ref),
        },
        "params": dict(built.params),
        "material": job.options.material,
        "materials": [
            {
                "id": m.id,
                "name": m.name,
                "density_kg_m3": m.density_kg_m3,
                "density_source": m.density_source,
                "density_status": m.density_status,
            }
            for m in materials.values()
        ],
        "processes": sorted({w.process for w in works}),
        "facility": _facility_entry(job.facility),
        "quantity": quantity,
        "parts": parts,
        "hardware": hardware,
        "joints": [
            {
                "kind": j.kind.value,
                "parts": list(j.parts),
                "count": j.count,
                "tool": j.tool,
                "hardware": j.hardware,
                "reversible": j.reversible,
            }
            for j in built.product.joints
        ],
        "dfm": {
            "status": "pass_with_unknowns" if unknown else "pass",
            "checks": [c.to_dict() for c in checks],
        },
        "eco": eco_summary(eco, job.eco_reason),
        "preview": {"file": "preview.png", "method": preview.method, "note": preview.note},
        "fit": {
            "status": fit.status,
            "min_safety_factor": fit.min_safety_factor,
            "conditions": len(fit.verdicts),
        },
    }
    if order is not None:
        manifest["order"] = dict(order)
    orientations = {
        w.name: print_orientation(w.vertices, w.faces) for w in works if w.process in PRINT_PROCESSES
    }
    manifest["job_sheet"] = job_sheet(
        parts,
        hardware,
        manifest["joints"],
        manifest["dfm"]["checks"],
        manifest["facility"],
        orientations,
        {w.name: w.part.kerf_allowance_mm for w in works},
        [w.name for w in works if w.engraving is not None],
        built.product.notes,
    )
    for entry in parts:
        sheet_entry = next(p for p in manifest["job_sheet"]["parts"] if p["part"] == entry["name"])
        if "kerf" in sheet_entry:
            entry["kerf_allowance_mm"] = sheet_entry["kerf"]["allowance_mm"]
    if job.quote is not None:
        manifest["quote"] = {
            "file": "quote.json",
            "currency": job.quote["currency"],
            "total": job.quote["total"],
            "complete": job.quote["complete"],
            "uses_typical_prices": job.quote["uses_typical_prices"],
            "lead_time": job.quote["lead_time"]["text"],
        }
    facility_name = job.facility.name if job.facility else "no facility chosen"
    product = {
        "Template": f"{template.name} ({template.id} {template.version})",
        "Parameters": ", ".join(f"{k} = {v}" for k, v in built.params.items()),
        "Materials": ", ".join(m.name for m in materials.values()),
        "Facility": facility_name,
        "Quantity": f"{quantity} product(s)",
        "Created": created,
    }
    dfm_lines = [c.message + (" [not confirmed]" if c.status == "unknown" else "") for c in checks]
    document = build_report(
        product,
        eco,
        title=f"Eco report: {template.name}",
        not_evaluated_reason=job.eco_reason or "no eco evaluation was supplied with this export",
        dfm_lines=dfm_lines,
        extra=_quote_blocks(job.quote) if job.quote is not None else (),
    )
    html = render_html(document).encode("utf-8")
    timer.lap("report_html")
    pdf = render_pdf(document)
    timer.lap("report_pdf")
    okh = okh_toml(
        name=template.name,
        version=template.version,
        function=template.description,
        licensor=template.author,
        license_id=template.license,
        assembled_size_mm=_assembled_size(meshes),
        total_mass_g=eco["product_mass_kg"]["value"] * 1000.0 if eco else None,
        parts=[
            {
                "name": p["name"],
                "process": p["process"],
                "source": p["files"][0],
                "export": p["files"][1:],
                "bbox_mm": p["bbox_mm"],
                "mass_g": None if p["process"] in PRINT_PROCESSES else p["solid_mass_g"],
            }
            for p in parts
        ],
        bom="bom.csv",
        image="preview.png",
        manufacturing_note=f"{MANIFEST_NAME} (checks, machines and quantities)",
    ).encode("utf-8")
    import json as _json

    extra_files = []
    if job.quote is not None:
        quote_json = _json.dumps(job.quote, indent=2, ensure_ascii=False).encode("utf-8")
        extra_files.append(PackageFile("quote.json", quote_json, "json", "quote"))
    files = [
        *part_files,
        *print_files,
        *extra_files,
        PackageFile("bom.csv", bom_csv(parts, hardware).encode("utf-8"), "csv", "bom"),
        PackageFile(
            JOB_SHEET_NAME,
            render_job_sheet(manifest["job_sheet"], f"{template.name} × {quantity}", facility_name).encode(
                "utf-8"
            ),
            "html",
            "job-sheet",
        ),
        PackageFile("okh.toml", okh, "toml", "okh"),
        PackageFile("eco-report.html", html, "html", "eco-report"),
        PackageFile("eco-report.pdf", pdf, "pdf", "eco-report"),
        PackageFile("preview.png", preview.png, "png", "preview"),
        PackageFile("fit-report.txt", render_fit(fit).encode("utf-8"), "txt", "fit-report"),
        PackageFile(
            "fit-report.json",
            (json.dumps(fit.to_dict(), indent=2, ensure_ascii=False) + "\n").encode("utf-8"),
            "json",
            "fit-report",
        ),
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


def write_package(
    output: Path,
    manifest: dict[str, Any],
    files: list[PackageFile],
    created: datetime,
    signing_key: Path | None = None,
) -> None:
    """Write manifest, signature and files into ``output`` atomically (all or nothing)."""
    with atomic_output(output) as handle:
        _write_zip(handle, manifest, files, created, signing_key)


def _write_zip(
    handle: BinaryIO,
    manifest: dict[str, Any],
    files: list[PackageFile],
    created: datetime,
    signing_key: Path | None = None,
) -> None:
    """With ``signing_key`` the package carries ``signature.json``: the key's public half and its
    Ed25519 signature over the exact manifest bytes (which hold every other file's SHA-256)."""
    text = manifest_bytes(manifest)
    entries = [(MANIFEST_NAME, text)]
    if signing_key is not None:
        entries.append((SIGNATURE_NAME, sign_manifest(text, load_or_create_key(signing_key))))
    with zipfile.ZipFile(handle, "w") as archive:
        for path, data in [*entries, *((f.path, f.data) for f in files)]:
            _before_each_entry(path)
            archive.writestr(_zip_info(path, created), data, compresslevel=6)


def write_staged(
    staging: Path,
    manifest: dict[str, Any],
    files: list[PackageFile],
    created: datetime,
    signing_key: Path | None = None,
) -> None:
    """Write the package to the caller's staging file (flushed to disk; removed on error)."""
    try:
        with staging.open("wb") as handle:
            _write_zip(handle, manifest, files, created, signing_key)
            handle.flush()
            os.fsync(handle.fileno())
    except BaseException:
        staging.unlink(missing_ok=True)
        raise


def run_export(job: ExportJob) -> ExportSummary:
    """Build, check, and (if every check passes) write the package. Runs in the worker."""
    timer = _Timer()
    template = load_ref(job.request.ref)
    built = build_product(template, job.request.params)
    timer.lap("build")
    works = _prepare(built, job.options.mesh_quality, job.options.parts)
    timer.lap("tessellate")
    established = _established(works, job.plans)
    checks = _checks(works, job.facility, established)
    timer.lap("checks")
    if failures(checks):
        views = [_PartView(w) for w in works]
        checks = add_suggestions(
            checks, views, facility=job.facility, schema=template.schema, params=dict(built.params)
        )
        return ExportSummary(
            False,
            None,
            tuple(checks),
            seconds=timer.seconds,
            parts=tuple(PartFacts.of(v) for v in views),
            machine_checks_reused=bool(established),
        )
    created_text = job.options.created_utc or datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    created = datetime.strptime(created_text, "%Y-%m-%dT%H:%M:%SZ")
    manifest, files = _documents(job, built, works, checks, created_text, timer)
    output = Path(job.output)
    key = Path(job.signing_key) if job.signing_key else None
    if job.staging is not None:
        output = Path(job.staging)
        write_staged(output, manifest, files, created, key)
    else:
        write_package(output, manifest, files, created, key)
    timer.lap("zip")
    listed = tuple(
        (f.path, len(f.data), entry["sha256"]) for f, entry in zip(files, manifest["files"], strict=True)
    )
    return ExportSummary(
        True,
        str(output),
        tuple(checks),
        listed,
        manifest["preview"]["method"],
        manifest["preview"]["note"],
        timer.seconds,
        machine_checks_reused=bool(established),
    )

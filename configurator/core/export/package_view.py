"""Opening a received package for a workshop (the app's File → Open package…), without Qt.

:func:`open_package` verifies the package and gathers what a workshop reads: the verdicts, the job
sheet (rendered from the manifest, every text escaped), the bill of materials, the eco report.
:func:`package_scene` turns the package's own geometry files into a :class:`BuildResult` the 3D
view can draw (meshes read from STL/3MF here; STEP solids tessellated in the build worker, where
untrusted CAD data is parsed away from the app). :func:`slicer_files` writes the printed parts'
verified 3MF files to a folder for "Open in PrusaSlicer".
"""

from __future__ import annotations

import csv
import io
import shutil
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from configurator.core.export.job_sheet import render_job_sheet
from configurator.core.export.safezip import SafeArchive, UnsafeArchive
from configurator.core.export.verify import VerifyReport, verify_package
from configurator.core.visible import visible
from configurator.sdk.results import BuildResult, PartResult, Quality

MESH_JOB = "configurator.core.export.package_view:step_meshes"
SLICER_COMMANDS = ("prusa-slicer", "PrusaSlicer", "prusaslicer")
PART_GAP_MM = 20.0


@dataclass
class OpenedPackage:
    path: Path
    report: VerifyReport
    bom: list[list[str]] = field(default_factory=list)
    eco_html: str | None = None
    job_sheet_html: str = ""

    @property
    def manifest(self) -> dict[str, Any] | None:
        return self.report.manifest

    def title(self) -> str:
        template = (self.manifest or {}).get("template", {})
        if not template:
            return visible(self.path.name)
        return (
            f"{visible(template.get('name'))} ({visible(template.get('id'))} "
            f"{visible(template.get('version'))})"
        )

    def verdict(self) -> str:
        """One line a workshop can act on."""
        errors = sum(f.level == "error" for f in self.report.findings)
        if not self.report.passed:
            return (
                f"Do not use: {errors} problem(s) found. The package was damaged or altered "
                "after it was made; ask the sender to export it again."
            )
        signature = self.report.signature
        if signature.known:
            return f"Intact, signed by your known sender '{visible(signature.sender)}'."
        return (
            "Intact, but signed by a sender you do not know yet (key "
            f"{signature.to_dict()['short_fingerprint']}). Check the key with the sender "
            "before trusting it."
        )


def open_package(path: Path) -> OpenedPackage:
    """Verify ``path`` and read its documents (never raises for a bad package)."""
    path = Path(path)
    report = verify_package(path)
    opened = OpenedPackage(path, report)
    manifest = report.manifest
    if manifest is None:
        return opened
    if "job_sheet" in manifest:
        facility = manifest.get("facility") or {}
        opened.job_sheet_html = render_job_sheet(
            manifest["job_sheet"],
            f"{manifest['template']['name']} × {manifest['quantity']}",
            str(facility.get("name", "no workshop chosen")),
        )
    try:
        with SafeArchive.open(path) as archive:
            if "bom.csv" in archive.files:
                text = archive.read("bom.csv").decode("utf-8", "replace")
                opened.bom = [[visible(cell, 200) for cell in row] for row in csv.reader(io.StringIO(text))]
            if "eco-report.html" in archive.files:
                opened.eco_html = archive.read("eco-report.html").decode("utf-8", "replace")
    except (UnsafeArchive, csv.Error):
        pass  # already reported by verify
    return opened


def step_meshes(files: tuple[tuple[str, bytes], ...]) -> list[tuple[str, Any, Any]]:
    """Worker job: each STEP file's solid, tessellated coarsely (for the 3D view)."""
    from configurator.core.build import tessellate
    from configurator.core.export.step_format import step_shape

    meshes = []
    for part, data in files:
        try:
            vertices, faces = tessellate(step_shape(data), Quality.COARSE)
        except ValueError:
            continue
        meshes.append((part, vertices, faces))
    return meshes


def _translation(x: float) -> Any:
    matrix = np.eye(4)
    matrix[0, 3] = x
    return matrix


def package_scene(opened: OpenedPackage, service: Any | None) -> BuildResult | None:
    """The package's parts, one copy each, side by side, from its own geometry files."""
    from configurator.core.export.readers import UnreadableFile, stl_mesh

    manifest = opened.manifest
    if manifest is None:
        return None
    meshes: dict[str, tuple[Any, Any]] = {}
    steps: list[tuple[str, bytes]] = []
    with SafeArchive.open(opened.path) as archive:
        for part in manifest["parts"]:
            files = {Path(f).suffix.lower(): f for f in part["files"] if f in archive.files}
            try:
                if ".stl" in files:
                    meshes[part["name"]] = stl_mesh(archive.read(files[".stl"]))
                elif ".step" in files:
                    steps.append((part["name"], archive.read(files[".step"])))
            except (UnreadableFile, UnsafeArchive):
                continue
    if steps and service is not None:
        for name, vertices, faces in service.run_job(MESH_JOB, tuple(steps)):
            meshes[name] = (vertices, faces)
    parts = []
    x = 0.0
    for entry in manifest["parts"]:
        if entry["name"] not in meshes:
            continue
        vertices, faces = meshes[entry["name"]]
        vertices = np.asarray(vertices, dtype=np.float32)
        low = vertices.min(axis=0)
        size = vertices.max(axis=0) - low
        parts.append(
            PartResult(
                name=str(entry["name"]),
                material=str(entry["material"]),
                process=str(entry["process"]),
                quantity=1,
                spare=bool(entry["spare"]),
                volume_mm3=float(entry["volume_mm3"]),
                area_mm2=float(entry["area_mm2"]),
                bbox_mm=(float(size[0]), float(size[1]), float(size[2])),
                vertices=vertices,
                faces=np.asarray(faces, dtype=np.int32),
                placements=(_translation(x - float(low[0])),),
                sheet_thickness_mm=entry.get("sheet_thickness_mm"),
            )
        )
        x += float(size[0]) + PART_GAP_MM
    if not parts:
        return None
    return BuildResult(
        str(manifest["template"]["id"]),
        str(manifest["template"]["version"]),
        dict(manifest["params"]),
        Quality.FINE,
        tuple(parts),
        (),
        (),
        (),
        0.0,
        0.0,
    )


def find_slicer() -> str | None:
    """The PrusaSlicer executable on PATH, if installed."""
    for command in SLICER_COMMANDS:
        found = shutil.which(command)
        if found:
            return found
    return None


def slicer_files(opened: OpenedPackage, folder: Path) -> list[Path]:
    """Write the printed parts' 3MF (else STL) files, as verified, into ``folder``."""
    manifest = opened.manifest
    if manifest is None or not opened.report.passed:
        return []
    written = []
    folder.mkdir(parents=True, exist_ok=True)
    with SafeArchive.open(opened.path) as archive:
        for part in manifest["parts"]:
            for suffix in (".3mf", ".stl"):
                chosen = [f for f in part["files"] if f.lower().endswith(suffix)]
                if chosen:
                    target = folder / Path(chosen[0]).name
                    target.write_bytes(archive.read(chosen[0]))
                    written.append(target)
                    break
    return written

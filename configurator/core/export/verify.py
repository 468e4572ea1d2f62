"""``fabwise package verify``: can a facility trust and open this package?

In order: the archive is safe to unpack (:mod:`safezip`); ``manifest.json`` exists, parses and
matches the published schema; every file the manifest lists is present with the recorded size and
SHA-256, and no unlisted file is present; every file opens with a reader for its format (STEP with
the CAD kernel, meshes closed, DXF outlines closed and in mm, ...). The result lists every finding;
the package passes only with no errors.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from configurator.core.export.formats import FILE_FORMATS
from configurator.core.export.manifest import MANIFEST_NAME, schema_problems, sha256_hex
from configurator.core.export.readers import UnreadableFile
from configurator.core.export.safezip import Limits, SafeArchive, UnsafeArchive

VOLUME_TOLERANCE = 0.005


@dataclass
class Finding:
    level: str  # "error", "warning" or "ok"
    subject: str
    message: str

    def to_dict(self) -> dict[str, str]:
        return {"level": self.level, "subject": self.subject, "message": self.message}


@dataclass
class VerifyReport:
    path: str
    findings: list[Finding] = field(default_factory=list)
    manifest: dict[str, Any] | None = None

    @property
    def passed(self) -> bool:
        return not any(f.level == "error" for f in self.findings)

    def error(self, subject: str, message: str) -> None:
        self.findings.append(Finding("error", subject, message))

    def warning(self, subject: str, message: str) -> None:
        self.findings.append(Finding("warning", subject, message))

    def ok(self, subject: str, message: str) -> None:
        self.findings.append(Finding("ok", subject, message))

    def to_dict(self) -> dict[str, Any]:
        template = (self.manifest or {}).get("template", {})
        return {"path": self.path, "passed": self.passed,
                "template": template.get("id"), "template_version": template.get("version"),
                "findings": [f.to_dict() for f in self.findings]}


def _content_checks(report: VerifyReport, path: str, fmt_id: str, data: bytes,
                    part: dict[str, Any] | None) -> None:
    fmt = FILE_FORMATS.get(fmt_id)
    if fmt is None:
        report.error(path, f"unknown format '{fmt_id}'")
        return
    if not path.lower().endswith(fmt.extension):
        report.error(path, f"listed as {fmt_id} but named {path}")
        return
    try:
        facts = fmt.read(data)
    except UnreadableFile as exc:
        report.error(path, f"cannot be read as {fmt_id.upper()}: {exc}")
        return
    problems = []
    if fmt_id in ("stl", "3mf") and not facts.get("closed"):
        problems.append("the mesh is not closed (not watertight)")
    if fmt_id == "3mf" and facts.get("unit") != "millimeter":
        problems.append(f"unit is {facts.get('unit')}, expected millimeter")
    if fmt_id == "dxf":
        if facts.get("units") != 4:
            problems.append(f"$INSUNITS is {facts.get('units')}, expected 4 (mm)")
        if facts.get("open_cut_outlines"):
            problems.append(f"{facts['open_cut_outlines']} cut outline(s) are not closed")
        if not facts.get("layers", {}).get("CUT"):
            problems.append("no outline on the CUT layer")
    if fmt_id == "step" and part is not None:
        expected = float(part["volume_mm3"])
        volume = float(facts["volume_mm3"])
        if abs(volume - expected) > VOLUME_TOLERANCE * expected:
            problems.append(f"solid volume {volume:.1f} mm³ differs from the manifest's "
                            f"{expected:.1f} mm³")
    if problems:
        report.error(path, "; ".join(problems))
    else:
        report.ok(path, f"readable {fmt_id.upper()} ({_facts_text(facts)})")


def _facts_text(facts: dict[str, Any]) -> str:
    return ", ".join(f"{k} {v}" for k, v in facts.items() if not isinstance(v, dict | list))


def _check_files(report: VerifyReport, archive: SafeArchive, manifest: dict[str, Any],
                 read_contents: bool) -> None:
    listed = {entry["path"]: entry for entry in manifest["files"]}
    parts = {p["name"]: p for p in manifest.get("parts", [])}
    present = set(archive.names())
    for extra in sorted(present - set(listed) - {MANIFEST_NAME}):
        report.error(extra, "present in the archive but not listed in the manifest")
    for path, entry in listed.items():
        if path not in present:
            report.error(path, "listed in the manifest but missing from the archive")
            continue
        try:
            data = archive.read(path)
        except UnsafeArchive as exc:
            report.error(path, str(exc))
            continue
        if len(data) != entry["bytes"]:
            report.error(path, f"size {len(data)} bytes, manifest says {entry['bytes']}")
            continue
        if sha256_hex(data) != entry["sha256"]:
            report.error(path, "SHA-256 does not match the manifest (file changed or damaged)")
            continue
        if read_contents:
            _content_checks(report, path, entry["format"], data, parts.get(entry.get("part", "")))
        else:
            report.ok(path, "checksum matches")
    for name, part in parts.items():
        for path in part.get("files", []):
            if path not in listed:
                report.error(name, f"part file {path} is not in the manifest's file list")


def verify_package(path: Path, *, read_contents: bool = True,
                   limits: Limits | None = None) -> VerifyReport:
    """Verify the package at ``path``; never raises for a bad package, reports instead."""
    report = VerifyReport(str(path))
    if not Path(path).is_file():
        report.error(str(path), "no such file")
        return report
    try:
        with SafeArchive.open(Path(path), limits) as archive:
            report.ok("archive", f"safe to unpack ({len(archive.names())} files)")
            if MANIFEST_NAME not in archive.files:
                report.error(MANIFEST_NAME, "missing: this is not a Fabwise package")
                return report
            try:
                manifest = json.loads(archive.read(MANIFEST_NAME).decode("utf-8"))
            except (UnicodeDecodeError, json.JSONDecodeError) as exc:
                report.error(MANIFEST_NAME, f"not valid JSON ({exc})")
                return report
            problems = schema_problems(manifest)
            if problems:
                for problem in problems[:20]:
                    report.error(MANIFEST_NAME, f"schema: {problem}")
                return report
            report.manifest = manifest
            report.ok(MANIFEST_NAME, f"matches schema version {manifest['manifest_version']}")
            _check_files(report, archive, manifest, read_contents)
    except UnsafeArchive as exc:
        report.error("archive", f"refused: {exc}")
    return report

"""``package verify --rebuild`` and ``build --from-manifest``: is each file what was meant?

The manifest records the template (id, version, content hash) and the validated parameters. A
rebuild refuses to run unless that template is installed and trusted here, at the same version and
with the same content hash; it then builds the variant in the build worker and compares every
geometry file *in the package* with the rebuilt part (:mod:`rebuild_job`,
:mod:`geometry_compare`): volume, bounds and surface distance, naming any part that differs and by
how much. Other Fabwise, CadQuery or OpenCASCADE versions do not stop it but are reported, since
they may change geometry within or beyond the tolerances.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from configurator.core.export.rebuild_job import FileOutcome, RebuildJob, RebuildOutcome
from configurator.core.export.safezip import SafeArchive, UnsafeArchive
from configurator.core.service import BuildService
from configurator.sdk.errors import FabwiseError, TemplateNotFound

REBUILD_JOB = "configurator.core.export.rebuild_job:run_rebuild"
GEOMETRY_FORMATS = ("step", "stl", "3mf", "dxf")
REBUILD_TIMEOUT_S = 300.0


@dataclass
class RebuildReport:
    """``status``: "same", "differs" or "refused" (``reason`` says why nothing was rebuilt)."""

    status: str
    reason: str = ""
    template: str = ""
    files: list[FileOutcome] = field(default_factory=list)
    part_differences: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def same(self) -> bool:
        return self.status == "same"

    def differences(self) -> list[str]:
        """Every difference, each naming its part and file."""
        lines = list(self.part_differences)
        for outcome in self.files:
            lines += [f"part '{outcome.part}', {outcome.path}: {d}" for d in outcome.differences]
        return lines

    def findings(self) -> list[Any]:
        from configurator.core.export.verify import Finding
        from configurator.core.visible import visible

        def make(level: str, subject: str, message: str) -> Finding:
            return Finding(level, visible(subject, 200), visible(message, 2000))

        if self.status == "refused":
            return [make("error", "rebuild", f"not rebuilt: {self.reason}")]
        found = [make("warning", "rebuild", note) for note in self.notes]
        found += [make("error", "rebuild", d) for d in self.part_differences]
        for outcome in self.files:
            if outcome.same:
                deviation = outcome.measures.get(
                    "surface_deviation_mm",
                    max((v for k, v in outcome.measures.items() if k.endswith("_deviation_mm")), default=0.0),
                )
                found.append(
                    make(
                        "ok",
                        outcome.path,
                        f"matches the rebuilt part '{outcome.part}' (largest deviation {deviation:.3f} mm)",
                    )
                )
            else:
                found.append(
                    make(
                        "error",
                        outcome.path,
                        f"differs from the rebuilt part '{outcome.part}': " + "; ".join(outcome.differences),
                    )
                )
        return found

    def to_dict(self) -> dict[str, Any]:
        return {
            "status": self.status,
            "reason": self.reason,
            "template": self.template,
            "notes": self.notes,
            "part_differences": self.part_differences,
            "seconds": round(self.seconds, 2),
            "files": [
                {
                    "path": f.path,
                    "part": f.part,
                    "same": f.same,
                    "differences": list(f.differences),
                    "measures": {k: round(v, 4) for k, v in f.measures.items()},
                }
                for f in self.files
            ],
        }


def _refused(reason: str, template: str = "") -> RebuildReport:
    return RebuildReport("refused", reason, template)


def _template_problem(service: BuildService, manifest: dict[str, Any]) -> tuple[Any, str, list[str]]:
    """(registry entry, refusal reason or "", notes) for the manifest's template."""
    from configurator.core.export.provenance import software_versions, template_content_sha256

    recorded = manifest.get("template", {})
    template_id, version = str(recorded.get("id")), str(recorded.get("version"))
    try:
        entry = service.registry.get(template_id)
    except TemplateNotFound as exc:
        untrusted = ", ".join(c.label for c in service.registry.untrusted)
        extra = f" (not trusted here: {untrusted})" if untrusted else ""
        return None, f"template '{template_id}' is not available here{extra}: {exc.message}", []
    if entry.template.version != version:
        return (
            None,
            (
                f"the package was made with {template_id} {version}, but "
                f"{entry.template.version} is installed here"
            ),
            [],
        )
    notes: list[str] = []
    content = recorded.get("content_sha256")
    here = template_content_sha256(entry.ref)
    if content is None:
        notes.append(
            "the package does not record the template's content hash (made by an older "
            "Fabwise): the template code could not be confirmed to be the same"
        )
    elif content != here:
        return (
            None,
            (
                f"the template code of {template_id} {version} here is not the code the "
                f"package was made with (content hash {here[:12]}…, the package's "
                f"{str(content)[:12]}…): same version, different code"
            ),
            [],
        )
    recorded_software = manifest.get("generator", {}).get("software", {})
    current = software_versions()
    for name, value in sorted(recorded_software.items()):
        if name in current and current[name] != value:
            notes.append(f"made with {name} {value}, rebuilt with {current[name]}")
    return entry, "", notes


def rebuild_package(
    path: Path, manifest: dict[str, Any], service: BuildService, *, timeout: float = REBUILD_TIMEOUT_S
) -> RebuildReport:
    """Rebuild the package's variant and compare its geometry files with the rebuild.

    ``manifest`` is the package's parsed, schema-valid manifest (from :func:`verify_package`)."""
    label = f"{manifest.get('template', {}).get('id')} {manifest.get('template', {}).get('version')}"
    entry, reason, notes = _template_problem(service, manifest)
    if entry is None:
        return _refused(reason, label)
    files = []
    try:
        with SafeArchive.open(Path(path)) as archive:
            for item in manifest["files"]:
                if (
                    item.get("format") in GEOMETRY_FORMATS
                    and item.get("part")
                    and item["path"] in archive.files
                ):
                    files.append((item["path"], item["format"], item["part"], archive.read(item["path"])))
    except UnsafeArchive as exc:
        return _refused(f"the archive cannot be read safely ({exc})", label)
    if not files:
        return _refused("the package holds no geometry files to compare", label)
    job = RebuildJob(
        entry.ref, dict(manifest["params"]), tuple(manifest["parts"]), int(manifest["quantity"]), tuple(files)
    )
    try:
        outcome: RebuildOutcome = service.run_job(REBUILD_JOB, job, timeout)
    except FabwiseError as exc:
        return _refused(f"the rebuild failed: {exc.message}", label)
    differs = bool(outcome.part_differences) or not all(f.same for f in outcome.files)
    return RebuildReport(
        "differs" if differs else "same",
        "",
        label,
        list(outcome.files),
        list(outcome.part_differences),
        notes,
        outcome.seconds,
    )

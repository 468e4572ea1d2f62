"""What crosses into the export job and back: picklable plain data, no CAD kernel imports."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from configurator.core.export.dfm import Check, FacilityLike, PartLike, PartPlan, failures
from configurator.core.jobs import Job
from configurator.sdk.results import BuildRequest

EXPORT_JOB = Job.EXPORT


@dataclass(frozen=True)
class ExportOptions:
    """``quantity``: complete products to make. ``material``: the material the user chose (for
    the manifest). ``preview``: "auto", "vtk" or "software". ``created_utc``: fixed timestamp
    (tests); now when None. ``signing_key``: the private key file to sign with; the user's own
    key (created on the first export) when None. ``parts``: only these parts (one workshop's
    share of a split order; None = every part). ``order``: the split order this package belongs
    to (written into the manifest as ``order``), with ``hardware_here`` saying whether its
    hardware is listed here."""

    quantity: int = 1
    material: str | None = None
    preview: str = "auto"
    created_utc: str | None = None
    # The sender's private key file; None = the user's own (made on first export).
    signing_key: Path | None = None
    # Tessellation for STL/3MF: None = "export" for printed parts, "fine" for others. Recorded
    # per part in the manifest, so a rebuild meshes alike. ("coarse" keeps tests fast.)
    mesh_quality: str | None = None
    parts: tuple[str, ...] | None = None
    order: dict[str, Any] | None = None


@dataclass(frozen=True)
class ExportJob:
    request: BuildRequest
    output: str
    facility: FacilityLike | None = None
    eco: dict[str, Any] | None = None
    eco_reason: str = ""
    options: ExportOptions = field(default_factory=ExportOptions)
    generator_version: str = ""
    # Where the worker writes the zip. The caller (not the worker) moves it onto ``output`` once
    # the job has come back and was not cancelled, so a worker that outlives a cancelled or
    # killed caller never replaces the package at ``output``. None: write ``output`` directly.
    staging: str | None = None
    # The sender's private key file (made on first export); the package is signed with it.
    signing_key: str = ""
    quote: dict[str, Any] | None = None  # Quote.to_dict(): what the person was told (quote.json)
    # The machine checks already run for this request at ``facility`` (EstablishedChecks.plans,
    # one per part): used instead of running them again. None: the job runs them.
    plans: tuple[PartPlan, ...] | None = None


@dataclass(frozen=True)
class PartFacts:
    """A part as the machine checks see it (plain data, for suggestions outside the worker)."""

    name: str
    material: str
    process: str
    bbox_mm: tuple[float, float, float]
    sheet_thickness_mm: float | None

    @classmethod
    def of(cls, part: PartLike) -> PartFacts:
        x, y, z = part.bbox_mm
        return cls(
            part.name, part.material, part.process, (float(x), float(y), float(z)), part.sheet_thickness_mm
        )


@dataclass(frozen=True)
class ExportSummary:
    ok: bool
    path: str | None
    checks: tuple[Check, ...]
    files: tuple[tuple[str, int, str], ...] = ()  # path, bytes, sha256
    preview_method: str = ""
    preview_note: str = ""
    seconds: dict[str, float] = field(default_factory=dict)
    parts: tuple[PartFacts, ...] = ()
    signer_fingerprint: str = ""  # the sender's key (full hex), set once the package is signed
    machine_checks_reused: bool = False  # the machine checks are the ones established before

    @property
    def failed(self) -> list[Check]:
        return failures(self.checks)

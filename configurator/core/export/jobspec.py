"""What crosses into the export job and back: picklable plain data, no CAD kernel imports."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from configurator.core.export.dfm import Check, FacilityLike, PartLike, failures
from configurator.core.jobs import Job
from configurator.sdk.results import BuildRequest

EXPORT_JOB = Job.EXPORT


@dataclass(frozen=True)
class ExportOptions:
    """``quantity``: complete products to make. ``material``: the material the user chose (for
    the manifest). ``preview``: "auto", "vtk" or "software". ``created_utc``: fixed timestamp
    (tests); now when None. ``parts``: only these parts (one workshop's share of a split order;
    None = every part). ``order``: the split order this package belongs to (written into the
    manifest as ``order``), with ``hardware_here`` saying whether its hardware is listed here."""

    quantity: int = 1
    material: str | None = None
    preview: str = "auto"
    created_utc: str | None = None
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
        return cls(part.name, part.material, part.process, (float(x), float(y), float(z)),
                   part.sheet_thickness_mm)


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

    @property
    def failed(self) -> list[Check]:
        return failures(self.checks)

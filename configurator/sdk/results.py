"""Build results as plain, picklable data: what crosses from the build worker to everyone else.

No CadQuery objects here: meshes are NumPy arrays, outlines are 2D polylines, and the rest is
numbers and strings, so the GUI, the eco engine and tests can use a result without the CAD kernel.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

import numpy as np
import numpy.typing as npt

from configurator.sdk.params import Value

FloatArray = npt.NDArray[np.float32]
IntArray = npt.NDArray[np.int32]
Matrix = npt.NDArray[np.float64]


@dataclass(frozen=True)
class TemplateRef:
    """Enough to find a template again in another process: where it comes from and which version.

    ``origin`` is ``"builtin"`` or ``"entry_point"`` (``location`` = ``module:attribute``) or
    ``"file"`` (``location`` = path of a ``.py`` file) or ``"imported"`` (``location`` = an
    imported model's folder). ``fingerprint`` changes whenever the template
    may have changed (its version for installed templates, a content hash for files).
    """

    id: str
    version: str
    origin: str
    location: str
    fingerprint: str


@dataclass(frozen=True)
class PartResult:
    name: str
    material: str
    process: str
    quantity: int
    spare: bool
    volume_mm3: float
    area_mm2: float
    bbox_mm: tuple[float, float, float]
    vertices: FloatArray = field(repr=False)
    faces: IntArray = field(repr=False)
    placements: tuple[Matrix, ...] = field(default=(), repr=False)
    sheet_thickness_mm: float | None = None
    outlines: tuple[FloatArray, ...] = field(default=(), repr=False)
    cut_length_mm: float | None = None
    engraving_paths: tuple[FloatArray, ...] = field(default=(), repr=False)
    engraving_length_mm: float | None = None
    description: str = ""

    @property
    def is_sheet(self) -> bool:
        return self.sheet_thickness_mm is not None

    @property
    def triangle_count(self) -> int:
        return int(self.faces.shape[0])


@dataclass(frozen=True)
class JointInfo:
    kind: str
    parts: tuple[str, ...]
    count: int
    tool: str | None
    hardware: str | None
    reversible: bool


@dataclass(frozen=True)
class HardwareItem:
    name: str
    spec: str
    quantity: int
    material: str | None
    mass_g: float | None
    standard: str | None
    mass_note: str = ""


class Quality(StrEnum):
    """How finely a build is meshed and how much of it is measured (a closed set)."""

    DRAG = "drag"  # a slider being dragged: coarse mesh and exact bounds only
    COARSE = "coarse"  # the coarse mesh, everything measured (eco guide, thumbnails)
    FINE = "fine"  # committed values
    EXPORT = "export"  # production files


@dataclass(frozen=True)
class BuildRequest:
    """An immutable snapshot of what to build. ``revision`` orders requests from one front end."""

    ref: TemplateRef
    params: dict[str, Value]
    quality: Quality = Quality.FINE
    revision: int = 0


@dataclass(frozen=True)
class BuildResult:
    template_id: str
    template_version: str
    params: dict[str, Value]
    quality: Quality
    parts: tuple[PartResult, ...]
    joints: tuple[JointInfo, ...]
    hardware: tuple[HardwareItem, ...]
    notes: tuple[str, ...]
    build_seconds: float
    tessellate_seconds: float
    warnings: tuple[str, ...] = ()

    def part(self, name: str) -> PartResult:
        for part in self.parts:
            if part.name == name:
                return part
        raise KeyError(f"no part '{name}' in {self.template_id}")

    @property
    def total_volume_mm3(self) -> float:
        return sum(p.volume_mm3 * p.quantity for p in self.parts)

    def assembled_bounds(self) -> tuple[tuple[float, float, float], tuple[float, float, float]]:
        """Min and max corner of the assembled product (all placed copies)."""
        lows, highs = [], []
        for part in self.parts:
            for matrix in part.placements or (np.eye(4),):
                moved = part.vertices.astype(np.float64) @ matrix[:3, :3].T + matrix[:3, 3]
                lows.append(moved.min(axis=0))
                highs.append(moved.max(axis=0))
        low, high = np.min(lows, axis=0), np.max(highs, axis=0)
        return (
            (float(low[0]), float(low[1]), float(low[2])),
            (float(high[0]), float(high[1]), float(high[2])),
        )

    def nbytes(self) -> int:
        """Approximate memory held by the arrays, for the cache's size limit."""
        total = 0
        for part in self.parts:
            total += part.vertices.nbytes + part.faces.nbytes
            total += sum(o.nbytes for o in part.outlines)
            total += sum(o.nbytes for o in part.engraving_paths)
        return total + 2048

    def summary(self, masses_g: dict[str, float] | None = None) -> dict[str, Any]:
        """A JSON-friendly summary (no meshes)."""
        parts = []
        for part in self.parts:
            entry: dict[str, Any] = {
                "name": part.name,
                "material": part.material,
                "process": part.process,
                "quantity": part.quantity,
                "spare": part.spare,
                "volume_mm3": round(part.volume_mm3, 3),
                "area_mm2": round(part.area_mm2, 3),
                "bbox_mm": [round(v, 3) for v in part.bbox_mm],
                "triangles": part.triangle_count,
            }
            if part.is_sheet:
                entry["sheet_thickness_mm"] = part.sheet_thickness_mm
                entry["cut_length_mm"] = round(part.cut_length_mm or 0.0, 2)
            if masses_g is not None and part.name in masses_g:
                entry["mass_g"] = round(masses_g[part.name], 2)
            parts.append(entry)
        low, high = self.assembled_bounds()
        return {
            "template": self.template_id,
            "version": self.template_version,
            "params": self.params,
            "parts": parts,
            "joints": [
                {"kind": j.kind, "parts": list(j.parts), "count": j.count, "tool": j.tool}
                for j in self.joints
            ],
            "hardware": [
                {"name": h.name, "spec": h.spec, "quantity": h.quantity, "standard": h.standard}
                for h in self.hardware
            ],
            "assembled_size_mm": [round(h - lo, 2) for lo, h in zip(low, high, strict=True)],
            "build_seconds": round(self.build_seconds, 4),
            "tessellate_seconds": round(self.tessellate_seconds, 4),
            "warnings": list(self.warnings),
        }

"""The format registry: every file type a package holds, keyed by format id.

A :class:`FileFormat` knows its extension, media type and how to check that bytes are readable
(used by ``package verify``). A :class:`PartFormat` adds which parts get a file of that format and
how to write it from a :class:`PartInput`. Adding a format is one ``register_part_format`` call;
nothing chooses formats with an if/elif chain.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt

from configurator.core.export import readers
from configurator.sdk.product import PRINT_PROCESSES, SHEET_PROCESSES


@dataclass(frozen=True)
class FileFormat:
    id: str
    extension: str
    media_type: str
    description: str
    read: Callable[[bytes], readers.Facts]


@dataclass(frozen=True)
class PartInput:
    """Everything a part writer may use. ``shape``/``engraving`` are CadQuery shapes (``shape``
    is a :class:`~configurator.sdk.product.MeshShape` for a part brought as a mesh)."""

    name: str
    process: str
    material: str
    color: str | None
    shape: Any
    engraving: Any | None
    vertices: npt.NDArray[np.float32]
    faces: npt.NDArray[np.int32]
    sheet_thickness: float | None

    @property
    def printed(self) -> bool:
        return self.process in PRINT_PROCESSES

    @property
    def brep(self) -> bool:
        """The part has exact (B-rep) geometry; a part brought as a mesh has only triangles."""
        from configurator.sdk.product import MeshShape

        return not isinstance(self.shape, MeshShape)

    @property
    def flat(self) -> bool:
        return self.process in SHEET_PROCESSES and self.sheet_thickness is not None


@dataclass(frozen=True)
class PartFormat:
    format: FileFormat
    applies_to: Callable[[PartInput], bool]
    write: Callable[[PartInput], bytes]


FILE_FORMATS: dict[str, FileFormat] = {}
PART_FORMATS: dict[str, PartFormat] = {}


def register_file_format(fmt: FileFormat) -> FileFormat:
    FILE_FORMATS[fmt.id] = fmt
    return fmt


def register_part_format(
    fmt: FileFormat, applies_to: Callable[[PartInput], bool], write: Callable[[PartInput], bytes]
) -> None:
    register_file_format(fmt)
    PART_FORMATS[fmt.id] = PartFormat(fmt, applies_to, write)


def format_for_path(path: str) -> FileFormat | None:
    lowered = path.lower()
    for fmt in FILE_FORMATS.values():
        if lowered.endswith(fmt.extension):
            return fmt
    return None


def formats_for(part: PartInput) -> list[PartFormat]:
    """The part formats that apply to ``part``, in registry order."""
    return [fmt for fmt in PART_FORMATS.values() if fmt.applies_to(part)]


def _write_step(part: PartInput) -> bytes:
    from configurator.core.export.step_format import step_bytes

    return step_bytes(part.shape, part.name)


def _write_stl(part: PartInput) -> bytes:
    from configurator.core.export.mesh_formats import stl_bytes

    return stl_bytes(part.vertices, part.faces, part.name)


def _write_3mf(part: PartInput) -> bytes:
    from configurator.core.export.mesh_formats import three_mf_bytes

    return three_mf_bytes(part.vertices, part.faces, part.name, part.color)


def _write_dxf(part: PartInput) -> bytes:
    from configurator.core.export.dxf_format import dxf_bytes

    return dxf_bytes(part.shape, part.engraving, part.name)


register_part_format(
    FileFormat("step", ".step", "model/step", "B-rep solid (ISO 10303-21, AP214), mm", readers.read_step),
    lambda part: part.brep,
    _write_step,
)
register_part_format(
    FileFormat("stl", ".stl", "model/stl", "binary STL mesh, mm", readers.read_stl),
    lambda part: part.printed,
    _write_stl,
)
register_part_format(
    FileFormat("3mf", ".3mf", "model/3mf", "3MF Core mesh, unit millimeter", readers.read_3mf),
    lambda part: part.printed,
    _write_3mf,
)
register_part_format(
    FileFormat("dxf", ".dxf", "image/vnd.dxf", "DXF R2013 cut/engrave drawing, mm", readers.read_dxf),
    lambda part: part.flat,
    _write_dxf,
)


def _read_gcode(data: bytes) -> dict[str, Any]:
    from configurator.core.production.slicer import SliceFailed, gcode_facts

    try:
        return gcode_facts(data)
    except (SliceFailed, UnicodeDecodeError, ValueError) as exc:
        raise readers.UnreadableFile(f"not PrusaSlicer G-code ({exc})") from exc


for _fmt in (
    FileFormat(
        "gcode",
        ".gcode",
        "text/x.gcode",
        "print-ready G-code (PrusaSlicer, workshop's printer profile)",
        _read_gcode,
    ),
    FileFormat("json", ".json", "application/json", "JSON document", readers.read_json),
    FileFormat("toml", ".toml", "application/toml", "TOML document", readers.read_toml),
    FileFormat("csv", ".csv", "text/csv", "CSV table", readers.read_csv),
    FileFormat("html", ".html", "text/html", "HTML report", readers.read_html),
    FileFormat("pdf", ".pdf", "application/pdf", "PDF report", readers.read_pdf),
    FileFormat("png", ".png", "image/png", "PNG image", readers.read_png),
    FileFormat("txt", ".txt", "text/plain", "plain-text report (UTF-8)", readers.read_text),
):
    register_file_format(_fmt)

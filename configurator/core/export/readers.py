"""Readability checks for every file a package can hold: parse the bytes, return a few facts.

Each reader raises :class:`UnreadableFile` with a short reason when the bytes are not a valid file
of that format. They are what ``fabwise package verify`` runs on each file; the STEP reader needs
CadQuery and imports it only when called.
"""

from __future__ import annotations

import array
import csv
import io
import json
import struct
import tomllib
import zlib
from html.parser import HTMLParser
from typing import Any
from xml.etree import ElementTree

import numpy as np
import numpy.typing as npt

from configurator.core.export.mesh_formats import CORE_NAMESPACE, MODEL_PATH

Facts = dict[str, Any]
MAX_3MF_MODEL_BYTES = 512 * 1024 * 1024
MAX_PNG_PIXELS = 50_000_000


class UnreadableFile(ValueError):
    """The bytes are not a readable file of the expected format."""


def _closed(faces: npt.NDArray[np.int64]) -> bool:
    """Every edge is shared by exactly two triangles, in opposite directions."""
    if len(faces) == 0:
        return False
    directed = np.concatenate([faces[:, [0, 1]], faces[:, [1, 2]], faces[:, [2, 0]]])
    forward = {tuple(e) for e in directed.tolist()}
    if len(forward) != len(directed):
        return False
    return all((b, a) in forward for a, b in forward)


def stl_mesh(data: bytes) -> tuple[npt.NDArray[np.float64], npt.NDArray[np.int64]]:
    """Vertices (merged within 1e-5 mm) and triangles of a binary STL."""
    if len(data) < 84:
        raise UnreadableFile("too short for a binary STL")
    (count,) = struct.unpack_from("<I", data, 80)
    if len(data) != 84 + 50 * count:
        raise UnreadableFile(f"header says {count} triangles but the size does not match")
    records = np.frombuffer(
        data, dtype=np.dtype([("n", "<f4", (3,)), ("v", "<f4", (3, 3)), ("a", "<u2")]), count=count, offset=84
    )
    corners = records["v"].reshape(-1, 3).astype(np.float64)
    if not np.isfinite(corners).all():
        raise UnreadableFile("non-finite coordinates")
    _, first, inverse = np.unique(
        np.round(corners / 1e-5).astype(np.int64), axis=0, return_index=True, return_inverse=True
    )
    return corners[first], inverse.reshape(-1, 3).astype(np.int64)


def read_stl(data: bytes) -> Facts:
    vertices, faces = stl_mesh(data)
    header = data[:80].decode("ascii", "replace")
    facts: Facts = {"triangles": len(faces), "closed": _closed(faces), "units_mm": "units=mm" in header}
    facts.update(_mesh_facts(vertices, faces))
    return facts


def _mesh_facts(vertices: npt.NDArray[np.float64], faces: npt.NDArray[np.int64]) -> Facts:
    """Size and enclosed volume of a mesh, for comparing with the manifest's part figures."""
    if not len(faces):
        return {}
    tri = vertices[faces]
    volume = float(np.einsum("ij,ij->i", tri[:, 0], np.cross(tri[:, 1], tri[:, 2])).sum() / 6.0)
    size = vertices.max(axis=0) - vertices.min(axis=0)
    return {"size_mm": [round(float(v), 3) for v in size], "volume_mm3": round(volume, 3)}


Mesh = tuple[npt.NDArray[np.float64], npt.NDArray[np.int64]]


def _3mf_transform(text: str | None) -> npt.NDArray[np.float64] | None:
    """A 3MF build item's transform ("m00 m01 m02 m10 ... m32", row vectors) as 4 × 3."""
    if text is None:
        return None
    values = [float(v) for v in text.split()]
    if len(values) != 12 or not all(np.isfinite(values)):
        raise UnreadableFile(f"3MF build item transform '{text[:80]}' is not 12 numbers")
    return np.array(values, dtype=np.float64).reshape(4, 3)


def _3mf_parse(stream: Any) -> tuple[str, list[Mesh], int]:
    """Stream-parse a 3MF model: each element is dropped once read, so memory holds only the
    coordinate and index arrays, never the XML tree.

    Returns one mesh per build item, *placed by the item's transform* (what a slicer prints: a
    transform that scales the object by 10 % makes the mesh 10 % larger here too)."""
    tag = f"{{{CORE_NAMESPACE}}}"
    unit = "millimeter"
    objects: dict[int, Mesh] = {}
    items: list[tuple[int, npt.NDArray[np.float64] | None]] = []
    coords = array.array("d")
    indices = array.array("q")
    root_seen = False
    current = 0
    try:
        for event, element in ElementTree.iterparse(stream, events=("start", "end")):
            if event == "start":
                if not root_seen:
                    root_seen = True
                    if element.tag != tag + "model":
                        raise UnreadableFile("3MF model root is not a 3MF core <model>")
                    unit = element.get("unit", "millimeter")
                elif element.tag == tag + "object":
                    try:
                        current = int(element.get("id", "0"))
                    except ValueError as exc:
                        raise UnreadableFile(f"3MF object id is not a number ({exc})") from exc
                    if current < 1:
                        raise UnreadableFile("3MF object id must be 1 or more")
                    coords, indices = array.array("d"), array.array("q")
                elif element.tag == tag + "components":
                    raise UnreadableFile(
                        "3MF object made of components (other objects or files) is not a plain mesh"
                    )
                continue
            name = element.tag
            if name == tag + "vertex" and current:
                coords.extend(float(element.get(k, "nan")) for k in "xyz")
            elif name == tag + "triangle" and current:
                indices.extend(int(element.get(k, "-1")) for k in ("v1", "v2", "v3"))
            elif name == tag + "object":
                objects[current] = (
                    np.frombuffer(coords, dtype=np.float64).reshape(-1, 3).copy(),
                    np.frombuffer(indices, dtype=np.int64).reshape(-1, 3).copy(),
                )
                current = 0
            elif name == tag + "item":
                items.append((int(element.get("objectid", "0")), _3mf_transform(element.get("transform"))))
            if name != tag + "model":
                element.clear()
    except ElementTree.ParseError as exc:
        raise UnreadableFile(f"not a readable 3MF package ({exc})") from exc
    except ValueError as exc:
        raise UnreadableFile(f"3MF mesh has a malformed number ({exc})") from exc
    placed: list[Mesh] = []
    for object_id, transform in items:
        if object_id not in objects:
            raise UnreadableFile(f"3MF build item refers to a missing object {object_id}")
        vertices, faces = objects[object_id]
        if transform is not None:
            vertices = vertices @ transform[:3] + transform[3]
        placed.append((vertices, faces))
    return unit, placed if placed else list(objects.values()), len(items)


# What PrusaSlicer adds to a 3MF *project* (the print-ready file for a workshop that accepts 3MF):
# its print settings and per-object settings, and a thumbnail. Allowed only in print-ready files.
PRUSASLICER_PROJECT_PARTS = frozenset(
    {
        "Metadata/Slic3r_PE.config",
        "Metadata/Slic3r_PE_model.config",
        "Metadata/thumbnail.png",
    }
)


def three_mf_meshes(data: bytes, *, project: bool = False) -> tuple[str, list[Mesh]]:
    """The unit and every object's (vertices, triangles) of a 3MF file.

    ``project``: the file is a PrusaSlicer project (a print-ready file), which may also hold
    PrusaSlicer's settings parts (:data:`PRUSASLICER_PROJECT_PARTS`); nothing else is allowed.

    A 3MF is itself a zip: it is opened with :class:`SafeArchive` and held to the same entry,
    size and compression-ratio limits as the package around it (a nested zip bomb is refused
    before anything is inflated)."""
    from configurator.core.export.safezip import Limits, SafeArchive, UnsafeArchive

    limits = Limits(entry_bytes=MAX_3MF_MODEL_BYTES, total_bytes=MAX_3MF_MODEL_BYTES)
    try:
        with SafeArchive.from_bytes(data, limits) as archive:
            for required in ("[Content_Types].xml", "_rels/.rels", MODEL_PATH):
                if required not in archive.files:
                    raise UnreadableFile(f"3MF package lacks {required}")
            allowed = {"[Content_Types].xml", "_rels/.rels", MODEL_PATH}
            if project:
                allowed |= PRUSASLICER_PROJECT_PARTS
            extra = sorted(set(archive.files) - allowed)
            if extra:
                # Slicers read settings and other models from such parts (e.g. a scale in
                # Metadata/*.config): what is verified would not be what is printed.
                raise UnreadableFile(
                    f"3MF holds parts Fabwise does not write, which a slicer may read: {', '.join(extra[:5])}"
                )
            with archive.stream(MODEL_PATH) as stream:
                unit, meshes, items = _3mf_parse(stream)
    except UnsafeArchive as exc:
        raise UnreadableFile(f"nested 3MF archive refused: {exc}") from exc
    if not meshes:
        raise UnreadableFile("3MF model has no objects")
    for coords, faces in meshes:
        if len(faces) == 0 or faces.min() < 0 or faces.max() >= len(coords):
            raise UnreadableFile("3MF triangle refers to a missing vertex")
        if not np.isfinite(coords).all():
            raise UnreadableFile("3MF vertex has a non-finite coordinate")
    if not items:
        raise UnreadableFile("3MF model has no build item")
    return unit, meshes


def read_3mf_project(data: bytes) -> Facts:
    """A print-ready PrusaSlicer 3MF project: the mesh as :func:`read_3mf`, settings allowed."""
    return read_3mf(data, project=True)


def read_3mf(data: bytes, *, project: bool = False) -> Facts:
    unit, meshes = three_mf_meshes(data, project=project)
    closed = all(_closed(faces) for _, faces in meshes)
    triangles = sum(len(faces) for _, faces in meshes)
    facts: Facts = {"unit": unit, "objects": len(meshes), "triangles": triangles, "closed": closed}
    if len(meshes) == 1:
        facts.update(_mesh_facts(*meshes[0]))
    return facts


def read_dxf(data: bytes) -> Facts:
    from ezdxf.document import Drawing
    from ezdxf.lldxf.const import DXFError

    try:
        doc = Drawing.read(io.StringIO(data.decode("utf-8")))
    except (DXFError, UnicodeDecodeError, ValueError) as exc:
        raise UnreadableFile(f"not a readable DXF ({exc})") from exc
    from ezdxf import path as ezpath

    msp = doc.modelspace()
    layers: dict[str, int] = {}
    open_cuts = 0
    cut_length = 0.0
    low, high = [np.inf, np.inf], [-np.inf, -np.inf]
    entity: Any
    for entity in msp:
        layer = entity.dxf.layer
        layers[layer] = layers.get(layer, 0) + 1
        if layer == "CUT" and entity.dxftype() == "LWPOLYLINE" and not entity.closed:
            open_cuts += 1
        if layer == "CUT" and entity.dxftype() not in ("LWPOLYLINE", "CIRCLE"):
            open_cuts += 1
        if layer == "CUT":
            try:
                points = np.array(
                    [(v.x, v.y) for v in ezpath.make_path(entity).flattening(0.001)], dtype=np.float64
                )
            except (TypeError, ValueError):
                continue
            if len(points) > 1:
                cut_length += float(np.linalg.norm(np.diff(points, axis=0), axis=1).sum())
                low = np.minimum(low, points.min(axis=0)).tolist()
                high = np.maximum(high, points.max(axis=0)).tolist()
    facts: Facts = {
        "units": int(doc.header.get("$INSUNITS", 0)),
        "layers": layers,
        "open_cut_outlines": open_cuts,
    }
    if np.isfinite(low).all():
        facts["cut_size_mm"] = [round(h - lo, 3) for lo, h in zip(low, high, strict=True)]
        facts["cut_length_mm"] = round(cut_length, 2)
    return facts


def read_step(data: bytes) -> Facts:
    from configurator.core.export.step_format import step_facts

    head = data[:64].decode("ascii", "replace")
    if not head.startswith("ISO-10303-21;"):
        raise UnreadableFile("does not start with ISO-10303-21; (not a STEP file)")
    try:
        volume, size = step_facts(data)
    except ValueError as exc:
        raise UnreadableFile(str(exc)) from exc
    return {"volume_mm3": round(volume, 3), "size_mm": [round(v, 3) for v in size]}


def read_json(data: bytes) -> Facts:
    try:
        value = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise UnreadableFile(f"not valid JSON ({exc})") from exc
    return {"type": type(value).__name__}


def read_text(data: bytes) -> Facts:
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise UnreadableFile(f"not UTF-8 text ({exc})") from exc
    if not text.strip():
        raise UnreadableFile("empty text file")
    return {"lines": text.count("\n") + 1}


def read_csv(data: bytes) -> Facts:
    try:
        rows = list(csv.reader(io.StringIO(data.decode("utf-8"))))
    except (UnicodeDecodeError, csv.Error) as exc:
        raise UnreadableFile(f"not valid CSV ({exc})") from exc
    if not rows:
        raise UnreadableFile("empty CSV")
    width = len(rows[0])
    ragged = [i + 1 for i, row in enumerate(rows) if row and len(row) != width]
    if ragged:
        raise UnreadableFile(f"CSV rows {ragged[:3]} do not have {width} columns")
    return {"rows": len(rows) - 1, "columns": rows[0]}


def read_toml(data: bytes) -> Facts:
    try:
        value = tomllib.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise UnreadableFile(f"not valid TOML ({exc})") from exc
    return {"keys": sorted(value)}


class _TagCounter(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.add(tag)


def read_html(data: bytes) -> Facts:
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise UnreadableFile(f"HTML is not UTF-8 ({exc})") from exc
    parser = _TagCounter()
    parser.feed(text)
    parser.close()
    if "html" not in parser.tags or "body" not in parser.tags:
        raise UnreadableFile("not an HTML document (no <html> or <body>)")
    return {"characters": len(text)}


def read_pdf(data: bytes) -> Facts:
    if not data.startswith(b"%PDF-"):
        raise UnreadableFile("does not start with %PDF-")
    if b"%%EOF" not in data[-1024:]:
        raise UnreadableFile("no %%EOF marker at the end (truncated PDF)")
    if b"startxref" not in data[-1024:]:
        raise UnreadableFile("no cross-reference table pointer (damaged PDF)")
    return {
        "version": data[5:8].decode("ascii", "replace"),
        "pages": data.count(b"/Type /Page\n") + data.count(b"/Type /Page ") + data.count(b"/Type/Page>"),
    }


def read_png(data: bytes) -> Facts:
    if not data.startswith(b"\x89PNG\r\n\x1a\n"):
        raise UnreadableFile("not a PNG (bad signature)")
    position = 8
    width = height = 0
    idat = bytearray()
    seen_end = False
    while position + 8 <= len(data):
        (length,) = struct.unpack_from(">I", data, position)
        kind = data[position + 4 : position + 8]
        body = data[position + 8 : position + 8 + length]
        (crc,) = (
            struct.unpack_from(">I", data, position + 8 + length)
            if (position + 12 + length <= len(data))
            else (None,)
        )
        if crc != zlib.crc32(kind + body):
            raise UnreadableFile(f"PNG chunk {kind!r} is damaged (CRC mismatch)")
        if kind == b"IHDR":
            width, height = struct.unpack_from(">II", body)
        elif kind == b"IDAT":
            idat += body
        elif kind == b"IEND":
            seen_end = True
            break
        position += 12 + length
    if not seen_end or not width or not height:
        raise UnreadableFile("PNG is truncated")
    if width * height > MAX_PNG_PIXELS:
        raise UnreadableFile(f"PNG is {width} × {height} pixels, unreasonably large")
    try:
        # At most 8 bytes per pixel (16-bit RGBA) plus a filter byte per row: never inflate more.
        zlib.decompressobj().decompress(bytes(idat), height * (1 + 8 * width) + 1)
    except zlib.error as exc:
        raise UnreadableFile(f"PNG image data is damaged ({exc})") from exc
    return {"width": width, "height": height}

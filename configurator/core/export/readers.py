"""Readability checks for every file a package can hold: parse the bytes, return a few facts.

Each reader raises :class:`UnreadableFile` with a short reason when the bytes are not a valid file
of that format. They are what ``fabwise package verify`` runs on each file; the STEP reader needs
CadQuery and imports it only when called.
"""

from __future__ import annotations

import csv
import io
import json
import struct
import tomllib
import zipfile
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


def read_stl(data: bytes) -> Facts:
    if len(data) < 84:
        raise UnreadableFile("too short for a binary STL")
    (count,) = struct.unpack_from("<I", data, 80)
    if len(data) != 84 + 50 * count:
        raise UnreadableFile(f"header says {count} triangles but the size does not match")
    records = np.frombuffer(data, dtype=np.dtype([("n", "<f4", (3,)), ("v", "<f4", (3, 3)),
                                                 ("a", "<u2")]), count=count, offset=84)
    corners = records["v"].reshape(-1, 3)
    if not np.isfinite(corners).all():
        raise UnreadableFile("non-finite coordinates")
    _, inverse = np.unique(np.round(corners.astype(np.float64) / 1e-5).astype(np.int64),
                              axis=0, return_inverse=True)
    faces = inverse.reshape(-1, 3)
    header = data[:80].decode("ascii", "replace")
    return {"triangles": count, "closed": _closed(faces), "units_mm": "units=mm" in header}


def read_3mf(data: bytes) -> Facts:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        names = set(archive.namelist())
        for required in ("[Content_Types].xml", "_rels/.rels", MODEL_PATH):
            if required not in names:
                raise UnreadableFile(f"3MF package lacks {required}")
        info = archive.getinfo(MODEL_PATH)
        if info.file_size > MAX_3MF_MODEL_BYTES:
            raise UnreadableFile("3MF model part is unreasonably large")
        root = ElementTree.fromstring(archive.read(MODEL_PATH))
    except (zipfile.BadZipFile, ElementTree.ParseError, KeyError) as exc:
        raise UnreadableFile(f"not a readable 3MF package ({exc})") from exc
    ns = {"m": CORE_NAMESPACE}
    if root.tag != f"{{{CORE_NAMESPACE}}}model":
        raise UnreadableFile("3MF model root is not a 3MF core <model>")
    unit = root.get("unit", "millimeter")
    objects = root.findall("m:resources/m:object", ns)
    if not objects:
        raise UnreadableFile("3MF model has no objects")
    closed = True
    triangles = 0
    for obj in objects:
        if int(obj.get("id", "0")) < 1:
            raise UnreadableFile("3MF object id must be 1 or more")
        vertices = obj.findall("m:mesh/m:vertices/m:vertex", ns)
        tris = obj.findall("m:mesh/m:triangles/m:triangle", ns)
        try:
            faces = np.array([[int(t.get(k, "-1")) for k in ("v1", "v2", "v3")] for t in tris],
                             dtype=np.int64).reshape(-1, 3)
            coords = np.array([[float(v.get(k, "nan")) for k in "xyz"] for v in vertices])
        except ValueError as exc:
            raise UnreadableFile(f"3MF mesh has a malformed number ({exc})") from exc
        if len(faces) == 0 or faces.min() < 0 or faces.max() >= len(coords):
            raise UnreadableFile("3MF triangle refers to a missing vertex")
        if not np.isfinite(coords).all():
            raise UnreadableFile("3MF vertex has a non-finite coordinate")
        closed = closed and _closed(faces)
        triangles += len(faces)
    if not root.findall("m:build/m:item", ns):
        raise UnreadableFile("3MF model has no build item")
    return {"unit": unit, "objects": len(objects), "triangles": triangles, "closed": closed}


def read_dxf(data: bytes) -> Facts:
    from ezdxf.document import Drawing
    from ezdxf.lldxf.const import DXFError

    try:
        doc = Drawing.read(io.StringIO(data.decode("utf-8")))
    except (DXFError, UnicodeDecodeError, ValueError) as exc:
        raise UnreadableFile(f"not a readable DXF ({exc})") from exc
    msp = doc.modelspace()
    layers: dict[str, int] = {}
    open_cuts = 0
    entity: Any
    for entity in msp:
        layer = entity.dxf.layer
        layers[layer] = layers.get(layer, 0) + 1
        if layer == "CUT" and entity.dxftype() == "LWPOLYLINE" and not entity.closed:
            open_cuts += 1
        if layer == "CUT" and entity.dxftype() not in ("LWPOLYLINE", "CIRCLE"):
            open_cuts += 1
    return {"units": int(doc.header.get("$INSUNITS", 0)), "layers": layers,
            "open_cut_outlines": open_cuts}


def read_step(data: bytes) -> Facts:
    from configurator.core.export.step_format import step_volume

    head = data[:64].decode("ascii", "replace")
    if not head.startswith("ISO-10303-21;"):
        raise UnreadableFile("does not start with ISO-10303-21; (not a STEP file)")
    try:
        volume = step_volume(data)
    except ValueError as exc:
        raise UnreadableFile(str(exc)) from exc
    return {"volume_mm3": round(volume, 3)}


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
    return {"version": data[5:8].decode("ascii", "replace"), "pages": data.count(b"/Type /Page\n")
            + data.count(b"/Type /Page ") + data.count(b"/Type/Page>")}


def read_png(data: bytes) -> Facts:
    if not data.startswith(b"\x89PNG\r\n\x1a\n"):
        raise UnreadableFile("not a PNG (bad signature)")
    position = 8
    width = height = 0
    idat = bytearray()
    seen_end = False
    while position + 8 <= len(data):
        (length,) = struct.unpack_from(">I", data, position)
        kind = data[position + 4:position + 8]
        body = data[position + 8:position + 8 + length]
        (crc,) = struct.unpack_from(">I", data, position + 8 + length) if (
            position + 12 + length <= len(data)) else (None,)
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

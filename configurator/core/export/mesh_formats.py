"""Triangle meshes to STL and 3MF, written from NumPy arrays (no CAD kernel needed).

Both take a closed mesh with shared vertices (as :func:`configurator.core.build.tessellate`
returns), triangles wound counter-clockwise seen from outside, coordinates in millimetres.

* STL is binary; the 80-byte header says ``units=mm`` because the format itself has no unit.
* 3MF follows the 3MF Core Specification 1.3: an OPC zip with ``[Content_Types].xml``,
  ``_rels/.rels`` and ``3D/3dmodel.model`` (``unit="millimeter"``), one mesh object per part with
  id >= 1, vertices listed once and referenced by index, and a build item for the object.
"""

from __future__ import annotations

import io
import zipfile
from xml.sax.saxutils import quoteattr

import numpy as np
import numpy.typing as npt

FloatArray = npt.NDArray[np.floating]
IntArray = npt.NDArray[np.integer]

STL_HEADER_TEXT = "fabwise binary STL; units=mm"
STL_TRIANGLE = np.dtype([("normal", "<f4", (3,)), ("vertices", "<f4", (3, 3)), ("attribute", "<u2")])

CORE_NAMESPACE = "http://schemas.microsoft.com/3dmanufacturing/core/2015/02"
MODEL_PATH = "3D/3dmodel.model"
MODEL_RELATIONSHIP = "http://schemas.microsoft.com/3dmanufacturing/2013/01/3dmodel"
MODEL_CONTENT_TYPE = "application/vnd.ms-package.3dmanufacturing-3dmodel+xml"
RELS_CONTENT_TYPE = "application/vnd.openxmlformats-package.relationships+xml"
# A fixed timestamp keeps the 3MF bytes a pure function of the mesh.
_ZIP_DATE = (2020, 1, 1, 0, 0, 0)


def _check_mesh(vertices: FloatArray, faces: IntArray) -> None:
    if vertices.ndim != 2 or vertices.shape[1] != 3 or faces.ndim != 2 or faces.shape[1] != 3:
        raise ValueError("a mesh needs (n, 3) vertices and (m, 3) triangles")
    if len(faces) == 0:
        raise ValueError("the mesh has no triangles")
    if faces.min() < 0 or faces.max() >= len(vertices):
        raise ValueError("a triangle refers to a vertex that does not exist")
    if not np.isfinite(vertices).all():
        raise ValueError("the mesh has non-finite coordinates")


def face_normals(vertices: FloatArray, faces: IntArray) -> npt.NDArray[np.float64]:
    corners = vertices.astype(np.float64)[faces]
    normals = np.cross(corners[:, 1] - corners[:, 0], corners[:, 2] - corners[:, 0])
    lengths = np.linalg.norm(normals, axis=1, keepdims=True)
    unit: npt.NDArray[np.float64] = np.divide(normals, lengths, out=np.zeros_like(normals), where=lengths > 0)
    return unit


def stl_bytes(vertices: FloatArray, faces: IntArray, name: str = "") -> bytes:
    """A binary STL of the mesh; the header records the part name and that units are mm."""
    _check_mesh(vertices, faces)
    header = f"{STL_HEADER_TEXT}; part={name}".encode("ascii", "replace")[:80].ljust(80, b" ")
    records = np.zeros(len(faces), dtype=STL_TRIANGLE)
    records["normal"] = face_normals(vertices, faces)
    records["vertices"] = vertices.astype(np.float32)[faces]
    count = np.array([len(faces)], dtype="<u4").tobytes()
    return header + count + records.tobytes()


def _number_text(values: npt.NDArray[np.float64]) -> list[str]:
    # 6 decimals = 1 nm, far below any machine's resolution; trailing zeros trimmed.
    return [f"{v:.6f}".rstrip("0").rstrip(".") or "0" for v in values.tolist()]


def model_xml(vertices: FloatArray, faces: IntArray, name: str, color: str | None = None) -> str:
    """The ``3D/3dmodel.model`` document for one mesh object."""
    _check_mesh(vertices, faces)
    coords = _number_text(vertices.astype(np.float64).reshape(-1))
    vertex_lines = [
        f'<vertex x="{coords[i]}" y="{coords[i + 1]}" z="{coords[i + 2]}"/>' for i in range(0, len(coords), 3)
    ]
    triangle_lines = [
        f'<triangle v1="{a}" v2="{b}" v3="{c}"/>' for a, b, c in faces.astype(np.int64).tolist()
    ]
    material = ""
    object_material = ""
    object_id = 1
    if color:
        material = (
            '<basematerials id="1"><base name='
            f"{quoteattr(name)} displaycolor={quoteattr(color.upper())}/></basematerials>"
        )
        object_id = 2
        object_material = ' pid="1" pindex="0"'
    return "".join(
        [
            '<?xml version="1.0" encoding="UTF-8"?>\n',
            f'<model unit="millimeter" xml:lang="en-US" xmlns="{CORE_NAMESPACE}">',
            f'<metadata name="Title">{_escape(name)}</metadata>',
            '<metadata name="Application">fabwise</metadata>',
            "<resources>",
            material,
            f'<object id="{object_id}" type="model" name={quoteattr(name)}{object_material}>',
            "<mesh><vertices>",
            "".join(vertex_lines),
            "</vertices><triangles>",
            "".join(triangle_lines),
            "</triangles></mesh></object></resources>",
            f'<build><item objectid="{object_id}"/></build>',
            "</model>\n",
        ]
    )


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


CONTENT_TYPES_XML = (
    '<?xml version="1.0" encoding="UTF-8"?>\n'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    f'<Default Extension="rels" ContentType="{RELS_CONTENT_TYPE}"/>'
    f'<Default Extension="model" ContentType="{MODEL_CONTENT_TYPE}"/>'
    "</Types>\n"
)
RELS_XML = (
    '<?xml version="1.0" encoding="UTF-8"?>\n'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    f'<Relationship Target="/{MODEL_PATH}" Id="rel0" Type="{MODEL_RELATIONSHIP}"/>'
    "</Relationships>\n"
)


def three_mf_bytes(vertices: FloatArray, faces: IntArray, name: str, color: str | None = None) -> bytes:
    """A 3MF package holding the mesh as one object (with its display colour when given)."""
    model = model_xml(vertices, faces, name, color)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for path, text in (
            ("[Content_Types].xml", CONTENT_TYPES_XML),
            ("_rels/.rels", RELS_XML),
            (MODEL_PATH, model),
        ):
            info = zipfile.ZipInfo(path, date_time=_ZIP_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive.writestr(info, text.encode("utf-8"), compresslevel=6)
    return buffer.getvalue()

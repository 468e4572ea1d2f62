"""DXF drawings of flat parts: closed cut outlines on ``CUT``, engravings on ``ENGRAVE``, in mm.

Outlines come from the B-rep face the sheet part lies on (z = 0), edge by edge, so arcs stay
arcs (LWPOLYLINE bulges) and full circles stay circles; other curves become fine polylines.
Imports CadQuery/OCP: worker/export path only.
"""

from __future__ import annotations

import io
import math
from collections.abc import Iterable
from typing import Any

from configurator.sdk.errors import FabwiseError

CUT_LAYER = "CUT"
ENGRAVE_LAYER = "ENGRAVE"
CUT_COLOR = 1  # red
ENGRAVE_COLOR = 5  # blue
CURVE_TOLERANCE_MM = 0.01
_SAME_POINT_MM = 1e-4
_FLAT_MM = 1e-3

Point = tuple[float, float]
Vertex = tuple[float, float, float]  # x, y, bulge of the segment that starts here


def _close(a: Point, b: Point, tol: float = _SAME_POINT_MM) -> bool:
    return math.hypot(a[0] - b[0], a[1] - b[1]) <= tol


def _xy(vector: Any) -> Point:
    return (float(vector.x), float(vector.y))


def _arc_bulge(edge: Any, start: Point, end: Point) -> float:
    """Bulge of a circular arc from ``start`` to ``end`` (tan of a quarter of the signed sweep)."""
    center = _xy(edge.arcCenter())
    mid = _xy(edge.positionAt(0.5))
    v0 = (start[0] - center[0], start[1] - center[1])
    vm = (mid[0] - center[0], mid[1] - center[1])
    v1 = (end[0] - center[0], end[1] - center[1])
    first = math.atan2(v0[0] * vm[1] - v0[1] * vm[0], v0[0] * vm[0] + v0[1] * vm[1])
    second = math.atan2(vm[0] * v1[1] - vm[1] * v1[0], vm[0] * v1[0] + vm[1] * v1[1])
    return math.tan((first + second) / 4.0)


def _sampled(edge: Any) -> list[Point]:
    from OCP.BRepAdaptor import BRepAdaptor_Curve
    from OCP.GCPnts import GCPnts_QuasiUniformDeflection

    adaptor = BRepAdaptor_Curve(edge.wrapped)
    sampler = GCPnts_QuasiUniformDeflection(adaptor, CURVE_TOLERANCE_MM)
    if not sampler.IsDone() or sampler.NbPoints() < 2:
        count = max(16, int(edge.Length() / 0.5))
        return [_xy(edge.positionAt(i / count)) for i in range(count + 1)]
    return [
        (float(p.X()), float(p.Y())) for p in (sampler.Value(i) for i in range(1, sampler.NbPoints() + 1))
    ]


def _ordered_edges(wire: Any) -> list[Any]:
    import cadquery as cq
    from OCP.BRepTools import BRepTools_WireExplorer

    explorer = BRepTools_WireExplorer(wire.wrapped)
    edges = []
    while explorer.More():
        edges.append(cq.Edge(explorer.Current()))
        explorer.Next()
    return edges or list(wire.Edges())


def wire_vertices(wire: Any) -> tuple[list[Vertex], bool]:
    """The wire as (x, y, bulge) vertices, and whether it is closed."""
    vertices: list[Vertex] = []
    current: Point | None = None
    for edge in _ordered_edges(wire):
        start, end = _xy(edge.startPoint()), _xy(edge.endPoint())
        kind = edge.geomType()
        points: list[Point]
        if current is not None and not _close(start, current) and _close(end, current):
            start, end = end, start
            reverse = True
        else:
            reverse = False
        if kind == "LINE":
            points = [start, end]
            bulges = [0.0]
        elif kind == "CIRCLE":
            bulge = _arc_bulge(edge, _xy(edge.startPoint()), _xy(edge.endPoint()))
            points = [start, end]
            bulges = [-bulge if reverse else bulge]
        else:
            points = _sampled(edge)
            if reverse:
                points.reverse()
            bulges = [0.0] * (len(points) - 1)
        if vertices and _close(points[0], (vertices[-1][0], vertices[-1][1])):
            vertices.pop()
        for point, bulge in zip(points[:-1], bulges, strict=True):
            vertices.append((point[0], point[1], bulge))
        vertices.append((points[-1][0], points[-1][1], 0.0))
        current = points[-1]
    closed = len(vertices) > 2 and _close(
        (vertices[0][0], vertices[0][1]), (vertices[-1][0], vertices[-1][1]), 1e-3
    )
    if closed:
        vertices.pop()
    return vertices, closed


def _full_circle(wire: Any) -> tuple[Point, float] | None:
    edges = list(wire.Edges())
    if len(edges) == 1 and edges[0].geomType() == "CIRCLE" and edges[0].IsClosed():
        return _xy(edges[0].arcCenter()), float(edges[0].radius())
    return None


def bottom_wires(shape: Any, part_name: str) -> list[Any]:
    """Outer and inner wires of the faces a sheet part lies on (z = 0)."""
    faces = [
        f
        for f in shape.Faces()
        if f.geomType() == "PLANE" and abs(f.Center().z) < _FLAT_MM and abs(abs(f.normalAt().z) - 1.0) < 1e-6
    ]
    if not faces:
        raise FabwiseError(f"sheet part '{part_name}' has no flat face on z = 0 to cut from")
    wires = []
    for face in faces:
        wires.extend([face.outerWire(), *face.innerWires()])
    return wires


def _engraving_wires(shape: Any) -> list[Any]:
    import cadquery as cq

    faces = shape.Faces()
    if faces:
        lowest = min(f.Center().z for f in faces)
        flat = [f for f in faces if abs(f.Center().z - lowest) < _FLAT_MM] or faces
        return [w for f in flat for w in (f.outerWire(), *f.innerWires())]
    wires = shape.Wires()
    if wires:
        return list(wires)
    return [cq.Wire.assembleEdges([e]) for e in shape.Edges()]


def _add_wires(msp: Any, wires: Iterable[Any], layer: str, require_closed: bool, what: str) -> int:
    count = 0
    for wire in wires:
        circle = _full_circle(wire)
        if circle is not None:
            msp.add_circle(circle[0], circle[1], dxfattribs={"layer": layer})
            count += 1
            continue
        vertices, closed = wire_vertices(wire)
        if require_closed and not closed:
            raise FabwiseError(f"{what}: an outline is not closed, so it cannot be cut")
        if len(vertices) < 2:
            continue
        msp.add_lwpolyline(vertices, format="xyb", close=closed, dxfattribs={"layer": layer})
        count += 1
    return count


def dxf_bytes(shape: Any, engraving: Any | None, name: str) -> bytes:
    """A DXF (R2013) of a flat part: cut outlines and optional engraving, units millimetres."""
    from ezdxf import units
    from ezdxf.document import Drawing

    doc = Drawing.new("R2013")
    doc.units = units.MM
    doc.header["$MEASUREMENT"] = 1  # metric
    doc.layers.add(CUT_LAYER, color=CUT_COLOR)
    doc.layers.add(ENGRAVE_LAYER, color=ENGRAVE_COLOR)
    msp = doc.modelspace()
    what = f"sheet part '{name}'"
    _add_wires(msp, bottom_wires(shape, name), CUT_LAYER, True, what)
    if engraving is not None:
        _add_wires(msp, _engraving_wires(engraving), ENGRAVE_LAYER, False, what)
    stream = io.StringIO()
    doc.write(stream)
    return stream.getvalue().encode("utf-8")

"""Run a template's build and turn the product into plain data (meshes, measures, outlines).

This module imports CadQuery/OCP and is meant to run inside the build worker (or in a CLI process
that needs B-rep shapes, e.g. for export). Nothing on the GUI's start-up path imports it.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Any

import cadquery as cq
import numpy as np
from OCP.Bnd import Bnd_Box
from OCP.BRep import BRep_Tool
from OCP.BRepBndLib import BRepBndLib
from OCP.BRepMesh import BRepMesh_IncrementalMesh
from OCP.TopAbs import TopAbs_REVERSED
from OCP.TopLoc import TopLoc_Location

from configurator.core.errors import TemplateError
from configurator.core.params import Params
from configurator.core.product import Part, Product
from configurator.core.registry import load_ref
from configurator.core.results import (
    BuildRequest,
    BuildResult,
    FloatArray,
    HardwareItem,
    IntArray,
    JointInfo,
    PartResult,
)
from configurator.core.template import Template

# Linear deflection in mm (absolute) and angular deflection in radians.
QUALITY: dict[str, tuple[float, float]] = {
    "coarse": (0.4, 0.6),
    "fine": (0.05, 0.25),
    "export": (0.01, 0.1),
}
SHEET_TOLERANCE_MM = 1e-3


@dataclass(frozen=True)
class BuiltProduct:
    """A product with its B-rep shapes normalised, kept where the kernel lives (worker/export)."""

    template: Template
    params: dict[str, Any]
    product: Product
    shapes: dict[str, cq.Shape]
    engravings: dict[str, cq.Shape | None]
    build_seconds: float


def to_shape(obj: Any, what: str) -> cq.Shape:
    """Normalise a Workplane/Shape returned by a template into one ``cq.Shape``."""
    if isinstance(obj, cq.Workplane):
        shapes = [o for o in obj.vals() if isinstance(o, cq.Shape)]
        if not shapes:
            raise TemplateError(f"{what} is an empty Workplane: the build produced no geometry")
        return shapes[0] if len(shapes) == 1 else cq.Compound.makeCompound(shapes)
    if isinstance(obj, cq.Shape):
        return obj
    raise TemplateError(f"{what} must be a CadQuery Workplane or Shape, got {type(obj).__name__}")


def build_product(template: Template, params: dict[str, Any]) -> BuiltProduct:
    """Validate, build and normalise. Raises ValidationError or TemplateError."""
    values = template.schema.validate(params, template_id=template.id)
    start = time.perf_counter()
    product = template.build(Params(values))
    if not isinstance(product, Product):
        raise TemplateError(
            f"template '{template.id}': build() returned {type(product).__name__}, not a Product"
        )
    shapes: dict[str, cq.Shape] = {}
    engravings: dict[str, cq.Shape | None] = {}
    for part in product.parts:
        shapes[part.name] = to_shape(part.shape, f"part '{part.name}'")
        engravings[part.name] = (
            to_shape(part.engraving, f"engraving of '{part.name}'") if part.engraving else None
        )
    elapsed = time.perf_counter() - start
    return BuiltProduct(template, values, product, shapes, engravings, elapsed)


def tessellate(shape: cq.Shape, quality: str) -> tuple[FloatArray, IntArray]:
    """Triangulate ``shape``; vertices shared between faces are merged, so closed solids give
    watertight meshes."""
    linear, angular = QUALITY[quality]
    BRepMesh_IncrementalMesh(shape.wrapped, linear, False, angular, True)
    chunks: list[np.ndarray] = []
    tris: list[np.ndarray] = []
    offset = 0
    for face in shape.Faces():
        location = TopLoc_Location()
        poly = BRep_Tool.Triangulation_s(face.wrapped, location)
        if poly is None:
            continue
        transform = location.Transformation()
        nodes = np.array(
            [poly.Node(i).Transformed(transform).Coord() for i in range(1, poly.NbNodes() + 1)],
            dtype=np.float64,
        )
        triangles = np.array(
            [poly.Triangle(i).Get() for i in range(1, poly.NbTriangles() + 1)], dtype=np.int64
        ) - 1
        if face.wrapped.Orientation() == TopAbs_REVERSED:
            triangles = triangles[:, [0, 2, 1]]
        chunks.append(nodes)
        tris.append(triangles + offset)
        offset += len(nodes)
    if not chunks:
        return np.zeros((0, 3), np.float32), np.zeros((0, 3), np.int32)
    vertices = np.concatenate(chunks)
    faces = np.concatenate(tris)
    # Merge coincident vertices along shared edges (quantised to 1e-5 mm).
    keys = np.round(vertices / 1e-5).astype(np.int64)
    _, first, inverse = np.unique(keys, axis=0, return_index=True, return_inverse=True)
    faces = inverse.reshape(-1)[faces]
    keep = (faces[:, 0] != faces[:, 1]) & (faces[:, 1] != faces[:, 2]) & (faces[:, 0] != faces[:, 2])
    return vertices[first].astype(np.float32), faces[keep].astype(np.int32)


def tight_bounds(shape: cq.Shape) -> tuple[float, float, float, float, float, float]:
    """Exact (xmin, ymin, zmin, xmax, ymax, zmax) of the B-rep.

    ``Shape.BoundingBox()`` is widened by any mesh already on the shape and by tolerances, which
    would make flat sheet parts look thicker than they are.
    """
    box = Bnd_Box()
    BRepBndLib.AddOptimal_s(shape.wrapped, box, False, False)
    xmin, ymin, zmin, xmax, ymax, zmax = box.Get()
    return xmin, ymin, zmin, xmax, ymax, zmax


def _polyline(wire: cq.Wire) -> FloatArray:
    points: list[tuple[float, float]] = []
    for edge in wire.Edges():
        if edge.geomType() == "LINE":
            samples = [edge.startPoint(), edge.endPoint()]
        else:
            count = max(8, int(edge.Length() / 1.0))
            samples = edge.positions(np.linspace(0.0, 1.0, count + 1).tolist())
        for vec in samples:
            point = (round(vec.x, 6), round(vec.y, 6))
            if not points or points[-1] != point:
                points.append(point)
    if len(points) > 1 and points[0] == points[-1]:
        points.pop()
    return np.array(points, dtype=np.float32)


def sheet_outlines(part: Part, shape: cq.Shape) -> tuple[tuple[FloatArray, ...], float]:
    """Closed 2D outlines of a flat part (its face on z = 0) and the total cut length in mm."""
    assert part.sheet_thickness is not None
    _, _, zmin, _, _, zmax = tight_bounds(shape)
    if abs(zmin) > SHEET_TOLERANCE_MM or abs(zmax - zmin - part.sheet_thickness) > 0.01:
        raise TemplateError(
            f"sheet part '{part.name}' must lie flat on z = 0 with thickness "
            f"{part.sheet_thickness:g} mm; its z extent is {zmin:.3f}..{zmax:.3f} mm"
        )
    bottom = [
        f for f in shape.Faces()
        if f.geomType() == "PLANE" and abs(f.Center().z) < SHEET_TOLERANCE_MM
    ]
    if not bottom:
        raise TemplateError(f"sheet part '{part.name}' has no flat face on z = 0")
    outlines: list[FloatArray] = []
    cut_length = 0.0
    for face in bottom:
        for wire in [face.outerWire(), *face.innerWires()]:
            outlines.append(_polyline(wire))
            cut_length += sum(edge.Length() for edge in wire.Edges())
    return tuple(outlines), cut_length


def _engraving_paths(shape: cq.Shape) -> tuple[tuple[FloatArray, ...], float]:
    wires = shape.Wires() or [cq.Wire.assembleEdges([e]) for e in shape.Edges()]
    paths = tuple(_polyline(w) for w in wires)
    return paths, sum(e.Length() for e in shape.Edges())


def check_solid(part: Part, shape: cq.Shape) -> list[str]:
    """Raise for geometry no workshop can make; return softer warnings."""
    solids = shape.Solids()
    if not solids:
        raise TemplateError(f"part '{part.name}' is not a solid (no closed volume was built)")
    if not shape.isValid():
        raise TemplateError(f"part '{part.name}' has invalid geometry (OCCT check failed)")
    volume = shape.Volume()
    if not volume > 0:
        raise TemplateError(f"part '{part.name}' has no volume ({volume:g} mm³)")
    warnings = []
    if len(solids) > 1:
        warnings.append(f"part '{part.name}' is made of {len(solids)} separate solids")
    return warnings


def measure(built: BuiltProduct, quality: str) -> tuple[tuple[PartResult, ...], list[str]]:
    results: list[PartResult] = []
    warnings: list[str] = []
    for part in built.product.parts:
        shape = built.shapes[part.name]
        warnings.extend(check_solid(part, shape))
        xmin, ymin, zmin, xmax, ymax, zmax = tight_bounds(shape)
        vertices, faces = tessellate(shape, quality)
        outlines: tuple[FloatArray, ...] = ()
        cut_length: float | None = None
        if part.sheet_thickness is not None:
            outlines, cut_length = sheet_outlines(part, shape)
        engraving = built.engravings[part.name]
        paths, engrave_len = _engraving_paths(engraving) if engraving is not None else ((), None)
        results.append(
            PartResult(
                name=part.name,
                material=part.material,
                process=part.process,
                quantity=part.quantity,
                spare=part.spare,
                volume_mm3=float(shape.Volume()),
                area_mm2=float(shape.Area()),
                bbox_mm=(xmax - xmin, ymax - ymin, zmax - zmin),
                vertices=vertices,
                faces=faces,
                placements=tuple(p.matrix() for p in part.placements),
                sheet_thickness_mm=part.sheet_thickness,
                outlines=outlines,
                cut_length_mm=cut_length,
                engraving_paths=paths,
                engraving_length_mm=engrave_len,
                description=part.description,
            )
        )
    return tuple(results), warnings


def run_build(request: BuildRequest) -> BuildResult:
    """The worker's build job: load the template, build, measure, tessellate."""
    template = load_ref(request.ref)
    built = build_product(template, request.params)
    start = time.perf_counter()
    parts, warnings = measure(built, request.quality)
    product = built.product
    return BuildResult(
        template_id=template.id,
        template_version=template.version,
        params=dict(built.params),
        quality=request.quality,
        parts=parts,
        joints=tuple(
            JointInfo(j.kind.value, j.parts, j.count, j.tool, j.hardware, j.reversible)
            for j in product.joints
        ),
        hardware=tuple(
            HardwareItem(h.name, h.spec, h.quantity, h.material, h.mass_g, h.standard)
            for h in product.hardware
        ),
        notes=product.notes,
        build_seconds=built.build_seconds,
        tessellate_seconds=time.perf_counter() - start,
        warnings=tuple(warnings),
        revision=request.revision,
    )

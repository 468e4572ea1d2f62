"""Run a template's build and turn the product into plain data (meshes, measures, outlines).

This module imports CadQuery/OCP and is meant to run inside the build worker (or in a CLI process
that needs B-rep shapes, e.g. for export). Nothing on the GUI's start-up path imports it.
"""

from __future__ import annotations

import os
import tempfile
import time
from collections import OrderedDict
from dataclasses import dataclass
from typing import Any

import cadquery as cq
import numpy as np
import numpy.typing as npt
from OCP.Bnd import Bnd_Box
from OCP.BRepAdaptor import BRepAdaptor_Curve, BRepAdaptor_Surface
from OCP.BRepBndLib import BRepBndLib
from OCP.BRepMesh import BRepMesh_IncrementalMesh
from OCP.BRepTools import BRepTools_WireExplorer
from OCP.GCPnts import GCPnts_TangentialDeflection
from OCP.StlAPI import StlAPI_Writer
from OCP.TopAbs import TopAbs_REVERSED

from configurator.core.registry import load_ref
from configurator.sdk.errors import TemplateError
from configurator.sdk.product import MeshShape, Part, Product
from configurator.sdk.results import (
    BuildRequest,
    BuildResult,
    FloatArray,
    HardwareItem,
    IntArray,
    JointInfo,
    PartResult,
    Quality,
    TemplateRef,
)
from configurator.sdk.schema import canonical_json
from configurator.sdk.template import Template

# Linear deflection in mm (absolute) and angular deflection in radians.
QUALITY: dict[Quality, tuple[float, float]] = {
    Quality.DRAG: (0.4, 0.6),
    Quality.COARSE: (0.4, 0.6),
    Quality.FINE: (0.05, 0.25),
    Quality.EXPORT: (0.01, 0.1),
}
# Qualities for a preview frame only (a slider being dragged): the mesh and exact bounds are
# measured, nothing else. The geometry checks, exact volume and area, sheet outlines and engraving
# paths wait for the build of the released value (``coarse`` and up measure everything).
PREVIEW_ONLY = frozenset({Quality.DRAG})
SHEET_TOLERANCE_MM = 1e-3
MERGE_QUANTUM_MM = 1e-5  # vertices closer than this along shared edges become one
# One triangle of a binary STL file: normal, three corners, attribute (50 bytes).
STL_TRIANGLE = np.dtype([("normal", "<f4", (3,)), ("corners", "<f4", (3, 3)), ("attribute", "<u2")])
STL_HEADER_BYTES = 84
# OCCT meshes the faces of a shape on its own thread pool. Processes that run many builds side by
# side (sweep workers) switch it off: OCCT's threads can hang under multiprocessing, and each
# worker process has one core's worth of work anyway.
PARALLEL_MESHING = True


@dataclass(frozen=True)
class BuiltProduct:
    """A product with its B-rep shapes normalised, kept where the kernel lives (worker/export)."""

    template: Template
    params: dict[str, Any]
    product: Product
    shapes: dict[str, cq.Shape | MeshShape]
    engravings: dict[str, cq.Shape | None]
    build_seconds: float


def to_shape(obj: Any, what: str) -> cq.Shape:
    """Normalise a Workplane/Shape returned by a template into one ``cq.Shape``."""
    if isinstance(obj, MeshShape):
        raise TemplateError(f"{what} is a mesh where a CadQuery shape is needed")
    if isinstance(obj, cq.Workplane):
        shapes = [o for o in obj.vals() if isinstance(o, cq.Shape)]
        if not shapes:
            raise TemplateError(f"{what} is an empty Workplane: the build produced no geometry")
        return shapes[0] if len(shapes) == 1 else cq.Compound.makeCompound(shapes)
    if isinstance(obj, cq.Shape):
        return obj
    if isinstance(obj, list | tuple) and obj:  # e.g. the wires of an engraving
        shapes = [to_shape(item, what) for item in obj]
        return shapes[0] if len(shapes) == 1 else cq.Compound.makeCompound(shapes)
    raise TemplateError(
        f"{what} must be a CadQuery Workplane or Shape (or a list of them), got {type(obj).__name__}"
    )


def build_product(template: Template, params: dict[str, Any]) -> BuiltProduct:
    """Validate, build and normalise. Raises ValidationError or TemplateError."""
    values = template.schema.validate(params, template_id=template.id)
    start = time.perf_counter()
    product = template.build(template.params_type(values))
    if not isinstance(product, Product):
        raise TemplateError(
            f"template '{template.id}': build() returned {type(product).__name__}, not a Product"
        )
    shapes: dict[str, cq.Shape | MeshShape] = {}
    engravings: dict[str, cq.Shape | None] = {}
    for part in product.parts:
        shapes[part.name] = (
            part.shape if isinstance(part.shape, MeshShape) else to_shape(part.shape, f"part '{part.name}'")
        )
        engravings[part.name] = (
            to_shape(part.engraving, f"engraving of '{part.name}'") if part.engraving else None
        )
    elapsed = time.perf_counter() - start
    return BuiltProduct(template, values, product, shapes, engravings, elapsed)


def _scratch_dir() -> str:
    """A folder for short-lived files; in memory where the system has one."""
    shm = "/dev/shm"
    return shm if os.path.isdir(shm) and os.access(shm, os.W_OK) else tempfile.gettempdir()


def _triangle_soup(shape: cq.Shape) -> np.ndarray:
    """The shape's triangulation as an (n, 3, 3) array of triangle corners, outward-wound.

    Read through OCCT's binary STL writer, which walks every face's triangulation (with its
    location and orientation) in C++; reading node by node from Python costs two to three times
    more than the meshing itself for coarse meshes.
    """
    handle, path = tempfile.mkstemp(prefix="fabwise-mesh-", suffix=".stl", dir=_scratch_dir())
    os.close(handle)
    try:
        writer = StlAPI_Writer()
        writer.ASCIIMode = False
        if not writer.Write(shape.wrapped, path):
            raise TemplateError("could not read the triangulation of a part")
        records = np.fromfile(path, dtype=STL_TRIANGLE, offset=STL_HEADER_BYTES)
    finally:
        os.unlink(path)
    corners: np.ndarray = records["corners"]
    return corners


def tessellate(shape: cq.Shape, quality: Quality) -> tuple[FloatArray, IntArray]:
    """Triangulate ``shape``; vertices shared between faces are merged, so closed solids give
    watertight meshes."""
    linear, angular = QUALITY[quality]
    BRepMesh_IncrementalMesh(shape.wrapped, linear, False, angular, PARALLEL_MESHING)
    corners = _triangle_soup(shape).reshape(-1, 3)
    if not len(corners):
        return np.zeros((0, 3), np.float32), np.zeros((0, 3), np.int32)
    # Merge coincident corners: quantise, then find unique rows as single 24-byte keys.
    keys = np.ascontiguousarray(np.round(corners.astype(np.float64) / MERGE_QUANTUM_MM).astype(np.int64))
    _, first, inverse = np.unique(
        keys.view(np.dtype((np.void, keys.itemsize * 3))).ravel(), return_index=True, return_inverse=True
    )
    faces = inverse.reshape(-1, 3)
    keep = (faces[:, 0] != faces[:, 1]) & (faces[:, 1] != faces[:, 2]) & (faces[:, 0] != faces[:, 2])
    return corners[first].astype(np.float32), faces[keep].astype(np.int32)


def tight_bounds(shape: cq.Shape) -> tuple[float, float, float, float, float, float]:
    """Exact (xmin, ymin, zmin, xmax, ymax, zmax) of the B-rep.

    ``Shape.BoundingBox()`` is widened by any mesh already on the shape and by tolerances, which
    would make flat sheet parts look thicker than they are.
    """
    box = Bnd_Box()
    BRepBndLib.AddOptimal_s(shape.wrapped, box, False, False)
    xmin, ymin, zmin, xmax, ymax, zmax = box.Get()
    return xmin, ymin, zmin, xmax, ymax, zmax


def _edge_points(edge: Any, quality: Quality) -> list[tuple[float, float]]:
    """Points along ``edge`` (a TopoDS_Edge) in its direction within the wire, within the
    quality's deflection of the true curve."""
    linear, angular = QUALITY[quality]
    curve = BRepAdaptor_Curve(edge)
    sampler = GCPnts_TangentialDeflection(curve, angular, linear, 2)
    points = [sampler.Value(i) for i in range(1, sampler.NbPoints() + 1)]
    if edge.Orientation() == TopAbs_REVERSED:
        points.reverse()
    return [(round(p.X(), 6), round(p.Y(), 6)) for p in points]


def _polyline(wire: cq.Wire, quality: Quality = Quality.FINE, face: cq.Face | None = None) -> FloatArray:
    """A wire as one 2D polyline, edges in connection order (closed wires not repeating their
    first point)."""
    points: list[tuple[float, float]] = []
    explorer = (
        BRepTools_WireExplorer(wire.wrapped, face.wrapped)
        if face is not None
        else BRepTools_WireExplorer(wire.wrapped)
    )
    while explorer.More():
        for point in _edge_points(explorer.Current(), quality):
            if not points or points[-1] != point:
                points.append(point)
        explorer.Next()
    if len(points) > 1 and points[0] == points[-1]:
        points.pop()
    return np.array(points, dtype=np.float32).reshape(-1, 2)


def _lies_on_z0(face: cq.Face) -> bool:
    """A planar face in the plane z = 0 (read from its plane, not by integrating its area)."""
    if face.geomType() != "PLANE":
        return False
    plane = BRepAdaptor_Surface(face.wrapped).Plane()
    normal, origin = plane.Axis().Direction(), plane.Location()
    return bool(abs(abs(normal.Z()) - 1.0) < 1e-9 and abs(origin.Z()) < SHEET_TOLERANCE_MM)


def sheet_outlines(
    part: Part, shape: cq.Shape, quality: Quality = Quality.FINE
) -> tuple[tuple[FloatArray, ...], float]:
    """Closed 2D outlines of a flat part (its face on z = 0, sampled within the quality's
    deflection) and the total cut length in mm (exact, from the B-rep)."""
    assert part.sheet_thickness is not None
    _, _, zmin, _, _, zmax = tight_bounds(shape)
    if abs(zmin) > SHEET_TOLERANCE_MM or abs(zmax - zmin - part.sheet_thickness) > 0.01:
        raise TemplateError(
            f"sheet part '{part.name}' must lie flat on z = 0 with thickness "
            f"{part.sheet_thickness:g} mm; its z extent is {zmin:.3f}..{zmax:.3f} mm"
        )
    bottom = [f for f in shape.Faces() if _lies_on_z0(f)]
    if not bottom:
        raise TemplateError(f"sheet part '{part.name}' has no flat face on z = 0")
    outlines: list[FloatArray] = []
    cut_length = 0.0
    for face in bottom:
        for wire in [face.outerWire(), *face.innerWires()]:
            outlines.append(_polyline(wire, quality, face))
            cut_length += sum(edge.Length() for edge in wire.Edges())
    return tuple(outlines), cut_length


def engraving_paths(shape: cq.Shape, quality: Quality = Quality.FINE) -> tuple[tuple[FloatArray, ...], float]:
    wires = shape.Wires() or [cq.Wire.assembleEdges([e]) for e in shape.Edges()]
    paths = tuple(_polyline(w, quality) for w in wires)
    return paths, sum(e.Length() for e in shape.Edges())


def _check_and_measure_volume(part: Part, shape: cq.Shape) -> tuple[list[str], float]:
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
    return warnings, volume


def mesh_volume_and_area(vertices: npt.NDArray[Any], faces: npt.NDArray[Any]) -> tuple[float, float]:
    """Enclosed volume (mm³) and surface area (mm²) of a closed, outward-wound triangle mesh."""
    if not len(faces):
        return 0.0, 0.0
    corners = vertices.astype(np.float64)[faces]
    a, b, c = corners[:, 0], corners[:, 1], corners[:, 2]
    volume = float(np.einsum("ij,ij->i", a, np.cross(b, c)).sum() / 6.0)
    area = float(np.linalg.norm(np.cross(b - a, c - a), axis=1).sum() / 2.0)
    return volume, area


@dataclass(frozen=True)
class SolidMeasures:
    """What every build and the export measure of one part's solid, in one place."""

    warnings: list[str]
    volume_mm3: float
    area_mm2: float
    size_mm: tuple[float, float, float]  # exact bounding box (tight_bounds)
    vertices: FloatArray
    faces: IntArray


def measure_mesh(part: Part, mesh: MeshShape) -> SolidMeasures:
    """A mesh part measured from its own triangles (they are the exact geometry)."""
    vertices = mesh.vertices.astype(np.float32)
    faces = mesh.faces.astype(np.int32)
    volume, area = mesh_volume_and_area(mesh.vertices, mesh.faces)  # in float64
    if not volume > 0:
        raise TemplateError(
            f"part '{part.name}' has no volume ({volume:g} mm³): its mesh is "
            "not a closed, outward-facing surface"
        )
    size = tuple(float(v) for v in np.ptp(mesh.vertices, axis=0))
    return SolidMeasures([], volume, area, (size[0], size[1], size[2]), vertices, faces)


def measure_solid(part: Part, shape: cq.Shape | MeshShape, quality: Quality) -> SolidMeasures:
    """Mesh and exact bounds of ``shape``; for a preview frame (``PREVIEW_ONLY``) volume and area
    are read off the mesh, otherwise the solid is checked and measured exactly. A mesh part is
    its own mesh at every quality."""
    if isinstance(shape, MeshShape):
        return measure_mesh(part, shape)
    full = quality not in PREVIEW_ONLY
    warnings: list[str] = []
    if full:
        warnings, volume = _check_and_measure_volume(part, shape)
    xmin, ymin, zmin, xmax, ymax, zmax = tight_bounds(shape)
    vertices, faces = tessellate(shape, quality)
    if full:
        area = float(shape.Area())
    else:
        volume, area = mesh_volume_and_area(vertices, faces)
    size = (float(xmax - xmin), float(ymax - ymin), float(zmax - zmin))
    return SolidMeasures(warnings, float(volume), area, size, vertices, faces)


def _measure_part(
    part: Part, shape: cq.Shape | MeshShape, engraving: cq.Shape | None, quality: Quality
) -> tuple[PartResult, list[str]]:
    """One part as plain data. For a preview frame (``PREVIEW_ONLY``) only the mesh and exact
    bounds, with volume and area read off the mesh; otherwise checked and measured in full."""
    full = quality not in PREVIEW_ONLY
    solid = measure_solid(part, shape, quality)
    outlines: tuple[FloatArray, ...] = ()
    cut_length: float | None = None
    if full and part.sheet_thickness is not None:
        assert not isinstance(shape, MeshShape)  # Part refuses sheet mesh parts
        outlines, cut_length = sheet_outlines(part, shape, quality)
    paths: tuple[FloatArray, ...] = ()
    engrave_len: float | None = None
    if full and engraving is not None:
        paths, engrave_len = engraving_paths(engraving, quality)
    return PartResult(
        name=part.name,
        material=part.material,
        process=part.process,
        quantity=part.quantity,
        spare=part.spare,
        volume_mm3=solid.volume_mm3,
        area_mm2=solid.area_mm2,
        bbox_mm=solid.size_mm,
        vertices=solid.vertices,
        faces=solid.faces,
        placements=tuple(p.matrix() for p in part.placements),
        sheet_thickness_mm=part.sheet_thickness,
        outlines=outlines,
        cut_length_mm=cut_length,
        engraving_paths=paths,
        engraving_length_mm=engrave_len,
        description=part.description,
    ), solid.warnings


def measure(built: BuiltProduct, quality: Quality) -> tuple[tuple[PartResult, ...], list[str]]:
    results: list[PartResult] = []
    warnings: list[str] = []
    for part in built.product.parts:
        result, part_warnings = _measure_part(
            part, built.shapes[part.name], built.engravings[part.name], quality
        )
        results.append(result)
        warnings.extend(part_warnings)
    return tuple(results), warnings


# The last few built products (B-rep included), so a fit-for-use check of a variant the worker has
# just built does not build it again (configurator.core.fit_job).
RECENT_BUILDS: OrderedDict[tuple[str, str, str], BuiltProduct] = OrderedDict()
RECENT_BUILDS_MAX = 8


def remember(ref: TemplateRef, built: BuiltProduct) -> None:
    key = (ref.id, ref.fingerprint, canonical_json(built.params))
    RECENT_BUILDS[key] = built
    RECENT_BUILDS.move_to_end(key)
    while len(RECENT_BUILDS) > RECENT_BUILDS_MAX:
        RECENT_BUILDS.popitem(last=False)


def run_build(request: BuildRequest) -> BuildResult:
    """The worker's build job: load the template, build, measure, tessellate."""
    template = load_ref(request.ref)
    built = build_product(template, request.params)
    remember(request.ref, built)
    return result_of(built, request.quality)


def result_of(built: BuiltProduct, quality: Quality) -> BuildResult:
    """Measure and tessellate a built product into plain data (keeps ``built`` usable, e.g. for a
    fit check on the same B-rep)."""
    template = built.template
    start = time.perf_counter()
    parts, warnings = measure(built, quality)
    product = built.product
    return BuildResult(
        template_id=template.id,
        template_version=template.version,
        params=dict(built.params),
        quality=quality,
        parts=parts,
        joints=tuple(
            JointInfo(j.kind.value, j.parts, j.count, j.tool, j.hardware, j.reversible)
            for j in product.joints
        ),
        hardware=tuple(
            HardwareItem(h.name, h.spec, h.quantity, h.material, h.mass_g, h.standard, h.mass_note)
            for h in product.hardware
        ),
        notes=product.notes,
        build_seconds=built.build_seconds,
        tessellate_seconds=time.perf_counter() - start,
        warnings=tuple(warnings),
    )

"""Reading a mesh someone brought (STL, 3MF), checking it, and repairing it where that is safe.

Uses trimesh (a maintained mesh library) to read the files and for the standard repairs: welding
coincident corners, dropping degenerate and duplicate triangles, and turning triangles that face
the wrong way. Flat holes are closed with a fan of triangles; anything else that keeps the mesh
from enclosing a volume (edges shared by three or more triangles, holes that are not flat) is
reported and the import refused, because guessing there would change the object. Every repair is
counted and reported. No CadQuery here.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from configurator.sdk.errors import FabwiseError

MESH_SUFFIXES = (".stl", ".3mf")
# How far (as a share of its size) a hole's rim may leave its best-fit plane and still be filled.
FLAT_HOLE_TOLERANCE = 0.02
MAX_TRIANGLES = 2_000_000

# 3MF unit names (3MF core spec) and our own unit names, in millimetres.
UNIT_MM: dict[str, float] = {
    "micron": 0.001,
    "millimeter": 1.0,
    "centimeter": 10.0,
    "meter": 1000.0,
    "inch": 25.4,
    "foot": 304.8,
    "mm": 1.0,
    "cm": 10.0,
    "m": 1000.0,
    "in": 25.4,
}


@dataclass
class MeshRepairs:
    """What was done to a mesh and what is still wrong with it."""

    done: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class LoadedMesh:
    vertices: npt.NDArray[np.float64]  # in the file's units
    faces: npt.NDArray[np.int64]
    declared_unit: str | None  # the unit the file itself declares (3MF), None for STL


def load_mesh(path: Path) -> LoadedMesh:
    """The triangles of an STL or 3MF file (all objects of a 3MF placed as its build says)."""
    import trimesh

    suffix = path.suffix.lower()
    if suffix not in MESH_SUFFIXES:
        raise FabwiseError(f"{path.name} is not an STL or 3MF file")
    try:
        loaded: Any = trimesh.load(
            str(path), file_type=suffix[1:], process=False, force="scene" if suffix == ".3mf" else "mesh"
        )
    except Exception as exc:  # trimesh raises many kinds for damaged files
        raise FabwiseError(
            f"{path.name} cannot be read as {suffix[1:].upper()}: {exc}",
            hint="check that the file is complete (re-download or re-export it)",
        ) from exc
    declared = None
    if isinstance(loaded, trimesh.Scene):
        declared = str(loaded.metadata.get("units") or "millimeter") if suffix == ".3mf" else None
        if not loaded.geometry:
            raise FabwiseError(f"{path.name} holds no mesh")
        mesh = loaded.to_mesh()
    else:
        mesh = loaded
    vertices = np.asarray(mesh.vertices, dtype=np.float64)
    faces = np.asarray(mesh.faces, dtype=np.int64).reshape(-1, 3)
    if not len(faces):
        raise FabwiseError(f"{path.name} holds no triangles")
    if len(faces) > MAX_TRIANGLES:
        raise FabwiseError(
            f"{path.name} has {len(faces):,} triangles, more than the {MAX_TRIANGLES:,} Fabwise handles",
            hint="simplify (decimate) the mesh in a mesh editor first",
        )
    if not np.isfinite(vertices).all():
        raise FabwiseError(
            f"{path.name} has coordinates that are not numbers (NaN or infinite)",
            hint="re-export the model from its CAD program",
        )
    if declared is not None and declared not in UNIT_MM:
        raise FabwiseError(f"{path.name} declares the unknown unit '{declared}'")
    return LoadedMesh(vertices, faces, declared)


def _edge_use(faces: npt.NDArray[np.int64]) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.int64]]:
    """Unique undirected edges and how many triangles use each."""
    edges = np.sort(np.concatenate([faces[:, [0, 1]], faces[:, [1, 2]], faces[:, [2, 0]]]), axis=1)
    unique, counts = np.unique(edges, axis=0, return_counts=True)
    return unique, counts


def _boundary_loops(faces: npt.NDArray[np.int64]) -> list[list[int]]:
    """Loops of directed edges used by one triangle only (the rims of holes)."""
    directed = np.concatenate([faces[:, [0, 1]], faces[:, [1, 2]], faces[:, [2, 0]]])
    keys = np.sort(directed, axis=1)
    _, inverse, counts = np.unique(keys, axis=0, return_inverse=True, return_counts=True)
    open_edges = directed[counts[inverse.ravel()] == 1]
    following: dict[int, int] = {}
    for a, b in open_edges.tolist():
        if a in following:  # a vertex where two holes touch: not a simple rim
            return []
        following[a] = b
    loops: list[list[int]] = []
    seen: set[int] = set()
    for start in list(following):
        if start in seen:
            continue
        loop, current = [], start
        while current not in seen:
            seen.add(current)
            loop.append(current)
            nxt = following.get(current)
            if nxt is None:
                return []
            current = nxt
        if current != start:
            return []
        loops.append(loop)
    return loops


def _fill_flat_holes(
    vertices: npt.NDArray[np.float64], faces: npt.NDArray[np.int64], repairs: MeshRepairs
) -> tuple[npt.NDArray[np.float64], npt.NDArray[np.int64]]:
    loops = _boundary_loops(faces)
    if not loops:
        return vertices, faces
    new_vertices, new_faces, largest = [vertices], [faces], 0.0
    count = len(vertices)
    for loop in loops:
        rim = vertices[loop]
        centre = rim.mean(axis=0)
        size = float(np.ptp(rim, axis=0).max())
        _, _, axes = np.linalg.svd(rim - centre)
        off_plane = float(np.abs((rim - centre) @ axes[2]).max()) if len(rim) > 3 else 0.0
        if off_plane > FLAT_HOLE_TOLERANCE * max(size, 1e-9):
            repairs.problems.append(
                f"a hole {size:.1f} units across is not flat ({off_plane:.2f} off its plane), so "
                "it cannot be closed without guessing the missing surface"
            )
            return vertices, faces
        # The rim runs along the existing triangles; the patch must run the other way.
        fan = [[count, loop[(i + 1) % len(loop)], loop[i]] for i in range(len(loop))]
        new_vertices.append(centre[None, :])
        new_faces.append(np.array(fan, dtype=np.int64))
        count += 1
        largest = max(largest, size)
    repairs.done.append(f"closed {len(loops)} flat hole(s), the largest {largest:.1f} units across")
    return np.concatenate(new_vertices), np.concatenate(new_faces)


_PARITY_DIRECTION = np.array([0.8660, 0.4207, 0.2703])  # skewed, so rays rarely graze edges


def _crossings(point: npt.NDArray[np.float64], corners: npt.NDArray[np.float64]) -> int:
    """How many triangles a ray from ``point`` crosses (odd: the point is inside them)."""
    d = _PARITY_DIRECTION / np.linalg.norm(_PARITY_DIRECTION)
    a = corners[:, 0]
    e1, e2 = corners[:, 1] - a, corners[:, 2] - a
    p = np.cross(d, e2)
    det = np.einsum("ij,ij->i", e1, p)
    ok = np.abs(det) > 1e-12
    inv = np.divide(1.0, det, out=np.zeros_like(det), where=ok)
    s = point - a
    u = np.einsum("ij,ij->i", s, p) * inv
    q = np.cross(s, e1)
    v = (q @ d) * inv
    t = np.einsum("ij,ij->i", e2, q) * inv
    return int((ok & (u >= 0) & (v >= 0) & (u + v <= 1) & (t > 1e-9)).sum())


def _orient_bodies(vertices: npt.NDArray[np.float64], faces: npt.NDArray[np.int64]) -> npt.NDArray[np.int64]:
    """Each closed body (consistently wound already) turned so it faces outwards, except a body
    inside an odd number of others: that is a hollow (a void), which must face inwards."""
    import trimesh

    mesh = trimesh.Trimesh(vertices, faces, process=False, validate=False)
    labels = trimesh.graph.connected_component_labels(  # type: ignore[no-untyped-call]
        mesh.face_adjacency, node_count=len(faces)
    )
    bodies = [np.nonzero(labels == label)[0] for label in np.unique(labels)]
    corners = vertices[faces]
    volumes = [
        float(np.einsum("ij,ij->i", corners[b, 0], np.cross(corners[b, 1], corners[b, 2])).sum())
        for b in bodies
    ]
    lows = [corners[b].min(axis=(0, 1)) for b in bodies]
    highs = [corners[b].max(axis=(0, 1)) for b in bodies]
    result = faces.copy()
    for index, body in enumerate(bodies):
        point = vertices[faces[body[0], 0]]
        depth = sum(
            _crossings(point, corners[other]) % 2
            for j, other in enumerate(bodies)
            if j != index and (lows[j] <= point).all() and (point <= highs[j]).all()
        )
        wants_positive = depth % 2 == 0
        if (volumes[index] > 0) != wants_positive:
            result[body] = result[body][:, ::-1]
    return result


def _normals(vertices: npt.NDArray[np.float64], faces: npt.NDArray[np.int64]) -> npt.NDArray[np.float64]:
    corners = vertices[faces]
    return np.cross(corners[:, 1] - corners[:, 0], corners[:, 2] - corners[:, 0])


def check_and_repair(
    vertices: npt.NDArray[np.float64], faces: npt.NDArray[np.int64]
) -> tuple[npt.NDArray[np.float64], npt.NDArray[np.int64], MeshRepairs]:
    """A closed, consistently outward-wound mesh made from ``vertices``/``faces``, with what was
    repaired; ``repairs.problems`` lists what could not be (then the mesh must not be used)."""
    import trimesh

    repairs = MeshRepairs()
    mesh = trimesh.Trimesh(vertices, faces, process=False, validate=False)
    mesh.merge_vertices(digits_vertex=6)  # an STL repeats each corner for every triangle
    degenerate = ~mesh.nondegenerate_faces(height=1e-9)
    if degenerate.any():
        mesh.update_faces(~degenerate)
        repairs.done.append(f"removed {int(degenerate.sum())} degenerate (zero-area) triangle(s)")
    unique = np.zeros(len(mesh.faces), dtype=bool)
    unique[mesh.unique_faces()] = True
    if not unique.all():
        mesh.update_faces(unique)
        repairs.done.append(f"removed {int((~unique).sum())} duplicate triangle(s)")
    mesh.remove_unreferenced_vertices()
    verts = np.asarray(mesh.vertices, dtype=np.float64)
    tris = np.asarray(mesh.faces, dtype=np.int64)
    _, counts = _edge_use(tris)
    shared = int((counts > 2).sum())
    if shared:
        repairs.problems.append(
            f"{shared} edge(s) are shared by more than two triangles (a non-manifold mesh: "
            "surfaces meet along an edge, or bodies touch)"
        )
        return verts, tris, repairs
    normals_before = _normals(verts, tris)
    mesh = trimesh.Trimesh(verts, tris, process=False, validate=False)
    trimesh.repair.fix_winding(mesh)  # type: ignore[no-untyped-call]  # rims become loops
    tris = np.asarray(mesh.faces, dtype=np.int64)
    if (counts == 1).any():
        verts, tris = _fill_flat_holes(verts, tris, repairs)
        if repairs.problems:
            return verts, tris, repairs
    tris = _orient_bodies(verts, tris)
    mesh = trimesh.Trimesh(verts, tris, process=False, validate=False)
    original = len(normals_before)  # filled holes add triangles after the original ones
    turned = int((np.einsum("ij,ij->i", normals_before, _normals(verts, tris[:original])) < 0).sum())
    if turned:
        repairs.done.append(f"turned {turned} triangle(s) that faced inwards")
    if not mesh.is_watertight:
        repairs.problems.append("the surface still has open edges after repair")
    elif not mesh.is_winding_consistent:
        repairs.problems.append(
            "the triangles cannot be wound consistently (a one-sided surface such as a Möbius strip)"
        )
    elif not mesh.volume > 0:
        repairs.problems.append("the surface encloses no volume")
    bodies = int(mesh.body_count)
    if bodies > 1:
        repairs.notes.append(
            f"the mesh has {bodies} separate shells (bodies, or hollows inside "
            "them); they are made as one part"
        )
    repairs.notes.append("self-intersections are not checked: a slicer shows them")
    return np.asarray(mesh.vertices, dtype=np.float64), tris, repairs

"""Linear-elastic finite-element analysis of one solid: gmsh meshes it, scikit-fem solves it.

The pipeline, kept free of CadQuery so tests can drive it with any B-rep file:

1. :func:`mesh_brep` reads an OCCT ``.brep`` (or STEP) file into gmsh and meshes its volume with
   tetrahedra (element size from the caller; gmsh refines by curvature where the surface bends);
2. :func:`solve` puts quadratic (10-node, P2) displacement fields on those straight-sided tetrahedra,
   assembles small-strain isotropic elasticity with scikit-fem, fixes the facets of the fixed
   regions, applies each load as a traction spread over the facets of its region, and solves
   ``K u = f``: SuperLU in symmetric mode on the unknowns in nested-dissection order (METIS, on
   the graph of the P2 nodes) up to ``DIRECT_MAX_DOFS`` unknowns (the fastest on the shipped
   templates' meshes, measured), conjugate gradients preconditioned by smoothed-aggregation
   algebraic multigrid (pyamg, the six rigid-body modes as near-null space) above, with the direct
   solver as the fallback when the iteration does not converge. What does not depend on the
   material (the stiffness's μ and λ parts, the boundary facets, the ordering) is kept for the last
   few meshes, so a material with another Poisson's ratio only recombines and refactors;
3. stresses are evaluated at every element's corners (P2 gives a linear stress field per element)
   and averaged at shared vertices; the result carries the peak von Mises stress, the largest
   stress on the print layers' interfaces (tension across and shear along them, for FDM parts),
   the largest displacement, the mesh size, the solver's iterations and residual, and per-vertex
   von Mises for a colour map. Peaks are read away from the fixed patches (see ``_solve``).

Units: millimetres, newtons, megapascals (N/mm²).
"""

from __future__ import annotations

import math
import time
from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from configurator.sdk.errors import FabwiseError

FloatArray = npt.NDArray[np.float64]
IntArray = npt.NDArray[np.int64]

CG_TOLERANCE = 1e-6  # relative residual ||f - K u|| / ||f||: far below the mesh's error
CG_MAX_ITERATIONS = 400
# Below this many unknowns SuperLU (minimum-degree ordering on A + Aᵀ) beats AMG-CG on CPU time
# (19k unknowns, shelf bracket: 0.77 s against 0.48 s AMG set-up + 1.53 s for 68 CG iterations);
# above it the direct solver's fill-in grows faster than the iteration's cost.
DIRECT_MAX_DOFS = 40000


class FEError(FabwiseError):
    """The mesh or the solve failed (no geometry, nothing fixed, a load on no facet...)."""


@dataclass(frozen=True)
class TetMesh:
    points: FloatArray  # (3, n) vertex coordinates, mm
    tets: IntArray  # (4, m) corner indices
    mesh_seconds: float
    size_mm: float


@dataclass(frozen=True)
class FacetSelector:
    """Chooses boundary facets by their centroid and outward normal (both in mm, part frame).

    ``test(centroids, normals)`` returns a boolean mask; :mod:`configurator.sdk.conditions` builds
    these from a template's named regions.
    """

    name: str
    test: Callable[[FloatArray, FloatArray], npt.NDArray[np.bool_]] = field(compare=False)


@dataclass(frozen=True)
class Traction:
    """A load on a region: total ``force`` (N, vector) spread uniformly over its area, or a
    ``torque`` (N·mm) about the axis through ``origin`` along ``axis``, spread as a shear
    traction proportional to the distance from the axis (a rigid twist's stress pattern)."""

    region: FacetSelector
    force: tuple[float, float, float] = (0.0, 0.0, 0.0)
    torque: float = 0.0
    origin: tuple[float, float, float] = (0.0, 0.0, 0.0)
    axis: tuple[float, float, float] = (0.0, 0.0, 1.0)


@dataclass(frozen=True)
class FEResult:
    nodes: int
    elements: int
    dofs: int
    mesh_size_mm: float
    max_von_mises_mpa: float
    max_layer_stress_mpa: float  # largest interface stress on z = const planes (√(σzz₊² + 3τz²))
    max_displacement_mm: float
    solver: str
    iterations: int
    residual: float
    converged: bool
    mesh_seconds: float
    assemble_seconds: float
    solve_seconds: float
    loaded_area_mm2: dict[str, float]
    fixed_area_mm2: dict[str, float]
    surface_points: FloatArray = field(repr=False)  # (k, 3) boundary vertices for a colour map
    surface_faces: IntArray = field(repr=False)  # (f, 3) into surface_points
    surface_von_mises: FloatArray = field(repr=False)  # (k,) MPa at surface_points


def mesh_brep(path: Path, size_mm: float, *, min_size_mm: float | None = None) -> TetMesh:
    """Tetrahedral mesh of the solid(s) in ``path`` (a ``.brep`` or ``.step`` file)."""
    import gmsh

    start = time.perf_counter()
    gmsh.initialize(["-noenv"], readConfigFiles=False)
    try:
        gmsh.option.setNumber("General.Terminal", 0)
        gmsh.option.setNumber("General.NumThreads", 1)
        gmsh.model.add("part")
        gmsh.model.occ.importShapes(str(path))
        gmsh.model.occ.synchronize()
        if not gmsh.model.getEntities(3):
            raise FEError(f"{path.name}: no solid volume to mesh")
        tags, coords, types, nodes = _generate(size_mm, min_size_mm, curvature=True)
    finally:
        gmsh.finalize()
    return _tet_mesh(tags, coords, types, nodes, time.perf_counter() - start, size_mm)


# Surface patches of a triangle mesh are split where neighbouring triangles meet at more than this
# angle (a crease), so each patch is smooth enough for gmsh to re-parametrise and re-mesh it.
CREASE_ANGLE_DEG = 40.0


def mesh_surface(
    vertices: FloatArray, faces: IntArray, size_mm: float, *, min_size_mm: float | None = None
) -> TetMesh:
    """Tetrahedral mesh of the volume a closed, outward-wound triangle surface encloses (an
    imported STL or 3MF, mm): gmsh splits the surface into smooth patches at its creases
    (``classifySurfaces``), re-parametrises them (``createGeometry``) so they are re-meshed at
    ``size_mm`` rather than kept as the file's triangles (which are often long slivers), and fills
    the patches' shell with tetrahedra (sized as a B-rep's: refined where the surface curves). One
    closed shell only: a mesh of several bodies, or with a hollow inside, raises FEError."""
    vertices = np.asarray(vertices, dtype=np.float64)
    faces = np.asarray(faces, dtype=np.int64)
    shells = _shell_count(faces)
    if shells != 1:
        raise FEError(
            f"the mesh has {shells} separate shells (bodies, or hollows inside one); the "
            "structural check meshes one closed shell",
            hint="import each body as its own file, or as STEP",
        )
    start = time.perf_counter()
    tags, coords, types, nodes = _mesh_triangles(vertices, faces, size_mm, min_size_mm)
    return _tet_mesh(tags, coords, types, nodes, time.perf_counter() - start, size_mm)


def _mesh_triangles(
    vertices: FloatArray, faces: IntArray, size_mm: float, min_size_mm: float | None
) -> tuple[Any, Any, Any, Any]:
    import gmsh

    gmsh.initialize(["-noenv"], readConfigFiles=False)
    try:
        gmsh.option.setNumber("General.Terminal", 0)
        gmsh.option.setNumber("General.NumThreads", 1)
        gmsh.model.add("surface")
        try:
            surface = gmsh.model.addDiscreteEntity(2)
            gmsh.model.mesh.addNodes(2, surface, np.arange(1, len(vertices) + 1), vertices.ravel())
            gmsh.model.mesh.addElementsByType(surface, 2, [], (faces + 1).ravel())
            gmsh.model.mesh.classifySurfaces(math.radians(CREASE_ANGLE_DEG), True, True, math.pi)
            gmsh.model.mesh.createGeometry()
            patches = [tag for _, tag in gmsh.model.getEntities(2)]
            gmsh.model.geo.addVolume([gmsh.model.geo.addSurfaceLoop(patches)])
            gmsh.model.geo.synchronize()
        except Exception as exc:  # gmsh raises plain Exception with its log message
            raise FEError(f"gmsh could not turn the triangle surface into a solid: {exc}") from exc
        return _generate(size_mm, min_size_mm, curvature=True)
    finally:
        gmsh.finalize()


def _shell_count(faces: IntArray) -> int:
    """Connected groups of triangles (sharing corners)."""
    from scipy.sparse import coo_matrix
    from scipy.sparse.csgraph import connected_components

    n = int(faces.max()) + 1
    rows = np.concatenate([faces[:, 0], faces[:, 1]])
    cols = np.concatenate([faces[:, 1], faces[:, 2]])
    graph = coo_matrix((np.ones(len(rows)), (rows, cols)), shape=(n, n))
    used = np.zeros(n, dtype=bool)
    used[faces.ravel()] = True
    _, labels = connected_components(graph, directed=False)
    return len(np.unique(labels[used]))


def _generate(size_mm: float, min_size_mm: float | None, *, curvature: bool) -> tuple[Any, Any, Any, Any]:
    """Mesh the current gmsh model's volumes; (node tags, coordinates, element types, nodes)."""
    import gmsh

    gmsh.option.setNumber("Mesh.MeshSizeMax", size_mm)
    gmsh.option.setNumber("Mesh.MeshSizeMin", min_size_mm or size_mm / 2.0)
    gmsh.option.setNumber("Mesh.MeshSizeFromCurvature", 12 if curvature else 0)
    gmsh.option.setNumber("Mesh.MeshSizeExtendFromBoundary", 1)
    gmsh.option.setNumber("Mesh.Algorithm", 6)
    gmsh.option.setNumber("Mesh.Algorithm3D", 1)
    gmsh.option.setNumber("Mesh.ElementOrder", 1)
    gmsh.option.setNumber("Mesh.Optimize", 1)
    try:
        gmsh.model.mesh.generate(3)
    except Exception as exc:  # gmsh raises plain Exception with its log message
        raise FEError(f"gmsh could not mesh the part: {exc}") from exc
    tags, coords, _ = gmsh.model.mesh.getNodes()
    types, _, nodes = gmsh.model.mesh.getElements(3)
    return tags, coords, types, nodes


def _tet_mesh(tags: Any, coords: Any, types: Any, nodes: Any, seconds: float, size_mm: float) -> TetMesh:
    tet_nodes = [n for t, n in zip(types, nodes, strict=True) if t == 4]
    if not tet_nodes or not len(tet_nodes[0]):
        raise FEError("gmsh produced no tetrahedra for the part")
    index = np.full(int(tags.max()) + 1, -1, dtype=np.int64)
    index[tags.astype(np.int64)] = np.arange(len(tags))
    tets = index[np.concatenate(tet_nodes).astype(np.int64)].reshape(-1, 4)
    used = np.unique(tets)
    remap = np.full(len(tags), -1, dtype=np.int64)
    remap[used] = np.arange(len(used))
    points = coords.reshape(-1, 3)[used].T.copy()
    return TetMesh(points, remap[tets].T.copy(), seconds, size_mm)


def _rigid_body_modes(locs: FloatArray, comp: IntArray) -> FloatArray:
    """The six rigid-body modes (3 translations, 3 rotations) at the dofs: AMG's near-null space."""
    centre = locs.mean(axis=1, keepdims=True)
    x, y, z = locs - centre
    modes = np.zeros((locs.shape[1], 6))
    for c in range(3):
        modes[comp == c, c] = 1.0
    # rotation about x: (0, -z, y); about y: (z, 0, -x); about z: (-y, x, 0)
    rot = [((1, -z), (2, y)), ((0, z), (2, -x)), ((0, -y), (1, x))]
    for r, pairs in enumerate(rot):
        for c, values in pairs:
            modes[comp == c, 3 + r] = values[comp == c]
    return modes


def solve(
    mesh: TetMesh,
    youngs_mpa: float,
    poisson: float,
    fixed: Sequence[FacetSelector],
    loads: Sequence[Traction],
    *,
    solver: str = "auto",
) -> FEResult:
    """Linear elasticity on ``mesh``; raises FEError when a region selects no facet."""
    from threadpoolctl import threadpool_limits

    with threadpool_limits(limits=1):  # BLAS threads only fight over a 2-core machine
        return _solve(mesh, youngs_mpa, poisson, fixed, loads, solver)


def _solve(
    mesh: TetMesh,
    youngs_mpa: float,
    poisson: float,
    fixed: Sequence[FacetSelector],
    loads: Sequence[Traction],
    solver: str,
) -> FEResult:
    import scipy.sparse.linalg as spla
    from skfem import FacetBasis, LinearForm, condense
    from skfem.models.elasticity import lame_parameters

    start = time.perf_counter()
    setup = _assembly(mesh)
    m, element = setup.m, setup.element
    lam, mu = lame_parameters(youngs_mpa, poisson)
    stiffness = setup.stiffness(lam, mu)
    boundary, centroids, normals = setup.boundary, setup.centroids, setup.normals

    def pick(selector: FacetSelector) -> IntArray:
        mask = np.asarray(selector.test(centroids, normals), dtype=bool)
        chosen = boundary[mask]
        if not len(chosen):
            raise FEError(
                f"region '{selector.name}' selects no surface of the meshed part",
                hint="the template's region does not touch the part's surface",
            )
        return np.asarray(chosen, dtype=np.int64)

    fixed_area: dict[str, float] = {}
    fixed_facets: list[IntArray] = []
    for selector in fixed:
        chosen = pick(selector)
        fixed_facets.append(chosen)
        fixed_area[selector.name] = float(_facet_areas(m, chosen).sum())
    if not fixed_facets:
        raise FEError("a load case needs at least one fixed region")
    all_fixed = np.unique(np.concatenate(fixed_facets))
    fixed_dofs = setup.dofs.get_facet_dofs(all_fixed).all()

    force = np.zeros(setup.n)
    loaded_area: dict[str, float] = {}
    for load in loads:
        chosen = pick(load.region)
        area = float(_facet_areas(m, chosen).sum())
        loaded_area[load.region.name] = loaded_area.get(load.region.name, 0.0) + area
        fbasis = FacetBasis(m, element, facets=chosen)
        force += _traction_vector(fbasis, load, area, LinearForm)
    assemble_seconds = time.perf_counter() - start

    start = time.perf_counter()
    u = np.zeros(setup.n)
    iterations, residual, converged = 0, 0.0, True
    if solver == "auto":
        free = setup.n - len(np.unique(fixed_dofs))
        solver = "direct" if free <= DIRECT_MAX_DOFS else "amg-cg"
    used = solver
    if solver == "direct":
        # the interior unknowns in nested-dissection order (one ordering per mesh and set of
        # supports: a material swap or a second load case on the same supports reuses it)
        order = setup.interior_order(fixed_dofs)
        A = stiffness[order][:, order]
        b = force[order]
        # (small systems come in their natural order: SuperLU's minimum degree orders them)
        sol = DirectFactor(A, ordered=len(order) >= NESTED_DISSECTION_MIN_DOFS).solve(b)
        residual = float(np.linalg.norm(b - A @ sol)) / (float(np.linalg.norm(b)) or 1.0)
        u[order] = sol
    elif solver == "amg-cg":
        import pyamg

        A, b, _, interior = condense(stiffness, force, D=fixed_dofs)
        norm_b = float(np.linalg.norm(b)) or 1.0
        modes = _rigid_body_modes(setup.doflocs[:, interior], setup.comp[interior])
        ml = pyamg.smoothed_aggregation_solver(
            A, B=modes, max_coarse=300, smooth=("jacobi", {"omega": 4.0 / 3.0})
        )
        count = [0]

        def tick(_: object) -> None:
            count[0] += 1

        sol, info = spla.cg(
            A,
            b,
            rtol=CG_TOLERANCE,
            maxiter=CG_MAX_ITERATIONS,
            M=ml.aspreconditioner(cycle="V"),
            callback=tick,
        )
        iterations = count[0]
        residual = float(np.linalg.norm(b - A @ sol)) / norm_b
        converged = info == 0
        if not converged:  # fall back to the direct solver rather than report a loose answer
            used = "direct (CG did not converge)"
            sol = direct_factor(A).solve(b)
            residual = float(np.linalg.norm(b - A @ sol)) / norm_b
            converged = True
        u[interior] = sol
    else:
        raise FEError(f"unknown solver '{solver}'", hint="use auto, amg-cg or direct")
    solve_seconds = time.perf_counter() - start

    vm, layer = _corner_stresses(setup.corner_basis(), u, lam, mu)
    nverts = m.p.shape[1]
    counts = np.bincount(m.t.ravel(), minlength=nverts).astype(float)
    vm_nodal = np.bincount(m.t.ravel(), weights=vm.T.ravel(), minlength=nverts) / counts
    layer_nodal = np.bincount(m.t.ravel(), weights=layer.T.ravel(), minlength=nverts) / counts
    # Peaks are read away from the supports: a fully fixed patch is an idealisation (the real
    # part is screwed, clamped or bears on something), and the stress at the rim of a fixed patch
    # is singular in the model, so it grows without bound as the mesh is refined.
    judged = np.ones(nverts, dtype=bool)
    judged[np.unique(m.facets[:, all_fixed])] = False
    if not judged.any():
        judged[:] = True
    disp = u[setup.nodal_dofs].T
    surf_tris = m.facets[:, boundary].T
    surf_vertices, surf_faces = np.unique(surf_tris, return_inverse=True)
    return FEResult(
        nodes=int(setup.doflocs.shape[1] // 3),
        elements=int(m.t.shape[1]),
        dofs=int(setup.n),
        mesh_size_mm=mesh.size_mm,
        max_von_mises_mpa=float(vm_nodal[judged].max()),
        max_layer_stress_mpa=float(max(layer_nodal[judged].max(), 0.0)),
        max_displacement_mm=float(np.linalg.norm(disp, axis=1).max()),
        solver=used,
        iterations=iterations,
        residual=residual,
        converged=converged,
        mesh_seconds=mesh.mesh_seconds,
        assemble_seconds=assemble_seconds,
        solve_seconds=solve_seconds,
        loaded_area_mm2=loaded_area,
        fixed_area_mm2=fixed_area,
        surface_points=m.p[:, surf_vertices].T.copy(),
        surface_faces=surf_faces.reshape(-1, 3).astype(np.int64),
        surface_von_mises=vm_nodal[surf_vertices],
    )


# Below this many unknowns the ordering's set-up costs more than it saves: SuperLU's own minimum
# degree ordering is used instead.
NESTED_DISSECTION_MIN_DOFS = 3000


class DirectFactor:
    """SuperLU factors of a symmetric positive definite stiffness matrix.

    Symmetric mode (pivots preferred on the diagonal) keeps the fill-in of a symmetric matrix;
    ``DiagPivotThresh`` stays above zero so that a badly scaled pivot is still exchanged rather
    than divided by. The fill-reducing ordering is nested dissection (METIS, through pymetis),
    computed by the caller (``ordered=True``: the matrix is already in that order) or here on the
    matrix's graph; small systems use SuperLU's minimum degree on A + Aᵀ. Measured on the
    flat-pack stool's leg (26,733 unknowns): 0.70 s of CPU to factor in nested-dissection order
    (plus 0.1 s to compute it) against 1.21 s with the minimum degree ordering (1.88 s for
    ``spsolve``), to the same residual (1e-11); on the shelf bracket 0.32 s against 0.48 s.
    """

    def __init__(self, matrix: object, *, ordered: bool = False) -> None:
        import scipy.sparse.linalg as spla
        from scipy.sparse import csc_matrix

        a = csc_matrix(matrix)
        self.perm: IntArray | None = None
        spec = "NATURAL" if ordered else "MMD_AT_PLUS_A"
        if not ordered and a.shape[0] >= NESTED_DISSECTION_MIN_DOFS:  # the AMG path's fallback
            self.perm = nested_dissection(a)
            a = csc_matrix(a[self.perm][:, self.perm])
            spec = "NATURAL"
        try:
            self.lu = spla.splu(a, permc_spec=spec, options={"SymmetricMode": True, "DiagPivotThresh": 0.001})
        except RuntimeError as exc:  # "Factor is exactly singular"
            raise FEError(
                f"the part is not held in place by its fixed regions ({exc})",
                hint="fix regions that stop it moving and turning in every direction",
            ) from exc

    def solve(self, b: FloatArray) -> FloatArray:
        if self.perm is None:
            return np.asarray(self.lu.solve(b))
        x = np.empty_like(b)
        x[self.perm] = self.lu.solve(b[self.perm])
        return x


def direct_factor(matrix: object) -> DirectFactor:
    """Factors of the (symmetric positive definite) condensed stiffness matrix: see
    :class:`DirectFactor`."""
    return DirectFactor(matrix)


def nested_dissection(matrix: Any) -> IntArray:
    """A fill-reducing ordering of a symmetric sparse matrix: METIS nested dissection of its graph."""
    from scipy.sparse import coo_matrix

    coo = coo_matrix(matrix)
    n = matrix.shape[0]
    return _metis_order(coo.row, coo.col, n)


def _metis_order(rows: IntArray, cols: IntArray, count: int) -> IntArray:
    """Nested-dissection order (METIS, fixed seed: the same graph gives the same order) of the
    graph with edges ``rows[k]``–``cols[k]`` on ``count`` vertices; ``order[k]`` is the vertex
    eliminated k-th."""
    import pymetis
    from scipy.sparse import csr_matrix

    off = rows != cols
    graph = csr_matrix((np.ones(int(off.sum()), dtype=np.int8), (rows[off], cols[off])), shape=(count, count))
    if graph.nnz == 0:  # no coupling at all: any order is as good
        return np.arange(count, dtype=np.int64)
    adjacency = pymetis.CSRAdjacency(graph.indptr.astype(np.int64), graph.indices.astype(np.int64))
    order, _ = pymetis.nested_dissection(adjacency, options=pymetis.Options(seed=1))
    return np.asarray(order, dtype=np.int64)


class _Assembly:
    """What a solve on one mesh needs that depends neither on the material nor on the loads: the
    P2 basis, the stiffness split into its μ and λ parts (K = μ K_μ + λ K_λ, so a material with
    another Poisson's ratio only recombines them), the boundary facets with their centroids and
    outward normals, and the fill-reducing ordering per set of supports."""

    def __init__(self, mesh: TetMesh) -> None:
        from skfem import Basis, ElementTetP2, ElementVector, MeshTet

        self.mesh = mesh
        self.m = MeshTet(mesh.points, mesh.tets)
        self.element = ElementVector(ElementTetP2())
        # gradients of P2 are linear, so the stiffness integrand is quadratic: a 4-point rule is exact
        basis = Basis(self.m, self.element, intorder=2)
        self.k_parts = _stiffness_parts(basis)
        # the basis itself (its functions at every quadrature point) is not kept: only the dofs
        self.dofs = basis.dofs
        self.n = int(basis.N)
        self.nodal_dofs = basis.nodal_dofs
        self.element_dofs = basis.element_dofs
        self.doflocs = basis.doflocs
        self.boundary = self.m.boundary_facets()
        facet_pts = self.m.p[:, self.m.facets[:, self.boundary]]  # (3, 3 corners, nb)
        self.centroids = facet_pts.mean(axis=1).T
        self.normals = _outward_normals(self.m, self.boundary)
        self.comp = np.zeros(self.n, dtype=np.int64)
        self.node = np.zeros(self.n, dtype=np.int64)
        nverts = basis.nodal_dofs.shape[1]
        for c in range(3):
            self.comp[basis.nodal_dofs[c]] = c
            self.comp[basis.edge_dofs[c]] = c
            self.node[basis.nodal_dofs[c]] = np.arange(nverts)
            self.node[basis.edge_dofs[c]] = nverts + np.arange(basis.edge_dofs.shape[1])
        self._orders: OrderedDict[bytes, IntArray] = OrderedDict()

    def stiffness(self, lam: float, mu: float) -> Any:
        return _combine(self.k_parts, lam, mu)

    def interior_order(self, fixed_dofs: IntArray) -> IntArray:
        """The free unknowns (all but ``fixed_dofs``) in nested-dissection order."""
        fixed = np.unique(fixed_dofs)
        key = fixed.tobytes()
        found = self._orders.get(key)
        if found is not None:
            return found
        interior = np.setdiff1d(np.arange(self.n), fixed, assume_unique=True)
        if len(interior) < NESTED_DISSECTION_MIN_DOFS:
            order = interior
        else:
            # order the graph of the P2 nodes (two nodes are coupled when they share an element),
            # three times smaller than the unknowns' graph; a node's unknowns stay together
            nodes = self.node[interior]
            label = np.full(int(self.node.max()) + 1, -1, dtype=np.int64)
            free = np.unique(nodes)
            label[free] = np.arange(len(free))
            local = label[self.node[self.element_dofs[0::3]]].T  # (nel, 10), -1 if fixed
            pairs_r = np.repeat(local, local.shape[1], axis=1).ravel()
            pairs_c = np.tile(local, (1, local.shape[1])).ravel()
            keep = (pairs_r >= 0) & (pairs_c >= 0)
            node_order = _metis_order(pairs_r[keep], pairs_c[keep], len(free))
            rank = np.empty(len(free), dtype=np.int64)
            rank[node_order] = np.arange(len(free))
            order = interior[np.argsort(rank[label[nodes]], kind="stable")]
        self._orders[key] = order
        while len(self._orders) > 4:
            self._orders.popitem(last=False)
        return order

    def corner_basis(self) -> Any:
        """A basis whose quadrature points are the elements' corners (for the stresses there);
        made for each solve, not kept (it holds every basis function's gradient there)."""
        from skfem import Basis

        corners = np.array([[0.0, 1.0, 0.0, 0.0], [0.0, 0.0, 1.0, 0.0], [0.0, 0.0, 0.0, 1.0]])
        return Basis(self.m, self.element, quadrature=(corners, np.full(4, 1.0 / 24.0)))


# The last meshes' assemblies (a material swap, a second load case on the same part): each holds
# two sparse matrices of its mesh's size (~40 MB in all for the stool's leg, 26,733 unknowns),
# so only two are kept per worker (the stool's two legs when one worker checks both).
ASSEMBLY_CACHE = 2
_ASSEMBLIES: OrderedDict[int, _Assembly] = OrderedDict()


def _assembly(mesh: TetMesh) -> _Assembly:
    found = _ASSEMBLIES.get(id(mesh))
    if found is not None and found.mesh is mesh:
        _ASSEMBLIES.move_to_end(id(mesh))
        return found
    setup = _Assembly(mesh)
    _ASSEMBLIES[id(mesh)] = setup
    while len(_ASSEMBLIES) > ASSEMBLY_CACHE:
        _ASSEMBLIES.popitem(last=False)
    return setup


def clear_caches() -> None:
    """Forget every cached assembly (benchmarks: the next solve does everything again)."""
    _ASSEMBLIES.clear()


def _combine(parts: tuple[Any, Any], lam: float, mu: float) -> Any:
    from scipy.sparse import csr_matrix

    k_mu, k_lam = parts
    return csr_matrix((mu * k_mu.data + lam * k_lam.data, k_mu.indices, k_mu.indptr), shape=k_mu.shape)


def _stiffness(basis: object, lam: float, mu: float) -> object:
    """The global stiffness matrix of isotropic linear elasticity, λ div u div v + 2μ ε(u):ε(v).

    Same integrand as ``skfem.models.elasticity.linear_elasticity`` (checked in the tests); its
    generic form evaluation makes one NumPy call per pair of the 30 local basis functions, which
    costs ten times more than the batched products of :func:`_stiffness_parts`.
    """
    return _combine(_stiffness_parts(basis), lam, mu)


def _stiffness_parts(basis: Any) -> tuple[Any, Any]:
    """K_μ and K_λ (CSR, one sparsity pattern) with K = μ K_μ + λ K_λ, for a vector P2 basis.

    A vector basis function is a scalar one times a unit vector, φ_i e_c (local index 3 i + c).
    With M[(i, c), (j, d)] = ∫ ∂_c φ_i ∂_d φ_j (one batched product per element), the λ part is
    M itself (div (φ_i e_c) = ∂_c φ_i) and the μ part, 2 ε:ε, is δ_cd Σ_k M[(i, k), (j, k)] +
    M[(i, d), (j, c)]."""
    from scipy.sparse import coo_matrix, csr_matrix

    nb = basis.Nbfun
    scalars = nb // 3
    # ∇φ_i: the first component's row of the vector function φ_i e_0
    grads = np.stack([basis.basis[3 * i][0].grad[0] for i in range(scalars)])  # (10, 3, nel, nq)
    nel, nq = grads.shape[2], grads.shape[3]
    h = np.ascontiguousarray(grads.transpose(2, 0, 1, 3)).reshape(nel, nb, nq)  # row 3 i + c
    m = np.matmul(h * basis.dx[:, None, :], h.transpose(0, 2, 1))  # (nel, 30, 30)
    m5 = m.reshape(nel, scalars, 3, scalars, 3)
    k_mu = np.ascontiguousarray(m5.transpose(0, 1, 4, 3, 2))  # M[(i, d), (j, c)]
    laplace = np.einsum("eikjk->eij", m5)
    for c in range(3):
        k_mu[:, :, c, :, c] += laplace
    dofs = basis.element_dofs.T  # (nel, 30)
    rows = np.broadcast_to(dofs[:, :, None], (nel, nb, nb)).ravel()
    cols = np.broadcast_to(dofs[:, None, :], (nel, nb, nb)).ravel()
    n = basis.N
    # one conversion for both parts (real: μ, imaginary: λ), so that they share one pattern
    both = coo_matrix((k_mu.ravel() + 1j * m.ravel(), (rows, cols)), shape=(n, n)).tocsr()  # sums duplicates
    return tuple(
        csr_matrix((np.ascontiguousarray(part), both.indices, both.indptr), shape=(n, n))
        for part in (both.data.real, both.data.imag)
    )


def _outward_normals(m: object, facets: IntArray) -> FloatArray:
    p = m.p  # type: ignore[attr-defined]
    tri = m.facets[:, facets]  # type: ignore[attr-defined]
    a, b, c = p[:, tri[0]], p[:, tri[1]], p[:, tri[2]]
    n = np.cross((b - a).T, (c - a).T)
    # orient away from the owning element's opposite vertex
    elem = m.f2t[0, facets]  # type: ignore[attr-defined]
    centre = p[:, m.t[:, elem]].mean(axis=1).T  # type: ignore[attr-defined]
    flip = np.einsum("ij,ij->i", n, a.T - centre) < 0
    n[flip] *= -1
    return np.asarray(n / np.linalg.norm(n, axis=1, keepdims=True), dtype=np.float64)


def _facet_areas(m: object, facets: IntArray) -> FloatArray:
    p = m.p  # type: ignore[attr-defined]
    tri = m.facets[:, facets]  # type: ignore[attr-defined]
    a, b, c = p[:, tri[0]], p[:, tri[1]], p[:, tri[2]]
    return np.asarray(0.5 * np.linalg.norm(np.cross((b - a).T, (c - a).T), axis=1))


def _traction_vector(fbasis: object, load: Traction, area: float, form: type) -> FloatArray:
    from skfem import asm

    if load.torque:
        axis = np.asarray(load.axis, dtype=float)
        axis /= np.linalg.norm(axis)
        origin = np.asarray(load.origin, dtype=float)
        # J = ∫ r⊥² dA over the region, so that ∫ r × t dA = torque · axis for t = T (a × r⊥) / J
        from skfem import Functional

        j_total = float(Functional(lambda w: _r_perp_sq(w.x, origin, axis)).assemble(fbasis))
        if j_total <= 0:
            raise FEError(
                f"region '{load.region.name}' lies on the torque axis",
                hint="a torque needs a surface away from its axis",
            )
        scale = load.torque / j_total

        def twist(v: object, w: object) -> object:
            x = w.x  # type: ignore[attr-defined]
            rel = np.stack([x[i] - origin[i] for i in range(3)])
            along = sum(rel[i] * axis[i] for i in range(3))
            perp = np.stack([rel[i] - along * axis[i] for i in range(3)])
            t = (
                np.stack(
                    [
                        axis[1] * perp[2] - axis[2] * perp[1],
                        axis[2] * perp[0] - axis[0] * perp[2],
                        axis[0] * perp[1] - axis[1] * perp[0],
                    ]
                )
                * scale
            )
            return sum(t[i] * v[i] for i in range(3))  # type: ignore[index]

        return np.asarray(asm(form(twist), fbasis))
    t = np.asarray(load.force, dtype=float) / area
    return np.asarray(asm(form(lambda v, w: t[0] * v[0] + t[1] * v[1] + t[2] * v[2]), fbasis))


def _r_perp_sq(x: FloatArray, origin: FloatArray, axis: FloatArray) -> FloatArray:
    rel = np.stack([x[i] - origin[i] for i in range(3)])
    along = sum(rel[i] * axis[i] for i in range(3))
    return np.asarray(sum((rel[i] - along * axis[i]) ** 2 for i in range(3)))


def _corner_stresses(basis: Any, u: FloatArray, lam: float, mu: float) -> tuple[FloatArray, FloatArray]:
    """Von Mises and the layer-interface stress (z = const planes) at each element's four
    corners: (nelems, 4) each. ``basis`` has its quadrature points at the corners."""
    grad = basis.interpolate(u).grad  # (3, 3, nelems, 4): grad[i, j] = du_i/dx_j
    strain = 0.5 * (grad + np.swapaxes(grad, 0, 1))
    trace = strain[0, 0] + strain[1, 1] + strain[2, 2]
    stress = 2.0 * mu * strain
    for i in range(3):
        stress[i, i] += lam * trace
    s = stress
    vm = np.sqrt(
        0.5 * ((s[0, 0] - s[1, 1]) ** 2 + (s[1, 1] - s[2, 2]) ** 2 + (s[2, 2] - s[0, 0]) ** 2)
        + 3.0 * (s[0, 1] ** 2 + s[1, 2] ** 2 + s[0, 2] ** 2)
    )
    # the stress on a layer interface (z = const): tension across it and shear along it, combined
    # as von Mises would (a layer interface is weakest in both)
    interface = np.sqrt(np.maximum(s[2, 2], 0.0) ** 2 + 3.0 * (s[0, 2] ** 2 + s[1, 2] ** 2))
    return np.asarray(vm), np.asarray(interface)


def characteristic_thickness(volume_mm3: float, area_mm2: float) -> float:
    """2 V / A: a plate's thickness, a rod's radius; what the default element size scales with."""
    return 2.0 * volume_mm3 / area_mm2 if area_mm2 > 0 else math.nan

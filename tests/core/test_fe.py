"""The finite-element engine against closed-form solutions (gmsh mesh, scikit-fem P2 solve).

Beam theory, the stress concentration at a small hole and the Saint-Venant torsion of a shaft are
the hand calculations an engineer would try first; each answer must land within 5 % (the hole:
within the accuracy of Kt charts at that mesh size).
"""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

import cadquery as cq
import numpy as np
import pytest

from configurator.core import fe

E_MPA, NU = 2000.0, 0.3


def _brep(shape: object, tmp_path: Path, name: str) -> Path:
    assert isinstance(shape, cq.Shape)  # Workplane.val() is typed wider than the solid it is
    path = tmp_path / f"{name}.brep"
    shape.exportBrep(str(path))
    return path


def _at_x(value: float, name: str) -> fe.FacetSelector:
    return fe.FacetSelector(name, lambda c, n: np.abs(c[:, 0] - value) < 1e-6)


@pytest.fixture(scope="module")
def cantilever_mesh(tmp_path_factory: pytest.TempPathFactory) -> fe.TetMesh:
    box = cq.Workplane().box(100.0, 10.0, 10.0, centered=(False, True, True)).val()
    return fe.mesh_brep(_brep(box, tmp_path_factory.mktemp("beam"), "beam"), 4.0)


@pytest.mark.parametrize("solver", ["amg-cg", "direct"])
def test_cantilever_tip_deflection_and_root_stress_match_beam_theory(
    cantilever_mesh: fe.TetMesh, solver: str
) -> None:
    length, b, h, load = 100.0, 10.0, 10.0, 50.0
    result = fe.solve(
        cantilever_mesh,
        E_MPA,
        NU,
        [_at_x(0.0, "root")],
        [fe.Traction(_at_x(length, "tip"), force=(0.0, 0.0, -load))],
        solver=solver,
    )
    inertia = b * h**3 / 12
    deflection = load * length**3 / (3 * E_MPA * inertia)
    root_stress = load * length * (h / 2) / inertia
    assert result.max_displacement_mm == pytest.approx(deflection, rel=0.05)
    assert result.max_von_mises_mpa == pytest.approx(root_stress, rel=0.05)
    assert result.converged and result.residual < 1e-5
    assert result.loaded_area_mm2["tip"] == pytest.approx(b * h, rel=1e-6)
    assert result.fixed_area_mm2["root"] == pytest.approx(b * h, rel=1e-6)
    assert result.solver == solver
    if solver == "amg-cg":
        assert 0 < result.iterations < 200


def test_stiffness_kernel_matches_scikit_fem_linear_elasticity(cantilever_mesh: fe.TetMesh) -> None:
    from skfem import Basis, ElementTetP2, ElementVector, MeshTet, asm
    from skfem.models.elasticity import lame_parameters, linear_elasticity

    mesh = MeshTet(cantilever_mesh.points, cantilever_mesh.tets)
    basis = Basis(mesh, ElementVector(ElementTetP2()), intorder=2)
    lam, mu = lame_parameters(E_MPA, NU)
    reference = asm(linear_elasticity(lam, mu), basis).tocsr()
    ours = fe._stiffness(basis, lam, mu)
    assert abs(ours - reference).max() <= 1e-9 * abs(reference).max()


def test_a_material_swap_reuses_the_assembly_and_matches_a_fresh_solve(cantilever_mesh: fe.TetMesh) -> None:
    fixed = [_at_x(0.0, "root")]
    loads = [fe.Traction(_at_x(100.0, "tip"), force=(0.0, 0.0, -50.0))]
    fe.solve(cantilever_mesh, E_MPA, NU, fixed, loads, solver="direct")
    kept = fe._assembly(cantilever_mesh)
    swapped = fe.solve(cantilever_mesh, 3000.0, 0.4, fixed, loads, solver="direct")
    assert fe._assembly(cantilever_mesh) is kept  # recombined and refactored, not assembled again
    fe.clear_caches()
    fresh = fe.solve(cantilever_mesh, 3000.0, 0.4, fixed, loads, solver="direct")
    assert fe._assembly(cantilever_mesh) is not kept
    assert swapped.max_displacement_mm == pytest.approx(fresh.max_displacement_mm, rel=1e-9)
    assert swapped.max_von_mises_mpa == pytest.approx(fresh.max_von_mises_mpa, rel=1e-9)
    assert swapped.max_layer_stress_mpa == pytest.approx(fresh.max_layer_stress_mpa, rel=1e-9)


def test_the_nested_dissection_order_solves_the_same_system() -> None:
    from scipy.sparse import diags, eye, kron
    from scipy.sparse.linalg import spsolve

    side = 70  # 4,900 unknowns: above the size where the ordering is used
    line = diags([-1.0, 2.0, -1.0], [-1, 0, 1], shape=(side, side))
    matrix = (kron(line, eye(side)) + kron(eye(side), line) + 0.01 * eye(side * side)).tocsc()
    assert matrix.shape[0] >= fe.NESTED_DISSECTION_MIN_DOFS
    order = fe.nested_dissection(matrix)
    assert sorted(order.tolist()) == list(range(side * side)) and (order != np.arange(side * side)).any()
    rhs = np.random.default_rng(1).standard_normal(side * side)
    factor = fe.direct_factor(matrix)
    assert factor.perm is not None
    assert np.allclose(factor.solve(rhs), spsolve(matrix, rhs), rtol=1e-9, atol=1e-12)


def test_small_hole_in_a_plate_concentrates_stress_about_three_times(tmp_path: Path) -> None:
    width, length, thick, hole = 60.0, 120.0, 3.0, 6.0  # d/W = 0.1
    plate = (
        cq.Workplane()
        .box(length, width, thick, centered=(False, True, True))
        .faces(">Z")
        .workplane()
        .center(length / 2, 0)
        .hole(hole)
        .val()
    )
    mesh = fe.mesh_brep(_brep(plate, tmp_path, "plate"), 6.0, min_size_mm=0.5)
    stress = 10.0
    result = fe.solve(
        mesh,
        E_MPA,
        NU,
        [_at_x(0.0, "end")],
        [fe.Traction(_at_x(length, "pull"), force=(stress * width * thick, 0, 0))],
    )
    # Peterson: Kt (gross section) = 3.03 at d/W = 0.1; far field from the clamp is uniaxial
    kt = result.max_von_mises_mpa / stress
    assert 2.8 <= kt <= 3.3, kt
    # the peak sits on the hole's edge, where the pull is tangent to the hole
    peak = result.surface_points[np.argmax(result.surface_von_mises)]
    radial = math.hypot(peak[0] - length / 2, peak[1])
    assert radial == pytest.approx(hole / 2, abs=0.3)
    assert abs(peak[1]) > 0.8 * hole / 2  # at the top/bottom of the hole, not its sides


def test_torque_on_a_shaft_gives_saint_venant_shear(tmp_path: Path) -> None:
    diameter, length, torque = 10.0, 40.0, 5000.0  # N·mm
    shaft = cq.Solid.makeCylinder(diameter / 2, length, cq.Vector(0, 0, 0), cq.Vector(1, 0, 0))
    mesh = fe.mesh_brep(_brep(shaft, tmp_path, "shaft"), 2.0)
    result = fe.solve(
        mesh,
        E_MPA,
        NU,
        [_at_x(0.0, "fixed end")],
        [fe.Traction(_at_x(length, "twisted end"), torque=torque, axis=(1.0, 0.0, 0.0))],
    )
    shear = 16 * torque / (math.pi * diameter**3)
    # away from the ends the surface shear is uniform; check the surface at mid-length
    mid = np.abs(result.surface_points[:, 0] - length / 2) < 4.0
    assert np.median(result.surface_von_mises[mid]) == pytest.approx(math.sqrt(3) * shear, rel=0.05)
    # twist angle at the free end: T L / (G J), so the edge moves r·θ
    g_mod = E_MPA / (2 * (1 + NU))
    polar = math.pi * diameter**4 / 32
    assert result.max_displacement_mm == pytest.approx(
        diameter / 2 * torque * length / (g_mod * polar), rel=0.05
    )


def test_a_region_that_selects_nothing_is_a_clear_error(cantilever_mesh: fe.TetMesh) -> None:
    with pytest.raises(fe.FEError, match="region 'nowhere' selects no surface"):
        fe.solve(
            cantilever_mesh,
            E_MPA,
            NU,
            [_at_x(0.0, "root")],
            [fe.Traction(_at_x(500.0, "nowhere"), force=(0, 0, -1))],
        )


def test_nothing_fixed_is_a_clear_error(cantilever_mesh: fe.TetMesh) -> None:
    with pytest.raises(fe.FEError, match="at least one fixed region"):
        fe.solve(cantilever_mesh, E_MPA, NU, [], [fe.Traction(_at_x(100.0, "tip"), force=(0, 0, -1))])


def test_a_file_without_a_solid_is_a_clear_error(tmp_path: Path) -> None:
    face = cq.Face.makePlane(10, 10)
    with pytest.raises(fe.FEError, match="no solid volume"):
        fe.mesh_brep(_brep(face, tmp_path, "face"), 2.0)


def test_a_singular_stiffness_is_a_clear_error_not_nan() -> None:
    from scipy.sparse import csc_matrix

    with pytest.raises(fe.FEError, match="not held in place"):
        fe.direct_factor(csc_matrix(np.array([[1.0, 1.0], [1.0, 1.0]])))


def test_a_triangle_surface_is_remeshed_and_twists_like_the_exact_shaft() -> None:
    """An imported STL shaft (64-sided, its side triangles 40 mm long slivers) is re-meshed by
    gmsh into tetrahedra sized like a B-rep's, and gives the Saint-Venant answer within 5 %."""
    import trimesh

    diameter, length, torque = 10.0, 40.0, 5000.0
    shaft = trimesh.creation.cylinder(radius=diameter / 2, height=length, sections=64)
    shaft.apply_transform(trimesh.transformations.rotation_matrix(math.pi / 2, (0, 1, 0)))  # type: ignore[no-untyped-call]
    shaft.apply_translation((length / 2, 0, 0))
    mesh = fe.mesh_surface(np.asarray(shaft.vertices), np.asarray(shaft.faces), 2.0)
    assert mesh.tets.shape[1] > 20 * len(shaft.faces) / 4  # not the file's slivers
    result = fe.solve(
        mesh,
        E_MPA,
        NU,
        [_near_x(0.0, "fixed end")],
        [fe.Traction(_near_x(length, "twisted end"), torque=torque, axis=(1.0, 0.0, 0.0))],
    )
    shear = 16 * torque / (math.pi * diameter**3)
    mid = np.abs(result.surface_points[:, 0] - length / 2) < 4.0
    assert np.median(result.surface_von_mises[mid]) == pytest.approx(math.sqrt(3) * shear, rel=0.05)


def test_a_surface_of_two_shells_is_refused() -> None:
    import trimesh

    first = trimesh.creation.box((10, 10, 10))
    second = trimesh.creation.box((10, 10, 10))
    second.apply_translation((30, 0, 0))
    both: Any = trimesh.util.concatenate([first, second])
    with pytest.raises(fe.FEError, match="2 separate shells"):
        fe.mesh_surface(np.asarray(both.vertices), np.asarray(both.faces), 3.0)


def _near_x(value: float, name: str) -> fe.FacetSelector:
    return fe.FacetSelector(name, lambda c, n: np.abs(c[:, 0] - value) < 1e-3)

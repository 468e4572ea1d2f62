"""The fit check as a build-worker job: build the variant, mesh each loaded part from its B-rep,
solve, and turn stresses into verdicts against the material rows.

Runs where CadQuery lives (the build worker, or a test process). Meshes are cached per B-rep
content within the worker, so a material swap re-solves without re-meshing.
"""

from __future__ import annotations

import hashlib
import math
import os
import tempfile
import time
from collections import OrderedDict
from collections.abc import Callable, Mapping
from dataclasses import replace
from pathlib import Path
from typing import Any

import numpy as np

from configurator.core import fe
from configurator.core.build import RECENT_BUILDS, build_product, remember
from configurator.core.fit import (
    FAILS,
    HOLDS,
    UNKNOWN,
    FitReport,
    FitRequest,
    PartInfo,
    SolverRun,
    Verdict,
    environment_verdicts,
    prop,
    report_without_loads,
    strength_for,
)
from configurator.core.registry import load_ref
from configurator.sdk.conditions import SUSTAINED, Axis, Box, Cylinder, LoadCase, Magnitude, UseConditions
from configurator.sdk.errors import FabwiseError
from configurator.sdk.i18n import local_number, part_name, translate
from configurator.sdk.params import Value
from configurator.sdk.product import MeshShape
from configurator.sdk.schema import canonical_json

ELEMENT = "quadratic tetrahedra (10-node, P2 displacement, straight sides)"
SIZE_FACTOR = 1.5  # element size = this × the part's characteristic thickness (2 V / A)
MIN_SIZE_MM = 0.6
MAX_ELEMENTS_ESTIMATE = 2000  # coarsen the mesh beyond this many expected tetrahedra
MAX_ELEMENTS = 3500  # ... and re-mesh coarser when gmsh made more than this (about 20k dofs)
_SOLVES: OrderedDict[tuple[Any, ...], tuple[fe.TetMesh, float, fe.FEResult]] = OrderedDict()
_MESHES: OrderedDict[tuple[str, float, float], fe.TetMesh] = OrderedDict()


def _unit(v: tuple[float, float, float]) -> np.ndarray:
    arr = np.asarray(v, dtype=float)
    return np.asarray(arr / np.linalg.norm(arr))


def selector(name: str, region: Any) -> fe.FacetSelector:
    """A facet test for a named region (Box or Cylinder) of a part."""
    if isinstance(region, Box):
        lo, hi = np.asarray(region.lo, float) - 1e-6, np.asarray(region.hi, float) + 1e-6
        normal, cos = _normal_test(region.normal, region.angle_deg)

        def in_box(c: np.ndarray, n: np.ndarray) -> np.ndarray:
            mask = np.all((c >= lo) & (c <= hi), axis=1)
            return np.asarray(mask & normal(n, cos) if region.normal is not None else mask)

        return fe.FacetSelector(name, in_box)
    if isinstance(region, Cylinder):
        origin, axis = np.asarray(region.origin, float), _unit(region.axis)
        normal, cos = _normal_test(region.normal, region.angle_deg)

        def in_cylinder(c: np.ndarray, n: np.ndarray) -> np.ndarray:
            rel = c - origin
            along = rel @ axis
            radial = np.linalg.norm(rel - np.outer(along, axis), axis=1)
            mask = (
                (radial <= region.radius + 1e-6)
                & (radial >= region.inner_radius - 1e-6)
                & (along >= region.start - 1e-6)
                & (along <= region.end + 1e-6)
            )
            if region.facing:
                radial_dir = (rel - np.outer(along, axis)) / np.maximum(radial, 1e-12)[:, None]
                sign = -1.0 if region.facing == "inward" else 1.0
                mask &= np.einsum("ij,ij->i", n, radial_dir) * sign >= cos
            return np.asarray(mask & normal(n, cos) if region.normal is not None else mask)

        return fe.FacetSelector(name, in_cylinder)
    raise FabwiseError(
        f"region '{name}' is a {type(region).__name__}: loads and supports need a Box or a Cylinder"
    )


def _normal_test(normal: tuple[float, float, float] | None, angle: float) -> tuple[Any, float]:
    cos = math.cos(math.radians(angle))
    target = _unit(normal) if normal is not None else np.zeros(3)

    def test(n: np.ndarray, limit: float) -> np.ndarray:
        return np.asarray(n @ target >= limit)

    return test, cos


def _scratch() -> str:
    shm = "/dev/shm"
    return shm if os.path.isdir(shm) and os.access(shm, os.W_OK) else tempfile.gettempdir()


def _element_size(volume: float, area: float) -> float:
    size = max(SIZE_FACTOR * fe.characteristic_thickness(volume, area), MIN_SIZE_MM)
    # a tetrahedron of edge h has volume h³/8.5: keep the count bounded on big parts
    expected = volume / (size**3 / 8.5)
    if expected > MAX_ELEMENTS_ESTIMATE:
        size *= (expected / MAX_ELEMENTS_ESTIMATE) ** (1.0 / 3.0)
    return size


def _bounded(mesher: Callable[[float], fe.TetMesh], size: float, refine: float) -> fe.TetMesh:
    mesh = mesher(size)
    for _ in range(2):  # thin walls and small radii refined it: coarsen (twice at most)
        elements = mesh.tets.shape[1]
        if elements <= MAX_ELEMENTS:
            break
        size *= 1.05 * (elements / MAX_ELEMENTS) ** (1.0 / 3.0)
        mesh = mesher(size)
    if refine != 1.0:  # a refinement study: the same sizing, scaled
        mesh = mesher(size * refine)
    return mesh


def _remember_mesh(key: tuple[str, float, float], mesh: fe.TetMesh) -> fe.TetMesh:
    _MESHES[key] = mesh
    while len(_MESHES) > 16:
        _MESHES.popitem(last=False)
    return mesh


def mesh_triangles(shape: MeshShape, refine: float = 1.0) -> fe.TetMesh:
    """Mesh the volume inside an imported triangle mesh (STL, 3MF), cached by its content."""
    corners = shape.vertices[shape.faces]
    volume = float(np.einsum("ij,ij->i", corners[:, 0], np.cross(corners[:, 1], corners[:, 2])).sum() / 6)
    area = float(
        np.linalg.norm(np.cross(corners[:, 1] - corners[:, 0], corners[:, 2] - corners[:, 0]), axis=1).sum()
        / 2
    )
    size = _element_size(volume, area)
    digest = hashlib.sha256(shape.vertices.tobytes() + shape.faces.tobytes()).hexdigest()
    key = ("mesh:" + digest, round(size, 6), refine)
    if key in _MESHES:
        _MESHES.move_to_end(key)
        return _MESHES[key]
    return _remember_mesh(
        key, _bounded(lambda h: fe.mesh_surface(shape.vertices, shape.faces, h), size, refine)
    )


def mesh_shape(shape: Any, refine: float = 1.0) -> fe.TetMesh:
    """Mesh a CadQuery shape (through a BREP file) or an imported triangle mesh, cached by its
    content and the size."""
    if isinstance(shape, MeshShape):
        return mesh_triangles(shape, refine)
    handle, path = tempfile.mkstemp(prefix="fabwise-fit-", suffix=".brep", dir=_scratch())
    os.close(handle)
    try:
        shape.exportBrep(path)
        digest = hashlib.sha256(Path(path).read_bytes()).hexdigest()
        size = _element_size(shape.Volume(), shape.Area())
        key = (digest, round(size, 6), refine)
        if key in _MESHES:
            _MESHES.move_to_end(key)
            return _MESHES[key]
        mesh = _bounded(lambda h: fe.mesh_brep(Path(path), h), size, refine)
    finally:
        os.unlink(path)
    return _remember_mesh(key, mesh)


def run_case(
    case: LoadCase,
    shape: Any,
    regions: Mapping[str, Any],
    part: PartInfo,
    params: Mapping[str, Value],
    required: float,
    refine: float = 1.0,
    titles: Mapping[str, str] | None = None,
) -> tuple[Verdict, fe.FEResult | None]:
    """One load case on one part: FE solve and the verdict against the derated strength.

    ``titles``: parameter name -> the title the window shows, to name a load a parameter sets."""
    condition = translate("fit", "{case} ({load} on the {part})").format(
        case=case.title,
        load=translate("fit", "sustained load")
        if case.duration == SUSTAINED
        else translate("fit", "short-term load"),
        part=part_name(part.name),
    )
    sources = tuple(dict.fromkeys(load.magnitude.source.label() for load in case.loads))
    missing = [r for r in (*case.fixed, *(ld.region for ld in case.loads)) if r not in regions]
    if missing:
        return Verdict(
            condition,
            "load",
            UNKNOWN,
            translate("fit", "the part names no region {regions}").format(
                regions=", ".join(repr(m) for m in missing)
            ),
            part.name,
            part.material,
            sources=sources,
        ), None
    e_row, nu_row = prop(part.material, "youngs_mpa"), prop(part.material, "poisson")
    if e_row is None or nu_row is None:
        return Verdict(
            condition,
            "load",
            UNKNOWN,
            translate("fit", "no stiffness on record for {material}").format(material=part.material),
            part.name,
            part.material,
            sources=sources,
        ), None
    try:
        strength, across, strength_rows = strength_for(part.material, part.process, case.duration)
        tractions, described, said = [], [], []
        for load in case.loads:
            sel = selector(load.region, regions[load.region])
            described.append(f"{load.magnitude.describe(params)} on {load.region}")
            said.append(
                translate("fit", "{amount} on {region}").format(
                    amount=_amount_words(load.magnitude, params, titles or {}), region=load.region
                )
            )
            amount = load.magnitude.newtons(params)
            if load.axis is not None:
                axis = regions.get(load.axis)
                if not isinstance(axis, Axis):
                    raise FabwiseError(f"torque axis '{load.axis}' is not an Axis region")
                tractions.append(fe.Traction(sel, torque=amount, origin=axis.origin, axis=axis.direction))
            else:
                assert load.direction is not None
                tractions.append(fe.Traction(sel, force=tuple(amount * _unit(load.direction))))
        mesh = mesh_shape(shape, refine)
        youngs, poisson = e_row.number(), nu_row.number()
        # Linear elasticity with prescribed tractions and fixed supports: the stresses depend on
        # Poisson's ratio only and the displacements scale with 1/E, so a material swap with the
        # same ratio reuses the solve (exact, not an approximation).
        key = (id(mesh), case.name, tuple(described), case.fixed, poisson)
        cached = _SOLVES.get(key)
        if cached is not None and cached[0] is mesh:
            base_e, base = cached[1], cached[2]
            result = replace(
                base,
                max_displacement_mm=base.max_displacement_mm * base_e / youngs,
                solver=f"{base.solver}, reused: same mesh, loads and Poisson ratio",
                assemble_seconds=0.0,
                solve_seconds=0.0,
                mesh_seconds=0.0,
            )
        else:
            result = fe.solve(
                mesh, youngs, poisson, [selector(name, regions[name]) for name in case.fixed], tractions
            )
            _SOLVES[key] = (mesh, youngs, result)
            while len(_SOLVES) > 32:
                _SOLVES.popitem(last=False)
    except FabwiseError as exc:
        return Verdict(
            condition,
            "load",
            UNKNOWN,
            translate("fit", "not checked: the structural check could not run: {error}").format(
                error=exc.message
            ),
            part.name,
            part.material,
            sources=sources,
        ), None
    sf_plane = strength / result.max_von_mises_mpa if result.max_von_mises_mpa > 0 else math.inf
    sf = sf_plane
    derated = case.duration == SUSTAINED
    peak = (
        translate(
            "fit",
            "peak von Mises {stress:.3g} MPa against {strength:.3g} MPa "
            "(sustained-load (creep) derated strength)",
        )
        if derated
        else translate(
            "fit", "peak von Mises {stress:.3g} MPa against {strength:.3g} MPa (short-term strength)"
        )
    ).format(stress=result.max_von_mises_mpa, strength=strength)
    if across is not None and result.max_layer_stress_mpa > 0:
        sf_layers = across / result.max_layer_stress_mpa
        if sf_layers < sf:
            sf = sf_layers
            peak = (
                translate(
                    "fit",
                    "peak stress on the print layers' bond (tension across, shear along) {stress:.3g} MPa "
                    "against {strength:.3g} MPa (sustained-load (creep) derated strength)",
                )
                if derated
                else translate(
                    "fit",
                    "peak stress on the print layers' bond (tension across, shear along) {stress:.3g} MPa "
                    "against {strength:.3g} MPa (short-term strength)",
                )
            ).format(stress=result.max_layer_stress_mpa, strength=across)
    status = HOLDS if sf >= required and result.converged else FAILS
    if not result.converged:
        status = UNKNOWN
    reason = translate(
        "fit",
        "{loads}: {peak}, largest deflection {deflection:.2g} mm; needs a safety factor of {required:g}",
    ).format(loads="; ".join(said), peak=peak, deflection=result.max_displacement_mm, required=required)
    run = SolverRun(
        ELEMENT,
        result.nodes,
        result.elements,
        result.dofs,
        result.mesh_size_mm,
        result.solver,
        result.iterations,
        result.residual,
        result.converged,
        result.mesh_seconds,
        result.assemble_seconds,
        result.solve_seconds,
        result.max_von_mises_mpa,
        result.max_layer_stress_mpa,
        result.max_displacement_mm,
        tuple(described),
        case.fixed,
    )
    verdict = Verdict(
        condition,
        "load",
        status,
        reason,
        part.name,
        part.material,
        safety_factor=round(sf, 3) if math.isfinite(sf) else None,
        required=required,
        margin=f"SF {sf:.2f} (needs {required:g})",
        rows=(e_row.ref, nu_row.ref, *strength_rows),
        sources=sources,
        run=run,
    )
    return verdict, result


def _amount_words(magnitude: Magnitude, params: Mapping[str, Value], titles: Mapping[str, str]) -> str:
    """A load as a person reads it: "7,5 kg (Regallast × 0,5)"; the evidence keeps the id."""
    text = f"{local_number(f'{magnitude.resolve(params):g}')} {magnitude.unit}"
    if magnitude.param is not None:
        share = f" × {local_number(f'{magnitude.share:g}')}" if magnitude.share != 1.0 else ""
        text += f" ({titles.get(magnitude.param, magnitude.param)}{share})"
    return text


def check_conditions(
    conditions: UseConditions | None,
    template_id: str,
    params: Mapping[str, Value],
    product: Any,
    shapes: Mapping[str, Any],
    refine: float = 1.0,
    stress_map: bool = False,
    cases: tuple[str, ...] | None = None,
    environment: bool = True,
    titles: Mapping[str, str] | None = None,
) -> FitReport:
    """Every condition of use for one built variant (or, with ``cases`` and ``environment``, one
    share of them: see :class:`FitRequest`). ``titles``: see :func:`run_case`."""
    parts = [PartInfo(p.name, p.material, p.process) for p in product.parts]
    if conditions is None or not conditions.declared or (not conditions.load_cases and environment):
        return report_without_loads(conditions, template_id, params, parts)
    start, cpu = time.perf_counter(), time.process_time()
    verdicts: list[Verdict] = []
    maps: dict[str, Any] = {}
    by_name = {p.name: p for p in product.parts}
    for case in conditions.load_cases:
        if cases is not None and case.name not in cases:
            continue
        part = by_name.get(case.part)
        if part is None:
            verdicts.append(
                Verdict(
                    case.title,
                    "load",
                    UNKNOWN,
                    translate("fit", "this variant has no part '{part}'").format(part=part_name(case.part)),
                )
            )
            continue
        info = PartInfo(part.name, part.material, part.process)
        verdict, result = run_case(
            case,
            shapes[part.name],
            part.regions,
            info,
            params,
            conditions.required_safety_factor,
            refine,
            titles,
        )
        verdicts.append(verdict)
        if stress_map and result is not None:
            maps[case.name] = {
                "part": part.name,
                "points": result.surface_points,
                "faces": result.surface_faces,
                "von_mises": result.surface_von_mises,
            }
    if environment:
        verdicts.extend(environment_verdicts(conditions, parts))
    notes = []
    if not conditions.load_cases and conditions.no_load_reason:
        notes.append(translate("fit", "no load case: {reason}").format(reason=conditions.no_load_reason))
    return FitReport(
        template_id,
        dict(params),
        tuple(verdicts),
        True,
        tuple(notes),
        time.perf_counter() - start,
        time.process_time() - cpu,
        stress_maps=maps,
    )


def run_fit(request: FitRequest) -> FitReport:
    """The worker job: build the variant and check it against its template's conditions."""
    template = load_ref(request.ref)
    values = template.schema.validate(request.params, template_id=template.id)
    key = (request.ref.id, request.ref.fingerprint, canonical_json(values))
    built = RECENT_BUILDS.get(key) or build_product(template, values)
    remember(request.ref, built)
    return check_conditions(
        template.conditions,
        template.id,
        built.params,
        built.product,
        built.shapes,
        request.refine,
        request.stress_map,
        request.cases,
        request.environment,
        {param.name: param.title for param in template.schema.parameters},
    )

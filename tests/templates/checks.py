"""Shared checks for the built-in templates: load them, draw valid parameter sets from their own
schemas, build them in-process and assert every part is a real, closed, makeable solid."""

from __future__ import annotations

import importlib
import math
import os
from typing import Any

import cadquery as cq
import numpy as np
import trimesh
from hypothesis import strategies as st

from configurator.core.build import QUALITY, BuiltProduct, build_product, measure
from configurator.sdk.materials import load_materials
from configurator.sdk.params import NUMERIC_KINDS, Parameter, ParamKind
from configurator.sdk.product import MeshShape
from configurator.sdk.results import PartResult, Quality
from configurator.sdk.template import Template
from parts_library import CATALOGUE

HYPOTHESIS_EXAMPLES = int(os.environ.get("FABWISE_HYPOTHESIS_EXAMPLES", "15"))
VOLUME_REL_TOL = 0.005


def load(target: str) -> Template:
    module_name, _, attr = target.partition(":")
    template = getattr(importlib.import_module(module_name), attr)
    assert isinstance(template, Template), f"{target} is not a Template"
    return template


TEMPLATES: dict[str, Template] = {tid: load(target) for tid, target in CATALOGUE.items()}


def variants() -> list[tuple[str, str, dict[str, Any]]]:
    """(template id, variant name, values) for the defaults and every preset."""
    cases: list[tuple[str, str, dict[str, Any]]] = []
    for tid, template in TEMPLATES.items():
        cases.append((tid, "defaults", {}))
        cases.extend((tid, f"preset:{p.name}", dict(p.values)) for p in template.schema.presets)
    return cases


def value_strategy(param: Parameter) -> st.SearchStrategy[Any]:
    """Values a user can set: on the step grid between minimum and maximum, or one of the
    options."""
    if param.kind in NUMERIC_KINDS:
        assert param.minimum is not None and param.maximum is not None
        low, high = param.minimum, param.maximum
        if param.kind is ParamKind.COUNT:
            return st.integers(int(low), int(high))
        step = param.step or (high - low) / 100
        steps = math.floor((high - low) / step + 1e-9)
        grid = st.integers(0, steps).map(lambda k: round(low + k * step, 6))
        return st.one_of(grid, st.just(high))
    if param.kind is ParamKind.TOGGLE:
        return st.booleans()
    if param.kind in (ParamKind.CHOICE, ParamKind.MATERIAL):
        return st.sampled_from(param.options)
    max_size = min(param.max_length or 12, 12)
    return st.text(alphabet="ABCHMOWXYZabgjqxy0189 -&.", max_size=max_size)


def values_strategy(template: Template) -> st.SearchStrategy[dict[str, Any]]:
    return st.fixed_dictionaries({param.name: value_strategy(param) for param in template.schema.parameters})


def mesh_of(part: PartResult) -> trimesh.Trimesh:
    return trimesh.Trimesh(part.vertices.astype(np.float64), part.faces, process=False)


def brep(built: BuiltProduct, part: str) -> cq.Shape:
    """The B-rep of ``part`` (a template's parts are B-reps; only imported models are meshes)."""
    shape = built.shapes[part]
    assert not isinstance(shape, MeshShape), f"{part} is a mesh, not a B-rep"
    return shape


def check_part(part: PartResult, quality: Quality = Quality.FINE) -> None:
    """A part is a closed solid with positive volume whose mesh agrees with its B-rep.

    The mesh may differ from the B-rep volume by at most the surface area times the tessellation's
    linear deflection (every triangle lies within that distance of the true surface).
    """
    assert part.volume_mm3 > 0, f"{part.name}: no volume"
    assert min(part.bbox_mm) > 0, f"{part.name}: flat bounding box {part.bbox_mm}"
    mesh = mesh_of(part)
    assert mesh.is_watertight, f"{part.name}: mesh is not watertight"
    deflection = QUALITY[quality][0]
    assert math.isclose(
        mesh.volume, part.volume_mm3, rel_tol=VOLUME_REL_TOL, abs_tol=part.area_mm2 * deflection
    ), f"{part.name}: mesh volume {mesh.volume:.1f} mm³ vs B-rep {part.volume_mm3:.1f} mm³"
    material = load_materials()[part.material]
    assert part.process in material.processes, (
        f"{part.name}: {part.material} cannot be made by {part.process}"
    )
    if part.placements:
        assert len(part.placements) == part.quantity
    if part.is_sheet:
        assert part.sheet_thickness_mm is not None
        assert math.isclose(part.bbox_mm[2], part.sheet_thickness_mm, abs_tol=0.02)
        assert part.outlines, f"{part.name}: sheet part without outline"
        assert part.cut_length_mm and part.cut_length_mm > 0
    for path in part.engraving_paths:
        assert path.ndim == 2 and path.shape[1] == 2, "engraving paths are 2D"
        assert len(path) >= 2


def build_and_check(
    template: Template, values: dict[str, Any], quality: Quality = Quality.COARSE
) -> tuple[BuiltProduct, tuple[PartResult, ...]]:
    built = build_product(template, values)
    parts, warnings = measure(built, quality)
    assert not warnings, warnings
    for part in parts:
        check_part(part, quality)
    return built, parts


def placed(shape: Any, matrix: np.ndarray) -> Any:
    """``shape`` moved by a placement matrix (as the preview would show it)."""
    import cadquery as cq
    from OCP.BRepBuilderAPI import BRepBuilderAPI_Transform
    from OCP.gp import gp_Trsf

    m = np.round(matrix, 12)
    trsf = gp_Trsf()
    trsf.SetValues(*(float(v) for v in m[:3].ravel()))
    return cq.Shape.cast(BRepBuilderAPI_Transform(shape.wrapped, trsf, True).Shape())


def overlap_volume(a: Any, b: Any) -> float:
    return float(a.intersect(b).Volume())

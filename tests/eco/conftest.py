"""Helpers for eco tests: small hand-made build results (no CAD kernel needed) and the engine."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pytest

from configurator.sdk.params import Value
from configurator.sdk.results import BuildResult, HardwareItem, JointInfo, PartResult, Quality
from eco_rules import EcoEngine, default_engine


def make_part(
    name: str = "part",
    material: str = "pla",
    process: str = "fdm",
    volume_mm3: float = 8000.0,
    area_mm2: float = 2400.0,
    bbox_mm: tuple[float, float, float] = (20.0, 20.0, 20.0),
    quantity: int = 1,
    spare: bool = False,
    sheet_thickness_mm: float | None = None,
    cut_length_mm: float | None = None,
) -> PartResult:
    return PartResult(
        name=name,
        material=material,
        process=process,
        quantity=quantity,
        spare=spare,
        volume_mm3=volume_mm3,
        area_mm2=area_mm2,
        bbox_mm=bbox_mm,
        vertices=np.zeros((0, 3), np.float32),
        faces=np.zeros((0, 3), np.int32),
        sheet_thickness_mm=sheet_thickness_mm,
        cut_length_mm=cut_length_mm,
    )


def make_build(
    parts: Sequence[PartResult],
    joints: Sequence[JointInfo] = (),
    hardware: Sequence[HardwareItem] = (),
    template_id: str = "test-item",
    params: dict[str, Value] | None = None,
) -> BuildResult:
    return BuildResult(
        template_id=template_id,
        template_version="1.0.0",
        params=dict(params or {}),
        quality=Quality.FINE,
        parts=tuple(parts),
        joints=tuple(joints),
        hardware=tuple(hardware),
        notes=(),
        build_seconds=0.0,
        tessellate_seconds=0.0,
    )


def cube_part(material: str = "pla", edge: float = 20.0, process: str = "fdm") -> PartResult:
    return make_part(
        material=material,
        process=process,
        volume_mm3=edge**3,
        area_mm2=6 * edge**2,
        bbox_mm=(edge, edge, edge),
    )


def sheet_part(
    material: str = "birch_plywood",
    thickness: float = 3.0,
    side: float = 100.0,
    process: str = "laser",
    quantity: int = 1,
) -> PartResult:
    return make_part(
        name="panel",
        material=material,
        process=process,
        volume_mm3=side * side * thickness,
        area_mm2=2 * side * side + 4 * side * thickness,
        bbox_mm=(side, side, thickness),
        quantity=quantity,
        sheet_thickness_mm=thickness,
        cut_length_mm=4 * side,
    )


@pytest.fixture(scope="session")
def engine() -> EcoEngine:
    return default_engine()

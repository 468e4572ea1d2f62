"""A load the user declares on an imported model, so fit for use can check it like a template's.

An imported mesh or solid has no named surfaces, so a person names one by where it is: the side of
the model's bounding box it lies on (top, bottom, left, right, front, back: +z, -z, -x, +x, -y, +y
as the model stands after import, z up). A side's region is every surface that lies within
:data:`REGION_SHARE` of the model's size along that axis (at least :data:`MIN_DEPTH_MM`) from the
extreme, and faces that way (its outward normal within :data:`FACING_DEG` of the axis; two
perpendicular sides can therefore never share a surface). "5 kg on top, fixed at bottom" is then::

    DeclaredLoad(part="bar", on="top", fixed=("bottom",), mass_kg=5.0)

Declarations are checked against the stored geometry before they are kept (:func:`check_regions`):
a side that selects no surface, or a load side that is also fixed, is refused with an error naming
it. They are stored in the model's ``model.json`` (``conditions``, source "declared by the user")
and become the model template's :class:`~configurator.sdk.conditions.UseConditions`
(:func:`use_conditions`), with the regions made from each built part's bounding box
(:func:`side_regions`), so a scaled model's regions scale with it.

No CadQuery here (a STEP part's surfaces are tessellated by the caller, in the worker).
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt

from configurator.sdk.conditions import (
    SHORT_TERM,
    SUSTAINED,
    Box,
    Load,
    LoadCase,
    ServiceTemperature,
    Source,
    SourceKind,
    UseConditions,
)
from configurator.sdk.errors import FabwiseError

SOURCE_TEXT = "declared by the user"
SOURCE = Source(SourceKind.USER, SOURCE_TEXT)
# side -> (axis index, +1 for the high end, -1 for the low end)
SIDES: dict[str, tuple[int, int]] = {
    "top": (2, 1),
    "bottom": (2, -1),
    "right": (0, 1),
    "left": (0, -1),
    "back": (1, 1),
    "front": (1, -1),
}
DIRECTIONS: dict[str, tuple[float, float, float]] = {
    "down": (0.0, 0.0, -1.0),
    "up": (0.0, 0.0, 1.0),
    "left": (-1.0, 0.0, 0.0),
    "right": (1.0, 0.0, 0.0),
    "front": (0.0, -1.0, 0.0),
    "back": (0.0, 1.0, 0.0),
}
REGION_SHARE = 0.03  # a side's region reaches 3 % of the model's size in from the extreme ...
MIN_DEPTH_MM = 0.5  # ... and at least this far
FACING_DEG = 40.0  # and its surfaces face that way within this angle (< 45°: sides never overlap)
MAX_MASS_KG = 10_000.0
MAX_FORCE_N = 100_000.0
TEMPERATURE_RANGE_C = (-60.0, 400.0)

FloatArray = npt.NDArray[np.float64]


def tolerance_text() -> str:
    return (
        f"a side is the surface within {REGION_SHARE:.0%} of the model's size (at least "
        f"{MIN_DEPTH_MM:g} mm) of that end of it, facing that way within {FACING_DEG:g}°"
    )


@dataclass(frozen=True)
class DeclaredLoad:
    """One static load on one part: a mass (pressing in ``direction``, down by default) or a
    force, on the ``on`` side, with the ``fixed`` sides held."""

    part: str
    on: str
    fixed: tuple[str, ...]
    mass_kg: float | None = None
    force_n: float | None = None
    direction: str = "down"
    sustained: bool = False

    def __post_init__(self) -> None:
        for side in (self.on, *self.fixed):
            if side not in SIDES:
                raise FabwiseError(
                    f"unknown side '{side}'",
                    hint=f"name one of {', '.join(SIDES)} (as the model stands after import, z up)",
                )
        if not self.fixed:
            raise FabwiseError(
                "a load needs a side that holds the part (--fixed)",
                hint="e.g. --fixed bottom for something standing on a table",
            )
        if self.on in self.fixed:
            raise FabwiseError(
                f"the {self.on} side cannot carry the load and be fixed at once",
                hint="fix another side: the load has to travel through the part to where it is held",
            )
        if len(set(self.fixed)) != len(self.fixed):
            raise FabwiseError("a fixed side is named twice")
        if self.direction not in DIRECTIONS:
            raise FabwiseError(
                f"unknown load direction '{self.direction}'", hint=f"use one of {', '.join(DIRECTIONS)}"
            )
        if (self.mass_kg is None) == (self.force_n is None):
            raise FabwiseError("give the load as a mass (--mass 5kg) or a force (--force 50N), one of them")
        amount, unit, limit = (
            (self.mass_kg, "kg", MAX_MASS_KG)
            if self.mass_kg is not None
            else (self.force_n, "N", MAX_FORCE_N)
        )
        assert amount is not None
        if not math.isfinite(amount) or amount <= 0:
            raise FabwiseError(f"the load must be more than 0 {unit}, not {amount:g}")
        if amount > limit:
            raise FabwiseError(
                f"a load of {amount:g} {unit} is beyond what Fabwise checks (at most {limit:g} {unit})",
                hint="check the unit (--mass takes kg or g, --force N or kN)",
            )

    @property
    def duration(self) -> str:
        return SUSTAINED if self.sustained else SHORT_TERM

    def amount_text(self) -> str:
        return f"{self.mass_kg:g} kg" if self.mass_kg is not None else f"{self.force_n:g} N"

    def case_name(self) -> str:
        held = " and ".join(self.fixed)
        return (
            f"your load on the {self.part}: {self.amount_text()} pressing {self.direction} on its "
            f"{self.on}, held at its {held}"
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "part": self.part,
            "on": self.on,
            "fixed": list(self.fixed),
            "mass_kg": self.mass_kg,
            "force_n": self.force_n,
            "direction": self.direction,
            "duration": self.duration,
        }

    @staticmethod
    def from_dict(data: Mapping[str, Any]) -> DeclaredLoad:
        return DeclaredLoad(
            str(data["part"]),
            str(data["on"]),
            tuple(str(s) for s in data["fixed"]),
            None if data.get("mass_kg") is None else float(data["mass_kg"]),
            None if data.get("force_n") is None else float(data["force_n"]),
            str(data.get("direction", "down")),
            data.get("duration") == SUSTAINED,
        )


@dataclass(frozen=True)
class Declaration:
    """What the user declared for one model: loads (one per part at most) and a temperature."""

    loads: tuple[DeclaredLoad, ...] = ()
    temperature_c: float | None = None
    declared_utc: str = ""

    def __post_init__(self) -> None:
        parts = [load.part for load in self.loads]
        if len(set(parts)) != len(parts):
            raise FabwiseError("one declared load per part: a part is named twice")
        if self.temperature_c is not None:
            low, high = TEMPERATURE_RANGE_C
            if not math.isfinite(self.temperature_c) or not low <= self.temperature_c <= high:
                raise FabwiseError(
                    f"a service temperature of {self.temperature_c:g} °C is out of range",
                    hint=f"give the highest temperature the model reaches in use, {low:g} to {high:g} °C",
                )

    @property
    def empty(self) -> bool:
        return not self.loads and self.temperature_c is None

    def to_dict(self) -> dict[str, Any]:
        return {
            "source": SOURCE_TEXT,
            "declared_utc": self.declared_utc,
            "loads": [load.to_dict() for load in self.loads],
            "temperature_c": self.temperature_c,
        }

    @staticmethod
    def from_dict(data: Mapping[str, Any]) -> Declaration:
        temperature = data.get("temperature_c")
        return Declaration(
            tuple(DeclaredLoad.from_dict(item) for item in data.get("loads") or ()),
            None if temperature is None else float(temperature),
            str(data.get("declared_utc", "")),
        )

    def merged(
        self, load: DeclaredLoad | None, temperature_c: float | None, declared_utc: str
    ) -> Declaration:
        """This declaration with ``load`` replacing the load on its part and the temperature set
        (when given)."""
        loads = tuple(x for x in self.loads if load is None or x.part != load.part)
        if load is not None:
            loads = (*loads, load)
        temperature = temperature_c if temperature_c is not None else self.temperature_c
        return Declaration(loads, temperature, declared_utc)


def parse_amount(text: str, units: Mapping[str, float], default_unit: str, what: str) -> float:
    """``"5kg"``, ``"500 g"``, ``"5"`` (in ``default_unit``) -> the number in the default unit."""
    match = re.fullmatch(r"\s*([0-9]*\.?[0-9]+(?:[eE][-+]?[0-9]+)?)\s*([a-zA-Z]*)\s*", text)
    unit = (match.group(2) if match else "").lower() or default_unit
    if match is None or unit not in units:
        raise FabwiseError(
            f"cannot read the {what} '{text}'",
            hint=f"write a number with a unit: {', '.join(f'5{u}' for u in units)}",
        )
    return float(match.group(1)) * units[unit]


def parse_mass(text: str) -> float:
    return parse_amount(text, {"kg": 1.0, "g": 0.001, "t": 1000.0}, "kg", "mass")


def parse_force(text: str) -> float:
    return parse_amount(text, {"n": 1.0, "kn": 1000.0}, "n", "force")


def side_regions(low: Sequence[float], high: Sequence[float]) -> dict[str, Box]:
    """The six side regions of a part whose bounding box is ``low``..``high`` (mm)."""
    lo, hi = np.asarray(low, float), np.asarray(high, float)
    margin = 1e-3 * max(float((hi - lo).max()), 1.0)
    regions: dict[str, Box] = {}
    for side, (axis, sign) in SIDES.items():
        depth = max(REGION_SHARE * float(hi[axis] - lo[axis]), MIN_DEPTH_MM)
        box_lo, box_hi = lo - margin, hi + margin
        if sign > 0:
            box_lo[axis] = hi[axis] - depth
        else:
            box_hi[axis] = lo[axis] + depth
        normal = [0.0, 0.0, 0.0]
        normal[axis] = float(sign)
        regions[side] = Box(
            (float(box_lo[0]), float(box_lo[1]), float(box_lo[2])),
            (float(box_hi[0]), float(box_hi[1]), float(box_hi[2])),
            normal=(normal[0], normal[1], normal[2]),
            angle_deg=FACING_DEG,
        )
    return regions


def check_regions(load: DeclaredLoad, vertices: FloatArray, faces: npt.NDArray[np.int64]) -> None:
    """Refuse ``load`` when a side it names has no surface of the part (given as its outward-wound
    triangles). Two different sides never share a surface (their facing cones are narrower than
    the 90° between them), so the only overlap, a side both loaded and fixed, is refused by
    :class:`DeclaredLoad` itself.

    A triangle counts for a side when it faces that way and reaches into the side's band: the fit
    check re-meshes the surface finely, so a long triangle of a file (a cone's side, a cylinder's
    wall) that only touches the band still gives the meshed part facets there."""
    corners = vertices[faces]
    cross = np.cross(corners[:, 1] - corners[:, 0], corners[:, 2] - corners[:, 0])
    length = np.linalg.norm(cross, axis=1)
    keep = length > 0
    corners, normals = corners[keep], cross[keep] / length[keep, None]
    low, high = corners.min(axis=1), corners.max(axis=1)
    regions = side_regions(vertices.min(axis=0), vertices.max(axis=0))
    masks = {}
    for side in (load.on, *load.fixed):
        box = regions[side]
        reaches = np.all((high >= np.asarray(box.lo) - 1e-6) & (low <= np.asarray(box.hi) + 1e-6), axis=1)
        facing = normals @ np.asarray(box.normal, float) >= math.cos(math.radians(box.angle_deg))
        masks[side] = reaches & facing
    for side, mask in masks.items():
        if not mask.any():
            raise FabwiseError(
                f"the {side} side of '{load.part}' selects no surface: nothing there faces {side}",
                hint=f"{tolerance_text()}; choose a side where the part has a face (a flat end, a top)",
            )


def use_conditions(declaration: Declaration) -> UseConditions:
    """The model template's conditions of use from what the user declared."""
    cases = tuple(
        LoadCase(
            load.case_name(),
            load.part,
            (
                Load.mass(load.on, load.mass_kg, direction=DIRECTIONS[load.direction], source=SOURCE)
                if load.mass_kg is not None
                else Load.force(load.on, load.force_n, direction=DIRECTIONS[load.direction], source=SOURCE),
            ),
            load.fixed,
            duration=load.duration,
            description=f"declared by the user; {tolerance_text()}",
        )
        for load in declaration.loads
    )
    temperatures = (
        (ServiceTemperature(declaration.temperature_c, SOURCE),)
        if declaration.temperature_c is not None
        else ()
    )
    return UseConditions(load_cases=cases, temperatures=temperatures)

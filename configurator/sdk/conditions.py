"""Conditions of use a template declares: what its product must survive, and where each number
comes from.

A template lists them as plain data next to its parameters (``Template(conditions=...)``)::

    conditions=UseConditions(
        load_cases=(LoadCase(
            "shelf load", part="bracket", duration=SUSTAINED,
            loads=(Load.mass("arm top", param="shelf_load", share=0.5, direction=(0, -1, 0),
                             source=assumption("a shelf rests on two brackets")),),
            fixed=("wall face",),
        ),),
        temperatures=(ServiceTemperature(35, source=assumption("indoor room")),),
        ...
    )

Regions (``"arm top"``, ``"wall face"``) are named by the part in its build: ``Part(regions=
{"arm top": Box(...)})``, so this declaration never reads a parameter's value and stays valid
however the template reads its parameters. A magnitude is either a number with its source or a
parameter the user owns (``param="shelf_load"``), optionally scaled (``share``).

Nothing here imports CadQuery or Qt; the check itself lives in :mod:`configurator.core.fit`.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum

from configurator.sdk.i18n import translate
from configurator.sdk.params import Value

STANDARD_GRAVITY = 9.80665  # m/s², to turn a declared mass into a force


class SourceKind(StrEnum):
    STANDARD = "standard"
    PRODUCT_SHEET = "product sheet"
    ASSUMPTION = "assumption"
    USER = "user"  # a parameter the user sets


@dataclass(frozen=True)
class Source:
    kind: SourceKind
    text: str

    def label(self) -> str:
        """``assumption: <text>`` in the current language (the kind's id stays in the data)."""
        kinds = {
            SourceKind.STANDARD: translate("conditions", "standard"),
            SourceKind.PRODUCT_SHEET: translate("conditions", "product sheet"),
            SourceKind.ASSUMPTION: translate("conditions", "assumption"),
            SourceKind.USER: translate("conditions", "user"),
        }
        kind = kinds.get(self.kind, self.kind.value)
        if not self.text:
            return kind
        return translate("conditions", "{kind}: {text}").format(kind=kind, text=self.text)


def standard(text: str) -> Source:
    return Source(SourceKind.STANDARD, text)


def product_sheet(text: str) -> Source:
    return Source(SourceKind.PRODUCT_SHEET, text)


def assumption(text: str) -> Source:
    return Source(SourceKind.ASSUMPTION, text)


SUSTAINED = "sustained"  # held for months or years (creep): the material's sustained derating
SHORT_TERM = "short-term"  # seconds to minutes
DURATIONS = (SUSTAINED, SHORT_TERM)


# --- regions: named by the part, in its manufacturing frame (mm) -------------------------------


@dataclass(frozen=True)
class Box:
    """Surface facets whose centre lies in the axis-aligned box ``lo``..``hi`` and, when ``normal``
    is given, whose outward normal is within ``angle_deg`` of it."""

    lo: tuple[float, float, float]
    hi: tuple[float, float, float]
    normal: tuple[float, float, float] | None = None
    angle_deg: float = 30.0


@dataclass(frozen=True)
class Cylinder:
    """Surface facets between ``inner_radius`` and ``radius`` of the axis through ``origin`` along
    ``axis``, between ``start`` and ``end`` along it (from ``origin``)."""

    origin: tuple[float, float, float]
    axis: tuple[float, float, float]
    radius: float
    start: float
    end: float
    inner_radius: float = 0.0
    facing: str = ""  # "inward" (normals towards the axis) or "outward"; "" = any
    normal: tuple[float, float, float] | None = None
    angle_deg: float = 30.0


@dataclass(frozen=True)
class Axis:
    """A line (for torques): through ``origin`` along ``direction``."""

    origin: tuple[float, float, float]
    direction: tuple[float, float, float]


Region = Box | Cylinder | Axis


# --- loads --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Magnitude:
    """A number with its unit and source, or the value of a user-owned parameter (× ``share``)."""

    unit: str  # "N", "kg" or "N·m"
    source: Source
    value: float | None = None
    param: str | None = None
    share: float = 1.0

    def __post_init__(self) -> None:
        if (self.value is None) == (self.param is None):
            raise ValueError("a magnitude needs exactly one of a value or a parameter name")
        if self.unit not in ("N", "kg", "N·m"):
            raise ValueError(f"unknown load unit '{self.unit}' (N, kg or N·m)")
        if not math.isfinite(self.share) or self.share <= 0:
            raise ValueError("a magnitude's share must be a positive number")

    def resolve(self, params: Mapping[str, Value]) -> float:
        """The magnitude in its unit for a variant."""
        if self.param is not None:
            raw = params.get(self.param)
            if isinstance(raw, bool) or not isinstance(raw, int | float):
                raise ValueError(f"load parameter '{self.param}' is not a number in this variant")
            return float(raw) * self.share
        assert self.value is not None
        return self.value * self.share

    def newtons(self, params: Mapping[str, Value]) -> float:
        """Force in N (a mass is multiplied by standard gravity); N·m for a torque, in N·mm."""
        value = self.resolve(params)
        if self.unit == "kg":
            return value * STANDARD_GRAVITY
        if self.unit == "N·m":
            return value * 1000.0
        return value

    def describe(self, params: Mapping[str, Value]) -> str:
        value = self.resolve(params)
        text = f"{value:g} {self.unit}"
        if self.param is not None:
            share = f" × {self.share:g}" if self.share != 1.0 else ""
            text += f" ({self.param}{share})"
        return text


@dataclass(frozen=True)
class Load:
    """A force (``direction``, in the part's frame) or a torque (about the named ``axis`` region)
    spread over the surface of a named region."""

    region: str
    magnitude: Magnitude
    direction: tuple[float, float, float] | None = None
    axis: str | None = None

    def __post_init__(self) -> None:
        if self.magnitude.unit == "N·m":
            if self.axis is None:
                raise ValueError(f"torque on '{self.region}' needs the name of an axis region")
        elif self.direction is None or not any(self.direction):
            raise ValueError(f"force on '{self.region}' needs a direction")

    @staticmethod
    def force(
        region: str,
        newtons: float | None = None,
        *,
        direction: tuple[float, float, float],
        source: Source,
        param: str | None = None,
        share: float = 1.0,
    ) -> Load:
        return Load(region, Magnitude("N", source, newtons, param, share), direction=direction)

    @staticmethod
    def mass(
        region: str,
        kg: float | None = None,
        *,
        direction: tuple[float, float, float],
        source: Source,
        param: str | None = None,
        share: float = 1.0,
    ) -> Load:
        return Load(region, Magnitude("kg", source, kg, param, share), direction=direction)

    @staticmethod
    def torque(
        region: str,
        newton_metres: float | None = None,
        *,
        axis: str,
        source: Source,
        param: str | None = None,
        share: float = 1.0,
    ) -> Load:
        return Load(region, Magnitude("N·m", source, newton_metres, param, share), axis=axis)


@dataclass(frozen=True)
class LoadCase:
    """One static load case on one part: loads on named regions, named fixed regions.

    ``name`` identifies the case (``fabwise fit --case``, evidence); ``label`` is what a person
    reads in the window, translated by the template (``translate(template_id, "shelf load")``);
    without one the name is shown."""

    name: str
    part: str
    loads: tuple[Load, ...]
    fixed: tuple[str, ...]
    duration: str = SHORT_TERM
    description: str = ""
    label: str = ""

    @property
    def title(self) -> str:
        return self.label or self.name

    def __post_init__(self) -> None:
        if not self.loads:
            raise ValueError(f"load case '{self.name}' has no load")
        if not self.fixed:
            raise ValueError(f"load case '{self.name}' fixes nothing: name a fixed region")
        if self.duration not in DURATIONS:
            raise ValueError(f"load case '{self.name}': duration must be one of {DURATIONS}")


# --- environment ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class ServiceTemperature:
    """The highest temperature the named parts (all when empty) reach in use."""

    max_c: float
    source: Source
    parts: tuple[str, ...] = ()
    description: str = ""


WATER_LEVELS = ("none", "humid", "splash", "immersion")


@dataclass(frozen=True)
class Exposure:
    """Outdoor sunlight, water and food contact, each with its source."""

    outdoor_uv: bool
    water: str
    food_contact: bool
    source: Source
    parts: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        if self.water not in WATER_LEVELS:
            raise ValueError(f"water exposure must be one of {WATER_LEVELS}, got '{self.water}'")


@dataclass(frozen=True)
class MaterialStatement:
    """Something the template tells its users about a material, e.g. "PLA softens at about 55 °C".

    ``softening_c`` is the temperature the statement names; the check compares it with the
    material's row (they must agree within 10 K) and with the service temperature of the parts
    made of it.
    """

    material: str
    text: str
    softening_c: float | None = None


DEFAULT_SAFETY_SOURCE = Source(
    SourceKind.ASSUMPTION,
    "2.0 on the derated strength: the scatter of printed and cut parts is "
    "not covered by the material rows' typical values",
)


@dataclass(frozen=True)
class UseConditions:
    load_cases: tuple[LoadCase, ...] = ()
    temperatures: tuple[ServiceTemperature, ...] = ()
    exposure: Exposure | None = None
    statements: tuple[MaterialStatement, ...] = ()
    required_safety_factor: float = 2.0
    safety_factor_source: Source = DEFAULT_SAFETY_SOURCE
    no_load_reason: str = ""  # why a template declares no load case (said in the report)

    def __post_init__(self) -> None:
        if self.required_safety_factor < 1.0:
            raise ValueError("the required safety factor must be at least 1")
        names = [case.name for case in self.load_cases]
        if len(set(names)) != len(names):
            raise ValueError("load case names must be unique")

    @property
    def declared(self) -> bool:
        return bool(self.load_cases or self.temperatures or self.exposure or self.statements)

    def parameters(self) -> tuple[str, ...]:
        """Names of the parameters whose values are load magnitudes."""
        names = [
            load.magnitude.param for case in self.load_cases for load in case.loads if load.magnitude.param
        ]
        return tuple(dict.fromkeys(n for n in names if n))

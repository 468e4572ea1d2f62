"""Bought fasteners the built-in templates use: sizes from the standards that define them.

Geometry that decides whether a part fits (shank, head, clearance hole, drive), and an estimate of
each steel fastener's mass from the same nominal dimensions, so its footprint is counted rather
than left out. The estimate is labelled as such (``MASS_NOTE``) and the eco report carries it with
a ±15 % spread; parts without defining dimensions here (wall plugs, lamp holders) keep no mass.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import cache
from typing import TypedDict, TypeVar

from configurator.sdk.i18n import translate
from configurator.sdk.product import Hardware

__all__ = [
    "MASS_NOTE",
    "METRIC_COUNTERSUNK",
    "METRIC_LENGTHS",
    "SET_SCREWS",
    "SET_SCREW_LENGTHS",
    "THREAD_FILL",
    "WOOD_SCREWS",
    "WOOD_SCREW_LENGTHS",
    "EstimatedMass",
    "MetricCountersunk",
    "SetScrew",
    "WoodScrew",
    "cap_screw_mass_g",
    "countersunk_screw",
    "countersunk_screw_mass_g",
    "estimated",
    "fmt_mm",
    "hex_nut",
    "hex_nut_mass_g",
    "set_screw_mass_g",
    "tube_mass_g",
    "wall_screw_length",
    "wood_screw",
    "wood_screw_mass_g",
]


_T = TypeVar("_T")
THREAD_FILL = 0.8  # a threaded shank as a share of a full cylinder of the nominal diameter
MASS_NOTE = (
    "estimated from nominal dimensions × steel density (resources/data/materials.csv); "
    "threads taken as 80 % of a full shank"
)


@cache
def _steel_g_per_mm3() -> float:
    from configurator.sdk.materials import get_material

    return get_material("steel").density_kg_m3 * 1e-6  # kg/m³ → g/mm³


def _cylinder(d: float, length: float) -> float:
    return math.pi / 4 * d * d * length


def countersunk_screw_mass_g(d: float, length: float, head_d: float) -> float:
    """90° countersunk screw; nominal length includes the head."""
    head_h = (head_d - d) / 2
    head = math.pi / 12 * head_h * (head_d**2 + head_d * d + d**2)
    shank = _cylinder(d, max(length - head_h, 0.0)) * THREAD_FILL
    return (head + shank) * _steel_g_per_mm3()


def cap_screw_mass_g(d: float, length: float) -> float:
    """ISO 4762 socket head cap screw: head ≈ 1.5 d across, d high (nominal proportions)."""
    head = _cylinder(1.5 * d, d) - _cylinder(0.5 * d, 0.6 * d)  # minus the hex socket, roughly
    return (head + _cylinder(d, length) * THREAD_FILL) * _steel_g_per_mm3()


def set_screw_mass_g(d: float, length: float) -> float:
    return _cylinder(d, length) * THREAD_FILL * _steel_g_per_mm3()


def hex_nut_mass_g(d: float, across_flats: float, height: float) -> float:
    hexagon = math.sqrt(3) / 2 * across_flats**2
    return (hexagon - math.pi / 4 * d * d) * height * _steel_g_per_mm3()


def tube_mass_g(outer: float, wall: float, length: float) -> float:
    return (_cylinder(outer, length) - _cylinder(outer - 2 * wall, length)) * _steel_g_per_mm3()


class EstimatedMass(TypedDict):
    mass_g: float
    mass_note: str


def estimated(mass_g: float) -> EstimatedMass:
    """``Hardware`` keyword arguments for a mass estimated here: the mass and how it was made."""
    return {"mass_g": round(mass_g, 3), "mass_note": MASS_NOTE}


def wood_screw_mass_g(screw: WoodScrew, length: float) -> float:
    return countersunk_screw_mass_g(screw.diameter, length, screw.head_d)


@dataclass(frozen=True)
class WoodScrew:
    """Countersunk wood/chipboard screw. Head diameter per DIN 7997 (head ≈ 2 × shank)."""

    diameter: float
    head_d: float
    plug: str  # nylon wall plug that takes this screw (plug makers' screw ranges, e.g. fischer SX)
    plug_length: float
    drive: str = "screwdriver PH2"

    @property
    def clear_d(self) -> float:
        return self.diameter + 0.5


WOOD_SCREWS: dict[str, WoodScrew] = {
    # fischer SX plug screw ranges: SX 5 takes 3–4 mm screws, SX 6 takes 4–5 mm, SX 8 takes 4.5–6 mm.
    "3.5mm": WoodScrew(3.5, 7.0, "5 × 25 mm nylon wall plug", 25.0),
    "4mm": WoodScrew(4.0, 8.0, "6 × 30 mm nylon wall plug", 30.0),
    "4.5mm": WoodScrew(4.5, 9.0, "6 × 30 mm nylon wall plug", 30.0),
    "5mm": WoodScrew(5.0, 10.0, "8 × 40 mm nylon wall plug", 40.0),
}
WOOD_SCREW_LENGTHS = (16.0, 20.0, 25.0, 30.0, 35.0, 40.0, 45.0, 50.0, 60.0, 70.0, 80.0)


def wall_screw_length(screw: WoodScrew, fixture_thickness: float) -> float:
    """Screw length for a plugged wall fixing: plug length + fixture + one screw diameter (the
    rule of thumb printed on plug packs), rounded up to a stock length."""
    from configurator.sdk.shapes import round_up_to

    return round_up_to(screw.plug_length + fixture_thickness + screw.diameter, WOOD_SCREW_LENGTHS)


def fmt_mm(value: float) -> str:
    return f"{value:g}"


@dataclass(frozen=True)
class MetricCountersunk:
    """ISO 10642 countersunk hex socket screw: max head diameter; ISO 273 medium clearance hole."""

    thread: str
    diameter: float
    head_d: float
    clear_d: float
    hex_key: float
    nut_width: float  # ISO 4032 hex nut, across flats
    nut_height: float


METRIC_COUNTERSUNK: dict[str, MetricCountersunk] = {
    "M3": MetricCountersunk("M3", 3.0, 6.72, 3.4, 2.0, 5.5, 2.4),
    "M4": MetricCountersunk("M4", 4.0, 8.96, 4.5, 2.5, 7.0, 3.2),
    "M5": MetricCountersunk("M5", 5.0, 11.20, 5.5, 3.0, 8.0, 4.7),
    "M6": MetricCountersunk("M6", 6.0, 13.44, 6.6, 4.0, 10.0, 5.2),
}
METRIC_LENGTHS = (6.0, 8.0, 10.0, 12.0, 16.0, 20.0, 25.0, 30.0, 35.0, 40.0, 45.0, 50.0)


@dataclass(frozen=True)
class SetScrew:
    """ISO 4029 cup-point hex socket set screw and the tap drill for its thread."""

    thread: str
    tap_drill: float
    hex_key: float


SET_SCREWS: dict[str, SetScrew] = {
    "M3": SetScrew("M3", 2.5, 1.5),
    "M4": SetScrew("M4", 3.3, 2.0),
}
SET_SCREW_LENGTHS = (3.0, 4.0, 5.0, 6.0, 8.0, 10.0, 12.0, 16.0)


# --- bill-of-materials entries a designer uses (docs/authoring-templates.md, "Helpers") ---------


def wood_screw(size: str, length: float, quantity: int, name: str = "screw") -> Hardware:
    """``quantity`` countersunk wood screws, ``size`` one of :data:`WOOD_SCREWS` (e.g. "4mm"),
    ``length`` mm, with their steel mass estimated from the nominal dimensions."""
    screw = _known(WOOD_SCREWS, size, "wood screw size")
    return Hardware(
        name,
        translate("hardware", "{diameter} mm countersunk wood screw, {length} mm").format(
            diameter=fmt_mm(screw.diameter), length=fmt_mm(length)
        ),
        quantity,
        material="steel",
        standard="DIN 7997",
        **estimated(wood_screw_mass_g(screw, length)),
    )


def countersunk_screw(thread: str, length: float, quantity: int, name: str = "screw") -> Hardware:
    """ISO 10642 countersunk hex socket screws, ``thread`` one of :data:`METRIC_COUNTERSUNK`."""
    screw = _known(METRIC_COUNTERSUNK, thread, "metric thread")
    return Hardware(
        name,
        translate("hardware", "{thread} × {length} mm countersunk hex socket screw").format(
            thread=thread, length=fmt_mm(length)
        ),
        quantity,
        material="steel",
        standard="ISO 10642",
        **estimated(countersunk_screw_mass_g(screw.diameter, length, screw.head_d)),
    )


def hex_nut(thread: str, quantity: int, name: str = "nut") -> Hardware:
    """ISO 4032 hex nuts for ``thread`` (one of :data:`METRIC_COUNTERSUNK`)."""
    screw = _known(METRIC_COUNTERSUNK, thread, "metric thread")
    return Hardware(
        name,
        translate("hardware", "{thread} hex nut").format(thread=thread),
        quantity,
        material="steel",
        standard="ISO 4032",
        **estimated(hex_nut_mass_g(screw.diameter, screw.nut_width, screw.nut_height)),
    )


def _known(table: dict[str, _T], key: str, what: str) -> _T:
    try:
        return table[key]
    except KeyError:
        raise ValueError(f"no {what} '{key}' (known: {', '.join(table)})") from None

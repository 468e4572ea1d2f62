"""Bought fasteners the built-in templates use: sizes from the standards that define them.

Only geometry that decides whether a part fits is here (shank, head, clearance hole, drive). No
masses: a screw's mass is not computed or guessed here, so ``Hardware.mass_g`` stays ``None``.
"""

from __future__ import annotations

from dataclasses import dataclass


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
    from parts_library._geometry import round_up_to

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

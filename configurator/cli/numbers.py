"""Argument types for numeric command-line options: finite, within a sane range, or a clear error.

``float("nan")``, ``float("inf")`` and ``1e308`` all parse as floats; left unchecked they end in
"internal error", in a rule expression printed back at the user, or in 1e307 kg CO2e. Every numeric
option of the CLI uses :func:`number` or :func:`whole` instead of ``float``/``int``.
"""

from __future__ import annotations

import argparse
import math
from collections.abc import Callable


def _bounds(low: float, high: float, unit: str) -> str:
    tail = f" {unit}" if unit else ""
    return f"{low:g} to {high:g}{tail}"


def number(low: float, high: float, unit: str = "", *, low_open: bool = False) -> Callable[[str], float]:
    """An argparse ``type``: a finite float in [low, high] (``low_open``: strictly above low)."""

    def parse(text: str) -> float:
        try:
            value = float(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"'{text}' is not a number") from None
        if not math.isfinite(value):
            raise argparse.ArgumentTypeError(
                f"'{text}' is not a finite number: give a value from {_bounds(low, high, unit)}"
            )
        if value > high or value < low or (low_open and value == low):
            above = "above " if low_open else ""
            raise argparse.ArgumentTypeError(
                f"{text} is out of range: give a value from {above}{_bounds(low, high, unit)}"
            )
        return value

    parse.__name__ = "number"  # argparse names the type in its messages
    return parse


def whole(low: int, high: int, unit: str = "") -> Callable[[str], int]:
    """An argparse ``type``: a whole number in [low, high]."""

    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"'{text}' is not a whole number") from None
        if not low <= value <= high:
            raise argparse.ArgumentTypeError(
                f"{text} is out of range: give a whole number from {_bounds(low, high, unit)}"
            )
        return value

    parse.__name__ = "whole number"
    return parse


# Shared limits, each with its reason.
GRID_G_PER_KWH = number(0, 2000, "gCO2e/kWh")  # coal-only generation is about 1000-1100 g/kWh
DISTANCE_KM = number(0, 40000, "km")  # a delivery longer than the equator is a typing error
FRACTION = number(0, 1)
LATITUDE = number(-90, 90, "degrees")
LONGITUDE = number(-180, 180, "degrees")

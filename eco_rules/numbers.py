"""Numbers for people: rounded to what the data supports, never in exponent notation.

JSON keeps full precision where a value is data (factor rows, trace values, totals); everything a
person reads goes through these helpers.
"""

from __future__ import annotations

import math

from configurator.sdk.i18n import local_number


def num(value: float, digits: int = 3) -> str:
    """``value`` with ``digits`` significant digits, never in exponent notation (``1.5e+02`` -> ``150``),
    with the decimal separator of the current language (``2,5`` in French)."""
    return local_number(_num(value, digits))


def _num(value: float, digits: int) -> str:
    if value == 0 or not math.isfinite(value):
        return f"{value:g}"
    decimals = max(0, digits - 1 - math.floor(math.log10(abs(value))))
    text = f"{value:.{decimals}f}"
    if decimals == 0 and abs(value) >= 10**digits:
        # keep the significant digits only: 123456 -> 123000
        scale = 10 ** (math.floor(math.log10(abs(value))) - digits + 1)
        text = f"{round(value / scale) * scale:.0f}"
    return text


def km_text(km: float) -> str:
    """A distance: ``40 m``, ``3.1 km``, ``42 km``, ``1250 km`` (straight-line distances are not
    metre-exact), with the decimal separator of the current language."""
    return local_number(_km_text(km))


def _km_text(km: float) -> str:
    if km == 0:
        return "0 km"
    if abs(km) < 1:
        return f"{km * 1000:.0f} m"
    if abs(km) < 10:
        return f"{km:.1f} km"
    return f"{km:.0f} km"

"""Which unit a model was drawn in, when the file does not say (STL), and when to ask.

A file's numbers are read as millimetres unless the file declares a unit (3MF, STEP) or the user
says otherwise. Workshop orders below a centimetre are rare, while inch files of small things read
as a few millimetres, so the lower bound is 10 mm: asking costs one answer, a wrong guess a part
25 times too small. If the result is implausible for something a workshop makes (smaller than
:data:`SMALLEST_MM` or larger than :data:`LARGEST_MM` along its longest side), the import stops and
names the units that would give a plausible size, so the user confirms one with ``--units``.
"""

from __future__ import annotations

from dataclasses import dataclass

from configurator.sdk.errors import FabwiseError

SMALLEST_MM = 10.0
LARGEST_MM = 3000.0
USER_UNITS: dict[str, float] = {"mm": 1.0, "cm": 10.0, "m": 1000.0, "in": 25.4}
UNIT_WORDS = {"mm": "millimetres", "cm": "centimetres", "m": "metres", "in": "inches"}


class UnitsUnclear(FabwiseError):
    """The file does not state its unit and its size is implausible in millimetres: someone has
    to say which unit it was drawn in. ``options`` = (unit, longest side in mm) that fit."""

    def __init__(
        self, message: str, hint: str, longest: float, options: tuple[tuple[str, float], ...]
    ) -> None:
        super().__init__(message, hint)
        self.longest = longest
        self.options = options


@dataclass(frozen=True)
class UnitDecision:
    unit: str  # mm, cm, m or in
    factor: float  # millimetres per file unit
    reason: str  # how it was decided, in words


def plausible(longest_mm: float) -> bool:
    return SMALLEST_MM <= longest_mm <= LARGEST_MM


def decide_units(longest: float, *, declared: str | None, given: str | None, file_name: str) -> UnitDecision:
    """The unit to read a file in. ``longest`` is the longest side in the file's numbers;
    ``declared`` is the unit the file states (as mm per unit name), ``given`` the user's
    ``--units``. Raises FabwiseError when the size is implausible and nobody said the unit."""
    if given is not None:
        if given not in USER_UNITS:
            raise FabwiseError(f"unknown unit '{given}'", hint="use mm, cm, m or in")
        factor = USER_UNITS[given]
        size = longest * factor
        reason = f"you said {UNIT_WORDS[given]}"
        if not plausible(size):
            reason += f" (the model is then {size:,.1f} mm long; check it is what you meant)"
        return UnitDecision(given, factor, reason)
    if declared is not None:
        factor = _declared_factor(declared)
        unit = next((u for u, f in USER_UNITS.items() if abs(f - factor) < 1e-9), "mm")
        size = longest * factor
        reason = f"the file says it is in {declared}"
        if not plausible(size):
            reason += f" (the model is {size:,.1f} mm long: unusually {_adjective(size)})"
        return UnitDecision(unit, factor, reason)
    if plausible(longest):
        return UnitDecision(
            "mm",
            1.0,
            f"the file does not say; read as millimetres ({longest:,.1f} mm long, a plausible size)",
        )
    fits = tuple((unit, longest * f) for unit, f in USER_UNITS.items() if plausible(longest * f))
    options = [f"--units {unit} gives {size:,.1f} mm" for unit, size in fits]
    read = f"read as millimetres it is {longest:,.3g} mm long, which is {_adjective(longest)}"
    raise UnitsUnclear(
        f"{file_name} does not say its unit, and {read} for something a workshop makes",
        (
            "say which unit it was drawn in: " + "; ".join(options)
            if options
            else "check the file: no usual unit gives it a plausible size"
        )
        + " (or --units mm to keep it as it is)",
        longest,
        fits,
    )


def _declared_factor(declared: str) -> float:
    from configurator.core.imported.mesh_check import UNIT_MM

    try:
        return UNIT_MM[declared]
    except KeyError:
        raise FabwiseError(f"the file declares the unknown unit '{declared}'") from None


def _adjective(size_mm: float) -> str:
    return "tiny" if size_mm < SMALLEST_MM else "huge"

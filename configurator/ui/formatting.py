"""Small text formatting helpers shared by the panels (no Qt, no PyVista)."""

from __future__ import annotations

from configurator.sdk.errors import FabwiseError
from configurator.sdk.i18n import local_number
from configurator.sdk.materials import get_material
from configurator.sdk.results import BuildResult
from eco_rules.numbers import num


def overall_size(result: BuildResult) -> tuple[float, float, float]:
    """Width, depth and height in mm of the assembled product (every placed copy)."""
    low, high = result.assembled_bounds()
    return (high[0] - low[0], high[1] - low[1], high[2] - low[2])


def format_mm(value: float) -> str:
    if abs(value) >= 100:
        return f"{value:.0f}"
    return local_number(f"{value:.1f}".rstrip("0").rstrip("."))


def format_size(size: tuple[float, float, float]) -> str:
    """``130 × 40 × 37 mm``."""
    return " × ".join(format_mm(v) for v in size) + " mm"


def mass_scale(kg: float) -> tuple[float, str]:
    """Grams below 1 kg, else kilograms: (multiplier from kg, unit)."""
    return (1000.0, "g") if abs(kg) < 1.0 else (1.0, "kg")


def format_amount(kg: float, scale: tuple[float, str]) -> str:
    factor, unit = scale
    value = kg * factor
    if abs(value) >= 100:
        return f"{value:.0f} {unit}"
    if abs(value) >= 10:
        return f"{local_number(f'{value:.1f}')} {unit}"
    return f"{num(value, 2)} {unit}" if value else f"0 {unit}"  # never 1.5e-05


def format_range(low: float, high: float, scale: tuple[float, str]) -> str:
    """``278–794 g``."""
    lo, hi = format_amount(low, scale), format_amount(high, scale)
    unit = scale[1]
    return f"{lo.removesuffix(' ' + unit)}–{hi}"


def material_name(material_id: str) -> str:
    """``"steel"`` → ``"Steel (primary)"``: the name a person picks in the panel, never the
    catalogue id; a material outside the catalogue keeps its text as given."""
    try:
        return get_material(material_id).label
    except FabwiseError:
        return material_id


def material_names(material_ids: tuple[str, ...] | list[str]) -> str:
    """``("petg", "steel")`` → ``"PETG, Steel (primary)"``."""
    return ", ".join(material_name(m) for m in material_ids)


REFIT_RATIO = 1.5  # the model grew or shrank this much since the camera was fitted: fit again


def needs_refit(fitted: tuple[float, float, float] | None, size: tuple[float, float, float]) -> bool:
    """True when the model's largest dimension changed by more than ``REFIT_RATIO`` since the
    camera was last fitted (it would leave the view, or shrink to a speck)."""
    if fitted is None:
        return True
    before, after = max(fitted), max(size)
    if before <= 0 or after <= 0:
        return before != after
    return max(after / before, before / after) > REFIT_RATIO

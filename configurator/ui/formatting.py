"""Small text formatting helpers shared by the panels (no Qt, no PyVista)."""

from __future__ import annotations

from configurator.core.results import BuildResult


def overall_size(result: BuildResult) -> tuple[float, float, float]:
    """Width, depth and height in mm of the assembled product (every placed copy)."""
    low, high = result.assembled_bounds()
    return (high[0] - low[0], high[1] - low[1], high[2] - low[2])


def format_mm(value: float) -> str:
    if abs(value) >= 100:
        return f"{value:.0f}"
    return f"{value:.1f}".rstrip("0").rstrip(".")


def format_size(size: tuple[float, float, float]) -> str:
    """``130 × 40 × 37 mm``."""
    return " × ".join(format_mm(v) for v in size) + " mm"

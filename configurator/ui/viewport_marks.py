"""What the viewport's CAD tools draw, as plain geometry (NumPy only, no Qt, no VTK).

- **Dimensions**: the assembled product's width, depth and height as three dimension lines along
  the edges of its bounding box, labelled with the same numbers as the pane's "Overall size".
- **Measure**: the distance between two picked points, with its components.
- **Section**: the plane through the product's centre normal to an axis, and that plane in a
  placed part's own frame (a part copy is drawn with its placement as the actor's matrix).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import numpy.typing as npt
from PySide6.QtCore import QCoreApplication

from configurator.sdk.i18n import LocalText
from configurator.ui.formatting import format_mm

Point = tuple[float, float, float]
Bounds = tuple[Point, Point]
AXES = ("x", "y", "z")
OFFSET_RATIO = 0.08  # dimension lines stand off the box by this share of its largest side
MIN_OFFSET_MM = 3.0


@dataclass(frozen=True)
class DimensionLine:
    """One overall dimension: the line with its end ticks, and where its label goes."""

    axis: str  # "x" (width), "y" (depth) or "z" (height)
    start: Point
    end: Point
    label: str  # "130 mm"
    anchor: Point  # the label's position (the line's middle)
    extensions: tuple[tuple[Point, Point], ...]  # from the box's corners to the line's ends

    @property
    def length(self) -> float:
        return float(np.linalg.norm(np.subtract(self.end, self.start)))


def _point(values: npt.ArrayLike) -> Point:
    x, y, z = (float(v) for v in np.asarray(values, dtype=np.float64))
    return (x, y, z)


def dimension_lines(bounds: Bounds, size: tuple[float, float, float]) -> list[DimensionLine]:
    """Width along the bottom edge at y = min, depth along the bottom edge at x = max and height
    up the vertical edge where they meet (the corner an isometric view shows at its left), each
    set off the box so it does not sit on the model.

    ``size`` is the overall size the pane shows (``formatting.overall_size``); the labels are
    made from it, so the drawing and the "Overall size" text never disagree."""
    low, high = np.asarray(bounds[0], np.float64), np.asarray(bounds[1], np.float64)
    offset = max(MIN_OFFSET_MM, OFFSET_RATIO * float(max(size)))
    # (axis index, the corner the line starts from, the direction it is set off in)
    layout = (
        (0, np.array([low[0], low[1], low[2]]), np.array([0.0, -1.0, 0.0])),  # width: in front
        (1, np.array([high[0], low[1], low[2]]), np.array([1.0, 0.0, 0.0])),  # depth: at the right
        (2, np.array([high[0], low[1], low[2]]), np.array([1.0, -1.0, 0.0]) / np.sqrt(2)),  # height
    )
    lines = []
    for index, corner, away in layout:
        along = np.zeros(3)
        along[index] = high[index] - low[index]
        start, end = corner + away * offset, corner + along + away * offset
        extensions = (
            (_point(corner), _point(start + away * offset * 0.25)),
            (_point(corner + along), _point(end + away * offset * 0.25)),
        )
        lines.append(
            DimensionLine(
                axis=AXES[index],
                start=_point(start),
                end=_point(end),
                label=QCoreApplication.translate("viewport_marks", "{format_mm} mm").format(
                    format_mm=format_mm(size[index])
                ),
                anchor=_point((start + end) / 2),
                extensions=extensions,
            )
        )
    return lines


def distance_text(first: npt.ArrayLike, second: npt.ArrayLike) -> str:
    """``"52.3 mm (dx 40.0, dy 0.0, dz -33.7)"``: the distance and its components in mm."""
    delta = np.asarray(second, np.float64) - np.asarray(first, np.float64)
    dx, dy, dz = (0.0 if abs(v) < 0.05 else float(v) for v in delta)  # never "-0.0"
    return LocalText(
        QCoreApplication.translate("viewport_marks", "{float:.1f} mm (dx {dx:.1f}, dy {dy:.1f}, dz {dz:.1f})")
    ).format(float=float(np.linalg.norm(delta)), dx=dx, dy=dy, dz=dz)


def section_plane(bounds: Bounds, axis: str) -> tuple[Point, Point]:
    """Origin and normal of the plane through the product's centre, normal to ``axis``."""
    if axis not in AXES:
        raise ValueError(f"unknown section axis {axis!r}: use one of {', '.join(AXES)}")
    centre = (np.asarray(bounds[0], np.float64) + np.asarray(bounds[1], np.float64)) / 2
    normal = np.zeros(3)
    normal[AXES.index(axis)] = 1.0
    return _point(centre), _point(normal)


def plane_in_part_frame(matrix: npt.ArrayLike, origin: Point, normal: Point) -> tuple[Point, Point]:
    """The world plane (origin, normal) in the frame of a part placed by ``matrix`` (part → world)."""
    placement = np.asarray(matrix, np.float64)
    inverse = np.linalg.inv(placement)
    local_origin = inverse[:3, :3] @ np.asarray(origin, np.float64) + inverse[:3, 3]
    local_normal = placement[:3, :3].T @ np.asarray(normal, np.float64)  # normals: inverse transpose
    length = float(np.linalg.norm(local_normal))
    return _point(local_origin), _point(local_normal / length if length else local_normal)


def section_text(axis: str | None) -> str:
    """The status bar's words for the section shown (``None``: no section)."""
    if axis is None:
        return QCoreApplication.translate("viewport_marks", "Section off: the whole product is shown.")
    texts = {
        "x": QCoreApplication.translate(
            "viewport_marks",
            "Section X: the product cut through its centre across its width "
            "(View → Section → Off shows it whole).",
        ),
        "y": QCoreApplication.translate(
            "viewport_marks",
            "Section Y: the product cut through its centre across its depth "
            "(View → Section → Off shows it whole).",
        ),
        "z": QCoreApplication.translate(
            "viewport_marks",
            "Section Z: the product cut through its centre across its height "
            "(View → Section → Off shows it whole).",
        ),
    }
    return texts[axis]

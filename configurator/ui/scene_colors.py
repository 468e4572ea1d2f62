"""Display colours of materials (from the material catalogue), without PyVista or Qt."""

from __future__ import annotations

from configurator.sdk.errors import FabwiseError
from configurator.sdk.materials import get_material

FALLBACK_COLOR = "#b0b0b0"


def material_color(material_id: str) -> str:
    try:
        return get_material(material_id).color
    except FabwiseError:
        return FALLBACK_COLOR

"""Text the panels show: catalogue names, never material ids."""

from __future__ import annotations

from configurator.ui.formatting import material_names


def test_materials_are_named_as_in_the_panel_not_by_id() -> None:
    assert material_names(("petg", "steel")) == "PETG, Steel (primary)"
    assert material_names(["unknown (hardware)"]) == "unknown (hardware)"

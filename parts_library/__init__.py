"""Fabwise's built-in product templates, one module per template.

Each module exposes ``TEMPLATE``. They are registered through the ``fabwise.templates`` entry-point
group like any third-party template; :data:`CATALOGUE` lists the same ``module:attribute`` targets
so tests can check the two agree. Importing this package imports no template and no CadQuery.
Private helpers (``_geometry``, ``_sheet``, ``_hardware``) are shared by the templates.
"""

from __future__ import annotations

CATALOGUE: dict[str, str] = {
    "shelf-bracket": "parts_library.shelf_bracket:TEMPLATE",
    "dshaft-knob": "parts_library.dshaft_knob:TEMPLATE",
    "finger-box": "parts_library.finger_box:TEMPLATE",
    "flatpack-stool": "parts_library.flatpack_stool:TEMPLATE",
    "alu-corner-bracket": "parts_library.alu_corner_bracket:TEMPLATE",
    "pipe-clip": "parts_library.pipe_clip:TEMPLATE",
    "cable-strain-relief": "parts_library.cable_strain_relief:TEMPLATE",
    "appliance-foot": "parts_library.appliance_foot:TEMPLATE",
    "table-lamp": "parts_library.table_lamp:TEMPLATE",
    "device-wall-mount": "parts_library.device_wall_mount:TEMPLATE",
}

"""Fabwise's built-in product templates, one module per template.

Each module exposes ``TEMPLATE``. They are registered through the ``fabwise.templates`` entry-point
group like any third-party template, in pyproject.toml only; :data:`CATALOGUE` (id ->
``module:attribute``) is read from those entry points. Importing this package imports no template
and no CadQuery. Private helpers (``_geometry``, ``_sheet``, ``_hardware``) are shared by the templates.
"""

from __future__ import annotations


def _catalogue() -> dict[str, str]:
    """Template id -> ``module:attribute`` for every template this package registers, read from
    the installed ``fabwise.templates`` entry points (pyproject.toml is the one place a built-in
    template is registered)."""
    from importlib.metadata import entry_points

    return {
        ep.name: ep.value
        for ep in entry_points(group="fabwise.templates")
        if ep.value.startswith(f"{__name__}.")
    }


CATALOGUE: dict[str, str] = _catalogue()

"""Every built-in template ships its gallery picture for its current version."""

from __future__ import annotations

from configurator.core.registry import TemplateRegistry
from configurator.ui.thumbnails import SHIPPED_THUMBNAILS, thumbnail_path


def test_every_builtin_template_has_a_current_shipped_thumbnail() -> None:
    builtins = [e for e in TemplateRegistry.discover().entries if e.ref.origin == "builtin"]
    assert builtins
    missing = [e.template.id for e in builtins if not thumbnail_path(SHIPPED_THUMBNAILS, e).is_file()]
    assert not missing, (
        f"no shipped thumbnail for {missing}: "
        "run .venv/bin/python tools/render_thumbnails.py and commit the PNGs"
    )
    stale = {p.name for p in SHIPPED_THUMBNAILS.glob("*.png")} - {
        thumbnail_path(SHIPPED_THUMBNAILS, e).name for e in builtins
    }
    assert not stale, f"thumbnails of no current template: {sorted(stale)}"

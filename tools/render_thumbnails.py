"""Render the gallery thumbnails of the built-in templates into resources/thumbnails/.

Run after adding a template or changing a template's version:
    .venv/bin/python tools/render_thumbnails.py
Old pictures of the same template are removed. Needs no display (software renderer).
"""

from __future__ import annotations

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> int:
    from configurator.core.registry import TemplateRegistry
    from configurator.core.service import BuildService
    from configurator.ui.thumbnails import SHIPPED_THUMBNAILS, render_thumbnail, thumbnail_path

    registry = TemplateRegistry.discover()
    builtins = [e for e in registry.entries if e.ref.origin == "builtin"]
    SHIPPED_THUMBNAILS.mkdir(parents=True, exist_ok=True)
    with BuildService(registry) as service:
        for entry in builtins:
            path = thumbnail_path(SHIPPED_THUMBNAILS, entry)
            for old in SHIPPED_THUMBNAILS.glob(f"{entry.ref.id}-*.png"):
                if old != path:
                    old.unlink()
            result = service.build(service.request(entry.template.id, {}, quality="fine"))
            render_thumbnail(result, path)
            print(f"{entry.template.id}: {path.relative_to(SHIPPED_THUMBNAILS.parent.parent)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

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


def test_shipped_thumbnails_have_a_clear_background() -> None:
    """A white background showed as a white tile on the dark gallery: the corners are clear and
    the product itself is opaque."""
    from PIL import Image

    for path in sorted(SHIPPED_THUMBNAILS.glob("*.png")):
        with Image.open(path) as image:
            assert image.mode == "RGBA", f"{path.name}: {image.mode}, no transparency"
            alpha = image.getchannel("A")
            width, height = image.size
            assert alpha.getpixel((0, 0)) == alpha.getpixel((width - 1, height - 1)) == 0, path.name
            assert alpha.getextrema()[1] == 255, f"{path.name}: nothing drawn"

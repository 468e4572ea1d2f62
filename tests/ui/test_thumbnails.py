"""Gallery thumbnails are drawn (software renderer, any platform) and cached on disk."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from configurator.core.registry import TemplateRegistry
from configurator.core.service import BuildService
from tests.ui.helpers import make_window

pytestmark = pytest.mark.gui


def test_gallery_thumbnails_are_rendered_and_cached(
    qtbot: QtBot, ui_registry: TemplateRegistry, ui_service: BuildService, ui_data_dir: Path
) -> None:
    from configurator.ui.gallery import THUMBNAIL_ROLE
    from configurator.ui.thumbnails import thumbnail_path

    window = make_window(qtbot, ui_registry, ui_service, ui_data_dir)
    thumbs = window.thumbnails
    assert thumbs.enabled
    entry = ui_registry.get("sample-box")
    qtbot.waitUntil(lambda: thumbnail_path(thumbs.folder, entry).exists(), timeout=120_000)
    model = window.gallery_page.gallery.model
    qtbot.waitUntil(
        lambda: all(model.item(r).data(THUMBNAIL_ROLE) is not None for r in range(model.rowCount())),
        timeout=120_000,
    )
    pixmaps = [model.item(r).data(THUMBNAIL_ROLE) for r in range(model.rowCount())]
    assert all(not p.isNull() and p.width() > 100 for p in pixmaps)
    assert thumbs.load([entry]) == []  # cached: nothing left to build

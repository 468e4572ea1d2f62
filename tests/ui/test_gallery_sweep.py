"""The gallery shows a template's last finished sweep: "N variants checked, F failures, footprint
a–b kg CO2e", only for the version the sweep checked."""

from __future__ import annotations

import os
from pathlib import Path

from pytestqt.qtbot import QtBot

from configurator.core.registry import TemplateRegistry
from configurator.sweep.store import SweepStore, default_db_path
from configurator.ui.gallery import ID_ROLE, SWEEP_ROLE, TemplateGallery


def _store_finished_sweep(template_id: str, version: str, failures: int) -> None:
    with SweepStore(default_db_path()) as store:
        variants = [(str(i), "sample", {"i": i}) for i in range(4)]
        sweep_id = store.create(
            template_id=template_id,
            template_version=version,
            fingerprint=version,
            spec={},
            context={},
            variants=variants,
        )
        for i in range(4):
            if i < failures:
                store.record(sweep_id, {"idx": i, "outcome": "failed", "attempts": 1})
            else:
                store.record(sweep_id, {"idx": i, "outcome": "ok", "co2e_kg": 0.3 + i * 0.5, "attempts": 1})
        store.mark_run(sweep_id, cluster="test", workers=1, wall_s=1.0)


def _sweep_texts(gallery: TemplateGallery) -> dict[str, str]:
    found = {}
    for row in range(gallery.model.rowCount()):
        item = gallery.model.item(row)
        if item.data(SWEEP_ROLE):
            found[str(item.data(ID_ROLE))] = str(item.data(SWEEP_ROLE))
    return found


def test_gallery_card_carries_the_sweep_summary(
    qtbot: QtBot, ui_registry: TemplateRegistry, tmp_path: Path
) -> None:
    assert Path(os.environ["FABWISE_DATA_DIR"]) == default_db_path().parent
    shelf = ui_registry.get("sample-box").template
    _store_finished_sweep("sample-box", shelf.version, failures=0)
    _store_finished_sweep("sample-trouble", "0.0.1", failures=1)  # another version: not shown
    gallery = TemplateGallery()
    qtbot.addWidget(gallery)
    gallery.set_templates(ui_registry.entries)
    texts = _sweep_texts(gallery)
    assert texts == {"sample-box": "4 variants checked, 0 failures, footprint 0.30–1.8 kg CO2e"}
    for row in range(gallery.model.rowCount()):
        item = gallery.model.item(row)
        if item.data(ID_ROLE) == "sample-box":
            assert "Variant sweep of version" in item.toolTip()
    gallery.resize(800, 600)
    gallery.show()
    qtbot.waitExposed(gallery)
    gallery.view.viewport().grab()  # the card with the extra line paints without error


def test_gallery_without_sweeps_shows_none(qtbot: QtBot, ui_registry: TemplateRegistry) -> None:
    gallery = TemplateGallery()
    qtbot.addWidget(gallery)
    gallery.set_templates(ui_registry.entries)
    assert _sweep_texts(gallery) == {}

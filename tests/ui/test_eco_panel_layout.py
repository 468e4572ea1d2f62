"""The eco panel's texts are never clipped or drawn over each other, on first layout too."""

from __future__ import annotations

import itertools
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from configurator.core.registry import TemplateRegistry
from configurator.core.service import BuildService
from tests.ui.helpers import BUILD_WAIT_MS, make_window, open_template

pytestmark = pytest.mark.gui


def _overlaps_and_clips(body: QWidget) -> list[str]:
    """Each word-wrapped label is as tall as its text needs; laid-out widgets do not overlap."""
    problems = []
    widgets = [w for w in body.findChildren(QWidget) if w.isVisibleTo(body) and w.parentWidget() is body]
    for label in widgets:
        if isinstance(label, QLabel) and label.wordWrap() and label.text():
            need = label.heightForWidth(label.width())
            if label.height() < need:
                problems.append(f"clipped: {label.text()[:40]!r} is {label.height()} px, needs {need}")
    boxes = sorted((w.geometry() for w in widgets if w.height() > 0), key=lambda r: r.top())
    for upper, lower in itertools.pairwise(boxes):
        if lower.top() < upper.bottom() and lower.intersects(upper):
            problems.append(f"overlap: {upper} and {lower}")
    return problems


def test_eco_report_text_is_laid_out_in_full_before_it_can_be_drawn(
    qtbot: QtBot, ui_registry: TemplateRegistry, ui_service: BuildService, ui_data_dir: Path
) -> None:
    """A report's longer text arrives: one pass of the event loop (where the window may be painted)
    must see the labels at their full height. Before the fix it saw them squeezed over each other
    (the scroll area re-measured its content a pass later, and later still while the view rendered)."""
    window = make_window(qtbot, ui_registry, ui_service, ui_data_dir)
    window.resize(1280, 800)
    panel = window.page.eco_panel
    body = panel.scroll_area.widget()
    assert body is not None
    seen: list[list[str]] = []

    def after_one_pass(_report: Any) -> None:  # connected after the panel: it has set its texts
        QCoreApplication.processEvents()
        seen.append(_overlaps_and_clips(body))

    window.eco.report_ready.connect(after_one_pass)
    open_template(qtbot, window, "sample-box")
    qtbot.waitUntil(lambda: bool(seen), timeout=BUILD_WAIT_MS)
    assert panel.repair.text()
    assert "PLA" in panel.circularity.text() and "(pla" not in panel.circularity.text()  # names, not ids
    assert seen[0] == []

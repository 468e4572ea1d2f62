"""Untrusted text (facility names, template text, messages) is shown as typed, never as HTML
(issue 13, finding 6: a facility name was rendered as HTML in the "Made at:" label)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from configurator.ui.facility_panel import FacilityPanel, facility_tooltip
from configurator.ui.message_banner import MessageBanner
from tests.core.facilities.conftest import make_facility

HOSTILE = "<b>Bold</b><img src='http://tracker.example/x.png'><a href='http://x'>click</a>"


def test_a_facility_name_is_plain_text_in_the_made_at_label(qtbot) -> None:
    panel = FacilityPanel()
    qtbot.addWidget(panel)
    panel.show_chosen(make_facility(name=HOSTILE), 12.0)
    assert panel.chosen.textFormat() == Qt.TextFormat.PlainText
    assert HOSTILE in panel.chosen.text()
    tooltip = panel.chosen.toolTip()
    assert "<img" not in tooltip and "&lt;img" in tooltip


def test_tooltips_escape_what_they_show() -> None:
    tooltip = facility_tooltip(make_facility(name=HOSTILE))
    assert tooltip.startswith("<qt>") and "<b>" not in tooltip and "&lt;b&gt;Bold" in tooltip


def test_every_label_of_the_panels_is_plain_text(qtbot) -> None:
    panel = FacilityPanel()
    banner = MessageBanner()
    for widget in (panel, banner):
        qtbot.addWidget(widget)
        for label in widget.findChildren(QLabel):
            assert label.textFormat() == Qt.TextFormat.PlainText, label.text()

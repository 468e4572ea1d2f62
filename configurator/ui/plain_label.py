"""Labels that show text as typed, never as HTML.

A QLabel's default text format guesses: text that looks like HTML is rendered as HTML. Facility
names, template names and descriptions, part names, error messages and file names come from
outside (an imported facility list, someone's template), so ``<img src=...>`` or ``<a href=...>``
in a facility's name would be rendered (and could fetch or link). Every label in the app that
shows such text is a :func:`plain_label`; the few that format with HTML escape what they insert.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget


def plain_label(text: str = "", parent: QWidget | None = None) -> QLabel:
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(text)
    return label


def plain_tooltip(text: str) -> str:
    """A tooltip that shows ``text`` as typed: Qt renders tooltips that look like HTML as HTML,
    so the text is escaped inside an explicit rich-text wrapper (line breaks kept)."""
    escaped = html.escape(text).replace("\n", "<br>")
    return f"<qt>{escaped}</qt>"

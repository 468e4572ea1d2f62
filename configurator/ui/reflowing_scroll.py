"""A resizable scroll area that follows its content's height when text changes after the first layout."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QScrollArea, QWidget


class ReflowingScrollArea(QScrollArea):
    """``QScrollArea`` with ``widgetResizable`` sizes its widget from the widget's height-for-width
    only when the scroll area itself is resized or asked to lay out. When word-wrapped text arrives
    later (an eco report, a rule message), the widget asks its parent, the viewport, which ignores
    it: the widget keeps its old height and its layout squeezes the labels over each other.
    This area passes the viewport's layout request on to itself, so the widget is re-measured."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.viewport() and event.type() == QEvent.Type.LayoutRequest:
            self.event(QEvent(QEvent.Type.LayoutRequest))
        return super().eventFilter(watched, event)

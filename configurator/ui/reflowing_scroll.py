"""A resizable scroll area that follows its content's height when text changes after the first layout."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QScrollArea, QWidget


class ReflowingScrollArea(QScrollArea):
    """``QScrollArea`` with ``widgetResizable`` sizes its widget from the widget's height-for-width
    when the area is resized, and only a step later when word-wrapped text changes inside: the
    widget's layout first squeezes the longer text into the old height, labels drawn over each other
    (the eco panel's repairability and circularity lines, for a few hundred milliseconds after every
    report). This area re-measures the widget before the widget lays itself out, in the same event."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)

    def setWidget(self, widget: QWidget) -> None:
        super().setWidget(widget)
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self.reflow()
        return super().eventFilter(watched, event)

    def reflow(self) -> None:
        """Size the widget to its content's height at the area's width now (QScrollArea does it
        on its own layout request)."""
        self.event(QEvent(QEvent.Type.LayoutRequest))

"""A label with a long and a short text: the long one where it fits, else the short one.

The overall size beside the view buttons reads "Overall size: 130 × 40 × 37 mm"; in a narrow
window, or a language with longer words, only "130 × 40 × 37 mm" fits, and a cut-off
"Gesamtmaße: 130 × 40 ›" says less than the numbers alone. The long text stays the accessible
name, so a screen reader always hears it whole.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QWidget


class FittingLabel(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self._long = ""
        self._short = ""

    def set_texts(self, long: str, short: str) -> None:
        self._long, self._short = long, short
        self.setAccessibleName(long)
        self.updateGeometry()
        self._choose()

    def sizeHint(self) -> QSize:
        return self._size_for(self._long, super().sizeHint())

    def minimumSizeHint(self) -> QSize:
        return self._size_for(self._short, super().minimumSizeHint())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._choose()

    def _size_for(self, text: str, base: QSize) -> QSize:
        margins = self.contentsMargins()
        width = (
            self.fontMetrics().horizontalAdvance(text) + margins.left() + margins.right() + 2 * self.margin()
        )
        return QSize(width, base.height())

    def _choose(self) -> None:
        fits = (
            self.fontMetrics().horizontalAdvance(self._long)
            <= self.contentsRect().width() - 2 * self.margin()
        )
        text = self._long if fits or not self._short else self._short
        if text != self.text():
            self.setText(text)

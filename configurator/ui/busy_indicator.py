"""A small indeterminate bar that appears only when a build takes a noticeable time."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QProgressBar, QWidget

SHOW_AFTER_MS = 250


class BusyIndicator(QProgressBar):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRange(0, 0)
        self.setMaximumWidth(90)
        self.setMaximumHeight(12)
        self.setTextVisible(False)
        self.setToolTip(self.tr("Building the preview…"))
        self._delay = QTimer(self)
        self._delay.setSingleShot(True)
        self._delay.setInterval(SHOW_AFTER_MS)
        self._delay.timeout.connect(self.show)
        self.active = False
        self.hide()

    def set_busy(self, busy: bool) -> None:
        self.active = busy
        if busy:
            if not self.isVisible() and not self._delay.isActive():
                self._delay.start()
        else:
            self._delay.stop()
            self.hide()

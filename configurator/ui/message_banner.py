"""A quiet strip above the preview for build errors and notes, with details and a retry."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QToolButton,
    QWidget,
)

from configurator.ui import theme
from configurator.ui.appearance import follow
from configurator.ui.plain_label import plain_label


class MessageBanner(QFrame):
    retry_requested = Signal()
    dismissed = Signal()  # the user closed the message

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("messageBanner")
        self.level = ""
        self._details = ""
        self.label = plain_label()
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details_button = QPushButton(self.tr("Details…"))
        self.details_button.clicked.connect(self._show_details)
        self.retry_button = QPushButton(self.tr("Try again"))
        self.retry_button.clicked.connect(self.retry_requested)
        close = QToolButton()
        close.setText("✕")
        close.setAutoRaise(True)
        close.setToolTip(self.tr("Hide this message"))
        close.setAccessibleName(self.tr("Hide this message"))
        close.clicked.connect(self.dismiss)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 4, 4)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.details_button)
        layout.addWidget(self.retry_button)
        layout.addWidget(close)
        self.hide()
        follow(self._restyle)

    @property
    def text(self) -> str:
        return self.label.text()

    def show_message(
        self,
        level: str,
        text: str,
        *,
        hint: str = "",
        details: str = "",
        retry: bool = False,
        retry_text: str = "",
    ) -> None:
        self.level = level
        self.retry_button.setText(retry_text or self.tr("Try again"))
        self._details = details
        self._restyle()
        self.label.setText(f"{text}\n{hint}" if hint else text)
        self.details_button.setVisible(bool(details))
        self.retry_button.setVisible(retry)
        self.show()

    def _restyle(self) -> None:
        """The level's colours from the current scheme (again when the scheme changes)."""
        colours = theme.current().message(self.level or "info")
        self.setStyleSheet(f"QFrame#messageBanner {{ {colours.style()} }}")
        self.label.setStyleSheet(f"border: none; background: transparent; color: {colours.text};")

    def dismiss(self) -> None:
        self.clear()
        self.dismissed.emit()

    def clear(self) -> None:
        self.level = ""
        self._details = ""
        self.label.setText("")
        self.hide()

    def _show_details(self) -> None:
        box = QMessageBox(self)
        box.setWindowTitle(self.tr("Details"))
        box.setIcon(QMessageBox.Icon.Information)
        box.setText(self.label.text())
        box.setDetailedText(self._details)
        box.open()

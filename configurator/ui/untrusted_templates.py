"""The gallery's list of templates from outside Fabwise that have not been trusted yet: one row per
file or package, “Not trusted yet: <file>”, with a “Review…” button. Nothing in them has run."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from configurator.core.trust import Candidate
from configurator.ui import theme
from configurator.ui.appearance import follow
from configurator.ui.plain_label import plain_label, plain_tooltip


class UntrustedTemplates(QFrame):
    review_requested = Signal(object)  # Candidate

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("untrustedTemplates")
        follow(self._restyle)
        self._rows = QVBoxLayout(self)
        self._rows.setContentsMargins(8, 6, 8, 6)
        self._rows.setSpacing(4)
        self.buttons: dict[str, QPushButton] = {}  # by location
        self.candidates: list[Candidate] = []
        self.hide()

    def _restyle(self) -> None:
        info = theme.current().message("info")
        self.setStyleSheet(
            f"QFrame#untrustedTemplates {{ background: {info.background}; "
            f"border: 1px solid {info.border}; border-radius: 4px; }}"
            f"QFrame#untrustedTemplates QLabel {{ color: {info.text}; }}"
        )

    def set_candidates(self, candidates: Iterable[Candidate]) -> None:
        while self._rows.count():
            item = self._rows.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.buttons = {}
        self.candidates = list(candidates)
        for candidate in self.candidates:
            self._rows.addWidget(self._row(candidate))
        self.setVisible(bool(self.candidates))

    def row_texts(self) -> list[str]:
        return [self._text(c) for c in self.candidates]

    def review(self, location: str) -> None:
        """Press the “Review…” button of the row for ``location``."""
        self.buttons[location].click()

    @staticmethod
    def _text(candidate: Candidate) -> str:
        return QCoreApplication.translate("UntrustedTemplates", "Not trusted yet: {label}").format(
            label=candidate.label
        )

    def _row(self, candidate: Candidate) -> QWidget:
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        label = plain_label(self._text(candidate))
        label.setToolTip(
            plain_tooltip(
                self.tr(
                    "{location}\nNot loaded: templates from outside Fabwise run only once you trust them."
                ).format(location=candidate.location)
            )
        )
        button = QPushButton(self.tr("Review…"))
        button.setToolTip(self.tr("See where it comes from and decide whether to run it"))
        button.clicked.connect(lambda _=False, c=candidate: self.review_requested.emit(c))
        self.buttons[candidate.location] = button
        layout.addWidget(label, 1)
        layout.addWidget(button)
        return row

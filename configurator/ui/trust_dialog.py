"""“Review…” for a template from outside Fabwise: where it is, its SHA-256, and a plain warning
before the user agrees to run it. Trust is pinned to that exact content (see docs/security.md)."""

from __future__ import annotations

import html

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from configurator.core.trust import Candidate
from configurator.ui import theme
from configurator.ui.plain_label import plain_label

WARNING = QT_TRANSLATE_NOOP(
    "TrustDialog",
    "A template is Python code. Loading it runs that code with your rights: it can read and "
    "write your files and use the network. Builds run isolated in a separate worker process "
    "with time and memory limits, which stop runaway templates but not malicious ones. "
    "Trust it only if you wrote it, have read it, or trust who wrote it. "
    "See “Running templates safely” (docs/security.md).",
)
CHANGED_NOTE = QT_TRANSLATE_NOOP(
    "TrustDialog", "This file changed since it was last trusted; the new version has not run yet."
)


class TrustDialog(QDialog):
    """Shows one :class:`Candidate`; accepted means “Trust and load”."""

    def __init__(self, candidate: Candidate, *, changed: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.candidate = candidate
        what = self.tr("template package") if candidate.kind == "package" else self.tr("template file")
        self.setWindowTitle(self.tr("Review {what}").format(what=what))
        self.setMinimumWidth(640)

        heading = QLabel(
            self.tr("<b>Not trusted yet: {escape}</b>").format(escape=html.escape(candidate.label))
        )
        heading.setTextFormat(Qt.TextFormat.RichText)
        self.location = plain_label(candidate.location)
        self.sha256 = plain_label(candidate.sha256)
        for label in (self.location, self.sha256):
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form = QFormLayout()
        form.addRow(self.tr("Package") if candidate.kind == "package" else self.tr("File"), self.location)
        form.addRow(self.tr("SHA-256"), self.sha256)
        self.warning = plain_label(self.tr(str(WARNING)))
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet(f"{theme.current().message('warning').style()} padding: 6px;")
        self.changed_label = plain_label(self.tr(str(CHANGED_NOTE)))
        self.changed_label.setWordWrap(True)
        self.changed_label.setVisible(changed)

        buttons = QDialogButtonBox()
        self.trust_button = QPushButton(self.tr("Trust and load"))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setDefault(True)  # Enter must not trust by accident
        buttons.addButton(self.trust_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.changed_label)
        layout.addLayout(form)
        layout.addWidget(self.warning)
        layout.addWidget(buttons)

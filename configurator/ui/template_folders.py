"""Template folders kept in the settings (used at every start, next to ``--templates FOLDER``), and
the “Template folders…” dialog that edits them."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSettings, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from configurator.ui.plain_label import plain_label

FOLDERS_KEY = "templates/folders"
NOTE = QT_TRANSLATE_NOOP(
    "TemplateFoldersDialog",
    "Fabwise loads the templates in these folders at start-up and reloads a template when its "
    "file changes. Templates from outside Fabwise run only after you trust them.",
)


def saved_folders(settings: QSettings | None) -> list[Path]:
    """The template folders stored in the settings, in order."""
    if settings is None:
        return []
    raw: Any = settings.value(FOLDERS_KEY, [])
    items = [raw] if isinstance(raw, str) else list(raw or [])
    return [Path(item) for item in items if isinstance(item, str) and item]


def save_folders(settings: QSettings, folders: Iterable[Path]) -> None:
    settings.setValue(FOLDERS_KEY, [str(f) for f in unique_folders(folders)])
    settings.sync()


def unique_folders(folders: Iterable[Path]) -> list[Path]:
    """``folders`` made absolute, without repeats, in order."""
    seen: dict[Path, None] = {}
    for folder in folders:
        seen.setdefault(Path(folder).expanduser().resolve(), None)
    return list(seen)


class TemplateFoldersDialog(QDialog):
    """Edit the saved folders; folders from the command line are shown but fixed for this run."""

    def __init__(
        self, folders: Iterable[Path], command_line: Iterable[Path] = (), parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Template folders"))
        self.resize(560, 320)
        self.list = QListWidget()
        self._fixed = unique_folders(command_line)
        for folder in self._fixed:
            item = QListWidgetItem(
                self.tr("{folder}  (from the command line, this run only)").format(folder=folder)
            )
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.list.addItem(item)
        for folder in unique_folders(folders):
            self._add_item(folder)
        note = plain_label(self.tr(str(NOTE)))
        note.setWordWrap(True)

        self.add_button = QPushButton(self.tr("Add…"))
        self.add_button.clicked.connect(self._browse)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.clicked.connect(self.remove_selected)
        side = QVBoxLayout()
        side.addWidget(self.add_button)
        side.addWidget(self.remove_button)
        side.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.list, 1)
        row.addLayout(side)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons

        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(row, 1)
        layout.addWidget(buttons)

    def folders(self) -> list[Path]:
        """The editable (saved) folders as listed."""
        found = []
        for row in range(self.list.count()):
            data = self.list.item(row).data(Qt.ItemDataRole.UserRole)
            if data:
                found.append(Path(str(data)))
        return found

    def add_folder(self, folder: Path) -> None:
        folder = folder.expanduser().resolve()
        if folder not in self.folders() and folder not in self._fixed:
            self._add_item(folder)

    def remove_selected(self) -> None:
        for item in self.list.selectedItems():
            if item.data(Qt.ItemDataRole.UserRole):
                self.list.takeItem(self.list.row(item))

    def _add_item(self, folder: Path) -> None:
        item = QListWidgetItem(str(folder))
        item.setData(Qt.ItemDataRole.UserRole, str(folder))
        if not folder.is_dir():
            item.setText(self.tr("{folder}  (not found)").format(folder=folder))
        self.list.addItem(item)

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Add a template folder"), str(Path.home()))
        if folder:
            self.add_folder(Path(folder))

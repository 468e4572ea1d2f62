"""“Open saved design…”: the designs kept in the app database, with their template and when they
were saved; open one, or delete the ones you no longer need."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from configurator.core.designs import Design
from configurator.ui.plain_label import plain_label

ID_ROLE = Qt.ItemDataRole.UserRole + 1


def saved_time_text(saved_utc: str) -> str:
    """``2025-03-01T09:30:00+00:00`` as local time, ``2025-03-01 10:30``; unknown text as is."""
    try:
        moment = datetime.fromisoformat(saved_utc)
    except ValueError:
        return saved_utc
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")


class SavedDesignsDialog(QDialog):
    """Lists ``(id, Design)`` pairs. ``open_requested`` carries the chosen id; ``delete`` asks
    ``confirm`` first (a question box unless given) and then calls ``delete_design``."""

    open_requested = Signal(str)
    deleted = Signal(str)

    def __init__(
        self,
        designs: list[tuple[str, Design]],
        *,
        template_name: Callable[[str], str | None],
        delete_design: Callable[[str], bool],
        confirm: Callable[[str], bool] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Open saved design"))
        self.resize(620, 380)
        self._template_name = template_name
        self._delete_design = delete_design
        self._confirm = confirm or self._ask

        self.tree = QTreeWidget()
        self.tree.setColumnCount(3)
        self.tree.setHeaderLabels([self.tr("Name"), self.tr("Template"), self.tr("Saved")])
        self.tree.setRootIsDecorated(False)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.itemDoubleClicked.connect(lambda _item, _col: self.open_selected())
        self.tree.itemSelectionChanged.connect(self._update_buttons)
        self.empty_label = plain_label(self.tr("No saved designs yet: use File → Save design (Ctrl+S)."))
        self.empty_label.setWordWrap(True)

        self.open_button = QPushButton(self.tr("Open"))
        self.open_button.setDefault(True)
        self.open_button.clicked.connect(self.open_selected)
        self.delete_button = QPushButton(self.tr("Delete…"))
        self.delete_button.clicked.connect(self.delete_selected)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.empty_label)
        layout.addLayout(buttons)
        self.set_designs(designs)

    def set_designs(self, designs: list[tuple[str, Design]]) -> None:
        self.tree.clear()
        for design_id, design in designs:
            name = self._template_name(design.template_id)
            template = name or self.tr("{template_id} (not installed)").format(template_id=design.template_id)
            item = QTreeWidgetItem([design.name or design_id, template, saved_time_text(design.saved_utc)])
            item.setData(0, ID_ROLE, design_id)
            item.setToolTip(
                1,
                self.tr("{template_id} version {template_version}").format(
                    template_id=design.template_id, template_version=design.template_version
                ),
            )
            item.setToolTip(2, design.saved_utc)
            self.tree.addTopLevelItem(item)
        self.tree.resizeColumnToContents(1)
        self.empty_label.setVisible(not designs)
        items = self._items()
        if items:
            self.tree.setCurrentItem(items[0])
        self._update_buttons()

    def _items(self) -> list[QTreeWidgetItem]:
        found = (self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount()))
        return [item for item in found if item is not None]

    def design_ids(self) -> list[str]:
        return [str(item.data(0, ID_ROLE)) for item in self._items()]

    def select(self, design_id: str) -> None:
        for item in self._items():
            if item.data(0, ID_ROLE) == design_id:
                self.tree.setCurrentItem(item)
                return
        raise KeyError(f"no saved design {design_id!r} listed")

    def selected_id(self) -> str | None:
        item = self.tree.currentItem()
        return str(item.data(0, ID_ROLE)) if item is not None else None

    def open_selected(self) -> None:
        design_id = self.selected_id()
        if design_id is not None:
            self.accept()
            self.open_requested.emit(design_id)

    def delete_selected(self) -> None:
        item = self.tree.currentItem()
        if item is None:
            return
        design_id = str(item.data(0, ID_ROLE))
        if not self._confirm(item.text(0)) or not self._delete_design(design_id):
            return
        self.tree.takeTopLevelItem(self.tree.indexOfTopLevelItem(item))
        self.empty_label.setVisible(self.tree.topLevelItemCount() == 0)
        self._update_buttons()
        self.deleted.emit(design_id)

    def _ask(self, name: str) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Delete saved design"),
            self.tr("Delete the saved design “{name}”? This cannot be undone.").format(name=name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _update_buttons(self) -> None:
        chosen = self.tree.currentItem() is not None
        self.open_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

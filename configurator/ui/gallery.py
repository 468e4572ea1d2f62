"""The template gallery: a grid of cards (thumbnail, name, description, process, category) with
search and a category filter, the templates from outside Fabwise not trusted yet (each with
“Review…”), and the list of templates that could not be loaded and why."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QKeyEvent,
    QPainter,
    QPalette,
    QPen,
    QPixmap,
    QStandardItem,
    QStandardItemModel,
)
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from configurator.core.registry import BrokenTemplate, TemplateEntry
from configurator.core.trust import Candidate
from configurator.sdk.product import process_label
from configurator.sweep.store import gallery_summaries
from configurator.ui import theme
from configurator.ui.appearance import follow
from configurator.ui.plain_label import plain_label, plain_tooltip
from configurator.ui.untrusted_templates import UntrustedTemplates

ID_ROLE = Qt.ItemDataRole.UserRole + 1
NAME_ROLE = Qt.ItemDataRole.UserRole + 2
DESCRIPTION_ROLE = Qt.ItemDataRole.UserRole + 3
CATEGORY_ROLE = Qt.ItemDataRole.UserRole + 4
PROCESS_ROLE = Qt.ItemDataRole.UserRole + 5
THUMBNAIL_ROLE = Qt.ItemDataRole.UserRole + 6
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 7
FINGERPRINT_ROLE = Qt.ItemDataRole.UserRole + 8
SWEEP_ROLE = Qt.ItemDataRole.UserRole + 9  # headline of the template's last finished sweep

CARD_SIZE = QSize(250, 250)
THUMB_HEIGHT = 140
ALL_CATEGORIES = QT_TRANSLATE_NOOP("TemplateGallery", "All categories")


def process_text(processes: Iterable[str]) -> str:
    return ", ".join(process_label(p) for p in processes)


class TemplateFilter(QSortFilterProxyModel):
    """Matches the search words against name, description, category, process and tags."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._words: list[str] = []
        self._category = ""

    def set_search(self, text: str) -> None:
        self._begin_change()
        self._words = text.lower().split()
        self._end_change()

    def set_category(self, category: str) -> None:
        self._begin_change()
        self._category = "" if category == ALL_CATEGORIES else category
        self._end_change()

    # Qt 6.9 replaced invalidateFilter() by begin/endFilterChange(); support both.
    def _begin_change(self) -> None:
        if hasattr(self, "beginFilterChange"):
            self.beginFilterChange()

    def _end_change(self) -> None:
        if hasattr(self, "endFilterChange"):
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self.invalidateFilter()

    def filterAcceptsRow(self, row: int, parent: QModelIndex | QPersistentModelIndex) -> bool:
        index = self.sourceModel().index(row, 0, parent)
        if self._category and index.data(CATEGORY_ROLE) != self._category:
            return False
        haystack = str(index.data(SEARCH_ROLE) or "")
        return all(word in haystack for word in self._words)


def wrap_lines(text: str, metrics: QFontMetrics, width: int, max_lines: int) -> list[str]:
    """Word-wrap ``text`` into at most ``max_lines`` lines; the last one ends in … if cut."""
    lines: list[str] = []
    words = text.split()
    while words and len(lines) < max_lines:
        line = words.pop(0)
        while words and metrics.horizontalAdvance(f"{line} {words[0]}") <= width:
            line = f"{line} {words.pop(0)}"
        lines.append(line)
    if words and lines:
        rest = " ".join([lines[-1], *words])
        lines[-1] = metrics.elidedText(rest, Qt.TextElideMode.ElideRight, width)
    return lines


class CardDelegate(QStyledItemDelegate):
    """Paints one template as a card: thumbnail on top, then name, process and description."""

    placeholder = QCoreApplication.translate("CardDelegate", "picture being rendered…")

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        return CARD_SIZE

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = option.rect.adjusted(6, 6, -6, -6)
        palette: QPalette = option.palette
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        hovered = bool(option.state & QStyle.StateFlag.State_MouseOver)
        focused = bool(option.state & QStyle.StateFlag.State_HasFocus)
        colours = theme.current()
        border = (
            palette.color(QPalette.ColorRole.Highlight) if selected or hovered else QColor(colours.border)
        )
        painter.setPen(QPen(QColor(colours.focus), 3) if focused else QPen(border, 1))
        painter.setBrush(palette.color(QPalette.ColorRole.Base))
        painter.drawRoundedRect(rect, 6, 6)

        thumb_rect = QRect(rect.left() + 1, rect.top() + 1, rect.width() - 2, THUMB_HEIGHT)
        pixmap = index.data(THUMBNAIL_ROLE)
        if isinstance(pixmap, QPixmap) and not pixmap.isNull():
            scaled = pixmap.scaled(
                thumb_rect.size(),
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
            x = thumb_rect.left() + (thumb_rect.width() - scaled.width()) // 2
            y = thumb_rect.top() + (thumb_rect.height() - scaled.height()) // 2
            painter.fillRect(thumb_rect, QColor(colours.thumb_background))
            painter.drawPixmap(x, y, scaled)
        else:
            painter.fillRect(thumb_rect, QColor(colours.thumb_background))
            painter.setPen(QColor(colours.thumb_text))
            painter.drawText(thumb_rect, Qt.AlignmentFlag.AlignCenter, self.placeholder)

        text_rect = rect.adjusted(10, THUMB_HEIGHT + 6, -10, -8)
        name_font = QFont(option.font)
        name_font.setBold(True)
        name_font.setPointSizeF(name_font.pointSizeF() * 1.1)
        painter.setFont(name_font)
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        line = painter.fontMetrics().height()
        name = painter.fontMetrics().elidedText(
            str(index.data(NAME_ROLE)), Qt.TextElideMode.ElideRight, text_rect.width()
        )
        painter.drawText(
            QRect(text_rect.left(), text_rect.top(), text_rect.width(), line),
            Qt.AlignmentFlag.AlignLeft,
            name,
        )
        small = QFont(option.font)
        painter.setFont(small)
        small_line = painter.fontMetrics().height()
        top = text_rect.top() + line + 2
        painter.setPen(QColor(colours.status["ok"]))
        meta = self.tr("{data} · {data2}").format(
            data=index.data(CATEGORY_ROLE), data2=index.data(PROCESS_ROLE)
        )
        meta = painter.fontMetrics().elidedText(meta, Qt.TextElideMode.ElideRight, text_rect.width())
        painter.drawText(
            QRect(text_rect.left(), top, text_rect.width(), small_line), Qt.AlignmentFlag.AlignLeft, meta
        )
        top += small_line + 2
        bottom = text_rect.bottom()
        sweep = index.data(SWEEP_ROLE)
        if sweep:  # "2,000 variants checked, 0 failures, footprint 0.3–1.9 kg CO2e"
            bottom -= small_line
            painter.setPen(QColor(colours.status["ok" if ", 0 failures" in str(sweep) else "warning"]))
            line_text = painter.fontMetrics().elidedText(
                str(sweep), Qt.TextElideMode.ElideRight, text_rect.width()
            )
            painter.drawText(
                QRect(text_rect.left(), bottom + 1, text_rect.width(), small_line),
                Qt.AlignmentFlag.AlignLeft,
                line_text,
            )
        painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
        metrics = painter.fontMetrics()
        max_lines = max(0, (bottom - top) // small_line)
        for number, text in enumerate(
            wrap_lines(str(index.data(DESCRIPTION_ROLE)), metrics, text_rect.width(), max_lines)
        ):
            painter.drawText(
                QRect(text_rect.left(), top + number * small_line, text_rect.width(), small_line),
                Qt.AlignmentFlag.AlignLeft,
                text,
            )
        painter.restore()


class CardView(QListView):
    """The grid of cards; Enter (as in any list) and Space open the current card."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Space and self.currentIndex().isValid():
            self.activated.emit(self.currentIndex())
            return
        super().keyPressEvent(event)


class TemplateGallery(QWidget):
    template_chosen = Signal(str)
    review_requested = Signal(object)  # Candidate: an outside template to review and trust

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = QStandardItemModel(self)
        self.proxy = TemplateFilter(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(NAME_ROLE)

        heading = plain_label(self.tr("Choose a product to customise"))
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        heading.setFont(font)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search templates (name, material, process…)"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search templates"))
        self.search.textChanged.connect(self.proxy.set_search)
        self.category = QComboBox()
        self.category.setMinimumWidth(160)
        self.category.setAccessibleName(self.tr("Category"))
        self.category.currentIndexChanged.connect(self._on_category)
        self.count_label = plain_label()
        filters = QHBoxLayout()
        filters.addWidget(self.search, 1)
        filters.addWidget(self.category)
        filters.addWidget(self.count_label)

        self.view = CardView()
        self.view.setAccessibleName(self.tr("Templates"))
        self.view.setViewMode(QListView.ViewMode.IconMode)
        self.view.setResizeMode(QListView.ResizeMode.Adjust)
        self.view.setMovement(QListView.Movement.Static)
        self.view.setUniformItemSizes(True)
        self.view.setSpacing(4)
        self.view.setMouseTracking(True)
        self.view.setWordWrap(True)
        self.delegate = CardDelegate(self.view)
        self.view.setItemDelegate(self.delegate)
        self.view.setModel(self.proxy)
        self.view.activated.connect(self._on_activated)
        self.view.clicked.connect(self._on_activated)

        self.broken_label = plain_label()
        self.broken_label.setWordWrap(True)
        self.broken_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        follow(self._restyle)
        self.broken_label.hide()
        self.untrusted = UntrustedTemplates()
        self.untrusted.review_requested.connect(self.review_requested)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(heading)
        layout.addLayout(filters)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.untrusted)
        layout.addWidget(self.broken_label)
        self.proxy.rowsInserted.connect(self._update_count)
        self.proxy.rowsRemoved.connect(self._update_count)
        self.proxy.modelReset.connect(self._update_count)
        self.proxy.layoutChanged.connect(self._update_count)

    def _restyle(self) -> None:
        self.broken_label.setStyleSheet(f"{theme.current().message('warning').style()} padding: 6px;")
        self.view.viewport().update()

    def set_templates(
        self,
        entries: Iterable[TemplateEntry],
        broken: Iterable[BrokenTemplate] = (),
        untrusted: Iterable[Candidate] = (),
    ) -> None:
        thumbnails = self._thumbnails()
        entries = list(entries)
        sweeps = gallery_summaries((e.template.id, e.template.version) for e in entries)
        self.model.clear()
        categories: set[str] = set()
        for entry in entries:
            template = entry.template
            item = QStandardItem(template.name)
            item.setEditable(False)
            processes = process_text(template.processes)
            item.setData(template.id, ID_ROLE)
            item.setData(template.name, NAME_ROLE)
            item.setData(template.description, DESCRIPTION_ROLE)
            item.setData(template.category, CATEGORY_ROLE)
            item.setData(processes, PROCESS_ROLE)
            search = " ".join(
                [
                    template.name,
                    template.description,
                    template.category,
                    processes,
                    " ".join(template.processes),
                    " ".join(template.tags),
                    template.id,
                ]
            )
            item.setData(search.lower(), SEARCH_ROLE)
            tip = self.tr("{name}\n{description}\nMade by: {processes}").format(
                name=template.name, description=template.description, processes=processes
            )
            sweep = sweeps.get(template.id)
            if sweep:
                item.setData(sweep, SWEEP_ROLE)
                tip += self.tr("\nVariant sweep of version {version}: {sweep}").format(
                    version=template.version, sweep=sweep
                )
            item.setToolTip(plain_tooltip(tip))
            item.setAccessibleText(template.name)
            pixmap = thumbnails.get((template.id, entry.ref.fingerprint))
            if pixmap is not None:  # the same template again (the list was refreshed)
                item.setData(pixmap, THUMBNAIL_ROLE)
            item.setData(entry.ref.fingerprint, FINGERPRINT_ROLE)
            self.model.appendRow(item)
            categories.add(template.category)
        self.proxy.sort(0)
        chosen = self.category.currentText() if self.category.currentIndex() > 0 else ""
        self.category.blockSignals(True)
        self.category.clear()
        self.category.addItem(self.tr(str(ALL_CATEGORIES)))  # index 0: every category
        self.category.addItems(sorted(categories))
        if chosen not in categories:  # kept when the list is refreshed (a template reloaded)
            chosen = ""
        self.category.setCurrentIndex(self.category.findText(chosen) if chosen else 0)
        self.category.blockSignals(False)
        self.proxy.set_category(chosen)
        self._show_broken(list(broken))
        self.untrusted.set_candidates(untrusted)
        self._update_count()

    def _on_category(self, index: int) -> None:
        self.proxy.set_category(self.category.itemText(index) if index > 0 else "")

    def _thumbnails(self) -> dict[tuple[str, str], QPixmap]:
        found = {}
        for row in range(self.model.rowCount()):
            item = self.model.item(row)
            pixmap = item.data(THUMBNAIL_ROLE)
            if isinstance(pixmap, QPixmap):
                found[(str(item.data(ID_ROLE)), str(item.data(FINGERPRINT_ROLE)))] = pixmap
        return found

    def _show_broken(self, broken: list[BrokenTemplate]) -> None:
        if not broken:
            self.broken_label.hide()
            return
        lines = [self.tr("{n_broken} template(s) could not be loaded:").format(n_broken=len(broken))]
        for item in broken:
            where = item.file or item.location
            lines.append(
                self.tr("• {name}: {reason} ({where})").format(
                    name=item.name, reason=item.reason, where=where
                )
            )
        self.broken_label.setText("\n".join(lines))
        self.broken_label.show()

    def set_thumbnail(self, template_id: str, pixmap: QPixmap) -> None:
        for row in range(self.model.rowCount()):
            item = self.model.item(row)
            if item.data(ID_ROLE) == template_id:
                item.setData(pixmap, THUMBNAIL_ROLE)

    def template_ids(self) -> list[str]:
        """The ids of the cards currently shown (after search and filter), in order."""
        return [str(self.proxy.index(row, 0).data(ID_ROLE)) for row in range(self.proxy.rowCount())]

    def choose(self, template_id: str) -> None:
        """Open ``template_id`` as a click on its card would."""
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if index.data(ID_ROLE) == template_id:
                self.view.setCurrentIndex(index)
                self._on_activated(index)
                return
        raise KeyError(f"no card for template {template_id!r}")

    def _on_activated(self, index: QModelIndex) -> None:
        template_id = index.data(ID_ROLE)
        if template_id:
            self.template_chosen.emit(str(template_id))

    def _update_count(self, *_args: object) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        self.count_label.setText(
            self.tr("{shown} of {total}").format(shown=shown, total=total)
            if shown != total
            else self.tr("{total} templates").format(total=total)
        )

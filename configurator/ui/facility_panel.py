"""The facility panel: where you are, which workshops nearby can make the design, and why the
others cannot. Choosing one sets where the eco figures and the export assume it is made."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from configurator.app.making import is_example, website_of
from configurator.sdk.product import process_label
from configurator.ui.collapsible import CollapsibleSection
from configurator.ui.facility_finder import FacilityAnswer, quote_line, quoted
from configurator.ui.plain_label import plain_label, plain_tooltip

FACILITY_ROLE = Qt.ItemDataRole.UserRole + 1
DISTANCE_ROLE = Qt.ItemDataRole.UserRole + 2
EXAMPLES_HEADING = QT_TRANSLATE_NOOP(
    "FacilityPanel", "Example workshops — fictional, to try Fabwise; not real businesses"
)


def _muted(text: str = "") -> QLabel:
    label = plain_label(text)
    label.setWordWrap(True)
    label.setStyleSheet("color: palette(placeholder-text);")
    return label


def facility_tooltip(facility: Any) -> str:
    lines = [facility.name, facility.location.label()]
    for machine in facility.machines:
        size = (
            "×".join(f"{v:g}" for v in machine.envelope_mm) + " mm"
            if machine.envelope_mm
            else QCoreApplication.translate("facility_panel", "size unknown")
        )
        lines.append(
            QCoreApplication.translate("facility_panel", "• {get}: {name} ({size})").format(
                get=process_label(machine.process), name=machine.name, size=size
            )
        )
    lines.append(
        QCoreApplication.translate("facility_panel", "Electricity: {describe}").format(
            describe=facility.electricity.describe()
        )
    )
    website = website_of(facility)
    if website:
        lines.append(
            QCoreApplication.translate("facility_panel", "Website: {website}").format(website=website)
        )
    if facility.source is not None:
        licence = (
            QCoreApplication.translate("facility_panel", ", {licence}").format(
                licence=facility.source.licence
            )
            if facility.source.licence
            else ""
        )
        lines.append(
            QCoreApplication.translate("facility_panel", "Source: {name}{licence}").format(
                name=facility.source.name, licence=licence
            )
        )
    return plain_tooltip("\n".join(lines))


class FacilityPanel(QWidget):
    search_requested = Signal(str, str)  # place text, sort ("distance" or "footprint")
    facility_chosen = Signal(object)  # Facility, or None to clear
    prices_requested = Signal()  # edit the chosen workshop's prices, lead time, printer profile
    contact_requested = Signal(object)  # Facility: write to it (a pre-filled e-mail)
    website_requested = Signal(object)  # Facility: open its website

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.answer: FacilityAnswer | None = None
        self.place = QLineEdit()
        self.place.setPlaceholderText(self.tr("Your town, e.g. Lyon, FR"))
        self.place.setToolTip(
            self.tr(
                "A city ('Lyon, FR'), a country, or coordinates 'lat,lon'. Looked up offline in GeoNames."
            )
        )
        self.place.returnPressed.connect(self.request_search)
        self.find_button = QPushButton(self.tr("Find"))
        self.find_button.clicked.connect(self.request_search)
        self.sort = QComboBox()
        self.sort.addItem(self.tr("Nearest first"), "distance")
        self.sort.addItem(self.tr("Lowest footprint first"), "footprint")
        self.sort.setAccessibleName(self.tr("Sort workshops"))
        self.sort.activated.connect(lambda _i: self.request_search())
        search_row = QHBoxLayout()
        search_row.addWidget(self.place, 1)
        search_row.addWidget(self.find_button)
        self.show_examples = QCheckBox(self.tr("Show example workshops"))
        self.show_examples.setToolTip(
            self.tr(
                "Fabwise ships a few fictional, fully described workshops to show how "
                "the flow works. They are not real businesses: they are listed last, "
                "labelled, and never suggested by the eco guide."
            )
        )
        self.show_examples.toggled.connect(self._on_show_examples)

        self.status = _muted("Enter where you are to find workshops that can make this design.")
        self.chosen = plain_label(self.tr("Made at: no facility chosen"))
        self.chosen.setWordWrap(True)
        font = self.chosen.font()
        font.setBold(True)
        self.chosen.setFont(font)
        self.clear_button = QPushButton(self.tr("Clear"))
        self.clear_button.setToolTip(self.tr("Make no assumption about the workshop"))
        self.clear_button.clicked.connect(lambda: self.facility_chosen.emit(None))
        self.clear_button.setEnabled(False)
        self.prices_button = QPushButton(self.tr("Prices…"))
        self.prices_button.setToolTip(
            self.tr("Record this workshop's own prices, lead time and printer profile (used by its quotes)")
        )
        self.prices_button.clicked.connect(self.prices_requested.emit)
        self.prices_button.setEnabled(False)
        chosen_row = QHBoxLayout()
        chosen_row.addWidget(self.chosen, 1)
        chosen_row.addWidget(self.prices_button)
        chosen_row.addWidget(self.clear_button)
        self.contact_button = QPushButton(self.tr("Contact…"))
        self.contact_button.setToolTip(
            self.tr("Write to the chosen workshop: an e-mail naming your design and its production package")
        )
        self.contact_button.clicked.connect(lambda: self._emit_for_chosen(self.contact_requested))
        self.website_button = QPushButton(self.tr("Website"))
        self.website_button.setToolTip(self.tr("Open the chosen workshop's website"))
        self.website_button.clicked.connect(lambda: self._emit_for_chosen(self.website_requested))
        for button in (self.contact_button, self.website_button):
            button.setEnabled(False)
        act_row = QHBoxLayout()
        act_row.addWidget(self.contact_button)
        act_row.addWidget(self.website_button)
        act_row.addStretch(1)
        self._chosen: Any = None

        self.capable = QListWidget()
        self.capable.setWordWrap(True)
        self.capable.setAlternatingRowColors(True)
        self.capable.setAccessibleName(self.tr("Workshops that can make this design"))
        self.capable.itemActivated.connect(self._on_item_chosen)
        self.capable.itemDoubleClicked.connect(self._on_item_chosen)
        self.use_button = QPushButton(self.tr("Make it here"))
        self.use_button.setEnabled(False)
        self.use_button.clicked.connect(lambda: self._on_item_chosen(self.capable.currentItem()))
        self.capable.currentItemChanged.connect(
            lambda item, _prev: self.use_button.setEnabled(
                item is not None and item.data(FACILITY_ROLE) is not None
            )
        )
        self.incapable_section = CollapsibleSection(self.tr("Cannot make this design"))
        self.incapable = QListWidget()
        self.incapable.setWordWrap(True)
        self.incapable.setAccessibleName(self.tr("Workshops that cannot make this design"))
        QVBoxLayout(self.incapable_section.body).addWidget(self.incapable)
        self.incapable_section.set_expanded(False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(chosen_row)
        layout.addLayout(act_row)
        where = plain_label(self.tr("Where are you?"))
        where.setBuddy(self.place)  # its name for screen readers
        layout.addWidget(where)
        layout.addLayout(search_row)
        layout.addWidget(self.sort)
        layout.addWidget(self.show_examples)
        layout.addWidget(self.status)
        layout.addWidget(self.capable, 2)
        layout.addWidget(self.use_button)
        layout.addWidget(self.incapable_section, 1)

    def request_search(self) -> None:
        text = self.place.text().strip()
        if not text:
            self.status.setText(self.tr("Enter a town or 'lat,lon' first."))
            return
        self.status.setText(self.tr("Looking for workshops near {text}…").format(text=text))
        self.search_requested.emit(text, str(self.sort.currentData()))

    def _on_show_examples(self, _on: bool) -> None:
        if self.place.text().strip() and self.answer is not None:
            self.request_search()

    @staticmethod
    def _row(answer: FacilityAnswer, match: Any) -> tuple[str, str]:
        """A capable workshop's list line and tooltip (with its quote once it is known)."""
        facility = match.facility
        distance = (
            QCoreApplication.translate("FacilityPanel", "{distance_km:.0f} km").format(
                distance_km=match.distance_km
            )
            if match.distance_km is not None
            else "?"
        )
        line = QCoreApplication.translate("FacilityPanel", "{name} — {label} · {distance}").format(
            name=facility.name, label=facility.location.label(), distance=distance
        )
        footprint = answer.footprints.get(facility.id)
        if footprint is not None:
            line += QCoreApplication.translate("FacilityPanel", " · {value:.0f} g CO2e").format(
                value=footprint * 1000
            )
        quote = answer.quotes.get(facility.id)
        if quote is not None:
            line += f"\n   {quote_line(quote)}"
        elif answer.search.result is not None and any(
            m.facility.id == facility.id for m in quoted(answer.capable)
        ):
            line += QCoreApplication.translate("FacilityPanel", "\n   quote: slicing and pricing…")
        if match.caveats:
            line += "\n   " + "; ".join(match.caveats)
        tooltip = facility_tooltip(facility)
        if quote is not None and not isinstance(quote, str):
            tooltip += "\n\n" + quote.render()
        return line, tooltip

    def show_quotes(self, answer: FacilityAnswer) -> None:
        """Add the quotes to the rows in place (the selection stays)."""
        if answer is not self.answer:
            return
        for match in answer.capable:
            item = self.item_for(match.facility.id)  # rows by workshop: headings are rows too
            if item is not None:
                line, tooltip = self._row(answer, match)
                item.setText(line)
                item.setToolTip(tooltip)

    def show_answer(self, answer: FacilityAnswer) -> None:
        self.answer = answer
        self.capable.clear()
        self.incapable.clear()
        heading_shown = False
        for match in answer.capable:
            if is_example(match.facility) and not heading_shown:
                heading_shown = True
                heading = QListWidgetItem(self.tr(str(EXAMPLES_HEADING)))
                heading.setFlags(Qt.ItemFlag.NoItemFlags)
                font = heading.font()
                font.setBold(True)
                heading.setFont(font)
                self.capable.addItem(heading)
            line, tooltip = self._row(answer, match)
            item = QListWidgetItem(line)
            item.setData(FACILITY_ROLE, match.facility)
            item.setData(DISTANCE_ROLE, match.distance_km)
            item.setToolTip(tooltip)
            self.capable.addItem(item)
        for match in answer.incapable[:200]:
            distance = (
                self.tr(" · {distance_km:.0f} km").format(distance_km=match.distance_km)
                if match.distance_km is not None
                else ""
            )
            item = QListWidgetItem(
                self.tr("{name}{distance}: {join}").format(
                    name=match.facility.name, distance=distance, join="; ".join(match.reasons)
                )
            )
            item.setToolTip(facility_tooltip(match.facility))
            self.incapable.addItem(item)
        self.incapable_section.header.setText(
            self.tr("Cannot make this design ({n_incapable})").format(n_incapable=len(answer.incapable))
        )
        self.status.setText(f"{answer.summary()} {answer.place_note}".strip())

    def show_failure(self, error: str) -> None:
        """The search failed (e.g. an unknown place): say why, and show no other place's list."""
        self.answer = None
        self.capable.clear()
        self.incapable.clear()
        self.incapable_section.header.setText(self.tr("Cannot make this design"))
        self.status.setText(self.tr("Could not search: {error}").format(error=error))

    def show_chosen(self, facility: Any | None, distance_km: float | None) -> None:
        if facility is None:
            self.chosen.setText(self.tr("Made at: no facility chosen"))
            self.clear_button.setEnabled(False)
            self.prices_button.setEnabled(False)
            self._chosen = None
            self.contact_button.setEnabled(False)
            self.website_button.setEnabled(False)
            return
        distance = (
            self.tr(" ({distance_km:.0f} km away)").format(distance_km=distance_km)
            if distance_km is not None
            else ""
        )
        self.chosen.setText(
            self.tr("Made at: {name}{distance}").format(name=facility.name, distance=distance)
        )
        self.chosen.setToolTip(facility_tooltip(facility))
        self.clear_button.setEnabled(True)
        self.prices_button.setEnabled(True)
        self._chosen = facility
        self.contact_button.setEnabled(True)
        self.website_button.setEnabled(bool(website_of(facility)))

    def _emit_for_chosen(self, signal: Any) -> None:
        if self._chosen is not None:
            signal.emit(self._chosen)

    def _on_item_chosen(self, item: QListWidgetItem | None) -> None:
        if item is not None:
            self.facility_chosen.emit(item.data(FACILITY_ROLE))

    def item_for(self, facility_id: str) -> QListWidgetItem | None:
        """The list row of the capable workshop ``facility_id`` (headings are rows too)."""
        for row in range(self.capable.count()):
            item = self.capable.item(row)
            if getattr(item.data(FACILITY_ROLE), "id", None) == facility_id:
                return item
        return None

    def choose_row(self, row: int) -> None:
        """Choose the ``row``-th capable facility of the answer as a user would."""
        assert self.answer is not None
        item = self.item_for(self.answer.capable[row].facility.id)
        assert item is not None
        self.capable.setCurrentItem(item)
        self.use_button.click()

"""Connects the facility panel, the facility finder and the eco controller: where the design is
made (an undoable choice) and which nearby workshops could make it instead."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from configurator.app.making import guide_alternatives, order_candidates, part_requirements
from configurator.ui.facility_finder import FacilityAnswer, FacilityFinder, FacilitySearch
from configurator.ui.making import Alternative, MakingChoice
from configurator.ui.undo_commands import CallbackCommand

if TYPE_CHECKING:
    from PySide6.QtGui import QUndoStack

    from configurator.core.designs import Design
    from configurator.ui.eco_controller import EcoController
    from configurator.ui.facility_panel import FacilityPanel
    from configurator.ui.session import DesignSession


def open_url(url: str) -> bool:
    """Open ``url`` with the desktop's program for it; False if there is none. (Tests replace
    this function.)"""
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QDesktopServices

    return bool(QDesktopServices.openUrl(QUrl(url)))


class MakingController(QObject):
    facility_changed = Signal(object)  # Facility or None

    def __init__(
        self,
        session: DesignSession,
        eco: EcoController,
        panel: FacilityPanel,
        undo_stack: QUndoStack,
        store_factory: Callable[[], Any] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.document = session.document
        self.eco = eco
        self.undo_stack = undo_stack
        self.finder = FacilityFinder(store_factory, self)
        self.panel = panel
        self.answer: FacilityAnswer | None = None
        self._pending_facility: str | None = None
        self._last_parts: tuple[Any, ...] | None = None
        self.panel.search_requested.connect(self.search)
        self.panel.facility_chosen.connect(self.request_facility)
        self.panel.prices_requested.connect(self.edit_prices)
        self.panel.contact_requested.connect(self.contact)
        self.panel.website_requested.connect(self.open_website)
        self.last_package: str | None = None  # the newest package exported (named in e-mails)
        session.opening.connect(lambda: setattr(self, "last_package", None))
        self.finder.answered.connect(self._on_answer)
        self.finder.failed.connect(self._on_failure)
        self.finder.quoted.connect(self.panel.show_quotes)
        self.finder.fetched.connect(self.apply_facility)
        self.finder.saved.connect(self._on_saved)
        self.finder.save_failed.connect(
            lambda error: self.panel.show_failure(self.tr("prices not saved: {error}").format(error=error))
        )
        self.panel.place.textChanged.connect(self.document.set_place)
        self.document.set_place(self.panel.place.text())
        eco.report_ready.connect(lambda _report: self._design_changed())
        session.design_opened.connect(self._on_design_opened)

    @property
    def making(self) -> MakingChoice:
        return self.eco.making

    def _on_design_opened(self, design: Design) -> None:
        if design.place or design.facility_id:
            self.restore(design.place, design.facility_id)

    # -------------------------------------------------------------- search
    def search(self, place: str, sort_by: str = "distance") -> None:
        result = self.session.result
        parts = tuple(part_requirements(result)) if result is not None else ()
        self._last_parts = parts
        self.finder.find(
            FacilitySearch(
                place, parts, sort_by, result, self.making.transport, self.panel.show_examples.isChecked()
            )
        )

    def _design_changed(self) -> None:
        """Re-match when the parts changed (sizes, materials, processes) and a place is known."""
        result = self.session.result
        place = self.document.place
        if result is None or not place or self.answer is None:
            return
        parts = tuple(part_requirements(result))
        if parts != self._last_parts:
            self.search(place, str(self.panel.sort.currentData()))

    def contact(self, facility: Any) -> str:
        """Open a pre-filled e-mail to ``facility`` naming the design and its package; when no
        e-mail program is registered, say so and put the text on the clipboard. Returns the
        ``mailto:`` address."""
        from configurator.app.making import contact_message, mailto_url

        subject, body = contact_message(facility, self.document.title, self.last_package)
        url = mailto_url(subject, body)
        if not open_url(url):
            from PySide6.QtWidgets import QApplication

            QApplication.clipboard().setText(f"{subject}\n\n{body}")
            self.panel.status.setText(
                self.tr(
                    "No e-mail program is set up here: the message is on the clipboard to "
                    "paste into your e-mail."
                )
            )
        return url

    def open_website(self, facility: Any) -> None:
        from configurator.app.making import website_of

        url = website_of(facility)
        if url and not open_url(url):
            from PySide6.QtWidgets import QApplication

            QApplication.clipboard().setText(url)
            self.panel.status.setText(
                self.tr("No web browser is set up here: {url} is on the clipboard.").format(url=url)
            )

    def _on_failure(self, error: str) -> None:
        self.answer = None  # no other place's workshops stay offered
        self.panel.show_failure(error)

    def _on_answer(self, answer: FacilityAnswer) -> None:
        self.answer = answer
        self.panel.show_answer(answer)
        facility = self.making.facility
        pending, self._pending_facility = self._pending_facility, None
        if pending is not None:
            match = self._match(pending)
            if match is not None:
                self.apply_facility(match.facility)
                return
            self._fetch_and_apply(pending)
            return
        self.apply_facility(facility, record=False)

    def _match(self, facility_id: str) -> Any:
        if self.answer is None:
            return None
        for match in (*self.answer.capable, *self.answer.incapable):
            if match.facility.id == facility_id:
                return match
        return None

    def _fetch_and_apply(self, facility_id: str) -> None:
        self.finder.fetch(facility_id)  # a facility that no longer exists: stay without one

    # -------------------------------------------------------------- choice
    def request_facility(self, facility: Any | None) -> None:
        """The user picked a workshop (or cleared it): an undoable change."""
        before = self.making.facility
        if (before.id if before else None) == (facility.id if facility else None):
            return
        text = (
            self.tr("Make at {name}").format(name=facility.name)
            if facility is not None
            else self.tr("Clear workshop")
        )
        self.undo_stack.push(CallbackCommand(self.apply_facility, before, facility, text))

    def apply_facility(self, facility: Any | None, record: bool = True) -> None:
        distance = None
        if facility is not None:
            match = self._match(facility.id)
            distance = match.distance_km if match is not None else None
        answer = self.answer
        making = MakingChoice(
            facility=facility,
            distance_km=distance,
            place_label=answer.place_label if answer else "",
            place_country=answer.place_country if answer else None,
            transport=self.making.transport,
            alternatives=self.alternatives(facility),
            origin=answer.origin if answer else None,
            nearby=self.nearby(),
        )
        self.panel.show_chosen(facility, distance)
        changed = (
            making != self.making
            or making.alternatives != self.making.alternatives
            or making.nearby != self.making.nearby
        )
        if changed:
            self.eco.set_making(making)
        self.document.set_facility(facility.id if facility is not None else None)
        if record:
            self.facility_changed.emit(facility)

    def edit_prices(self) -> None:
        """Let the user record the chosen workshop's prices; saved in the store's thread."""
        from configurator.ui.facility_prices_dialog import open_prices_dialog

        facility = self.making.facility
        if facility is None:
            return
        edited = open_prices_dialog(facility, self.panel)
        if edited is not None:
            self.save_facility(edited)

    def save_facility(self, facility: Any) -> None:
        """Store ``facility`` (its record keeps the user's edits), then use it and re-quote."""
        self.finder.save(facility)

    def _on_saved(self, facility: Any) -> None:
        self.apply_facility(facility, record=False)
        place = self.panel.place.text().strip()
        if place and self.answer is not None:
            self.search(place, str(self.panel.sort.currentData()))  # fresh quotes

    def alternatives(self, chosen: Any | None = None) -> list[Alternative]:
        """The workshops the guide compares with ``chosen`` (the policy the CLI uses too:
        guide_alternatives)."""
        if self.answer is None:
            return []
        result = self.session.result
        parts = part_requirements(result) if result is not None else []
        found = guide_alternatives(
            [(m.facility, m.distance_km) for m in self.answer.capable],
            parts,
            chosen_id=chosen.id if chosen is not None else None,
        )
        return [Alternative(facility, km) for facility, km in found]

    def nearby(self) -> list[Any]:
        """The workshops the guide may split the order across: the search's own results (no
        second search), real ones near the user (order_candidates)."""
        if self.answer is None:
            return []
        matches = (*self.answer.capable, *self.answer.incapable)
        return order_candidates((m.facility, m.distance_km) for m in matches)

    def alternative(self, facility_id: str) -> Any:
        """The compared workshop with ``facility_id`` (the guide names workshops by id: two can
        share a name), or None."""
        for alternative in self.making.alternatives:
            if alternative.facility.id == facility_id:
                return alternative.facility
        return None

    def restore(self, place: str, facility_id: str | None) -> None:
        """Set the place and workshop saved with a design (not an undoable step)."""
        self.panel.place.setText(place)
        self._pending_facility = facility_id
        if place:
            self.search(place, str(self.panel.sort.currentData()))
        elif facility_id:
            self._fetch_and_apply(facility_id)

    def close(self) -> None:
        self.finder.close()

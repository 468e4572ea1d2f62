"""File → Order across workshops…: one workshop or a split, compared, then one package each.

A thin dialog over :func:`configurator.app.order.propose_order` and
:func:`~configurator.app.order.export_order`. It plans for the current design from the user's
place (the one in Make it), shows the best single workshop and the best split with their
footprint and the guide's advice, lets the user move any part to another capable workshop, and
exports one package per workshop plus the assembly sheet, which it then shows. Planning and
exporting run off the GUI thread; the facility store is opened on that thread.
"""

from __future__ import annotations

import threading
from html import escape
from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from configurator.core.service import BuildService
from configurator.sdk.errors import FabwiseError

AUTO = "(best plan)"
CHOICES_PER_PART = 6


def _km(value: float | None) -> str:
    from eco_rules.numbers import km_text

    return "distance unknown" if value is None else km_text(value)


def proposal_html(proposal: Any, place: str) -> str:
    """Both plans, their footprints and the guide's advice, as simple HTML for the dialog."""
    from configurator.app.order import co2e_text

    def plan(title: str, plan: Any, footprint: Any) -> str:
        rows = "".join(
            f"<tr><td>{escape(leg.facility.name)}</td><td>{escape(_km(leg.distance_km))}</td>"
            f"<td>{escape(', '.join(leg.parts))}</td></tr>"
            for leg in plan.legs
        )
        fp = (
            (
                f"<p>{co2e_text(footprint.total_kg.value)}, of which transport "
                f"{co2e_text(footprint.transport_kg.value)} over {len(footprint.legs)} "
                "leg(s)</p>"
            )
            if footprint is not None
            else ""
        )
        chosen = " (chosen)" if plan is proposal.chosen else ""
        return (
            f"<h3>{escape(title)}{chosen}</h3><table border='1' cellspacing='0' "
            f"cellpadding='3'><tr><th>Workshop</th><th>To you</th><th>Parts</th></tr>"
            f"{rows}</table>{fp}"
        )

    options = proposal.options
    parts = [f"<p>From {escape(place)}.</p>"]
    if options.single is not None:
        parts.append(plan("One workshop", options.single, proposal.single))
    else:
        parts.append("<h3>One workshop</h3><p>No workshop Fabwise knows can make every part.</p>")
    if options.split is not None and not options.split.single:
        parts.append(plan(f"Split across {len(options.split.legs)} workshops", options.split, proposal.split))
    else:
        parts.append("<h3>Split</h3><p>No split is shorter than one workshop.</p>")
    advice = proposal.advice()
    if advice:
        parts.append(f"<p><b>Guide:</b> {escape(advice)}.</p>")
    parts.append(
        "<p><i>Distances are straight lines from each workshop to you; transport is "
        "counted once per leg. Footprints here are estimated from the parts' volume; "
        "the packages use the sliced jobs and carry each workshop's quote.</i></p>"
    )
    return "".join(parts)


class OrderDialog(QDialog):
    planned = Signal(object, object)  # OrderProposal, {part: [(facility id, name, km)]}
    exported = Signal(object)  # OrderExport
    failed = Signal(object)  # FabwiseError

    def __init__(
        self, service: BuildService, session: Any, place: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Order across workshops")
        self.resize(760, 620)
        self.service = service
        self.session = session
        self.proposal: Any = None
        self.last_export: Any = None
        self.mesh_quality: str | None = None  # tests set "coarse" to keep exports quick
        self.running: threading.Thread | None = None
        self.place = QLineEdit(place)
        self.place.setPlaceholderText("Lyon, FR  or  45.76,4.84")
        self.single_only = QCheckBox("One workshop for every part")
        self.plan_button = QPushButton("Plan")
        self.export_button = QPushButton("Export packages…")
        self.export_button.setEnabled(False)
        self.status = QLabel("Where are you? Then Plan.")
        self.status.setWordWrap(True)
        self.browser = QTextBrowser()
        self.assign_box = QWidget()
        self.assign_form = QFormLayout(self.assign_box)
        self.assign_combos: dict[str, QComboBox] = {}
        top = QHBoxLayout()
        top.addWidget(QLabel("You are in:"))
        top.addWidget(self.place, 1)
        top.addWidget(self.single_only)
        top.addWidget(self.plan_button)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.export_button)
        close = QPushButton("Close")
        close.clicked.connect(self.reject)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.browser, 1)
        layout.addWidget(QLabel("Who makes which part (choose to move a part):"))
        layout.addWidget(self.assign_box)
        layout.addLayout(buttons)
        self.plan_button.clicked.connect(lambda: self.plan())
        self.place.returnPressed.connect(lambda: self.plan())
        self.export_button.clicked.connect(self.choose_folder)
        self.planned.connect(self._on_planned)
        self.exported.connect(self._on_exported)
        self.failed.connect(self._on_failed)

    # ------------------------------------------------------------------ planning
    def assignments(self) -> dict[str, str]:
        return {
            part: str(combo.currentData())
            for part, combo in self.assign_combos.items()
            if combo.currentData() is not None
        }

    def plan(self) -> bool:
        result = self.session.result
        if result is None:
            self.status.setText("Wait for the design to be built first.")
            return False
        if self._busy():
            return False
        place = self.place.text().strip()
        if not place:
            self.status.setText("Type where you are first.")
            return False
        self.status.setText("Planning…")
        self._start(self._plan_job, result, place, self.assignments(), self.single_only.isChecked())
        return True

    def _plan_job(self, result: Any, place: str, assign: dict[str, str], single: bool) -> None:
        from configurator.app.making import part_requirements
        from configurator.app.order import propose_order
        from configurator.core.facilities.gazetteer import haversine_km
        from configurator.core.facilities.geocode import resolve_user_location
        from configurator.core.facilities.matching import assess_facility
        from configurator.core.facilities.store import FacilityStore

        here = resolve_user_location(place)
        from configurator.app.making import offered_or_chosen

        with FacilityStore() as store:  # example workshops only where the user assigned them
            facilities = offered_or_chosen(store.search(placed_only=True), assign.values())
        origin = (here.lat, here.lon)
        proposal = propose_order(result, facilities, origin=origin, assign=assign, single_only=single)
        choices: dict[str, list[tuple[str, str, float | None]]] = {}

        def km(facility: Any) -> float:
            where = facility.location
            return haversine_km(origin[0], origin[1], where.lat or 0.0, where.lon or 0.0)

        by_distance = sorted(facilities, key=km)
        for part in part_requirements(result):
            able = [f for f in by_distance if not assess_facility(f, [part])[0]]
            choices[part.name] = [(f.id, f.name, km(f)) for f in able[:CHOICES_PER_PART]]
        self.planned.emit(proposal, {"place": here.label, "choices": choices})

    def _on_planned(self, proposal: Any, extra: dict[str, Any]) -> None:
        self.running = None  # its work is done (the thread is only returning)
        self.proposal = proposal
        self.browser.setHtml(proposal_html(proposal, extra["place"]))
        assign = self.assignments()
        for part, choices in extra["choices"].items():
            combo = self.assign_combos.get(part)
            if combo is None:
                combo = QComboBox()
                self.assign_combos[part] = combo
                self.assign_form.addRow(part, combo)
                combo.activated.connect(lambda _index: self.plan())
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(f"{AUTO}: {proposal.chosen.facility_for(part).name}", None)
            for facility_id, name, km in choices:
                combo.addItem(f"{name} ({_km(km)})", facility_id)
            if part in assign:
                index = combo.findData(assign[part])
                combo.setCurrentIndex(max(index, 0))
            combo.blockSignals(False)
        legs = len(proposal.chosen.legs)
        self.status.setText(
            f"Planned: {legs} workshop(s). Export writes one package each and an assembly sheet for you."
        )
        self.export_button.setEnabled(True)

    # ------------------------------------------------------------------ export
    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, "Folder for the order")
        if folder:
            self.export_to(Path(folder) / self._folder_name(Path(folder)))

    def _folder_name(self, parent: Path) -> str:
        base = f"{self.session.template.id}-order" if self.session.template else "order"
        name, number = base, 2
        while (parent / name).exists():
            name, number = f"{base}-{number}", number + 1
        return name

    def export_to(self, folder: Path) -> bool:
        if self.proposal is None or self._busy():
            return False
        template = self.session.template
        if template is None:
            return False
        request = self.service.request(template.id, self.session.document.valid_values())
        self.status.setText(f"Exporting to {folder}…")
        self._start(self._export_job, request, self.proposal, folder)
        return True

    def _export_job(self, request: Any, proposal: Any, folder: Path) -> None:
        from configurator.app.order import export_order

        self.exported.emit(
            export_order(self.service, request, proposal.chosen, folder, mesh_quality=self.mesh_quality)
        )

    def _on_exported(self, result: Any) -> None:
        self.running = None
        self.last_export = result
        self.browser.setHtml(result.assembly.read_text(encoding="utf-8"))
        names = ", ".join(p.name for _, p in result.packages)
        self.status.setText(f"Wrote {names} and the assembly sheet (shown) to {result.folder}.")

    # ------------------------------------------------------------------ plumbing
    def _busy(self) -> bool:
        if self.running is not None and self.running.is_alive():
            self.status.setText("Still working…")
            return True
        return False

    def _start(self, job: Any, *args: Any) -> None:
        def run() -> None:
            try:
                job(*args)
            except FabwiseError as exc:
                self.failed.emit(exc)
            except Exception as exc:  # a bug: report it rather than lose it in the thread
                self.failed.emit(FabwiseError(f"unexpected error: {exc}", hint="please report it"))

        self.running = threading.Thread(target=run, daemon=True, name="fabwise-order")
        self.running.start()

    def _on_failed(self, error: FabwiseError) -> None:
        self.running = None
        hint = f" ({error.hint})" if error.hint else ""
        self.status.setText(f"{error.message}{hint}")

    def wait(self, timeout: float = 120.0) -> None:
        if self.running is not None:
            self.running.join(timeout)

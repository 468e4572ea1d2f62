"""File → Order across workshops…: one workshop or a split, compared, then one package each.

A thin dialog over :func:`configurator.app.order.propose_order` and
:func:`~configurator.app.order.export_order`. It plans for the current design from the user's
place (the one in Make it), ranks the plans by delivery distance, footprint or price (the
"Rank by" choice: the app layer's rule, the same as ``fabwise order --rank``), shows the best
single workshop and the best split with their footprint (and price) and the guide's advice, lets
the user move any part to another capable workshop, and exports one package per workshop plus the
assembly sheet, which it then shows. Planning and exporting run on the app's task bridge
(:mod:`configurator.ui.tasks`): a newer plan supersedes an older one, an export waits for
nothing else; the facility store is opened on the task's thread.
"""

from __future__ import annotations

from html import escape
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
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

from configurator.core.facilities.split import RANKS
from configurator.core.service import BuildService
from configurator.core.tasks import Task, TaskOutcome
from configurator.sdk.errors import FabwiseError
from configurator.ui.tasks import TaskBridge

AUTO = QT_TRANSLATE_NOOP("OrderDialog", "(best plan)")
CHOICES_PER_PART = 6


def _km(value: float | None) -> str:
    from eco_rules.numbers import km_text

    return QCoreApplication.translate("order_dialog", "distance unknown") if value is None else km_text(value)


def proposal_html(proposal: Any, place: str) -> str:
    """Both plans, their footprints (and prices when ranked by price) and the guide's advice, as
    simple HTML for the dialog."""
    from configurator.app.order import co2e_text

    def plan(title: str, plan: Any, footprint: Any) -> str:
        rows = "".join(
            f"<tr><td>{escape(leg.facility.name)}</td><td>{escape(_km(leg.distance_km))}</td>"
            f"<td>{escape(', '.join(leg.parts))}</td></tr>"
            for leg in plan.legs
        )
        fp = (
            (
                QCoreApplication.translate(
                    "order_dialog", "<p>{co2e_text}, of which transport {co2e_text2} over {n_legs} leg(s)</p>"
                ).format(
                    co2e_text=co2e_text(footprint.total_kg.value),
                    co2e_text2=co2e_text(footprint.transport_kg.value),
                    n_legs=len(footprint.legs),
                )
            )
            if footprint is not None
            else ""
        )
        price = proposal.price_of(plan)
        cost = (
            QCoreApplication.translate("order_dialog", "<p>Price: {escape}</p>").format(
                escape=escape(price.text())
            )
            if price is not None
            else ""
        )
        chosen = " (chosen)" if plan is proposal.chosen else ""
        return QCoreApplication.translate(
            "order_dialog",
            "<h3>{escape}{chosen}</h3><table border='1' cellspacing='0' "
            "cellpadding='3'><tr><th>Workshop</th><th>To "
            "you</th><th>Parts</th></tr>{rows}</table>{fp}{cost}",
        ).format(escape=escape(title), chosen=chosen, rows=rows, fp=fp, cost=cost)

    parts = [
        QCoreApplication.translate("order_dialog", "<p>From {escape}; plans ranked by {escape2}.</p>").format(
            escape=escape(place), escape2=escape(RANKS[proposal.rank])
        )
    ]
    if proposal.single_plan is not None:
        parts.append(
            plan(
                QCoreApplication.translate("order_dialog", "One workshop"),
                proposal.single_plan,
                proposal.single,
            )
        )
    else:
        parts.append(
            QCoreApplication.translate(
                "order_dialog", "<h3>One workshop</h3><p>No workshop Fabwise knows can make every part.</p>"
            )
        )
    split = proposal.split_plan
    if split is not None:
        parts.append(
            plan(
                QCoreApplication.translate("order_dialog", "Split across {n_legs} workshops").format(
                    n_legs=len(split.legs)
                ),
                split,
                proposal.split,
            )
        )
    else:
        parts.append(
            QCoreApplication.translate(
                "order_dialog",
                "<h3>Split</h3><p>None: the nearest workshops able to make each part do not divide it.</p>",
            )
        )
    advice = proposal.advice()
    if advice:
        parts.append(
            QCoreApplication.translate("order_dialog", "<p><b>Guide:</b> {escape}.</p>").format(
                escape=escape(advice)
            )
        )
    if proposal.rank == "price":
        unpriced = proposal.unpriced()
        if len(unpriced) == len(proposal.ranked):
            parts.append(
                QCoreApplication.translate(
                    "order_dialog", "<p>No plan has an established price, so they are ranked by distance.</p>"
                )
            )
        if unpriced:
            reasons = "".join(f"<li>{escape(price.missing)}</li>" for _, price in unpriced[:5])
            parts.append(
                QCoreApplication.translate(
                    "order_dialog", "<p>Price not established for {n_unpriced} plan(s):</p><ul>{reasons}</ul>"
                ).format(n_unpriced=len(unpriced), reasons=reasons)
            )
        chosen_price = proposal.price_of(proposal.chosen)
        if chosen_price is not None and chosen_price.known:
            notes = "; ".join(chosen_price.notes)
            parts.append(
                QCoreApplication.translate("order_dialog", "<p><i>Prices {escape}.</i></p>").format(
                    escape=escape(notes)
                )
            )
    parts.append(
        QCoreApplication.translate(
            "order_dialog",
            "<p><i>Distances are straight lines from each workshop to you; "
            "transport is counted once per leg. Footprints here are estimated from "
            "the parts' volume; the packages use the sliced jobs and carry each "
            "workshop's quote.</i></p>",
        )
    )
    return "".join(parts)


class OrderDialog(QDialog):
    planned = Signal(object, object)  # OrderProposal, {part: [(facility id, name, km)]}
    exported = Signal(object)  # OrderExport
    failed = Signal(object)  # FabwiseError

    def __init__(
        self,
        service: BuildService,
        session: Any,
        place: str,
        parent: QWidget | None = None,
        *,
        assign: dict[str, str] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Order across workshops"))
        self.resize(760, 620)
        self.service = service
        self.session = session
        self.proposal: Any = None
        self.last_export: Any = None
        self.mesh_quality: str | None = None  # tests set "coarse" to keep exports quick
        self._initial_assign = dict(assign or {})  # parts pinned before the first plan
        self._tasks = TaskBridge("fabwise-order", self)
        self._tasks.finished.connect(self._on_done)
        self.place = QLineEdit(place)
        self.place.setPlaceholderText(self.tr("Lyon, FR  or  45.76,4.84"))
        self.single_only = QCheckBox(self.tr("One workshop for every part"))
        self.rank = QComboBox()
        for key, words in RANKS.items():
            self.rank.addItem(words[:1].upper() + words[1:], key)
        self.rank.setToolTip(
            self.tr(
                "Footprint: CO2e of making every part where it is made plus each "
                "parcel's transport. Price: the sum of the workshops' own quotes; "
                "plans of workshops that publish no prices come last and say so."
            )
        )
        self.plan_button = QPushButton(self.tr("Plan"))
        self.plan_button.setDefault(True)  # Enter plans
        self.export_button = QPushButton(self.tr("Export packages…"))
        self.export_button.setEnabled(False)
        self.status = QLabel(self.tr("Where are you? Then Plan."))
        self.status.setWordWrap(True)
        self.browser = QTextBrowser()
        self.assign_box = QWidget()
        self.assign_form = QFormLayout(self.assign_box)
        self.assign_combos: dict[str, QComboBox] = {}
        top = QHBoxLayout()
        where = QLabel(self.tr("You are in:"))
        where.setBuddy(self.place)  # names the field for screen readers
        top.addWidget(where)
        top.addWidget(self.place, 1)
        top.addWidget(self.single_only)
        rank_label = QLabel(self.tr("Rank by:"))
        rank_label.setBuddy(self.rank)
        top.addWidget(rank_label)
        top.addWidget(self.rank)
        top.addWidget(self.plan_button)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.export_button)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.browser, 1)
        layout.addWidget(QLabel(self.tr("Who makes which part (choose to move a part):")))
        layout.addWidget(self.assign_box)
        layout.addLayout(buttons)
        self.plan_button.clicked.connect(lambda: self.plan())
        self.place.returnPressed.connect(lambda: self.plan())
        self.rank.activated.connect(lambda _index: self.plan() if self.proposal is not None else None)
        self.export_button.clicked.connect(self.choose_folder)
        self.planned.connect(self._on_planned)
        self.exported.connect(self._on_exported)
        self.failed.connect(self._on_failed)

    # ------------------------------------------------------------------ planning
    def assignments(self) -> dict[str, str]:
        if not self.assign_combos:
            return dict(self._initial_assign)
        return {
            part: str(combo.currentData())
            for part, combo in self.assign_combos.items()
            if combo.currentData() is not None
        }

    def plan(self) -> bool:
        result = self.session.result
        if result is None:
            self.status.setText(self.tr("Wait for the design to be built first."))
            return False
        if self._exporting():
            return False
        place = self.place.text().strip()
        if not place:
            self.status.setText(self.tr("Type where you are first."))
            return False
        self.status.setText(self.tr("Planning…"))
        self.export_button.setEnabled(False)  # until the new plan is in
        assign, single, rank = self.assignments(), self.single_only.isChecked(), str(self.rank.currentData())
        self._tasks.submit("plan", lambda task: self._plan_job(task, result, place, assign, single, rank))
        return True

    def _plan_job(
        self, task: Task, result: Any, place: str, assign: dict[str, str], single: bool, rank: str
    ) -> tuple[Any, dict[str, Any]]:
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
        task.check()  # a newer plan was asked for meanwhile
        proposal = propose_order(
            result, facilities, origin=origin, assign=assign, single_only=single, rank=rank
        )
        choices: dict[str, list[tuple[str, str, float | None]]] = {}

        def km(facility: Any) -> float:
            where = facility.location
            return haversine_km(origin[0], origin[1], where.lat or 0.0, where.lon or 0.0)

        by_distance = sorted(facilities, key=km)
        for part in part_requirements(result):
            able = [f for f in by_distance if not assess_facility(f, [part])[0]]
            choices[part.name] = [(f.id, f.name, km(f)) for f in able[:CHOICES_PER_PART]]
        return proposal, {"place": here.label, "choices": choices}

    def _on_planned(self, proposal: Any, extra: dict[str, Any]) -> None:
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
            combo.addItem(
                self.tr("{best}: {name}").format(
                    best=self.tr(str(AUTO)), name=proposal.chosen.facility_for(part).name
                ),
                None,
            )
            for facility_id, name, km in choices:
                combo.addItem(self.tr("{name} ({km})").format(name=name, km=_km(km)), facility_id)
            if part in assign:
                index = combo.findData(assign[part])
                if index < 0:  # pinned to a workshop beyond the nearest few: keep the pin shown
                    leg = next(leg for leg in proposal.chosen.legs if part in leg.parts)
                    combo.addItem(
                        self.tr("{name} ({km})").format(name=leg.facility.name, km=_km(leg.distance_km)),
                        leg.facility.id,
                    )
                    index = combo.count() - 1
                combo.setCurrentIndex(index)
            combo.blockSignals(False)
        legs = len(proposal.chosen.legs)
        self.status.setText(
            self.tr(
                "Planned ({n_ranked} plans ranked by {value}): {legs} workshop(s). "
                "Export writes one package each and an assembly sheet for you."
            ).format(n_ranked=len(proposal.ranked), value=RANKS[proposal.rank], legs=legs)
        )
        self.export_button.setEnabled(True)

    # ------------------------------------------------------------------ export
    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder for the order"))
        if folder:
            self.export_to(Path(folder) / self._folder_name(Path(folder)))

    def _folder_name(self, parent: Path) -> str:
        base = f"{self.session.template.id}-order" if self.session.template else "order"
        name, number = base, 2
        while (parent / name).exists():
            name, number = f"{base}-{number}", number + 1
        return name

    def export_to(self, folder: Path) -> bool:
        if self.proposal is None or self._exporting():
            return False
        if self._tasks.tasks.running("plan"):
            self.status.setText(self.tr("Still planning: export when the plan is shown."))
            return False
        template = self.session.template
        if template is None:
            return False
        request = self.service.request(template.id, self.session.document.valid_values())
        self.status.setText(self.tr("Exporting to {folder}…").format(folder=folder))
        proposal, quality = self.proposal, self.mesh_quality
        self._tasks.submit("export", lambda _task: self._export_job(request, proposal, folder, quality))
        return True

    def _export_job(self, request: Any, proposal: Any, folder: Path, quality: str | None) -> Any:
        from configurator.app.order import export_order

        return export_order(self.service, request, proposal.chosen, folder, mesh_quality=quality)

    def _on_exported(self, result: Any) -> None:
        self.last_export = result
        self.browser.setHtml(result.assembly.read_text(encoding="utf-8"))
        names = ", ".join(p.name for _, p in result.packages)
        self.status.setText(
            self.tr("Wrote {names} and the assembly sheet (shown) to {folder}.").format(
                names=names, folder=result.folder
            )
        )

    # ------------------------------------------------------------------ plumbing
    @property
    def running(self) -> bool:
        """Whether a plan or an export is queued or running."""
        return self._tasks.tasks.running("plan") or self._tasks.tasks.running("export")

    def _exporting(self) -> bool:
        if self._tasks.tasks.running("export"):
            self.status.setText(self.tr("Still exporting…"))
            return True
        return False

    def _on_done(self, outcome: TaskOutcome) -> None:
        error = outcome.error
        if error is None:
            if outcome.key == "plan":
                self.planned.emit(*outcome.value)
            else:
                self.exported.emit(outcome.value)
        elif isinstance(error, FabwiseError):
            self.failed.emit(error)
        else:  # a bug: report it rather than lose it in the thread
            self.failed.emit(
                FabwiseError(
                    self.tr("unexpected error: {error}").format(error=error), hint=self.tr("please report it")
                )
            )

    def _on_failed(self, error: FabwiseError) -> None:
        hint = f" ({error.hint})" if error.hint else ""
        self.status.setText(f"{error.message}{hint}")

    def done(self, result: int) -> None:
        """Closing stops a plan in progress; an export runs to its end (its folder appears
        whole or not at all), its outcome then goes nowhere."""
        self._tasks.cancel("plan")
        super().done(result)

    def shutdown(self, timeout: float = 10.0) -> None:
        """Stop planning and wait for an export in progress (the window is closing)."""
        self._tasks.shutdown(timeout)

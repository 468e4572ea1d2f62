"""The eco panel: grade, CO2e and energy by life phase with their ranges, repairability with
reasons, circularity, the data caveats, and the guide with suggestions to apply.

It shows an :class:`eco_rules.EcoReport` and an :class:`eco_rules.Guide`; it computes nothing.
"How was this calculated?" opens the full trace: every figure to its rule and sourced factors.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from configurator.core.imported.store import ID_PREFIX as IMPORTED_PREFIX
from configurator.ui.formatting import format_amount, format_range, mass_scale, material_names
from configurator.ui.phase_chart import PhaseBar, PhaseChart
from configurator.ui.plain_label import plain_label
from configurator.ui.reflowing_scroll import ReflowingScrollArea
from eco_rules.factors import describe_factor
from eco_rules.numbers import km_text, num

SHORT_PHASE_LABELS = {
    "material": "Material",
    "manufacturing": "Making",
    "transport": "Transport",
    "end_of_life": "End of life",
}
GRADE_COLORS = {"A": "#1a9850", "B": "#66bd63", "C": "#d9b600", "D": "#f46d43", "E": "#d73027"}


def _heading(text: str) -> QLabel:
    label = plain_label(text)
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    return label


def _wrapped(text: str = "", style: str = "") -> QLabel:
    label = plain_label(text)
    label.setWordWrap(True)
    if style:
        label.setStyleSheet(style)
    return label


class SuggestionRow(QFrame):
    """One evaluated alternative with its saving and an Apply button."""

    def __init__(self, suggestion: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.suggestion = suggestion
        self.setObjectName("suggestion")
        self.setStyleSheet("QFrame#suggestion { border: 1px solid #cfd6dd; border-radius: 4px; }")
        self.title = _wrapped(suggestion.text())
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        details = [f"grade {suggestion.grade}"]
        details.append(
            "saving holds across the factor ranges"
            if suggestion.robust
            else "saving uncertain within the factor ranges"
        )
        details.extend(suggestion.trade_offs)
        self.details = _wrapped(" · ".join(details), "color: palette(placeholder-text);")
        self.apply_button = QPushButton("Apply")
        self.apply_button.setToolTip("Make this change to your design (undo with Ctrl+Z)")
        layout = QGridLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addWidget(self.title, 0, 0)
        layout.addWidget(self.apply_button, 0, 1, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.details, 1, 0, 1, 2)
        layout.setColumnStretch(0, 1)


class AdviceRow(QFrame):
    """The guide's advice on where to make it: split the order across workshops (or gather it at
    one), with the saving the eco rules estimated, and a button that plans that order."""

    def __init__(self, advice: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.advice = advice
        self.setObjectName("suggestion")
        self.setStyleSheet("QFrame#suggestion { border: 1px solid #cfd6dd; border-radius: 4px; }")
        self.title = _wrapped(advice.text())
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        footprint = advice.footprint
        details = [
            f"{footprint.total_kg.value:.3g} kg CO2e instead of {advice.current_kg.value:.3g} kg",
            f"transport {footprint.transport_kg.value * 1000:.3g} g over {len(footprint.legs)} parcel(s)",
            "both estimated from the parts' volume with each workshop's electricity",
            "you put the parts together",
        ]
        self.details = _wrapped(" · ".join(details), "color: palette(placeholder-text);")
        self.plan_button = QPushButton("Plan this order…")
        self.plan_button.setToolTip("Open Order across workshops with these workshops (export from there)")
        layout = QGridLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addWidget(self.title, 0, 0)
        layout.addWidget(self.plan_button, 0, 1, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.details, 1, 0, 1, 2)
        layout.setColumnStretch(0, 1)


class TraceDialog(QDialog):
    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("How the eco figures were calculated")
        self.resize(900, 600)
        view = QPlainTextEdit(text)
        view.setReadOnly(True)
        view.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        view.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.view = view
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(
            _wrapped(
                "Every figure below points to the rule that produced it, the "
                "facts it read and the factor rows (with their sources) it "
                "used. Proxies and estimates are marked."
            )
        )
        layout.addWidget(view, 1)
        layout.addWidget(buttons)


FIT_COLORS = {"holds": "#2e7d32", "fails": "#c62828", "unknown": "#8a5a00"}


def grade_style(color: str) -> str:
    """The grade badge's colours, for the badge only: an unscoped style sheet would also paint
    its tooltip (white text on orange)."""
    return f"QLabel#ecoGrade {{ background: {color}; color: white; border-radius: 6px; }}"


class EcoPanel(QWidget):
    suggestion_chosen = Signal(object)  # eco_rules.Suggestion
    advice_chosen = Signal(object)  # configurator.app.order.WorkshopAdvice
    stress_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.report: Any = None
        self.guide: Any = None
        self.suggestion_rows: list[SuggestionRow] = []
        self.advice_row: AdviceRow | None = None

        self.grade = plain_label("–")
        self.grade.setObjectName("ecoGrade")
        self.grade.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.grade.setFixedSize(54, 54)
        grade_font = QFont(self.font())
        grade_font.setPointSizeF(grade_font.pointSizeF() * 2.2)
        grade_font.setBold(True)
        self.grade.setFont(grade_font)
        self.total = plain_label("No design evaluated yet")
        total_font = QFont(self.font())
        total_font.setPointSizeF(total_font.pointSizeF() * 1.3)
        total_font.setBold(True)
        self.total.setFont(total_font)
        self.total.setWordWrap(True)
        self.total_detail = _wrapped("", "color: palette(placeholder-text);")
        summary_text = QVBoxLayout()
        summary_text.addWidget(self.total)
        summary_text.addWidget(self.total_detail)
        summary = QHBoxLayout()
        summary.addWidget(self.grade, 0, Qt.AlignmentFlag.AlignTop)
        summary.addLayout(summary_text, 1)

        self.context_label = _wrapped("", "color: palette(placeholder-text);")
        self.chart = PhaseChart()
        self.dominant = _wrapped()
        self.repair = _wrapped()
        self.repair_reasons = _wrapped("", "color: palette(placeholder-text);")
        self.circularity = _wrapped()
        self.caveats = _wrapped("", "color: #8a5a00;")
        self.trace_button = QPushButton("How was this calculated?")
        self.trace_button.setToolTip("Show the rule, facts and sourced factors behind each figure")
        self.trace_button.clicked.connect(self.show_trace)
        self.guide_status = _wrapped("", "color: palette(placeholder-text);")
        self.rejected = _wrapped("", "color: #8a5a00;")
        self.fit: Any = None
        self.fit_status = _wrapped("")
        self.fit_lines = _wrapped("")
        self.fit_lines.setTextFormat(Qt.TextFormat.PlainText)
        self.stress_button = QPushButton("Show stress on the part")
        self.stress_button.setToolTip(
            "Colour the preview by von Mises stress from the finite-element check (red = highest)"
        )
        self.stress_button.clicked.connect(self.stress_requested.emit)
        self.stress_button.setEnabled(False)
        self.guide_box = QVBoxLayout()
        self.guide_box.setSpacing(6)

        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.setSpacing(6)
        layout.addLayout(summary)
        layout.addWidget(self.context_label)
        layout.addWidget(_heading("Footprint by life phase (CO2e, with range)"))
        layout.addWidget(self.chart)
        layout.addWidget(self.dominant)
        layout.addWidget(_heading("Greener alternatives (built and evaluated)"))
        layout.addWidget(self.guide_status)
        layout.addLayout(self.guide_box)
        self.advice_box = QVBoxLayout()
        layout.addLayout(self.advice_box)
        layout.addWidget(self.rejected)
        layout.addWidget(_heading("Fit for use (conditions the product must survive)"))
        layout.addWidget(self.fit_status)
        layout.addWidget(self.fit_lines)
        layout.addWidget(self.stress_button)
        layout.addWidget(_heading("Repairability"))
        layout.addWidget(self.repair)
        layout.addWidget(self.repair_reasons)
        layout.addWidget(_heading("Circularity"))
        layout.addWidget(self.circularity)
        layout.addWidget(self.caveats)
        layout.addWidget(self.trace_button)
        layout.addStretch(1)
        scroll = self.scroll_area = ReflowingScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.clear("Choose a template to see its footprint.")

    # ---------------------------------------------------------------- showing
    def clear(self, message: str) -> None:
        self.report = None
        self.guide = None
        self.grade.setText("–")
        self.grade.setStyleSheet(grade_style("#d0d5da"))
        self.total.setText(message)
        self.fit = None
        self.stress_button.setEnabled(False)
        for label in (
            self.total_detail,
            self.context_label,
            self.dominant,
            self.repair,
            self.repair_reasons,
            self.circularity,
            self.caveats,
            self.guide_status,
            self.rejected,
            self.fit_status,
            self.fit_lines,
        ):
            label.setText("")
        self.chart.set_bars([])
        self._clear_suggestions()
        self.trace_button.setEnabled(False)

    def show_top(self) -> None:
        """Scroll back to the grade and total (e.g. after a suggestion was applied)."""
        self.scroll_area.verticalScrollBar().setValue(0)

    def show_stale(self, message: str) -> None:
        """Keep the figures but say they belong to an earlier design."""
        self.guide_status.setText(message)
        self._clear_suggestions()

    def show_report(self, report: Any) -> None:
        self.report = report
        self.guide = None
        grade = report.grade
        self.grade.setText(grade.letter)
        self.grade.setStyleSheet(grade_style(GRADE_COLORS.get(grade.letter, "#888")))
        limits = ", ".join(f"{g} ≤ {m:g}" for g, m in grade.thresholds)
        self.grade.setToolTip(
            f"Grade {grade.letter}: {grade.metric_value:.2f} {grade.metric}"
            f"\nThresholds: {limits}, E above\n{grade.basis}"
        )
        total = report.total_co2e_kg
        scale = mass_scale(total.value)
        self.total.setText(f"{format_amount(total.value, scale)} CO2e")
        energy = report.total_energy_mj
        mass = report.product_mass_kg
        self.total_detail.setText(
            f"range {format_range(total.low, total.high, scale)} · energy {num(energy.value, 2)} MJ "
            f"({num(energy.low, 2)}–{num(energy.high, 2)}) · mass "
            f"{format_amount(mass.value, mass_scale(mass.value))}"
        )
        context = report.context
        where = context.get("label") or (
            f"country {context['country']}"
            if context.get("country")
            else "no facility chosen (world-average electricity)"
        )
        self.context_label.setText(
            f"Made at: {where}; delivery {km_text(context.get('distance_km', 0))} by "
            f"{context.get('transport_mode', 'van')}"
        )
        bars = []
        for phase in report.phases:
            co2 = phase.co2e_kg
            refs = ", ".join(phase.lines)
            bars.append(
                PhaseBar(
                    phase.phase,
                    SHORT_PHASE_LABELS.get(phase.phase, phase.label),
                    co2.value,
                    co2.low,
                    co2.high,
                    format_amount(co2.value, scale),
                    f"{phase.label}: {format_amount(co2.value, scale)} "
                    f"({format_range(co2.low, co2.high, scale)}), {num(phase.energy_mj.value, 2)} MJ"
                    f"\ndata: {phase.status} (weakest status of the factor rows behind it)"
                    f"\ntrace lines: {refs or 'none'}",
                )
            )
        self.chart.set_bars(bars)
        self.dominant.setText(report.dominant.statement)
        repair = report.repairability
        self.repair.setText(f"{repair.text()} — {repair.label}")
        reasons = [
            f"• {c.label}: level {c.score:.1f} of 5 — {c.basis}"
            if c.applicable
            else f"• {c.label}: not applicable — {c.basis}"
            for c in repair.criteria
        ]
        reasons.extend(f"• {note}" for note in repair.notes)
        self.repair_reasons.setText("\n".join(reasons))
        circ = report.circularity
        self.circularity.setText(
            f"Recycled content {circ.recycled_content:.0%} · "
            f"{'single material' if circ.mono_material else 'mixed materials'} "
            f"({material_names(circ.materials)}) · recycled at end of life "
            f"{circ.recycled_at_end_of_life:.0%} by mass "
            f"({', '.join(circ.end_of_life_routes) or 'no route'}) · "
            f"bio-based {circ.bio_based_share:.0%} · "
            f"{'all joints come apart' if circ.separable else 'some parts are glued or welded'}"
        )
        self.circularity.setToolTip("\n".join(f"{k.replace('_', ' ')}: {v}" for k, v in circ.labels))
        self._show_caveats(report)
        self.trace_button.setEnabled(True)
        self._clear_suggestions()
        self.guide_status.setText("Evaluating alternatives…")

    def _show_caveats(self, report: Any) -> None:
        notes = [report.caveat_text()] if report.flagged_factors else []
        flagged = sorted(report.flagged_factors, key=lambda f: f.id)
        notes.extend(report.warnings)
        notes.extend(str(n) for n in report.context.get("notes", ()) or ())
        self.caveats.setText("\n".join(notes))
        self.caveats.setToolTip(
            "\n".join(f"{describe_factor(f)} ({f.id}): {f.flag}; source: {f.source}" for f in flagged)
        )

    def show_guide(self, guide: Any) -> None:
        self.guide = guide
        self._clear_suggestions()
        self.rejected.setText("\n".join(f"Not offered: {r.text()}" for r in getattr(guide, "rejected", ())))
        if not guide.suggestions:
            self.guide_status.setText(
                f"No evaluated alternative lowers the footprint ({guide.evaluated} evaluated)."
            )
            return
        sliced = bool(
            self.report is not None
            and any("source" in entry for entry in (self.report.context.get("production") or {}).values())
        )
        basis = (
            " Alternatives are compared on the volume model (they are not sliced), so their "
            "figures differ from the sliced figures above."
            if sliced
            else ""
        )
        self.guide_status.setText(
            f"{len(guide.suggestions)} of {guide.evaluated} evaluated alternatives save CO2e:{basis}"
        )
        for suggestion in guide.suggestions:
            row = SuggestionRow(suggestion)
            row.apply_button.clicked.connect(lambda _=False, s=suggestion: self.suggestion_chosen.emit(s))
            self.guide_box.addWidget(row)
            self.suggestion_rows.append(row)

    def show_advice(self, advice: Any) -> None:
        """The guide's split (or one-workshop) advice, or nothing when it has none."""
        self._clear_advice()
        if advice is None:
            return
        row = AdviceRow(advice)
        row.plan_button.clicked.connect(lambda _=False, a=advice: self.advice_chosen.emit(a))
        self.advice_box.addWidget(row)
        self.advice_row = row

    def _clear_advice(self) -> None:
        row, self.advice_row = self.advice_row, None
        if row is not None:
            self.advice_box.removeWidget(row)
            row.hide()
            row.deleteLater()

    def show_fit_running(self) -> None:
        self.fit = None
        self.stress_button.setEnabled(False)
        self.fit_status.setStyleSheet("color: palette(placeholder-text);")
        self.fit_status.setText("Checking the conditions of use (finite-element solve)…")
        self.fit_lines.setText("")

    def show_fit(self, report: Any) -> None:
        """Each condition, its verdict and safety factor or margin; details in the tooltip."""
        self.fit = report
        status = report.status
        self.fit_status.setStyleSheet(f"color: {FIT_COLORS.get(status, '#55606b')}; font-weight: bold;")
        if not report.declared:
            self.fit_status.setText(
                "No load is declared for this imported model: nothing was checked. Import it again "
                "and say what it must hold, or run: fabwise models load " + report.template_id
                if report.template_id.startswith(IMPORTED_PREFIX)
                else "This template declares no conditions of use: nothing was checked."
            )
            self.fit_lines.setText("")
            return
        sf = report.min_safety_factor
        summary = {
            "holds": "Holds every declared condition",
            "fails": "Fails a condition of use",
            "unknown": "Some conditions could not be decided",
        }[status]
        self.fit_status.setText(summary + (f" (lowest safety factor {sf:.1f})" if sf is not None else ""))
        lines = []
        for v in report.verdicts:
            figure = (
                f"safety factor {v.safety_factor:.1f}"
                if v.safety_factor is not None
                else (f"margin {v.margin}" if v.margin else "")
            )
            lines.append(
                f"{'✔' if v.status == 'holds' else '✘' if v.status == 'fails' else '?'} "
                f"{v.condition}: {v.status}" + (f", {figure}" if figure else "") + f"\n    {v.reason}"
            )
        lines.extend(f"Note: {n}" for n in report.notes)
        self.fit_lines.setText("\n".join(lines))
        from configurator.core.fit_render import render_fit

        self.fit_lines.setToolTip(render_fit(report))
        self.stress_button.setEnabled(any(v.run is not None for v in report.verdicts))

    def show_fit_failed(self, error: str) -> None:
        self.fit_status.setStyleSheet("color: #8a5a00;")
        self.fit_status.setText(f"The fit-for-use check could not run: {error}")

    def show_guide_failed(self, error: str) -> None:
        self.guide_status.setText(f"The guide could not be evaluated: {error}")

    def show_report_failed(self, error: str) -> None:
        self.clear(f"The footprint could not be evaluated: {error}")

    def _clear_suggestions(self) -> None:
        self._clear_advice()
        self.rejected.setText("")
        for row in self.suggestion_rows:
            self.guide_box.removeWidget(row)
            row.hide()  # at once: deleteLater only happens when the event loop gets to it
            row.deleteLater()
        self.suggestion_rows = []

    def trace_text(self) -> str:
        if self.report is None:
            return ""
        from eco_rules import render_explain, render_report

        return render_report(self.report, self.guide) + "\n\n" + render_explain(self.report)

    def show_trace(self) -> None:
        if self.report is not None:
            TraceDialog(self.trace_text(), self).open()

"""The eco panel: grade, CO2e and energy by life phase with their ranges, repairability with
reasons, circularity, the data caveats, and the guide with suggestions to apply.

It shows an :class:`eco_rules.EcoReport` and an :class:`eco_rules.Guide`; it computes nothing.
"How was this calculated?" opens the full trace: every figure to its rule and sourced factors.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
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
from configurator.sdk.i18n import LocalText
from configurator.ui import theme
from configurator.ui.appearance import follow
from configurator.ui.formatting import format_amount, format_range, mass_scale, material_names
from configurator.ui.phase_chart import PhaseBar, PhaseChart
from configurator.ui.plain_label import plain_label
from configurator.ui.reflowing_scroll import ReflowingScrollArea
from configurator.ui.theme import Badge
from eco_rules.factors import describe_factor, mode_words
from eco_rules.numbers import km_text, num

SHORT_PHASE_LABELS = {
    "material": QT_TRANSLATE_NOOP("EcoPanel", "Material"),
    "manufacturing": QT_TRANSLATE_NOOP("EcoPanel", "Making"),
    "transport": QT_TRANSLATE_NOOP("EcoPanel", "Transport"),
    "end_of_life": QT_TRANSLATE_NOOP("EcoPanel", "End of life"),
}


def _heading(text: str) -> QLabel:
    label = plain_label(text)
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    label.setWordWrap(True)  # a long heading (French, German) wraps instead of widening the panel
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
        follow(self._restyle)
        self.title = _wrapped(suggestion.text())
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        details = [self.tr("grade {grade}").format(grade=suggestion.grade)]
        details.append(
            self.tr("saving holds across the factor ranges")
            if suggestion.robust
            else self.tr("saving uncertain within the factor ranges")
        )
        details.extend(suggestion.trade_offs)
        self.details = _wrapped(" · ".join(details), "color: palette(placeholder-text);")
        self.apply_button = QPushButton(self.tr("Apply"))
        self.apply_button.setToolTip(self.tr("Make this change to your design (undo with Ctrl+Z)"))
        layout = QGridLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addWidget(self.title, 0, 0)
        layout.addWidget(self.apply_button, 0, 1, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.details, 1, 0, 1, 2)
        layout.setColumnStretch(0, 1)

    def _restyle(self) -> None:
        self.setStyleSheet(frame_style())


class AdviceRow(QFrame):
    """The guide's advice on where to make it: split the order across workshops (or gather it at
    one), with the saving the eco rules estimated, and a button that plans that order."""

    def __init__(self, advice: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.advice = advice
        self.setObjectName("suggestion")
        follow(self._restyle)
        self.title = _wrapped(advice.text())
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        footprint = advice.footprint
        details = [
            LocalText(self.tr("{value:.3g} kg CO2e instead of {value2:.3g} kg")).format(
                value=footprint.total_kg.value, value2=advice.current_kg.value
            ),
            LocalText(self.tr("transport {value:.3g} g over {n_legs} parcel(s)")).format(
                value=footprint.transport_kg.value * 1000, n_legs=len(footprint.legs)
            ),
            self.tr("both estimated from the parts' volume with each workshop's electricity"),
            self.tr("you put the parts together"),
        ]
        self.details = _wrapped(" · ".join(details), "color: palette(placeholder-text);")
        self.plan_button = QPushButton(self.tr("Plan this order…"))
        self.plan_button.setToolTip(
            self.tr("Open Order across workshops with these workshops (export from there)")
        )
        layout = QGridLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addWidget(self.title, 0, 0)
        layout.addWidget(self.plan_button, 0, 1, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.details, 1, 0, 1, 2)
        layout.setColumnStretch(0, 1)

    def _restyle(self) -> None:
        self.setStyleSheet(frame_style())


class TraceDialog(QDialog):
    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("How the eco figures were calculated"))
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
                self.tr(
                    "Every figure below points to the rule that produced it, the facts it "
                    "read and the factor rows (with their sources) it used. Proxies and "
                    "estimates are marked."
                )
            )
        )
        layout.addWidget(view, 1)
        layout.addWidget(buttons)


FIT_STATUS = {"holds": "ok", "fails": "error", "unknown": "warning"}  # -> theme status colour


def frame_style() -> str:
    return f"QFrame#suggestion {{ border: 1px solid {theme.current().border}; border-radius: 4px; }}"


def grade_style(badge: Badge) -> str:
    """The grade badge's colours, for the badge only: an unscoped style sheet would also paint
    its tooltip (white text on orange)."""
    return f"QLabel#ecoGrade {{ background: {badge.background}; color: {badge.text}; border-radius: 6px; }}"


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
        self.total = plain_label(self.tr("No design evaluated yet"))
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
        self.caveats = _wrapped("")
        self.trace_button = QPushButton(self.tr("How was this calculated?"))
        self.trace_button.setToolTip(self.tr("Show the rule, facts and sourced factors behind each figure"))
        self.trace_button.clicked.connect(self.show_trace)
        self.guide_status = _wrapped("", "color: palette(placeholder-text);")
        self.rejected = _wrapped("")
        self.fit: Any = None
        self.fit_status = _wrapped("")
        self.fit_lines = _wrapped("")
        self.fit_lines.setTextFormat(Qt.TextFormat.PlainText)
        self.stress_button = QPushButton(self.tr("Show stress on the part"))
        self.stress_button.setToolTip(
            self.tr("Colour the preview by von Mises stress from the finite-element check (red = highest)")
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
        layout.addWidget(_heading(self.tr("Footprint by life phase (CO2e, with range)")))
        layout.addWidget(self.chart)
        layout.addWidget(self.dominant)
        layout.addWidget(_heading(self.tr("Greener alternatives (built and evaluated)")))
        layout.addWidget(self.guide_status)
        layout.addLayout(self.guide_box)
        self.advice_box = QVBoxLayout()
        layout.addLayout(self.advice_box)
        layout.addWidget(self.rejected)
        layout.addWidget(_heading(self.tr("Fit for use (conditions the product must survive)")))
        layout.addWidget(self.fit_status)
        layout.addWidget(self.fit_lines)
        layout.addWidget(self.stress_button)
        layout.addWidget(_heading(self.tr("Repairability")))
        layout.addWidget(self.repair)
        layout.addWidget(self.repair_reasons)
        layout.addWidget(_heading(self.tr("Circularity")))
        layout.addWidget(self.circularity)
        layout.addWidget(self.caveats)
        layout.addWidget(self.trace_button)
        layout.addStretch(1)
        scroll = self.scroll_area = ReflowingScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(body)
        scroll.setAccessibleName(self.tr("Eco report"))  # focused, the arrow keys scroll it
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.clear(self.tr("Choose a template to see its footprint."))
        follow(self._restyle)

    # ---------------------------------------------------------------- showing
    def clear(self, message: str) -> None:
        self.report = None
        self.guide = None
        self.grade.setText("–")
        self._grade_letter = "none"
        self._fit_colour = ""  # a theme status ("ok", "error", "warning") or "" for muted
        self._restyle()
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
        self._grade_letter = grade.letter
        self._restyle()
        limits = ", ".join(LocalText(self.tr("{g} ≤ {m:g}")).format(g=g, m=m) for g, m in grade.thresholds)
        self.grade.setToolTip(
            LocalText(
                self.tr("Grade {letter}: {metric_value:.2f} {metric}\nThresholds: {limits}, E above\n{basis}")
            ).format(
                letter=grade.letter,
                metric_value=grade.metric_value,
                metric=grade.metric,
                limits=limits,
                basis=grade.basis,
            )
        )
        total = report.total_co2e_kg
        scale = mass_scale(total.value)
        self.total.setText(
            self.tr("{format_amount} CO2e").format(format_amount=format_amount(total.value, scale))
        )
        energy = report.total_energy_mj
        mass = report.product_mass_kg
        self.total_detail.setText(
            self.tr("range {format_range} · energy {num} MJ ({num2}–{num3}) · mass {format_amount}").format(
                format_range=format_range(total.low, total.high, scale),
                num=num(energy.value, 2),
                num2=num(energy.low, 2),
                num3=num(energy.high, 2),
                format_amount=format_amount(mass.value, mass_scale(mass.value)),
            )
        )
        context = report.context
        where = context.get("label") or (
            self.tr("country {value}").format(value=context["country"])
            if context.get("country")
            else self.tr("no facility chosen (world-average electricity)")
        )
        self.context_label.setText(
            self.tr("Made at: {where}; delivery {km_text} by {get}").format(
                where=where,
                km_text=km_text(context.get("distance_km", 0)),
                get=mode_words(context.get("transport_mode", "van")),
            )
        )
        bars = []
        for phase in report.phases:
            co2 = phase.co2e_kg
            refs = ", ".join(phase.lines)
            bars.append(
                PhaseBar(
                    phase.phase,
                    self.tr(str(SHORT_PHASE_LABELS[phase.phase]))
                    if phase.phase in SHORT_PHASE_LABELS
                    else phase.label,
                    co2.value,
                    co2.low,
                    co2.high,
                    format_amount(co2.value, scale),
                    self.tr(
                        "{label}: {format_amount} ({format_range}), {num} MJ\ndata: {status} "
                        "(weakest status of the factor rows behind it)\ntrace lines: {value}"
                    ).format(
                        label=phase.label,
                        format_amount=format_amount(co2.value, scale),
                        format_range=format_range(co2.low, co2.high, scale),
                        num=num(phase.energy_mj.value, 2),
                        status=phase.status,
                        value=refs or "none",
                    ),
                )
            )
        self.chart.set_bars(bars)
        self.dominant.setText(report.dominant.statement)
        repair = report.repairability
        self.repair.setText(self.tr("{text} — {label}").format(text=repair.text(), label=repair.label))
        reasons = [
            LocalText(self.tr("• {label}: level {score:.1f} of 5 — {basis}")).format(
                label=c.label, score=c.score, basis=c.basis
            )
            if c.applicable
            else self.tr("• {label}: not applicable — {basis}").format(label=c.label, basis=c.basis)
            for c in repair.criteria
        ]
        reasons.extend(self.tr("• {note}").format(note=note) for note in repair.notes)
        self.repair_reasons.setText("\n".join(reasons))
        circ = report.circularity
        self.circularity.setText(
            self.tr(
                "Recycled content {recycled_content:.0%} · {mix} ({materials}) · recycled "
                "at end of life {recycled_at_end_of_life:.0%} by mass ({routes}) · "
                "bio-based {bio_based_share:.0%} · {joints}"
            ).format(
                recycled_content=circ.recycled_content,
                mix=self.tr("single material") if circ.mono_material else self.tr("mixed materials"),
                materials=material_names(circ.materials),
                recycled_at_end_of_life=circ.recycled_at_end_of_life,
                routes=", ".join(circ.end_of_life_routes) or self.tr("no route"),
                bio_based_share=circ.bio_based_share,
                joints=self.tr("all joints come apart")
                if circ.separable
                else self.tr("some parts are glued or welded"),
            )
        )
        self.circularity.setToolTip(
            "\n".join(
                self.tr("{replace}: {v}").format(replace=k.replace("_", " "), v=v) for k, v in circ.labels
            )
        )
        self._show_caveats(report)
        self.trace_button.setEnabled(True)
        self._clear_suggestions()
        self.guide_status.setText(self.tr("Evaluating alternatives…"))

    def _show_caveats(self, report: Any) -> None:
        notes = [report.caveat_text()] if report.flagged_factors else []
        flagged = sorted(report.flagged_factors, key=lambda f: f.id)
        notes.extend(report.warnings)
        notes.extend(str(n) for n in report.context.get("notes", ()) or ())
        self.caveats.setText("\n".join(notes))
        self.caveats.setToolTip(
            "\n".join(
                self.tr("{describe_factor} ({id}): {flag}; source: {source}").format(
                    describe_factor=describe_factor(f), id=f.id, flag=f.flag, source=f.source
                )
                for f in flagged
            )
        )

    def show_guide(self, guide: Any) -> None:
        self.guide = guide
        self._clear_suggestions()
        self.rejected.setText(
            "\n".join(
                self.tr("Not offered: {text}").format(text=r.text()) for r in getattr(guide, "rejected", ())
            )
        )
        if not guide.suggestions:
            self.guide_status.setText(
                self.tr("No evaluated alternative lowers the footprint ({evaluated} evaluated).").format(
                    evaluated=guide.evaluated
                )
            )
            return
        sliced = bool(
            self.report is not None
            and any("source" in entry for entry in (self.report.context.get("production") or {}).values())
        )
        basis = (
            self.tr(
                " Alternatives are compared on the volume model (they are not sliced), "
                "so their figures differ from the sliced figures above."
            )
            if sliced
            else ""
        )
        self.guide_status.setText(
            self.tr("{n_suggestions} of {evaluated} evaluated alternatives save CO2e:{basis}").format(
                n_suggestions=len(guide.suggestions), evaluated=guide.evaluated, basis=basis
            )
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
        self._set_fit_colour("")
        self.fit_status.setText(self.tr("Checking the conditions of use (finite-element solve)…"))
        self.fit_lines.setText("")

    def show_fit(self, report: Any) -> None:
        """Each condition, its verdict and safety factor or margin; details in the tooltip."""
        self.fit = report
        status = report.status
        self._set_fit_colour(FIT_STATUS.get(status, ""))
        if not report.declared:
            self.fit_status.setText(
                self.tr(
                    "No load is declared for this imported model: nothing was checked. "
                    "Import it again and say what it must hold, or run: fabwise models "
                    "load "
                )
                + report.template_id
                if report.template_id.startswith(IMPORTED_PREFIX)
                else self.tr("This template declares no conditions of use: nothing was checked.")
            )
            self.fit_lines.setText("")
            return
        sf = report.min_safety_factor
        summary = {
            "holds": self.tr("Holds every declared condition"),
            "fails": self.tr("Fails a condition of use"),
            "unknown": self.tr("Some conditions could not be decided"),
        }[status]
        self.fit_status.setText(
            summary
            + (LocalText(self.tr(" (lowest safety factor {sf:.1f})")).format(sf=sf) if sf is not None else "")
        )
        verdict_words = {
            "holds": self.tr("holds"),
            "fails": self.tr("fails"),
            "unknown": self.tr("not decided"),
        }
        lines = []
        for v in report.verdicts:
            figure = (
                LocalText(self.tr("safety factor {safety_factor:.1f}")).format(safety_factor=v.safety_factor)
                if v.safety_factor is not None
                else (self.tr("margin {margin}").format(margin=v.margin) if v.margin else "")
            )
            lines.append(
                self.tr("{value} {condition}: {status}").format(
                    value="✔" if v.status == "holds" else "✘" if v.status == "fails" else "?",
                    condition=v.condition,
                    status=verdict_words.get(v.status, v.status),
                )
                + (self.tr(", {figure}").format(figure=figure) if figure else "")
                + f"\n    {v.reason}"
            )
        lines.extend(self.tr("Note: {n}").format(n=n) for n in report.notes)
        self.fit_lines.setText("\n".join(lines))
        from configurator.core.fit_render import render_fit

        self.fit_lines.setToolTip(render_fit(report))
        self.stress_button.setEnabled(any(v.run is not None for v in report.verdicts))

    def show_fit_failed(self, error: str) -> None:
        self._set_fit_colour("warning")
        self.fit_status.setText(self.tr("The fit-for-use check could not run: {error}").format(error=error))

    def _set_fit_colour(self, status: str) -> None:
        self._fit_colour = status
        self._restyle()

    def _restyle(self) -> None:
        """Colours from the current scheme (again when the scheme changes)."""
        colours = theme.current()
        self.grade.setStyleSheet(grade_style(colours.grade(self._grade_letter)))
        warning = f"color: {colours.status['warning']};"
        self.caveats.setStyleSheet(warning)
        self.rejected.setStyleSheet(warning)
        fit = self._fit_colour
        self.fit_status.setStyleSheet(
            f"color: {colours.status[fit]}; font-weight: bold;"
            if fit
            else "color: palette(placeholder-text);"
        )

    def show_guide_failed(self, error: str) -> None:
        self.guide_status.setText(self.tr("The guide could not be evaluated: {error}").format(error=error))

    def show_report_failed(self, error: str) -> None:
        self.clear(self.tr("The footprint could not be evaluated: {error}").format(error=error))

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

"""Plain-text rendering of an eco report, its guide, and the full trace behind every number."""

from __future__ import annotations

from eco_rules.factors import Factor
from eco_rules.guide import Guide
from eco_rules.interval import Interval
from eco_rules.numbers import km_text, num
from eco_rules.report import EcoReport, TraceLine

MINUS = "\u2212"


def fmt(value: Interval, digits: int = 3) -> str:
    """``0.966 [0.708–2.27]``: central value, then low and high bounds."""
    central = num(value.value, digits)
    if value.is_exact:
        return central
    return f"{central} [{num(value.low, digits)}\u2013{num(value.high, digits)}]"


def mass_text(kg: float) -> str:
    """A CO2e amount in kg, or in g below 0.1 kg so small savings do not read as 0.00."""
    if abs(kg) >= 0.1:
        return f"{kg:.2f} kg"
    return f"{num(kg * 1000, 2)} g"


def render_report(report: EcoReport, guide: Guide | None = None) -> str:
    out: list[str] = []
    ctx = report.context
    out.append(f"Eco report: {report.template_id} v{report.template_version} (rules {report.ruleset})")
    where = ctx.get("label") or (f"country {ctx['country']}" if ctx.get("country") else "unknown location")
    grid = ctx.get("grid_factor") or ("own figure" if ctx.get("grid_g_per_kwh") is not None else "?")
    out.append(
        f"  Made at: {where} (grid: {grid}); delivery {km_text(ctx['distance_km'])} by "
        f"{ctx['transport_mode']}"
    )
    out.append(f"  Product mass: {fmt(report.product_mass_kg * 1000)} g")
    for name, entry in (ctx.get("production") or {}).items():
        if "source" in entry:
            detail = f": {entry['detail']}" if entry.get("detail") else ""
            out.append(f"  Production of '{name}' {entry['source']}{detail}")
    total = report.total_co2e_kg.value or 1.0
    grams = report.total_co2e_kg.value < 1.0
    scale, unit = (1000.0, "g") if grams else (1.0, "kg")
    out.append("")
    out.append(f"  {'Life phase':<26}{unit + ' CO2e  central [low–high]':<34}{'MJ':<28}share  data")
    for phase in report.phases:
        share = phase.co2e_kg.value / total
        out.append(
            f"  {phase.label:<26}{fmt(phase.co2e_kg * scale):<34}{fmt(phase.energy_mj):<28}"
            f"{share:>4.0%}  {phase.status}"
        )
    out.append(f"  {'Total':<26}{fmt(report.total_co2e_kg * scale):<34}{fmt(report.total_energy_mj):<28}")
    out.append("")
    grade = report.grade
    limits = ", ".join(f"{g} \u2264 {m:g}" for g, m in grade.thresholds)
    out.append(
        f"  Grade {grade.letter}: {grade.metric_value:.2f} {grade.metric} ({limits}, "
        "E above; see docs/eco-method.md)"
    )
    repair = report.repairability
    parts = ", ".join(
        f"{c.label.split(' (')[0].lower()} {c.score:.1f}"
        if c.applicable
        else f"{c.label.split(' (')[0].lower()} n/a"
        for c in repair.criteria
    )
    out.append(f"  {repair.label}: {repair.text()} ({parts})")
    circ = report.circularity
    out.append(
        f"  Circularity: recycled content {circ.recycled_content:.0%}, "
        f"mono-material {'yes' if circ.mono_material else 'no'} ({', '.join(circ.materials)}), "
        f"recycled at end of life {circ.recycled_at_end_of_life:.0%} by mass "
        f"(route used: {', '.join(circ.end_of_life_routes) or 'none'}), "
        f"bio-based {circ.bio_based_share:.0%}, "
        f"{'all joints reversible' if circ.separable else 'some parts are glued or welded'}"
    )
    for figure, label in circ.labels:
        out.append(f"    {figure.replace('_', ' ')}: {label}")
    out.append("")
    out.append(f"  What dominates: {report.dominant.statement}")
    if guide is not None:
        out.append("")
        out.extend(render_guide(guide))
    flagged = report.flagged_factors
    if flagged:
        out.append("")
        out.append("  This report relies on proxy or estimated data:")
        for factor in sorted(flagged, key=lambda f: f.id):
            note = f" ({factor.notes})" if factor.notes else ""
            out.append(f"    {factor.flag:<15} {factor.id}{note}")
    if report.warnings:
        out.append("")
        for warning in report.warnings:
            out.append(f"  warning: {warning}")
    out.append("")
    out.append("  Every figure traces to a rule and sourced factors: run with --explain.")
    return "\n".join(out)


def render_guide(guide: Guide) -> list[str]:
    out = ["  Guide: alternatives built and evaluated, ranked by saving"]
    if not guide.suggestions:
        out.append("    No evaluated alternative lowers the footprint of this variant.")
    for number, suggestion in enumerate(guide.suggestions, start=1):
        robust = (
            "saving holds at both ends of the data ranges"
            if suggestion.robust
            else "saving is within the data uncertainty"
        )
        where = f" at {suggestion.facility}" if suggestion.facility and suggestion.kind != "facility" else ""
        out.append(f"    {number}. {suggestion.text()}{where} (grade {suggestion.grade}; {robust})")
        for trade in suggestion.trade_offs:
            out.append(f"       trade-off: {trade}")
    for rejected in guide.rejected:
        out.append(f"    not offered: {rejected.text()}")
    out.append(f"    ({guide.evaluated} alternative evaluation(s), {guide.builds} build(s))")
    for reason in guide.skipped[:6]:
        out.append(f"    not suggested: {reason}")
    if len(guide.skipped) > 6:
        out.append(f"    ... and {len(guide.skipped) - 6} more (see --json)")
    return out


def _line_head(line: TraceLine) -> str:
    if line.kind == "rule":
        per_unit = ""
        if line.multiplier != 1 and isinstance(line.value, Interval):
            per_unit = f" = {fmt(line.value / line.multiplier, 4)} per unit \u00d7 {line.multiplier:g}"
        value = fmt(line.value, 4) if isinstance(line.value, Interval) else str(line.value)
        return f"{line.ref} rule {line.rule_id} ({line.subject}): {value} kg CO2e{per_unit}"
    value = fmt(line.value, 4) if isinstance(line.value, Interval) else repr(line.value)
    return f"{line.ref} derive {line.rule_id} ({line.subject}): {line.fact} = {value} {line.unit}".rstrip()


def render_explain(report: EcoReport) -> str:
    """Every phase total, the rules that make it, the facts and derived facts they read, and the
    factors (with sources) they used."""
    out = [f"Trace for {report.template_id} v{report.template_version} (rules {report.ruleset})"]
    for phase in report.phases:
        out.append("")
        out.append(f"{phase.label}: {fmt(phase.co2e_kg, 4)} kg CO2e, {fmt(phase.energy_mj, 4)} MJ")
        for ref in phase.lines:
            for depth, line in _walk(report, ref):
                pad = "  " * (depth + 1)
                out.append(f"{pad}{_line_head(line)}")
                out.append(f"{pad}  {line.description}")
                out.append(f"{pad}  = {line.expression}")
                if line.kind == "rule" and line.energy is not None:
                    out.append(f"{pad}  energy = {line.energy_expression} \u2192 {fmt(line.energy, 4)} MJ")
                    if line.energy_note:
                        out.append(f"{pad}  note: {line.energy_note}")
                if line.inputs:
                    out.append(f"{pad}  facts: " + "; ".join(f"{k} = {v}" for k, v in line.inputs))
                if line.factors:
                    out.append(f"{pad}  factors: " + ", ".join(line.factors))
                for note in line.notes:
                    out.append(f"{pad}  note: {note}")
    reached = {line.ref for phase in report.phases for ref in phase.lines for _, line in _walk(report, ref)}
    others = [line for ref, line in report.lines.items() if ref not in reached]
    if others:
        out.append("")
        out.append("Other derived facts (machine time and the like, not part of a phase total):")
        for line in others:
            out.append(f"  {_line_head(line)}")
            out.append(f"    {line.description}")
            out.append(f"    = {line.expression}")
            if line.factors:
                out.append("    factors: " + ", ".join(line.factors))
    out.append("")
    out.append("Factors used (value [low–high] unit, status, boundary, source, locator):")
    for factor in sorted(report.factors.values(), key=lambda f: f.id):
        out.extend(_factor_lines(factor))
    out.append("")
    out.append(f"{report.repairability.label}: {report.repairability.text()}")
    for criterion in report.repairability.criteria:
        score = f"level {criterion.score:.1f} of 5" if criterion.applicable else "left out"
        out.append(
            f"  {criterion.label}: {score} \u00d7 weight {criterion.coefficient:g} "
            f"\u2014 {criterion.basis} [{criterion.source}]"
        )
    for note in report.repairability.notes:
        out.append(f"  {note}")
    out.append("")
    grade = report.grade
    out.append(f"Grade {grade.letter}: {grade.basis} = {grade.metric_value:.3f} {grade.metric}")
    return "\n".join(out)


def _walk(
    report: EcoReport, ref: str, depth: int = 0, seen: set[str] | None = None
) -> list[tuple[int, TraceLine]]:
    seen = set() if seen is None else seen
    if ref in seen or ref not in report.lines:
        return []
    seen.add(ref)
    line = report.lines[ref]
    out = [(depth, line)]
    for dep in line.depends_on:
        out.extend(_walk(report, dep, depth + 1, seen))
    return out


def _factor_lines(factor: Factor) -> list[str]:
    flag = f" [{factor.flag}]" if factor.flag else ""
    head = (
        f"  {factor.id}: {factor.value:g} [{factor.low:g}\u2013{factor.high:g}] {factor.unit}, "
        f"{factor.status}{flag}"
    )
    lines = [head]
    if factor.boundary:
        lines.append(f"      boundary: {factor.boundary}")
    lines.append(f"      source: {factor.source}")
    if factor.locator:
        lines.append(f"      locator: {factor.locator}")
    if factor.notes:
        lines.append(f"      notes: {factor.notes}")
    return lines

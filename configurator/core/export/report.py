"""The eco report as a neutral document (headings, paragraphs, tables), built from the eco
engine's report dict (``EcoReport.to_dict()``) plus what the package says about the product.

:mod:`report_html` and :mod:`report_pdf` render the same document, so both files carry the same
figures. Every figure is shown with its low–high range, the rule that produced it and the factor
rows it used with their source; proxies and estimates are marked where they are used and listed.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

FLAG_STATUSES = frozenset({"PROXY", "estimate", "assumption", "GAP", "UNSOURCED_PLACEHOLDER"})


@dataclass(frozen=True)
class Heading:
    text: str
    level: int = 2


@dataclass(frozen=True)
class Paragraph:
    text: str
    tone: str = "normal"  # "normal", "note", "warning", "grade"


@dataclass(frozen=True)
class Table:
    columns: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    widths: tuple[float, ...]  # relative column widths
    flagged: frozenset[int] = field(default_factory=frozenset)  # row indexes to mark


Block = Heading | Paragraph | Table


@dataclass(frozen=True)
class ReportDocument:
    title: str
    subtitle: str
    blocks: tuple[Block, ...]


def fmt(value: float, digits: int = 3) -> str:
    if value == 0:
        return "0"
    magnitude = abs(value)
    if magnitude >= 100:
        return f"{value:,.0f}"
    if magnitude >= 1:
        return f"{value:.{max(digits - 1, 1)}f}".rstrip("0").rstrip(".")
    return f"{value:.{digits}g}"


def interval_text(data: Mapping[str, float], unit: str = "") -> str:
    unit = f" {unit}" if unit else ""
    value, low, high = data["value"], data["low"], data["high"]
    if low == high == value:
        return f"{fmt(value)}{unit}"
    return f"{fmt(value)}{unit} ({fmt(low)}–{fmt(high)})"


def _factor_label(factor: Mapping[str, Any]) -> str:
    status = str(factor.get("status", ""))
    basis = str(factor.get("range_basis", ""))
    if status in FLAG_STATUSES:
        return f"[{status.upper()}] "
    if basis.startswith("estimate"):
        return "[RANGE ESTIMATED] "
    return ""


def _is_flagged(factor: Mapping[str, Any]) -> bool:
    return bool(_factor_label(factor))


def _product_blocks(product: Mapping[str, Any]) -> list[Block]:
    rows = [(str(k), str(v)) for k, v in product.items() if v not in (None, "")]
    return [Heading("Product"), Table(("", ""), tuple(rows), (1.0, 3.0))]


def _not_evaluated(reason: str) -> list[Block]:
    return [
        Heading("Eco evaluation"),
        Paragraph(f"Not evaluated: {reason}. No footprint figure is given for this package.", "warning"),
    ]


def _summary_blocks(eco: Mapping[str, Any]) -> list[Block]:
    grade = eco["grade"]
    thresholds = ", ".join(f"{t['grade']} ≤ {fmt(t['max'])}" for t in grade["thresholds"])
    blocks: list[Block] = [
        Heading("Eco grade"),
        Paragraph(f"Grade {grade['letter']}: {fmt(grade['value'])} {grade['metric']}", "grade"),
        Paragraph(
            f"Thresholds: {thresholds}; anything above the last is E. Basis: {grade['basis']}.", "note"
        ),
        Heading("Footprint, cradle to grave"),
        Paragraph(
            f"Total: {interval_text(eco['total']['co2e_kg'], 'kg CO2e')}; energy "
            f"{interval_text(eco['total']['energy_mj'], 'MJ')}; product mass "
            f"{interval_text(eco['product_mass_kg'], 'kg')}. Ranges are low–high bounds "
            "from the factors' ranges."
        ),
    ]
    total = eco["total"]["co2e_kg"]["value"] or 1.0
    rows = []
    for phase in eco["phases"]:
        share = phase["co2e_kg"]["value"] / total if total else 0.0
        rows.append(
            (
                phase["label"],
                interval_text(phase["co2e_kg"]),
                interval_text(phase["energy_mj"]),
                f"{share:.0%}",
                phase.get("status", "–"),
                ", ".join(phase["lines"]) or "–",
            )
        )
    blocks.append(
        Table(
            ("Life phase", "kg CO2e (low–high)", "MJ (low–high)", "Share", "Data", "Trace lines"),
            tuple(rows),
            (2.0, 2.0, 2.0, 0.7, 1.0, 1.1),
        )
    )
    blocks.append(
        Paragraph(
            "Data: the weakest status among the factor rows behind the row "
            "(sourced, computed, PROXY, user-declared, estimate, assumption, "
            "example).",
            "note",
        )
    )
    blocks.append(Paragraph(eco["dominant"]["statement"]))
    return blocks


def _repair_blocks(eco: Mapping[str, Any]) -> list[Block]:
    repair = eco["repairability"]
    circ = eco["circularity"]
    rows = tuple(
        (c["label"], fmt(c["score"]), fmt(c["coefficient"]), c["basis"], c["source"])
        for c in repair["criteria"]
    )
    blocks: list[Block] = [
        Heading("Repairability"),
        Paragraph(
            f"{repair.get('label', 'Repairability')}: {fmt(repair['score'])} of "
            f"{fmt(repair.get('scale_max', 5))} ({repair['method']})."
        ),
        Table(
            ("Parameter", "Level 1–5", "Weight", "How it was reached", "Source"),
            rows,
            (1.4, 0.7, 0.6, 3.0, 2.3),
        ),
    ]
    blocks += [Paragraph(note, "note") for note in repair.get("notes", ())]
    blocks += [
        Heading("Circularity"),
        Table(
            ("", ""),
            (
                ("Materials", ", ".join(circ["materials"])),
                ("Single material", "yes" if circ["mono_material"] else "no"),
                ("Recycled content (mass share)", f"{circ['recycled_content']:.0%}"),
                (
                    "Recycled at end of life (mass share, route used)",
                    f"{circ['recycled_at_end_of_life']:.0%} ({', '.join(circ['end_of_life_routes'])})",
                ),
                ("Bio-based (mass share)", f"{circ['bio_based_share']:.0%}"),
                ("Different materials separable", "yes" if circ["separable"] else "no"),
            ),
            (2.0, 3.0),
        ),
    ]
    labels = circ.get("labels", {})
    blocks += [Paragraph(f"{k.replace('_', ' ')}: {v}", "note") for k, v in labels.items()]
    return blocks


def _flag_blocks(eco: Mapping[str, Any]) -> list[Block]:
    blocks: list[Block] = [Heading("Proxies and estimates this report relies on")]
    flags = eco.get("flags", [])
    if flags:
        rows = tuple((f["factor"], str(f["status"]).upper(), f.get("notes", "")) for f in flags)
        blocks.append(Table(("Factor", "Status", "Why"), rows, (2.2, 1.2, 4.6), frozenset(range(len(rows)))))
    else:
        blocks.append(Paragraph("None: every factor used is sourced."))
    for warning in eco.get("warnings", ()):
        blocks.append(Paragraph(f"Warning: {warning}", "warning"))
    return blocks


def _trace_blocks(eco: Mapping[str, Any]) -> list[Block]:
    factors = eco.get("factors", {})
    rows = []
    flagged = set()
    for index, line in enumerate(eco.get("trace", {}).values()):
        value = line["value"]
        shown = interval_text(value, line["unit"]) if isinstance(value, dict) else (f"{value} {line['unit']}")
        used = []
        for fid in line.get("factors", ()):
            label = _factor_label(factors.get(fid, {}))
            if label:
                flagged.add(index)
            used.append(f"{label}{fid}")
        where = line.get("phase") or f"fact {line.get('fact', '')}"
        rows.append(
            (
                line["ref"],
                f"{line['rule']} ({line['file']})",
                line["subject"],
                where,
                line["expression"],
                shown,
                ", ".join(used) or "–",
            )
        )
    blocks: list[Block] = [
        Heading("Trace: every figure, the rule that made it and the factors it used"),
        Table(
            ("Ref", "Rule", "Subject", "Phase / fact", "Expression", "Value", "Factors"),
            tuple(rows),
            (0.5, 1.6, 0.9, 1.0, 2.6, 1.4, 1.8),
            frozenset(flagged),
        ),
    ]
    factor_rows = []
    factor_flags = set()
    for index, (fid, factor) in enumerate(factors.items()):
        if _is_flagged(factor):
            factor_flags.add(index)
        value = {"value": factor["value"], "low": factor["low"], "high": factor["high"]}
        factor_rows.append(
            (
                fid,
                interval_text(value, str(factor["unit"])),
                f"{_factor_label(factor)}{factor['status']}",
                f"{factor['source']} {factor.get('locator', '')}".strip(),
                str(factor.get("file", "")),
            )
        )
    blocks += [
        Heading("Factors and their sources"),
        Table(
            ("Factor", "Value (low–high)", "Status", "Source", "File"),
            tuple(factor_rows),
            (1.8, 1.6, 1.2, 4.2, 1.2),
            frozenset(factor_flags),
        ),
    ]
    return blocks


def build_report(
    product: Mapping[str, Any],
    eco: Mapping[str, Any] | None,
    *,
    title: str,
    not_evaluated_reason: str = "no eco evaluation was supplied with this export",
    dfm_lines: Sequence[str] = (),
    extra: Sequence[Block] = (),
) -> ReportDocument:
    """The report document for a package; ``eco`` is ``EcoReport.to_dict()`` or None."""
    blocks: list[Block] = _product_blocks(product)
    if dfm_lines:
        blocks += [Heading("Manufacturing checks"), *(Paragraph(line) for line in dfm_lines)]
    blocks += list(extra)
    if eco is None:
        blocks += _not_evaluated(not_evaluated_reason)
        subtitle = "Eco evaluation: not evaluated"
    else:
        blocks += _summary_blocks(eco) + _repair_blocks(eco) + _flag_blocks(eco)
        blocks += _trace_blocks(eco)
        context = eco.get("context", {})
        subtitle = (
            f"Grade {eco['grade']['letter']} · ruleset {eco.get('ruleset', '')} · "
            f"context: {context.get('label') or context.get('country') or 'unknown'}"
        )
    return ReportDocument(title, subtitle, tuple(blocks))


def eco_summary(eco: Mapping[str, Any] | None, reason: str = "") -> dict[str, Any]:
    """The manifest's ``eco`` object: headline figures, flags and where the full trace is."""
    if eco is None:
        return {
            "status": "not_evaluated",
            "reason": reason or "no eco evaluation was supplied with this export",
        }
    return {
        "status": "evaluated",
        "grade": eco["grade"]["letter"],
        "grade_metric": eco["grade"]["metric"],
        "grade_value": eco["grade"]["value"],
        "total_co2e_kg": eco["total"]["co2e_kg"],
        "total_energy_mj": eco["total"]["energy_mj"],
        "product_mass_kg": eco["product_mass_kg"],
        "phases": {p["phase"]: p["co2e_kg"] for p in eco["phases"]},
        "repairability_score": eco["repairability"]["score"],
        "repairability_scale_max": eco["repairability"].get("scale_max", 5),
        "repairability_label": eco["repairability"].get("label", ""),
        "ruleset": eco.get("ruleset", ""),
        "context": eco.get("context", {}),
        "flags": [{"factor": f["factor"], "status": f["status"]} for f in eco.get("flags", [])],
        "warnings": list(eco.get("warnings", [])),
        "report": ["eco-report.html", "eco-report.pdf"],
    }

"""The eco report for one variant, as plain data with a JSON form.

Every number in a report points at trace lines (:class:`TraceLine`), each naming the rule that made
it, the facts it read and the factor rows (with sources) it used. ``EcoReport.explain(ref)`` and the
text renderer walk that chain.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from configurator.sdk.i18n import translate
from eco_rules.factors import Factor, describe_factor
from eco_rules.interval import Interval

PHASE_LABELS = {
    "material": "Material (incl. waste)",
    "manufacturing": "Manufacturing energy",
    "transport": "Transport",
    "end_of_life": "End of life",
}


def interval_dict(value: Interval) -> dict[str, float]:
    """Full precision, so a reader can re-compute figures from the JSON without rounding drift."""
    return {"value": value.value, "low": value.low, "high": value.high}


def phase_label(phase: str) -> str:
    """A phase's name as a consumer reads it, in the current language (:data:`PHASE_LABELS` in English)."""
    labels = {
        "material": translate("eco-report", "Material (incl. waste)"),
        "manufacturing": translate("eco-report", "Manufacturing energy"),
        "transport": translate("eco-report", "Transport"),
        "end_of_life": translate("eco-report", "End of life"),
    }
    return labels.get(phase, phase)


def _flag_words(flag: str) -> str:
    words = {
        "PROXY": translate("eco-report", "proxy"),
        "user-declared": translate("eco-report", "your figure"),
    }
    return words.get(flag, flag)


@dataclass(frozen=True)
class TraceLine:
    """One evaluated rule or derive, with everything needed to re-trace its number."""

    ref: str
    kind: str  # "rule" or "derive"
    rule_id: str
    rule_file: str
    description: str
    subject: str  # part name, hardware name or "product"
    phase: str  # life phase for rules, "" for derives
    fact: str  # derived fact name for derives, "" for rules
    expression: str
    value: Interval | str | bool
    unit: str
    energy: Interval | None = None
    energy_expression: str = ""
    energy_note: str = ""
    multiplier: float = 1.0
    factors: tuple[str, ...] = ()
    inputs: tuple[tuple[str, str], ...] = ()
    depends_on: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        value: Any = interval_dict(self.value) if isinstance(self.value, Interval) else self.value
        data: dict[str, Any] = {
            "ref": self.ref,
            "kind": self.kind,
            "rule": self.rule_id,
            "file": self.rule_file,
            "description": self.description,
            "subject": self.subject,
            "expression": self.expression,
            "value": value,
            "unit": self.unit,
            "factors": list(self.factors),
            "inputs": dict(self.inputs),
            "depends_on": list(self.depends_on),
        }
        if self.kind == "rule":
            data["phase"] = self.phase
            data["multiplier"] = self.multiplier
            data["energy_mj"] = interval_dict(self.energy) if self.energy is not None else None
            data["energy_expression"] = self.energy_expression
            if self.energy_note:
                data["energy_note"] = self.energy_note
        else:
            data["fact"] = self.fact
        if self.notes:
            data["notes"] = list(self.notes)
        return data


@dataclass(frozen=True)
class PhaseTotal:
    phase: str
    co2e_kg: Interval
    energy_mj: Interval
    lines: tuple[str, ...]
    status: str = "sourced"  # the weakest status of the factors behind it (see factors.STATUS_ORDER)
    factor_ids: tuple[str, ...] = ()

    @property
    def label(self) -> str:
        return phase_label(self.phase)


@dataclass(frozen=True)
class RepairCriterion:
    id: str
    label: str
    coefficient: float  # the parameter's weight in R
    score: float  # level 1..5 (mean over the priority parts)
    basis: str  # how the score was reached, in words
    source: str  # where the coefficient / structure comes from
    applicable: bool = True  # False: left out and the score renormalised over the others


@dataclass(frozen=True)
class Repairability:
    score: float  # R on 1..scale_max
    criteria: tuple[RepairCriterion, ...]
    method: str
    notes: tuple[str, ...] = ()
    scale_max: float = 5.0
    label: str = "Fabwise repairability (after EU 2023/1669), not an official index"

    def text(self) -> str:
        """``3.2 of 5``: the score with its scale, never in an official label's format."""
        return translate("eco-report", "{score:.1f} of {scale_max:g}").format(
            score=self.score, scale_max=self.scale_max
        )


@dataclass(frozen=True)
class Circularity:
    recycled_content: float  # mass share 0..1
    mono_material: bool
    materials: tuple[str, ...]
    recycled_at_end_of_life: float  # mass share whose end-of-life route in this report is recycling
    bio_based_share: float
    separable: bool  # no part is glued or welded to another
    end_of_life_routes: tuple[str, ...] = ()  # the routes this report used, e.g. ("incineration",)
    # figure id -> its status and basis, e.g. ("recycled_content", "assumption: ..."). Every
    # circularity figure shown has one (a test checks it).
    labels: tuple[tuple[str, str], ...] = ()

    def label(self, figure: str) -> str:
        return dict(self.labels).get(figure, "")


@dataclass(frozen=True)
class Grade:
    letter: str
    metric: str
    metric_value: float
    thresholds: tuple[tuple[str, float], ...]
    basis: str


@dataclass(frozen=True)
class Dominant:
    phase: str
    share: float
    statement: str


@dataclass(frozen=True)
class EcoReport:
    template_id: str
    template_version: str
    params: dict[str, Any]
    context: dict[str, Any]
    phases: tuple[PhaseTotal, ...]
    total_co2e_kg: Interval
    total_energy_mj: Interval
    product_mass_kg: Interval
    repairability: Repairability
    circularity: Circularity
    grade: Grade
    dominant: Dominant
    lines: dict[str, TraceLine] = field(repr=False)
    factors: dict[str, Factor] = field(repr=False)
    warnings: tuple[str, ...] = ()
    ruleset: str = ""
    machine_hours: Interval = field(default_factory=lambda: Interval(0.0, 0.0, 0.0))

    def phase(self, name: str) -> PhaseTotal:
        for total in self.phases:
            if total.phase == name:
                return total
        raise KeyError(name)

    @property
    def flagged_factors(self) -> tuple[Factor, ...]:
        """Proxies, estimates and assumptions this report depends on (shown to the user)."""
        return tuple(f for f in self.factors.values() if f.flagged)

    def caveat_text(self, shown: int = 4) -> str:
        """The flagged figures in words a consumer reads, e.g. "Relies on proxy or estimated data:
        Recycled PETG carbon footprint (proxy), ... and 3 more." ("" when none); the row ids and
        sources stay in the report and the panel's tooltip."""
        flagged = sorted(self.flagged_factors, key=lambda f: f.id)
        if not flagged:
            return ""
        names = ", ".join(f"{describe_factor(f)} ({_flag_words(f.flag)})" for f in flagged[:shown])
        if len(flagged) > shown:
            return translate(
                "eco-report", "Relies on proxy or estimated data: {names} and {more} more."
            ).format(names=names, more=len(flagged) - shown)
        return translate("eco-report", "Relies on proxy or estimated data: {names}.").format(names=names)

    def explain(self, ref: str) -> list[TraceLine]:
        """The trace line ``ref`` followed by every derive line it depends on (depth first)."""
        out: list[TraceLine] = []
        seen: set[str] = set()

        def walk(key: str) -> None:
            if key in seen or key not in self.lines:
                return
            seen.add(key)
            line = self.lines[key]
            out.append(line)
            for dep in line.depends_on:
                walk(dep)

        walk(ref)
        return out

    def to_dict(self) -> dict[str, Any]:
        return {
            "template": self.template_id,
            "version": self.template_version,
            "params": self.params,
            "context": self.context,
            "ruleset": self.ruleset,
            "total": {
                "co2e_kg": interval_dict(self.total_co2e_kg),
                "energy_mj": interval_dict(self.total_energy_mj),
            },
            "product_mass_kg": interval_dict(self.product_mass_kg),
            "machine_hours": interval_dict(self.machine_hours),
            "phases": [
                {
                    "phase": p.phase,
                    "label": p.label,
                    "co2e_kg": interval_dict(p.co2e_kg),
                    "energy_mj": interval_dict(p.energy_mj),
                    "lines": list(p.lines),
                    "status": p.status,
                    "factors": list(p.factor_ids),
                }
                for p in self.phases
            ],
            "dominant": {
                "phase": self.dominant.phase,
                "share": round(self.dominant.share, 4),
                "statement": self.dominant.statement,
            },
            "grade": {
                "letter": self.grade.letter,
                "metric": self.grade.metric,
                "value": round(self.grade.metric_value, 4),
                "thresholds": [{"grade": g, "max": m} for g, m in self.grade.thresholds],
                "basis": self.grade.basis,
            },
            "repairability": {
                "score": round(self.repairability.score, 2),
                "scale_max": self.repairability.scale_max,
                "label": self.repairability.label,
                "method": self.repairability.method,
                "criteria": [
                    {
                        "id": c.id,
                        "label": c.label,
                        "coefficient": c.coefficient,
                        "score": round(c.score, 2),
                        "basis": c.basis,
                        "source": c.source,
                        "applicable": c.applicable,
                    }
                    for c in self.repairability.criteria
                ],
                "notes": list(self.repairability.notes),
            },
            "circularity": {
                "recycled_content": round(self.circularity.recycled_content, 4),
                "mono_material": self.circularity.mono_material,
                "materials": list(self.circularity.materials),
                "recycled_at_end_of_life": round(self.circularity.recycled_at_end_of_life, 4),
                "end_of_life_routes": list(self.circularity.end_of_life_routes),
                "bio_based_share": round(self.circularity.bio_based_share, 4),
                "separable": self.circularity.separable,
                "labels": dict(self.circularity.labels),
            },
            "flags": [{"factor": f.id, "status": f.flag, "notes": f.notes} for f in self.flagged_factors],
            "warnings": list(self.warnings),
            "trace": {ref: line.to_dict() for ref, line in self.lines.items()},
            "factors": {fid: f.to_dict() for fid, f in self.factors.items()},
        }

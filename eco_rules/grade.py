"""The A-E grade: thresholds are data (``rules/grade.toml``) and published in docs/eco-method.md.

The metric is the variant's central footprint as ordered (kg CO2e), never a ratio to its mass: a
per-kg metric let a heavier variant with about the same footprint earn a better grade.
"""

from __future__ import annotations

import math
import tomllib
from dataclasses import dataclass
from pathlib import Path

from eco_rules.report import Grade
from eco_rules.rules import RuleFileError


@dataclass(frozen=True)
class Grading:
    metric: str
    basis: str
    thresholds: tuple[tuple[str, float], ...]
    above: str

    def grade(self, co2e_kg: float) -> Grade:
        """The grade of a central footprint in kg CO2e. It depends on nothing else (not on mass), so
        a higher footprint never gets a better grade."""
        if not math.isfinite(co2e_kg):
            raise ValueError(f"cannot grade a footprint of {co2e_kg!r} kg CO2e")
        letter = next((g for g, limit in self.thresholds if co2e_kg <= limit), self.above)
        return Grade(letter, self.metric, co2e_kg, self.thresholds, self.basis)


def load_grading(path: Path) -> Grading:
    name = path.name
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))["grade"]
        thresholds = tuple((str(g), float(limit)) for g, limit in data["thresholds"])
        above = str(data["above"])
        metric, basis = str(data["metric"]), str(data["basis"])
    except (OSError, tomllib.TOMLDecodeError, KeyError, TypeError, ValueError) as exc:
        raise RuleFileError(f"{name}: malformed grade rules ({exc!r})") from None
    limits = [limit for _, limit in thresholds]
    if not thresholds or limits != sorted(limits) or len(set(limits)) != len(limits):
        raise RuleFileError(f"{name}: grade thresholds must rise strictly from the best grade")
    letters = [g for g, _ in thresholds] + [above]
    if len(set(letters)) != len(letters):
        raise RuleFileError(f"{name}: each grade letter may appear once")
    return Grading(metric, basis, thresholds, above)

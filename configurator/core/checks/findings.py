"""Findings of a template check, one message per distinct problem with the variants it hit."""

from __future__ import annotations

from dataclasses import dataclass, field

SHOWN_VARIANTS = 6


@dataclass(frozen=True)
class Finding:
    level: str  # "error", "warning" or "ok"
    message: str
    variants: tuple[str, ...] = ()

    @property
    def text(self) -> str:
        """The message, with where it occurred (``in defaults, preset 'big' and 3 more``)."""
        if not self.variants:
            return self.message
        return f"{self.message} [{describe_variants(self.variants)}]"


def describe_variants(variants: tuple[str, ...]) -> str:
    shown = list(variants[:SHOWN_VARIANTS])
    rest = len(variants) - len(shown)
    if len(variants) == 1:
        return f"in {shown[0]}"
    listed = ", ".join(shown)
    more = f" and {rest} more" if rest else ""
    return f"in {len(variants)} variants: {listed}{more}"


@dataclass
class FindingLog:
    """Findings in the order first seen; the same (level, message) from several variants is one
    finding that lists them all."""

    _order: list[tuple[str, str]] = field(default_factory=list)
    _variants: dict[tuple[str, str], list[str]] = field(default_factory=dict)

    def add(self, level: str, message: str, variant: str | None = None) -> None:
        key = (level, message)
        if key not in self._variants:
            self._order.append(key)
            self._variants[key] = []
        if variant is not None and variant not in self._variants[key]:
            self._variants[key].append(variant)

    def findings(self) -> list[Finding]:
        return [
            Finding(level, message, tuple(self._variants[(level, message)])) for level, message in self._order
        ]

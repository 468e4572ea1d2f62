"""Prices for a quote: the workshop's own (facility ``pricing``/``hourly_rate``) or typical ones.

Typical fab-lab prices (``resources/data/pricing/typical_rates.csv``, sources in ``SOURCES.md``)
are ranges, never single figures, and every use of one is labelled "typical, not this lab's price".
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache

from configurator.core.facilities.model import Facility
from configurator.sdk.resources import data_path
from eco_rules.interval import Interval

TYPICAL_LABEL = "typical, not this lab's price"
TYPICAL_CURRENCY = "EUR"


@dataclass(frozen=True)
class Price:
    """A price with bounds, its currency and unit, and where it comes from."""

    amount: Interval
    currency: str
    unit: str
    typical: bool
    source: str
    status: str = "sourced"
    note: str = ""

    def label(self) -> str:
        if not self.typical:
            return "this workshop's price"
        extra = f" ({self.status})" if self.status != "sourced" else ""
        return f"{TYPICAL_LABEL}{extra}: {self.source}"


@dataclass(frozen=True)
class TypicalRow:
    id: str
    kind: str
    subject: str
    thickness_mm: float | None
    amount: Interval
    unit: str
    currency: str
    status: str
    source: str
    locator: str
    notes: str


@lru_cache(maxsize=1)
def typical_rows() -> tuple[TypicalRow, ...]:
    rows = []
    with data_path("pricing", "typical_rates.csv").open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            rows.append(
                TypicalRow(
                    id=row["id"],
                    kind=row["kind"],
                    subject=row["subject"],
                    thickness_mm=float(row["thickness_mm"]) if row["thickness_mm"] else None,
                    amount=Interval(float(row["low"]), float(row["value"]), float(row["high"])),
                    unit=row["unit"],
                    currency=row["currency"],
                    status=row["status"],
                    source=row["source"],
                    locator=row["locator"],
                    notes=row["notes"],
                )
            )
    return tuple(rows)


def _typical(kind: str, subject: str) -> TypicalRow | None:
    return next((r for r in typical_rows() if r.kind == kind and r.subject == subject), None)


def _typical_price(row: TypicalRow, note: str = "") -> Price:
    return Price(row.amount, row.currency, row.unit, True, row.source, row.status, note or row.locator)


class PriceBook:
    """Where each price of a quote comes from for one facility (its own first, then typical)."""

    def __init__(self, facility: Facility) -> None:
        self.facility = facility
        self.pricing = facility.pricing
        rate = facility.hourly_rate
        self.currency = self.pricing.currency if self.pricing else rate.currency if rate else TYPICAL_CURRENCY

    def _fits(self, row: TypicalRow | None) -> Price | None:
        if row is None or row.currency != self.currency:
            return None
        return _typical_price(row)

    def machine_rate(self, process: str) -> Price | None:
        own = self.pricing.rate_for(process) if self.pricing else None
        if own is not None:
            return Price(Interval.exact(own), self.currency, "per hour", False, "this workshop's rate")
        rate = self.facility.hourly_rate
        if rate is not None and rate.currency == self.currency:
            return Price(
                Interval.exact(rate.amount), self.currency, "per hour", False, "this workshop's hourly rate"
            )
        return self._fits(_typical("machine", process))

    def setup_fee(self, process: str) -> Price | None:
        if self.pricing is not None and self.pricing.setup_fee is not None:
            return Price(
                Interval.exact(self.pricing.setup_fee),
                self.currency,
                "per job",
                False,
                "this workshop's set-up fee",
            )
        return self._fits(_typical("setup", process))

    def material_per_kg(self, material: str) -> Price | None:
        own = self.pricing.material_price(material) if self.pricing else None
        if own is not None and own.per_kg is not None:
            return Price(Interval.exact(own.per_kg), self.currency, "per kg", False, "this workshop's price")
        return self._fits(_typical("material_kg", material))

    def material_per_m2(self, material: str, thickness_mm: float) -> Price | None:
        own = self.pricing.material_price(material, thickness_mm) if self.pricing else None
        if own is not None and own.per_sheet is not None and own.sheet_mm is not None:
            area_m2 = own.sheet_mm[0] * own.sheet_mm[1] / 1e6
            note = f"{own.describe(self.currency)}"
            return Price(
                Interval.exact(own.per_sheet / area_m2),
                self.currency,
                "per m2",
                False,
                "this workshop's sheet price",
                note=note,
            )
        rows = [
            r
            for r in typical_rows()
            if r.kind == "material_m2" and r.subject == material and r.thickness_mm is not None
        ]
        if not rows or rows[0].currency != self.currency:
            return None
        exact = [r for r in rows if r.thickness_mm is not None and abs(r.thickness_mm - thickness_mm) < 0.05]
        if exact:
            return _typical_price(exact[0])
        nearest = min(rows, key=lambda r: abs((r.thickness_mm or 0.0) - thickness_mm))
        assert nearest.thickness_mm is not None
        scale = thickness_mm / nearest.thickness_mm
        return Price(
            nearest.amount * scale,
            nearest.currency,
            "per m2",
            True,
            nearest.source,
            "estimate",
            f"scaled from the {nearest.thickness_mm:g} mm price by thickness (x{scale:.2f})",
        )

    def lead_time(self) -> tuple[tuple[int, int] | None, str]:
        if self.pricing is not None and self.pricing.lead_time_days is not None:
            fast, usual = self.pricing.lead_time_days
            text = f"{fast} working days" if fast == usual else f"{fast}-{usual} working days"
            return (fast, usual), f"{text} (this workshop's own figure)"
        return None, "not stated by this workshop: ask it"

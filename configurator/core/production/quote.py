"""A quote for making a variant at one workshop: every term shown, the total their sum, a range.

Terms, per part and for the ordered quantity:
- material: filament from the slice (supports included) or the eco engine's material bought,
  x price per kg; sheet parts: their bounding rectangle x price per m² (or per sheet);
- machine: machine hours (PrusaSlicer's print time, the laser job model, the eco engine's
  model for the other processes) x the hourly rate for that process;

  INTERFACE for routed and milled parts: their hours are the eco rules' per-part derived fact
  ``machine_hours`` (read from the report's trace by :func:`_derived`), so the machining-time
  model of the footprint rules (removed volume, standard stock, tool changes and set-up, as the
  eco rules define it) is what a quote charges; no second model lives here.
- set-up: once per process in the job.
Bought hardware has no price source yet: it is listed as not priced. Anything without a price
(no rate for a process, a material nobody prices) is listed under ``unpriced`` and the quote says
its total leaves it out: nothing is guessed.

``total`` is the sum of the terms' amounts; its low/high are the sums of their lows/highs, so
the range holds every term's range.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from configurator.core.facilities.model import Facility, machine_words
from configurator.core.production.measure import Measurement, format_hours
from configurator.core.production.pricing import TYPICAL_LABEL, Price, PriceBook
from configurator.sdk.errors import FabwiseError
from configurator.sdk.i18n import part_name, translate
from configurator.sdk.materials import load_materials
from configurator.sdk.results import BuildResult
from eco_rules.interval import Interval
from eco_rules.report import EcoReport

MAX_QUANTITY = 10_000


@dataclass(frozen=True)
class QuoteTerm:
    kind: str  # material, machine, setup
    label: str
    amount: Interval
    basis: str
    price: str  # where the price comes from
    typical: bool

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "label": self.label,
            "amount": _range(self.amount),
            "basis": self.basis,
            "price_source": self.price,
            "typical": self.typical,
        }


@dataclass(frozen=True)
class Quote:
    facility_id: str
    facility_name: str
    template_id: str
    params: dict[str, Any]
    currency: str
    quantity: int
    terms: tuple[QuoteTerm, ...]
    unpriced: tuple[str, ...]
    machine_hours: Interval
    lead_time_days: tuple[int, int] | None
    lead_time: str
    notes: tuple[str, ...] = field(default=())

    @property
    def total(self) -> Interval:
        return sum((t.amount for t in self.terms), Interval.exact(0.0))

    @property
    def typical(self) -> bool:
        return any(t.typical for t in self.terms)

    @property
    def complete(self) -> bool:
        return not self.unpriced

    def to_dict(self) -> dict[str, Any]:
        return {
            "facility": {"id": self.facility_id, "name": self.facility_name},
            "template": self.template_id,
            "params": self.params,
            "currency": self.currency,
            "quantity": self.quantity,
            "terms": [t.to_dict() for t in self.terms],
            "total": _range(self.total),
            "complete": self.complete,
            "unpriced": list(self.unpriced),
            "uses_typical_prices": self.typical,
            "machine_hours": _range(self.machine_hours, 3),
            "lead_time": {
                "days": list(self.lead_time_days) if self.lead_time_days else None,
                "text": self.lead_time,
            },
            "notes": list(self.notes),
        }

    def render(self) -> str:
        cur = self.currency
        lines = [
            f"Quote from {self.facility_name} ({self.facility_id}) for {self.quantity} x {self.template_id}",
            "",
        ]
        width = max([len(t.label) for t in self.terms] + [10])
        for term in self.terms:
            flag = "  [typical]" if term.typical else ""
            lines.append(f"  {term.label:<{width}}  {_money(term.amount, cur)}{flag}")
            lines.append(f"  {'':<{width}}    {term.basis}; {term.price}")
        lines.append(f"  {'-' * width}")
        total = self.total
        lines.append(f"  {'total':<{width}}  {_money(total, cur)}")
        if self.unpriced:
            lines.append("")
            lines.append("Not priced (the total leaves these out):")
            lines += [f"  - {item}" for item in self.unpriced]
        lines.append("")
        hours = self.machine_hours
        lines.append(f"Machine time: {hours.value:.2f} h (range {hours.low:.2f}-{hours.high:.2f} h)")
        lines.append(f"Lead time: {self.lead_time}")
        if self.typical:
            lines.append(f"Lines marked [typical] use {TYPICAL_LABEL}: ask the workshop for its own.")
        lines += [f"Note: {note}" for note in self.notes]
        return "\n".join(lines)


def _material_words(material: str) -> str:
    """A material by its name in the reader's language ("PETG", "Birch plywood"), never its id."""
    known = load_materials()
    return known[material].label if material in known else material


def _range(value: Interval, digits: int = 2) -> dict[str, float]:
    return {
        "low": round(value.low, digits),
        "value": round(value.value, digits),
        "high": round(value.high, digits),
    }


def _money(value: Interval, currency: str) -> str:
    if value.low == value.high:
        return f"{value.value:8.2f} {currency}"
    return f"{value.value:8.2f} {currency}  ({value.low:.2f}-{value.high:.2f})"


def _derived(report: EcoReport, subject: str, fact: str) -> Interval | None:
    for line in report.lines.values():
        if line.kind == "derive" and line.subject == subject and line.fact == fact:
            value = line.value
            return value if isinstance(value, Interval) else None
    return None


def _term(kind: str, label: str, quantity: Interval, price: Price, count: int, basis: str) -> QuoteTerm:
    amount = quantity * price.amount * float(count)
    return QuoteTerm(
        kind, label, amount, basis, price.label() + (f" ({price.note})" if price.note else ""), price.typical
    )


def make_quote(
    build: BuildResult,
    report: EcoReport,
    measurement: Measurement | None,
    facility: Facility,
    quantity: int = 1,
) -> Quote:
    """Quote ``quantity`` copies of ``build`` at ``facility`` (report: evaluated with its context)."""
    if isinstance(quantity, bool) or not isinstance(quantity, int) or not 1 <= quantity <= MAX_QUANTITY:
        raise FabwiseError(f"quantity must be a whole number from 1 to {MAX_QUANTITY}, got {quantity!r}")
    book = PriceBook(facility)
    cur = book.currency
    terms: list[QuoteTerm] = []
    unpriced: list[str] = []
    notes: list[str] = []
    hours_total = Interval.exact(0.0)
    processes: list[str] = []
    slices = measurement.slices if measurement else {}
    for part in build.parts:
        count = part.quantity * quantity
        name = f"'{part_name(part.name)}'"
        if part.process not in processes:
            processes.append(part.process)
        machine = machine_words(part.process)
        # ---- material
        sliced = slices.get(part.name)
        if part.is_sheet and part.sheet_thickness_mm:
            x, y, _ = part.bbox_mm
            area = Interval.exact(float(x) * float(y) / 1e6)
            price = book.material_per_m2(part.material, float(part.sheet_thickness_mm))
            if price is None:
                unpriced.append(
                    translate("quote", "{material} sheet for {name}: no {cur} price for it").format(
                        material=_material_words(part.material), name=name, cur=cur
                    )
                )
            else:
                terms.append(
                    _term(
                        "material",
                        translate("quote", "{material} {thickness:g} mm for {name}").format(
                            material=_material_words(part.material),
                            thickness=part.sheet_thickness_mm,
                            name=name,
                        ),
                        area,
                        price,
                        count,
                        f"{count} x {area.value * 100:.2f} dm² (bounding rectangle) x "
                        f"{price.amount.value:.2f} {cur}/m²",
                    )
                )
        else:
            if sliced is not None:
                kg = Interval.exact(sliced.filament_g / 1000.0)
                what = f"{sliced.filament_g:.1f} g incl. {sliced.support_g:.1f} g supports ({sliced.label()})"
            else:
                bought = _derived(report, part.name, "input_mass_kg")
                kg = bought if bought is not None else Interval.exact(0.0)
                what = f"{kg.value * 1000:.1f} g material bought (eco model, incl. waste)"
            price = book.material_per_kg(part.material)
            if price is None:
                unpriced.append(
                    translate("quote", "{material} for {name}: no {cur} price per kg").format(
                        material=_material_words(part.material), name=name, cur=cur
                    )
                )
            else:
                terms.append(
                    _term(
                        "material",
                        translate("quote", "{material} for {name}").format(
                            material=_material_words(part.material), name=name
                        ),
                        kg,
                        price,
                        count,
                        f"{count} x {what} x {price.amount.value:.2f} {cur}/kg",
                    )
                )
        # ---- machine time
        hours = _derived(report, part.name, "machine_hours")
        if hours is None:
            unpriced.append(
                translate("quote", "{machine} time for {name}: no time model for {process}").format(
                    machine=machine, name=name, process=part.process
                )
            )
            continue
        hours_total = hours_total + hours * float(count)
        rate = book.machine_rate(part.process)
        source = (
            sliced.label()
            if sliced is not None
            else "laser job model"
            if measurement and part.name in measurement.laser
            else "eco model"
        )
        if rate is None:
            unpriced.append(
                translate("quote", "{machine} time for {name} ({hours:.2f} h each): no {cur} rate").format(
                    machine=machine, name=name, hours=hours.value, cur=cur
                )
            )
            continue
        terms.append(
            _term(
                "machine",
                translate("quote", "{machine} time for {name}").format(machine=machine, name=name),
                hours,
                rate,
                count,
                f"{count} x {format_hours(hours.value)} ({source}) x {rate.amount.value:.2f} {cur}/h",
            )
        )
    own_fee = book.pricing.setup_fee if book.pricing is not None else None
    if own_fee is not None:
        fee = book.setup_fee(processes[0] if processes else "")
        assert fee is not None
        terms.append(
            _term(
                "setup",
                translate("quote", "set-up (per job)"),
                Interval.exact(1.0),
                fee,
                1,
                translate("quote", "once per job"),
            )
        )
        processes = []
    for process in processes:
        fee = book.setup_fee(process)
        if fee is None:
            unpriced.append(
                translate("quote", "set-up of the {machine}: no {cur} fee known").format(
                    machine=machine_words(process), cur=cur
                )
            )
        elif fee.amount.high > 0 or not fee.typical:
            terms.append(
                _term(
                    "setup",
                    translate("quote", "set-up ({machine})").format(machine=machine_words(process)),
                    Interval.exact(1.0),
                    fee,
                    1,
                    translate("quote", "once per job"),
                )
            )
    if build.hardware:
        items = ", ".join(f"{h.quantity * quantity} x {part_name(h.name)}" for h in build.hardware)
        unpriced.append(
            translate(
                "quote", "bought hardware ({items}): no price source; bring it or ask the workshop"
            ).format(items=items)
        )
    if measurement is not None:
        notes += [f"part '{name}': {reason}" for name, reason in measurement.reasons.items()]
    fast_usual, lead_text = book.lead_time()
    if not math.isfinite(hours_total.high):
        raise FabwiseError("machine time is not finite; the quote cannot be made")
    return Quote(
        facility_id=facility.id,
        facility_name=facility.name,
        template_id=build.template_id,
        params=dict(build.params),
        currency=cur,
        quantity=quantity,
        terms=tuple(terms),
        unpriced=tuple(unpriced),
        machine_hours=hours_total,
        lead_time_days=fast_usual,
        lead_time=lead_text,
        notes=tuple(notes),
    )


def quote_terms_sum(terms: Sequence[QuoteTerm]) -> Interval:
    return sum((t.amount for t in terms), Interval.exact(0.0))

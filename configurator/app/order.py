"""An order across workshops: plan who makes what, weigh the footprint per leg, export per workshop.

:func:`plan_for_build` asks the matcher (:mod:`configurator.core.facilities.split`) for the plans
(one workshop, or a split). :func:`propose_order` ranks them by delivery distance, footprint or
price (:func:`rank_plans`, the one rule for the CLI and the app) and keeps the best single
workshop and the best split. :func:`order_footprint` evaluates each leg with the eco rules in its
own workshop's context: its parts, made there, travelling from there to the person, so transport
is counted once per leg and the material and manufacturing once per part; a price is the sum of
the workshops' quotes (:func:`~configurator.app.quoting.estimate_quote`), never a stand-in for a
workshop that publishes none. :func:`workshop_advice` is the guide's "split it" or "make it all
in one place" suggestion.
:func:`export_order` writes one package per workshop (its parts, its checks, its eco share) and
an assembly sheet for the person, into a new folder that appears only when every package was
written.
"""

from __future__ import annotations

import hashlib
import json
import re
import shutil
import uuid
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from configurator.app.making import facility_context, part_requirements
from configurator.core.atomic import write_atomic
from configurator.core.export import ExportOptions, export_package
from configurator.core.export.assembly import assembly_html, assembly_record
from configurator.core.export_history import record_export
from configurator.core.facilities.model import Facility
from configurator.core.facilities.split import RANKS as RANKS  # the front ends' choices
from configurator.core.facilities.split import OrderOptions, OrderPlan, distance_key, plan_order
from configurator.core.service import BuildService
from configurator.sdk.errors import FabwiseError
from configurator.sdk.i18n import local_number, part_name, translate
from configurator.sdk.results import BuildRequest, BuildResult
from eco_rules import default_engine
from eco_rules.interval import Interval
from eco_rules.numbers import num
from eco_rules.report import EcoReport

ASSEMBLY_HTML = "assembly.html"
# Each package may slice several printed parts (PrusaSlicer): allow more than a single export.
ORDER_PACKAGE_TIMEOUT_S = 600.0
ASSEMBLY_JSON = "assembly.json"


@dataclass(frozen=True)
class LegFootprint:
    facility_id: str
    parts: tuple[str, ...]
    distance_km: float
    report: EcoReport
    quote: dict[str, Any] | None = None  # Quote.to_dict() of this workshop's share

    @property
    def transport_kg(self) -> Interval:
        return self.report.phase("transport").co2e_kg


@dataclass(frozen=True)
class OrderFootprint:
    legs: tuple[LegFootprint, ...]

    @property
    def total_kg(self) -> Interval:
        total = Interval(0.0, 0.0, 0.0)
        for leg in self.legs:
            total = total + leg.report.total_co2e_kg
        return total

    @property
    def transport_kg(self) -> Interval:
        total = Interval(0.0, 0.0, 0.0)
        for leg in self.legs:
            total = total + leg.transport_kg
        return total


PRICE_SCOPE = "estimated from the volume model; each package carries the quote from its sliced jobs"
ADVICE_PLANS = 12  # the guide weighs this many plans (the nearest by delivery distance)


@dataclass(frozen=True)
class PlanPrice:
    """What a plan costs: the sum of its workshops' quotes, or why that cannot be said.

    ``total`` is None when the price is not established (a workshop publishes no prices, a quote
    leaves something unpriced, the workshops quote in different currencies): ``missing`` says
    why, and no figure stands in for it."""

    total: Interval | None
    currency: str = ""
    missing: str = ""
    typical: bool = False  # some terms use typical fab-lab prices, not the workshop's own
    notes: tuple[str, ...] = ()

    @property
    def known(self) -> bool:
        return self.total is not None

    def text(self) -> str:
        if self.total is None:
            return translate("order", "price not established: {missing}").format(missing=self.missing)
        total = self.total
        text = local_number(f"{total.value:.2f}") + f" {self.currency}"
        if total.high > total.low:
            text += local_number(f" ({total.low:.2f}-{total.high:.2f})")
        if self.typical:
            text += translate("order", ", partly typical fab-lab prices (not the workshops' own)")
        return text


@dataclass(frozen=True)
class RankedPlan:
    """A plan with what it was ranked by (footprint and price only where they were weighed)."""

    plan: OrderPlan
    footprint: OrderFootprint | None = None
    price: PlanPrice | None = None


def publishes_prices(facility: Facility) -> bool:
    """Whether a workshop has recorded any price of its own (rates, fees or material prices)."""
    return facility.pricing is not None or facility.hourly_rate is not None


class PlanWeigher:
    """Footprints and prices of an order's plans, each leg weighed once.

    Plans share legs (the same workshop making the same parts at the same distance), so a leg's
    eco report and quote are kept by workshop, parts and distance: ranking hundreds of plans
    evaluates each distinct leg once (a few milliseconds each)."""

    def __init__(self, build: BuildResult, transport: str = "van", quantity: int = 1) -> None:
        self.build = build
        self.transport = transport
        self.quantity = quantity
        self.engine = default_engine()
        self._reports: dict[tuple[str, tuple[str, ...], bool, float | None], EcoReport] = {}
        self._quotes: dict[tuple[str, tuple[str, ...]], Any] = {}
        self.evaluated = 0  # eco evaluations run (legs weighed)

    def footprint(self, plan: OrderPlan) -> OrderFootprint:
        """The eco report of each leg (the bought hardware goes with the first, largest leg)."""
        legs = []
        for index, leg in enumerate(plan.legs):
            key = (leg.facility.id, leg.parts, index == 0, leg.distance_km)
            report = self._reports.get(key)
            if report is None:
                distance = leg.distance_km or 0.0
                notes = (
                    []
                    if leg.distance_km is not None
                    else [
                        translate(
                            "order", "{facility}: no distance to you known, transport counted as 0 km"
                        ).format(facility=leg.facility.name)
                    ]
                )
                context = facility_context(leg.facility, distance, self.transport, notes)
                report = self.engine.evaluate(_leg_build(self.build, leg.parts, index == 0), context)
                self._reports[key] = report
                self.evaluated += 1
            legs.append(LegFootprint(leg.facility.id, leg.parts, leg.distance_km or 0.0, report))
        return OrderFootprint(tuple(legs))

    def price(self, plan: OrderPlan) -> PlanPrice:
        """The sum of the legs' quotes (their parts, without the bought hardware, which has no
        price source and is the same in every plan), or why there is none."""
        from configurator.app.quoting import estimate_quote

        total = Interval.exact(0.0)
        currencies: list[str] = []
        typical = False
        for leg in plan.legs:
            facility = leg.facility
            if not publishes_prices(facility):
                return PlanPrice(
                    None,
                    missing=translate("order", "{facility} publishes no prices").format(
                        facility=facility.name
                    ),
                )
            key = (facility.id, leg.parts)
            quote = self._quotes.get(key)
            if quote is None:
                share = _leg_build(self.build, leg.parts, False)
                quote = estimate_quote(share, facility, self.quantity, engine=self.engine)
                self._quotes[key] = quote
            if quote.unpriced:
                if len(quote.unpriced) > 1:
                    missing = translate("order", "{facility}: {item} (and {more} more)")
                else:
                    missing = translate("order", "{facility}: {item}")
                return PlanPrice(
                    None,
                    missing=missing.format(
                        facility=facility.name, item=quote.unpriced[0], more=len(quote.unpriced) - 1
                    ),
                )
            total = total + quote.total
            currencies.append(quote.currency)
            typical = typical or quote.typical
        if len(set(currencies)) > 1:
            listed = translate("order", " and ").join(sorted(set(currencies)))
            return PlanPrice(
                None,
                missing=translate(
                    "order", "its workshops quote in {currencies}, which Fabwise does not convert"
                ).format(currencies=listed),
            )
        notes = [
            translate(
                "order",
                "estimated from the volume model; each package carries the quote from its sliced jobs",
            )
        ]
        if self.build.hardware:
            notes.append(
                translate("order", "bought hardware not included: no price source, the same in every plan")
            )
        return PlanPrice(total, currencies[0], typical=typical, notes=tuple(notes))


def rank_plans(plans: Sequence[OrderPlan], rank: str, weigher: PlanWeigher) -> list[RankedPlan]:
    """``plans`` best first by ``rank`` (one of :data:`RANKS`); ties go to the shorter delivery.

    - distance: total km of the delivery legs, fewer workshops on a tie (:func:`distance_key`);
    - footprint: the order's total CO2e (each leg with its workshop's electricity and its own
      transport to the person), by the central value of its range;
    - price: the sum of the workshops' quotes; plans whose price is not established (or is in
      another currency than most priced plans) come after every priced one, nearest first, each
      saying why.
    """
    if rank not in RANKS:
        raise FabwiseError(f"unknown ranking '{rank}'", hint=f"rank by {', '.join(RANKS)}")
    if rank == "distance":
        return [RankedPlan(p) for p in sorted(plans, key=distance_key)]
    if rank == "footprint":
        weighed = [RankedPlan(p, footprint=weigher.footprint(p)) for p in plans]
        return sorted(weighed, key=lambda r: (_kg(r), distance_key(r.plan)))
    priced = [RankedPlan(p, price=weigher.price(p)) for p in plans]
    currencies = Counter(r.price.currency for r in priced if r.price is not None and r.price.known)
    if len(currencies) > 1:  # compare like with like: the currency most plans are priced in
        usual = min(currencies, key=lambda c: (-currencies[c], c))
        priced = [
            r
            if r.price is None or not r.price.known or r.price.currency == usual
            else replace(
                r,
                price=PlanPrice(
                    None,
                    missing=translate(
                        "order",
                        "quoted in {currency}, not comparable with the plans in {usual} "
                        "(Fabwise does not convert currencies)",
                    ).format(currency=r.price.currency, usual=usual),
                ),
            )
            for r in priced
        ]
    return sorted(priced, key=_price_key)


def _kg(ranked: RankedPlan) -> float:
    assert ranked.footprint is not None
    return ranked.footprint.total_kg.value


def _price_key(ranked: RankedPlan) -> tuple[int, float, tuple[float, int, tuple[str, ...]]]:
    price = ranked.price
    if price is None or price.total is None:
        return (1, 0.0, distance_key(ranked.plan))
    return (0, price.total.value, distance_key(ranked.plan))


@dataclass(frozen=True)
class OrderProposal:
    """The ranked plans for a design, as the CLI and the app show them: the chosen one, the best
    one-workshop plan and the best split (by the same ranking), with their footprints."""

    options: OrderOptions
    chosen: OrderPlan
    single: OrderFootprint | None  # of ``single_plan``
    split: OrderFootprint | None  # of ``split_plan``
    rank: str = "distance"
    ranked: tuple[RankedPlan, ...] = ()
    single_plan: OrderPlan | None = None
    split_plan: OrderPlan | None = None
    # the guide's advice when the parts are pinned to a split: one workshop that saves CO2e
    gather: WorkshopAdvice | None = None

    @property
    def chosen_footprint(self) -> OrderFootprint | None:
        return self.single if self.chosen.single else self.split

    def price_of(self, plan: OrderPlan | None) -> PlanPrice | None:
        """The plan's price when the plans were ranked by price (None otherwise)."""
        return next((r.price for r in self.ranked if r.plan is plan), None)

    def unpriced(self) -> list[tuple[OrderPlan, PlanPrice]]:
        """Plans ranked by price whose price could not be established (ranked last)."""
        return [(r.plan, r.price) for r in self.ranked if r.price is not None and not r.price.known]

    def advice(self) -> str | None:
        """What the guide says about splitting, from the evaluated footprints (estimates)."""
        single, split = self.single, self.split
        if single is None or split is None:
            return self.gather.text() if self.gather is not None else None
        saving = single.total_kg.value - split.total_kg.value
        if saving > 0:
            return translate(
                "order",
                "the split saves {saving} against one workshop ({parcels} parcels instead of 1; estimated)",
            ).format(saving=co2e_text(saving), parcels=len(split.legs))
        return translate(
            "order", "one workshop saves {saving} and {parcels} parcel(s) against the split (estimated)"
        ).format(saving=co2e_text(-saving), parcels=len(split.legs) - 1)


def co2e_text(kg: float) -> str:
    """A footprint for people: grams below 1 kg, three significant digits."""
    return f"{num(kg * 1000)} g CO2e" if abs(kg) < 1 else f"{num(kg)} kg CO2e"


def propose_order(
    build: BuildResult,
    facilities: Iterable[Facility],
    *,
    origin: tuple[float, float] | None,
    assign: Mapping[str, str] | None = None,
    max_distance_km: float | None = None,
    single_only: bool = False,
    transport: str = "van",
    rank: str = "distance",
    quantity: int = 1,
) -> OrderProposal:
    """Plan the order, rank the plans by ``rank`` (:func:`rank_plans`) and weigh the best single
    workshop and the best split; FabwiseError when no plan can make it."""
    if rank not in RANKS:
        raise FabwiseError(f"unknown ranking '{rank}'", hint=f"rank by {', '.join(RANKS)}")
    facilities = list(facilities)
    options = plan_for_build(build, facilities, origin=origin, assign=assign, max_distance_km=max_distance_km)
    if options.uncovered:
        lines = "; ".join(f"'{part}' ({why})" for part, why in options.uncovered)
        raise FabwiseError(
            f"no workshop in reach can make {lines}",
            hint="look farther, or add a workshop (`fabwise facilities add`)",
        )
    weigher = PlanWeigher(build, transport, quantity)
    ranked = rank_plans(options.plans, rank, weigher)
    single_plan = next((r.plan for r in ranked if r.plan.single), None)
    split_plan = next((r.plan for r in ranked if not r.plan.single), None)
    chosen = single_plan if single_only else (ranked[0].plan if ranked else None)
    if chosen is None:
        raise FabwiseError(
            "no single workshop in reach can make every part", hint="allow a split across workshops"
        )
    single = weigher.footprint(single_plan) if single_plan is not None else None
    split = weigher.footprint(split_plan) if split_plan is not None else None
    gather = None
    if single is None and split is not None and chosen is split_plan:  # pinned to several workshops
        gather = workshop_advice(
            build,
            facilities,
            origin=origin,
            current=chosen,
            current_kg=split.total_kg,
            transport=transport,
            max_distance_km=max_distance_km,
        )
    return OrderProposal(options, chosen, single, split, rank, tuple(ranked), single_plan, split_plan, gather)


@dataclass(frozen=True)
class WorkshopAdvice:
    """The guide's advice on where to make a product: a split across workshops that saves CO2e
    against the current single workshop, or one workshop that saves CO2e and trips against the
    current split. Figures are the eco rules' estimates for both plans (volume model)."""

    kind: str  # "split" or "single"
    plan: OrderPlan
    footprint: OrderFootprint
    current_kg: Interval
    current_parcels: int

    @property
    def saving_kg(self) -> float:
        return self.current_kg.value - self.footprint.total_kg.value

    @property
    def robust(self) -> bool:
        """True when the saving holds with every factor at its low and at its high bound."""
        total = self.footprint.total_kg
        return self.current_kg.low - total.low > 0 and self.current_kg.high - total.high > 0

    def assignment(self) -> dict[str, str]:
        """Part name -> facility id, for pinning the plan in an order."""
        return {part: leg.facility.id for leg in self.plan.legs for part in leg.parts}

    def text(self) -> str:
        saving = co2e_text(self.saving_kg)
        pct = 100.0 * self.saving_kg / self.current_kg.value if self.current_kg.value > 0 else 0.0
        if self.robust:
            estimated = translate("order", "estimated")
        else:
            estimated = translate("order", "estimated; within the data's uncertainty")
        if self.kind == "split":
            who = "; ".join(
                translate("order", "{parts} at {facility} ({distance})").format(
                    parts=", ".join(part_name(p) for p in leg.parts),
                    facility=leg.facility.name,
                    distance=_km(leg.distance_km),
                )
                for leg in self.plan.legs
            )
            return translate(
                "order",
                "Split the order across {count} workshops ({who}): \u2212{saving}, \u2212{pct:.0f} % "
                "({estimated}); {count} parcels instead of 1",
            ).format(count=len(self.plan.legs), who=who, saving=saving, pct=pct, estimated=estimated)
        leg = self.plan.legs[0]
        fewer = self.current_parcels - 1
        if fewer == 1:
            message = translate(
                "order",
                "Make every part at {facility} ({distance}): \u2212{saving}, \u2212{pct:.0f} % "
                "({estimated}); "
                "{fewer} parcel fewer",
            )
        else:
            message = translate(
                "order",
                "Make every part at {facility} ({distance}): \u2212{saving}, \u2212{pct:.0f} % "
                "({estimated}); "
                "{fewer} parcels fewer",
            )
        return message.format(
            facility=leg.facility.name,
            distance=_km(leg.distance_km),
            saving=saving,
            pct=pct,
            estimated=estimated,
            fewer=fewer,
        )


def _km(km: float | None) -> str:
    from eco_rules.numbers import km_text

    return translate("order", "distance unknown") if km is None else km_text(km)


def workshop_advice(
    build: BuildResult,
    facilities: Iterable[Facility],
    *,
    origin: tuple[float, float] | None,
    current: OrderPlan,
    current_kg: Interval,
    transport: str = "van",
    max_distance_km: float | None = None,
) -> WorkshopAdvice | None:
    """The footprint-best alternative of the other kind to ``current`` (a split when it is one
    workshop, one workshop when it is a split) among the real workshops in ``facilities`` (a
    fictional example workshop is never advised), if it saves CO2e against ``current_kg`` (the
    current plan's footprint, evaluated with the same rules).

    Cheap enough for the eco guide: no build, no slicing; the planner works on the workshops the
    caller already found, and at most ``ADVICE_PLANS`` plans (the nearest) are weighed."""
    from configurator.app.making import is_example

    real = [f for f in facilities if not is_example(f)]
    if not real or origin is None:
        return None
    options = plan_for_build(build, real, origin=origin, max_distance_km=max_distance_km)
    want_split = current.single
    plans = [p for p in options.plans if p.single != want_split][:ADVICE_PLANS]
    if not plans:
        return None
    weigher = PlanWeigher(build, transport)
    best = rank_plans(plans, "footprint", weigher)[0]
    assert best.footprint is not None
    advice = WorkshopAdvice(
        "split" if want_split else "single", best.plan, best.footprint, current_kg, len(current.legs)
    )
    return advice if advice.saving_kg > 1e-9 else None


def plan_for_build(
    build: BuildResult,
    facilities: Iterable[Facility],
    *,
    origin: tuple[float, float] | None,
    assign: Mapping[str, str] | None = None,
    max_distance_km: float | None = None,
) -> OrderOptions:
    return plan_order(
        facilities, part_requirements(build), origin=origin, assign=assign, max_distance_km=max_distance_km
    )


def _leg_build(build: BuildResult, parts: Sequence[str], with_hardware: bool) -> BuildResult:
    return replace(
        build,
        parts=tuple(p for p in build.parts if p.name in parts),
        hardware=build.hardware if with_hardware else (),
    )


def order_footprint(build: BuildResult, plan: OrderPlan, transport: str = "van") -> OrderFootprint:
    """The eco report of each leg (the bought hardware goes with the first, largest leg)."""
    return PlanWeigher(build, transport).footprint(plan)


def production_footprint(
    build: BuildResult, plan: OrderPlan, transport: str = "van", quantity: int = 1
) -> OrderFootprint:
    """:func:`order_footprint` from the real jobs: each leg's printed parts sliced and laser
    parts timed for its workshop (as a single export does), with that workshop's quote."""
    from configurator.app.quoting import quote_build
    from configurator.core.production.measure import measure_build, with_production

    engine = default_engine()
    legs = []
    for index, leg in enumerate(plan.legs):
        share = _leg_build(build, leg.parts, index == 0)
        measurement = measure_build(share, leg.facility, book=engine.book)
        quote, _, _ = quote_build(share, leg.facility, quantity, engine=engine, measurement=measurement)
        distance = leg.distance_km or 0.0
        notes = (
            []
            if leg.distance_km is not None
            else [
                translate("order", "{facility}: no distance to you known, transport counted as 0 km").format(
                    facility=leg.facility.name
                )
            ]
        )
        context = with_production(facility_context(leg.facility, distance, transport, notes), measurement)
        legs.append(
            LegFootprint(
                leg.facility.id, leg.parts, distance, engine.evaluate(share, context), quote.to_dict()
            )
        )
    return OrderFootprint(tuple(legs))


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:40].strip("-") or "workshop"


def _order_id(request: BuildRequest, plan: OrderPlan) -> str:
    key = json.dumps(
        [request.ref.id, request.params, [(leg.facility.id, leg.parts) for leg in plan.legs]],
        sort_keys=True,
        default=str,
    )
    return hashlib.sha256(key.encode()).hexdigest()[:12]


@dataclass(frozen=True)
class OrderExport:
    folder: Path
    packages: tuple[tuple[str, Path], ...]  # facility id, package path
    assembly: Path


def export_order(
    service: BuildService,
    request: BuildRequest,
    plan: OrderPlan,
    folder: Path,
    *,
    quantity: int = 1,
    transport: str = "van",
    preview: str = "auto",
    material: str | None = None,
    mesh_quality: str | None = None,
    timeout: float = ORDER_PACKAGE_TIMEOUT_S,
    footprint: OrderFootprint | None = None,
) -> OrderExport:
    """One package per workshop and an assembly sheet, in ``folder`` (which must not exist yet).

    Every package is checked and written into a hidden sibling folder first; the folder is
    renamed into place only when all of them were written, so a blocked export (a workshop's
    check failing) leaves nothing behind. Each package carries its workshop's eco share and
    quote, measured from the real jobs (:func:`production_footprint`) unless ``footprint`` is
    given. ``mesh_quality`` and ``timeout`` (per package) go to
    :func:`~configurator.core.export.export_package`."""
    folder = Path(folder).expanduser().resolve()
    if folder.exists():
        raise FabwiseError(f"{folder} already exists", hint="choose a new folder for the order")
    if not folder.parent.is_dir():
        raise FabwiseError(f"folder {folder.parent} does not exist", hint="create it first")
    build = service.build(request)
    if footprint is None:
        footprint = production_footprint(build, plan, transport, quantity)
    order_id = _order_id(request, plan)
    staging = folder.parent / f".{folder.name}.partial-{uuid.uuid4().hex[:6]}"
    staging.mkdir()
    try:
        written: list[tuple[str, Path]] = []
        summaries = []
        for index, leg in enumerate(plan.legs, start=1):
            elsewhere = [
                {"part": part, "facility": other.facility.id, "facility_name": other.facility.name}
                for other in plan.legs
                if other is not leg
                for part in other.parts
            ]
            order = {
                "id": order_id,
                "package": index,
                "packages": len(plan.legs),
                "here": list(leg.parts),
                "elsewhere": elsewhere,
                "hardware_here": index == 1,
                "transport_leg_km": leg.distance_km,
                "eco_scope": "this workshop's parts, made here and delivered from here "
                "to the person (one transport leg)" + (", and the bought hardware" if index == 1 else ""),
            }
            share = footprint.legs[index - 1]
            name = f"{index}-{_slug(leg.facility.name)}.zip"
            summary = export_package(
                service,
                request,
                staging / name,
                facility=leg.facility,
                eco=share.report.to_dict(),
                quote=share.quote,
                options=ExportOptions(
                    quantity=quantity,
                    material=material,
                    preview=preview,
                    parts=leg.parts,
                    order=order,
                    mesh_quality=mesh_quality,
                ),
                record=False,
                timeout=timeout,
            )
            written.append((leg.facility.id, folder / name))
            summaries.append(summary)
        record = assembly_record(
            build,
            plan_legs(plan, footprint),
            order_id=order_id,
            quantity=quantity,
            packages=[(p.name, s.files) for (_, p), s in zip(written, summaries, strict=True)],
        )
        write_atomic(staging / ASSEMBLY_JSON, json.dumps(record, indent=2, ensure_ascii=False))
        write_atomic(staging / ASSEMBLY_HTML, assembly_html(record))
        staging.rename(folder)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    for facility_id, path in written:
        record_export(path, request, facility_id)
    return OrderExport(folder, tuple(written), folder / ASSEMBLY_HTML)


def plan_legs(plan: OrderPlan, footprint: OrderFootprint | None) -> list[dict[str, Any]]:
    """The legs as plain data for the assembly sheet (and ``--json``)."""
    legs = []
    for index, leg in enumerate(plan.legs):
        facility = leg.facility
        entry: dict[str, Any] = {
            "facility": facility.id,
            "name": facility.name,
            "place": facility.location.label(),
            "url": facility.url or "",
            "parts": list(leg.parts),
            "distance_km": None if leg.distance_km is None else round(leg.distance_km, 1),
            "hardware": index == 0,
        }
        if footprint is not None:
            report = footprint.legs[index].report
            entry["co2e_kg"] = round(report.total_co2e_kg.value, 4)
            entry["transport_co2e_kg"] = round(footprint.legs[index].transport_kg.value, 4)
            quote = footprint.legs[index].quote
            if quote is not None:
                entry["quote"] = {
                    "currency": quote["currency"],
                    "total": quote["total"],
                    "complete": quote["complete"],
                }
        legs.append(entry)
    return legs

"""An order across workshops: plan who makes what, weigh the footprint per leg, export per workshop.

:func:`plan_for_build` asks the matcher (:mod:`configurator.core.facilities.split`) for the best
one-workshop plan and the best split. :func:`order_footprint` evaluates each leg with the eco
rules in its own workshop's context: its parts, made there, travelling from there to the person,
so transport is counted once per leg and the material and manufacturing once per part.
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
from configurator.core.facilities.split import OrderOptions, OrderPlan, plan_order
from configurator.core.service import BuildService
from configurator.sdk.errors import FabwiseError
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


@dataclass(frozen=True)
class OrderProposal:
    """Both plans for a design with their footprints, as the CLI and the app show them."""

    options: OrderOptions
    chosen: OrderPlan
    single: OrderFootprint | None
    split: OrderFootprint | None  # None when the best split is one workshop

    @property
    def chosen_footprint(self) -> OrderFootprint | None:
        return self.single if self.chosen.single else self.split

    def advice(self) -> str | None:
        """What the guide says about splitting, from the evaluated footprints."""
        single, split = self.single, self.split
        if single is None or split is None:
            return None
        saving = single.total_kg.value - split.total_kg.value
        if saving > 0:
            return (
                f"the split saves {co2e_text(saving)} against one workshop "
                f"({len(split.legs)} parcels instead of 1)"
            )
        return (
            f"one workshop saves {co2e_text(-saving)} and {len(split.legs) - 1} parcel(s) against the split"
        )


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
) -> OrderProposal:
    """Plan the order and weigh both plans; FabwiseError when no plan can make it."""
    options = plan_for_build(build, facilities, origin=origin, assign=assign, max_distance_km=max_distance_km)
    if options.uncovered:
        lines = "; ".join(f"'{part}' ({why})" for part, why in options.uncovered)
        raise FabwiseError(
            f"no workshop in reach can make {lines}",
            hint="look farther, or add a workshop (`fabwise facilities add`)",
        )
    chosen = options.single if single_only else options.best
    if chosen is None:
        raise FabwiseError(
            "no single workshop in reach can make every part", hint="allow a split across workshops"
        )
    single = order_footprint(build, options.single, transport) if options.single else None
    split = (
        order_footprint(build, options.split, transport)
        if options.split is not None and not options.split.single
        else None
    )
    return OrderProposal(options, chosen, single, split)


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
    engine = default_engine()
    legs = []
    for index, leg in enumerate(plan.legs):
        distance = leg.distance_km or 0.0
        notes = (
            []
            if leg.distance_km is not None
            else [f"{leg.facility.name}: no distance to you known, transport counted as 0 km"]
        )
        context = facility_context(leg.facility, distance, transport, notes)
        report = engine.evaluate(_leg_build(build, leg.parts, index == 0), context)
        legs.append(LegFootprint(leg.facility.id, leg.parts, distance, report))
    return OrderFootprint(tuple(legs))


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
            else [f"{leg.facility.name}: no distance to you known, transport counted as 0 km"]
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

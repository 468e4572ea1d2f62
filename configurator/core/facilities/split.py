"""Who makes which part: one workshop for everything, or the best split across several.

A plan assigns every part to a workshop able to make it (the matcher's own test, part by part).
Each workshop used is one *leg*: its parts travel from it to the person, who puts the product
together, so a plan's transport is the sum over its legs (each counted once, whatever number of
parts it carries). :func:`plan_order` returns the best single-workshop plan (if any workshop can
make everything) and the best split by total leg distance, so front ends can show what a split
saves or costs, and every plan it considered (``OrderOptions.plans``): each of the nearest
workshops that can make everything, and each set of at most ``MAX_WORKSHOPS`` workshops drawn
from the ``CANDIDATES_PER_PART`` nearest capable ones per part, every part going to the nearest
workshop of the set able to make it. Ranking those by footprint or price needs the eco rules and
the quotes, so it lives in the app layer (``configurator.app.order``). The user can pin any part
to a workshop (``assign``); a pinned workshop that cannot make its part is an error naming why.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from configurator.core.facilities.gazetteer import haversine_km
from configurator.core.facilities.matching import PartRequirement, assess_facility
from configurator.core.facilities.model import Facility
from configurator.sdk.errors import FabwiseError

#: What an order's plans can be ranked by (distance here; footprint and price in the app layer,
#: ``configurator.app.order.rank_plans``), with the words front ends show.
RANKS: dict[str, str] = {
    "distance": "delivery distance",
    "footprint": "footprint (CO2e, transport legs included)",
    "price": "price (the workshops' own prices)",
}
CANDIDATES_PER_PART = 6  # nearest capable workshops per part considered for a split
MAX_WORKSHOPS = 4  # a split never uses more workshops than this


@dataclass(frozen=True)
class Leg:
    """One workshop's share of an order and the distance its parcel travels to the person."""

    facility: Facility
    parts: tuple[str, ...]
    distance_km: float | None  # None: the workshop or the person has no coordinates


@dataclass(frozen=True)
class OrderPlan:
    legs: tuple[Leg, ...]
    pinned: tuple[str, ...] = ()  # parts the user assigned

    @property
    def single(self) -> bool:
        return len(self.legs) == 1

    @property
    def total_km(self) -> float | None:
        distances = [leg.distance_km for leg in self.legs]
        return None if any(d is None for d in distances) else sum(d or 0.0 for d in distances)

    def facility_for(self, part: str) -> Facility:
        for leg in self.legs:
            if part in leg.parts:
                return leg.facility
        raise KeyError(part)


@dataclass(frozen=True)
class OrderOptions:
    """The best plan with one workshop (None if none can make everything) and the best split
    (None if no set of workshops can; it is the single plan when splitting gains nothing), both
    by delivery distance. ``uncovered`` names parts no workshop can make, with the nearest
    workshops' reasons. ``plans`` is every plan considered, in distance order (see
    :func:`distance_key`), for front ends that rank by something else."""

    single: OrderPlan | None
    split: OrderPlan | None
    uncovered: tuple[tuple[str, str], ...] = ()
    plans: tuple[OrderPlan, ...] = ()

    @property
    def best(self) -> OrderPlan | None:
        return self.split or self.single


def _distance(facility: Facility, origin: tuple[float, float] | None) -> float | None:
    where = facility.location
    if origin is None or where.lat is None or where.lon is None:
        return None
    return haversine_km(origin[0], origin[1], where.lat, where.lon)


def _sort_key(distance: float | None, facility: Facility) -> tuple[float, str]:
    return (distance if distance is not None else float("inf"), facility.name.casefold())


def distance_key(plan: OrderPlan) -> tuple[float, int, tuple[str, ...]]:
    """Fewest kilometres of delivery legs, then fewest workshops (one workshop wins a tie: fewer
    parcels, one pick-up), then the workshops' ids (a stable order). Unknown distances last."""
    total = plan.total_km
    return (
        total if total is not None else float("inf"),
        len(plan.legs),
        tuple(leg.facility.id for leg in plan.legs),
    )


def _plan(
    assignment: Mapping[str, Facility],
    parts: Sequence[PartRequirement],
    origin: tuple[float, float] | None,
    pinned: Iterable[str] = (),
) -> OrderPlan:
    by_facility: dict[str, list[str]] = {}
    facilities: dict[str, Facility] = {}
    for part in parts:
        facility = assignment[part.name]
        by_facility.setdefault(facility.id, []).append(part.name)
        facilities[facility.id] = facility
    legs = [
        Leg(facilities[fid], tuple(names), _distance(facilities[fid], origin))
        for fid, names in by_facility.items()
    ]
    legs.sort(key=lambda leg: (-len(leg.parts), *_sort_key(leg.distance_km, leg.facility)))
    return OrderPlan(tuple(legs), tuple(pinned))


def _pinned(
    facilities: Mapping[str, Facility], parts: Sequence[PartRequirement], assign: Mapping[str, str]
) -> dict[str, Facility]:
    names = {p.name for p in parts}
    chosen: dict[str, Facility] = {}
    for part_name, facility_id in assign.items():
        if part_name not in names:
            raise FabwiseError(
                f"no part '{part_name}' in this product", hint=f"parts: {', '.join(sorted(names))}"
            )
        facility = facilities.get(facility_id)
        if facility is None:
            raise FabwiseError(
                f"no facility '{facility_id}' (assigned to '{part_name}')",
                hint="see `fabwise facilities list`",
            )
        part = next(p for p in parts if p.name == part_name)
        reasons, _ = assess_facility(facility, [part])
        if reasons:
            raise FabwiseError(
                f"{facility.name} cannot make '{part_name}': {'; '.join(reasons)}",
                hint="assign that part to another workshop",
            )
        chosen[part_name] = facility
    return chosen


def plan_order(
    facilities: Iterable[Facility],
    parts: Sequence[PartRequirement],
    *,
    origin: tuple[float, float] | None = None,
    assign: Mapping[str, str] | None = None,
    max_distance_km: float | None = None,
) -> OrderOptions:
    """The best one-workshop plan and the best split for ``parts`` (see the module text).

    ``origin`` is the person's (lat, lon): legs are measured from each workshop to it. With
    ``max_distance_km`` farther workshops are left out (pinned ones never are).
    """
    everyone = {f.id: f for f in facilities}
    pinned = _pinned(everyone, parts, assign or {})
    pool = [
        f
        for f in everyone.values()
        if max_distance_km is None or ((d := _distance(f, origin)) is not None and d <= max_distance_km)
    ]
    pool.sort(key=lambda f: _sort_key(_distance(f, origin), f))
    able: dict[str, list[Facility]] = {}
    uncovered: list[tuple[str, str]] = []
    for part in parts:
        if part.name in pinned:
            able[part.name] = [pinned[part.name]]
            continue
        capable = [f for f in pool if not assess_facility(f, [part])[0]]
        able[part.name] = capable[:CANDIDATES_PER_PART]
        if not capable:
            nearest = pool[0] if pool else None
            why = (
                f"nearest workshop {nearest.name}: {'; '.join(assess_facility(nearest, [part])[0])}"
                if nearest
                else "no workshop in range"
            )
            uncovered.append((part.name, why))
    singles = _singles(pool, parts, pinned, origin)
    single = singles[0] if singles else None
    if uncovered:
        return OrderOptions(single, None, tuple(uncovered), tuple(singles))
    plans = {_identity(p): p for p in (*singles, *_splits(parts, able, pinned, origin))}
    ranked = sorted(plans.values(), key=distance_key)
    split = next((p for p in ranked if not p.single), None)
    if single is not None and (split is None or _better_single(single, split)):
        split = single
    return OrderOptions(single, split, (), tuple(ranked))


def _identity(plan: OrderPlan) -> tuple[tuple[str, tuple[str, ...]], ...]:
    return tuple(sorted((leg.facility.id, leg.parts) for leg in plan.legs))


def _singles(
    pool: Sequence[Facility],
    parts: Sequence[PartRequirement],
    pinned: Mapping[str, Facility],
    origin: tuple[float, float] | None,
) -> list[OrderPlan]:
    """One-workshop plans, nearest first: the ``CANDIDATES_PER_PART`` nearest workshops able to
    make every part (only the pinned one when parts are pinned)."""
    pinned_ids = {f.id for f in pinned.values()}
    if len(pinned_ids) > 1:
        return []
    candidates = [f for f in pool if not pinned_ids or f.id in pinned_ids]
    if pinned_ids and not candidates:
        candidates = list(pinned.values())[:1]
    plans = []
    for facility in candidates:  # nearest first
        if not assess_facility(facility, parts)[0]:
            plans.append(_plan({p.name: facility for p in parts}, parts, origin, pinned))
            if len(plans) == CANDIDATES_PER_PART:
                break
    return plans


def _splits(
    parts: Sequence[PartRequirement],
    able: Mapping[str, list[Facility]],
    pinned: Mapping[str, Facility],
    origin: tuple[float, float] | None,
) -> list[OrderPlan]:
    """A plan for every set of at most MAX_WORKSHOPS candidate workshops that covers every part
    with each workshop making something; each part goes to the nearest workshop of the set that
    can make it. Without coordinates only the smallest sets (distance cannot rank them)."""
    candidates = {f.id: f for options in able.values() for f in options}
    required = {f.id for f in pinned.values()}
    plans: list[OrderPlan] = []
    ids = sorted(candidates)
    for size in range(1, MAX_WORKSHOPS + 1):
        for combo in itertools.combinations(ids, size):
            chosen = set(combo)
            if not required <= chosen:
                continue
            assignment: dict[str, Facility] = {}
            for part in parts:
                usable = [f for f in able[part.name] if f.id in chosen]
                if not usable:
                    break
                assignment[part.name] = min(usable, key=lambda f: _sort_key(_distance(f, origin), f))
            else:
                if {f.id for f in assignment.values()} != chosen:
                    continue  # a workshop in the set that makes nothing
                plans.append(_plan(assignment, parts, origin, pinned))
        if plans and all(p.total_km is None for p in plans):
            break  # no coordinates: the fewest workshops is all we can rank by
    return plans


def _better_single(single: OrderPlan, split: OrderPlan) -> bool:
    """One workshop wins unless the split is shorter in total (fewer parcels, one pick-up)."""
    if split.single or single.total_km is None or split.total_km is None:
        return True
    return distance_key(single) <= distance_key(split)

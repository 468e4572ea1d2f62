"""Which workshops can make what share of a sweep's variants.

Each built variant's rows keep what its parts ask of a workshop (process, material, bounding box,
sheet thickness). The facility matcher then decides, per workshop, which variants it can make; the
report shows the share and the most common reason for the rest. Workshops considered: the one
the sweep was scored for (``--facility``), or those in its country (``--country``).
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from configurator.core.facilities.matching import PartRequirement, assess_facility
from configurator.core.facilities.model import Facility
from configurator.sdk.errors import FabwiseError

MAX_WORKSHOPS = 300


@dataclass(frozen=True)
class WorkshopShare:
    facility_id: str
    name: str
    country: str
    can_make: int
    of: int
    verified: bool
    main_reason: str  # the most common reason it cannot make a variant ("" if it makes all)

    @property
    def share(self) -> float:
        return self.can_make / self.of if self.of else 0.0


def requirements(row: Mapping[str, Any]) -> list[PartRequirement] | None:
    text = row.get("parts_json")
    if not text:
        return None
    parts = []
    for name, process, material, size, sheet in json.loads(text):
        box = tuple(float(v) for v in size)
        parts.append(
            PartRequirement(
                process=process,
                material=material,
                size_mm=box if min(box) > 0 else None,  # type: ignore[arg-type]
                thickness_mm=sheet,
                name=name,
            )
        )
    return parts


def shares(rows: Sequence[Mapping[str, Any]], facilities: Sequence[Facility]) -> list[WorkshopShare]:
    """Per workshop, how many built variants it can make, best first."""
    needs = [r for r in (requirements(row) for row in rows if row.get("outcome") == "ok") if r]
    out = []
    for facility in facilities:
        verdicts: dict[str, tuple[str, ...]] = {}
        reasons: Counter[str] = Counter()
        can = 0
        for parts in needs:
            key = repr(parts)
            if key not in verdicts:
                found, _ = assess_facility(facility, parts)
                verdicts[key] = tuple(found)
            if verdicts[key]:
                reasons.update(verdicts[key][:1])
            else:
                can += 1
        main = reasons.most_common(1)[0][0] if reasons else ""
        out.append(
            WorkshopShare(
                facility.id,
                facility.name,
                facility.location.country or "",
                can,
                len(needs),
                facility.inventory_verified,
                main,
            )
        )
    out.sort(key=lambda s: (-s.share, s.name))
    return out


def workshops_for(context: Mapping[str, Any]) -> tuple[list[Facility], str]:
    """The workshops a sweep's report considers, and how they were chosen (in words)."""
    from configurator.core.facilities.store import FacilityStore

    facility_id = context.get("facility")
    country = (context.get("eco") or {}).get("country")
    if not facility_id and not country:
        return [], ""
    with FacilityStore() as store:
        if facility_id:
            try:
                return [store.get(str(facility_id))], "the workshop the sweep was scored for"
            except FabwiseError:
                return [], f"workshop {facility_id} is no longer in your list"
        found = store.search(country=str(country), limit=MAX_WORKSHOPS)
    return found, f"the {len(found)} workshop(s) in {country} in your list"

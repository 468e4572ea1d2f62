"""Can a variant be made? Its parts against every kind of workshop in the facility directory.

Facilities with the same machines form one *class* (the ~2,200 fab labs share the typical fab lab
inventory; each described workshop is its own class). A variant is exportable when at least one
class passes the export's machine checks for every part (process offered, envelope, material,
stocked sheet thickness: :mod:`configurator.core.export.dfm`), and the share of facilities that
can make it is reported. Wall and feature thickness against each process's minimum come from the
worker (:mod:`.geometry`); they hold at every facility or none.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from configurator.core.export.dfm import Check, failures, plan_parts
from configurator.core.facilities.model import PROCESSES, Facility, Machine
from configurator.sdk.results import PartResult

LOW_SHARE = 0.5


@dataclass(frozen=True)
class FacilityClass:
    machines: tuple[Machine, ...]
    members: tuple[Facility, ...]

    @property
    def label(self) -> str:
        first = self.members[0]
        if len(self.members) == 1:
            return first.name
        if all(f.kind == "fablab_okw" for f in self.members):
            return f"{len(self.members):,} fab labs with the typical fab lab inventory"
        return f"{len(self.members):,} facilities with the machines of {first.name}"


@dataclass(frozen=True)
class _AsFacility:
    """A class as the DFM checks see a facility (so messages name the class, not one member)."""

    group: FacilityClass

    @property
    def id(self) -> str:
        return self.group.members[0].id

    @property
    def name(self) -> str:
        return self.group.label

    @property
    def machines(self) -> tuple[Machine, ...]:
        return self.group.machines


def facility_classes(facilities: Sequence[Facility]) -> list[FacilityClass]:
    """Facilities grouped by identical machines, largest group first; no machines, no class."""
    groups: dict[tuple[Machine, ...], list[Facility]] = {}
    for facility in facilities:
        if facility.machines:
            key = tuple(sorted(facility.machines, key=repr))
            groups.setdefault(key, []).append(facility)
    classes = [FacilityClass(key, tuple(members)) for key, members in groups.items()]
    return sorted(classes, key=lambda c: (-len(c.members), c.members[0].name))


@dataclass(frozen=True)
class Exportability:
    able: tuple[FacilityClass, ...]
    unable: tuple[tuple[FacilityClass, tuple[Check, ...]], ...]
    total: int

    @property
    def facilities_able(self) -> int:
        return sum(len(c.members) for c in self.able)

    @property
    def share(self) -> float:
        return self.facilities_able / self.total if self.total else 0.0


def exportability(parts: Sequence[PartResult], classes: Sequence[FacilityClass]) -> Exportability:
    able: list[FacilityClass] = []
    unable: list[tuple[FacilityClass, tuple[Check, ...]]] = []
    for group in classes:
        plans = plan_parts(parts, _AsFacility(group))
        failed = tuple(failures(c for plan in plans for c in plan.checks))
        if failed:
            unable.append((group, failed))
        else:
            able.append(group)
    total = sum(len(c.members) for c in classes)
    return Exportability(tuple(able), tuple(unable), total)


def _dims(size: Sequence[float]) -> str:
    return " × ".join(f"{v:g}" for v in size) + " mm"


def process_limits_in(classes: Sequence[FacilityClass], process: str) -> list[str]:
    """What the directory offers for ``process``: the largest envelope and the stocked sheets."""
    machines = [m for c in classes for m in c.machines if m.process == process]
    if not machines:
        return [f"no facility in the directory offers {PROCESSES.get(process, process)}"]
    notes = []
    sized = [m for m in machines if m.envelope_mm is not None]
    if sized:
        largest = max(sized, key=lambda m: sorted(m.envelope_mm or ())[::-1])
        assert largest.envelope_mm is not None
        notes.append(f"largest {process} envelope: {_dims(largest.envelope_mm)} ({largest.name})")
    sheets = sorted({t for m in machines for t in m.sheet_thicknesses_mm})
    if sheets:
        notes.append(
            f"{process} sheet thicknesses stocked: {', '.join(f'{t:g}' for t in sheets)}"
            " mm (machines listing none take any sheet up to their maximum)"
        )
    return notes


def explain_unable(
    found: Exportability, parts: Sequence[PartResult], classes: Sequence[FacilityClass]
) -> str:
    """Why no class can make the variant: the closest class's failures, and the limits."""
    group, checks = min(found.unable, key=lambda item: len(item[1]))
    reasons = "; ".join(dict.fromkeys(c.message for c in checks))
    processes = sorted({p.process for p in parts})
    limits = [note for process in processes for note in process_limits_in(classes, process)]
    return f"closest: {group.label}: {reasons}" + (f" ({'; '.join(limits)})" if limits else "")

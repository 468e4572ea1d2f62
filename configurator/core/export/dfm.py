"""Design-for-manufacturing checks: can this facility make these parts as designed?

Checks on plain build data (no CAD kernel), per part, against the facility's machines for the
part's process: the process is offered, the part fits a machine's envelope, the material is listed,
a sheet part's thickness is a stock thickness. Wall and feature thickness and sheet flatness need
the B-rep and live in :mod:`configurator.core.export.thickness` (worker side); both produce
:class:`Check` records, and :func:`add_suggestions` attaches fixes that exist (a parameter change,
another facility).

A check is ``pass``, ``fail`` (blocks the export) or ``unknown`` (the facility did not say, e.g. no
envelope or material list: recorded in the manifest, does not block).
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from importlib import resources
from typing import Any, Literal, Protocol

from configurator.sdk.i18n import local_number, part_name, translate
from configurator.sdk.params import ParamKind
from configurator.sdk.product import SHEET_PROCESSES
from configurator.sdk.results import BuildRequest, BuildResult, TemplateRef
from configurator.sdk.schema import Schema, canonical_json

Status = Literal["pass", "fail", "unknown"]
SHEET_THICKNESS_TOLERANCE_MM = 0.05


class MachineLike(Protocol):
    """What the checks need from a machine (see ``configurator.core.facilities.model.Machine``)."""

    @property
    def process(self) -> str: ...
    @property
    def name(self) -> str: ...
    @property
    def envelope_mm(self) -> tuple[float, float, float] | None: ...
    @property
    def materials(self) -> tuple[str, ...]: ...
    @property
    def sheet_thicknesses_mm(self) -> tuple[float, ...]: ...


class FacilityLike(Protocol):
    @property
    def id(self) -> str: ...
    @property
    def name(self) -> str: ...
    @property
    def machines(self) -> Sequence[MachineLike]: ...


class PartLike(Protocol):
    """What the checks need from a part (``PartResult`` has all of it)."""

    @property
    def name(self) -> str: ...
    @property
    def material(self) -> str: ...
    @property
    def process(self) -> str: ...
    @property
    def bbox_mm(self) -> tuple[float, float, float]: ...
    @property
    def sheet_thickness_mm(self) -> float | None: ...


@dataclass(frozen=True)
class Check:
    """One check on one part. ``measured`` and ``limit`` are in ``unit``."""

    part: str
    check: str
    status: Status
    message: str
    measured: float | tuple[float, ...] | None = None
    limit: float | tuple[float, ...] | None = None
    unit: str = "mm"
    machine: str | None = None
    source: str | None = None
    suggestions: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "part": self.part,
            "check": self.check,
            "status": self.status,
            "message": self.message,
        }
        for key in ("measured", "limit"):
            value = getattr(self, key)
            if value is not None:
                data[key] = [round(v, 3) for v in value] if isinstance(value, tuple) else round(value, 3)
        if self.measured is not None or self.limit is not None:
            data["unit"] = self.unit
        if self.machine:
            data["machine"] = self.machine
        if self.source:
            data["source"] = self.source
        if self.suggestions:
            data["suggestions"] = list(self.suggestions)
        return data

    def describe(self) -> str:
        text = self.message
        if self.suggestions:
            text += "; " + "; ".join(self.suggestions)
        return text


@dataclass(frozen=True)
class Limit:
    process: str
    check: str
    limit_mm: float
    status: str
    source: str
    note: str

    def cite(self) -> str:
        marker = "" if self.status == "sourced" else f"{self.status}: "
        return f"{marker}{self.source}"


@lru_cache(maxsize=1)
def process_limits() -> dict[str, Limit]:
    """Minimum wall/feature size per process, with its source (``dfm_limits.csv``)."""
    text = resources.files(__package__).joinpath("dfm_limits.csv").read_text(encoding="utf-8")
    limits = {}
    for row in csv.DictReader(text.splitlines()):
        limit = Limit(
            row["process"], row["check"], float(row["limit_mm"]), row["status"], row["source"], row["note"]
        )
        limits[limit.process] = limit
    return limits


def _dims(values: Iterable[float]) -> str:
    return " × ".join(local_number(f"{v:.1f}") for v in values) + " mm"


def _fits(part: PartLike, envelope: tuple[float, float, float]) -> bool:
    x, y, _ = part.bbox_mm
    if part.sheet_thickness_mm is not None:
        thickness = part.sheet_thickness_mm
        flat = sorted((x, y))
        return flat[0] <= min(envelope[:2]) and flat[1] <= max(envelope[:2]) and (thickness <= envelope[2])
    return all(a <= b for a, b in zip(sorted(part.bbox_mm), sorted(envelope), strict=True))


def _envelope_check(part: PartLike, machine: MachineLike) -> Check:
    size = part.bbox_mm
    if machine.envelope_mm is None:
        return Check(
            part.name,
            "envelope",
            "unknown",
            translate(
                "dfm",
                "'{part}' measures {size}; {machine} has no recorded envelope, so the fit was not checked",
            ).format(part=part_name(part.name), size=_dims(size), machine=machine.name),
            measured=size,
            machine=machine.name,
        )
    envelope = tuple(machine.envelope_mm)
    if part.sheet_thickness_mm is not None:
        how = translate("dfm", "bed x, y and max thickness")
    else:
        how = translate("dfm", "any orientation")
    if _fits(part, machine.envelope_mm):
        return Check(
            part.name,
            "envelope",
            "pass",
            translate("dfm", "'{part}' ({size}) fits {machine} ({envelope}, {how})").format(
                part=part_name(part.name),
                size=_dims(size),
                machine=machine.name,
                envelope=_dims(envelope),
                how=how,
            ),
            measured=size,
            limit=envelope,
            machine=machine.name,
        )
    return Check(
        part.name,
        "envelope",
        "fail",
        translate("dfm", "'{part}' measures {size} and does not fit {machine} ({envelope}, {how})").format(
            part=part_name(part.name),
            size=_dims(size),
            machine=machine.name,
            envelope=_dims(envelope),
            how=how,
        ),
        measured=size,
        limit=envelope,
        machine=machine.name,
    )


def _material_check(part: PartLike, machine: MachineLike) -> Check:
    if not machine.materials:
        return Check(
            part.name,
            "material",
            "unknown",
            translate("dfm", "{machine} lists no materials, so '{material}' is not confirmed").format(
                machine=machine.name, material=part.material
            ),
            machine=machine.name,
        )
    if part.material in machine.materials:
        return Check(
            part.name,
            "material",
            "pass",
            translate("dfm", "{machine} takes {material}").format(
                machine=machine.name, material=part.material
            ),
            machine=machine.name,
        )
    return Check(
        part.name,
        "material",
        "fail",
        translate(
            "dfm", "'{part}' is {material}, which {machine} does not list (it takes {materials})"
        ).format(
            part=part_name(part.name),
            material=part.material,
            machine=machine.name,
            materials=", ".join(machine.materials),
        ),
        machine=machine.name,
    )


def _sheet_check(part: PartLike, machine: MachineLike) -> Check | None:
    thickness = part.sheet_thickness_mm
    if thickness is None:
        return None
    stock = tuple(machine.sheet_thicknesses_mm)
    if stock:
        if any(abs(t - thickness) <= SHEET_THICKNESS_TOLERANCE_MM for t in stock):
            return Check(
                part.name,
                "sheet_thickness",
                "pass",
                translate("dfm", "{thickness:g} mm sheet is stocked for {machine}").format(
                    thickness=thickness, machine=machine.name
                ),
                measured=thickness,
                limit=stock,
                machine=machine.name,
            )
        return Check(
            part.name,
            "sheet_thickness",
            "fail",
            translate(
                "dfm", "'{part}' is cut from {thickness:g} mm sheet; {machine} cuts {stock} mm sheet"
            ).format(
                part=part_name(part.name),
                thickness=thickness,
                machine=machine.name,
                stock=", ".join(local_number(f"{t:g}") for t in stock),
            ),
            measured=thickness,
            limit=stock,
            machine=machine.name,
        )
    if machine.envelope_mm is None:
        return Check(
            part.name,
            "sheet_thickness",
            "unknown",
            translate("dfm", "{machine} lists no sheet thicknesses").format(machine=machine.name),
            measured=thickness,
            machine=machine.name,
        )
    top = machine.envelope_mm[2]
    status: Status = "pass" if thickness <= top else "fail"
    if status == "pass":
        text = translate("dfm", "{thickness:g} mm sheet is within {machine}'s maximum of {top:g} mm")
    else:
        text = translate("dfm", "{thickness:g} mm sheet exceeds {machine}'s maximum of {top:g} mm")
    return Check(
        part.name,
        "sheet_thickness",
        status,
        text.format(thickness=thickness, machine=machine.name, top=top),
        measured=thickness,
        limit=top,
        machine=machine.name,
    )


def _machine_checks(part: PartLike, machine: MachineLike) -> list[Check]:
    checks = [_envelope_check(part, machine), _material_check(part, machine)]
    sheet = _sheet_check(part, machine)
    if sheet is not None:
        checks.append(sheet)
    return checks


def _badness(checks: Sequence[Check]) -> tuple[int, int]:
    return (sum(c.status == "fail" for c in checks), sum(c.status == "unknown" for c in checks))


@dataclass(frozen=True)
class PartPlan:
    """The machine chosen for a part (None if the facility has none for its process)."""

    part: str
    machine: str | None
    checks: tuple[Check, ...] = field(default=())


def plan_part(part: PartLike, facility: FacilityLike) -> PartPlan:
    """Pick the facility's machine that suits ``part`` best and return its checks."""
    machines = [m for m in facility.machines if m.process == part.process]
    if not machines:
        offered = sorted({m.process for m in facility.machines}) or ["nothing listed"]
        check = Check(
            part.name,
            "process",
            "fail",
            translate(
                "dfm", "'{part}' needs {process}, which {facility} does not offer (it offers {offered})"
            ).format(
                part=part_name(part.name),
                process=part.process,
                facility=facility.name,
                offered=", ".join(offered),
            ),
        )
        return PartPlan(part.name, None, (check,))
    best = min((_machine_checks(part, m) for m in machines), key=_badness)
    machine = best[0].machine
    if not getattr(facility, "inventory_verified", True):
        best = [_assumed(c, facility.name) for c in best]
    return PartPlan(part.name, machine, tuple(best))


def _assumed(check: Check, facility: str) -> Check:
    """A check that passed on a facility's *assumed* inventory (e.g. a fab lab listed with the
    typical machines): not confirmed, so ``unknown``, saying why. Failures stay failures."""
    if check.status != "pass":
        return check
    return replace(
        check,
        status="unknown",
        message=translate(
            "dfm", "{message} (machines assumed, not declared by the workshop: confirm with {facility})"
        ).format(message=check.message, facility=facility),
    )


def plan_parts(parts: Iterable[PartLike], facility: FacilityLike) -> list[PartPlan]:
    return [plan_part(part, facility) for part in parts]


@dataclass(frozen=True)
class EstablishedChecks:
    """The machine checks already run for one design at one workshop (the export dialog runs them
    on the build on screen before Export is pressed). The export job takes these plans instead of
    checking again when they are for the same template, values and facility record
    (:meth:`reusable_for`); the package then carries exactly the checks the person was shown.
    Machine checks read only the part's process, material and exact B-rep bounds, which do not
    depend on the build quality, so a fine build's checks stand for the export build."""

    ref: TemplateRef
    params: str  # canonical_json of the values
    facility: FacilityLike
    plans: tuple[PartPlan, ...]

    @classmethod
    def of(
        cls, request: BuildRequest, result: BuildResult, facility: FacilityLike
    ) -> EstablishedChecks | None:
        """Check ``result`` (the build of ``request``) at ``facility``; None if ``result`` is not
        a build of ``request`` (its checks could not stand for the export)."""
        params = canonical_json(request.params)
        if result.template_id != request.ref.id or canonical_json(result.params) != params:
            return None
        return cls(request.ref, params, facility, tuple(plan_parts(result.parts, facility)))

    @property
    def checks(self) -> list[Check]:
        return [check for plan in self.plans for check in plan.checks]

    def reusable_for(self, request: BuildRequest, facility: FacilityLike | None) -> bool:
        """Whether these checks are the ones an export of ``request`` at ``facility`` would run
        (same template version, same values, same facility record: not just the same id, since
        the person may have edited the workshop's machines since)."""
        return (
            facility is not None
            and self.ref == request.ref
            and self.params == canonical_json(request.params)
            and self.facility == facility
        )


def failures(checks: Iterable[Check]) -> list[Check]:
    return [c for c in checks if c.status == "fail"]


def facilities_that_fit(
    parts: Sequence[PartLike],
    candidates: Iterable[FacilityLike],
    exclude: str | None = None,
    limit: int = 3,
) -> list[str]:
    """Names of candidate facilities where every plain check passes for every part."""
    found = []
    for facility in candidates:
        if facility.id == exclude:
            continue
        plans = plan_parts(parts, facility)
        if not failures(c for plan in plans for c in plan.checks):
            found.append(f"{facility.name} ({facility.id})")
            if len(found) >= limit:
                break
    return found


def _matching_length_params(schema: Schema, params: dict[str, Any], value: float) -> list[str]:
    return [
        p.name
        for p in schema.parameters
        if p.kind is ParamKind.LENGTH
        and isinstance(params.get(p.name), int | float)
        and abs(float(params[p.name]) - value) <= 0.01
    ]


def _parameter_fix(
    check: Check, part: PartLike, facility: FacilityLike | None, schema: Schema, params: dict[str, Any]
) -> list[str]:
    fixes: list[str] = []
    if check.check == "material" and facility is not None:
        offered = {m for mc in facility.machines if mc.process == part.process for m in mc.materials}
        for param in schema.material_params():
            if params.get(param.name) == part.material:
                usable = [o for o in param.options if o in offered]
                if usable:
                    fixes.append(f"set {param.name} to {' or '.join(usable)}")
    elif check.check == "sheet_thickness" and isinstance(check.limit, tuple):
        for name in _matching_length_params(schema, params, float(part.sheet_thickness_mm or 0)):
            param = schema[name]
            lo, hi = param.minimum or 0.0, param.maximum or float("inf")
            usable = [f"{t:g}" for t in check.limit if lo <= t <= hi]
            if usable:
                fixes.append(f"set {name} to {' or '.join(usable)} mm")
    elif check.check in ("min_wall", "min_feature") and isinstance(check.measured, float):
        for name in _matching_length_params(schema, params, check.measured):
            limit = check.limit if isinstance(check.limit, float) else None
            if limit is not None and (schema[name].maximum or 0.0) >= limit:
                fixes.append(f"set {name} to at least {limit:g} mm")
    return fixes


def add_suggestions(
    checks: Sequence[Check],
    parts: Sequence[PartLike],
    *,
    facility: FacilityLike | None = None,
    schema: Schema | None = None,
    params: dict[str, Any] | None = None,
    other_facilities: Iterable[FacilityLike] = (),
) -> list[Check]:
    """Attach the fixes that exist to failed checks: parameter changes, then other facilities."""
    by_name = {p.name: p for p in parts}
    machine_failure = any(
        c.status == "fail" and c.check in ("process", "envelope", "material", "sheet_thickness")
        for c in checks
    )
    others = (
        facilities_that_fit(parts, other_facilities, facility.id if facility else None)
        if (machine_failure)
        else []
    )
    result = []
    for check in checks:
        if check.status != "fail":
            result.append(check)
            continue
        fixes: list[str] = []
        part = by_name.get(check.part)
        if part is not None and schema is not None and params is not None:
            fixes += _parameter_fix(check, part, facility, schema, params)
        if others and check.check in ("process", "envelope", "material", "sheet_thickness"):
            fixes.append("or choose a facility that can make it: " + ", ".join(others))
        result.append(replace(check, suggestions=tuple(fixes)) if fixes else check)
    return result


def sheet_process(process: str) -> bool:
    return process in SHEET_PROCESSES

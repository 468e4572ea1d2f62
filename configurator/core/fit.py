"""Fit for use: verdicts on a variant against its template's use conditions, as plain data.

Each declared condition gets a :class:`Verdict` (holds / fails / unknown) that names the material
rows (``resources/data/fit/material_properties.csv``) and, for load cases, the finite-element run
(mesh, solver, convergence) that decided it. The structural part runs in the build worker
(:mod:`configurator.core.fit_job`, which needs the B-rep); the thermal, UV, water and food-contact
verdicts are decided here from the rows alone. :class:`FitService` caches reports per variant.

This module imports neither CadQuery nor Qt.
"""

from __future__ import annotations

import csv
import threading
import time
from collections import OrderedDict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from configurator.sdk.conditions import (
    SUSTAINED,
    Exposure,
    MaterialStatement,
    ServiceTemperature,
    UseConditions,
)
from configurator.sdk.errors import FabwiseError
from configurator.sdk.i18n import part_name, translate
from configurator.sdk.params import Value
from configurator.sdk.resources import data_path
from configurator.sdk.results import BuildRequest, BuildResult, Quality, TemplateRef
from configurator.sdk.schema import canonical_json

if TYPE_CHECKING:
    from configurator.core.lanes import WorkerLanes
    from configurator.core.service import BuildService

HOLDS, FAILS, UNKNOWN = "holds", "fails", "unknown"
FIT_JOB = "configurator.core.fit_job:run_fit"
PROPERTIES_FILE = "fit/material_properties.csv"
STATEMENT_TOLERANCE_K = 10.0  # a template's "softens at about X °C" must agree with the row
SUITABILITY = ("good", "fair", "poor")


# --- material rows -------------------------------------------------------------------------------


@dataclass(frozen=True)
class PropertyRow:
    material: str
    name: str
    value: str
    unit: str
    source: str
    status: str
    notes: str

    @property
    def ref(self) -> str:
        """How a verdict names the row: ``petg.softening_c = 75 °C (PROXY)``."""
        unit = f" {self.unit}" if self.unit else ""
        return f"{self.material}.{self.name} = {self.value}{unit} ({self.status})"

    def number(self) -> float:
        try:
            return float(self.value)
        except ValueError:
            raise FabwiseError(
                f"{PROPERTIES_FILE}: {self.material}.{self.name} is not a number ('{self.value}')"
            ) from None


@lru_cache(maxsize=4)
def load_properties(path: Path | None = None) -> dict[tuple[str, str], PropertyRow]:
    source = path or data_path(PROPERTIES_FILE)
    rows: dict[tuple[str, str], PropertyRow] = {}
    with source.open(newline="", encoding="utf-8") as handle:
        for line, raw in enumerate(csv.DictReader(handle), start=2):
            try:
                row = PropertyRow(
                    raw["material"].strip(),
                    raw["property"].strip(),
                    raw["value"].strip(),
                    raw["unit"].strip(),
                    raw["source"].strip(),
                    raw["status"].strip(),
                    (raw.get("notes") or "").strip(),
                )
            except (KeyError, AttributeError) as exc:
                raise FabwiseError(f"{source}:{line}: bad material property row ({exc})") from exc
            if (row.material, row.name) in rows:
                raise FabwiseError(f"{source}:{line}: {row.material}.{row.name} given twice")
            rows[(row.material, row.name)] = row
    return rows


def prop(material: str, name: str) -> PropertyRow | None:
    return load_properties().get((material, name))


# --- verdicts --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class SolverRun:
    """How a load case was solved: enough to judge (and repeat) the number."""

    element: str
    nodes: int
    elements: int
    dofs: int
    mesh_size_mm: float
    solver: str
    iterations: int
    residual: float
    converged: bool
    mesh_seconds: float
    assemble_seconds: float
    solve_seconds: float
    max_von_mises_mpa: float
    max_layer_stress_mpa: float
    max_displacement_mm: float
    loads: tuple[str, ...]
    fixed: tuple[str, ...]


@dataclass(frozen=True)
class Verdict:
    condition: str  # what was checked, in words
    kind: str  # "load", "temperature", "uv", "water", "food", "statement"
    status: str  # holds / fails / unknown
    reason: str  # why, in words a consumer understands
    part: str = ""
    material: str = ""
    safety_factor: float | None = None
    required: float | None = None
    margin: str = ""
    rows: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()
    run: SolverRun | None = None

    def line(self) -> str:
        sf = f", safety factor {self.safety_factor:.2g}" if self.safety_factor is not None else ""
        return f"{self.condition}: {self.status}{sf}. {self.reason}"

    def to_dict(self) -> dict[str, Any]:
        out = asdict(self)
        out["rows"] = list(self.rows)
        out["sources"] = list(self.sources)
        return out


@dataclass(frozen=True)
class FitReport:
    template_id: str
    params: dict[str, Value]
    verdicts: tuple[Verdict, ...]
    declared: bool
    notes: tuple[str, ...] = ()
    seconds: float = 0.0
    cpu_seconds: float = 0.0  # CPU time of the check in its process (wall time shows contention)
    # when the load cases were split over two workers: the CPU time of the busier one (what the
    # check's wall time is on an otherwise idle machine); 0 when the check ran in one process
    cpu_path_seconds: float = 0.0
    stress_maps: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)

    @property
    def status(self) -> str:
        """fails if any condition fails; unknown if any is unknown; holds otherwise (or when
        nothing is declared: unknown)."""
        if not self.declared:
            return UNKNOWN
        states = {v.status for v in self.verdicts}
        if FAILS in states:
            return FAILS
        return UNKNOWN if UNKNOWN in states or not states else HOLDS

    def failures(self) -> list[Verdict]:
        return [v for v in self.verdicts if v.status == FAILS]

    @property
    def min_safety_factor(self) -> float | None:
        factors = [v.safety_factor for v in self.verdicts if v.safety_factor is not None]
        return min(factors) if factors else None

    def to_dict(self) -> dict[str, Any]:
        return {
            "template": self.template_id,
            "params": dict(self.params),
            "status": self.status,
            "declared": self.declared,
            "min_safety_factor": self.min_safety_factor,
            "verdicts": [v.to_dict() for v in self.verdicts],
            "notes": list(self.notes),
            "seconds": round(self.seconds, 3),
            "cpu_seconds": round(self.cpu_seconds, 3),
            "cpu_path_seconds": round(self.cpu_path_seconds or self.cpu_seconds, 3),
        }


# --- the checks that need no geometry --------------------------------------------------------------


@dataclass(frozen=True)
class PartInfo:
    name: str
    material: str
    process: str


def _material_name(material: str) -> str:
    from configurator.sdk.materials import load_materials

    known = load_materials()
    return known[material].label if material in known else material


def _statement_for(statements: Sequence[MaterialStatement], material: str) -> MaterialStatement | None:
    return next((s for s in statements if s.material == material), None)


def _rating(grade: str) -> str:
    """A material row's suitability grade in words (the grade itself stays in the verdict's data)."""
    words = {
        "good": translate("fit", "good"),
        "fair": translate("fit", "fair"),
        "poor": translate("fit", "poor"),
    }
    return words.get(grade, grade)


def _water(level: str) -> str:
    words = {
        "humid": translate("fit", "humid air"),
        "splash": translate("fit", "splashes"),
        "immersion": translate("fit", "immersion"),
    }
    return words.get(level, level)


def statement_condition(text: str) -> str:
    """The condition a template's own statement about a material is checked as."""
    return translate("fit", "template says: \u201c{text}\u201d").format(text=text)


def temperature_verdicts(
    temps: Iterable[ServiceTemperature], parts: Sequence[PartInfo], statements: Sequence[MaterialStatement]
) -> list[Verdict]:
    out = []
    for temp in temps:
        scope = [p for p in parts if not temp.parts or p.name in temp.parts]
        for part in scope:
            row = prop(part.material, "softening_c")
            condition = translate("fit", "service temperature {max_c:g} °C ({part})").format(
                max_c=temp.max_c, part=part_name(part.name)
            )
            if row is None:
                out.append(
                    Verdict(
                        condition,
                        "temperature",
                        UNKNOWN,
                        translate("fit", "no softening temperature on record for {material}").format(
                            material=part.material
                        ),
                        part.name,
                        part.material,
                        sources=(temp.source.label(),),
                    )
                )
                continue
            limit = row.number()
            margin = limit - temp.max_c
            name = _material_name(part.material)
            said = _statement_for(statements, part.material)
            softens = (
                said.text
                if said
                else translate("fit", "{material} softens at about {limit:g} °C").format(
                    material=name, limit=limit
                )
            )
            where = temp.description or translate("fit", "the {part}").format(part=part_name(part.name))
            if margin < 0:
                reason = translate("fit", "{softens}; {where} reaches {max_c:g} °C").format(
                    softens=softens, where=where, max_c=temp.max_c
                )
                status = FAILS
            else:
                reason = translate(
                    "fit", "{material} keeps its shape to about {limit:g} °C; {where} reaches {max_c:g} °C"
                ).format(material=name, limit=limit, where=where, max_c=temp.max_c)
                status = HOLDS
            out.append(
                Verdict(
                    condition,
                    "temperature",
                    status,
                    reason,
                    part.name,
                    part.material,
                    margin=f"{margin:+.0f} K",
                    rows=(row.ref,),
                    sources=(temp.source.label(),),
                )
            )
    return out


def _suitability(row: PropertyRow | None) -> str | None:
    return row.value if row is not None and row.value in SUITABILITY else None


def exposure_verdicts(exposure: Exposure | None, parts: Sequence[PartInfo]) -> list[Verdict]:
    if exposure is None:
        return []
    out: list[Verdict] = []
    scope = [p for p in parts if not exposure.parts or p.name in exposure.parts]
    source = (exposure.source.label(),)
    for part in scope:
        name = _material_name(part.material)
        if exposure.outdoor_uv:
            row = prop(part.material, "uv")
            grade = _suitability(row)
            if grade is None:
                out.append(
                    Verdict(
                        translate("fit", "outdoors in sunlight ({part})").format(part=part_name(part.name)),
                        "uv",
                        UNKNOWN,
                        translate("fit", "no UV rating on record for {material}").format(material=name),
                        part.name,
                        part.material,
                        sources=source,
                    )
                )
            else:
                assert row is not None
                status = FAILS if grade == "poor" else HOLDS
                out.append(
                    Verdict(
                        translate("fit", "outdoors in sunlight ({part})").format(part=part_name(part.name)),
                        "uv",
                        status,
                        translate("fit", "{material} is rated {grade} in sunlight").format(
                            material=name, grade=_rating(grade)
                        ),
                        part.name,
                        part.material,
                        rows=(row.ref,),
                        sources=source,
                    )
                )
        if exposure.water != "none":
            row = prop(part.material, "water")
            grade = _suitability(row)
            condition = translate("fit", "water: {water} ({part})").format(
                water=_water(exposure.water), part=part_name(part.name)
            )
            if grade is None:
                out.append(
                    Verdict(
                        condition,
                        "water",
                        UNKNOWN,
                        translate("fit", "no water rating on record for {material}").format(material=name),
                        part.name,
                        part.material,
                        sources=source,
                    )
                )
            else:
                assert row is not None
                bad = {"poor"} if exposure.water in ("humid", "splash") else {"poor", "fair"}
                status = FAILS if grade in bad else HOLDS
                out.append(
                    Verdict(
                        condition,
                        "water",
                        status,
                        translate("fit", "{material} is rated {grade} with water").format(
                            material=name, grade=_rating(grade)
                        ),
                        part.name,
                        part.material,
                        rows=(row.ref,),
                        sources=source,
                    )
                )
        if exposure.food_contact:
            row = prop(part.material, "food_contact")
            value = row.value if row is not None else "unknown"
            status = {"yes": HOLDS, "no": FAILS}.get(value, UNKNOWN)
            if value == "yes":
                reason = translate("fit", "{material} is declared for food contact")
            elif value == "no":
                reason = translate("fit", "{material} is not for food contact")
            else:
                reason = translate(
                    "fit", "no food-contact declaration on record for {material}: ask the maker for one"
                )
            reason = reason.format(material=name)
            out.append(
                Verdict(
                    translate("fit", "food contact ({part})").format(part=part_name(part.name)),
                    "food",
                    status,
                    reason,
                    part.name,
                    part.material,
                    rows=(row.ref,) if row else (),
                    sources=source,
                )
            )
    return out


def statement_verdicts(statements: Sequence[MaterialStatement]) -> list[Verdict]:
    """A template's own words about a material, checked against the material's row."""
    out = []
    for said in statements:
        if said.softening_c is None:
            continue
        row = prop(said.material, "softening_c")
        condition = statement_condition(said.text)
        if row is None:
            out.append(
                Verdict(
                    condition,
                    "statement",
                    UNKNOWN,
                    translate("fit", "no softening temperature on record for {material}").format(
                        material=said.material
                    ),
                    material=said.material,
                )
            )
            continue
        gap = abs(row.number() - said.softening_c)
        status = HOLDS if gap <= STATEMENT_TOLERANCE_K else FAILS
        if status == HOLDS:
            reason = translate("fit", "the material row agrees ({value:g} °C)").format(value=row.number())
        else:
            reason = translate(
                "fit",
                "the material row says {value:g} °C: the statement is off by {gap:.0f} K; "
                "correct one of them",
            ).format(value=row.number(), gap=gap)
        out.append(
            Verdict(
                condition,
                "statement",
                status,
                reason,
                material=said.material,
                margin=f"{gap:.0f} K",
                rows=(row.ref,),
            )
        )
    return out


def environment_verdicts(conditions: UseConditions, parts: Sequence[PartInfo]) -> list[Verdict]:
    return [
        *temperature_verdicts(conditions.temperatures, parts, conditions.statements),
        *exposure_verdicts(conditions.exposure, parts),
        *statement_verdicts(conditions.statements),
    ]


def report_without_loads(
    conditions: UseConditions | None, template_id: str, params: Mapping[str, Value], parts: Sequence[PartInfo]
) -> FitReport:
    """The report of a template that declares no load case (or no conditions at all): every
    verdict comes from the material rows and the parts' materials, no geometry needed."""
    start, cpu = time.perf_counter(), time.process_time()
    if conditions is None or not conditions.declared:
        return FitReport(
            template_id,
            dict(params),
            (),
            False,
            (translate("fit", "the template declares no conditions of use"),),
            time.perf_counter() - start,
            time.process_time() - cpu,
        )
    notes = (
        (translate("fit", "no load case: {reason}").format(reason=conditions.no_load_reason),)
        if not conditions.load_cases and conditions.no_load_reason
        else ()
    )
    return FitReport(
        template_id,
        dict(params),
        tuple(environment_verdicts(conditions, parts)),
        True,
        notes,
        time.perf_counter() - start,
        time.process_time() - cpu,
    )


def strength_for(material: str, process: str, duration: str) -> tuple[float, float | None, tuple[str, ...]]:
    """(derated in-plane strength, derated across-layer strength or None, rows used)."""
    rows = [
        prop(material, "strength_mpa"),
        prop(material, "creep_factor_sustained" if duration == SUSTAINED else "creep_factor_short"),
    ]
    if rows[0] is None or rows[1] is None:
        raise FabwiseError(
            f"no strength or creep derating on record for material '{material}'",
            hint=f"add rows to resources/data/{PROPERTIES_FILE}",
        )
    strength = rows[0].number() * rows[1].number()
    across: float | None = None
    if process == "fdm":
        layer = prop(material, "layer_strength_factor")
        if layer is None:
            raise FabwiseError(
                f"no layer-strength factor on record for FDM material '{material}'",
                hint=f"add it to resources/data/{PROPERTIES_FILE}",
            )
        rows.append(layer)
        across = strength * layer.number()
    return strength, across, tuple(r.ref for r in rows if r is not None)


# --- the service -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class FitRequest:
    ref: TemplateRef
    params: dict[str, Value]
    refine: float = 1.0  # element size × this (tests refine to show convergence)
    stress_map: bool = False  # return per-vertex von Mises on the surface for a colour map
    # only these load cases (by name) and, with environment=False, no thermal/UV/water/food
    # verdicts: one share of a check split over two workers (None: every load case)
    cases: tuple[str, ...] | None = None
    environment: bool = True


class FitService:
    """Runs fit checks in the build worker, cached per variant (bounded LRU).

    With ``lanes`` (:meth:`BuildService.lanes`), each check runs on the first free worker, and a
    check with two or more load cases is split: every other load case goes to the second worker,
    the two halves run at the same time and are merged in the declared order (the flat-pack
    stool's two legs are meshed and solved side by side)."""

    def __init__(
        self,
        builds: BuildService,
        *,
        max_entries: int = 128,
        timeout: float = 120.0,
        lanes: WorkerLanes | None = None,
    ) -> None:
        self.builds = builds
        self.lanes = lanes
        self.timeout = timeout
        self._cache: OrderedDict[tuple[str, ...], FitReport] = OrderedDict()
        self._max = max_entries
        self._lock = threading.Lock()
        self.hits = 0
        self.misses = 0

    @staticmethod
    def key(request: FitRequest) -> tuple[str, ...]:
        return (
            request.ref.id,
            request.ref.fingerprint,
            canonical_json(request.params),
            f"{request.refine:g}",
            str(request.stress_map),
            repr(request.cases),
            str(request.environment),
        )

    def cached(self, request: FitRequest) -> FitReport | None:
        with self._lock:
            report = self._cache.get(self.key(request))
            if report is None and not request.stress_map:
                report = self._cache.get(self.key(replace(request, stress_map=True)))
            if report is not None:
                self.hits += 1
            return report

    def check(self, request: FitRequest | BuildRequest, cancel: threading.Event | None = None) -> FitReport:
        if isinstance(request, BuildRequest):
            request = FitRequest(request.ref, dict(request.params))
        found = self.cached(request)
        if found is not None:
            return found
        with self._lock:
            self.misses += 1
        report = self._run(request, cancel)
        with self._lock:
            self._cache[self.key(request)] = report
            while len(self._cache) > self._max:
                self._cache.popitem(last=False)
        return report

    def _run(self, request: FitRequest, cancel: threading.Event | None) -> FitReport:
        quick = self._without_loads(request)
        if quick is not None:
            return quick
        lanes = self.lanes
        if lanes is None:
            report: FitReport = self.builds.run_job(FIT_JOB, request, self.timeout, cancel)
            return report
        cases = self._case_names(request)
        shape = self._geometry(request)
        if lanes.width < 2 or request.cases is not None or len(cases) < 2:
            report = lanes.call(FIT_JOB, request, self.timeout, cancel, affinity=shape)
            return report
        start = time.perf_counter()
        first = replace(request, cases=cases[0::2])
        second = replace(request, cases=cases[1::2], environment=False)
        other: list[FitReport | BaseException] = []

        def run_second() -> None:
            try:
                other.append(lanes.call(FIT_JOB, second, self.timeout, cancel, affinity=(shape, 1)))
            except BaseException as exc:  # re-raised in the caller's thread below
                other.append(exc)

        thread = threading.Thread(target=run_second, name="fabwise-fit-lane", daemon=True)
        thread.start()
        try:
            mine: FitReport = lanes.call(FIT_JOB, first, self.timeout, cancel, affinity=(shape, 0))
        finally:
            thread.join()
        if isinstance(other[0], BaseException):
            raise other[0]
        return merge_split(mine, other[0], len(first.cases or ()), time.perf_counter() - start)

    def _without_loads(self, request: FitRequest) -> FitReport | None:
        """Without load cases nothing needs the B-rep: when the variant is already built (the
        guide has just built it), decide here from its parts instead of building it again in a
        worker. None when there are load cases or the variant is not in the build cache."""
        conditions = self.builds.registry.get(request.ref.id).template.conditions
        if conditions is not None and conditions.declared and conditions.load_cases:
            return None
        for quality in Quality:  # a part's material and process do not depend on the quality
            built = self.builds.cached(BuildRequest(request.ref, dict(request.params), quality))
            if built is not None:
                parts = [PartInfo(p.name, p.material, p.process) for p in built.parts]
                return report_without_loads(conditions, request.ref.id, built.params, parts)
        return None

    def build(self, request: BuildRequest) -> BuildResult:
        """Build a variant on the worker where its fit check will run (the worker keeps its last
        builds, so the check does not build it again): for the guide's builder."""
        fit = FitRequest(request.ref, dict(request.params))
        return self.builds.build(request, self.lanes, affinity=self._geometry(fit))

    def _geometry(self, request: FitRequest) -> tuple[str, ...]:
        """What decides the part's shape: the request without its material choices (so the
        checks of one shape in several materials share a worker, and its mesh and solve)."""
        schema = self.builds.registry.get(request.ref.id).template.schema
        materials = {param.name for param in schema.material_params()}
        shape = {k: v for k, v in request.params.items() if k not in materials}
        return (request.ref.id, request.ref.fingerprint, canonical_json(shape), f"{request.refine:g}")

    def _case_names(self, request: FitRequest) -> tuple[str, ...]:
        conditions = self.builds.registry.get(request.ref.id).template.conditions
        if conditions is None:
            return ()
        return tuple(case.name for case in conditions.load_cases)

    def check_values(
        self, template_id: str, values: Mapping[str, object] | None = None, **kwargs: Any
    ) -> FitReport:
        build_request = self.builds.request(template_id, values)
        return self.check(FitRequest(build_request.ref, dict(build_request.params), **kwargs))


def merge_split(first: FitReport, second: FitReport, first_cases: int, seconds: float) -> FitReport:
    """One report from the two halves of a split check: ``first`` has the even-numbered load
    cases (``first_cases`` verdicts) then the environment verdicts, ``second`` the odd-numbered
    load cases; the load verdicts are put back in the declared order."""
    evens, env = first.verdicts[:first_cases], first.verdicts[first_cases:]
    odds = second.verdicts
    loads: list[Verdict] = []
    for i in range(max(len(evens), len(odds))):
        loads.extend(evens[i : i + 1])
        loads.extend(odds[i : i + 1])
    return FitReport(
        first.template_id,
        dict(first.params),
        (*loads, *env),
        first.declared,
        first.notes,
        seconds,
        first.cpu_seconds + second.cpu_seconds,
        max(first.cpu_seconds, second.cpu_seconds),
        stress_maps={**first.stress_maps, **second.stress_maps},
    )

"""The eco-guide: alternatives that were actually built and evaluated, ranked by what they save.

Three kinds of alternative are tried, each validated by the template's own schema first (an invalid
variant is never suggested): other materials the template allows, other facilities that can make
the variant, and eco-tunable parameters moved within their valid range (a few values per
parameter). Each suggestion carries its saving against the current variant, whether that saving
holds at both ends of the factor ranges, and its trade-offs where the data has them.

Builds are done by an injected ``builder`` (canonical params -> BuildResult), so this module does
not depend on the build worker and tests can pass an in-process builder.

With a ``fitness`` check (canonical params -> a fit report, :class:`FitOutcome`), every
material and parameter alternative is checked against the template's conditions of use: one that
fails is never offered as a saving (it is listed in ``Guide.rejected`` as "would save X but fails:
..."), one that holds carries its lowest safety factor, and a material swap the template has
something to say about ("PLA softens at about 55 °C") carries that statement.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from functools import partial
from typing import Any, Protocol

from configurator.sdk.errors import FabwiseError
from configurator.sdk.i18n import local_number, translate
from configurator.sdk.params import NUMERIC_KINDS, Parameter, ParamKind, Value
from configurator.sdk.product import process_label
from configurator.sdk.results import BuildResult
from configurator.sdk.schema import Schema
from eco_rules.engine import EcoEngine
from eco_rules.factors import describe_factor, mode_words
from eco_rules.facts import EcoContext
from eco_rules.interval import Interval
from eco_rules.numbers import km_text
from eco_rules.report import Dominant, EcoReport

Builder = Callable[[Mapping[str, Value]], BuildResult]


class FitVerdict(Protocol):
    """What the guide reads of one verdict (``configurator.core.fit.Verdict``)."""

    @property
    def condition(self) -> str: ...
    @property
    def kind(self) -> str: ...
    @property
    def status(self) -> str: ...
    @property
    def reason(self) -> str: ...
    @property
    def material(self) -> str: ...
    @property
    def safety_factor(self) -> float | None: ...
    @property
    def required(self) -> float | None: ...


class FitOutcome(Protocol):
    """What the guide reads of a fit-for-use report (``configurator.core.fit.FitReport``)."""

    @property
    def declared(self) -> bool: ...
    @property
    def status(self) -> str: ...
    @property
    def verdicts(self) -> Sequence[FitVerdict]: ...
    @property
    def min_safety_factor(self) -> float | None: ...
    def failures(self) -> Sequence[FitVerdict]: ...


Fitness = Callable[[Mapping[str, Value]], FitOutcome]


CapabilityCheck = Callable[[BuildResult], Sequence[str]]


@dataclass(frozen=True)
class FacilityOption:
    """A facility as the guide sees it: a label, an eco context, and what it can make.

    ``check`` (from the facility glue, e.g. the facility store's matcher) returns the reasons the
    facility cannot make a build; without it, ``processes``/``materials`` are checked, and ``None``
    there means "unknown": the facility is assumed able to make the variant, and the suggestion
    says so.
    """

    id: str
    label: str
    context: EcoContext
    processes: frozenset[str] | None = None
    materials: frozenset[str] | None = None
    check: CapabilityCheck | None = field(default=None, compare=False)
    caveats: tuple[str, ...] = ()
    hourly_rate: float | None = None
    currency: str = ""

    def missing_for(self, build: BuildResult) -> list[str]:
        """What this facility lacks to make ``build`` (empty when it can make it)."""
        if self.check is not None:
            return list(self.check(build))
        missing: list[str] = []
        for part in build.parts:
            if self.processes is not None and part.process not in self.processes:
                missing.append(f"process {part.process}")
            if self.materials is not None and part.material not in self.materials:
                missing.append(f"material {part.material}")
        return list(dict.fromkeys(missing))

    @property
    def capabilities_known(self) -> bool:
        return self.check is not None or (self.processes is not None and self.materials is not None)


@dataclass(frozen=True)
class Suggestion:
    kind: str  # "material", "facility" or "parameter"
    title: str
    changes: dict[str, Value]
    facility: str
    co2e_kg: Interval
    saving_kg: float
    saving_pct: float
    saving_low_kg: float
    saving_high_kg: float
    grade: str
    trade_offs: tuple[str, ...]
    report: EcoReport = field(repr=False, compare=False)
    fit_status: str = ""  # holds / unknown when a fitness check ran ("" when none did)
    safety_factor: float | None = None
    # the id of the facility where it is made (FacilityOption.id; "" when it is the context's
    # own place without one): a front end finds the workshop by this, never by ``facility``,
    # the label shown, which two workshops can share
    facility_id: str = ""

    @property
    def robust(self) -> bool:
        """True when the alternative is lower both with all factors at low and at high bounds."""
        return self.saving_low_kg > 0 and self.saving_high_kg > 0

    def text(self) -> str:
        grams = self.saving_kg * 1000
        if self.saving_kg >= 0.1:
            amount = local_number(f"{self.saving_kg:.2f} kg")
        else:
            amount = local_number(f"{grams:.2g} g") if grams < 10 else f"{grams:.0f} g"
        return translate("guide", "{title}: −{amount} CO2e, −{saving_pct:.0f} %").format(
            title=self.title, amount=amount, saving_pct=self.saving_pct
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "title": self.title,
            "text": self.text(),
            "changes": self.changes,
            "facility": self.facility,
            "facility_id": self.facility_id,
            "co2e_kg": {"value": self.co2e_kg.value, "low": self.co2e_kg.low, "high": self.co2e_kg.high},
            "saving_kg": self.saving_kg,
            "saving_pct": self.saving_pct,
            "saving_at_low_bounds_kg": self.saving_low_kg,
            "saving_at_high_bounds_kg": self.saving_high_kg,
            "robust": self.robust,
            "grade": self.grade,
            "trade_offs": list(self.trade_offs),
            "fit_status": self.fit_status,
            "safety_factor": self.safety_factor,
        }


@dataclass(frozen=True)
class Rejected:
    """An alternative that would save CO2e but fails a condition of use."""

    title: str
    changes: dict[str, Value]
    saving_kg: float
    saving_pct: float
    reasons: tuple[str, ...]

    def text(self) -> str:
        grams = self.saving_kg * 1000
        amount = local_number(f"{self.saving_kg:.2f} kg" if self.saving_kg >= 0.1 else f"{grams:.2g} g")
        return translate(
            "guide", "{title} would save {amount} CO2e ({saving_pct:.0f} %) but fails: {reasons}"
        ).format(title=self.title, amount=amount, saving_pct=self.saving_pct, reasons="; ".join(self.reasons))

    def to_dict(self) -> dict[str, Any]:
        return {
            "title": self.title,
            "changes": self.changes,
            "saving_kg": self.saving_kg,
            "saving_pct": self.saving_pct,
            "reasons": list(self.reasons),
            "text": self.text(),
        }


@dataclass(frozen=True)
class Guide:
    baseline: EcoReport
    suggestions: tuple[Suggestion, ...]
    evaluated: int
    builds: int
    skipped: tuple[str, ...]
    rejected: tuple[Rejected, ...] = ()
    fit_checked: bool = False

    @property
    def dominant(self) -> Dominant:
        return self.baseline.dominant

    def to_dict(self) -> dict[str, Any]:
        return {
            "dominant": {
                "phase": self.dominant.phase,
                "share": round(self.dominant.share, 4),
                "statement": self.dominant.statement,
            },
            "suggestions": [s.to_dict() for s in self.suggestions],
            "evaluated": self.evaluated,
            "builds": self.builds,
            "skipped": list(self.skipped),
            "rejected": [r.to_dict() for r in self.rejected],
            "fit_checked": self.fit_checked,
        }


@dataclass(frozen=True)
class _Candidate:
    kind: str
    title: str
    changes: dict[str, Value]


def _fmt(value: Value, param: Parameter) -> str:
    if isinstance(value, bool):
        return "on" if value else "off"
    text = local_number(f"{value:g}") if isinstance(value, float) else str(value)
    return f"{text} {param.unit}".strip()


def tunable_values(param: Parameter, current: Value) -> list[Value]:
    """A few candidate values within the parameter's range: its minimum, a step down, its maximum,
    a step up (toggles: the other setting). The current value is never a candidate."""
    if param.kind is ParamKind.TOGGLE:
        return [not bool(current)]
    if param.kind not in NUMERIC_KINDS or isinstance(current, bool | str):
        return []
    assert param.minimum is not None and param.maximum is not None
    step = param.step or (param.maximum - param.minimum) / 10 or 1.0
    raw = [param.minimum, float(current) - step, param.maximum, float(current) + step]
    out: list[Value] = []
    for value in raw:
        clamped = min(max(value, param.minimum), param.maximum)
        # round(…, 9): 2.4 - 0.2 is 2.1999999999999997 in binary; a parameter value is a setting,
        # and settings are shown and stored as people type them.
        candidate: Value = round(clamped) if param.kind is ParamKind.COUNT else round(float(clamped), 9)
        if abs(float(candidate) - float(current)) < 1e-9 or candidate in out:
            continue
        out.append(candidate)
    return out


class _Guide:
    def __init__(
        self, engine: EcoEngine, schema: Schema, template_id: str, builder: Builder, max_builds: int
    ) -> None:
        self.engine = engine
        self.schema = schema
        self.template_id = template_id
        self.builder = builder
        self.max_builds = max_builds
        self.builds = 0
        self.evaluated = 0
        self.skipped: list[str] = []
        self._cache: dict[tuple[tuple[str, Value], ...], BuildResult | None] = {}
        self._reserved: set[tuple[tuple[str, Value], ...]] = set()
        self._lock = threading.Lock()

    def build(self, params: Mapping[str, Value]) -> BuildResult | None:
        key = tuple(sorted(params.items()))
        with self._lock:
            if key in self._cache:
                return self._cache[key]
            if key not in self._reserved:
                if self.builds >= self.max_builds:
                    self.skipped.append(
                        f"build budget of {self.max_builds} reached: further variants not tried"
                    )
                    self._cache[key] = None
                    return None
                self.builds += 1
        try:
            result: BuildResult | None = self.builder(params)
        except FabwiseError as exc:
            with self._lock:
                self.skipped.append(f"variant {dict(params)} did not build: {exc.message}")
            result = None
        with self._lock:
            self._cache[key] = result
            self._reserved.discard(key)
        return result

    def reserve(self, variants: Sequence[dict[str, Value]]) -> list[dict[str, Value]]:
        """The variants that will be built, in order, within the budget (counted now, so that
        building them in parallel tries the same ones as one at a time)."""
        chosen: list[dict[str, Value]] = []
        with self._lock:
            for params in variants:
                key = tuple(sorted(params.items()))
                if key in self._cache or key in self._reserved:
                    continue
                if self.builds >= self.max_builds:
                    break
                self.builds += 1
                self._reserved.add(key)
                chosen.append(params)
        return chosen

    def evaluate(self, build: BuildResult, context: EcoContext) -> EcoReport:
        self.evaluated += 1
        return self.engine.evaluate(build, context)

    def validate(self, changes: Mapping[str, Value], base: Mapping[str, Value]) -> dict[str, Value] | None:
        merged, issues = self.schema.check(changes, base=base)
        if issues:
            self.skipped.append(f"{changes} is not a valid variant: {issues[0].message}")
            return None
        return merged


def build_guide(
    engine: EcoEngine,
    schema: Schema,
    template_id: str,
    params: Mapping[str, Value],
    baseline_build: BuildResult,
    context: EcoContext,
    builder: Builder,
    *,
    facility: FacilityOption | None = None,
    facilities: Sequence[FacilityOption] = (),
    max_builds: int = 16,
    max_suggestions: int = 8,
    baseline: EcoReport | None = None,
    fitness: Fitness | None = None,
    parallel: int = 1,
) -> Guide:
    """Evaluate alternatives to the current variant and rank those that save CO2e (and, with
    ``fitness``, still hold every condition of use).

    With ``parallel`` > 1 (the number of workers behind ``builder`` and ``fitness``), every
    alternative is handed to ``builder``, then to ``fitness``, at once from its own thread (up to
    16): those callables must be thread-safe and set the pace (``WorkerLanes`` runs one job per
    worker and sends a shape to the worker that holds its mesh). The guide is the same as built
    one at a time."""
    run = _Guide(engine, schema, template_id, builder, max_builds)
    base_report = baseline or engine.evaluate(baseline_build, context)
    params = dict(params)
    run._cache[tuple(sorted(params.items()))] = baseline_build
    suggestions: list[Suggestion] = []
    rejected: list[Rejected] = []
    here = facility.label if facility else (context.label or translate("guide", "this facility"))

    valid = [
        (c, m)
        for c in _candidates(schema, params, engine)
        if (m := run.validate(c.changes, params)) is not None
    ]
    pool = ThreadPoolExecutor(parallel, "fabwise-guide") if parallel > 1 else None
    try:
        if pool is not None:  # build every alternative first, ``parallel`` at a time
            chosen = run.reserve([m for _, m in valid])
            with ThreadPoolExecutor(min(max(parallel, len(chosen)), 16), "fabwise-guide") as building:
                _gather(building, [partial(run.build, m) for m in chosen])
        placed_ones: list[tuple[_Candidate, dict[str, Value], Suggestion]] = []
        for candidate, merged in valid:
            build = run.build(merged)
            if build is None:
                continue
            placed = _place(run, build, context, facility, facilities, candidate)
            if placed is None:
                continue
            report, maker, extra = placed
            extra.extend(_time_and_cost(base_report, facility, report, maker))
            where = maker.label if maker else (context.label or "")
            placed_ones.append(
                (
                    candidate,
                    merged,
                    _suggestion(
                        candidate,
                        report,
                        base_report,
                        where,
                        extra,
                        baseline_build,
                        build,
                        fitted=fitness is not None,
                        where_id=maker.id if maker else "",
                    ),
                )
            )
        checks: dict[int, Any] = {}
        if fitness is not None:
            judged_ones = [i for i, (_, _, s) in enumerate(placed_ones) if s.saving_kg > 1e-9]
            if pool is not None and judged_ones:
                # all submitted at once: the fitness callable's workers set the pace, and a check
                # that waits for the worker holding its shape's mesh does not hold up the others
                with ThreadPoolExecutor(
                    min(max(parallel, len(judged_ones)), 16), "fabwise-guide-fit"
                ) as checking:
                    outcomes = _gather(
                        checking, [partial(_outcome, fitness, placed_ones[i][1]) for i in judged_ones]
                    )
                checks = dict(zip(judged_ones, outcomes, strict=True))
    finally:
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)
    for i, (candidate, merged, suggestion) in enumerate(placed_ones):
        if fitness is not None and suggestion.saving_kg > 1e-9:
            check = fitness if i not in checks else _replay(checks[i])
            judged = _judge(check, merged, candidate, suggestion)
            if isinstance(judged, Rejected):
                rejected.append(judged)
                continue
            suggestion = judged
        suggestions.append(suggestion)

    for option in facilities:
        if facility is not None and option.id == facility.id:
            continue
        missing = option.missing_for(baseline_build)
        if missing:
            run.skipped.append(
                translate("guide", "{label} cannot make this variant ({missing})").format(
                    label=option.label, missing=", ".join(missing)
                )
            )
            continue
        report = run.evaluate(baseline_build, option.context)
        trade = _facility_trade_offs(context, option.context, here, option)
        trade.extend(_time_and_cost(base_report, facility, report, option))
        candidate = _Candidate(
            "facility",
            translate("guide", "make it at {label} instead of {here}").format(label=option.label, here=here),
            {},
        )
        suggestions.append(
            _suggestion(
                candidate,
                report,
                base_report,
                option.label,
                trade,
                baseline_build,
                baseline_build,
                where_id=option.id,
            )
        )

    ranked = sorted((s for s in suggestions if s.saving_kg > 1e-9), key=lambda s: -s.saving_kg)
    rejected.sort(key=lambda r: -r.saving_kg)
    return Guide(
        base_report,
        tuple(ranked[:max_suggestions]),
        run.evaluated,
        run.builds,
        tuple(run.skipped),
        tuple(rejected),
        fitness is not None,
    )


def _gather(pool: ThreadPoolExecutor, tasks: Sequence[Callable[[], Any]]) -> list[Any]:
    """Run ``tasks`` on ``pool``; their results in order (the first exception is raised)."""
    futures = [pool.submit(task) for task in tasks]
    return [future.result() for future in futures]


def _outcome(fitness: Fitness, params: Mapping[str, Value]) -> FitOutcome | FabwiseError:
    try:
        return fitness(params)
    except FabwiseError as exc:  # _judge reports it like a check that raised there
        return exc


def _replay(outcome: FitOutcome | FabwiseError) -> Fitness:
    def fitness(_: Mapping[str, Value]) -> FitOutcome:
        if isinstance(outcome, FabwiseError):
            raise outcome
        return outcome

    return fitness


def _failure_text(verdict: FitVerdict) -> str:
    """A failing verdict in a few words: the load case and its safety factor, or the reason."""
    if verdict.safety_factor is not None and verdict.required is not None:
        return translate(
            "guide", "{condition}: safety factor {safety_factor:.2g} (needs {required:g})"
        ).format(condition=verdict.condition, safety_factor=verdict.safety_factor, required=verdict.required)
    return str(verdict.reason)


def _judge(
    fitness: Fitness, params: Mapping[str, Value], candidate: _Candidate, suggestion: Suggestion
) -> Suggestion | Rejected:
    """The alternative against the conditions of use: rejected when a condition fails."""
    try:
        fit = fitness(params)
    except FabwiseError as exc:
        unchecked = (
            *suggestion.trade_offs,
            translate("guide", "fit for use not checked: {message}").format(message=exc.message),
        )
        return replace(suggestion, trade_offs=unchecked, fit_status="unknown")
    failures = fit.failures()
    if failures:
        return Rejected(
            candidate.title,
            dict(candidate.changes),
            suggestion.saving_kg,
            suggestion.saving_pct,
            tuple(_failure_text(v) for v in failures),
        )
    trade = list(suggestion.trade_offs)
    sf = fit.min_safety_factor
    if not fit.declared:
        trade.append(translate("guide", "the template declares no conditions of use: fitness not checked"))
    elif fit.status == "holds":
        if sf is not None:
            trade.append(
                translate(
                    "guide", "still holds every condition of use (lowest safety factor {sf:.1f})"
                ).format(sf=sf)
            )
        else:
            trade.append(translate("guide", "still holds every condition of use"))
    else:
        unknown = [v.condition for v in fit.verdicts if v.status == "unknown"]
        trade.append(
            translate("guide", "fit for use unknown for: {conditions}").format(conditions="; ".join(unknown))
        )
    if candidate.kind == "material":
        new = set(candidate.changes.values())
        for verdict in fit.verdicts:
            if verdict.kind == "statement" and verdict.material in new:
                trade.append(
                    translate("guide", "the template warns: \u201c{said}\u201d").format(
                        said=_statement_text(verdict.condition)
                    )
                )
    return replace(suggestion, trade_offs=tuple(trade), fit_status=fit.status, safety_factor=sf)


def _statement_text(condition: str) -> str:
    """The template's own words in a statement verdict's condition (configurator.core.fit writes it
    from the same catalogue entry, in the same language)."""
    before, _, after = translate("fit", "template says: \u201c{text}\u201d").partition("{text}")
    if condition.startswith(before) and condition.endswith(after):
        return condition[len(before) : len(condition) - len(after)]
    return condition


def _candidates(schema: Schema, params: Mapping[str, Value], engine: EcoEngine) -> Iterable[_Candidate]:
    materials = engine.book.materials
    for param in schema.material_params():
        current = params.get(param.name)
        for option in param.options:
            if option == current:
                continue
            new = materials[option].label if option in materials else option
            old = materials[str(current)].label if str(current) in materials else str(current)
            yield _Candidate(
                "material",
                translate("guide", "{new} instead of {old}").format(new=new, old=old),
                {param.name: option},
            )
    for param in schema.eco_tunable():
        current = params.get(param.name)
        if current is None:
            continue
        for value in tunable_values(param, current):
            title = translate("guide", "{title} {value} instead of {current}").format(
                title=param.title, value=_fmt(value, param), current=_fmt(current, param)
            )
            yield _Candidate("parameter", title, {param.name: value})


def _place(
    run: _Guide,
    build: BuildResult,
    context: EcoContext,
    facility: FacilityOption | None,
    facilities: Sequence[FacilityOption],
    candidate: _Candidate,
) -> tuple[EcoReport, FacilityOption | None, list[str]] | None:
    """Evaluate a variant where it can be made: here if possible, else at the best capable facility."""
    if facility is None or not facility.missing_for(build):
        return run.evaluate(build, context), facility, []
    capable = [f for f in facilities if not f.missing_for(build)]
    if not capable:
        run.skipped.append(
            translate("guide", "{title}: no known facility can make it ({build})").format(
                title=candidate.title, build=", ".join(facility.missing_for(build))
            )
        )
        return None
    options = [(run.evaluate(build, f.context), f) for f in capable]
    report, best = min(options, key=lambda item: item[0].total_co2e_kg.value)
    note = translate("guide", "needs {build}: made at {label} ({distance_km}) instead of {label2}").format(
        build=", ".join(facility.missing_for(build)),
        label=best.label,
        distance_km=km_text(best.context.distance_km),
        label2=facility.label,
    )
    return report, best, [note]


def _facility_trade_offs(
    current: EcoContext, other: EcoContext, here: str, option: FacilityOption
) -> list[str]:
    notes = []
    delta = other.distance_km - current.distance_km
    if abs(delta) >= 0.05:
        if delta > 0:
            further = translate("guide", "{distance} further than {here}")
        else:
            further = translate("guide", "{distance} closer than {here}")
        notes.append(further.format(distance=km_text(abs(delta)), here=here))
    if other.transport_mode != current.transport_mode:
        notes.append(
            translate("guide", "delivered by {transport_mode} instead of {transport_mode2}").format(
                transport_mode=mode_words(other.transport_mode),
                transport_mode2=mode_words(current.transport_mode),
            )
        )
    if not option.capabilities_known:
        notes.append(
            translate("guide", "its machines and materials are not on record: assumed able to make it")
        )
    notes.extend(option.caveats)
    return notes


def _time_and_cost(
    base: EcoReport, here: FacilityOption | None, report: EcoReport, there: FacilityOption | None
) -> list[str]:
    """Machine-time change, and the machine-time cost change when both hourly rates are known."""
    notes = []
    before, after = base.machine_hours.value, report.machine_hours.value
    if before > 0 and abs(after - before) / before >= 0.05 and _hours(before) != _hours(after):
        notes.append(
            translate("guide", "machine time {before} → {after}").format(
                before=_hours(before), after=_hours(after)
            )
        )
    if (
        here is not None
        and there is not None
        and here.hourly_rate is not None
        and there.hourly_rate is not None
        and here.currency == there.currency
    ):
        delta = there.hourly_rate * after - here.hourly_rate * before
        if abs(delta) >= 0.01:
            sign = "+" if delta > 0 else "\u2212"
            notes.append(
                translate(
                    "guide",
                    "machine-time cost {sign}{delta:.2f} {currency} (rates {hourly_rate:g} "
                    "and {hourly_rate2:g} {currency}/h)",
                ).format(
                    sign=sign,
                    delta=abs(delta),
                    currency=here.currency,
                    hourly_rate=here.hourly_rate,
                    hourly_rate2=there.hourly_rate,
                )
            )
    return notes


def _hours(value: float) -> str:
    """Machine time for people: seconds below a minute, minutes below an hour, then hours."""
    if value * 3600 < 59.5:
        return f"{value * 3600:.0f} s"
    if value * 60 < 59.5:
        return f"{value * 60:.0f} min"
    return local_number(f"{value:.1f} h")


def _suggestion(
    candidate: _Candidate,
    report: EcoReport,
    base: EcoReport,
    where: str,
    extra: list[str],
    base_build: BuildResult,
    build: BuildResult,
    fitted: bool = False,
    where_id: str = "",
) -> Suggestion:
    base_total, alt_total = base.total_co2e_kg, report.total_co2e_kg
    saving = base_total.value - alt_total.value
    pct = 100.0 * saving / base_total.value if base_total.value > 0 else 0.0
    trade = list(extra)
    mass_delta = (report.product_mass_kg.value - base.product_mass_kg.value) * 1000
    if abs(mass_delta) >= 0.5:
        sign = "+" if mass_delta > 0 else "\u2212"
        trade.append(
            translate("guide", "product mass {sign}{mass_delta:.0f} g").format(
                sign=sign, mass_delta=abs(mass_delta)
            )
        )
    repair_delta = report.repairability.score - base.repairability.score
    if abs(repair_delta) >= 0.05:
        trade.append(
            translate(
                "guide", "repairability {before:.1f} \u2192 {after} (Fabwise, after EU 2023/1669)"
            ).format(before=base.repairability.score, after=report.repairability.text())
        )
    if candidate.kind == "parameter" and not fitted:
        trade.append(translate("guide", "changes the product: check it still suits its use"))
    processes = sorted({p.process for p in build.parts} - {p.process for p in base_build.parts})
    if processes:
        trade.append(
            translate("guide", "needs {processes}").format(
                processes=", ".join(process_label(p) for p in processes)
            )
        )
    known = {f.id for f in base.flagged_factors}
    flagged_new = {describe_factor(f) for f in report.flagged_factors if f.id not in known}
    if flagged_new:
        trade.append(
            translate(
                "guide", "relies on proxy/estimated data: {factors} (sources in the eco report)"
            ).format(factors=", ".join(sorted(flagged_new)))
        )
    return Suggestion(
        kind=candidate.kind,
        title=candidate.title,
        changes=dict(candidate.changes),
        facility=where,
        co2e_kg=alt_total,
        saving_kg=saving,
        saving_pct=pct,
        saving_low_kg=base_total.low - alt_total.low,
        saving_high_kg=base_total.high - alt_total.high,
        grade=report.grade.letter,
        trade_offs=tuple(trade),
        report=report,
        facility_id=where_id,
    )


def with_label(context: EcoContext, label: str) -> EcoContext:
    return replace(context, label=label)

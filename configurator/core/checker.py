"""``fabwise templates check``: what a designer needs to know before publishing a template.

Loads the file on its own, validates the declaration, then builds it in the isolated worker at the
defaults, at every preset, and at each numeric parameter's minimum and maximum (where those form a
valid variant). Every finding is a :class:`Finding` with a level, so front ends can print or
count them, and the check fails when any finding is an error.
"""

from __future__ import annotations

import random
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from configurator.core.registry import TemplateEntry, TemplateRegistry
from configurator.core.service import BuildService
from configurator.core.trust import TrustPolicy
from configurator.sdk.errors import FabwiseError, ValidationError
from configurator.sdk.materials import load_materials
from configurator.sdk.params import NUMERIC_KINDS, Parameter, ParamKind, Params, Value
from configurator.sdk.results import BuildResult


@dataclass(frozen=True)
class Finding:
    level: str  # "error", "warning" or "ok"
    message: str


@dataclass
class CheckReport:
    path: str
    template_id: str = ""
    findings: list[Finding] = field(default_factory=list)
    build_times: dict[str, float] = field(default_factory=dict)

    @property
    def errors(self) -> list[Finding]:
        return [f for f in self.findings if f.level == "error"]

    @property
    def warnings(self) -> list[Finding]:
        return [f for f in self.findings if f.level == "warning"]

    @property
    def passed(self) -> bool:
        return not self.errors

    def add(self, level: str, message: str) -> None:
        self.findings.append(Finding(level, message))


def _variants(entry: TemplateEntry) -> Iterator[tuple[str, dict[str, Value]]]:
    schema = entry.template.schema
    yield "defaults", {}
    for preset in schema.presets:
        yield f"preset '{preset.name}'", dict(preset.values)
    for param in schema.parameters:
        if param.kind in NUMERIC_KINDS:
            assert param.minimum is not None and param.maximum is not None
            yield f"{param.name} at minimum", {param.name: param.minimum}
            yield f"{param.name} at maximum", {param.name: param.maximum}
        elif param.kind in (ParamKind.CHOICE, ParamKind.MATERIAL):
            for option in param.options:
                if option != param.default:
                    yield f"{param.name} = {option}", {param.name: option}
        elif param.kind is ParamKind.TOGGLE:
            yield f"{param.name} = {not param.default}", {param.name: not param.default}


SAMPLES = 300


def _random_value(param: Parameter, rng: random.Random) -> Value:
    if param.kind in NUMERIC_KINDS:
        assert param.minimum is not None and param.maximum is not None
        if param.kind is ParamKind.COUNT:
            return rng.randint(int(param.minimum), int(param.maximum))
        return rng.uniform(param.minimum, param.maximum)
    if param.kind in (ParamKind.CHOICE, ParamKind.MATERIAL):
        return rng.choice(param.options)
    if param.kind is ParamKind.TOGGLE:
        return rng.random() < 0.5
    return param.default


def _check_constraints(entry: TemplateEntry, report: CheckReport) -> None:
    """Warn about constraints that (almost) never hold over random single-valid variants."""
    schema = entry.template.schema
    rng = random.Random(7)
    held = dict.fromkeys(range(len(schema.constraints)), 0)
    for _ in range(SAMPLES):
        values = Params({p.name: _random_value(p, rng) for p in schema.parameters})
        for index, rule in enumerate(schema.constraints):
            try:
                if not rule.check(values):
                    held[index] += 1
            except Exception as exc:
                report.add("error", f"constraint on {', '.join(rule.params)} raised "
                           f"{type(exc).__name__}: {exc}")
                return
    for index, count in held.items():
        rule = schema.constraints[index]
        share = count / SAMPLES
        if share < 0.05:
            report.add("warning", f"constraint on {', '.join(rule.params)} held in only "
                       f"{count} of {SAMPLES} random variants: are its ranges right?")


def _corners(entry: TemplateEntry) -> Iterator[tuple[str, dict[str, Value]]]:
    numeric = [p for p in entry.template.schema.parameters if p.kind in NUMERIC_KINDS]
    if len(numeric) > 1:
        yield "all numbers at minimum", {p.name: p.minimum for p in numeric if p.minimum is not None}
        yield "all numbers at maximum", {p.name: p.maximum for p in numeric if p.maximum is not None}


def _check_declaration(entry: TemplateEntry, report: CheckReport) -> None:
    template = entry.template
    materials = load_materials()
    for param in template.schema.parameters:
        if param.kind in NUMERIC_KINDS and param.kind is not ParamKind.COUNT and not param.unit:
            report.add("warning", f"parameter '{param.name}' has no unit")
        if not param.help:
            report.add("warning", f"parameter '{param.name}' has no help text")
        if param.kind is ParamKind.MATERIAL:
            unknown = [m for m in param.options if m not in materials]
            if unknown:
                report.add("error", f"material slot '{param.name}' offers unknown material(s): "
                           f"{', '.join(unknown)}")
    if not template.schema.presets:
        report.add("warning", "the template has no presets")


def _check_result(variant: str, result: BuildResult, report: CheckReport) -> None:
    materials = load_materials()
    for part in result.parts:
        material = materials.get(part.material)
        if material is None:
            report.add("error", f"{variant}: part '{part.name}' uses unknown material "
                       f"'{part.material}'")
        elif part.process not in material.processes:
            report.add("error", f"{variant}: part '{part.name}' is {part.material}, which cannot "
                       f"be made by {part.process} (allowed: {', '.join(material.processes)})")
    for warning in result.warnings:
        report.add("warning", f"{variant}: {warning}")


def _check_fit(entry: TemplateEntry, service: BuildService, report: CheckReport) -> None:
    """Warn when the template declares no conditions of use or its default variant fails them."""
    from configurator.core.fit import FitRequest, FitService

    conditions = entry.template.conditions
    if conditions is None or not conditions.declared:
        report.add("warning", "the template declares no conditions of use (loads, temperature, "
                   "water, sunlight): the eco-guide cannot tell whether its alternatives still "
                   "do the job (see docs/authoring-templates.md, 'Conditions of use')")
        return
    if not conditions.load_cases and not conditions.no_load_reason:
        report.add("warning", "no load case and no no_load_reason: say what the product carries, "
                   "or why it carries nothing worth checking")
    try:
        request = service.request(entry.template.id, {})
        fit = FitService(service).check(FitRequest(request.ref, dict(request.params)))
    except FabwiseError as exc:
        report.add("warning", f"the fit-for-use check of the defaults could not run: "
                   f"{exc.message}")
        return
    for verdict in fit.verdicts:
        if verdict.status == "fails":
            report.add("warning", f"defaults fail a condition of use: {verdict.condition}: "
                       f"{verdict.reason}")
        elif verdict.status == "unknown":
            report.add("warning", f"defaults: {verdict.condition} is unknown: {verdict.reason}")
    if fit.status == "holds":
        sf = fit.min_safety_factor
        report.add("ok", "defaults hold every condition of use"
                   + (f" (lowest safety factor {sf:.2f})" if sf is not None else ""))


def check_template_file(
    path: Path, service_timeout: float = 60.0, trust: TrustPolicy | None = None
) -> CheckReport:
    """Check one template file. Raises nothing for template problems: they become findings.

    Checking runs the file's code, so an untrusted file (per ``trust``) is refused.
    """
    report = CheckReport(str(path))
    if not path.is_file():
        raise FabwiseError(f"{path} is not a file", hint="give the path of a template .py file")
    registry = TemplateRegistry(trust)
    templates = registry.add_file(path)
    if registry.untrusted:
        raise FabwiseError(
            f"{path} is not a trusted template, so it was not run",
            hint=f"if you wrote it or trust its author: `fabwise --trust templates check {path}` "
            f"(this run) or `fabwise templates trust {path}` (until the file changes)",
        )
    if registry.broken:
        broken = registry.broken[0]
        report.add("error", f"cannot load: {broken.reason}"
                   + (f" ({broken.file})" if broken.file else ""))
        return report
    if not templates:
        report.add("error", "the file defines no Template")
        return report
    entry = registry.get(templates[0].id)
    report.template_id = entry.template.id
    _check_declaration(entry, report)
    _check_constraints(entry, report)
    with BuildService(registry, timeout=service_timeout) as service:
        service.worker.start()  # so the first build time is the template's, not the worker's
        never_valid: set[str] = set()
        for variant, values in [*_variants(entry), *_corners(entry)]:
            try:
                request = service.request(entry.template.id, values)
            except ValidationError as exc:
                if variant.startswith("preset"):
                    report.add("error", f"{variant} is invalid: {exc.message}")
                else:
                    never_valid.add(variant)
                continue
            start = time.perf_counter()
            try:
                result = service.build(request)
            except FabwiseError as exc:
                report.add("error", f"{variant}: build failed: {exc.message}")
                continue
            report.build_times[variant] = time.perf_counter() - start
            _check_result(variant, result, report)
        if never_valid:
            report.add("ok", "skipped (not a valid variant on their own): "
                       + ", ".join(sorted(never_valid)))
        _check_fit(entry, service, report)
    if report.build_times:
        slowest = max(report.build_times, key=lambda k: report.build_times[k])
        report.add("ok", f"built {len(report.build_times)} variants; defaults "
                   f"{report.build_times.get('defaults', float('nan')):.2f} s, slowest: {slowest} "
                   f"{report.build_times[slowest]:.2f} s")
    return report

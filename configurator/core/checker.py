"""``fabwise templates check``: what a designer needs to know before publishing a template.

A PASS means the template works for its users and can be exported. The check reads the file for
CadQuery used at import time, loads it on its own, validates the declaration, then builds in the
isolated worker what users will make (:mod:`configurator.core.checks.variants`: the defaults,
every preset, range ends and corners, every choice, realistic, longest and non-Latin text), looks
at each build for overlapping placed parts and walls or features below the process minimum
(:mod:`configurator.core.checks.geometry`), and asks the facility directory who can make the
defaults and each preset (:mod:`configurator.core.checks.exportability`). Each step reports
progress as it runs; the same problem in several variants is one finding naming them all.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, cast

from configurator.core.checks.findings import Finding, FindingLog
from configurator.core.checks.geometry import VariantChecks, VariantPayload
from configurator.core.checks.import_rule import import_time_uses
from configurator.core.checks.variants import Variant, variants
from configurator.core.jobs import Job
from configurator.core.registry import TemplateEntry, TemplateRegistry
from configurator.core.service import BuildService
from configurator.core.trust import TrustPolicy
from configurator.sdk.errors import BuildFailed, FabwiseError, ValidationError
from configurator.sdk.materials import load_materials
from configurator.sdk.params import NUMERIC_KINDS, Parameter, ParamKind, Value
from configurator.sdk.results import BuildResult

__all__ = ["CheckReport", "Finding", "Progress", "check_template_file"]

Progress = Callable[[str], None]


def _quiet(message: str) -> None:
    """No progress output (the default for callers that only want the report)."""


@dataclass
class CheckReport:
    path: str
    template_id: str = ""
    log: FindingLog = field(default_factory=FindingLog)
    build_times: dict[str, float] = field(default_factory=dict)

    @property
    def findings(self) -> list[Finding]:
        return self.log.findings()

    @property
    def errors(self) -> list[Finding]:
        return [f for f in self.findings if f.level == "error"]

    @property
    def warnings(self) -> list[Finding]:
        return [f for f in self.findings if f.level == "warning"]

    @property
    def passed(self) -> bool:
        return not self.errors

    def add(self, level: str, message: str, variant: str | None = None) -> None:
        self.log.add(level, message, variant)


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


def _rule_name(rule: object) -> str:
    check = getattr(rule, "check", None)
    name = getattr(check, "__name__", "")
    params = ", ".join(getattr(rule, "params", ()))
    return f"constraint {name} (on {params})" if name and name != "<lambda>" else (f"constraint on {params}")


def _check_constraints(entry: TemplateEntry, report: CheckReport) -> None:
    """Warn about constraints that (almost) never hold over random single-valid variants."""
    schema = entry.template.schema
    rng = random.Random(7)
    held = dict.fromkeys(range(len(schema.constraints)), 0)
    for _ in range(SAMPLES):
        values = schema.params_type({p.name: _random_value(p, rng) for p in schema.parameters})
        for index, rule in enumerate(schema.constraints):
            try:
                if not rule.check(values):
                    held[index] += 1
            except Exception as exc:
                report.add("error", f"{_rule_name(rule)} raised {type(exc).__name__}: {exc}")
                return
    for index, count in held.items():
        rule = schema.constraints[index]
        if count / SAMPLES < 0.05:
            report.add(
                "warning",
                f"{_rule_name(rule)} held in only {count} of {SAMPLES} random "
                "variants: are its ranges right?",
            )


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
                report.add(
                    "error", f"material slot '{param.name}' offers unknown material(s): {', '.join(unknown)}"
                )
    if not template.schema.presets:
        report.add("warning", "the template has no presets")


def _check_result(variant: str, result: BuildResult, report: CheckReport) -> None:
    materials = load_materials()
    for part in result.parts:
        material = materials.get(part.material)
        if material is None:
            report.add("error", f"part '{part.name}' uses unknown material '{part.material}'", variant)
        elif part.process not in material.processes:
            report.add(
                "error",
                f"part '{part.name}' is {part.material}, which cannot be made "
                f"by {part.process} (allowed: {', '.join(material.processes)})",
                variant,
            )
    for warning in result.warnings:
        report.add("warning", warning, variant)


def _check_geometry(variant: str, checks: VariantChecks, report: CheckReport) -> None:
    for overlap in checks.overlaps:
        report.add("error", overlap.message(), variant)
    for check in checks.thickness:
        if check.status == "fail":
            report.add("error", f"{check.message} (the export is refused; source: {check.source})", variant)


def _check_fit(entry: TemplateEntry, service: BuildService, report: CheckReport, prefix: str = "") -> None:
    """Warn when the template declares no conditions of use or its default variant fails them."""
    from configurator.core.fit import FitRequest, FitService

    conditions = entry.template.conditions
    if conditions is None or not conditions.declared:
        report.add(
            "warning",
            f"{prefix}the template declares no conditions of use (loads, temperature, "
            "water, sunlight): the eco-guide cannot tell whether its alternatives still "
            "do the job (see docs/authoring-templates.md, 'Conditions of use')",
        )
        return
    if not conditions.load_cases and not conditions.no_load_reason:
        report.add(
            "warning",
            f"{prefix}no load case and no no_load_reason: say what the product carries, "
            "or why it carries nothing worth checking",
        )
    try:
        request = service.request(entry.template.id, {})
        fit = FitService(service).check(FitRequest(request.ref, dict(request.params)))
    except FabwiseError as exc:
        report.add("warning", f"{prefix}the fit-for-use check of the defaults could not run: {exc.message}")
        return
    for verdict in fit.verdicts:
        if verdict.status == "fails":
            report.add(
                "warning", f"{prefix}defaults fail a condition of use: {verdict.condition}: {verdict.reason}"
            )
        elif verdict.status == "unknown":
            report.add("warning", f"{prefix}defaults: {verdict.condition} is unknown: {verdict.reason}")
    if fit.status == "holds":
        sf = fit.min_safety_factor
        report.add(
            "ok",
            f"{prefix}defaults hold every condition of use"
            + (f" (lowest safety factor {sf:.2f})" if sf is not None else ""),
        )


def _check_exportability(
    variant: str, result: BuildResult, classes: Sequence[object], report: CheckReport
) -> None:
    from configurator.core.checks.exportability import FacilityClass, explain_unable, exportability

    kinds = cast("Sequence[FacilityClass]", classes)
    found = exportability(result.parts, kinds)
    if not found.total:
        return
    if not found.able:
        report.add(
            "error",
            f"no facility in the directory can make it; {explain_unable(found, result.parts, kinds)}",
            variant,
        )
        return
    names = ", ".join(c.label for c in found.able[:3])
    share = f"{found.facilities_able:,} of {found.total:,} facilities in the directory ({names})"
    if found.share < 0.5:
        report.add(
            "warning", f"only {share} can make it; {explain_unable(found, result.parts, kinds)}", variant
        )
    else:
        report.add("ok", f"can be made by {share}", variant)


def _facility_classes(report: CheckReport, facilities: Sequence[object] | None) -> list[object]:
    from configurator.core.checks.exportability import facility_classes

    try:
        if facilities is None:
            from configurator.core.facilities.store import FacilityStore

            with FacilityStore() as store:
                facilities = store.all()
    except Exception as exc:  # a locked or unreadable database: say so, check the rest
        report.add(
            "warning", f"the facility directory could not be read ({exc}), so exportability was not checked"
        )
        return []
    return list(facility_classes(facilities))  # type: ignore[arg-type]


def _load(
    path: Path,
    trust: TrustPolicy | None,
    report: CheckReport,
    host: Any = None,
) -> tuple[TemplateRegistry, list[TemplateEntry]] | None:
    registry = TemplateRegistry(trust, host)
    templates = registry.add_file(path)
    if registry.untrusted:
        raise FabwiseError(
            f"{path} is not a trusted template, so it was not run",
            hint=f"if you wrote it or trust its author: `fabwise --trust templates check {path}` "
            f"(this run) or `fabwise templates trust {path}` (until the file changes)",
        )
    if registry.broken:
        broken = registry.broken[0]
        where = f"{broken.file}: " if broken.file else ""
        report.add("error", f"cannot load: {where}{broken.reason}")
        return None
    if not templates:
        report.add("error", "the file defines no Template")
        return None
    return registry, [registry.get(template.id) for template in templates]


def check_template_file(
    path: Path,
    service_timeout: float = 60.0,
    trust: TrustPolicy | None = None,
    *,
    progress: Progress = _quiet,
    facilities: Sequence[object] | None = None,
    worker: Any = None,
    host: Any = None,
) -> CheckReport:
    """Check one template file. Raises nothing for template problems: they become findings.

    Checking runs the file's code, so an untrusted file (per ``trust``) is refused. ``progress``
    hears one line per step as it starts; ``facilities`` replaces the user's facility directory;
    ``worker`` builds instead of a worker of its own, and ``host`` loads the file instead of the
    process-wide template host (e.g. the CLI's shared build server).
    """
    report = CheckReport(str(path))
    if not path.is_file():
        raise FabwiseError(f"{path} is not a file", hint="give the path of a template .py file")
    for use in import_time_uses(path):
        report.add("error", use.message(path))
    progress("loading the template")
    loaded = _load(path, trust, report, host)
    if loaded is None:
        return report
    registry, entries = loaded
    report.template_id = ", ".join(entry.template.id for entry in entries)
    for entry in entries:  # a file may define several templates: each is checked
        prefix = f"{entry.template.id}: " if len(entries) > 1 else ""
        _check_declaration(entry, report)
        progress(f"{prefix}trying the constraints on random variants")
        _check_constraints(entry, report)
        _build_variants(entry, registry, service_timeout, report, progress, facilities, worker, prefix)
    return report


def _build_variants(
    entry: TemplateEntry,
    registry: TemplateRegistry,
    service_timeout: float,
    report: CheckReport,
    progress: Progress,
    facilities: Sequence[object] | None,
    worker: Any,
    prefix: str = "",
) -> None:
    template = entry.template
    todo = [
        replace(v, label=prefix + v.label, exported=v.label == "defaults" or v.preset is not None)
        for v in variants(template.schema)
    ]
    classes: list[object] | None = None
    timeout = template.build_timeout or service_timeout
    with BuildService(registry, timeout=service_timeout, worker=worker) as service:
        progress("starting the build worker")
        service.worker.start()  # so the first build time is the template's, not the worker's
        never_valid: list[str] = []
        for number, variant in enumerate(todo, start=1):
            try:
                request = service.request(template.id, variant.values)
            except ValidationError as exc:
                if variant.preset is not None:
                    report.add("error", f"{prefix}preset '{variant.preset}' is invalid: {exc.message}")
                else:
                    never_valid.append(variant.label)
                continue
            progress(f"[{number}/{len(todo)}] building {variant.label}")
            start = time.perf_counter()
            try:
                checks: VariantChecks = service.run_job(
                    Job.CHECK_VARIANT, VariantPayload(request, measure_thickness=True), timeout
                )
            except BuildFailed as exc:
                report.add("error", f"build failed: {exc.message}", variant.label)
                if exc.kind == "timeout":
                    _stop_after_timeout(todo[number:], report)
                    break
                continue
            except FabwiseError as exc:
                report.add("error", f"build failed: {exc.message}", variant.label)
                continue
            report.build_times[variant.label] = time.perf_counter() - start
            _check_result(variant.label, checks.result, report)
            _check_geometry(variant.label, checks, report)
            if variant.exported:
                if classes is None:
                    progress("reading the facility directory")
                    classes = _facility_classes(report, facilities)
                _check_exportability(variant.label, checks.result, classes, report)
        if never_valid:
            report.add(
                "ok", f"{prefix}skipped (not a valid variant on their own): " + ", ".join(sorted(never_valid))
            )
        progress(f"{prefix}checking the defaults against the conditions of use")
        _check_fit(entry, service, report, prefix)
    times = {k: v for k, v in report.build_times.items() if k.startswith(prefix)}
    if times:
        slowest = max(times, key=lambda k: times[k])
        report.add(
            "ok",
            f"{prefix}built {len(times)} variants; defaults "
            f"{times.get(prefix + 'defaults', float('nan')):.2f} s, slowest: {slowest} "
            f"{times[slowest]:.2f} s",
        )


def _stop_after_timeout(rest: list[Variant], report: CheckReport) -> None:
    if rest:
        report.add(
            "warning",
            f"{len(rest)} more variant(s) not built: a build that runs out of "
            "time would likely do so again; fix it and check again",
        )

"""The eco engine: evaluate one built variant in one context into a traceable :class:`EcoReport`.

Rules and factors are loaded and compiled once per :class:`EcoEngine`; :meth:`EcoEngine.evaluate`
only runs the compiled closures, so it is cheap enough to call for every guide alternative.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable
from dataclasses import replace
from functools import lru_cache
from pathlib import Path
from typing import Any

from configurator.sdk.errors import FabwiseError
from configurator.sdk.i18n import LocalText, translate
from configurator.sdk.results import BuildResult
from eco_rules.expr import Compiled, EvalEnv, EvalError, as_interval
from eco_rules.factors import Factor, FactorBook, grid_words, mode_words, weakest_status
from eco_rules.facts import (
    EcoContext,
    FactSet,
    PartProduction,
    hardware_facts,
    part_facts,
    product_facts,
    production_note,
    resolve_context,
)
from eco_rules.functions import build_functions
from eco_rules.grade import Grading, load_grading
from eco_rules.interval import ZERO, Interval
from eco_rules.machining import sheet_that_holds
from eco_rules.numbers import km_text
from eco_rules.repair import PACKAGE_DOCUMENTS, RepairMethod, load_repair_method, score_repairability
from eco_rules.report import (
    PHASE_LABELS,
    Circularity,
    Dominant,
    EcoReport,
    PhaseTotal,
    TraceLine,
)
from eco_rules.rules import PHASES, SCOPE_NAMESPACE, Derive, Rule, RuleSet, load_ruleset

RULES_DIR = Path(__file__).resolve().parent / "rules"


class EcoEvaluationError(FabwiseError):
    """The rules could not be evaluated for this variant (a missing factor or model)."""


def _show(value: Any) -> str:
    if isinstance(value, Interval):
        if value.is_exact:
            return f"{value.value:.6g}"
        return f"{value.value:.6g} [{value.low:.6g}..{value.high:.6g}]"
    if isinstance(value, float):
        return f"{value:.6g}"
    return str(value)


class _Run:
    """State of one evaluation: trace lines and factor ids, in order."""

    def __init__(self, book: FactorBook) -> None:
        self.book = book
        self.lines: dict[str, TraceLine] = {}
        self.counter = itertools.count(1)
        self.factor_ids: dict[str, None] = {}
        self.notes: list[str] = []
        self.eol_forced = False
        self.subject_object: Any = None  # the PartResult being evaluated (rule functions may read its mesh)

    def next_ref(self) -> str:
        return f"L{next(self.counter)}"

    def record_factors(self, ids: Iterable[str]) -> tuple[str, ...]:
        ordered = tuple(dict.fromkeys(ids))
        for fid in ordered:
            self.factor_ids[fid] = None
        return ordered


class EcoEngine:
    def __init__(self, book: FactorBook | None = None, rules_dir: Path | None = None) -> None:
        folder = rules_dir or RULES_DIR
        self.book = book or FactorBook()
        self.ruleset: RuleSet = load_ruleset(folder / "footprint.toml", build_functions(self.book))
        self.repair_method: RepairMethod = load_repair_method(folder / "repairability.toml")
        self.grading: Grading = load_grading(folder / "grade.toml")
        self.default_infill = self.book.process["process.fdm.infill_fraction"].value

    # --- public -----------------------------------------------------------------------------------
    def evaluate(
        self, build: BuildResult, context: EcoContext, *, documents: Iterable[str] = PACKAGE_DOCUMENTS
    ) -> EcoReport:
        """Evaluate ``build`` made and delivered as ``context`` says. ``documents`` are the kinds of
        documentation its package contains (``repair_sheet``, ``bom``, ``cad``); repair information
        scores only those."""
        run = _Run(self.book)
        run.eol_forced = bool((context.eol_route or "").strip())
        resolved = resolve_context(context, self.book, self.default_infill)
        warnings = list(resolved.warnings)
        ctx_values = resolved.facts.values
        base_prov = dict(resolved.facts.provenance)
        totals: dict[str, list[Any]] = {p: [ZERO, ZERO, []] for p in PHASES}
        part_mass = ZERO
        hours = ZERO
        masses: dict[str, float] = {}

        for part in build.parts:
            run.subject_object = part
            facts = part_facts(part, self.book, context)
            estimate_note = production_note(part, context)
            if estimate_note:
                warnings.append(estimate_note)
            ns = {"part": facts.values, "ctx": ctx_values}
            provenance = {**base_prov, **facts.provenance}
            subject = f"part '{part.name}'"
            try:
                derived = self._derive("part", ns, provenance, part.name, run)
                manufacturing = self._apply(
                    "part", ns, provenance, derived, part.name, part.quantity, run, totals
                )
            except EvalError as exc:
                raise EcoEvaluationError(
                    f"eco rules cannot evaluate {subject} ({part.process}, {part.material}): {exc}",
                    hint="the rule files or factor tables need an entry for this case",
                ) from None
            if not manufacturing:
                warnings.append(f"{subject}: no manufacturing model for process '{part.process}'")
            if part.is_sheet:
                sheet, known = sheet_that_holds(self.book, part.material, part.bbox_mm)
                if sheet is None and known:
                    sizes = ", ".join(f.locator.removeprefix("sheet ") for f in known)
                    warnings.append(
                        f"{subject} ({part.bbox_mm[0]:.0f} x {part.bbox_mm[1]:.0f} mm) is larger "
                        f"than the standard sheets ({sizes}): it needs a special sheet, and "
                        "its offcut may be larger than the nesting figure assumes"
                    )
            if "machine_hours" in ns["part"]:
                hours = hours + as_interval(ns["part"]["machine_hours"]) * float(part.quantity)
            mass = as_interval(ns["part"]["product_mass_kg"])
            masses[part.name] = mass.value
            part_mass = part_mass + mass * float(part.quantity)

        run.subject_object = None
        hardware_mass = ZERO
        for item in build.hardware:
            facts, hw_warnings = hardware_facts(item, self.book)
            warnings.extend(hw_warnings)
            ns = {"hw": facts.values, "ctx": ctx_values}
            try:
                derived = self._derive("hardware", ns, base_prov, item.name, run)
                self._apply("hardware", ns, base_prov, derived, item.name, item.quantity, run, totals)
            except EvalError as exc:
                raise EcoEvaluationError(f"eco rules cannot evaluate hardware '{item.name}': {exc}") from None
            hardware_mass = hardware_mass + facts.values["mass_kg"] * float(item.quantity)

        product = product_facts(build, part_mass, hardware_mass)
        ns = {"product": product.values, "ctx": ctx_values}
        try:
            self._apply("product", ns, base_prov, {}, "product", 1, run, totals)
        except EvalError as exc:
            raise EcoEvaluationError(f"eco rules cannot evaluate the product: {exc}") from None

        phases = tuple(PhaseTotal(p, totals[p][0], totals[p][1], tuple(totals[p][2])) for p in PHASES)
        total_co2e = sum((p.co2e_kg for p in phases), ZERO)
        total_energy = sum((p.energy_mj for p in phases), ZERO)
        product_mass = product.values["mass_kg"]
        factors = self._factors(run, context, resolved.grid_factor)
        phases = tuple(self._with_status(p, run, factors) for p in phases)
        warnings.extend(dict.fromkeys(run.notes))
        return EcoReport(
            template_id=build.template_id,
            template_version=build.template_version,
            params=dict(build.params),
            context=context.to_dict()
            | {
                "grid_factor": resolved.grid_factor.id if resolved.grid_factor else None,
                "transport_mode": ctx_values["transport_mode"],
            },
            phases=phases,
            total_co2e_kg=total_co2e,
            total_energy_mj=total_energy,
            product_mass_kg=product_mass,
            repairability=score_repairability(build, self.repair_method, documents),
            circularity=self._circularity(build, masses, run),
            grade=self.grading.grade(total_co2e.value),
            dominant=self._dominant(phases, total_co2e, ctx_values, resolved.grid_factor),
            lines=run.lines,
            factors=factors,
            warnings=tuple(dict.fromkeys(warnings)),
            ruleset=f"{self.ruleset.file} v{self.ruleset.version}",
            machine_hours=hours,
        )

    # --- rules --------------------------------------------------------------------------------------
    @staticmethod
    def _inputs(
        compiled: Iterable[Compiled | None], ns: dict[str, dict[str, Any]]
    ) -> tuple[tuple[str, str], ...]:
        names: dict[str, None] = {}
        for item in compiled:
            if item is not None:
                names.update(dict.fromkeys(sorted(item.facts)))
        out = []
        for name in names:
            group, attr = name.split(".", 1)
            if attr in ns.get(group, {}):
                out.append((name, _show(ns[group][attr])))
        return tuple(out)

    @staticmethod
    def _provenance(
        compiled: Iterable[Compiled | None], provenance: dict[str, tuple[str, ...]], derived: dict[str, str]
    ) -> tuple[list[str], list[str]]:
        factor_ids: list[str] = []
        depends: list[str] = []
        for item in compiled:
            if item is None:
                continue
            for fact in sorted(item.facts):
                factor_ids.extend(provenance.get(fact, ()))
                if fact in derived:
                    depends.append(derived[fact])
        return factor_ids, depends

    def _derive(
        self,
        scope: str,
        ns: dict[str, dict[str, Any]],
        provenance: dict[str, tuple[str, ...]],
        subject: str,
        run: _Run,
    ) -> dict[str, str]:
        namespace = SCOPE_NAMESPACE[scope]
        values = ns[namespace]
        derived: dict[str, str] = {}  # "part.fact" -> trace ref
        derive: Derive
        for derive in self.ruleset.derives_for(scope):
            if derive.fact in values:
                continue
            env = EvalEnv(ns, context=run.subject_object)
            if derive.when is not None and not derive.when(env):
                continue
            value = derive.expr(env)
            if isinstance(value, float):
                value = Interval.exact(value)
            values[derive.fact] = value
            factor_ids, depends = self._provenance((derive.expr, derive.when), provenance, derived)
            ref = run.next_ref()
            run.notes.extend(env.notes)
            run.lines[ref] = TraceLine(
                ref=ref,
                kind="derive",
                rule_id=derive.id,
                rule_file=derive.file,
                description=derive.description,
                subject=subject,
                phase="",
                fact=derive.fact,
                expression=derive.expr.source,
                value=value,
                unit=derive.unit,
                factors=run.record_factors([*env.used, *factor_ids]),
                inputs=self._inputs((derive.expr, derive.when), ns),
                depends_on=tuple(dict.fromkeys(depends)),
                notes=(*env.notes, *env.info),
            )
            derived[f"{namespace}.{derive.fact}"] = ref
        return derived

    def _apply(
        self,
        scope: str,
        ns: dict[str, dict[str, Any]],
        provenance: dict[str, tuple[str, ...]],
        derived: dict[str, str],
        subject: str,
        quantity: int,
        run: _Run,
        totals: dict[str, list[Any]],
    ) -> bool:
        """Apply the phase rules of one scope; return whether a manufacturing rule applied."""
        multiplier = float(quantity)
        manufacturing = False
        rule: Rule
        for rule in self.ruleset.rules_for(scope):
            env = EvalEnv(ns)
            if rule.when is not None and not rule.when(env):
                continue
            co2e = as_interval(rule.co2e(env)) * multiplier
            energy = as_interval(rule.energy(env)) * multiplier
            compiled = (rule.co2e, rule.energy, rule.when)
            factor_ids, depends = self._provenance(compiled, provenance, derived)
            ref = run.next_ref()
            run.notes.extend(env.notes)
            run.lines[ref] = TraceLine(
                ref=ref,
                kind="rule",
                rule_id=rule.id,
                rule_file=rule.file,
                description=rule.description,
                subject=subject,
                phase=rule.phase,
                fact="",
                expression=rule.co2e.source,
                value=co2e,
                unit="kg CO2e",
                energy=energy,
                energy_expression=rule.energy.source,
                energy_note=rule.energy_note,
                multiplier=multiplier,
                factors=run.record_factors([*env.used, *factor_ids]),
                inputs=self._inputs(compiled, ns),
                depends_on=tuple(dict.fromkeys(depends)),
                notes=(*env.notes, *env.info),
            )
            bucket = totals[rule.phase]
            bucket[0] = bucket[0] + co2e
            bucket[1] = bucket[1] + energy
            bucket[2].append(ref)
            manufacturing = manufacturing or rule.phase == "manufacturing"
        return manufacturing

    # --- summaries ----------------------------------------------------------------------------------
    @staticmethod
    def _with_status(phase: PhaseTotal, run: _Run, factors: dict[str, Factor]) -> PhaseTotal:
        """A phase figure is as firm as the weakest factor row behind any of its lines."""
        ids: dict[str, None] = {}
        todo, seen = list(phase.lines), set()
        while todo:
            ref = todo.pop()
            if ref in seen or ref not in run.lines:
                continue
            seen.add(ref)
            line = run.lines[ref]
            ids.update(dict.fromkeys(line.factors))
            todo.extend(line.depends_on)
        used = tuple(i for i in ids if i in factors)
        status = weakest_status(factors[i].status for i in used)
        return replace(phase, status=status, factor_ids=used)

    def _factors(self, run: _Run, context: EcoContext, grid: Factor | None) -> dict[str, Factor]:
        out: dict[str, Factor] = {}
        for fid in run.factor_ids:
            if fid == "context.grid_own_figure":
                value = float(context.grid_g_per_kwh or 0.0)
                out[fid] = Factor(
                    fid,
                    "grid",
                    "carbon",
                    value,
                    "gCO2e/kWh",
                    value,
                    value,
                    "none",
                    "facility's own electricity figure",
                    context.grid_source or "stated by the facility (not verified by Fabwise)",
                    "",
                    context.grid_status,
                    _status_note(context.grid_status),
                    "context",
                )
            elif fid == "context.machine_power":
                powers = ", ".join(f"{k} {v:g} W" for k, v in context.machine_power_w.items())
                out[fid] = Factor(
                    fid,
                    "machine",
                    "power",
                    0.0,
                    "W",
                    0.0,
                    0.0,
                    "none",
                    "rated power of the facility's machine",
                    context.machine_power_source or f"stated by the facility: {powers}",
                    powers,
                    context.machine_power_status,
                    _status_note(context.machine_power_status),
                    "context",
                )
            elif fid.startswith("production."):
                out[fid] = self._production_factor(fid, context)
            else:
                out[fid] = self.book.factor(fid)
        return out

    @staticmethod
    def _production_factor(fid: str, context: EcoContext) -> Factor:
        """A part's measured production (slice or laser job) shown as a factor of the report."""
        name = fid.removeprefix("production.")
        entry = context.production.get(name)
        if not isinstance(entry, PartProduction):
            raise KeyError(f"no production figure for part '{name}'")
        low, value, high = entry.hours
        status = "sourced" if entry.filament_kg is not None else "computed"
        return Factor(
            fid,
            name,
            "time",
            value,
            "h",
            low,
            high,
            "none" if low == high else "computed",
            f"machine time of one copy of '{name}'" + (f"; {entry.detail}" if entry.detail else ""),
            entry.source,
            "",
            status,
            "",
            "production",
        )

    def _circularity(self, build: BuildResult, masses: dict[str, float], run: _Run) -> Circularity:
        weights: list[tuple[str, float]] = [
            (p.material, masses.get(p.name, 0.0) * p.quantity) for p in build.parts
        ]
        for item in build.hardware:
            if item.mass_g and item.material in self.book.materials:
                weights.append((item.material, item.mass_g / 1000.0 * item.quantity))
        total = sum(w for _, w in weights) or 1.0
        mats = self.book.materials
        circ = self.book.circularity
        # The end-of-life route each subject really got in this report (the factor its rule used).
        routes: dict[str, str] = {}
        for line in run.lines.values():
            if line.kind == "rule" and line.phase == "end_of_life":
                eol = next((f for f in line.factors if f.startswith("eol.")), None)
                if eol is not None:
                    routes[line.subject] = eol.rsplit(".", 1)[-1]
        part_weights = [(p.name, p.material, masses.get(p.name, 0.0) * p.quantity) for p in build.parts]
        hw_weights = [
            (h.name, h.material or "", (h.mass_g or 0.0) / 1000.0 * h.quantity)
            for h in build.hardware
            if h.mass_g and h.material in mats
        ]
        recycled_eol = (
            sum(w for name, _, w in part_weights + hw_weights if routes.get(name) == "recycling") / total
        )
        used_routes = tuple(sorted(set(routes.values())))

        hardware_materials = [h.material or "unknown (hardware)" for h in build.hardware]
        materials = tuple(dict.fromkeys([*(m for m, _ in weights), *hardware_materials]))
        recycled = sum(w * circ[m].recycled_content for m, w in weights if m in circ) / total
        bio = sum(w for m, w in weights if m in mats and mats[m].bio_based) / total
        basis = "; ".join(dict.fromkeys(f"{m}: {circ[m].basis}" for m, _ in weights if m in circ))
        statuses = sorted({circ[m].status for m, _ in weights if m in circ})
        if run.eol_forced:
            eol_default = translate("eco-report", "route set for this report")
        else:
            eol_default = translate(
                "eco-report", "default route: metals recycled, everything else incinerated"
            )
        labels = (
            (
                "recycled_content",
                translate(
                    "eco-report",
                    "{status} — {basis} (Fabwise's recycled-content table, with a source for each material)",
                ).format(status="/".join(statuses) or translate("eco-report", "assumption"), basis=basis),
            ),
            (
                "recycled_at_end_of_life",
                translate(
                    "eco-report",
                    "follows the end-of-life route used in this report ({default}); routes: {routes}",
                ).format(
                    default=eol_default, routes=", ".join(used_routes) or translate("eco-report", "none")
                ),
            ),
            (
                "bio_based",
                translate(
                    "eco-report",
                    "classification of each material (bio-based or not), shared eco_data "
                    "REFERENCE.md section 1c; not a measured bio-based carbon content",
                ),
            ),
            (
                "mono_material",
                translate("eco-report", "from the materials of the product's parts and hardware"),
            ),
            (
                "separable",
                translate(
                    "eco-report", "from the product's joints: glued or welded parts cannot be separated"
                ),
            ),
        )
        return Circularity(
            recycled_content=recycled,
            mono_material=len(materials) == 1,
            materials=materials,
            recycled_at_end_of_life=recycled_eol,
            bio_based_share=bio,
            separable=all(j.reversible for j in build.joints),
            end_of_life_routes=used_routes,
            labels=labels,
        )

    @staticmethod
    def _dominant(
        phases: tuple[PhaseTotal, ...], total: Interval, ctx: dict[str, Any], grid: Factor | None
    ) -> Dominant:
        if total.value <= 0:
            return Dominant("", 0.0, translate("eco-report", "No footprint was computed for this variant."))
        shares = {p.phase: p.co2e_kg.value / total.value for p in phases}
        top = max(shares, key=lambda k: shares[k])
        pct = LocalText("{share:.0%}").format(share=shares[top])  # "52 %" in French and German
        g_kwh = ctx["grid_kg_per_kwh"].value * 1000
        if top == "material":
            statement = translate(
                "eco-report",
                "Material dominates this variant's footprint ({pct}): a lower-carbon or "
                "recycled material, or less material, saves the most.",
            ).format(pct=pct)
        elif top == "manufacturing" and grid is not None:
            statement = translate(
                "eco-report",
                "Manufacturing electricity dominates ({pct}) on the {grid} grid ({g_kwh:.0f} g CO2e/kWh): "
                "a facility on a cleaner grid or a shorter machine time saves the most.",
            ).format(pct=pct, grid=grid_words(grid.id.split(".", 1)[1]), g_kwh=g_kwh)
        elif top == "manufacturing":
            statement = translate(
                "eco-report",
                "Manufacturing electricity dominates ({pct}) on the facility's own grid ({g_kwh:.0f} g "
                "CO2e/kWh): a facility on a cleaner grid or a shorter machine time saves the most.",
            ).format(pct=pct, g_kwh=g_kwh)
        elif top == "transport":
            statement = translate(
                "eco-report",
                "Transport dominates ({pct}): {distance} by {mode}; a closer facility or another "
                "mode saves the most.",
            ).format(pct=pct, distance=km_text(ctx["distance_km"]), mode=mode_words(ctx["transport_mode"]))
        else:
            statement = translate(
                "eco-report",
                "End of life dominates ({pct}): keeping the product in use and recycling it "
                "matters more than how it is made.",
            ).format(pct=pct)
        if top != "transport":
            statement += " " + translate("eco-report", "Transport is {share:.0%} of the total here.").format(
                share=shares["transport"]
            )
        return Dominant(top, shares[top], statement)


def _status_note(status: str) -> str:
    return {
        "example": "Example value of a fictional workshop, not sourced.",
        "user-declared": "Stated by the facility or the user; not checked by Fabwise.",
    }.get(status, "")


@lru_cache(maxsize=1)
def default_engine() -> EcoEngine:
    """The engine with the shipped rules and factors, loaded once per process."""
    return EcoEngine()


__all__ = ["PHASE_LABELS", "EcoEngine", "EcoEvaluationError", "FactSet", "default_engine"]

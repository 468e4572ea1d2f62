"""Eco-rule engine: traceable footprint, repairability, circularity, grade and guide for a variant.

Rules are data (``eco_rules/rules/*.toml``) compiled once with a safe, type-checked expression
language; factors are sourced tables (``resources/data/eco/*.csv``). Typical use::

    from eco_rules import EcoContext, default_engine
    report = default_engine().evaluate(build_result, EcoContext(country="DE", distance_km=12))
    report.total_co2e_kg        # Interval(low, value, high)
    report.explain("L3")        # the rule, facts and factors behind trace line L3

This package never imports Qt and does not depend on the build worker or the facility store.
"""

from eco_rules.engine import EcoEngine, EcoEvaluationError, default_engine
from eco_rules.expr import EvalError, ExprError
from eco_rules.factors import Factor, FactorBook, FactorDataError
from eco_rules.facts import EcoContext, PartProduction
from eco_rules.guide import FacilityOption, Guide, Suggestion, build_guide
from eco_rules.interval import Interval
from eco_rules.render import render_explain, render_report
from eco_rules.report import EcoReport, TraceLine
from eco_rules.rules import RuleFileError

__all__ = [
    "EcoContext",
    "EcoEngine",
    "EcoEvaluationError",
    "EcoReport",
    "EvalError",
    "ExprError",
    "FacilityOption",
    "Factor",
    "FactorBook",
    "FactorDataError",
    "Guide",
    "Interval",
    "PartProduction",
    "RuleFileError",
    "Suggestion",
    "TraceLine",
    "build_guide",
    "default_engine",
    "render_explain",
    "render_report",
]

"""A template's parameter schema: parameters, cross-parameter constraints and presets.

Validation happens before any geometry is built. :meth:`Schema.check` returns every problem at once
(for a parameter panel that marks each field); :meth:`Schema.validate` raises
:class:`~configurator.sdk.errors.ValidationError` with all of them.
"""

from __future__ import annotations

import ast
import difflib
import inspect
import json
import textwrap
import traceback
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from configurator.sdk.declared import DeclarationError, declaration_site, function_site
from configurator.sdk.errors import FabwiseError, Issue, ValidationError
from configurator.sdk.params import (
    Parameter,
    ParamKind,
    Params,
    ParamValueError,
    Value,
    check_params_type,
)

ConstraintCheck = Callable[[Any], "str | None"]  # takes the template's Params (sub)class
_ACCESSORS = frozenset({"num", "int", "flag", "text", "get"})


@dataclass(frozen=True)
class Constraint:
    """A rule across parameters. ``check`` returns ``None`` when satisfied, else a readable message.

    ``params`` names the parameters involved, so a panel can show the message next to them.
    """

    params: tuple[str, ...]
    check: ConstraintCheck
    description: str = ""

    def __post_init__(self) -> None:
        if not self.params:
            raise ValueError("a constraint must name the parameters it involves")


def constraint(*params: str, description: str = "") -> Callable[[ConstraintCheck], Constraint]:
    """Decorator form above a ``def ...(p) -> str | None``. The parameters it involves (where a
    panel shows its message) are the ones the function reads (``p.inner``, ``p.num("outer")``);
    name them, ``@constraint("inner", "outer")``, only when they cannot be read off the code."""

    def wrap(check: ConstraintCheck) -> Constraint:
        names = tuple(params) or parameters_read(check)
        return Constraint(names, check, description or (check.__doc__ or "").strip())

    return wrap


def parameters_read(function: Callable[..., object]) -> tuple[str, ...]:
    """The parameter names ``function(p)`` reads from its first argument, in order of first use:
    ``p.name`` and ``p.num("name")`` (and ``int``, ``flag``, ``text``, ``get``)."""
    try:
        tree = ast.parse(textwrap.dedent(inspect.getsource(function)))
    except (OSError, TypeError, SyntaxError):
        return ()
    node = tree.body[0]
    if not isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) or not node.args.args:
        return ()
    arg = node.args.args[0].arg
    found: list[tuple[int, int, str]] = []
    for sub in ast.walk(node):
        if not (isinstance(sub, ast.Attribute) and isinstance(sub.value, ast.Name) and sub.value.id == arg):
            continue
        name = sub.attr
        if name in _ACCESSORS:
            continue
        found.append((sub.lineno, sub.col_offset, name))
    for sub in ast.walk(node):
        if (
            isinstance(sub, ast.Call)
            and isinstance(sub.func, ast.Attribute)
            and isinstance(sub.func.value, ast.Name)
            and sub.func.value.id == arg
            and sub.func.attr in _ACCESSORS
            and sub.args
            and isinstance(sub.args[0], ast.Constant)
            and isinstance(sub.args[0].value, str)
        ):
            found.append((sub.lineno, sub.col_offset, sub.args[0].value))
    names: list[str] = []
    for _line, _col, name in sorted(found):
        if name not in names:
            names.append(name)
    return tuple(names)


@dataclass(frozen=True)
class Preset:
    """A named set of values (a partial set: unnamed parameters keep their defaults)."""

    name: str
    values: Mapping[str, Value]
    description: str = ""
    label: str = ""  # what people read ("TV remote"); default: the name in words
    #: ``file:line`` where the designer declared it (found when it is made; for error messages)
    declared_at: str = field(default="", compare=False, repr=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "declared_at", self.declared_at or declaration_site())

    @property
    def title(self) -> str:
        """``tv-remote`` reads "Tv remote" unless the template gives a label."""
        if self.label:
            return self.label
        words = self.name.replace("-", " ").replace("_", " ").strip()
        return words[:1].upper() + words[1:]


@dataclass(frozen=True)
class Schema:
    parameters: tuple[Parameter, ...]
    constraints: tuple[Constraint, ...] = ()
    presets: tuple[Preset, ...] = ()
    params_type: type[Params] = Params
    _by_name: dict[str, Parameter] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        by_name: dict[str, Parameter] = {}
        for param in self.parameters:
            if param.name in by_name:
                raise DeclarationError(f"parameter '{param.name}' is declared twice", param.declared_at)
            by_name[param.name] = param
        object.__setattr__(self, "_by_name", by_name)
        check_params_type(self.params_type, self.parameters)
        for rule in self.constraints:
            unknown = [name for name in rule.params if name not in by_name]
            if unknown:
                _name, site = function_site(rule.check)
                close = [m for name in unknown for m in difflib.get_close_matches(name, list(by_name), n=1)]
                raise DeclarationError(
                    f"{_rule_label(rule)} names unknown parameter(s): {', '.join(unknown)}"
                    + (f" (did you mean {', '.join(close)}?)" if close else ""),
                    site,
                )
        seen: set[str] = set()
        for preset in self.presets:
            if preset.name in seen:
                raise DeclarationError(f"two presets are named '{preset.name}'", preset.declared_at)
            seen.add(preset.name)

    def __getitem__(self, name: str) -> Parameter:
        return self._by_name[name]

    def __contains__(self, name: object) -> bool:
        return name in self._by_name

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(self._by_name)

    def defaults(self) -> dict[str, Value]:
        return {param.name: param.default for param in self.parameters}

    def preset(self, name: str) -> Preset:
        for preset in self.presets:
            if preset.name == name:
                return preset
        known = ", ".join(p.name for p in self.presets) or "none"
        raise KeyError(f"no preset '{name}' (presets: {known})")

    def material_params(self) -> tuple[Parameter, ...]:
        return tuple(p for p in self.parameters if p.kind is ParamKind.MATERIAL)

    def eco_tunable(self) -> tuple[Parameter, ...]:
        return tuple(p for p in self.parameters if p.eco_tunable)

    def check(
        self, values: Mapping[str, object], *, base: Mapping[str, Value] | None = None
    ) -> tuple[dict[str, Value], list[Issue]]:
        """Merge ``values`` over ``base`` (defaults if omitted), coerce, and collect all issues.

        Returns the canonical values (invalid ones keep their base value) and the issues. Constraints
        run only when every single value is valid, so their messages never see nonsense.
        """
        merged: dict[str, Value] = dict(self.defaults() if base is None else base)
        issues: list[Issue] = []
        for name, raw in values.items():
            param = self._by_name.get(name)
            if param is None:
                issues.append(Issue((name,), self._unknown_message(name)))
                continue
            try:
                merged[name] = param.coerce(raw)
            except ParamValueError as exc:
                issues.append(Issue((name,), str(exc)))
        if not issues:
            issues.extend(self._constraint_issues(self.params_type(merged)))
        return merged, issues

    def validate(
        self,
        values: Mapping[str, object],
        *,
        base: Mapping[str, Value] | None = None,
        template_id: str = "",
    ) -> dict[str, Value]:
        """Canonical values for ``values`` merged over the defaults, or raise ValidationError."""
        merged, issues = self.check(values, base=base)
        if issues:
            raise ValidationError(issues, template_id)
        return merged

    def carry_over(self, previous: Mapping[str, object]) -> dict[str, Value]:
        """Values for this schema that keep what still applies from ``previous``.

        Used when a template is reloaded: each old value is kept if the parameter still exists and
        the value is still valid for it, else the new default is used; if the kept values together
        violate a constraint, the defaults are returned.
        """
        kept: dict[str, object] = {}
        for name, value in previous.items():
            param = self._by_name.get(name)
            if param is None:
                continue
            try:
                kept[name] = param.coerce(value)
            except ParamValueError:
                continue
        values, issues = self.check(kept)
        return self.defaults() if issues else values

    def _constraint_issues(self, params: Params) -> Iterable[Issue]:
        for rule in self.constraints:
            try:
                message = rule.check(params)
            except Exception:  # a constraint that crashes is the template's bug, named as such
                last = traceback.format_exc().strip().splitlines()[-1]
                message = f"{_rule_label(rule)} failed to evaluate: {last}"
            if message:
                yield Issue(rule.params, message)

    def _unknown_message(self, name: str) -> str:
        close = difflib.get_close_matches(name, self.names, n=1)
        hint = f"did you mean '{close[0]}'?" if close else f"known: {', '.join(self.names)}"
        return f"unknown parameter '{name}': {hint}"


def _rule_label(rule: Constraint) -> str:
    """``constraint walls_fit (on wall, width)``, or ``constraint on wall, width`` for a lambda."""
    function, _site = function_site(rule.check)
    on = ", ".join(rule.params)
    return (
        f"constraint {function} (on {on})" if function and function != "<lambda>" else (f"constraint on {on}")
    )


def load_time_problem(
    schema: Schema, values: Mapping[str, object], what: str, site: str
) -> DeclarationError | None:
    """Why ``values`` (the defaults, or a preset declared at ``site``) is not a valid variant,
    naming ``what`` and the constraint function that refuses it; None if it is valid."""
    merged, issues = schema.check(values)
    if not issues:
        return None
    single = [i for i in issues if any(n not in schema or n in values for n in i.params)]
    if all(name in schema for name in values) and not _single_value_issues(schema, values):
        params = schema.params_type(merged)  # every value is fine: a constraint refused them
        for rule in schema.constraints:
            try:
                message = rule.check(params)
            except Exception as exc:
                message = f"{type(exc).__name__}: {exc}"
            if message:
                _name, rule_site = function_site(rule.check)
                where = f" ({rule_site})" if rule_site and rule_site != site else ""
                return DeclarationError(
                    f"{what}: refused by {_rule_label(rule)}{where}: {message}", site or rule_site
                )
    listed = "; ".join(issue.message for issue in (single or issues))
    return DeclarationError(f"{what} is not valid: {listed}", site)


def _single_value_issues(schema: Schema, values: Mapping[str, object]) -> bool:
    for name, value in values.items():
        try:
            schema[name].coerce(value)
        except ParamValueError:
            return True
    return False


def canonical_json(values: Mapping[str, Value]) -> str:
    """A stable text form of a parameter set, used in cache keys and manifests."""
    return json.dumps(dict(values), sort_keys=True, separators=(",", ":"), allow_nan=False)


def parse_assignments(assignments: Iterable[str]) -> dict[str, Any]:
    """Turn CLI ``name=value`` strings into a dict of raw (string) values."""
    values: dict[str, Any] = {}
    for item in assignments:
        name, sep, raw = item.partition("=")
        if not sep or not name.strip():
            raise FabwiseError(f"'{item}' is not of the form name=value", hint="e.g. --set depth=150")
        values[name.strip()] = raw
    return values

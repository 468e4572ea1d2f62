"""A template's parameter schema: parameters, cross-parameter constraints and presets.

Validation happens before any geometry is built. :meth:`Schema.check` returns every problem at once
(for a parameter panel that marks each field); :meth:`Schema.validate` raises
:class:`~configurator.sdk.errors.ValidationError` with all of them.
"""

from __future__ import annotations

import difflib
import json
import traceback
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from configurator.sdk.errors import FabwiseError, Issue, ValidationError
from configurator.sdk.params import Parameter, ParamKind, Params, ParamValueError, Value

ConstraintCheck = Callable[[Params], "str | None"]


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
    """Decorator form: ``@constraint("inner", "outer")`` above a ``def ...(p) -> str | None``."""

    def wrap(check: ConstraintCheck) -> Constraint:
        return Constraint(tuple(params), check, description or (check.__doc__ or "").strip())

    return wrap


@dataclass(frozen=True)
class Preset:
    """A named set of values (a partial set: unnamed parameters keep their defaults)."""

    name: str
    values: Mapping[str, Value]
    description: str = ""


@dataclass(frozen=True)
class Schema:
    parameters: tuple[Parameter, ...]
    constraints: tuple[Constraint, ...] = ()
    presets: tuple[Preset, ...] = ()
    _by_name: dict[str, Parameter] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        by_name: dict[str, Parameter] = {}
        for param in self.parameters:
            if param.name in by_name:
                raise ValueError(f"parameter '{param.name}' is declared twice")
            by_name[param.name] = param
        object.__setattr__(self, "_by_name", by_name)
        for rule in self.constraints:
            unknown = [name for name in rule.params if name not in by_name]
            if unknown:
                raise ValueError(f"constraint names unknown parameter(s): {', '.join(unknown)}")
        names = [preset.name for preset in self.presets]
        if len(names) != len(set(names)):
            raise ValueError("two presets share a name")

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
            issues.extend(self._constraint_issues(Params(merged)))
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
                message = f"constraint on {', '.join(rule.params)} failed to evaluate: {last}"
            if message:
                yield Issue(rule.params, message)

    def _unknown_message(self, name: str) -> str:
        close = difflib.get_close_matches(name, self.names, n=1)
        hint = f"did you mean '{close[0]}'?" if close else f"known: {', '.join(self.names)}"
        return f"unknown parameter '{name}': {hint}"


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

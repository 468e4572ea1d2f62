"""Rule files (TOML) compiled once into checked rules.

A footprint rule file has a ``[ruleset]`` table, ``[[derive]]`` entries that compute intermediate
facts (print time, mass bought, electricity) and ``[[rule]]`` entries that give kg CO2e and MJ for
one life phase. Every expression is compiled with :mod:`eco_rules.expr` against the typed facts of
the entry's scope; a derive may only use facts derived above it. Any problem raises
:class:`RuleFileError` naming the file, the entry id and the reason.
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from configurator.sdk.errors import FabwiseError
from eco_rules.expr import Compiled, ExprError, FunctionSpec, Scope, Type, compile_expr
from eco_rules.facts import CONTEXT_FACTS, HARDWARE_FACTS, PART_FACTS, PRODUCT_FACTS

PHASES = ("material", "manufacturing", "transport", "end_of_life")
SCOPES = ("part", "hardware", "product")
SCOPE_NAMESPACE = {"part": "part", "hardware": "hw", "product": "product"}
REQUIRED_DERIVED = {"part": ("product_mass_kg",)}
_DERIVE_KEYS = {"id", "scope", "fact", "expr", "when", "description", "unit"}
_RULE_KEYS = {"id", "scope", "phase", "when", "description", "co2e_kg", "energy_mj", "energy_note"}


class RuleFileError(FabwiseError):
    """A rule file is broken. The message names the file, the entry and the reason."""


@dataclass(frozen=True)
class Derive:
    id: str
    scope: str
    fact: str
    expr: Compiled
    when: Compiled | None
    description: str
    unit: str
    file: str


@dataclass(frozen=True)
class Rule:
    id: str
    scope: str
    phase: str
    co2e: Compiled
    energy: Compiled
    when: Compiled | None
    description: str
    energy_note: str
    file: str


@dataclass(frozen=True)
class RuleSet:
    id: str
    version: str
    description: str
    file: str
    derives: tuple[Derive, ...]
    rules: tuple[Rule, ...]
    derived_types: Mapping[str, Mapping[str, Type]]

    def derives_for(self, scope: str) -> tuple[Derive, ...]:
        return tuple(d for d in self.derives if d.scope == scope)

    def rules_for(self, scope: str) -> tuple[Rule, ...]:
        return tuple(r for r in self.rules if r.scope == scope)


def _base_namespaces(scope: str) -> dict[str, dict[str, Type]]:
    own = {"part": PART_FACTS, "hardware": HARDWARE_FACTS, "product": PRODUCT_FACTS}[scope]
    return {SCOPE_NAMESPACE[scope]: dict(own), "ctx": dict(CONTEXT_FACTS)}


def load_ruleset(path: Path, functions: Mapping[str, FunctionSpec]) -> RuleSet:
    """Parse, compile and type-check a footprint rule file."""
    name = path.name
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise RuleFileError(f"rule file missing: {path}") from None
    except tomllib.TOMLDecodeError as exc:
        raise RuleFileError(f"{name}: not valid TOML: {exc}") from None
    return compile_ruleset(data, name, functions)


def compile_ruleset(data: Mapping[str, Any], name: str, functions: Mapping[str, FunctionSpec]) -> RuleSet:
    head = data.get("ruleset")
    if not isinstance(head, dict) or not isinstance(head.get("id"), str):
        raise RuleFileError(f"{name}: needs a [ruleset] table with an 'id'")
    unknown = set(data) - {"ruleset", "derive", "rule"}
    if unknown:
        raise RuleFileError(f"{name}: unknown section(s) {', '.join(sorted(unknown))}")
    namespaces = {scope: _base_namespaces(scope) for scope in SCOPES}
    derived: dict[str, dict[str, Type]] = {scope: {} for scope in SCOPES}
    seen: set[str] = set()
    derives = tuple(
        _compile_derive(entry, name, functions, namespaces, derived, seen)
        for entry in _entries(data, "derive", name)
    )
    for scope, required in REQUIRED_DERIVED.items():
        for fact in required:
            if fact not in derived[scope]:
                raise RuleFileError(f"{name}: no [[derive]] for {scope} fact '{fact}' (the engine needs it)")
    rules = tuple(
        _compile_rule(entry, name, functions, namespaces, seen) for entry in _entries(data, "rule", name)
    )
    if not rules:
        raise RuleFileError(f"{name}: no [[rule]] entries")
    return RuleSet(
        id=head["id"],
        version=str(head.get("version", "")),
        description=str(head.get("description", "")),
        file=name,
        derives=derives,
        rules=rules,
        derived_types=derived,
    )


def _entries(data: Mapping[str, Any], key: str, name: str) -> list[dict[str, Any]]:
    entries = data.get(key, [])
    if not isinstance(entries, list) or not all(isinstance(e, dict) for e in entries):
        raise RuleFileError(f"{name}: '{key}' must be a list of [[{key}]] tables")
    return entries


def _text(entry: Mapping[str, Any], key: str, where: str, required: bool = True) -> str:
    value = entry.get(key)
    if value is None and not required:
        return ""
    if not isinstance(value, str) or (required and not value.strip()):
        raise RuleFileError(f"{where}: '{key}' must be a non-empty text")
    return value.strip()


def _entry_id(entry: Mapping[str, Any], name: str, kind: str, seen: set[str]) -> str:
    ident = entry.get("id")
    if not isinstance(ident, str) or not ident.strip():
        raise RuleFileError(f"{name}: a [[{kind}]] entry has no 'id'")
    if ident in seen:
        raise RuleFileError(f"{name}: {kind} '{ident}': duplicate id")
    seen.add(ident)
    return ident


def _scope_of(entry: Mapping[str, Any], where: str) -> str:
    scope = entry.get("scope")
    if scope not in SCOPES:
        raise RuleFileError(f"{where}: 'scope' must be one of {', '.join(SCOPES)}, got {scope!r}")
    return str(scope)


def _compile(source: str, scope: Scope, expect: Type | None, where: str, field_name: str) -> Compiled:
    try:
        return compile_expr(source, scope, expect)
    except ExprError as exc:
        raise RuleFileError(f"{where}: {field_name}: {exc}") from None


def _compile_derive(
    entry: dict[str, Any],
    name: str,
    functions: Mapping[str, FunctionSpec],
    namespaces: dict[str, dict[str, dict[str, Type]]],
    derived: dict[str, dict[str, Type]],
    seen: set[str],
) -> Derive:
    ident = _entry_id(entry, name, "derive", seen)
    where = f"{name}: derive '{ident}'"
    extra = set(entry) - _DERIVE_KEYS
    if extra:
        raise RuleFileError(f"{where}: unknown key(s) {', '.join(sorted(extra))}")
    scope = _scope_of(entry, where)
    if scope == "product":
        raise RuleFileError(f"{where}: derives are for part or hardware scope")
    fact = _text(entry, "fact", where)
    namespace = SCOPE_NAMESPACE[scope]
    facts = namespaces[scope][namespace]
    base = {"part": PART_FACTS, "hardware": HARDWARE_FACTS}[scope]
    if fact in base:
        raise RuleFileError(f"{where}: '{fact}' is a base fact and cannot be derived")
    compile_scope = Scope(namespaces[scope], functions)
    when_text = _text(entry, "when", where, required=False)
    when = _compile(when_text, compile_scope, Type.BOOL, where, "when") if when_text else None
    expr = _compile(_text(entry, "expr", where), compile_scope, None, where, "expr")
    kind = Type.QTY if expr.type is Type.NUM else expr.type  # numbers are stored as quantities
    previous = derived[scope].get(fact)
    if previous is not None and previous != kind:
        raise RuleFileError(f"{where}: '{fact}' was derived as {previous} above, here as {kind}")
    derived[scope][fact] = kind
    facts[fact] = kind
    return Derive(
        ident,
        scope,
        fact,
        expr,
        when,
        _text(entry, "description", where),
        _text(entry, "unit", where, required=False),
        name,
    )


def _compile_rule(
    entry: dict[str, Any],
    name: str,
    functions: Mapping[str, FunctionSpec],
    namespaces: dict[str, dict[str, dict[str, Type]]],
    seen: set[str],
) -> Rule:
    ident = _entry_id(entry, name, "rule", seen)
    where = f"{name}: rule '{ident}'"
    extra = set(entry) - _RULE_KEYS
    if extra:
        raise RuleFileError(f"{where}: unknown key(s) {', '.join(sorted(extra))}")
    scope = _scope_of(entry, where)
    phase = entry.get("phase")
    if phase not in PHASES:
        raise RuleFileError(f"{where}: 'phase' must be one of {', '.join(PHASES)}, got {phase!r}")
    compile_scope = Scope(namespaces[scope], functions)
    when_text = _text(entry, "when", where, required=False)
    when = _compile(when_text, compile_scope, Type.BOOL, where, "when") if when_text else None
    co2e = _compile(_text(entry, "co2e_kg", where), compile_scope, Type.QTY, where, "co2e_kg")
    energy = _compile(_text(entry, "energy_mj", where), compile_scope, Type.QTY, where, "energy_mj")
    return Rule(
        ident,
        scope,
        str(phase),
        co2e,
        energy,
        when,
        _text(entry, "description", where),
        _text(entry, "energy_note", where, required=False),
        name,
    )

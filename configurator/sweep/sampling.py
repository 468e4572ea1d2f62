"""Which variants a sweep builds: quasi-random draws over a template's schema, its corners, or a grid.

Every drawn variant is checked against the schema (ranges and cross-parameter constraints) before it
is kept, so a sweep only builds variants a user could have asked for; draws the constraints reject
are counted, not built. Draws are seeded (the same seed gives the same variants) and use
scipy's quasi-Monte Carlo engines (Latin hypercube by default, scrambled Sobol on request), which
cover a box far more evenly than independent random draws.

Dimensions of a draw: every numeric parameter (rounded to its step), toggles, choices and material
slots. Text parameters keep their default (an engraving's words do not change what can be built).

Corners: the default variant; both ends of each eco-tunable range, alone and all together (the
variants that decide the footprint's spread); and the smallest and largest product (every length at
its minimum, then at its maximum). Corners come first in a sweep.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from configurator.sdk.errors import FabwiseError
from configurator.sdk.params import NUMERIC_KINDS, Parameter, ParamKind, Value
from configurator.sdk.schema import Schema, canonical_json

METHODS = ("lhs", "sobol")
# At most this many eco-tunable parameters are crossed for the corners (2**6 = 64 variants);
# beyond that, each one's two ends are taken alone and all together.
MAX_CROSSED_CORNERS = 6
# A draw gives up after this many rejected candidates per wanted variant (a constraint that
# rejects almost everything is a template problem worth reporting, not an endless loop).
MAX_DRAWS_PER_VARIANT = 50
MAX_GRID_VARIANTS = 100_000


@dataclass(frozen=True)
class Variant:
    """One parameter set to build. ``origin`` says why it is in the sweep."""

    params: dict[str, Value]
    origin: str  # "default", "corner", "sample" or "grid"

    @property
    def key(self) -> str:
        return canonical_json(self.params)


@dataclass(frozen=True)
class Plan:
    """The variants of a sweep, in order, with what was left out and why."""

    variants: tuple[Variant, ...]
    rejected: int = 0  # candidates that broke a constraint
    duplicates: int = 0  # candidates equal to one already planned (steps, small ranges)
    notes: tuple[str, ...] = field(default=())


def swept_parameters(schema: Schema) -> tuple[Parameter, ...]:
    """The parameters a sweep varies (text keeps its default)."""
    return tuple(p for p in schema.parameters if p.kind is not ParamKind.TEXT)


def value_at(param: Parameter, u: float) -> Value:
    """The value of ``param`` at position ``u`` in [0, 1) of its range (uniform over options)."""
    u = min(max(u, 0.0), math.nextafter(1.0, 0.0))
    if param.kind in NUMERIC_KINDS:
        assert param.minimum is not None and param.maximum is not None
        low, high = param.minimum, param.maximum
        if param.kind is ParamKind.COUNT:
            return int(low + math.floor(u * (high - low + 1)))
        value = low + u * (high - low)
        step = param.step
        if step:
            value = low + round((value - low) / step) * step
        return float(min(max(round(value, 9), low), high))
    if param.kind is ParamKind.TOGGLE:
        return u >= 0.5
    if param.kind in (ParamKind.CHOICE, ParamKind.MATERIAL):
        return param.options[math.floor(u * len(param.options))]
    return param.default


def _valid(schema: Schema, values: Mapping[str, Value]) -> dict[str, Value] | None:
    merged, issues = schema.check(values)
    return None if issues else merged


def corners(schema: Schema) -> tuple[list[dict[str, Value]], int]:
    """The corner variants (valid ones) and how many corners the constraints ruled out."""
    defaults = schema.defaults()
    candidates: list[dict[str, Value]] = [dict(defaults)]
    tunable = [p for p in schema.eco_tunable()]
    ends: list[list[Value]] = []
    for param in tunable:
        if param.kind is ParamKind.TOGGLE:
            ends.append([False, True])
        else:
            ends.append([value_at(param, 0.0), value_at(param, 1.0)])
    if tunable and len(tunable) <= MAX_CROSSED_CORNERS:
        for combo in itertools.product(*ends):
            candidates.append({**defaults, **{p.name: v for p, v in zip(tunable, combo, strict=True)}})
    elif tunable:
        for param, pair in zip(tunable, ends, strict=True):
            candidates.extend({**defaults, param.name: v} for v in pair)
        for side in (0, 1):
            candidates.append({**defaults, **{p.name: e[side] for p, e in zip(tunable, ends, strict=True)}})
    lengths = [p for p in schema.parameters if p.kind is ParamKind.LENGTH]
    if lengths:
        for u in (0.0, 1.0):
            candidates.append({**defaults, **{p.name: value_at(p, u) for p in lengths}})
    kept: list[dict[str, Value]] = []
    seen: set[str] = set()
    ruled_out = 0
    for candidate in candidates:
        valid = _valid(schema, candidate)
        if valid is None:
            ruled_out += 1
            continue
        key = canonical_json(valid)
        if key not in seen:
            seen.add(key)
            kept.append(valid)
    return kept, ruled_out


def _engine(method: str, dims: int, seed: int) -> object:
    from scipy.stats import qmc

    if method == "sobol":
        return qmc.Sobol(d=dims, scramble=True, seed=seed)
    return qmc.LatinHypercube(d=dims, seed=seed)


def draw(
    schema: Schema, samples: int, seed: int = 0, method: str = "lhs", include_corners: bool = True
) -> Plan:
    """``samples`` valid quasi-random variants (plus the corners), seeded."""
    if samples < 0:
        raise FabwiseError("--samples must be 0 or more")
    if method not in METHODS:
        raise FabwiseError(f"unknown sampling method '{method}'", hint=f"use one of {', '.join(METHODS)}")
    planned: list[Variant] = []
    seen: set[str] = set()
    notes: list[str] = []
    rejected = duplicates = 0
    if include_corners:
        found, ruled_out = corners(schema)
        for values in found:
            variant = Variant(values, "default" if not planned else "corner")
            planned.append(variant)
            seen.add(variant.key)
        if ruled_out:
            notes.append(f"{ruled_out} corner(s) break the template's constraints and were left out")
    dims = swept_parameters(schema)
    defaults = schema.defaults()
    wanted = samples
    if wanted and dims:
        engine = _engine(method, len(dims), seed)
        budget = max(wanted * MAX_DRAWS_PER_VARIANT, 64)
        drawn = 0
        kept = 0
        while kept < wanted and drawn < budget:
            batch = max(16, wanted - kept)
            if method == "sobol":  # Sobol is balanced in powers of two
                batch = 1 << (batch - 1).bit_length()
            points = engine.random(batch)  # type: ignore[attr-defined]
            for row in points:
                drawn += 1
                values = {
                    **defaults,
                    **{p.name: value_at(p, float(u)) for p, u in zip(dims, row, strict=True)},
                }
                valid = _valid(schema, values)
                if valid is None:
                    rejected += 1
                    continue
                variant = Variant(valid, "sample")
                if variant.key in seen:
                    duplicates += 1
                    continue
                seen.add(variant.key)
                planned.append(variant)
                kept += 1
                if kept >= wanted or drawn >= budget:
                    break
        if kept < wanted:
            notes.append(
                f"only {kept} of {wanted} samples found after {drawn} draws: the "
                f"constraints reject {rejected} and the steps repeat {duplicates}; the "
                "allowed space is smaller than asked"
            )
    elif wanted and not dims:
        notes.append("the template has no parameter a sweep can vary")
    return Plan(tuple(planned), rejected, duplicates, tuple(notes))


@dataclass(frozen=True)
class GridAxis:
    name: str
    values: tuple[Value, ...]


def parse_grid(schema: Schema, specs: Sequence[str]) -> tuple[GridAxis, ...]:
    """``name=a:b:n`` (n values from a to b) or ``name=x,y,z`` (listed values), each checked."""
    axes: list[GridAxis] = []
    for spec in specs:
        name, sep, rest = spec.partition("=")
        name = name.strip()
        if not sep or not name or not rest.strip():
            raise FabwiseError(
                f"--grid '{spec}' is not of the form name=a:b:n or name=x,y",
                hint="e.g. --grid depth=100:300:5 --grid material=pla,petg",
            )
        if name not in schema:
            known = ", ".join(schema.names)
            raise FabwiseError(f"--grid: unknown parameter '{name}'", hint=f"known: {known}")
        param = schema[name]
        raw: list[Any]
        if ":" in rest:
            parts = rest.split(":")
            if len(parts) != 3 or param.kind not in NUMERIC_KINDS:
                raise FabwiseError(
                    f"--grid '{spec}': a:b:n needs a numeric parameter and three numbers",
                    hint=f"{name} takes {param.describe_range()}; list values as {name}=x,y",
                )
            try:
                start, stop = param.coerce(parts[0].strip()), param.coerce(parts[1].strip())
            except ValueError as exc:
                raise FabwiseError(f"--grid '{spec}': {exc}") from None
            try:
                count = int(parts[2])
            except ValueError:
                raise FabwiseError(f"--grid '{spec}': n must be a whole number") from None
            if count < 1:
                raise FabwiseError(f"--grid '{spec}': n must be 1 or more")
            assert isinstance(start, int | float) and isinstance(stop, int | float)
            raw = [start] if count == 1 else [start + (stop - start) * i / (count - 1) for i in range(count)]
            if param.kind is ParamKind.COUNT:
                raw = list(sorted({round(float(v)) for v in raw}))
        else:
            raw = [item.strip() for item in rest.split(",") if item.strip()]
        try:
            values = tuple(dict.fromkeys(param.coerce(v) for v in raw))
        except ValueError as exc:
            raise FabwiseError(f"--grid '{spec}': {exc}") from None
        if any(axis.name == name for axis in axes):
            raise FabwiseError(f"--grid names '{name}' twice", hint="give each parameter once")
        axes.append(GridAxis(name, values))
    return tuple(axes)


def grid(schema: Schema, axes: Iterable[GridAxis]) -> Plan:
    """Every combination of the axes' values (other parameters at their defaults), valid ones."""
    axes = tuple(axes)
    size = math.prod(len(a.values) for a in axes)
    if size > MAX_GRID_VARIANTS:
        raise FabwiseError(
            f"the grid has {size:,} combinations (at most {MAX_GRID_VARIANTS:,})",
            hint="use fewer values per axis, or --samples for an even spread",
        )
    defaults = schema.defaults()
    planned: list[Variant] = []
    seen: set[str] = set()
    rejected = duplicates = 0
    for combo in itertools.product(*(a.values for a in axes)):
        values = {**defaults, **{a.name: v for a, v in zip(axes, combo, strict=True)}}
        valid = _valid(schema, values)
        if valid is None:
            rejected += 1
            continue
        variant = Variant(valid, "grid")
        if variant.key in seen:
            duplicates += 1
            continue
        seen.add(variant.key)
        planned.append(variant)
    notes = (
        (f"{rejected} grid point(s) break the template's constraints and were left out",) if rejected else ()
    )
    return Plan(tuple(planned), rejected, duplicates, notes)

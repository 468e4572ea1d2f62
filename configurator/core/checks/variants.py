"""The variants a check builds: what users will actually make, not only the defaults.

* the defaults and every preset (by name);
* each numeric parameter at its minimum and maximum, each other choice, each toggle flipped;
* every text parameter with a realistic non-empty value, the longest value allowed (of the
  widest letter) and non-Latin letters (Greek, Cyrillic, accented Latin, all of which engraving
  draws faithfully);
* the corners of the numeric ranges together: all at minimum, all at maximum, and a fixed set of
  mixed corners (some at minimum, the others at maximum).

A variant that breaks a constraint is not a variant a user can make, so it is skipped (and
counted); a preset that breaks one is an error.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass

from configurator.sdk.params import NUMERIC_KINDS, Parameter, ParamKind, ParamValueError, Value
from configurator.sdk.schema import Schema

#: Realistic engraving texts: a name with a digit, then a name in non-Latin letters.
REALISTIC_TEXT = "Ada 42"
NON_LATIN_TEXT = "Zoë Ωμέγα Жук"
WIDEST_LETTER = "W"
MIXED_CORNERS = 6
DEFAULT_TEXT_MAX = 40


@dataclass(frozen=True)
class Variant:
    label: str
    values: dict[str, Value]
    preset: str | None = None
    exported: bool = False  # the defaults and presets: checked against the facility directory


def _fits(param: Parameter, value: str) -> str | None:
    """``value`` as the parameter accepts it (cut to its maximum length), or None."""
    limit = param.max_length or DEFAULT_TEXT_MAX
    value = value[:limit].rstrip() or value[:limit]
    try:
        coerced = param.coerce(value)
    except ParamValueError:
        return None
    return coerced if isinstance(coerced, str) and coerced.strip() else None


def text_samples(param: Parameter) -> list[tuple[str, str]]:
    """(label, value) pairs for one text parameter; values it refuses are left out."""
    limit = param.max_length or DEFAULT_TEXT_MAX
    samples = [
        (f"{param.name} = '{REALISTIC_TEXT}'", REALISTIC_TEXT),
        (f"{param.name} at its longest ({limit} × '{WIDEST_LETTER}')", WIDEST_LETTER * limit),
        (f"{param.name} in non-Latin letters", NON_LATIN_TEXT),
    ]
    found = []
    for label, raw in samples:
        value = _fits(param, raw)
        if value is not None and value != param.default:
            found.append((label, value))
    return found


def single_changes(schema: Schema) -> Iterator[Variant]:
    for param in schema.parameters:
        if param.kind in NUMERIC_KINDS:
            assert param.minimum is not None and param.maximum is not None
            yield Variant(f"{param.name} at minimum", {param.name: param.minimum})
            yield Variant(f"{param.name} at maximum", {param.name: param.maximum})
        elif param.kind in (ParamKind.CHOICE, ParamKind.MATERIAL):
            for option in param.options:
                if option != param.default:
                    yield Variant(f"{param.name} = {option}", {param.name: option})
        elif param.kind is ParamKind.TOGGLE:
            yield Variant(f"{param.name} = {not param.default}", {param.name: not param.default})
        elif param.kind is ParamKind.TEXT:
            for label, value in text_samples(param):
                yield Variant(label, {param.name: value})


def corners(schema: Schema, mixed: int = MIXED_CORNERS, seed: int = 21) -> Iterator[Variant]:
    numeric = [p for p in schema.parameters if p.kind in NUMERIC_KINDS]
    if len(numeric) < 2:
        return
    low: dict[str, Value] = {p.name: p.minimum for p in numeric if p.minimum is not None}
    high: dict[str, Value] = {p.name: p.maximum for p in numeric if p.maximum is not None}
    yield Variant("all numbers at minimum", dict(low))
    yield Variant("all numbers at maximum", dict(high))
    rng = random.Random(seed)
    seen: set[tuple[bool, ...]] = {(False,) * len(numeric), (True,) * len(numeric)}
    attempts = 0
    while mixed > 0 and attempts < 50 and len(seen) < 2 ** len(numeric):
        attempts += 1
        pick = tuple(rng.random() < 0.5 for _ in numeric)
        if pick in seen:
            continue
        seen.add(pick)
        mixed -= 1
        values: dict[str, Value] = {
            p.name: (high if up else low)[p.name] for p, up in zip(numeric, pick, strict=True)
        }
        at_max = [p.name for p, up in zip(numeric, pick, strict=True) if up]
        yield Variant(f"corner: {', '.join(at_max)} at maximum, the rest at minimum", values)


def variants(schema: Schema) -> list[Variant]:
    """Every variant a check tries, defaults first, then presets, single changes, corners."""
    found = [Variant("defaults", {})]
    found += [Variant(f"preset '{p.name}'", dict(p.values), p.name) for p in schema.presets]
    found += list(single_changes(schema))
    found += list(corners(schema))
    return found

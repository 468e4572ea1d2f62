"""Random valid variants of a template, for a designer's own tests (``templates new`` writes one).

:func:`valid_variants` is a hypothesis strategy drawing values a user can set (on each numeric
parameter's step grid, every option, toggles, short text) and keeping the combinations the
template's constraints accept; :func:`build_variant` builds one in this process and raises,
naming the part and the reason, when a part is not a closed solid of a material its process can
make. Needs hypothesis (``pip install fabwise[test]``) and CadQuery.
"""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

from configurator.sdk.materials import load_materials
from configurator.sdk.params import NUMERIC_KINDS, Parameter, ParamKind
from configurator.sdk.results import PartResult, Quality
from configurator.sdk.template import Template

TEXT_ALPHABET = "ABCHMOWXYZabgjqxy0189 -&.Ωжë"


def load_template_file(path: Path) -> Template:
    """The template a file of yours defines, loaded in this process (it is your own code)."""
    from configurator.core.registry import load_file_module

    templates = [v for v in vars(load_file_module(path)).values() if isinstance(v, Template)]
    if len(templates) != 1:
        raise ValueError(f"{path} defines {len(templates)} templates; expected one")
    return templates[0]


def _value(param: Parameter) -> Any:
    from hypothesis import strategies as st

    if param.kind in NUMERIC_KINDS:
        assert param.minimum is not None and param.maximum is not None
        low, high = param.minimum, param.maximum
        if param.kind is ParamKind.COUNT:
            return st.integers(int(low), int(high))
        step = param.step or (high - low) / 100
        steps = math.floor((high - low) / step + 1e-9)
        return st.one_of(st.integers(0, steps).map(lambda k: round(low + k * step, 6)), st.just(high))
    if param.kind is ParamKind.TOGGLE:
        return st.booleans()
    if param.kind in (ParamKind.CHOICE, ParamKind.MATERIAL):
        return st.sampled_from(param.options)
    return st.text(alphabet=TEXT_ALPHABET, max_size=param.max_length or 12)


def valid_variants(template: Template) -> Any:
    """A hypothesis strategy of parameter dicts the template accepts."""
    from hypothesis import strategies as st

    schema = template.schema
    drawn = st.fixed_dictionaries({p.name: _value(p) for p in schema.parameters})
    return drawn.filter(lambda values: not schema.check(values)[1])


def build_variant(template: Template, values: dict[str, Any]) -> tuple[PartResult, ...]:
    """Build and measure ``values``; raise AssertionError naming what is wrong."""
    from configurator.core.build import build_product, measure

    built = build_product(template, values)
    parts, warnings = measure(built, Quality.COARSE)
    if warnings:
        raise AssertionError(f"{values}: {'; '.join(warnings)}")
    materials = load_materials()
    for part in parts:
        if part.volume_mm3 <= 0:
            raise AssertionError(f"{values}: part '{part.name}' has no volume")
        if part.process not in materials[part.material].processes:
            raise AssertionError(
                f"{values}: part '{part.name}' is {part.material}, which {part.process} cannot make"
            )
    return parts

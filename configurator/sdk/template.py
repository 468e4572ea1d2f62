"""The template contract: one object per product, with a schema and a pure build function.

A designer writes::

    TEMPLATE = Template(
        id="shelf-bracket", version="1.0.0", name="Wall shelf bracket",
        description="...", category="Home", processes=("fdm",),
        parameters=(Length("depth", 150, 80, 300, help="..."), ...),
        constraints=(...), presets=(...), build=build,
    )

``build`` receives validated :class:`~configurator.sdk.params.Params` and returns a
:class:`~configurator.sdk.product.Product`. It must be a pure function of its parameters.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from configurator.sdk.conditions import UseConditions
from configurator.sdk.declared import declaration_site
from configurator.sdk.params import NUMERIC_KINDS, Parameter, Params
from configurator.sdk.product import Process, Product
from configurator.sdk.schema import Constraint, Preset, Schema, load_time_problem

_ID = re.compile(r"^[a-z][a-z0-9-]*[a-z0-9]$")
_VERSION = re.compile(r"^\d+\.\d+\.\d+$")


@dataclass(frozen=True)
class Template:
    id: str
    version: str
    name: str
    description: str
    category: str
    processes: tuple[str, ...]
    parameters: Sequence[Parameter]
    build: Callable[[Any], Product]  # takes params_type
    constraints: Sequence[Constraint] = ()
    presets: Sequence[Preset] = ()
    author: str = ""
    license: str = ""
    tags: tuple[str, ...] = ()
    build_timeout: float | None = None
    params_type: type[Params] = Params  # the typed view of the values build() receives
    conditions: UseConditions | None = None
    schema: Schema = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        if not _ID.match(self.id):
            raise ValueError(f"template id '{self.id}' must be lowercase letters, digits and dashes")
        if not _VERSION.match(self.version):
            raise ValueError(f"template '{self.id}': version must look like 1.2.0")
        if not self.processes:
            raise ValueError(f"template '{self.id}' must name the processes it needs")
        unknown = [p for p in self.processes if p not in set(Process)]
        if unknown:
            raise ValueError(f"template '{self.id}': unknown process(es) {', '.join(unknown)}")
        schema = Schema(
            tuple(self.parameters), tuple(self.constraints), tuple(self.presets), self.params_type
        )
        object.__setattr__(self, "schema", schema)
        # The defaults and every preset must be valid variants; say which and where if not.
        problem = load_time_problem(schema, {}, f"template '{self.id}': the defaults", declaration_site())
        for preset in schema.presets:
            if problem is not None:
                break
            problem = load_time_problem(
                schema, preset.values, f"template '{self.id}': preset '{preset.name}'", preset.declared_at
            )
        if problem is not None:
            raise problem
        if self.conditions is not None:
            by_name = {p.name: p for p in self.parameters}
            for name in self.conditions.parameters():
                param = by_name.get(name)
                if param is None or param.kind not in NUMERIC_KINDS:
                    raise ValueError(
                        f"template '{self.id}': load magnitude parameter '{name}' "
                        "must be a numeric parameter of the template"
                    )

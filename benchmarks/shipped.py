"""The templates Fabwise ships, for benchmarks: every template module in ``parts_library``.

Entry points come first (as the app finds them); a template module that is in ``parts_library``
but not (yet) registered as an entry point is added with the same kind of reference, so every
shipped template is measured even in a checkout whose installed metadata is behind.
"""

from __future__ import annotations

import importlib
import pkgutil

import parts_library
from configurator.core.registry import TemplateRegistry
from configurator.sdk.results import TemplateRef
from configurator.sdk.template import Template


def shipped_registry() -> TemplateRegistry:
    registry = TemplateRegistry.discover()
    known = set(registry.ids())
    for module_info in sorted(pkgutil.iter_modules(parts_library.__path__), key=lambda m: m.name):
        if module_info.name.startswith("_"):
            continue
        module_name = f"{parts_library.__name__}.{module_info.name}"
        module = importlib.import_module(module_name)
        for attr, value in sorted(vars(module).items()):
            if isinstance(value, Template) and value.id not in known:
                location = f"{module_name}:{attr}"
                registry.add(value, TemplateRef(value.id, value.version, "builtin", location, value.version))
                known.add(value.id)
    return registry

"""Make ``import cadquery`` free until CadQuery is really used.

The GUI process imports template modules to read their schemas, and those modules usually start
with ``import cadquery as cq``. Importing CadQuery costs about 2 s, and geometry only ever runs in
the build worker, so the GUI installs a placeholder module: the import statement succeeds at once
and the real import happens on first use of a CadQuery name (which, in the GUI, should be never).

(``importlib.util.LazyLoader`` does not work here: the import system itself reads ``__spec__`` on
every ``import`` statement, which makes a LazyLoader module load at once.)
"""

from __future__ import annotations

import importlib
import importlib.util
import sys
import types
from typing import Any


class _LazyModule(types.ModuleType):
    """Stands in for a module until a missing attribute is asked for, then becomes it."""

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__") and name.endswith("__"):
            # Import hooks (e.g. PySide6's) probe dunders such as ``__wrapped__`` on every module;
            # answering them must not cost the 2 s CadQuery import.
            raise AttributeError(name)
        real = _load_real(self)
        return getattr(real, name)


def _load_real(proxy: _LazyModule) -> types.ModuleType:
    name = proxy.__name__
    if sys.modules.get(name) is proxy:
        del sys.modules[name]
    real = importlib.import_module(name)
    proxy.__dict__.update(real.__dict__)
    return real


def install_lazy_cadquery() -> bool:
    """Register a placeholder ``cadquery`` module. Returns False if it is already imported."""
    if "cadquery" in sys.modules:
        return False
    spec = importlib.util.find_spec("cadquery")
    if spec is None:
        return False
    proxy = _LazyModule("cadquery")
    proxy.__spec__ = spec
    proxy.__file__ = spec.origin
    proxy.__path__ = list(spec.submodule_search_locations or [])
    sys.modules["cadquery"] = proxy
    return True


def cadquery_loaded() -> bool:
    """True once CadQuery has really been imported in this process."""
    module = sys.modules.get("cadquery")
    return module is not None and not isinstance(module, _LazyModule)

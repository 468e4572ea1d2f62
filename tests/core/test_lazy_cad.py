"""The GUI reads template schemas without paying for the CadQuery import."""

from __future__ import annotations

import subprocess
import sys

PROBE = """
import sys
from configurator.core.lazy_cad import cadquery_loaded, install_lazy_cadquery
assert install_lazy_cadquery()
import cadquery as cq
assert not cadquery_loaded()
assert getattr(cq, "__wrapped__", None) is None   # import hooks probe dunders: stays lazy
from configurator.core.registry import TemplateRegistry
registry = TemplateRegistry.discover()
assert registry.ids(), "built-in templates load"
assert not cadquery_loaded(), "discovering templates must not import CadQuery"
assert "OCP" not in sys.modules
box = cq.Workplane("XY").box(1, 2, 3)                # first real use loads it
assert cadquery_loaded() and abs(box.val().Volume() - 6) < 1e-9
print("ok")
"""


def test_lazy_cadquery_in_a_fresh_interpreter() -> None:
    proc = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "ok"

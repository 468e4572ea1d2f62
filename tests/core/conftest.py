"""Template files for core tests, written into temporary folders."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

TEMPLATE_HEADER = """
from __future__ import annotations
import os, signal, time
import cadquery as cq
from configurator.sdk.params import Length, MaterialSlot, Choice
from configurator.sdk.product import Part, Product
from configurator.sdk.template import Template
"""


def template_source(template_id: str, body: str = "", version: str = "1.0.0") -> str:
    """A small one-part FDM template whose build runs ``body`` first (to misbehave on demand)."""
    body = textwrap.indent(textwrap.dedent(body), "    ") if body else "    pass"
    return (
        TEMPLATE_HEADER
        + f'''
def build(p):
{body}
    solid = cq.Workplane("XY").box(p.num("size"), p.num("size"), 5)
    return Product(parts=(Part("block", solid, p.text("material"), "fdm"),))

TEMPLATE = Template(
    id="{template_id}", version="{version}", name="Block {template_id}", description="test block",
    category="Test", processes=("fdm",),
    parameters=(Length("size", 20, 5, 100, help="edge"),
                Choice("mode", "normal", ("normal", "raise", "hang", "exit", "segv")),
                MaterialSlot("material", "pla", ("pla", "petg"), help="m")),
    build=build,
)
'''
    )


MISBEHAVING_BODY = """
mode = p.text("mode")
if mode == "raise":
    raise ZeroDivisionError("the designer divided by zero")
if mode == "hang":
    time.sleep(600)
if mode == "exit":
    os._exit(7)
if mode == "segv":
    os.kill(os.getpid(), signal.SIGSEGV)
"""


@pytest.fixture
def template_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "templates"
    folder.mkdir()
    (folder / "block.py").write_text(template_source("block", MISBEHAVING_BODY))
    return folder

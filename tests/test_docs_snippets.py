"""Every Python block in the authoring guide runs as written (issue 21: snippets lacked imports
and showed `...`): the blocks, in order, are one module; each template it defines loads, and its
defaults and presets build."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from configurator.core.checker import check_template_file
from configurator.core.checks.random_variants import build_variant
from configurator.core.registry import load_file_module
from configurator.core.trust import TrustAll
from configurator.sdk.template import Template

DOCS = Path(__file__).resolve().parents[1] / "docs"
BLOCK = re.compile(r"^```python\n(.*?)^```", re.DOTALL | re.MULTILINE)


def python_blocks(page: Path) -> list[str]:
    return BLOCK.findall(page.read_text(encoding="utf-8"))


def test_the_guide_has_runnable_blocks() -> None:
    assert len(python_blocks(DOCS / "authoring-templates.md")) >= 6


def test_authoring_guide_blocks_run_as_one_module(tmp_path: Path) -> None:
    module = tmp_path / "guide.py"
    module.write_text("\n\n".join(python_blocks(DOCS / "authoring-templates.md")))
    loaded = load_file_module(module)
    templates = [v for v in vars(loaded).values() if isinstance(v, Template)]
    assert {t.id for t in templates} >= {"wall-hook", "name-tag"}
    report = check_template_file(module, trust=TrustAll(), facilities=[])
    assert report.passed, [f.text for f in report.errors]
    assert report.template_id == "wall-hook, name-tag"
    assert "name-tag: preset 'wide'" in report.build_times
    for template in templates:
        for values in [{}, *(dict(p.values) for p in template.schema.presets)]:
            assert build_variant(template, values)


@pytest.mark.parametrize("index", range(len(python_blocks(DOCS / "authoring-templates.md"))))
def test_each_block_compiles(index: int) -> None:
    compile(python_blocks(DOCS / "authoring-templates.md")[index], f"block {index}", "exec")

"""``fabwise templates new NAME [--process P] [--parts N]``: a realistic starting point.

Writes ``<module>.py`` (a complete template for the process: parameters with units and help,
constraints, a preset, a build; :mod:`configurator.core.scaffolds`), ``test_<module>.py`` (draws
random valid variants from the template's own schema with hypothesis and builds each one, see
:mod:`configurator.core.checks.random_variants`) and ``<module>.md`` (a documentation stub).
Existing files are never overwritten.
"""

from __future__ import annotations

import re
from pathlib import Path

from configurator.core.facilities.model import PROCESSES as PROCESS_NAMES
from configurator.core.scaffolds import milled, printed, sheet
from configurator.sdk.errors import FabwiseError

SCAFFOLD_PROCESSES = ("fdm", "sla", "sls", "laser", "cnc_router", "cnc_mill")
MAX_PARTS = 6

TEST_TEXT = '''"""Random valid variants of the {template_id} template build (drawn by hypothesis from its
own parameters and constraints). Run: python -m pytest {test_file}"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings

from configurator.core.checks.random_variants import (
    build_variant,
    load_template_file,
    valid_variants,
)

TEMPLATE = load_template_file(Path(__file__).with_name("{module}.py"))


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(valid_variants(TEMPLATE))
def test_random_valid_variants_build(values: dict[str, Any]) -> None:
    parts = build_variant(TEMPLATE, values)  # raises with the reason if a part is not makeable
    assert parts
'''

DOC_TEXT = """# {title}

{description}

## Parameters
Describe what each parameter changes, and which values fit which use.

## Making it
Process: {process_name}. See `fabwise templates limits` (docs/manufacturing-limits.md) for what
the workshops can make.
Say anything a workshop should know: orientation, supports, finishing, assembly.

## Licence
Say under which licence you publish this template.
"""


def template_text(process: str, parts: int, **names: str) -> str:
    if process in printed.PROCESSES:
        materials, material, wall, largest = printed.PROCESSES[process]
        return printed.TEXT.format(
            process=process,
            parts=parts,
            materials=list(materials),
            material=material,
            wall_min=wall,
            wall_default=max(2.0, wall),
            largest=largest,
            **names,
        )
    if process in sheet.PROCESSES:
        thicknesses, thickness, materials, material, kerf, kerf_help = sheet.PROCESSES[process]
        return sheet.TEXT.format(
            process=process,
            parts=parts,
            thicknesses=list(thicknesses),
            thickness=thickness,
            materials=list(materials),
            material=material,
            kerf=kerf,
            kerf_help=kerf_help,
            **names,
        )
    return milled.TEXT.format(parts=parts, **names)


def scaffold(name: str, folder: Path, process: str = "fdm", parts: int = 1) -> list[Path]:
    template_id = re.sub(r"[^a-z0-9]+", "-", name.strip().lower()).strip("-")
    if not template_id or not template_id[0].isalpha():
        raise FabwiseError(
            f"'{name}' is not usable as a template name",
            hint="start with a letter, e.g. `fabwise templates new plant-pot`",
        )
    if process not in SCAFFOLD_PROCESSES:
        raise FabwiseError(f"no process '{process}'", hint=f"one of: {', '.join(SCAFFOLD_PROCESSES)}")
    if not 1 <= parts <= MAX_PARTS:
        raise FabwiseError(f"--parts {parts} is out of range", hint=f"1 to {MAX_PARTS}")
    module = template_id.replace("-", "_")
    title = template_id.replace("-", " ").capitalize()
    names = {
        "template_id": template_id,
        "module": module,
        "title": title,
        "description": f"A customisable {title.lower()}.",
        "cls": "".join(w.capitalize() for w in module.split("_")) + "Params",
    }
    files = {
        folder / f"{module}.py": template_text(process, parts, **names),
        folder / f"test_{module}.py": TEST_TEXT.format(test_file=f"test_{module}.py", **names),
        folder / f"{module}.md": DOC_TEXT.format(process_name=PROCESS_NAMES[process], **names),
    }
    existing = [str(p) for p in files if p.exists()]
    if existing:
        raise FabwiseError(
            f"{', '.join(existing)} already exist(s)",
            hint="choose another name or folder; nothing was written",
        )
    folder.mkdir(parents=True, exist_ok=True)
    for path, text in files.items():
        path.write_text(text, encoding="utf-8")
    return list(files)

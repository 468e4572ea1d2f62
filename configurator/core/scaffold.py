"""``fabwise templates new NAME``: a working starting point for a designer.

Writes ``<module>.py`` (a complete template: parameters with units and help, a constraint, a preset,
a build, conditions of use with named regions),
``test_<module>.py`` (runs the same checks as ``fabwise templates check``) and
``<module>.md`` (a documentation stub). Existing files are never overwritten.
"""

from __future__ import annotations

import re
from pathlib import Path

from configurator.sdk.errors import FabwiseError

TEMPLATE_TEXT = '''"""{title}: {description}"""

from __future__ import annotations

import cadquery as cq

from configurator.sdk.conditions import (
    SUSTAINED,
    Box,
    Exposure,
    Load,
    LoadCase,
    ServiceTemperature,
    UseConditions,
    assumption,
)
from configurator.sdk.params import Length, MaterialSlot, Number, Params, Toggle
from configurator.sdk.product import Part, Product
from configurator.sdk.schema import Preset, constraint
from configurator.sdk.template import Template


@constraint("wall", "width", description="walls leave room inside")
def walls_fit(p: Params) -> str | None:
    if 2 * p.num("wall") >= p.num("width") - 10:
        return (f"walls of {{p.num('wall'):g}} mm leave less than 10 mm inside a "
                f"{{p.num('width'):g}} mm wide part: make the walls thinner or the part wider")
    return None


def build(p: Params) -> Product:
    width, depth, height, wall = p.num("width"), p.num("depth"), p.num("height"), p.num("wall")
    body = cq.Workplane("XY").box(width, depth, height, centered=(True, True, False))
    if p.flag("open_top"):
        body = body.faces(">Z").shell(-wall)
    # Named surfaces for the conditions of use (mm, in the part's frame as printed: z = up).
    regions = {{
        "bottom": Box((-1e4, -1e4, -0.01), (1e4, 1e4, 0.01), normal=(0, 0, -1)),
        "top": Box((-1e4, -1e4, height - 0.01), (1e4, 1e4, height + 0.01), normal=(0, 0, 1)),
    }}
    return Product(parts=(Part("body", body, p.text("material"), "fdm", regions=regions),))


TEMPLATE = Template(
    id="{template_id}",
    version="0.1.0",
    name="{title}",
    description="{description}",
    category="My templates",
    processes=("fdm",),
    parameters=(
        Length("width", 60, 20, 200, help="outside width"),
        Length("depth", 40, 20, 200, help="outside depth"),
        Length("height", 30, 5, 150, help="outside height"),
        Length("wall", 2, 1.2, 6, step=0.2, eco_tunable=True,
               help="wall thickness; thinner walls use less material"),
        Toggle("open_top", True, help="hollow with an open top, or solid"),
        Number("load", 2, 0, 20, unit="kg", help="the most that will stand on it"),
        MaterialSlot("material", "pla", ["pla", "rpla", "petg", "rpetg"], help="filament"),
    ),
    build=build,
    # What the product must survive; say where each number comes from (docs/fit-for-use.md).
    conditions=UseConditions(
        load_cases=(LoadCase(
            "weight on top", part="body", duration=SUSTAINED,
            loads=(Load.mass("top", param="load", direction=(0, 0, -1),
                             source=assumption("the user's load, standing on the top")),),
            fixed=("bottom",),
        ),),
        temperatures=(ServiceTemperature(35, assumption("indoor room, up to 35 °C"),
                                         description="the room"),),
        exposure=Exposure(outdoor_uv=False, water="none", food_contact=False,
                          source=assumption("indoors")),
    ),
    constraints=(walls_fit,),
    presets=(Preset("small", {{"width": 40, "depth": 30, "height": 20}}, "a small one"),),
)
'''

TEST_TEXT = '''"""Checks for the {template_id} template (the same as `fabwise templates check`)."""

from __future__ import annotations

from pathlib import Path

from configurator.core.checker import check_template_file
from configurator.core.trust import TrustAll


def test_{module}_passes_check() -> None:
    # Your own file, next to this test: trusted for the test run.
    report = check_template_file(Path(__file__).with_name("{module}.py"), trust=TrustAll())
    assert report.passed, [finding.message for finding in report.errors]
'''

DOC_TEXT = '''# {title}

{description}

## Parameters
Describe what each parameter changes, and which values fit which use.

## Making it
Process: FDM printing. Material: PLA or PETG (recycled variants welcome).
Say anything a workshop should know: orientation, supports, infill.

## Licence
Say under which licence you publish this template.
'''


def scaffold(name: str, folder: Path) -> list[Path]:
    template_id = re.sub(r"[^a-z0-9]+", "-", name.strip().lower()).strip("-")
    if not template_id or not template_id[0].isalpha():
        raise FabwiseError(f"'{name}' is not usable as a template name",
                           hint="start with a letter, e.g. `fabwise templates new plant-pot`")
    module = template_id.replace("-", "_")
    title = template_id.replace("-", " ").capitalize()
    description = f"A customisable {title.lower()}."
    files = {
        folder / f"{module}.py": TEMPLATE_TEXT,
        folder / f"test_{module}.py": TEST_TEXT,
        folder / f"{module}.md": DOC_TEXT,
    }
    existing = [str(p) for p in files if p.exists()]
    if existing:
        raise FabwiseError(f"{', '.join(existing)} already exist(s)",
                           hint="choose another name or folder; nothing was written")
    folder.mkdir(parents=True, exist_ok=True)
    for path, text in files.items():
        path.write_text(text.format(template_id=template_id, module=module, title=title,
                                    description=description), encoding="utf-8")
    return list(files)

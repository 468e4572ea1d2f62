"""`templates check` tries what users will do (issue 21): text values, presets against the
facility directory, overlapping placements, the import-time rule, grouped findings, progress."""

from __future__ import annotations

from pathlib import Path

import pytest

from configurator.core.checker import check_template_file
from configurator.core.checks.import_rule import import_time_uses
from configurator.core.checks.variants import text_samples, variants
from configurator.core.facilities.model import Facility, Location, Machine
from configurator.core.trust import TrustAll
from configurator.sdk.params import Length, Text
from configurator.sdk.schema import Schema

HEADER = """
from __future__ import annotations
import cadquery as cq
from configurator.sdk.params import Length, MaterialSlot, Text
from configurator.sdk.product import Part, Placement, Product
from configurator.sdk.schema import Preset
from configurator.sdk.template import Template
"""

PRINTER = Machine("fdm", "Desktop printer", (250, 210, 200), ("pla", "petg"))
LASER = Machine("laser", "Laser 600", (600, 400, 6), ("birch_plywood",), None, (3.0, 6.0))
FACILITIES = [
    Facility("lab-a", "Lab A", "user", Location(), (PRINTER, LASER)),
    Facility("lab-b", "Lab B", "user", Location(), (PRINTER, LASER)),
    Facility("laser-only", "Laser shop", "user", Location(), (LASER,)),
]


def _template(tmp_path: Path, build: str, parameters: str, extra: str = "", presets: str = "") -> Path:
    path = tmp_path / "trial.py"
    parameters = parameters.rstrip().rstrip(",") + ","
    path.write_text(
        HEADER
        + extra
        + f"""
def build(p):
{build}

TEMPLATE = Template(
    id="trial", version="1.0.0", name="Trial", description="a trial", category="Test",
    processes=("fdm", "laser"), parameters=({parameters}), build=build,
    presets=({presets}),
)
"""
    )
    return path


def _check(path: Path, **kwargs: object) -> list[str]:
    report = check_template_file(path, trust=TrustAll(), facilities=FACILITIES, **kwargs)  # type: ignore[arg-type]
    return [f"{f.level}: {f.text}" for f in report.findings]


BLOCK = """    body = cq.Workplane("XY").box(p.size, p.size, 10, centered=(True, True, False))
    return Product(parts=(Part("block", body, "pla", "fdm"),))"""


def test_a_label_that_breaks_the_build_fails_check(tmp_path: Path) -> None:
    build = (
        """    if p.label:
        raise ValueError("engraving text is not supported yet")
"""
        + BLOCK
    )
    path = _template(
        tmp_path,
        build,
        'Length("size", 30, 20, 60, help="edge"), Text("label", "", max_length=12, help="engraved")',
        presets='Preset("p", {"size": 40}, "p"),',
    )
    found = _check(path)
    errors = [f for f in found if f.startswith("error")]
    assert len(errors) == 1, found  # one message, the variants listed in it
    assert "engraving text is not supported yet" in errors[0]
    assert "label = 'Ada 42'" in errors[0] and "label in non-Latin letters" in errors[0]
    assert "label at its longest (12 × 'W')" in errors[0]


def test_engraving_as_a_tuple_of_wires_builds(tmp_path: Path) -> None:
    build = """    plate = cq.Workplane("XY").box(80, 40, 3, centered=(True, True, False))
    text = cq.Workplane("XY").text(p.label or " ", 8, 1, kind="bold").faces("<Z")
    wires = tuple(w for f in text.vals() for w in f.Wires()) if p.label.strip() else None
    return Product(parts=(Part("tag", plate, "birch_plywood", "laser", sheet_thickness=3,
                                engraving=wires),))"""
    path = _template(
        tmp_path,
        build,
        'Text("label", "Hi", max_length=8, help="engraved")',
        presets='Preset("p", {"label": "Bo"}, "p"),',
    )
    found = _check(path)
    assert not [f for f in found if f.startswith("error")], found


def test_a_preset_too_large_for_every_printer_is_an_error_naming_the_limit(tmp_path: Path) -> None:
    path = _template(
        tmp_path,
        BLOCK,
        'Length("size", 30, 20, 400, help="edge")',
        presets='Preset("huge", {"size": 300}, "too big"),',
    )
    found = _check(path)
    huge = [f for f in found if "preset 'huge'" in f and "no facility" in f]
    assert huge and huge[0].startswith("error"), found
    assert "no facility in the directory can make it" in huge[0]
    assert "does not fit Desktop printer" in huge[0]
    assert "largest fdm envelope: 250 × 210 × 200 mm" in huge[0]
    defaults = [f for f in found if f.startswith("ok: can be made by") and "in defaults" in f]
    assert defaults and "2 of 3 facilities" in defaults[0], found


def test_overlapping_placed_copies_are_reported(tmp_path: Path) -> None:
    build = """    body = cq.Workplane("XY").box(p.size, 20, 10, centered=(True, True, False))
    spots = (Placement.at(0, 0, 0), Placement.at(p.shift, 0, 0))
    return Product(parts=(Part("slat", body, "pla", "fdm", quantity=2, placements=spots),))"""
    path = _template(
        tmp_path, build, 'Length("size", 30, 20, 60, help="edge"), Length("shift", 40, 10, 80, help="gap")'
    )
    found = _check(path)
    overlap = [f for f in found if "in the assembled view" in f]
    assert overlap and overlap[0].startswith("error"), found
    assert "copies of 'slat' overlap each other" in overlap[0]
    assert "shift at minimum" in overlap[0] and "defaults" not in overlap[0]


def test_cadquery_at_import_time_is_an_error_with_its_line(tmp_path: Path) -> None:
    extra = 'BASE = cq.Workplane("XY").box(10, 10, 10)\n'
    path = _template(tmp_path, BLOCK, 'Length("size", 30, 20, 60, help="edge")', extra=extra)
    line = path.read_text().splitlines().index(extra.strip()) + 1
    found = _check(path)
    assert any(f.startswith(f"error: trial.py:{line}: `cq.Workplane") for f in found), found


def test_import_rule_reads_only_code_that_runs_at_import(tmp_path: Path) -> None:
    path = tmp_path / "m.py"
    path.write_text("""import cadquery as cq
from cadquery import Workplane

def fine(p):
    return cq.Workplane("XY")

def default(x=cq.Vector(0, 0, 0)):
    return x

def annotated(x: cq.Shape) -> None:
    pass

class Shapes:
    unit = cq.Vector(1, 0, 0)

fine_too = lambda: cq.Workplane()
""")
    lines = [use.line for use in import_time_uses(path)]
    assert lines == [2, 7, 10, 14], lines  # annotations count without the __future__ import


def test_one_finding_per_distinct_error_with_its_variants(tmp_path: Path) -> None:
    build = """    raise RuntimeError("always broken")"""
    path = _template(
        tmp_path,
        build,
        'Length("size", 30, 20, 60, help="edge"), Length("depth", 30, 20, 60, help="d")',
        presets='Preset("a", {"size": 40}, "a"), Preset("b", {"size": 50}, "b"),',
    )
    report = check_template_file(path, trust=TrustAll(), facilities=FACILITIES)
    broken = [f for f in report.errors if "always broken" in f.message]
    assert len(broken) == 1
    assert broken[0].variants[:3] == ("defaults", "preset 'a'", "preset 'b'")
    assert len(broken[0].variants) >= 8
    assert "and" in broken[0].text and "more" in broken[0].text


def test_progress_is_reported_while_it_runs(tmp_path: Path) -> None:
    path = _template(
        tmp_path, BLOCK, 'Length("size", 30, 20, 60, help="edge")', presets='Preset("p", {"size": 40}, "p"),'
    )
    heard: list[str] = []
    check_template_file(path, trust=TrustAll(), facilities=FACILITIES, progress=heard.append)
    assert heard[0] == "loading the template"
    assert "[1/4] building defaults" in heard and "[2/4] building preset 'p'" in heard


def test_text_samples_respect_max_length_and_refusals() -> None:
    label = Text("label", "", max_length=5, help="engraved")
    samples = dict(text_samples(label))
    assert all(len(v) <= 5 and v.strip() for v in samples.values())
    assert samples["label at its longest (5 × 'W')"] == "WWWWW"


def test_corners_cover_both_ends_together() -> None:
    schema = Schema((Length("a", 2, 1, 3), Length("b", 2, 1, 3), Length("c", 2, 1, 3)))
    labels = [v.label for v in variants(schema)]
    assert "all numbers at minimum" in labels and "all numbers at maximum" in labels
    mixed = [v for v in variants(schema) if v.label.startswith("corner:")]
    assert len(mixed) == 6  # every mixed corner of three ranges
    assert all(set(v.values.values()) == {1.0, 3.0} for v in mixed)


@pytest.mark.parametrize("thin", [0.5])
def test_a_wall_below_the_fdm_minimum_is_an_error(tmp_path: Path, thin: float) -> None:
    build = """    body = cq.Workplane("XY").box(40, 40, 20, centered=(True, True, False))
    body = body.faces(">Z").shell(-p.wall)
    return Product(parts=(Part("cup", body, "pla", "fdm"),))"""
    path = _template(tmp_path, build, f'Length("wall", 2, {thin}, 3, step=0.1, help="wall")')
    found = _check(path)
    thin_wall = [f for f in found if "below the 0.8 mm minimum for fdm" in f]
    assert thin_wall and thin_wall[0].startswith("error"), found
    assert "wall at minimum" in thin_wall[0] and "defaults" not in thin_wall[0]


def test_a_build_that_hangs_stops_the_check_with_progress(tmp_path: Path) -> None:
    build = (
        """    if p.size > 50:
        import time
        time.sleep(600)
"""
        + BLOCK
    )
    path = _template(
        tmp_path, build, 'Length("size", 30, 20, 60, help="edge"), Length("other", 30, 20, 60, help="o")'
    )
    heard: list[str] = []
    report = check_template_file(
        path, trust=TrustAll(), facilities=FACILITIES, service_timeout=3, progress=heard.append
    )
    timed_out = [f for f in report.errors if "longer than 3 s" in f.message]
    assert timed_out and timed_out[0].variants == ("size at maximum",)
    assert any("not built" in f.message for f in report.warnings)
    building = [line for line in heard if "building" in line]
    assert building[-1].endswith("building size at maximum")  # the user saw where it hung

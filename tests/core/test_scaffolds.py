"""`templates new --process P --parts N` writes a realistic template that passes check, and a
test that builds random valid variants (issue 21: it always wrote the same FDM box, and its test
only re-ran check)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from configurator.core.checker import check_template_file
from configurator.core.checks.random_variants import build_variant, load_template_file
from configurator.core.scaffold import SCAFFOLD_PROCESSES, scaffold
from configurator.core.trust import TrustAll
from configurator.sdk.errors import FabwiseError


@pytest.mark.parametrize("process", SCAFFOLD_PROCESSES)
def test_every_process_scaffold_builds(tmp_path: Path, process: str) -> None:
    written = scaffold(f"my {process} thing", tmp_path, process, parts=3)
    template = load_template_file(written[0])
    assert template.processes == (process,)
    for values in [{}, *(dict(p.values) for p in template.schema.presets)]:
        parts = build_variant(template, values)
        assert {part.process for part in parts} == {process}
        assert len(parts) == (1 if process == "cnc_mill" else 2 if process in SHEET else 3)


SHEET = ("laser", "cnc_router")


@pytest.mark.parametrize("process", ["fdm", "laser", "cnc_mill"])  # one of each kind, in full
def test_scaffolds_pass_check(tmp_path: Path, process: str) -> None:
    written = scaffold(f"my {process} thing", tmp_path, process, parts=3)
    text = written[0].read_text()
    assert f'processes=("{process}",)' in text
    report = check_template_file(written[0], trust=TrustAll())
    assert report.passed, [f.text for f in report.errors]
    # Only the directory's truth may warn: few workshops offer SLA, SLS or metal milling.
    assert all("facilities in the directory" in f.message for f in report.warnings), [
        f.text for f in report.warnings
    ]
    if process in ("laser", "cnc_router"):
        assert "tab_profile(" in text and "slot_holes(" in text and "engraving_wires(" in text
        assert "kerf" in text
    assert len(report.build_times) >= 10


def test_the_scaffolded_test_builds_random_variants(tmp_path: Path) -> None:
    written = scaffold("phone stand", tmp_path, "laser", parts=2)
    spec = importlib.util.spec_from_file_location("test_phone_stand", written[1])
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    module.test_random_valid_variants_build()  # hypothesis draws and builds 20 variants


def test_the_scaffolded_test_fails_for_a_broken_build(tmp_path: Path) -> None:
    written = scaffold("pot", tmp_path, "fdm")
    source = (
        written[0]
        .read_text()
        .replace(
            '    parts = [Part("body"',
            "    if p.width > 150:\n        raise ValueError('too wide')\n    parts = [Part(\"body\"",
        )
    )
    written[0].write_text(source)
    spec = importlib.util.spec_from_file_location("test_pot", written[1])
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    with pytest.raises(ValueError, match="too wide"):
        module.test_random_valid_variants_build()


def test_bad_process_or_parts_are_refused(tmp_path: Path) -> None:
    with pytest.raises(FabwiseError, match="no process 'waterjet'"):
        scaffold("x", tmp_path, "waterjet")
    with pytest.raises(FabwiseError, match="--parts 9 is out of range"):
        scaffold("x", tmp_path, "fdm", parts=9)
    assert not list(tmp_path.iterdir())

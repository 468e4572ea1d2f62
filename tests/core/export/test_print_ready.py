"""An FDM workshop's package holds a print-ready file for its printer profile, PrusaSlicer's time and
filament in the manifest, and the quote the customer saw."""

from __future__ import annotations

import json
import re
import zipfile
from pathlib import Path

import pytest

from configurator.core.export import ExportOptions, export_package, verify_package
from configurator.core.export.job import print_ready_format
from configurator.core.service import BuildService
from tests.core.export.conftest import CREATED, Exported, make_facility
from tests.core.production.conftest import requires_slicer


def test_the_workshops_formats_choose_the_print_ready_file() -> None:
    assert print_ready_format(make_facility(accepted_formats=("stl", "gcode")))[0] == "gcode"
    assert print_ready_format(make_facility(accepted_formats=("stl", "3mf")))[0] == "3mf"
    assert print_ready_format(make_facility(accepted_formats=()))[0] == "gcode"
    kind, reason = print_ready_format(make_facility(accepted_formats=("step", "stl")))
    assert kind is None and "accepts neither G-code nor 3MF" in reason
    assert print_ready_format(None)[0] is None


@requires_slicer
def test_gcode_and_its_figures_are_in_the_package(packages: dict[str, Exported]) -> None:
    exported = packages["export-knob"]
    with zipfile.ZipFile(exported.path) as archive:
        manifest = json.loads(archive.read("manifest.json"))
        (part,) = [p for p in manifest["parts"] if p["process"] == "fdm"]
        printed = part["print"]
        assert printed["file"] in archive.namelist() and printed["file"] in part["files"]
        gcode = archive.read(printed["file"]).decode()
    assert printed["profile"] == "prusa-mk3s-0.4"  # the facility's printer names none: typical
    assert "names no printer profile" in printed["profile_note"]
    header = dict(
        re.findall(
            r"^; (filament used \[g\]|estimated printing time \(normal mode\)) = (.+)$", gcode, re.MULTILINE
        )
    )
    assert printed["filament_g"] == pytest.approx(float(header["filament used [g]"]), abs=1e-3)
    assert printed["source"] == f"from {printed['slicer']}, profile prusa-mk3s-0.4"
    assert printed["print_time_s"] > 0 and printed["layers"] > 0
    assert "quote" not in manifest  # nobody was shown a quote for this export
    assert verify_package(exported.path).passed


@requires_slicer
def test_a_3mf_project_and_the_quote_go_with_the_package(service: BuildService, tmp_path: Path) -> None:
    from configurator.app.quoting import quote_build

    shop = make_facility(accepted_formats=("stl", "3mf"))
    build = service.build(service.request("export-knob", {}))
    quote, _, _ = quote_build(build, shop, 2)
    path = tmp_path / "knob.zip"
    export_package(
        service,
        service.request("export-knob", {}),
        path,
        facility=shop,
        options=ExportOptions(quantity=2, created_utc=CREATED, preview="software"),
        quote=quote.to_dict(),
    )
    with zipfile.ZipFile(path) as archive:
        manifest = json.loads(archive.read("manifest.json"))
        printed = next(p for p in manifest["parts"] if p["process"] == "fdm")["print"]
        assert printed["file"].endswith(".3mf")
        with zipfile.ZipFile(archive.open(printed["file"])) as project:
            config = project.read("Metadata/Slic3r_PE.config").decode()
        shown = json.loads(archive.read("quote.json"))
        report = archive.read("eco-report.html").decode()
    assert re.search(r"^filament_density = 1\.24$", config, re.MULTILINE)
    assert re.search(r"^support_material = 1$", config, re.MULTILINE)
    assert shown == json.loads(json.dumps(quote.to_dict()))
    assert manifest["quote"]["total"] == shown["total"] and manifest["quote"]["file"] == "quote.json"
    assert "Quote shown to the customer" in report
    report_v = verify_package(path)
    assert report_v.passed, [f for f in report_v.findings if f.level != "ok"]

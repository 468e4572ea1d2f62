"""The job sheet says what the files really do: the finger box's DXF outlines include half the
kerf on every edge (150 mm → 150.15 mm), and machine checks against an assumed inventory show
*unknown*, not pass."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

from configurator.core.export import ExportOptions, export_package, verify_package
from configurator.core.export.geometry_compare import dxf_polylines
from configurator.core.facilities.model import Facility, Location, Machine
from configurator.core.service import BuildService


def _lab(verified: bool) -> Facility:
    return Facility(
        id="lab",
        name="Assumed Lab",
        kind="fablab_okw",
        location=Location(country="FR", city="Lyon"),
        inventory_verified=verified,
        machines=(
            Machine(
                "laser",
                "Laser cutter",
                (600.0, 300.0, 10.0),
                ("birch_plywood", "mdf", "acrylic"),
                sheet_thicknesses_mm=(3.0, 4.0, 6.0),
            ),
        ),
    )


def _export(service: BuildService, tmp_path: Path, verified: bool) -> tuple[Path, dict]:  # type: ignore[type-arg]
    path = tmp_path / f"box-{verified}.zip"
    export_package(
        service,
        service.request("finger-box", {"length": 150, "kerf": 0.15}),
        path,
        facility=_lab(verified),
        options=ExportOptions(preview="software", mesh_quality="coarse"),
    )
    with zipfile.ZipFile(path) as archive:
        return path, json.loads(archive.read("manifest.json"))


def test_kerf_in_the_job_sheet_is_what_the_dxf_outline_does(
    build_service: BuildService, tmp_path: Path
) -> None:
    path, manifest = _export(build_service, tmp_path, verified=True)
    assert verify_package(path).passed
    bottom = next(p for p in manifest["job_sheet"]["parts"] if p["part"] == "bottom")
    assert bottom["kerf"]["status"] == "included" and bottom["kerf"]["allowance_mm"] == 0.15
    assert "set kerf compensation to 0" in bottom["kerf"]["note"]
    with zipfile.ZipFile(path) as archive:
        cut = dxf_polylines(archive.read("parts/bottom.dxf"))["CUT"]
        sheet = archive.read("job-sheet.html").decode()
    points = [p for line in cut for p in line.tolist()]
    width = max(p[0] for p in points) - min(p[0] for p in points)
    # The outline really is grown by half the kerf on each side: 150 mm → 150.15 mm.
    assert abs(width - 150.15) < 1e-3, width
    assert "already includes a kerf allowance of 0.15 mm" in sheet
    assert all(p["machine"]["declared"] for p in manifest["job_sheet"]["parts"])
    assert manifest["dfm"]["status"] == "pass"
    assert manifest["job_sheet"]["assembly"][0]["text"].startswith("2 × finger joint between")


def test_checks_against_an_assumed_inventory_are_unknown(build_service: BuildService, tmp_path: Path) -> None:
    _, manifest = _export(build_service, tmp_path, verified=False)
    machine_checks = [
        c
        for c in manifest["dfm"]["checks"]
        if c["check"] in ("process", "envelope", "material", "sheet_thickness")
    ]
    assert machine_checks and all(c["status"] == "unknown" for c in machine_checks)
    assert all("machines assumed, not declared" in c["message"] for c in machine_checks)
    assert manifest["dfm"]["status"] == "pass_with_unknowns"
    assert manifest["job_sheet"]["unknown_checks"] == len(machine_checks)
    assert not any(p["machine"]["declared"] for p in manifest["job_sheet"]["parts"])


def test_printed_parts_say_how_they_sit_in_the_file(build_service: BuildService, tmp_path: Path) -> None:
    path = tmp_path / "knob.zip"
    export_package(
        build_service,
        build_service.request("dshaft-knob", {}),
        path,
        facility=None,
        options=ExportOptions(preview="software", mesh_quality="coarse"),
    )
    with zipfile.ZipFile(path) as archive:
        manifest = json.loads(archive.read("manifest.json"))
    (part,) = manifest["job_sheet"]["parts"]
    assert part["orientation"]["bed_contact_mm2"] > 0
    assert part["orientation"]["note"].startswith("print as oriented in the file")
    assert part["machine"] == {"name": None, "declared": False, "note": "no workshop was chosen: no machine"}

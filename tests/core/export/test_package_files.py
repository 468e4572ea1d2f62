"""Every exported file opened with an independent reader: trimesh, lib3mf, ezdxf, CadQuery."""

from __future__ import annotations

import csv
import io
import json
import tomllib
import zipfile
from typing import Any

import numpy as np
import pytest

from tests.core.export.conftest import CREATED, Exported

VOLUME_TOLERANCE = 0.005


def _read(package: Exported, name: str) -> bytes:
    with zipfile.ZipFile(package.path) as archive:
        return archive.read(name)


def _manifest(package: Exported) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(_read(package, "manifest.json"))
    return data


def _part(package: Exported, name: str) -> dict[str, Any]:
    return next(p for p in _manifest(package)["parts"] if p["name"] == name)


def _lib3mf_mesh(data: bytes) -> tuple[Any, np.ndarray, np.ndarray]:
    import lib3mf

    wrapper = lib3mf.get_wrapper()
    model = wrapper.CreateModel()
    reader = model.QueryReader("3mf")
    reader.ReadFromBuffer(bytearray(data))
    assert reader.GetWarningCount() == 0
    objects = model.GetMeshObjects()
    assert objects.MoveNext()
    mesh = objects.GetCurrentMeshObject()
    assert not objects.MoveNext(), "one object per part"
    vertices = np.array([v.Coordinates[0:3] for v in mesh.GetVertices()], dtype=np.float64)
    faces = np.array([t.Indices[0:3] for t in mesh.GetTriangleIndices()], dtype=np.int64)
    return model, vertices, faces


@pytest.mark.parametrize("template_id, part", [("export-knob", "knob"), ("export-kit", "bracket")])
def test_printed_part_meshes_are_watertight_and_keep_the_volume(
    packages: dict[str, Exported],
    template_id: str,
    part: str,
) -> None:
    import lib3mf
    import trimesh

    package = packages[template_id]
    volume = _part(package, part)["volume_mm3"]
    stl = trimesh.load(io.BytesIO(_read(package, f"parts/{part}.stl")), file_type="stl", force="mesh")
    assert isinstance(stl, trimesh.Trimesh)
    assert stl.is_watertight and stl.is_winding_consistent
    assert stl.volume == pytest.approx(volume, rel=VOLUME_TOLERANCE)
    assert b"units=mm" in _read(package, f"parts/{part}.stl")[:80]

    model, vertices, faces = _lib3mf_mesh(_read(package, f"parts/{part}.3mf"))
    assert model.GetUnit() == lib3mf.ModelUnit.MilliMeter
    three_mf = trimesh.Trimesh(vertices, faces, process=False)
    assert len(three_mf.vertices) == len(np.unique(vertices, axis=0)), "vertices are shared"
    assert three_mf.is_watertight and three_mf.is_winding_consistent
    assert three_mf.volume == pytest.approx(volume, rel=VOLUME_TOLERANCE)


@pytest.mark.parametrize("template_id", ["export-knob", "export-panel", "export-kit"])
def test_step_files_import_with_the_same_volume(
    packages: dict[str, Exported], template_id: str, tmp_path: Any
) -> None:
    import cadquery as cq

    package = packages[template_id]
    for part in _manifest(package)["parts"]:
        step = tmp_path / f"{part['name']}.step"
        step.write_bytes(_read(package, f"parts/{part['name']}.step"))
        solid = cq.importers.importStep(str(step)).val()
        assert isinstance(solid, cq.Shape)
        assert solid.Volume() == pytest.approx(part["volume_mm3"], rel=1e-6)


def test_dxf_has_closed_cut_outlines_and_engraving_on_its_own_layer(
    packages: dict[str, Exported],
) -> None:
    from ezdxf import path as ezpath
    from ezdxf.entities.lwpolyline import LWPolyline
    from ezdxf.filemanagement import read as read_dxf
    from ezdxf.math import area

    package = packages["export-panel"]
    doc = read_dxf(io.StringIO(_read(package, "parts/panel.dxf").decode()))
    assert doc.header["$INSUNITS"] == 4  # millimetres
    msp = doc.modelspace()
    cuts = msp.query("*[layer=='CUT']")
    engraved = msp.query("*[layer=='ENGRAVE']")
    assert {e.dxftype() for e in cuts} <= {"LWPOLYLINE", "CIRCLE"}
    assert all(isinstance(e, LWPolyline) and e.closed for e in cuts.query("LWPOLYLINE"))
    assert len(engraved) == 2 and not set(cuts) & set(engraved)
    # The outer outline's area is the panel's (120 x 80, corners rounded r = 4).
    outer = max(abs(area(list(ezpath.make_path(e).flattening(0.01)))) for e in cuts.query("LWPOLYLINE"))
    assert outer == pytest.approx(120 * 80 - (4 - np.pi) * 16, rel=1e-4)
    # Cut length in the manifest = length of the B-rep outlines (fillets, holes, slot, cut-out).
    assert _part(package, "panel")["cut_length_mm"] > 2 * (120 + 80) - 8


def test_manifest_records_template_params_facility_quantities_and_checks(
    packages: dict[str, Exported],
) -> None:
    manifest = _manifest(packages["export-kit"])
    import hashlib

    from tests.core.export.conftest import TEMPLATES

    content = hashlib.sha256(
        b"export_kit.py\0" + hashlib.sha256((TEMPLATES / "export_kit.py").read_bytes()).digest()
    ).hexdigest()
    assert manifest["template"] == {
        "id": "export-kit",
        "version": "2.0.1",
        "name": "Test shelf kit",
        "author": "",
        "license": "",
        "origin": "file",
        "content_sha256": content,
    }
    assert manifest["created_utc"] == CREATED
    assert manifest["params"] == {"depth": 80.0, "width": 200.0, "bracket_material": "petg"}
    assert manifest["facility"]["id"] == "test-lab"
    assert manifest["processes"] == ["fdm", "laser"]
    bracket = _part(packages["export-kit"], "bracket")
    assert (bracket["quantity_per_product"], bracket["quantity"]) == (2, 6)
    assert bracket["machine"] == "Prusa MK4"
    assert manifest["hardware"][0]["quantity"] == 12
    assert manifest["dfm"]["status"] == "pass"
    checks = {(c["part"], c["check"]) for c in manifest["dfm"]["checks"]}
    assert {
        ("shelf", "sheet_thickness"),
        ("shelf", "flat"),
        ("shelf", "min_feature"),
        ("bracket", "envelope"),
        ("bracket", "min_wall"),
    } <= checks
    paths = {f["path"] for f in manifest["files"]}
    # the test lab lists no formats: its printed part also comes as G-code (when PrusaSlicer is here)
    from configurator.core.production.slicer import find_slicer

    printed = {"print/bracket.gcode"} if find_slicer() is not None else set()
    assert (
        paths
        == {
            "parts/bracket.step",
            "parts/bracket.stl",
            "parts/bracket.3mf",
            "parts/shelf.step",
            "parts/shelf.dxf",
            "bom.csv",
            "job-sheet.html",
            "okh.toml",
            "eco-report.html",
            "eco-report.pdf",
            "preview.png",
            "fit-report.txt",
            "fit-report.json",
        }
        | printed
    )
    # the export test template declares no conditions of use: the package says so, never "holds"
    assert manifest["fit"]["status"] == "unknown" and manifest["fit"]["conditions"] == 0


def test_bom_okh_and_preview(packages: dict[str, Exported]) -> None:
    package = packages["export-kit"]
    rows = list(csv.DictReader(io.StringIO(_read(package, "bom.csv").decode())))
    assert [(r["kind"], r["name"], r["quantity"]) for r in rows] == [
        ("part", "bracket", "6"),
        ("part", "shelf", "3"),
        ("hardware", "wood screw", "12"),
    ]
    okh = tomllib.loads(_read(package, "okh.toml").decode())
    assert okh["okhv"] == "OKH-LOSHv1.0" and okh["bom"] == "bom.csv"
    assert [p["name"] for p in okh["part"]] == ["bracket", "shelf"]
    assert okh["part"][0]["tsdc"] == "3DP" and okh["part"][1]["export"] == ["parts/shelf.dxf"]
    from PIL import Image

    image = Image.open(io.BytesIO(_read(package, "preview.png")))
    assert image.size == (800, 600)
    pixels = np.asarray(image.convert("RGB"))
    assert (pixels != 255).any(axis=2).mean() > 0.05, "the product is drawn, not a blank image"
    assert _manifest(package)["preview"]["method"] in ("vtk-offscreen", "software-raster")


def test_eco_report_carries_the_real_figures_with_sources(packages: dict[str, Exported]) -> None:
    package = packages["export-knob"]
    eco = package.eco
    assert eco is not None
    summary = _manifest(package)["eco"]
    assert summary["status"] == "evaluated"
    assert summary["grade"] == eco["grade"]["letter"]
    assert summary["total_co2e_kg"] == eco["total"]["co2e_kg"]
    html = _read(package, "eco-report.html").decode()
    for factor in eco["factors"].values():
        assert factor["id"] in html
    for line in eco["trace"].values():
        assert line["rule"] in html
    flagged = [f for f in eco["flags"]]
    assert flagged, "the knob's report relies on estimates (FDM waste, printer power)"
    for flag in flagged:
        assert f"[{flag['status'].upper()}] {flag['factor']}" in html or flag["factor"] in html
    assert 'class="flagged"' in html
    assert _read(package, "eco-report.pdf").startswith(b"%PDF-")


def test_without_eco_the_report_says_not_evaluated(packages: dict[str, Exported]) -> None:
    package = packages["export-panel"]
    assert _manifest(package)["eco"]["status"] == "not_evaluated"
    assert "Not evaluated" in _read(package, "eco-report.html").decode()

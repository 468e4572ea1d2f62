"""Bring your own model: STL, 3MF, STEP and OKH imports, checks, repairs, units, and the model
as a template through build, eco, export and verify. Every sample is made here."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path
from typing import Any

import numpy as np
import pytest
import trimesh

from configurator.core.export.mesh_formats import three_mf_bytes
from configurator.core.export.thickness import _cast_mesh
from configurator.core.imported.declared_load import DeclaredLoad
from configurator.core.imported.importer import ImportRequest, run_import
from configurator.core.imported.store import list_models, read_model
from configurator.core.registry import TemplateRegistry
from configurator.core.trust import TrustAll
from configurator.sdk.errors import FabwiseError


def _request(path: Path, models: Path, **kwargs: object) -> ImportRequest:
    return ImportRequest(str(path), str(models), **kwargs)  # type: ignore[arg-type]


def archive_text(path: Path, name: str) -> str:
    with zipfile.ZipFile(path) as archive:
        return archive.read(name).decode("utf-8")


def _box(size: tuple[float, float, float]) -> trimesh.Trimesh:
    box: trimesh.Trimesh = trimesh.creation.box(size)
    return box


def test_stl_imports_stands_on_bed_and_keeps_volume(tmp_path: Path) -> None:
    path = tmp_path / "bracket.stl"
    box = _box((40, 20, 10))
    box.apply_translation((100, 50, 33))
    box.export(path)
    report = run_import(_request(path, tmp_path / "models"))
    assert report.id == "model-bracket"
    part = report.parts[0]
    assert part.kind == "mesh" and part.triangles == 12
    assert part.size_mm == pytest.approx((40, 20, 10))
    assert part.volume_mm3 == pytest.approx(8000)
    assert part.repairs == []
    model = read_model(Path(report.folder))
    assert model.parts[0].kind == "mesh"
    with np.load(Path(report.folder) / model.parts[0].file) as data:
        vertices = data["vertices"]
    assert vertices[:, 2].min() == pytest.approx(0.0)
    assert vertices[:, 0].min() == pytest.approx(-20.0)


def test_non_manifold_mesh_is_refused_and_nothing_written(tmp_path: Path) -> None:
    first = _box((10, 10, 10))
    second = _box((10, 10, 10))
    second.apply_translation((10, 0, 10))  # touches the first along one edge only
    path = tmp_path / "touching.stl"
    joined: Any = trimesh.util.concatenate([first, second])  # trimesh is untyped
    joined.export(path)
    models = tmp_path / "models"
    with pytest.raises(FabwiseError, match="non-manifold") as caught:
        run_import(_request(path, models))
    assert caught.value.hint and "mesh editor" in caught.value.hint
    assert list_models(models) == []
    assert not models.exists() or not any(models.iterdir())


def test_flat_hole_and_flipped_triangles_are_repaired_and_reported(tmp_path: Path) -> None:
    box = _box((30, 20, 10)).subdivide()
    centres = box.triangles_center
    top = np.isclose(centres[:, 2], 5.0)
    faces = box.faces[~top].copy()
    faces[:3] = faces[:3, ::-1]  # three triangles face inwards
    faces = np.concatenate([faces, faces[5:7]])  # and two are there twice
    path = tmp_path / "open_tray.stl"
    trimesh.Trimesh(box.vertices, faces, process=False).export(path)
    report = run_import(_request(path, tmp_path / "models"))
    repairs = " | ".join(report.parts[0].repairs)
    assert "removed 2 duplicate" in repairs
    assert "closed 1 flat hole" in repairs
    assert "turned 3 triangle" in repairs
    assert report.parts[0].volume_mm3 == pytest.approx(6000)


def test_a_hole_that_is_not_flat_is_not_guessed(tmp_path: Path) -> None:
    sphere = trimesh.creation.icosphere(subdivisions=3, radius=20)
    keep = sphere.triangles_center[:, 2] < 12
    path = tmp_path / "broken_ball.stl"
    trimesh.Trimesh(sphere.vertices, sphere.faces[keep], process=False).export(path)
    with pytest.raises(FabwiseError, match="not flat"):
        run_import(_request(path, tmp_path / "models"))


def test_inch_file_is_flagged_and_imported_once_the_unit_is_given(tmp_path: Path) -> None:
    path = tmp_path / "knob_inches.stl"
    _box((1.5, 1.0, 0.75)).export(path)
    with pytest.raises(FabwiseError, match="does not say its unit") as caught:
        run_import(_request(path, tmp_path / "models"))
    assert caught.value.hint is not None and "--units in gives 38.1 mm" in caught.value.hint
    report = run_import(_request(path, tmp_path / "models", units="in"))
    assert report.parts[0].size_mm == pytest.approx((38.1, 25.4, 19.05))
    assert report.parts[0].units == "in"


def test_3mf_declared_unit_is_used(tmp_path: Path) -> None:
    box = _box((2.0, 1.0, 0.5))
    data = three_mf_bytes(box.vertices.astype(np.float32), box.faces.astype(np.int32), "block")
    with (
        zipfile.ZipFile(tmp_path / "tmp.3mf", "w") as out,
        zipfile.ZipFile(__import__("io").BytesIO(data)) as source,
    ):
        for info in source.infolist():
            content = source.read(info)
            if info.filename.endswith(".model"):
                content = content.replace(b'unit="millimeter"', b'unit="inch"')
            out.writestr(info, content)
    report = run_import(_request(tmp_path / "tmp.3mf", tmp_path / "models", name="Inch block"))
    assert report.parts[0].size_mm == pytest.approx((50.8, 25.4, 12.7))
    assert "inch" in report.parts[0].units_reason


def test_step_imports_as_exact_solid(tmp_path: Path) -> None:
    import cadquery as cq

    path = tmp_path / "spacer.step"
    spacer = cq.Workplane().circle(15).circle(5).extrude(8).val()
    assert isinstance(spacer, cq.Shape)
    spacer.exportStep(str(path))
    report = run_import(_request(path, tmp_path / "models"))
    part = report.parts[0]
    assert part.kind == "brep" and part.triangles is None
    assert part.volume_mm3 == pytest.approx(np.pi * (15**2 - 5**2) * 8, rel=1e-6)
    with pytest.raises(FabwiseError, match="STEP file states its own unit"):
        run_import(_request(path, tmp_path / "models", units="in", replace=True))


def test_unreadable_and_unknown_files_get_clear_errors(tmp_path: Path) -> None:
    junk = tmp_path / "junk.stl"
    junk.write_bytes(b"\x00\x01 not a mesh")
    with pytest.raises(FabwiseError, match=r"junk\.stl"):
        run_import(_request(junk, tmp_path / "models"))
    other = tmp_path / "drawing.dwg"
    other.write_bytes(b"x")
    with pytest.raises(FabwiseError, match="imports STL, 3MF and STEP"):
        run_import(_request(other, tmp_path / "models"))


def test_same_name_is_kept_unless_replaced(tmp_path: Path) -> None:
    path = tmp_path / "cube.stl"
    _box((20, 20, 20)).export(path)
    run_import(_request(path, tmp_path / "models"))
    with pytest.raises(FabwiseError, match="already imported"):
        run_import(_request(path, tmp_path / "models"))
    _box((30, 20, 20)).export(path)
    report = run_import(_request(path, tmp_path / "models", replace=True))
    assert report.parts[0].size_mm[0] == pytest.approx(30)


OKH = """
okhv = "OKH-LOSHv1.0"
name = "Plant pot"
repo = "https://example.org/pot"
version = "2.1.0"
license = "CERN-OHL-S-2.0"
licensor = "Ada Maker"
function = "A pot for herbs on a window sill."

[[part]]
name = "pot"
tsdc = "3DP"
source = "src/pot.FCStd"
export = ["/export/pot.stl"]

[[part]]
name = "label"
source = "label.scad"
"""


def test_okh_manifest_keeps_licence_and_attribution(tmp_path: Path) -> None:
    (tmp_path / "export").mkdir()
    pot = trimesh.creation.cylinder(radius=40, height=60)
    pot.export(tmp_path / "export" / "pot.stl")
    manifest = tmp_path / "okh.toml"
    manifest.write_text(OKH, encoding="utf-8")
    report = run_import(_request(manifest, tmp_path / "models"))
    assert report.name == "Plant pot" and report.license == "CERN-OHL-S-2.0"
    assert report.author == "Ada Maker"
    assert [p.name for p in report.parts] == ["pot"]
    assert report.skipped and report.skipped[0].startswith("label")
    model = read_model(Path(report.folder))
    assert "Ada Maker" in model.attribution and "https://example.org/pot" in model.attribution
    assert model.parts[0].process_hint == "fdm"


def test_okh_paths_cannot_leave_the_manifest_folder(tmp_path: Path) -> None:
    inner = tmp_path / "repo"
    inner.mkdir()
    _box((20, 20, 20)).export(tmp_path / "outside.stl")
    (inner / "okh.toml").write_text(
        'okhv = "OKH-LOSHv1.0"\nname = "x"\n[[part]]\nname = "a"\nsource = "../outside.stl"\n',
        encoding="utf-8",
    )
    with pytest.raises(FabwiseError, match="outside its folder"):
        run_import(_request(inner / "okh.toml", tmp_path / "models"))


def test_damaged_model_folder_is_listed_as_broken(tmp_path: Path) -> None:
    path = tmp_path / "cube.stl"
    _box((20, 20, 20)).export(path)
    report = run_import(_request(path, tmp_path / "models"))
    (Path(report.folder) / "model.json").write_text("{", encoding="utf-8")
    registry = TemplateRegistry.discover(
        use_entry_points=False, trust=TrustAll(), models_folder=tmp_path / "models"
    )
    assert registry.ids() == []
    assert registry.broken and "damaged" in registry.broken[0].reason


def test_mesh_thickness_rays_measure_the_wall() -> None:
    box = _box((40, 40, 6))
    origins = np.array([[0.0, 0.0, 3.05], [10.0, -5.0, 3.05]])
    directions = np.array([[0.0, 0.0, -1.0], [0.0, 0.0, -1.0]])
    distance, cosine = _cast_mesh(box.vertices, box.faces, origins, directions)
    assert distance == pytest.approx([6.0, 6.0])
    assert cosine == pytest.approx([1.0, 1.0])


def test_mesh_rays_through_the_grid_match_testing_every_triangle() -> None:
    """The grid only skips triangles a ray cannot hit: large flat triangles (a plate) and small
    curved ones (a torus) together, rays from random points on the surface."""
    from configurator.core.export.thickness import _ray_hits

    mesh = trimesh.util.concatenate([trimesh.creation.torus(30, 8), trimesh.creation.box((100, 100, 3))])
    assert isinstance(mesh, trimesh.Trimesh)
    rng = np.random.default_rng(7)
    chosen = rng.choice(len(mesh.faces), 150)
    directions = -mesh.face_normals[chosen]
    origins = mesh.triangles_center[chosen] - directions * 0.05
    distance, _ = _cast_mesh(mesh.vertices, mesh.faces, origins, directions)
    corners = mesh.vertices[mesh.faces]
    for origin, direction, found in zip(origins, directions, distance, strict=True):
        hits = np.sort(_ray_hits(origin, direction, corners))
        hits = hits[np.isfinite(hits)]
        distinct = np.concatenate([[0], np.nonzero(np.diff(hits) > 1e-4)[0] + 1])
        expected = hits[distinct[1]] - hits[0] if len(hits) >= 2 and len(distinct) > 1 else np.inf
        assert found == pytest.approx(expected)
    assert np.isfinite(distance).sum() > 100


def test_imported_model_builds_scales_and_exports_a_package_that_verifies(tmp_path: Path) -> None:
    from configurator.core.export import ExportOptions, export_package
    from configurator.core.export.verify import verify_package
    from configurator.core.service import BuildService
    from tests.core.export.conftest import make_facility

    path = tmp_path / "hook.stl"
    _box((30, 20, 10)).export(path)
    run_import(_request(path, tmp_path / "models", license="CC-BY-4.0", author="Bo"))
    registry = TemplateRegistry.discover(
        use_entry_points=False, trust=TrustAll(), models_folder=tmp_path / "models"
    )
    assert registry.get("model-hook").template.category == "Your models"
    with BuildService(registry) as service:
        result = service.build_values("model-hook", {"scale": 200, "copies": 2, "material": "petg"})
        part = result.parts[0]
        assert part.volume_mm3 == pytest.approx(6000 * 8)
        assert part.quantity == 2 and part.process == "fdm"
        with pytest.raises(FabwiseError, match="not used for"):
            service.request("model-hook", {"material": "petg", "process": "sls"})
        facility = make_facility()
        request = service.request("model-hook", {"material": "petg"})
        out = tmp_path / "hook.zip"
        summary = export_package(
            service, request, out, facility=facility, options=ExportOptions(preview="software"), timeout=600.0
        )
    assert summary.ok
    with zipfile.ZipFile(out) as archive:
        names = archive.namelist()
        manifest = json.loads(archive.read("manifest.json"))
    assert "parts/hook.stl" in names and not any(n.endswith(".step") for n in names)
    assert manifest["template"]["license"] == "CC-BY-4.0"
    assert manifest["template"]["origin"] == "imported"
    report = verify_package(out)
    assert report.passed, report.findings


def test_a_hollow_stays_hollow_and_a_flipped_body_is_turned(tmp_path: Path) -> None:
    outer = trimesh.creation.box((40, 40, 40))
    inner = trimesh.creation.box((20, 20, 20))
    inner.invert()  # a void: its faces look into the hollow
    separate = trimesh.creation.box((10, 10, 10))
    separate.apply_translation((60, 0, 0))
    separate.invert()  # a second body, all of it facing inwards: wrong
    path = tmp_path / "hollow_cube.stl"
    joined: Any = trimesh.util.concatenate([outer, inner, separate])  # trimesh is untyped
    joined.export(path)
    report = run_import(_request(path, tmp_path / "models"))
    part = report.parts[0]
    assert part.volume_mm3 == pytest.approx(40**3 - 20**3 + 10**3)
    assert any("turned 12 triangle" in r for r in part.repairs)
    assert any("3 separate shells" in n for n in part.notes)


@pytest.mark.parametrize(
    ("longest", "options"),
    [
        (0.12, ("m",)),  # drawn in metres (Blender's default)
        (4.0, ("cm", "in")),  # a 4-inch (or 4 cm) thing
        (9.5, ("cm", "in")),
        (12000.0, ()),  # nothing usual makes 12 m plausible
    ],
)
def test_implausible_sizes_name_the_units_that_fit(longest: float, options: tuple[str, ...]) -> None:
    from configurator.core.imported.units import UnitsUnclear, decide_units

    with pytest.raises(UnitsUnclear) as caught:
        decide_units(longest, declared=None, given=None, file_name="x.stl")
    assert tuple(u for u, _ in caught.value.options) == options


def test_plausible_sizes_and_stated_units_are_not_questioned() -> None:
    from configurator.core.imported.units import decide_units

    assert decide_units(85.0, declared=None, given=None, file_name="x.stl").factor == 1.0
    assert decide_units(3.0, declared="inch", given=None, file_name="x.3mf").factor == 25.4
    said = decide_units(3.0, declared=None, given="mm", file_name="x.stl")
    assert said.factor == 1.0 and "check it is what you meant" in said.reason


def test_a_step_of_two_solids_becomes_two_parts_named_from_the_file(tmp_path: Path) -> None:
    """Each solid of a STEP is its own part (named by the file's product names, else "part N"),
    built, footprinted, exported and verified like a template's parts."""
    import cadquery as cq

    from configurator.core.export import ExportOptions, export_package
    from configurator.core.export.verify import verify_package
    from configurator.core.service import BuildService
    from tests.core.export.conftest import make_facility

    assembly = cq.Assembly(name="lamp")
    assembly.add(cq.Workplane().box(30, 30, 3), name="base plate")
    assembly.add(cq.Workplane().cylinder(16, 4).translate((0, 0, 10)), name="stem")
    named = tmp_path / "lamp.step"
    assembly.export(str(named))
    unnamed = tmp_path / "pair.step"
    cq.Compound.makeCompound(
        [cq.Solid.makeBox(20, 20, 20), cq.Solid.makeBox(10, 10, 30, cq.Vector(40, 0, 0))]
    ).exportStep(str(unnamed))
    models = tmp_path / "models"
    with pytest.raises(FabwiseError, match="has 2 parts: say which one carries the load"):
        run_import(_request(named, models, load=DeclaredLoad("", "top", ("bottom",), mass_kg=1.0)))
    report = run_import(_request(named, models, load=DeclaredLoad("stem", "right", ("bottom",), mass_kg=1.0)))
    assert [p.name for p in report.parts] == ["base plate", "stem"]
    assert report.parts[0].size_mm == pytest.approx((30, 30, 3))
    assert report.parts[1].volume_mm3 == pytest.approx(np.pi * 16 * 16, rel=1e-3)
    assert "solid 2 of 2 (named 'stem' in the file)" in report.parts[1].notes[0]
    pair = run_import(_request(unnamed, models))
    assert [p.name for p in pair.parts] == ["part 1", "part 2"]
    assert [p.size_mm[2] for p in pair.parts] == pytest.approx([20, 30])

    registry = TemplateRegistry.discover(use_entry_points=False, trust=TrustAll(), models_folder=models)
    with BuildService(registry) as service:
        built = service.build_values("model-lamp", {"material": "petg"})
        assert [(p.name, p.process) for p in built.parts] == [("base plate", "fdm"), ("stem", "fdm")]
        from eco_rules import EcoContext, default_engine

        eco = default_engine().evaluate(built, EcoContext(distance_km=5.0, transport_mode="bicycle"))
        assert eco.total_co2e_kg.value > 0
        assert {line.subject for line in eco.lines.values()} >= {"base plate", "stem"}
        request = service.request("model-lamp", {"material": "petg"})
        out = tmp_path / "lamp.zip"
        summary = export_package(
            service,
            request,
            out,
            facility=make_facility(),
            options=ExportOptions(preview="software", mesh_quality="coarse"),
            timeout=600.0,
        )
    assert summary.ok
    with zipfile.ZipFile(out) as archive:
        names = archive.namelist()
        manifest = json.loads(archive.read("manifest.json"))
    assert {"parts/base-plate.step", "parts/stem.step"} <= set(names), names
    assert [p["name"] for p in manifest["parts"]] == ["base plate", "stem"]
    fit = json.loads(archive_text(out, "fit-report.json"))
    assert [(v["kind"], v["part"], v["status"]) for v in fit["verdicts"]] == [("load", "stem", "holds")]
    assert verify_package(out).passed


OKH_HINTS = """
okhv = "OKH-LOSHv1.0"
name = "{name}"
license = "CC0-1.0"
manufacturing-process = "{process}"

[[part]]
name = "body"
material = "{material}"
source = "body.stl"
"""


@pytest.mark.parametrize(
    ("process", "material", "expected", "said", "unused"),
    [
        ("3D printing", "PETG", ("petg", "auto"), ["process FDM 3D printing", "material PETG"], []),
        ("FDM", "", ("pla", "auto"), ["process FDM 3D printing", "material PLA: the first"], []),
        ("CNC milling", "aluminum", ("aluminium", "auto"), ["process CNC milling", "material Aluminium"], []),
        (
            "laser cutting",
            "unobtainium",
            ("pla", "auto"),
            [],
            ["Laser cutting needs a flat outline", "not a material"],
        ),
        ("hand carving", "PLA", ("pla", "auto"), ["material PLA"], ["not a process Fabwise knows"]),
        (
            "3D printing",
            "Aluminium",
            ("pla", "auto"),
            ["process FDM", "material PLA: the first"],
            ["not used for FDM"],
        ),
    ],
)
def test_okh_process_and_material_hints_choose_the_defaults_and_say_why(
    tmp_path: Path,
    process: str,
    material: str,
    expected: tuple[str, str],
    said: list[str],
    unused: list[str],
) -> None:
    _box((30, 20, 10)).export(tmp_path / "body.stl")
    manifest = tmp_path / "okh.toml"
    manifest.write_text(OKH_HINTS.format(name="Clip", process=process, material=material), encoding="utf-8")
    report = run_import(_request(manifest, tmp_path / "models"))
    for expected_text, chosen in zip(said, report.choices, strict=True):
        assert chosen.startswith(expected_text), report.choices
    assert all("because" in c or "first catalogue" in c for c in report.choices)
    assert len(report.unused_hints) == len(unused), report.unused_hints
    for text in unused:
        assert any(text in u for u in report.unused_hints), report.unused_hints
    registry = TemplateRegistry.discover(
        use_entry_points=False, trust=TrustAll(), models_folder=tmp_path / "models"
    )
    schema = registry.get("model-clip").template.schema
    defaults = schema.defaults()
    assert (defaults["material"], defaults["process"]) == expected

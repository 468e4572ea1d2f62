"""Every shipped template: its exported package verifies, and every geometry file in it matches a
rebuild from the manifest (template id, version, content hash, parameters). Coarse meshes and the
software preview keep it fast; the comparison is the same at every quality."""

from __future__ import annotations

from pathlib import Path

import pytest

from configurator.core.export import ExportOptions, export_package, verify_package
from configurator.core.export.rebuild import rebuild_package
from configurator.core.service import BuildService
from parts_library import CATALOGUE


@pytest.mark.parametrize("template_id", sorted(CATALOGUE))
def test_package_of_each_shipped_template_matches_its_rebuild(
    template_id: str, build_service: BuildService, tmp_path: Path
) -> None:
    path = tmp_path / f"{template_id}.zip"
    export_package(
        build_service,
        build_service.request(template_id, {}),
        path,
        facility=None,
        options=ExportOptions(mesh_quality="coarse", preview="software", created_utc="2026-12-03T08:00:00Z"),
    )
    report = verify_package(path)
    assert report.passed, [f"{f.subject}: {f.message}" for f in report.findings if f.level == "error"]
    assert report.manifest is not None
    assert all(p["mesh_quality"] == "coarse" for p in report.manifest["parts"])
    rebuilt = rebuild_package(path, report.manifest, build_service)
    assert rebuilt.status == "same", rebuilt.differences() or rebuilt.reason
    geometry = [f for f in report.manifest["files"] if f["format"] in ("step", "stl", "3mf", "dxf")]
    assert len(rebuilt.files) == len(geometry) > 0

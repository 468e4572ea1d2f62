"""The published schema, and rebuilding the same geometry from a manifest."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from configurator.core.export import compare_geometry, params_from_manifest
from configurator.core.export.manifest import manifest_schema
from configurator.core.service import BuildService
from configurator.sdk.errors import FabwiseError
from tests.core.export.conftest import Exported

DOCS_SCHEMA = Path(__file__).resolve().parents[3] / "docs" / "manifest.schema.json"


def test_docs_publish_the_schema_the_code_uses() -> None:
    assert json.loads(DOCS_SCHEMA.read_text(encoding="utf-8")) == manifest_schema()


@pytest.mark.parametrize("template_id", ["export-knob", "export-kit"])
def test_rebuild_from_manifest_gives_the_same_geometry(
    packages: dict[str, Exported],
    service: BuildService,
    template_id: str,
) -> None:
    variant = params_from_manifest(packages[template_id].path)
    assert (variant.template_id, variant.quantity, variant.facility_id) == (template_id, 3, "test-lab")
    entry = service.registry.get(variant.template_id)
    assert entry.template.version == variant.template_version
    rebuilt = service.build(service.request(variant.template_id, variant.params, quality="export"))
    assert compare_geometry(variant, rebuilt.parts) == []


def test_a_different_variant_is_reported(packages: dict[str, Exported], service: BuildService) -> None:
    variant = params_from_manifest(packages["export-knob"].path)
    other = service.build(service.request("export-knob", {**variant.params, "diameter": 31}))
    differences = compare_geometry(variant, other.parts)
    assert any(d.startswith("part 'knob': volume") for d in differences)
    assert any("size along x" in d for d in differences)
    renamed = replace(variant, parts=({**variant.parts[0], "name": "old-knob"},))
    assert compare_geometry(renamed, other.parts) == [
        "part 'knob' exists only in the rebuild",
        "part 'old-knob' exists only in the manifest",
    ]


def test_manifest_json_file_and_bad_manifests(packages: dict[str, Exported], tmp_path: Path) -> None:
    import zipfile

    with zipfile.ZipFile(packages["export-knob"].path) as archive:
        data = json.loads(archive.read("manifest.json"))
    loose = tmp_path / "manifest.json"
    loose.write_text(json.dumps(data))
    assert params_from_manifest(loose).params == data["params"]
    data["params"] = "diameter=30"
    loose.write_text(json.dumps(data))
    with pytest.raises(FabwiseError, match="does not match the published schema: params"):
        params_from_manifest(loose)
    loose.write_text("{not json")
    with pytest.raises(FabwiseError, match="not valid JSON"):
        params_from_manifest(loose)
    with pytest.raises(FabwiseError, match="does not exist"):
        params_from_manifest(tmp_path / "nope.zip")

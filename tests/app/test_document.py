"""The design document without Qt: values, drag preview, issues (checked once per change), where it
is made, name, file, unsaved changes and user presets; and the CLI's way in (open_variant)."""

from __future__ import annotations

from pathlib import Path

import pytest

from configurator.app.document import Change, DesignDocument, open_variant
from configurator.app.presets import UserPresets
from configurator.core.designs import Design, write_design
from configurator.core.registry import TemplateRegistry
from configurator.core.trust import TrustAll
from configurator.sdk.errors import FabwiseError, ValidationError
from configurator.sdk.schema import Schema

SAMPLES = Path(__file__).resolve().parents[1] / "ui" / "sample_templates"


@pytest.fixture
def registry() -> TemplateRegistry:
    return TemplateRegistry.discover([SAMPLES], use_entry_points=False, trust=TrustAll())


@pytest.fixture
def document(registry: TemplateRegistry, tmp_path: Path) -> DesignDocument:
    doc = DesignDocument(registry, UserPresets(tmp_path / "presets"))
    doc.open("sample-box")
    return doc


def test_a_new_design_has_defaults_no_name_and_nothing_unsaved(document: DesignDocument) -> None:
    assert document.values["width"] == 60
    assert document.title == "Sample box" and document.name == ""
    assert document.saved_id is None and document.path is None
    assert not document.is_dirty and document.issues == []


def test_changes_make_it_dirty_and_changing_back_makes_it_clean(document: DesignDocument) -> None:
    heard: list[Change] = []
    document.subscribe(heard.append)
    document.commit({"width": 80})
    assert document.is_dirty and heard == [Change.VALUES, Change.DIRTY]
    document.commit({"width": 60})
    assert not document.is_dirty and heard[-1] is Change.DIRTY


def test_dragged_values_sit_on_top_and_are_checked_once_per_change(
    document: DesignDocument, monkeypatch: pytest.MonkeyPatch
) -> None:
    checks: list[object] = []
    original = Schema.check

    def counting(self: Schema, values: object, **kwargs: object) -> object:
        checks.append(values)
        return original(self, values, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(Schema, "check", counting)
    document.set_preview({"wall": 40})  # too thick for the width, and out of range
    assert document.shown_values["wall"] == 40 and document.values["wall"] == 2
    assert document.issues and document.shown_canonical is None
    assert document.canonical_values() is not None  # the committed values are still valid
    assert not document.is_dirty  # dragging is not a change until committed
    before = len(checks)
    assert document.canonical_values() is not None and document.issues
    assert len(checks) == before  # reading the state re-validates nothing
    assert document.end_preview() and document.issues == []


def test_saving_reads_the_document_and_marks_it_clean(document: DesignDocument) -> None:
    document.commit({"width": 90})
    document.set_place("Leeds, GB")
    document.set_facility("fablab-leeds")
    design = document.to_design("Hall box")
    assert design is not None
    assert (design.params["width"], design.place, design.facility_id, design.name) == (
        90,
        "Leeds, GB",
        "fablab-leeds",
        "Hall box",
    )
    document.mark_saved("Hall box", saved_id="hall-box")
    assert not document.is_dirty and document.title == "Hall box"
    document.set_facility(None)  # another workshop is a change to save
    assert document.is_dirty


def test_opening_a_saved_design_says_what_did_not_carry_over(document: DesignDocument) -> None:
    design = Design(
        "sample-box", "0.9.0", {"width": 70, "gone": 1}, name="Old box", facility_id="f1", place="York"
    )
    notes = document.open_design(design, saved_id="old-box")
    assert document.values["width"] == 70 and "gone" not in document.values
    assert (document.name, document.saved_id, document.place, document.facility_id) == (
        "Old box",
        "old-box",
        "York",
        "f1",
    )
    assert any("version 0.9.0" in n for n in notes) and any("'gone'" in n for n in notes)
    assert not document.is_dirty
    document.open_design(design, unsaved=True)  # a restored autosave stays unsaved work
    assert document.is_dirty


def test_user_presets_come_after_the_templates_own(document: DesignDocument) -> None:
    document.commit({"width": 150, "height": 90})
    document.save_preset("Mine")
    document.commit({"width": 60})
    assert document.preset_names() == ["Tall", "Mine"]
    assert document.preset_values("Mine")["width"] == 150
    assert document.preset_values("Tall")["height"] == 120
    with pytest.raises(FabwiseError, match="no preset 'Nope'"):
        document.preset_values("Nope")


def test_open_variant_takes_a_design_file_a_user_preset_and_set_values(
    registry: TemplateRegistry, tmp_path: Path
) -> None:
    presets = UserPresets(tmp_path / "presets")
    presets.save("sample-box", "Wide", {"width": 180})
    path = write_design(tmp_path / "box", Design("sample-box", "1.0.0", {"height": 50}))
    document = open_variant(registry, design_file=path, preset="Wide", values={"depth": 55}, presets=presets)
    assert {k: document.values[k] for k in ("width", "height", "depth")} == {
        "width": 180,
        "height": 30,
        "depth": 55,
    }  # a preset starts from the defaults
    document = open_variant(registry, design_file=path, values={"depth": 55}, presets=presets)
    assert document.valid_values()["height"] == 50
    with pytest.raises(FabwiseError, match="not of 'other'"):
        open_variant(registry, "other", design_file=path)
    bad = open_variant(registry, "sample-box", values={"wall": 29})
    with pytest.raises(ValidationError):
        bad.valid_values()


def test_a_preset_keeps_the_chosen_material_unless_it_names_one(document: DesignDocument) -> None:
    """Issue 15 #6: applying a preset silently reset the chosen material."""
    document.commit({"material": "petg", "width": 90})
    values = document.preset_values("Tall")
    assert values["height"] == 120 and values["width"] == 60  # a shape: the rest from defaults
    assert values["material"] == "petg"  # the material choice is kept


def test_presets_read_as_words() -> None:
    from configurator.sdk.schema import Preset

    assert Preset("tv-remote", {}).title == "Tv remote"
    assert Preset("tv-remote", {}, label="TV remote").title == "TV remote"
    assert Preset("bedside_e14", {}).title == "Bedside e14"

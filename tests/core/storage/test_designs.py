"""Saved designs live in the app database; a design file round-trips; damage is explained."""

from __future__ import annotations

from pathlib import Path

import pytest

from configurator.core.designs import Design, DesignStore, read_design, write_design
from configurator.core.storage import MIGRATIONS, open_database, schema_version
from configurator.sdk.errors import FabwiseError


def test_database_is_migrated_to_the_latest_version(tmp_path: Path) -> None:
    opened = open_database(tmp_path / "fabwise.db")
    assert opened.schema_version == MIGRATIONS[-1].version == schema_version(opened.db)
    assert {"facilities", "designs", "exports"} <= set(opened.db.table_names())
    assert opened.db.journal_mode == "wal"


def test_save_list_replace_and_delete(tmp_path: Path) -> None:
    store = DesignStore(tmp_path / "fabwise.db")
    first = Design(
        "shelf-bracket",
        "1.0.0",
        {"depth": 120.0},
        name="Kitchen shelf",
        facility_id="example-atelier-canal",
        place="Lyon, FR",
    )
    design_id = store.save(first)
    assert design_id == "kitchen-shelf"
    again = store.get(design_id)
    assert again.params == {"depth": 120.0} and again.place == "Lyon, FR"
    store.save(Design("shelf-bracket", "1.0.0", {"depth": 140.0}, name="Kitchen shelf"))
    assert [d.params["depth"] for _, d in store.designs()] == [140.0]  # same name: replaced
    store.save(Design("dshaft-knob", "1.0.0", {}, name="Oven knob"))
    assert {i for i, _ in store.designs()} == {"kitchen-shelf", "oven-knob"}
    assert store.delete("oven-knob") and not store.delete("oven-knob")
    with pytest.raises(FabwiseError, match="no saved design 'oven-knob'"):
        store.get("oven-knob")
    store.close()
    reopened = DesignStore(tmp_path / "fabwise.db")
    assert [i for i, _ in reopened.designs()] == ["kitchen-shelf"]


def test_design_file_round_trip_and_damage(tmp_path: Path) -> None:
    design = Design("finger-box", "1.0.0", {"width": 180.0, "lid_text": "ANNA"}, name="Gift")
    path = write_design(tmp_path / "gift", design)
    assert path.suffix == ".fabwise"
    assert read_design(path).params == design.params
    assert not list(tmp_path.glob(".*.tmp")), "no temporary file left behind"
    path.write_text("{ not json")
    with pytest.raises(FabwiseError, match="damaged"):
        read_design(path)


def test_a_damaged_database_is_kept_and_rebuilt(tmp_path: Path) -> None:
    db_path = tmp_path / "fabwise.db"
    db_path.write_bytes(b"this is not a database" * 100)
    store = DesignStore(db_path)
    assert store.warnings and "was damaged" in store.warnings[0]
    assert list(tmp_path.glob("fabwise.db.corrupt-*"))
    assert store.designs() == []


def test_export_history_records_packages(tmp_path: Path) -> None:
    from configurator.core.export_history import export_history, record_export
    from configurator.sdk.results import BuildRequest, TemplateRef

    package = tmp_path / "out.zip"
    package.write_bytes(b"PK fake package")
    request = BuildRequest(
        TemplateRef("finger-box", "1.0.0", "builtin", "x:y", "1.0.0"),
        {"width": 180.0, "material": "birch_plywood"},
    )
    db = tmp_path / "fabwise.db"
    assert record_export(package, request, "example-atelier-canal", db_path=db)
    (row,) = export_history(db)
    assert row["template_id"] == "finger-box" and row["material"] == "birch_plywood"
    assert row["facility_id"] == "example-atelier-canal" and len(row["sha256"]) == 64
    assert not record_export(tmp_path / "missing.zip", request, None, db_path=db)


# -- issue 13, finding 5: a design's identity does not come from its name ------------------------


@pytest.mark.parametrize(
    "names",
    [
        ("Стул", "Полка", "日本の箱"),  # all slugged to "design" before
        ("My Box!", "my box"),  # both slugged to "my-box" before
        ("Café", "Cafe", "café"),
    ],
)
def test_designs_with_distinct_names_never_replace_each_other(tmp_path: Path, names: tuple[str, ...]) -> None:
    store = DesignStore(tmp_path / "fabwise.db")
    ids = [
        store.save(Design("finger-box", "1.0.0", {"width": 100.0 + i}, name=name))
        for i, name in enumerate(names)
    ]
    assert len(set(ids)) == len(names)
    for i, (design_id, name) in enumerate(zip(ids, names, strict=True)):
        saved = store.get(design_id)
        assert saved.name == name and saved.params == {"width": 100.0 + i}
        assert store.find(name) == design_id
    assert len(store.designs()) == len(names)
    store.close()


def test_only_an_exact_name_is_taken_and_saving_under_it_replaces_that_design(tmp_path: Path) -> None:
    store = DesignStore(tmp_path / "fabwise.db")
    chair = store.save(Design("finger-box", "1.0.0", {"width": 1.0}, name="Стул"))
    assert store.find("Полка") is None  # the app must not ask "already called Полка"
    assert store.find("стул") is None
    again = store.save(Design("finger-box", "1.0.0", {"width": 2.0}, name=" Стул "))
    assert again == chair and [d.params for _, d in store.designs()] == [{"width": 2.0}]
    shelf = store.save(Design("finger-box", "1.0.0", {"width": 3.0}, name="Полка"))
    renamed = store.save(Design("finger-box", "1.0.0", {"width": 4.0}, name="Полка 2"), shelf)
    assert renamed == shelf and store.get(shelf).name == "Полка 2"
    assert store.get(chair).params == {"width": 2.0}
    store.close()


def test_migration_keeps_existing_designs_and_their_ids(tmp_path: Path) -> None:
    path = tmp_path / "fabwise.db"
    old = open_database(path, MIGRATIONS[:3])
    old.db.table("designs").insert_all(
        [
            {
                "id": "kitchen-shelf",
                "name": "Kitchen shelf",
                "template_id": "shelf-bracket",
                "template_version": "1.0.0",
                "params": '{"depth": 120.0}',
                "saved_utc": "2026-01-01",
            },
            {
                "id": "design",
                "name": "Полка",
                "template_id": "finger-box",
                "template_version": "1.0.0",
                "params": "{}",
                "saved_utc": "2026-01-02",
            },
        ]
    )
    old.db.close()
    store = DesignStore(path)
    assert {i: d.name for i, d in store.designs()} == {"kitchen-shelf": "Kitchen shelf", "design": "Полка"}
    new = store.save(Design("finger-box", "1.0.0", {}, name="Стул"))
    assert new not in ("design", "kitchen-shelf") and len(store.designs()) == 3
    assert store.get("design").name == "Полка"
    store.close()

"""The facility store: seeding, user edits across re-seeding, CRUD, migrations, damaged files."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest
from sqlite_utils import Database

from configurator.core.facilities.seed import load_seed
from configurator.core.facilities.store import FacilityNotFound, FacilityStore
from configurator.core.storage.database import open_database
from configurator.core.storage.migrations import MIGRATIONS, Migration, check_migrations
from configurator.sdk.errors import FabwiseError

from .conftest import LASER, make_facility


def _rename_seed_lab(seed_dir: Path, index: int, new_name: str) -> str:
    path = seed_dir / "okw_fablabs.json"
    document = json.loads(path.read_text(encoding="utf-8"))
    row = document["labs"][index]
    row[document["columns"].index("name")] = new_name
    path.write_text(json.dumps(document), encoding="utf-8")
    return str(row[0])


def _drop_seed_lab(seed_dir: Path, index: int) -> str:
    path = seed_dir / "okw_fablabs.json"
    document = json.loads(path.read_text(encoding="utf-8"))
    row = document["labs"].pop(index)
    path.write_text(json.dumps(document), encoding="utf-8")
    return str(row[0])


def test_first_open_creates_a_wal_database_at_v1_and_seeds_it(store: FacilityStore, mini_seed: Path) -> None:
    assert store.path.exists()
    assert store.db.journal_mode == "wal"
    assert store.schema_version == len(MIGRATIONS)
    assert store.warnings == ()
    assert store.count() == len(load_seed(mini_seed).facilities)
    assert len(store.search(kind="example")) == 5
    lab = store.search(kind="fablab_okw")[0]
    assert lab.inventory_verified is False
    assert store.info(lab.id).origin == "seed"


def test_default_path_is_in_the_data_dir_from_the_environment(
    tmp_path: Path, mini_seed: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("FABWISE_DATA_DIR", str(tmp_path / "elsewhere"))
    with FacilityStore(seed_dir=mini_seed) as opened:
        assert opened.path == tmp_path / "elsewhere" / "fabwise.db"


def test_user_facility_add_get_update_remove(store: FacilityStore) -> None:
    facility = make_facility(machines=(LASER,))
    store.add(facility)
    assert store.get(facility.id) == facility
    with pytest.raises(FabwiseError, match="already exists"):
        store.add(facility)
    renamed = replace(facility, name="Renamed Shop")
    store.update(renamed)
    assert store.get(facility.id).name == "Renamed Shop"
    assert store.info(facility.id).origin == "user"
    store.remove(facility.id)
    with pytest.raises(FacilityNotFound) as caught:
        store.get(facility.id)
    assert "does not exist" in caught.value.message


def test_invalid_facility_is_refused_with_the_field_named(store: FacilityStore) -> None:
    broken = make_facility(machines=(replace(LASER, materials=("cheese",)),))
    with pytest.raises(FabwiseError, match=r"machines\[0\]\.materials"):
        store.add(broken)
    assert not store.exists(broken.id)


def test_new_id_is_free_and_readable(store: FacilityStore) -> None:
    store.add(make_facility("user-my-shop"))
    assert store.new_id("My Shop") == "user-my-shop-2"
    assert store.new_id("Atelier Éole!") == "user-atelier-eole"


def test_search_filters(store: FacilityStore) -> None:
    store.add(make_facility(machines=(LASER,)))
    assert [f.id for f in store.search(text="Test Shop")] == ["user-test-shop"]
    assert all(f.location.country == "IS" for f in store.search(country="is"))
    assert len(store.search(country="IS")) >= 1
    lasers = store.search(process="laser")
    assert lasers and all("laser" in f.processes for f in lasers)
    no_sla = {f.id for f in store.search(process="sla")}
    assert no_sla == {"example-northside-makers"}
    assert len(store.search(limit=3)) == 3


def test_reseeding_keeps_user_edits_and_removals(tmp_path: Path, mini_seed: Path) -> None:
    path = tmp_path / "fabwise.db"
    with FacilityStore(path, seed_dir=mini_seed) as first:
        labs = first.search(kind="fablab_okw")
        edited, removed, untouched = labs[0], labs[1], labs[2]
        first.update(replace(edited, name="My corrected name"))
        first.remove(removed.id)
        first.add(make_facility())
    # The shipped data changes: every lab gets a new name, one lab disappears.
    document = json.loads((mini_seed / "okw_fablabs.json").read_text(encoding="utf-8"))
    ids = [row[0] for row in document["labs"]]
    for index in range(len(ids)):
        _rename_seed_lab(mini_seed, index, f"Shipped v2 #{index}")
    gone = _drop_seed_lab(mini_seed, ids.index(untouched.id))
    with FacilityStore(path, seed_dir=mini_seed) as second:
        assert second.get(edited.id).name == "My corrected name"
        assert second.info(edited.id).user_edited
        with pytest.raises(FacilityNotFound, match="was removed"):
            second.get(removed.id)
        assert not second.exists(gone)
        refreshed = [f for f in second.search(kind="fablab_okw") if f.id != edited.id]
        assert refreshed and all(f.name.startswith("Shipped v2") for f in refreshed)
        assert second.exists("user-test-shop")
        restored = second.restore(removed.id)
        assert restored.name.startswith("Shipped v2")
        reverted = second.revert(edited.id)
        assert reverted.name.startswith("Shipped v2")
        assert not second.info(edited.id).user_edited


def test_removing_a_seed_facility_hides_it(store: FacilityStore) -> None:
    lab = store.search(kind="fablab_okw")[0]
    count = store.count()
    info = store.remove(lab.id)
    assert info.origin == "seed"
    assert store.count() == count - 1
    assert store.count(include_removed=True) == count
    with pytest.raises(FacilityNotFound) as caught:
        store.get(lab.id)
    assert caught.value.hint is not None and "restore" in caught.value.hint


def test_import_adds_and_updates_in_one_transaction(store: FacilityStore) -> None:
    lab = store.search(kind="fablab_okw")[0]
    summary = store.import_facilities([make_facility(), replace(lab, name="Imported name")])
    assert summary.added == ("user-test-shop",)
    assert summary.updated == (lab.id,)
    assert store.get(lab.id).name == "Imported name"
    before = store.count()
    with pytest.raises(FabwiseError):
        store.import_facilities([make_facility("user-other"), make_facility("BAD ID")])
    assert store.count() == before
    assert not store.exists("user-other")


# -- the database file ---------------------------------------------------------------------------


def test_garbage_file_is_backed_up_and_rebuilt(tmp_path: Path, mini_seed: Path) -> None:
    path = tmp_path / "fabwise.db"
    garbage = b"this is not a database, just some bytes " * 100
    path.write_bytes(garbage)
    with FacilityStore(path, seed_dir=mini_seed) as rebuilt:
        assert len(rebuilt.warnings) == 1
        assert "damaged" in rebuilt.warnings[0]
        assert rebuilt.count() > 0
    backups = list(tmp_path.glob("fabwise.db.corrupt-*"))
    assert len(backups) == 1
    assert backups[0].read_bytes() == garbage


def test_foreign_sqlite_file_is_left_alone_not_used(tmp_path: Path, mini_seed: Path) -> None:
    path = tmp_path / "fabwise.db"
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE notes (text TEXT)")
    connection.execute("INSERT INTO notes VALUES ('keep me')")
    connection.commit()
    connection.close()
    with pytest.raises(FabwiseError, match="not Fabwise's"):  # healthy: never set aside
        FacilityStore(path, seed_dir=mini_seed)
    assert not list(tmp_path.glob("fabwise.db.corrupt-*"))
    assert sqlite3.connect(path).execute("SELECT text FROM notes").fetchone() == ("keep me",)


def test_database_from_a_newer_fabwise_is_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "fabwise.db"
    opened = open_database(path)
    opened.db.table("schema_version").insert(
        {"version": 99, "description": "future", "applied_at": "2099-01-01"}
    )
    opened.db.close()
    size = path.stat().st_size
    with pytest.raises(FabwiseError, match="schema version 99"):
        open_database(path)
    assert not list(tmp_path.glob("*.corrupt-*"))
    assert path.stat().st_size == size


def _v2_designs(db: Database) -> None:
    db.table("designs").create({"id": str, "template_id": str, "params": str}, pk="id")


def test_a_v2_migration_upgrades_an_existing_v1_database(tmp_path: Path, mini_seed: Path) -> None:
    path = tmp_path / "fabwise.db"
    with FacilityStore(path, seed_dir=mini_seed, migrations=MIGRATIONS[:1]) as v1:
        v1.add(make_facility())
        assert v1.schema_version == 1
        assert not v1.db.table("designs").exists()
    with FacilityStore(path, seed_dir=mini_seed) as latest:
        assert latest.schema_version == MIGRATIONS[-1].version
        assert latest.db.table("designs").exists()
        assert latest.exists("user-test-shop")
        rows = list(latest.db.query("SELECT version, description FROM schema_version"))
        assert [r["version"] for r in rows] == [m.version for m in MIGRATIONS]


def test_a_failing_migration_leaves_the_previous_version(tmp_path: Path) -> None:
    path = tmp_path / "fabwise.db"
    open_database(path).db.close()

    def broken(db: Database) -> None:
        db.table("half_done").create({"id": int}, pk="id")
        raise RuntimeError("migration bug")

    latest = MIGRATIONS[-1].version
    with pytest.raises(RuntimeError, match="migration bug"):
        open_database(path, (*MIGRATIONS, Migration(latest + 1, "broken", broken)))
    reopened = open_database(path)
    assert reopened.schema_version == latest
    assert not reopened.db.table("half_done").exists()
    reopened.db.close()


def test_migration_versions_must_be_consecutive() -> None:
    with pytest.raises(ValueError, match=r"1\.\.n"):
        check_migrations((*MIGRATIONS, Migration(3, "gap", _v2_designs)))

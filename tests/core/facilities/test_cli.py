"""``fabwise facilities ...`` end to end, on a database seeded once and copied per test."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from configurator.cli.main import main
from configurator.core.facilities.store import FacilityStore


@pytest.fixture(scope="module")
def seeded_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("seeded")
    with FacilityStore(folder / "fabwise.db"):
        pass
    return folder / "fabwise.db"


@pytest.fixture
def data_dir(tmp_path: Path, seeded_db: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "userdata"
    folder.mkdir()
    shutil.copy(seeded_db, folder / "fabwise.db")
    monkeypatch.setenv("FABWISE_DATA_DIR", str(folder))
    return folder


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(["facilities", *argv])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_near_lists_capable_facilities_nearest_first(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(
        capsys,
        "near",
        "Lyon, FR",
        "--process",
        "laser",
        "--material",
        "birch_plywood",
        "--limit",
        "5",
        "--json",
    )
    assert code == 0
    report = json.loads(out)
    assert report["origin"]["label"] == "Lyon, FR"
    distances = [m["distance_km"] for m in report["capable"]]
    assert len(distances) == 5 and distances == sorted(distances) and distances[0] < 20
    assert all("laser" in m["processes"] for m in report["capable"])
    assert all(not m["inventory_verified"] for m in report["capable"] if m["kind"] == "fablab_okw")
    unverified = [m for m in report["capable"] if not m["inventory_verified"]]
    assert all(any("not verified" in c for c in m["caveats"]) for m in unverified)


def test_near_leaves_out_example_workshops_unless_asked_for(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Issue 15 #2: fictional workshops are demo data, not offered by default."""
    code, out, _ = run(capsys, "near", "Lyon, FR", "--process", "fdm", "--limit", "50", "--json")
    assert code == 0
    report = json.loads(out)
    assert report["capable"] and all(m["kind"] != "example" for m in report["capable"])
    code, out, _ = run(
        capsys, "near", "Lyon, FR", "--process", "fdm", "--max-km", "50", "--include-examples", "--json"
    )
    kinds = [m["kind"] == "example" for m in json.loads(out)["capable"]]
    assert True in kinds and kinds == sorted(kinds)  # listed after every real workshop
    code, out, _ = run(capsys, "near", "Berlin, DE", "--process", "sls", "--max-km", "100")
    assert code == 0
    assert "0 facilities can make it" in out and "--include-examples" in out


def test_near_explains_why_nearby_facilities_cannot(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(
        capsys,
        "near",
        "45.76,4.84",
        "--process",
        "laser",
        "--material",
        "birch_plywood",
        "--size",
        "1000x800x6",
        "--thickness",
        "6",
        "--limit",
        "3",
        "--include-examples",
    )
    assert code == 0
    assert "bed 610×457 mm too small for part 'part' 1000×800 mm (rotation considered)" in out
    assert "EXAMPLE - Harbour Fab" in out  # the one big-bed laser, far away


def test_add_show_edit_near_remove(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(
        capsys,
        "add",
        "--name",
        "Garage Lab",
        "--city",
        "Villeurbanne, FR",
        "--rate",
        "20 EUR",
        "--formats",
        "dxf stl",
        "--machine",
        "process=laser name='Big laser' size=1300x900x10 "
        "materials=birch_plywood,mdf thicknesses=3,6 power=1800",
    )
    assert code == 0 and "added user-garage-lab" in out
    code, out, _ = run(capsys, "show", "user-garage-lab")
    assert "bed 1300×900 mm, sheets up to 10 mm" in out and "20 EUR/h" in out
    assert "added by you" in out
    code, out, _ = run(
        capsys,
        "edit",
        "user-garage-lab",
        "--add-machine",
        "process=fdm size=250x210x200 materials=pla",
        "--own-intensity",
        "50",
        "--electricity-note",
        "rooftop PV, 2024 meter",
    )
    assert code == 0
    code, out, _ = run(capsys, "show", "user-garage-lab", "--json")
    shown = json.loads(out)
    assert [m["process"] for m in shown["machines"]] == ["laser", "fdm"]
    assert shown["electricity"] == {"own_g_co2e_per_kwh": 50.0, "note": "rooftop PV, 2024 meter"}
    code, out, _ = run(
        capsys,
        "near",
        "Lyon, FR",
        "--process",
        "laser",
        "--material",
        "birch_plywood",
        "--size",
        "1000x800x6",
        "--thickness",
        "6",
        "--json",
    )
    assert json.loads(out)["capable"][0]["id"] == "user-garage-lab"
    code, out, _ = run(capsys, "remove", "user-garage-lab")
    assert "deleted" in out
    code, _, err = run(capsys, "show", "user-garage-lab")
    assert code == 2 and "does not exist" in err


def test_editing_a_shipped_lab_is_kept_and_revertible(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, "list", "--country", "IS", "--json")
    lab = json.loads(out)[0]
    code, out, _ = run(capsys, "edit", lab["id"], "--verified", "--url", "https://example.is")
    assert "kept when the shipped data is updated" in out
    code, out, _ = run(capsys, "show", lab["id"])
    assert "edited by you" in out
    assert out.splitlines()[0].endswith("[fab lab (OKW)]")
    run(capsys, "revert", lab["id"])
    code, out, _ = run(capsys, "show", lab["id"])
    assert out.splitlines()[0].endswith("[fab lab (OKW), inventory NOT verified]")
    code, out, _ = run(capsys, "remove", lab["id"])
    assert "restore" in out
    code, out, _ = run(capsys, "restore", lab["id"])
    assert code == 0


def test_list_filters_and_counts(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "list", "--kind", "example")
    lines = out.strip().splitlines()
    assert lines[-1] == "5 facilities"
    assert all("EXAMPLE (fictional)" in line for line in lines[:-1])
    code, out, _ = run(capsys, "list", "--limit", "2")
    assert code == 0 and "(showing 2; --limit 0 shows all)" in out


def test_export_then_import_elsewhere(
    data_dir: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    json_file, csv_file = tmp_path / "shops.json", tmp_path / "shops.csv"
    code, out, _ = run(capsys, "export", str(json_file), "--country", "IS")
    assert code == 0 and "CC BY 4.0" in out
    code, out, _ = run(capsys, "export", str(csv_file), "--kind", "example")
    assert "exported 5 facilities" in out
    code, out, _ = run(capsys, "import", str(json_file))
    assert "0 added" in out
    fresh = tmp_path / "fresh"
    fresh.mkdir()
    shutil.copy(data_dir / "fabwise.db", fresh / "fabwise.db")
    monkeypatch.setenv("FABWISE_DATA_DIR", str(fresh))
    run(capsys, "remove", "example-harbour-fab")
    code, out, _ = run(capsys, "import", str(csv_file))
    assert "imported 5 facilities" in out and "5 updated" in out
    code, out, _ = run(capsys, "show", "example-harbour-fab")
    assert code == 0


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (("near", "Lyon, Narnia"), "'Narnia' is not a country"),
        (("near", "Lyon", "--material", "pla"), "need --process"),
        (("near", "Lyon", "--process", "fdm", "--material", "gold"), "unknown material 'gold'"),
        (("import", "shops.xlsx"), "cannot tell the format"),
        (("add", "--name", "X"), "where is it?"),
        (
            ("add", "--name", "X", "--city", "Lyon, FR", "--machine", "process=fdm size=1x2"),
            "size needs three numbers",
        ),
        (("show", "okw-nope"), "does not exist"),
    ],
)
def test_user_errors_exit_2_with_a_message(
    data_dir: Path, capsys: pytest.CaptureFixture[str], argv: tuple[str, ...], message: str
) -> None:
    code, _, err = run(capsys, *argv)
    assert code == 2
    assert message in err


def test_bare_command_prints_help(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys)
    assert code == 2 and "near" in out and "import" in out


def test_about_gives_attribution_and_counts(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "about")
    assert code == 0
    assert "Internet of Production Alliance, CC BY 4.0" in out and "GeoNames" in out
    assert "Shipped fab labs: 2237" in out


def test_publish_writes_the_workshops_own_record_for_others_to_import(
    data_dir: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from jsonschema import Draft7Validator

    from configurator.core.facilities.okw_io import okw_schema_path

    run(
        capsys,
        "add",
        "--name",
        "My Lab",
        "--city",
        "Villeurbanne, FR",
        "--rate",
        "30 EUR",
        "--formats",
        "dxf stl",
        "--url",
        "https://my-lab.example",
        "--verified",
        "--machine",
        "process=laser name='Big laser' size=1300x900x10 materials=birch_plywood,mdf thicknesses=3,6",
    )
    out_file = tmp_path / "my-lab.okw.json"
    code, out, _ = run(capsys, "publish", "user-my-lab", "-o", str(out_file))
    assert code == 0 and "valid Open Know-Where v1" in out and "assumed" not in out
    document = json.loads(out_file.read_text())
    schema = json.loads(okw_schema_path().read_text(encoding="utf-8"))
    for table, records in document.items():
        if table in schema["definitions"]:
            validator = Draft7Validator(schema["definitions"][table])
            for record in records:
                assert not list(validator.iter_errors(record)), (table, record)
    (record,) = document["ManufacturingFacility"]
    assert record["name"] == "My Lab"
    assert document["DatabaseSourceMetadata"][0]["publisher"] == "My Lab"
    assert document["DatabaseSourceMetadata"][0]["license"] == "CC-BY-4.0"
    (machine,) = document["ManufacturingEquipment"]
    assert machine["model"] == "Big laser" and "birch_plywood" in machine["description"]
    assert document["Address"][0]["locality"] == "Villeurbanne"
    # Another workshop imports it and sees the same machines, rate and formats.
    other = tmp_path / "other"
    other.mkdir()
    monkeypatch.setenv("FABWISE_DATA_DIR", str(other))
    code, out, _ = run(capsys, "import", str(out_file))
    assert code == 0 and "1 added" in out
    code, out, _ = run(capsys, "show", "user-my-lab")
    assert "bed 1300×900 mm, sheets up to 10 mm" in out and "30 EUR/h" in out
    assert "dxf" in out

    code, out, err = run(capsys, "publish", "user-my-lab", "-o", str(tmp_path / "x.csv"))
    assert code == 2 and "must be a .json file" in err

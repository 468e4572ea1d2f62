"""Saved designs and design files from the command line: `fabwise designs …`, `build --design`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from configurator.app.presets import UserPresets
from configurator.cli.main import main
from configurator.core.designs import Design, DesignStore, read_design, write_design

SAMPLES = str(Path(__file__).resolve().parents[1] / "ui" / "sample_templates")


@pytest.fixture
def saved() -> str:
    store = DesignStore()
    try:
        return store.save(
            Design(
                "sample-box",
                "1.0.0",
                {"width": 90, "lid": False},
                name="Hall box",
                facility_id="fablab-x",
                place="York",
            )
        )
    finally:
        store.close()


def test_designs_list_show_and_export(saved: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["designs", "list", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [(d["id"], d["name"], d["template"]) for d in listed] == [(saved, "Hall box", "sample-box")]
    args = ["--trust", "--templates", SAMPLES, "designs"]
    assert main([*args, "show", saved]) == 0
    out = capsys.readouterr().out
    assert "Hall box: Sample box" in out and "width = 90 mm" in out and "fablab-x" in out
    assert main([*args, "export", saved, str(tmp_path / "hall")]) == 0
    assert "wrote" in capsys.readouterr().out
    written = read_design(tmp_path / "hall.fabwise")
    assert written.params["width"] == 90 and written.facility_id == "fablab-x"
    assert main([*args, "show", str(tmp_path / "hall.fabwise"), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["values"]["lid"] is False


def test_designs_show_names_an_unknown_design(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["designs", "show", "no-such-design"]) == 2
    assert "no saved design 'no-such-design'" in capsys.readouterr().err


def test_build_from_a_design_file_with_a_user_preset(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write_design(tmp_path / "box", Design("sample-box", "1.0.0", {"width": 70, "lid": False}))
    base = ["--trust", "--templates", SAMPLES, "build", "--design", str(path), "--json"]
    assert main([*base, "--set", "depth=50"]) == 0
    summary = json.loads(capsys.readouterr().out)
    assert [p["name"] for p in summary["parts"]] == ["body"]  # the file's lid=False
    assert summary["params"]["width"] == 70 and summary["params"]["depth"] == 50
    UserPresets().save("sample-box", "Wide", {"width": 150})
    assert main([*base, "--preset", "Wide"]) == 0
    assert json.loads(capsys.readouterr().out)["params"]["width"] == 150
    assert main([*base, "--preset", "Nope"]) == 2
    assert "no preset 'Nope'" in capsys.readouterr().err

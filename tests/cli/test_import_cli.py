"""``fabwise import`` and ``fabwise models``: errors are one line with a hint, the model is
listed by ``templates list`` and can be removed."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import trimesh

from configurator.cli.main import main


def test_import_asks_for_units_then_lists_and_removes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "Door Stop.stl"
    trimesh.creation.box((3.0, 1.0, 1.0)).export(path)
    assert main(["import", str(path)]) == 2
    err = capsys.readouterr().err
    assert "does not say its unit" in err and "--units in gives 76.2 mm" in err
    assert main(["import", str(path), "--units", "in", "--license", "CC0-1.0"]) == 0
    out = capsys.readouterr().out
    assert "imported Door Stop as 'model-door-stop'" in out and "76.2 × 25.4 × 25.4 mm" in out
    assert main(["templates", "list", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    entry = next(t for t in listed["templates"] if t["id"] == "model-door-stop")
    assert entry["origin"] == "imported" and entry["category"] == "Your models"
    assert main(["models", "list"]) == 0
    assert "CC0-1.0" in capsys.readouterr().out
    assert main(["models", "remove", "model-door-stop"]) == 0
    assert main(["models", "remove", "../model-door-stop"]) == 2
    assert "no imported model" in capsys.readouterr().err


def test_import_of_a_missing_file_is_a_clear_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["import", str(tmp_path / "nope.stl")]) == 2
    assert "no file" in capsys.readouterr().err


def test_declared_load_on_import_then_models_load_and_fit(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A newcomer's path: import with a load, see it listed, raise it, and `fabwise fit` says it
    fails (exit 3); bad declarations are one-line errors with a hint and change nothing."""
    path = tmp_path / "shelf peg.stl"
    trimesh.creation.box((100.0, 10.0, 10.0)).export(path)
    args = ["import", str(path), "--mass", "2kg", "--on", "right", "--fixed", "left"]
    assert main(args) == 0
    out = capsys.readouterr().out
    assert "declared: your load on the shelf peg: 2 kg pressing down on its right" in out
    assert "fabwise fit model-shelf-peg" in out
    assert main(["models", "list", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)["models"][0]
    assert listed["declared"] and "2 kg" in listed["declared"][0]

    assert (
        main(["models", "load", "model-shelf-peg", "--mass", "5 stone", "--on", "top", "--fixed", "left"])
        == 2
    )
    assert "cannot read the mass '5 stone'" in capsys.readouterr().err
    assert main(["models", "load", "model-shelf-peg", "--mass", "3kg", "--on", "top"]) == 2
    assert "--fixed SIDE" in capsys.readouterr().err
    assert main(["models", "load", "model-shelf-peg", "--mass", "3kg", "--on", "top", "--fixed", "top"]) == 2
    assert "cannot carry the load and be fixed" in capsys.readouterr().err

    load = ["models", "load", "model-shelf-peg", "--mass", "8kg", "--on", "right", "--fixed", "left"]
    assert main([*load, "--sustained", "--temperature", "40"]) == 0
    out = capsys.readouterr().out
    assert "8 kg pressing down on its right, held at its left (sustained)" in out
    assert "service temperature 40 °C" in out
    assert main(["fit", "model-shelf-peg", "--json"]) == 3
    report = json.loads(capsys.readouterr().out)
    assert report["status"] == "fails"
    kinds = {v["kind"]: v["status"] for v in report["verdicts"]}
    assert kinds == {"load": "fails", "temperature": "holds"}
    assert main(["models", "load", "model-shelf-peg", "--clear"]) == 0
    assert "no load or temperature declared" in capsys.readouterr().out

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

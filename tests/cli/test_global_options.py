"""Global options anywhere on the line; a designer's --templates copy wins over an installed one,
with a warning naming both; a missing id hints at --templates (issue 21)."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from configurator.app_launcher import main as launcher_main
from configurator.cli.global_options import hoist_global_options
from configurator.cli.main import main
from tests.core.conftest import template_source


def test_hoisting_keeps_values_and_order() -> None:
    assert hoist_global_options(
        ["build", "x", "--templates", "d", "--set", "a=1", "--trust", "--templates=e", "--debug"]
    ) == ["--templates", "d", "--trust", "--templates=e", "--debug", "build", "x", "--set", "a=1"]
    assert hoist_global_options(["build", "--", "--trust"]) == ["build", "--", "--trust"]


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    path = tmp_path / "mine"
    path.mkdir()
    (path / "block.py").write_text(template_source("block"))
    return path


def test_global_options_after_the_subcommand(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["build", "block", "--templates", str(folder), "--set", "size=30", "--json", "--trust"]) == 0
    assert json.loads(capsys.readouterr().out)["parts"][0]["volume_mm3"] == pytest.approx(4500)
    assert launcher_main(["templates", "show", "block", f"--templates={folder}", "--trust"]) == 0
    assert "Block block" in capsys.readouterr().out


def test_the_designers_copy_wins_with_a_warning(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    installed = Path(os.environ["FABWISE_DATA_DIR"]) / "templates"
    installed.mkdir(parents=True, exist_ok=True)
    (installed / "block.py").write_text(
        template_source("block").replace('Length("size", 20, 5, 100', 'Length("size", 40, 5, 100')
    )
    assert main(["build", "block", "--json", "--trust", "--templates", str(folder)]) == 0
    captured = capsys.readouterr()
    assert json.loads(captured.out)["parts"][0]["bbox_mm"][0] == pytest.approx(20)  # the copy
    assert (
        f"template 'block' from {(folder / 'block.py').resolve()} is used instead of the "
        f"installed one from {(installed / 'block.py').resolve()}"
    ) in captured.err
    assert main(["build", "block", "--json", "--trust"]) == 0  # without it: the installed one
    assert json.loads(capsys.readouterr().out)["parts"][0]["bbox_mm"][0] == pytest.approx(40)


def test_a_broken_working_copy_is_reported_not_silently_replaced(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (folder / "block.py").write_text(template_source("block") + "\nraise RuntimeError('oops')\n")
    assert main(["build", "block", "--trust", "--templates", str(folder)]) == 2
    err = capsys.readouterr().err
    assert f"{(folder / 'block.py').resolve()}:" in err and "oops" in err


def test_a_missing_id_hints_at_templates(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["build", "my-own-pot"]) == 2
    err = capsys.readouterr().err
    assert "no template 'my-own-pot'" in err
    assert "add `--templates FOLDER` (anywhere on the line)" in err

"""The `fabwise` command as a user meets it: exit codes, one-line errors, JSON output."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from configurator.cli.main import main
from tests.core.conftest import MISBEHAVING_BODY, template_source


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    path = tmp_path / "tpl"
    path.mkdir()
    (path / "block.py").write_text(template_source("block", MISBEHAVING_BODY))
    (path / "broken.py").write_text("import nope_not_here\n")
    return path


def test_templates_list_shows_good_and_broken(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--trust", "--templates", str(folder), "templates", "list"]) == 0
    out = capsys.readouterr().out
    assert "block" in out and "Block block" in out
    assert "BROKEN broken" in out and "No module named 'nope_not_here'" in out


def test_templates_show_json(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--trust", "--templates", str(folder), "templates", "show", "block", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    size = next(p for p in data["parameters"] if p["name"] == "size")
    assert size["minimum"] == 5 and size["maximum"] == 100 and size["unit"] == "mm"


def test_build_json(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--trust", "--templates", str(folder), "build", "block", "--set", "size=3cm", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    (part,) = data["parts"]
    assert part["volume_mm3"] == pytest.approx(4500)
    assert part["mass_g"] == pytest.approx(4500e-9 * 1240 * 1000, rel=1e-3)  # PLA 1240 kg/m³


def test_user_errors_are_one_line_with_exit_2(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["--trust", "--templates", str(folder), "build", "block", "--set", "size=900"])
    err = capsys.readouterr().err
    assert code == 2
    # (the folder's broken.py is named in a warning first: it was given with --templates)
    assert "broken.py:1: ModuleNotFoundError" in err.splitlines()[0]
    assert err.splitlines()[1] == (
        "fabwise: error: invalid parameters for template 'block': "
        "size = 900 mm is out of range: allowed 5–100 mm"
    )
    assert "Traceback" not in err
    assert main(["--trust", "--templates", str(folder), "build", "nope"]) == 2
    assert "no template 'nope'" in capsys.readouterr().err


def test_template_bug_is_explained_and_debug_shows_traceback(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--trust", "--templates", str(folder), "build", "block", "--set", "mode=raise"]) == 2
    err = capsys.readouterr().err
    assert "ZeroDivisionError: the designer divided by zero" in err and "Traceback" not in err
    assert (
        main(["--debug", "--trust", "--templates", str(folder), "build", "block", "--set", "mode=raise"]) == 2
    )
    assert "Traceback" in capsys.readouterr().err


def test_check_command_reports_and_fails_on_bad_preset(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = tmp_path / "good.py"
    good.write_text(template_source("good"))
    assert main(["--trust", "templates", "check", str(good)]) == 0
    out = capsys.readouterr().out
    assert "PASS" in out and "built" in out
    broken = tmp_path / "bad.py"
    broken.write_text(template_source("bad", "raise RuntimeError('kaput')"))
    assert main(["--trust", "templates", "check", str(broken)]) == 1
    out = capsys.readouterr().out
    assert "FAIL" in out and "RuntimeError: kaput" in out


def test_no_display_gives_a_clear_message_not_a_qt_abort() -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    proc = subprocess.run(
        [sys.executable, "-m", "configurator"], env=env, capture_output=True, text=True, timeout=60
    )
    assert proc.returncode == 3
    assert "no display found" in proc.stderr
    assert "fabwise --help" in proc.stderr and "xvfb-run" in proc.stderr
    assert "Traceback" not in proc.stderr

"""`fabwise eco` end to end: a real template built by the worker, evaluated, guided and explained."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from configurator.cli.main import main
from tests.core.conftest import template_source


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("eco-tpl")
    (path / "block.py").write_text(template_source("block"))
    return path


def eco(folder: Path, capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["--trust", "--templates", str(folder), "eco", "block", *args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_real_build_matches_the_hand_calculation(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # the volume model's arithmetic (--no-slice: PrusaSlicer's figures are tested in
    # tests/core/production)
    code, out, _ = eco(
        folder, capsys, "--country", "FR", "--distance-km", "0", "--json", "--explain", "--no-slice"
    )
    assert code == 0
    data = json.loads(out)
    # 20 x 20 x 5 mm PLA block: volume 2000 mm3, area 1200 mm2 -> shell 1080 + 15 % of 920 = 1218 mm3
    mass = 1218e-9 * 1240
    kwh = 1218 / 4.5 / 3600 * 0.130  # PLA printer mean draw 130 W (process.fdm.mean_power_w.pla)
    expected = mass * 1.1 * 0.65 + kwh * 0.0442 + mass * 1.83769
    assert data["product_mass_kg"]["value"] == pytest.approx(mass, rel=1e-6)
    assert data["total"]["co2e_kg"]["value"] == pytest.approx(expected, rel=1e-6)
    assert data["grade"]["letter"] in "ABCDE"
    assert data["guide"]["suggestions"] == []  # PLA is already the lower-carbon option
    rules = {line["rule"] for line in data["trace"].values()}
    assert {"material.part", "fdm.printed_volume", "manufacturing.electricity"} <= rules
    assert "Groot & Boren 2010" in data["factors"]["material.pla.carbon"]["source"]
    assert "Ember" in data["factors"]["grid.FR"]["source"]


def test_guide_saving_equals_two_separate_evaluations(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # the guide compares alternatives on the volume model, so the two evaluations use it too
    _, out, _ = eco(
        folder, capsys, "--material", "petg", "--country", "DE", "--distance-km", "3", "--json", "--no-slice"
    )
    petg = json.loads(out)
    _, out, _ = eco(
        folder,
        capsys,
        "--material",
        "pla",
        "--country",
        "DE",
        "--distance-km",
        "3",
        "--json",
        "--no-guide",
        "--no-slice",
    )
    pla = json.loads(out)
    (suggestion,) = petg["guide"]["suggestions"]
    assert suggestion["changes"] == {"material": "pla"}
    saving = petg["total"]["co2e_kg"]["value"] - pla["total"]["co2e_kg"]["value"]
    assert suggestion["saving_kg"] == pytest.approx(saving, rel=1e-5)
    assert suggestion["text"].startswith("PLA instead of PETG: \u2212")
    assert any(f["factor"] == "material.petg.carbon" and f["status"] == "PROXY" for f in petg["flags"])


def test_user_errors_are_one_line(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = eco(folder, capsys, "--material", "steel", "--no-guide")
    assert code == 2 and err.startswith("fabwise: error: invalid parameters for template 'block'")
    assert "Traceback" not in err
    code, _, err = eco(folder, capsys, "--facility", "no-such-lab", "--no-guide")
    assert code == 2 and "no-such-lab" in err.splitlines()[0]

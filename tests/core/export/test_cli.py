"""``fabwise export`` and ``fabwise package verify`` end to end, in-process."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from configurator.cli.main import main
from tests.core.export.conftest import TEMPLATES


@pytest.fixture
def cli(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    monkeypatch.setenv("FABWISE_DATA_DIR", str(tmp_path / "data"))
    for template in sorted(TEMPLATES.glob("*.py")):
        assert main(["templates", "trust", str(template)]) == 0
    return ["--templates", str(TEMPLATES)]


def test_export_then_verify(cli: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "knob.zip"
    code = main(
        [
            *cli,
            "export",
            "export-knob",
            "--set",
            "diameter=36",
            "--material",
            "petg",
            "--facility",
            "example-atelier-canal",
            "--distance-km",
            "12",
            "-o",
            str(out),
        ]
    )
    assert code == 0, capsys.readouterr().err
    printed = capsys.readouterr().out
    assert f"wrote {out}" in printed and "signed with your key" in printed
    assert main(["package", "key"]) == 0
    fingerprint = capsys.readouterr().out.splitlines()[0].removeprefix("your key: ")
    assert fingerprint in printed
    with zipfile.ZipFile(out) as archive:
        manifest = json.loads(archive.read("manifest.json"))
    assert manifest["material"] == "petg" and manifest["params"]["diameter"] == 36.0
    assert manifest["facility"]["id"] == "example-atelier-canal"
    assert manifest["eco"]["status"] == "evaluated"
    assert manifest["eco"]["context"]["distance_km"] == 12.0
    assert main(["package", "verify", str(out), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["passed"] and report["template"] == "export-knob"

    data = bytearray(out.read_bytes())
    data[len(data) // 3] ^= 0x55
    out.write_bytes(bytes(data))
    assert main(["package", "verify", str(out)]) == 3
    assert "FAIL:" in capsys.readouterr().out


def test_blocked_export_exits_2_and_writes_nothing(
    cli: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "thin.zip"
    code = main(
        [
            *cli,
            "export",
            "export-knob",
            "--set",
            "wall=0.5",
            "--facility",
            "example-atelier-canal",
            "--no-eco",
            "-o",
            str(out),
        ]
    )
    assert code == 2
    err = capsys.readouterr().err
    assert "thinnest wall is 0.50 mm, below the 0.8 mm minimum for fdm" in err
    assert "set wall to at least 0.8 mm" in err
    assert not out.exists()


def test_bad_output_and_unknown_facility_are_clear_errors(
    cli: list[str],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert (
        main(
            [
                *cli,
                "export",
                "export-knob",
                "--facility",
                "example-atelier-canal",
                "-o",
                str(tmp_path / "knob.tar"),
            ]
        )
        == 2
    )
    assert "must be a .zip file" in capsys.readouterr().err
    assert (
        main(
            [
                *cli,
                "export",
                "export-knob",
                "--facility",
                "example-atelier-canal",
                "-o",
                str(tmp_path / "missing" / "knob.zip"),
                "--no-eco",
            ]
        )
        == 2
    )
    assert "does not exist" in capsys.readouterr().err
    assert (
        main([*cli, "export", "export-knob", "--facility", "nowhere-lab", "-o", str(tmp_path / "k.zip")]) == 2
    )
    assert "nowhere-lab" in capsys.readouterr().err

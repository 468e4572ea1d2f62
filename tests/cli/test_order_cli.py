"""``fabwise order``: a split found among the user's own workshops, printed with the footprint
of both plans; pins and options checked."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from configurator.cli.main import main

SHOPS = [
    [
        "--name",
        "Print Shop Quay",
        "--lat",
        "45.01",
        "--lon",
        "-30.0",
        "--machine",
        "process=fdm name=Prusa size=250x210x220 materials=pla,petg",
    ],
    [
        "--name",
        "Laser Atelier",
        "--lat",
        "45.02",
        "--lon",
        "-30.0",
        "--machine",
        "process=laser name=Epilog size=600x300x10 materials=birch_plywood,mdf thicknesses=4,6",
    ],
    [
        "--name",
        "Big Lab",
        "--lat",
        "45.1",
        "--lon",
        "-30.0",
        "--machine",
        "process=fdm name=XL size=360x360x360 materials=pla,petg",
        "--machine",
        "process=laser name=Epilog size=600x300x10 materials=birch_plywood,mdf thicknesses=4,6",
    ],
]


def test_order_splits_among_near_workshops_and_writes_packages(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for shop in SHOPS:
        assert main(["facilities", "add", "--country", "FR", "--verified", *shop]) == 0
    capsys.readouterr()
    base = ["order", "plywood-lamp", "--preset", "bedside-e14", "--from", "45.0,-30.0", "--within", "30"]
    assert main([*base, "--json"]) == 0
    plan = json.loads(capsys.readouterr().out)
    assert [leg["facility"] for leg in plan["chosen"]] == ["user-print-shop-quay", "user-laser-atelier"]
    assert [leg["facility"] for leg in plan["single"]] == ["user-big-lab"]
    assert sum(leg["transport_co2e_kg"] for leg in plan["chosen"]) < plan["single"][0]["transport_co2e_kg"]
    # No workshop here publishes prices: ranked by price, no figure is made up for them.
    assert main([*base, "--single", "--rank", "price"]) == 0
    out = capsys.readouterr().out
    assert "ranked by price" in out and "no plan has an established price" in out
    assert "Big Lab publishes no prices" in out and " EUR" not in out
    assert "best split: 2 workshops" in out and "guide: the split saves" in out
    assert "one workshop: " in out and "Big Lab" in out
    # Writing the packages is tested at the service level (tests/app/test_split_order.py);
    # here only that -o refuses a folder that exists, before any work.
    (tmp_path / "taken").mkdir()
    assert main([*base, "-o", str(tmp_path / "taken")]) == 2
    assert "already exists" in capsys.readouterr().err
    assert main([*base, "--assign", "base=user-print-shop-quay"]) == 2
    assert "cannot make 'base'" in capsys.readouterr().err
    assert main(["order", "plywood-lamp", "--within", "5"]) == 2
    assert "--within needs --from" in capsys.readouterr().err

"""Facilities record their prices, lead time and printer profile: model, JSON, OKW and the CLI."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from configurator.cli.main import main
from configurator.core.facilities.codec import (
    InvalidFacility,
    check_facility,
    facility_from_dict,
    facility_to_dict,
)
from configurator.core.facilities.model import Machine, MaterialPrice, Pricing
from configurator.core.facilities.okw_io import export_okw, import_okw
from configurator.core.facilities.store import FacilityStore
from tests.core.facilities.conftest import make_facility
from tests.core.production.test_quote import OWN, PRINTER

PRICED = make_facility(machines=(PRINTER,), pricing=OWN)


def test_prices_and_profile_round_trip_through_json_and_okw(tmp_path: Path) -> None:
    assert facility_from_dict(json.loads(json.dumps(facility_to_dict(PRICED)))) == PRICED
    path = tmp_path / "okw.json"
    export_okw([PRICED], path)
    document = json.loads(path.read_text())
    record = document["ManufacturingFacility"][0]["x_fabwise"]
    assert record["pricing"]["machine_rates"] == {"fdm": 4.0, "laser": 36.0}
    assert record["pricing"]["lead_time_days"] == [3, 5]
    assert document["ManufacturingEquipment"][0]["x_fabwise"]["profile"] == "prusa-mk3s-0.4"
    assert import_okw(path) == [PRICED]


@pytest.mark.parametrize(
    ("pricing", "problem"),
    [
        (Pricing("euro"), "pricing.currency"),
        (Pricing("EUR", machine_rates=(("welding", 3.0),)), "unknown process 'welding'"),
        (Pricing("EUR", machine_rates=(("fdm", -1.0),)), "machine_rates.fdm: must be a number >= 0"),
        (Pricing("EUR", materials=(MaterialPrice("mdf", per_sheet=5.0),)), "needs the sheet size"),
        (Pricing("EUR", materials=(MaterialPrice("pla"),)), "give either per_kg or per_sheet"),
        (Pricing("EUR", lead_time_days=(5, 3)), "fastest <= usual"),
    ],
)
def test_bad_prices_are_named(pricing: Pricing, problem: str) -> None:
    with pytest.raises(InvalidFacility, match=problem):
        check_facility(make_facility(pricing=pricing))


def test_unknown_or_misplaced_printer_profile_is_named() -> None:
    with pytest.raises(InvalidFacility, match="unknown printer profile 'bambu-x1'"):
        check_facility(make_facility(machines=(Machine("fdm", "p", profile="bambu-x1"),)))
    with pytest.raises(InvalidFacility, match="only FDM printers have a printer profile"):
        check_facility(make_facility(machines=(Machine("laser", "l", profile="prusa-mk3s-0.4"),)))


def test_a_lead_time_that_is_not_whole_days_is_refused() -> None:
    data = facility_to_dict(PRICED)
    data["pricing"]["lead_time_days"] = [2.5, 4]
    with pytest.raises(InvalidFacility, match="two whole numbers"):
        facility_from_dict(data)


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "userdata"
    folder.mkdir()
    monkeypatch.setenv("FABWISE_DATA_DIR", str(folder))
    FacilityStore().close()  # seeds the database
    return folder


def test_cli_edit_records_prices_lead_time_and_profile(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(
        [
            "facilities",
            "edit",
            "example-harbour-fab",
            "--currency",
            "USD",
            "--machine-rate",
            "laser=45",
            "--machine-rate",
            "fdm=6",
            "--setup-fee",
            "10",
            "--material-price",
            "material=pla per_kg=28",
            "--material-price",
            "material=mdf per_sheet=14 sheet=1219x914 thickness=6",
            "--lead-time",
            "2-4",
            "--profile",
            "ender3-0.4",
        ]
    )
    assert code == 0
    with FacilityStore() as store:
        facility = store.get("example-harbour-fab")
    pricing = facility.pricing
    assert pricing is not None and pricing.currency == "USD"
    assert dict(pricing.machine_rates) == {"laser": 45.0, "fdm": 6.0}
    assert pricing.setup_fee == 10.0 and pricing.lead_time_days == (2, 4)
    assert pricing.material_price("mdf", 6.0) == MaterialPrice(
        "mdf", per_sheet=14.0, sheet_mm=(1219.0, 914.0), thickness_mm=6.0
    )
    assert [m.profile for m in facility.machines_for("fdm")] == ["ender3-0.4"]
    capsys.readouterr()
    assert main(["facilities", "show", "example-harbour-fab"]) == 0
    shown = capsys.readouterr().out
    assert "machine rates: laser cutter 45 USD/h, FDM 3D printer 6 USD/h" in shown
    assert "lead time: 2-4 working days" in shown and "printer profile ender3-0.4" in shown


def test_cli_edit_refuses_prices_without_a_currency(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    main(["facilities", "add", "--name", "Bare", "--city", "Lyon, FR", "--id", "user-bare"])
    capsys.readouterr()
    code = main(["facilities", "edit", "user-bare", "--machine-rate", "laser=30"])
    assert code == 2
    assert "prices need a currency" in capsys.readouterr().err
    code = main(["facilities", "edit", "user-bare", "--currency", "EUR", "--machine-rate", "laser=thirty"])
    assert code == 2
    assert "'thirty' is not a number" in capsys.readouterr().err

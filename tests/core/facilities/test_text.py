"""Machine and rate specs as typed on the command line; descriptions."""

from __future__ import annotations

import pytest

from configurator.core.facilities.model import HourlyRate, Machine
from configurator.core.facilities.text import describe, parse_machine_spec, parse_rate
from configurator.sdk.errors import FabwiseError

from .conftest import LASER, make_facility


def test_machine_spec() -> None:
    machine = parse_machine_spec(
        "process=laser name='Big laser' size=1300x900x10 materials=birch_plywood,mdf "
        "thicknesses=3,6 power=1800 notes='bought 2023'"
    )
    assert machine == Machine(
        process="laser",
        name="Big laser",
        envelope_mm=(1300.0, 900.0, 10.0),
        materials=("birch_plywood", "mdf"),
        power_w=1800.0,
        sheet_thicknesses_mm=(3.0, 6.0),
        notes="bought 2023",
    )
    assert parse_machine_spec("process=fdm").name == "FDM 3D printer"


@pytest.mark.parametrize(
    ("spec", "message"),
    [
        ("process=plasma", "process must be one of"),
        ("process=fdm size=1x2", "size needs three numbers"),
        ("process=fdm colour=red", "unknown key(s) colour"),
        ("process=fdm name='unclosed", "No closing quotation"),
        ("process=fdm power=lots", "power 'lots' is not numbers"),
        ("fdm", "is not key=value"),
    ],
)
def test_bad_machine_specs(spec: str, message: str) -> None:
    with pytest.raises(FabwiseError) as caught:
        parse_machine_spec(spec)
    assert message in caught.value.message


def test_rates() -> None:
    assert parse_rate("35 EUR") == parse_rate("eur 35") == HourlyRate("EUR", 35.0)
    assert parse_rate("12.5 GBP/h") == HourlyRate("GBP", 12.5)
    with pytest.raises(FabwiseError, match="AMOUNT CURRENCY"):
        parse_rate("cheap")


def test_describe_flags_assumed_inventory() -> None:
    lines = describe(make_facility(machines=(LASER,), inventory_verified=False))
    assert lines[0].endswith("[yours, inventory NOT verified]")
    assert any("ASSUMED typical inventory" in line for line in lines)
    assert any("bed 600×400 mm, sheets up to 6 mm; stocks 3, 4 mm" in line for line in lines)


def test_describe_does_not_date_a_shipped_record_by_its_install_time() -> None:
    """The shipped record was not 'updated' when the local database was created."""
    from configurator.core.facilities.store import RecordInfo

    facility = make_facility("lab-a", (LASER,))
    shipped = describe(facility, RecordInfo("seed", False, False, "2026-12-04T14:06:10+00:00"))
    assert shipped[-1] == "  record: shipped with Fabwise, not changed by you"
    edited = describe(facility, RecordInfo("seed", True, False, "2026-12-04T14:06:10+00:00"))
    assert edited[-1] == "  record: shipped with Fabwise, edited by you on 2026-12-04 14:06 UTC"
    added = describe(facility, RecordInfo("user", False, False, "2026-11-30T09:00:59+00:00"))
    assert added[-1] == "  record: added by you on 2026-11-30 09:00 UTC"

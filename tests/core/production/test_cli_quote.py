"""``fabwise quote`` end to end: a real template, the real slicer, an example workshop's own prices."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from configurator.cli.main import main
from configurator.core.facilities.store import FacilityStore
from tests.core.production.conftest import requires_slicer


@requires_slicer
def test_quote_json_for_a_printed_part(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("FABWISE_DATA_DIR", str(tmp_path))
    FacilityStore().close()
    code = main(["quote", "dshaft-knob", "--facility", "example-atelier-canal", "--quantity", "2", "--json"])
    assert code == 0
    data = json.loads(capsys.readouterr().out)
    assert data["currency"] == "EUR" and data["quantity"] == 2
    terms = data["terms"]
    summed = sum(t["amount"]["value"] for t in terms)
    assert summed == pytest.approx(data["total"]["value"], abs=0.01 * len(terms))
    machine = [t for t in terms if t["kind"] == "machine"]
    assert machine and all(
        "from PrusaSlicer" in t["basis"] and "profile prusa-mk3s-0.4" in t["basis"] for t in machine
    )
    assert all(not t["typical"] for t in machine)  # the workshop's own fdm rate (4 EUR/h)
    assert data["lead_time"]["days"] == [3, 5]
    sliced = data["production"]["slices"]
    assert sliced and all(s["filament_g"] > 0 for s in sliced.values())
    # the machine time of the quote is PrusaSlicer's print time, per copy times the quantity
    hours = sum(s["print_seconds"] for s in sliced.values()) / 3600 * 2
    assert data["machine_hours"]["value"] == pytest.approx(hours, rel=1e-3)


def test_quote_names_a_wrong_facility(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("FABWISE_DATA_DIR", str(tmp_path))
    code = main(["quote", "dshaft-knob", "--facility", "no-such-lab"])
    assert code == 2
    assert "no-such-lab" in capsys.readouterr().err

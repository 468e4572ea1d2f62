"""The app records a workshop's prices, lead time and printer profile, as `facilities edit` does."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from configurator.core.facilities.model import MaterialPrice, Pricing
from configurator.sdk.errors import FabwiseError
from configurator.ui.facility_prices_dialog import FacilityPricesDialog
from tests.core.facilities.conftest import make_facility
from tests.core.production.test_quote import LASER, PRINTER

pytestmark = pytest.mark.gui


def test_prices_entered_become_the_facility_record(qtbot: QtBot) -> None:
    sheet = MaterialPrice("birch_plywood", per_sheet=9.0, sheet_mm=(600, 400), thickness_mm=3.0)
    shop = make_facility(
        machines=(PRINTER, LASER), hourly_rate=None, pricing=Pricing("EUR", materials=(sheet,))
    )
    dialog = FacilityPricesDialog(shop)
    qtbot.addWidget(dialog)
    assert set(dialog.rates) == {"fdm", "laser"}
    assert dialog.rates["fdm"].text() == "not set"
    dialog.rates["laser"].setValue(32.5)
    dialog.setup_fee.setValue(6)
    dialog.material_prices["pla"].setValue(29)
    labels = [w.text() for w in dialog.findChildren(QLabel)]
    assert "PLA per kg" in labels and "pla per kg" not in labels  # the material's name, not its id
    dialog.lead_fast.setValue(2)
    dialog.lead_usual.setValue(4)
    dialog.profile.setCurrentIndex(dialog.profile.findData("ender3-0.4"))
    edited = dialog.edited()
    pricing = edited.pricing
    assert pricing is not None
    assert pricing.machine_rates == (("laser", 32.5),)  # fdm left "not set": typical in quotes
    assert pricing.setup_fee == 6 and pricing.lead_time_days == (2, 4)
    assert MaterialPrice("pla", per_kg=29.0) in pricing.materials
    assert sheet in pricing.materials  # sheet prices recorded elsewhere are kept
    assert [m.profile for m in edited.machines_for("fdm")] == ["ender3-0.4"]


def test_bad_entries_are_named_and_nothing_is_saved(qtbot: QtBot) -> None:
    dialog = FacilityPricesDialog(make_facility(machines=(PRINTER,)))
    qtbot.addWidget(dialog)
    dialog.currency.setText("E")
    with pytest.raises(FabwiseError, match=r"pricing\.currency"):
        dialog.edited()
    dialog.currency.setText("EUR")
    dialog.lead_fast.setValue(3)
    with pytest.raises(FabwiseError, match="both lead times"):
        dialog.edited()
    dialog.accept()
    assert dialog.result_facility is None and "both lead times" in dialog.error.text()

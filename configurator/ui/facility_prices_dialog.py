"""A workshop's own prices, lead time and printer profile, edited in the app.

The same record as ``fabwise facilities edit --currency/--machine-rate/--setup-fee/
--material-price/--lead-time/--profile``: machine rates for the processes the workshop has, a
set-up fee, prices per kg for the materials its machines list, a lead time and the printer
profile its FDM printers slice with. Empty fields ("not set") leave a price to the typical ones,
marked as such in quotes. Sheet prices recorded elsewhere (CLI, OKW) are kept as they are.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from configurator.core.facilities.model import PROCESSES, Facility, MaterialPrice, Pricing
from configurator.sdk.errors import FabwiseError
from configurator.ui.formatting import material_name

NOT_SET = "not set"


def _money_box(value: float | None) -> QDoubleSpinBox:
    box = QDoubleSpinBox()
    box.setRange(-1.0, 100_000.0)
    box.setDecimals(2)
    box.setSpecialValueText(NOT_SET)  # shown at the minimum (-1): no price recorded
    box.setValue(-1.0 if value is None else value)
    return box


def _value(box: QDoubleSpinBox) -> float | None:
    return None if box.value() < 0 else float(box.value())


class FacilityPricesDialog(QDialog):
    def __init__(self, facility: Facility, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(f"Prices of {facility.name}")
        self.facility = facility
        pricing = facility.pricing
        currency = (
            pricing.currency if pricing else facility.hourly_rate.currency if facility.hourly_rate else "EUR"
        )
        self.currency = QLineEdit(currency)
        self.currency.setMaxLength(3)
        self.currency.setToolTip("ISO 4217 code of every price below, e.g. EUR")
        form = QFormLayout()
        form.addRow("Currency", self.currency)
        self.rates: dict[str, QDoubleSpinBox] = {}
        for process in facility.processes:
            box = _money_box(pricing.rate_for(process) if pricing else None)
            self.rates[process] = box
            form.addRow(f"{PROCESSES[process]} per hour", box)
        self.setup_fee = _money_box(pricing.setup_fee if pricing else None)
        form.addRow("Set-up fee per job", self.setup_fee)
        materials = sorted({m for machine in facility.machines for m in machine.materials})
        self.material_prices: dict[str, QDoubleSpinBox] = {}
        for material in materials:
            own = pricing.material_price(material) if pricing else None
            box = _money_box(own.per_kg if own is not None else None)
            self.material_prices[material] = box
            form.addRow(f"{material_name(material)} per kg", box)
        lead = pricing.lead_time_days if pricing else None
        self.lead_fast, self.lead_usual = QSpinBox(), QSpinBox()
        for days, value in (
            (self.lead_fast, lead[0] if lead else -1),
            (self.lead_usual, lead[1] if lead else -1),
        ):
            days.setRange(-1, 365)
            days.setSpecialValueText(NOT_SET)
            days.setValue(value)
        form.addRow("Lead time, fastest (working days)", self.lead_fast)
        form.addRow("Lead time, usual (working days)", self.lead_usual)
        self.profile = QComboBox()
        printers = facility.machines_for("fdm")
        if printers:
            from configurator.core.facilities.printer_profiles import load_profiles

            self.profile.addItem("not stated (a typical printer is assumed)", "")
            for profile in load_profiles().values():
                self.profile.addItem(f"{profile.machine_class}: {profile.name}", profile.id)
            current = next((m.profile for m in printers if m.profile), "")
            self.profile.setCurrentIndex(max(0, self.profile.findData(current)))
            form.addRow("Printer profile (FDM)", self.profile)
        self.note = QLineEdit(pricing.note if pricing else "")
        self.note.setPlaceholderText("e.g. incl. VAT, member prices 2026")
        form.addRow("Note", self.note)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b3261e;")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel("Prices left “not set” are quoted with typical fab-lab prices, marked as such.")
        )
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.result_facility: Facility | None = None

    def edited(self) -> Facility:
        """The facility with the prices and profile as entered; raises FabwiseError naming a problem."""
        from configurator.core.facilities.codec import check_facility

        fast, usual = self.lead_fast.value(), self.lead_usual.value()
        if (fast < 0) != (usual < 0):
            raise FabwiseError("give both lead times (fastest and usual) or neither")
        kept_sheets = tuple(
            m
            for m in (self.facility.pricing.materials if self.facility.pricing else ())
            if m.per_sheet is not None
        )
        pricing = Pricing(
            currency=self.currency.text().strip().upper(),
            machine_rates=tuple((p, v) for p, box in self.rates.items() if (v := _value(box)) is not None),
            setup_fee=_value(self.setup_fee),
            materials=tuple(
                MaterialPrice(m, per_kg=v)
                for m, box in self.material_prices.items()
                if (v := _value(box)) is not None
            )
            + kept_sheets,
            lead_time_days=(fast, usual) if fast >= 0 else None,
            note=self.note.text().strip(),
        )
        machines = self.facility.machines
        if self.profile.count():
            chosen = str(self.profile.currentData() or "")
            machines = tuple(replace(m, profile=chosen) if m.process == "fdm" else m for m in machines)
        return check_facility(replace(self.facility, pricing=pricing, machines=machines), where="your prices")

    def accept(self) -> None:
        try:
            self.result_facility = self.edited()
        except FabwiseError as exc:
            self.error.setText(exc.message)
            return
        super().accept()


def open_prices_dialog(facility: Any, parent: QWidget | None = None) -> Facility | None:
    """Show the dialog; the edited facility, or None if cancelled."""
    dialog = FacilityPricesDialog(facility, parent)
    return dialog.result_facility if dialog.exec() == QDialog.DialogCode.Accepted else None

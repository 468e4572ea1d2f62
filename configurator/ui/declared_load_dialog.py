"""The optional step of File → Import model… that declares what the model must hold.

A thin form over :class:`configurator.core.imported.declared_load.DeclaredLoad`: a mass, the side it
presses on, the side that holds the part, whether it is held for months, and a service temperature.
The sides are those of the model's bounding box as it stands after import; the import checks them
against the model's surfaces and refuses a side with none. "Skip" (the default) declares nothing.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from configurator.core.imported.declared_load import (
    DIRECTIONS,
    MAX_MASS_KG,
    SIDES,
    TEMPERATURE_RANGE_C,
    DeclaredLoad,
    tolerance_text,
)
from configurator.sdk.errors import FabwiseError
from configurator.ui import theme

SIDE_WORDS = {
    "top": QT_TRANSLATE_NOOP("DeclaredLoadDialog", "top (+z)"),
    "bottom": QT_TRANSLATE_NOOP("DeclaredLoadDialog", "bottom (−z)"),
    "right": QT_TRANSLATE_NOOP("DeclaredLoadDialog", "right (+x)"),
    "left": QT_TRANSLATE_NOOP("DeclaredLoadDialog", "left (−x)"),
    "back": QT_TRANSLATE_NOOP("DeclaredLoadDialog", "back (+y)"),
    "front": QT_TRANSLATE_NOOP("DeclaredLoadDialog", "front (−y)"),
}


class DeclaredLoadDialog(QDialog):
    """Asks for an optional load and temperature; :meth:`declaration` reads the answer."""

    def __init__(self, model_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("What must it hold? (optional)"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Fabwise can check that “{model_name}” holds a load, with the same "
                "finite-element check as the catalogue's products. Say where the load "
                "presses and where the part is held, by the sides of the model as it "
                "stands after import ({tolerance_text})."
            ).format(model_name=model_name, tolerance_text=tolerance_text())
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.carries = QCheckBox(self.tr("It carries a load"))
        form.addRow(self.carries)
        self.mass = QDoubleSpinBox(suffix=" kg", decimals=2, minimum=0.01, maximum=MAX_MASS_KG, value=1.0)
        self.on = QComboBox()
        self.fixed = QComboBox()
        self.direction = QComboBox()
        for side in SIDES:
            self.on.addItem(self.tr(str(SIDE_WORDS[side])), side)
            self.fixed.addItem(self.tr(str(SIDE_WORDS[side])), side)
        for name in DIRECTIONS:
            self.direction.addItem(name, name)
        self.fixed.setCurrentIndex(list(SIDES).index("bottom"))
        self.sustained = QCheckBox(self.tr("for months (a shelf, a hook), not seconds"))
        form.addRow(self.tr("Mass"), self.mass)
        form.addRow(self.tr("Pressing on its"), self.on)
        form.addRow(self.tr("Pushing"), self.direction)
        form.addRow(self.tr("Held at its"), self.fixed)
        form.addRow("", self.sustained)
        self.hot = QCheckBox(self.tr("It gets warm in use"))
        low, high = TEMPERATURE_RANGE_C
        self.temperature = QDoubleSpinBox(suffix=" °C", decimals=0, minimum=low, maximum=high, value=40.0)
        form.addRow(self.hot)
        form.addRow(self.tr("Highest temperature"), self.temperature)
        layout.addLayout(form)
        self.error = QLabel("")
        self.error.setStyleSheet(f"color: {theme.current().status['error']};")
        self.error.setWordWrap(True)
        layout.addWidget(self.error)
        buttons = QDialogButtonBox()
        self.skip = buttons.addButton(self.tr("Skip"), QDialogButtonBox.ButtonRole.RejectRole)
        self.ok = buttons.addButton(self.tr("Declare"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.skip.setDefault(True)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.carries.toggled.connect(self._enable)
        self.hot.toggled.connect(self._enable)
        self._enable()

    def _enable(self) -> None:
        for widget in (self.mass, self.on, self.fixed, self.direction, self.sustained):
            widget.setEnabled(self.carries.isChecked())
        self.temperature.setEnabled(self.hot.isChecked())

    def declaration(self) -> tuple[DeclaredLoad | None, float | None]:
        """The load (its part left to the import: the only part) and temperature; raises
        FabwiseError naming what is wrong."""
        load = None
        if self.carries.isChecked():
            load = DeclaredLoad(
                "",
                str(self.on.currentData()),
                (str(self.fixed.currentData()),),
                mass_kg=float(self.mass.value()),
                direction=str(self.direction.currentData()),
                sustained=self.sustained.isChecked(),
            )
        return load, float(self.temperature.value()) if self.hot.isChecked() else None

    def _accept(self) -> None:
        try:
            self.declaration()
        except FabwiseError as exc:
            self.error.setText(exc.message + (f" ({exc.hint})" if exc.hint else ""))
            return
        self.accept()

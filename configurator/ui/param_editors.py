"""One editor widget per parameter kind, generated from the parameter's declared facts.

Every editor has the same small interface: ``set_value`` (from the model; emits nothing),
``value()``, and two signals: ``previewed`` while a value is being dragged and ``committed`` when the
user has settled on it. Editors hold no design state of their own and compute nothing: the session
validates and builds.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QIcon, QPixmap, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QSlider,
    QWidget,
)

from configurator.core.drag import slider_position, slider_positions, slider_value
from configurator.sdk.materials import Material, load_materials
from configurator.sdk.params import Parameter, ParamKind
from configurator.sdk.product import process_label
from configurator.ui.number_field import NumberField
from configurator.ui.plain_label import plain_tooltip

SETTLE_MS = 300  # a burst of arrow-key steps or typing counts as one change after this pause

UNIT_SUFFIX = {"deg": "°"}


class ParameterEditor(QWidget):
    previewed = Signal(object)  # a value being dragged (not final)
    committed = Signal(object)  # the value the user settled on
    problem = Signal(str)  # typed text that is not a value for the parameter ("" once fixed)
    history = Signal(str)  # "undo" / "redo" pressed while the editor has focus (for the design)

    def __init__(self, param: Parameter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.param = param
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.row = QHBoxLayout(self)
        self.row.setContentsMargins(0, 0, 0, 0)
        self.row.setSpacing(6)
        if param.help:
            self.setToolTip(
                plain_tooltip(
                    self.tr("{help}\nAllowed: {describe_range}").format(
                        help=param.help, describe_range=param.describe_range()
                    )
                )
            )
        else:
            self.setToolTip(
                self.tr("Allowed: {describe_range}").format(describe_range=param.describe_range())
            )

    def set_value(self, value: Any) -> None:
        raise NotImplementedError

    def value(self) -> Any:
        raise NotImplementedError

    def focus_widget(self) -> QWidget:
        return self

    def tab_widgets(self) -> list[QWidget]:
        """The controls Tab visits, left to right."""
        return [self.focus_widget()]


class NumberEditor(ParameterEditor):
    """A slider for dragging and a spin box for exact entry, both bound to min/max/step."""

    def __init__(self, param: Parameter, parent: QWidget | None = None) -> None:
        super().__init__(param, parent)
        assert param.minimum is not None and param.maximum is not None
        self._min, self._max = float(param.minimum), float(param.maximum)
        self._step = float(param.step or 1.0)
        self._positions = slider_positions(param)
        self._integer = param.kind is ParamKind.COUNT

        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setRange(0, self._positions)
        self.slider.setPageStep(max(1, self._positions // 10))
        self.slider.setMinimumWidth(56)
        self.spin = NumberField(param)  # units, decimal comma, the range said: never silent
        self.spin.setSingleStep(max(1.0, self._step) if self._integer else self._step)
        self.spin.problem.connect(self.problem)
        self.spin.before_undo.connect(self.flush)
        self.spin.history.connect(self.history)
        unit = UNIT_SUFFIX.get(param.unit, param.unit)
        if unit:
            self.spin.setSuffix(unit if unit == "°" else f" {unit}")
        self.spin.setKeyboardTracking(False)  # valueChanged on Enter / focus out / arrows
        self.spin.setAccelerated(True)
        self.spin.setButtonSymbols(QAbstractSpinBox.ButtonSymbols.UpDownArrows)
        # wide enough for the longest value with its unit: "400 mm" never shows as "400 mn"
        self.spin.setMinimumWidth(self.spin.sizeHint().width())
        self.spin.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.row.addWidget(self.slider, 1)
        self.row.addWidget(self.spin)

        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(SETTLE_MS)
        self._settle.timeout.connect(self._commit_current)

        self.slider.sliderMoved.connect(self._on_slider_moved)
        self.slider.sliderReleased.connect(self._commit_current)
        self.slider.valueChanged.connect(self._on_slider_value)
        self.spin.valueChanged.connect(self._on_spin_value)

    def _to_position(self, value: float) -> int:
        return slider_position(self.param, value)

    def _from_position(self, position: int) -> float | int:
        return slider_value(self.param, position)

    def value_at(self, position: int) -> float | int:
        """The value the slider stands for at ``position`` (what a drag there previews)."""
        return self._from_position(position)

    def position_of(self, value: float) -> int:
        return self._to_position(value)

    def set_value(self, value: Any) -> None:
        self._settle.stop()
        try:
            number = float(value)
        except (TypeError, ValueError):
            return
        self.spin.clear_problem()
        for widget in (self.slider, self.spin):
            widget.blockSignals(True)
        self._set_spin(number)
        self.slider.setValue(self._to_position(number))
        for widget in (self.slider, self.spin):
            widget.blockSignals(False)

    def _set_spin(self, number: float) -> None:
        self.spin.setValue(float(round(number)) if self._integer else float(number))

    def value(self) -> float | int:
        number = self.spin.value()
        return int(number) if self._integer else float(number)

    def focus_widget(self) -> QWidget:
        return self.spin

    def tab_widgets(self) -> list[QWidget]:
        return [self.slider, self.spin]

    def _on_slider_moved(self, position: int) -> None:
        self.spin.blockSignals(True)
        self._set_spin(self._from_position(position))
        self.spin.blockSignals(False)
        self.previewed.emit(self.value())

    def _on_slider_value(self, position: int) -> None:
        if self.slider.isSliderDown():
            return  # dragging: sliderMoved previews, release commits
        self.spin.blockSignals(True)
        self._set_spin(self._from_position(position))
        self.spin.blockSignals(False)
        self._settle.start()  # keyboard or page steps on the slider: commit after a pause

    def _on_spin_value(self, value: float) -> None:
        self.slider.blockSignals(True)
        self.slider.setValue(self._to_position(float(value)))
        self.slider.blockSignals(False)
        self._settle.start()

    def _commit_current(self) -> None:
        self._settle.stop()
        self.committed.emit(self.value())

    def flush(self) -> None:
        """Commit a pending change now (used before saving or closing)."""
        if self._settle.isActive():
            self._commit_current()


class ToggleEditor(ParameterEditor):
    def __init__(self, param: Parameter, parent: QWidget | None = None) -> None:
        super().__init__(param, parent)
        self.check = QCheckBox(param.title)
        self.row.addWidget(self.check)
        self.check.toggled.connect(lambda on: self.committed.emit(bool(on)))

    def set_value(self, value: Any) -> None:
        self.check.blockSignals(True)
        self.check.setChecked(bool(value))
        self.check.blockSignals(False)

    def value(self) -> bool:
        return self.check.isChecked()

    def focus_widget(self) -> QWidget:
        return self.check


class ChoiceEditor(ParameterEditor):
    def __init__(self, param: Parameter, parent: QWidget | None = None) -> None:
        super().__init__(param, parent)
        self.combo = QComboBox()
        for option in param.options:
            self.combo.addItem(option.replace("_", " ").capitalize(), option)
        self.row.addWidget(self.combo, 1)
        self.combo.activated.connect(lambda _index: self.committed.emit(self.value()))

    def set_value(self, value: Any) -> None:
        index = self.combo.findData(value)
        self.combo.blockSignals(True)
        self.combo.setCurrentIndex(index)
        self.combo.blockSignals(False)

    def value(self) -> str:
        return str(self.combo.currentData())

    def focus_widget(self) -> QWidget:
        return self.combo

    def select(self, option: str) -> None:
        """Choose ``option`` as a user would (emits ``committed``)."""
        index = self.combo.findData(option)
        if index < 0:
            raise ValueError(f"{self.param.name} has no option {option!r}")
        self.combo.setCurrentIndex(index)
        self.combo.activated.emit(index)


def _swatch(color: str) -> QIcon:
    pixmap = QPixmap(14, 14)
    pixmap.fill(QColor(color))
    return QIcon(pixmap)


class MaterialEditor(ChoiceEditor):
    """The template's allowed materials; those the template's processes cannot use are disabled."""

    def __init__(self, param: Parameter, processes: tuple[str, ...], parent: QWidget | None = None) -> None:
        super().__init__(param, parent)
        self.processes = processes
        self.combo.clear()
        catalogue = load_materials()
        model = self.combo.model()
        for option in param.options:
            material: Material | None = catalogue.get(option)
            label = material.label if material else option
            self.combo.addItem(label, option)
            index = self.combo.count() - 1
            if material is None:
                self.combo.setItemData(
                    index,
                    QCoreApplication.translate("MaterialEditor", "not in the material catalogue"),
                    Qt.ItemDataRole.ToolTipRole,
                )
                continue
            self.combo.setItemIcon(index, _swatch(material.color))
            usable = set(material.processes) & set(processes)
            if usable:
                ways = ", ".join(process_label(p) for p in material.processes)
                self.combo.setItemData(
                    index,
                    QCoreApplication.translate("MaterialEditor", "{name}: {ways}").format(
                        name=material.label, ways=ways
                    ),
                    Qt.ItemDataRole.ToolTipRole,
                )
            else:
                needs = ", ".join(process_label(p) for p in processes)
                self.combo.setItemData(
                    index,
                    QCoreApplication.translate("MaterialEditor", "{name} cannot be made by {needs}").format(
                        name=material.label, needs=needs
                    ),
                    Qt.ItemDataRole.ToolTipRole,
                )
                if isinstance(model, QStandardItemModel):
                    item = model.item(index)
                    if item is not None:
                        item.setEnabled(False)

    def enabled_options(self) -> list[str]:
        model = self.combo.model()
        found = []
        for index in range(self.combo.count()):
            item = model.item(index) if isinstance(model, QStandardItemModel) else None
            if item is None or item.isEnabled():
                found.append(str(self.combo.itemData(index)))
        return found


class TextEditor(ParameterEditor):
    def __init__(self, param: Parameter, parent: QWidget | None = None) -> None:
        super().__init__(param, parent)
        self.line = QLineEdit()
        if param.max_length:
            self.line.setMaxLength(param.max_length)
            self.line.setPlaceholderText(
                QCoreApplication.translate("TextEditor", "up to {max_length} characters").format(
                    max_length=param.max_length
                )
            )
        self.row.addWidget(self.line, 1)
        self._last = ""
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(SETTLE_MS * 2)
        self._settle.timeout.connect(self.flush)
        self.line.textEdited.connect(lambda _text: self._settle.start())
        self.line.editingFinished.connect(self.flush)

    def set_value(self, value: Any) -> None:
        self._settle.stop()
        self._last = str(value)
        if self.line.text() != self._last:
            self.line.blockSignals(True)
            self.line.setText(self._last)
            self.line.blockSignals(False)

    def value(self) -> str:
        return self.line.text()

    def focus_widget(self) -> QWidget:
        return self.line

    def flush(self) -> None:
        self._settle.stop()
        if self.line.text() != self._last:
            self._last = self.line.text()
            self.committed.emit(self._last)


def make_editor(
    param: Parameter, processes: tuple[str, ...], parent: QWidget | None = None
) -> ParameterEditor:
    """The editor for ``param``'s kind."""
    if param.kind in (ParamKind.LENGTH, ParamKind.ANGLE, ParamKind.COUNT, ParamKind.NUMBER):
        return NumberEditor(param, parent)
    if param.kind is ParamKind.TOGGLE:
        return ToggleEditor(param, parent)
    if param.kind is ParamKind.CHOICE:
        return ChoiceEditor(param, parent)
    if param.kind is ParamKind.MATERIAL:
        return MaterialEditor(param, processes, parent)
    return TextEditor(param, parent)

"""The number box of a parameter: reads what a person types the way the CLI does, never changes it
silently.

Qt's own spin box refuses keystrokes that leave the range (so 600 in a box whose maximum is 400
became 60), stops at a decimal comma in a point locale (``2,5`` became 2) and quietly puts the old
value back when the text is not a number it knows (``8 cm``). :class:`NumberField` instead reads
the text with the parameter's own parser (:meth:`Parameter.parse_input`: units such as ``15cm``
and ``6in``, a decimal comma, the range checked and said, never clamped) and reports a value it
cannot take through ``problem`` (the message; "" once the text is fine again): on Enter the text
stays for the person to correct, on leaving the box the committed value is shown again and the
message says so.

Numbers are shown in the widget's locale (decimal comma where the locale uses one), without
trailing zeros. Undo and redo pressed while the box has focus undo the design (``history``), not
the box's text.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QLocale, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QKeySequence, QValidator
from PySide6.QtWidgets import QDoubleSpinBox, QWidget

from configurator.sdk.params import Parameter, ParamKind, ParamValueError

#: digits kept after the point: more than any template's step needs, so typed values are kept
PRECISION = 6


class NumberField(QDoubleSpinBox):
    problem = Signal(str)  # what is wrong with the typed text ("" when nothing is)
    before_undo = Signal()  # Ctrl+Z / Ctrl+Y pressed in the box: commit what is pending first
    history = Signal(str)  # "undo" or "redo" pressed in the box: for the design, not the text

    def __init__(self, param: Parameter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        assert param.minimum is not None and param.maximum is not None
        self.param = param
        self._integer = param.kind is ParamKind.COUNT
        self.setDecimals(0 if self._integer else PRECISION)
        self.setRange(float(param.minimum), float(param.maximum))
        self.setCorrectionMode(QDoubleSpinBox.CorrectionMode.CorrectToPreviousValue)
        locale = self.locale()  # numbers as the locale writes them, without thousands groups
        locale.setNumberOptions(locale.numberOptions() | QLocale.NumberOption.OmitGroupSeparator)
        self.setLocale(locale)
        self._problem = ""

    # -------------------------------------------------------------- reading
    def decimal_point(self) -> str:
        return self.locale().decimalPoint()

    def parse(self, text: str) -> float:
        """The value ``text`` stands for; ParamValueError saying why not."""
        body = text.strip()
        suffix = self.suffix().strip()
        if suffix and body.endswith(suffix) and suffix != "°":
            body = body[: -len(suffix)].strip()  # the unit shown is the parameter's own
        return float(self.param.parse_input(body, self.decimal_point()))

    def problem_with(self, text: str) -> str:
        try:
            self.parse(text)
        except ParamValueError as exc:
            return str(exc)
        return ""

    def validate(self, text: str, pos: int) -> Any:
        # Anything may be typed; only a value the parameter takes is "acceptable".
        state = QValidator.State.Intermediate if self.problem_with(text) else QValidator.State.Acceptable
        return state, text, pos

    def valueFromText(self, text: str) -> float:
        try:
            return self.parse(text)
        except ParamValueError:
            return self.value()

    def textFromValue(self, value: float) -> str:
        if self._integer:
            return self.locale().toString(round(value))
        text = self.locale().toString(float(value), "f", PRECISION)
        point = self.decimal_point()
        return text.rstrip("0").rstrip(point) if point in text else text

    def fixup(self, text: str) -> str:
        return text

    # ------------------------------------------------------------- problems
    def _set_problem(self, message: str) -> None:
        if message != self._problem:
            self._problem = message
            self.problem.emit(message)

    @property
    def current_problem(self) -> str:
        return self._problem

    def clear_problem(self) -> None:
        self._set_problem("")

    def check_text(self) -> bool:
        """Read the typed text now: True if it is a value (set, and any problem cleared)."""
        text = self.lineEdit().text()
        message = self.problem_with(text)
        if message:
            self._set_problem(message)
            return False
        self._set_problem("")
        value = self.parse(text)
        if value != self.value():
            self.setValue(value)
        return True

    # --------------------------------------------------------------- events
    def keyPressEvent(self, event: QKeyEvent) -> None:
        step = _undo_or_redo(event)
        if step:  # the line edit would undo its own text only
            self.before_undo.emit()  # a value typed a moment ago becomes an undoable step
            self.history.emit(step)
            event.accept()
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not self.check_text():
            self.lineEdit().selectAll()
            event.accept()  # the text stays, with the message, for the person to correct
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        text = self.lineEdit().text()
        if not self.check_text():
            kept = self.textFromValue(self.value()) + self.suffix()
            self._set_problem(
                self.tr("{problem_with}. Kept {kept}.").format(
                    problem_with=self.problem_with(text), kept=kept
                )
            )
        super().focusOutEvent(event)

    def event(self, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and _undo_or_redo(event)
        ):
            event.accept()  # the key press comes to keyPressEvent (flush first, then undo)
            return True
        return super().event(event)


def _undo_or_redo(event: QKeyEvent) -> str:
    """ "undo", "redo" or "" for a key press."""
    pressed = QKeySequence(event.keyCombination())

    def pressed_any(bindings: list[QKeySequence]) -> bool:
        return any(pressed.matches(b) == QKeySequence.SequenceMatch.ExactMatch for b in bindings)

    if pressed_any(
        [
            *QKeySequence.keyBindings(QKeySequence.StandardKey.Redo),
            QKeySequence("Ctrl+Y"),
            QKeySequence("Ctrl+Shift+Z"),
        ]
    ):
        return "redo"
    if pressed_any(QKeySequence.keyBindings(QKeySequence.StandardKey.Undo)):
        return "undo"
    return ""

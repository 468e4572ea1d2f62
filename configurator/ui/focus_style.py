"""A clearly visible keyboard focus on every kind of control, in any style and either scheme.

Qt styles mark the focused control in their own way, some barely (Fusion: a 1 px outline a shade
darker than the highlight, hard to see on a dark window). :class:`FocusFrameStyle` wraps the style
in use and, once the user moves the focus with the keyboard (``State_KeyboardFocusChange``, as
every style does), draws a 2 px frame in the palette's Highlight colour around the focused button,
check box, drop-down, number box, text field, slider or tool button. The theme makes Highlight
contrast 3:1 with the window and the fields (``theme.Theme.graphic_pairs``). Sizes and margins are
the wrapped style's: nothing moves.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QPainter, QPalette, QPen
from PySide6.QtWidgets import QProxyStyle, QStyle, QStyleOption, QWidget

FRAME_WIDTH = 2.0
_CE = QStyle.ControlElement
_CC = QStyle.ComplexControl
_PE = QStyle.PrimitiveElement
FRAMED_CONTROLS = (_CE.CE_PushButton, _CE.CE_CheckBox, _CE.CE_RadioButton)
FRAMED_COMPLEX = (_CC.CC_ComboBox, _CC.CC_SpinBox, _CC.CC_ToolButton, _CC.CC_Slider)
FRAMED_PRIMITIVES = (_PE.PE_PanelLineEdit,)


def shows_keyboard_focus(option: QStyleOption) -> bool:
    state = option.state
    return bool(state & QStyle.StateFlag.State_HasFocus) and bool(
        state & QStyle.StateFlag.State_KeyboardFocusChange
    )


def draw_focus_frame(option: QStyleOption, painter: QPainter) -> None:
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    pen = QPen(option.palette.color(QPalette.ColorRole.Highlight), FRAME_WIDTH)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    inset = FRAME_WIDTH / 2
    painter.drawRoundedRect(QRectF(option.rect).adjusted(inset, inset, -inset, -inset), 3, 3)
    painter.restore()


class FocusFrameStyle(QProxyStyle):
    """The wrapped style, plus a frame in the Highlight colour around the keyboard focus."""

    def drawControl(
        self,
        element: QStyle.ControlElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        super().drawControl(element, option, painter, widget)
        if element in FRAMED_CONTROLS and shows_keyboard_focus(option):
            draw_focus_frame(option, painter)

    def drawComplexControl(
        self,
        control: QStyle.ComplexControl,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        super().drawComplexControl(control, option, painter, widget)  # type: ignore[arg-type]
        if control in FRAMED_COMPLEX and shows_keyboard_focus(option):
            draw_focus_frame(option, painter)

    def drawPrimitive(
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        super().drawPrimitive(element, option, painter, widget)
        if element in FRAMED_PRIMITIVES and shows_keyboard_focus(option):
            draw_focus_frame(option, painter)

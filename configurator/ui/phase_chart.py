"""A small horizontal bar chart: CO2e per life phase, with the low–high range as a whisker."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from configurator.ui import theme

ROW_HEIGHT = 24
LABEL_WIDTH = 118
VALUE_WIDTH = 64


@dataclass(frozen=True)
class PhaseBar:
    phase: str
    label: str
    value: float
    low: float
    high: float
    text: str  # the value as shown, e.g. "420 g"
    tooltip: str = ""


class PhaseChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bars: list[PhaseBar] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMouseTracking(True)

    def set_bars(self, bars: Sequence[PhaseBar]) -> None:
        self.bars = list(bars)
        self.setFixedHeight(max(1, len(self.bars)) * ROW_HEIGHT + 4)
        self.setToolTip("\n\n".join(b.tooltip for b in self.bars if b.tooltip))
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(300, max(1, len(self.bars)) * ROW_HEIGHT + 4)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        scale_max = max((b.high for b in self.bars), default=0.0) or 1.0
        metrics = self.fontMetrics()
        label_width = max((metrics.horizontalAdvance(b.label) for b in self.bars), default=LABEL_WIDTH) + 10
        value_width = max((metrics.horizontalAdvance(b.text) for b in self.bars), default=VALUE_WIDTH) + 8
        bar_left = label_width
        bar_width = max(20, self.width() - label_width - value_width - 6)
        text_color = self.palette().color(self.foregroundRole())
        colours = theme.current()
        for row, bar in enumerate(self.bars):
            top = row * ROW_HEIGHT + 2
            painter.setPen(text_color)
            painter.drawText(
                QRectF(0, top, label_width - 6, ROW_HEIGHT),
                int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft),
                bar.label,
            )
            painter.fillRect(
                QRectF(bar_left, top + 5, bar_width, ROW_HEIGHT - 10), QColor(colours.chart_track)
            )
            length = bar_width * max(bar.value, 0.0) / scale_max
            painter.fillRect(
                QRectF(bar_left, top + 5, length, ROW_HEIGHT - 10),
                QColor(colours.chart.get(bar.phase, colours.muted)),
            )
            low_x = bar_left + bar_width * max(bar.low, 0.0) / scale_max
            high_x = bar_left + bar_width * max(bar.high, 0.0) / scale_max
            middle = top + ROW_HEIGHT / 2
            painter.setPen(QPen(QColor(colours.chart_whisker), 1.2))
            painter.drawLine(int(low_x), int(middle), int(high_x), int(middle))
            for x in (low_x, high_x):
                painter.drawLine(int(x), int(middle - 4), int(x), int(middle + 4))
            painter.setPen(text_color)
            painter.drawText(
                QRectF(bar_left + bar_width + 6, top, value_width, ROW_HEIGHT),
                int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft),
                bar.text,
            )
        painter.end()

"""Small charts painted with QPainter (QtCharts is deprecated from Qt 6.10): tiles, funnel, trend."""

from __future__ import annotations

import itertools
from decimal import Decimal

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

ACCENT = QColor("#1565c0")
ACCENT_2 = QColor("#ef6c00")
TRACK = QColor("#e3e8ef")
TEXT = QColor("#263238")
MUTED = QColor("#607d8b")


def _number(value: Decimal) -> str:
    return f"{value:,.0f}" if value == value.to_integral_value() else f"{value:,.2f}"


class TileWidget(QWidget):
    """A figure with its target: the value, "of target", and a progress track."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self.value = Decimal(0)
        self.target: Decimal | None = None
        self.target_text = ""
        self.setMinimumSize(170, 96)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_value(self, value: Decimal, target: Decimal | None, target_text: str) -> None:
        self.value, self.target, self.target_text = value, target, target_text
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(190, 96)

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(self.rect()).adjusted(2, 2, -2, -2)
        p.setPen(QPen(TRACK, 1))
        p.setBrush(QColor("#ffffff"))
        p.drawRoundedRect(rect, 6, 6)
        p.setPen(MUTED)
        p.drawText(
            rect.adjusted(12, 8, -8, 0), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, self.title
        )
        big = QFont(self.font())
        big.setPointSizeF(self.font().pointSizeF() * 1.9)
        big.setBold(True)
        p.setFont(big)
        p.setPen(TEXT)
        p.drawText(
            rect.adjusted(12, 26, -8, 0),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
            _number(self.value),
        )
        p.setFont(self.font())
        p.setPen(MUTED)
        p.drawText(
            rect.adjusted(12, 0, -8, -20),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom,
            self.target_text,
        )
        if self.target:
            track = QRectF(rect.left() + 12, rect.bottom() - 14, rect.width() - 24, 6)
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(TRACK)
            p.drawRoundedRect(track, 3, 3)
            share = float(min(Decimal(1), self.value / self.target))
            p.setBrush(ACCENT if share < 1 else QColor("#2e7d32"))
            p.drawRoundedRect(QRectF(track.left(), track.top(), track.width() * share, track.height()), 3, 3)
        p.end()


class FunnelChart(QWidget):
    """Horizontal bars narrowing from 待对接 to 已获首贷, with counts and the share of the first stage."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.steps: list[tuple[str, int]] = []
        self.setMinimumSize(320, 200)

    def set_steps(self, steps: list[tuple[str, int]]) -> None:
        self.steps = steps
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        if not self.steps:
            p.end()
            return
        top = max(1, self.steps[0][1])
        label_w = 90.0
        row_h = self.height() / len(self.steps)
        width = self.width() - label_w - 110
        for i, (name, count) in enumerate(self.steps):
            y = i * row_h
            bar_w = max(2.0, width * count / top)
            x = label_w + (width - bar_w) / 2
            color = QColor(ACCENT)
            color.setAlphaF(1.0 - 0.1 * i)
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(color)
            p.drawRoundedRect(QRectF(x, y + row_h * 0.15, bar_w, row_h * 0.7), 3, 3)
            p.setPen(TEXT)
            p.drawText(
                QRectF(0, y, label_w - 6, row_h),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                name,
            )
            share = 100.0 * count / top
            p.drawText(
                QRectF(label_w + width + 6, y, 104, row_h),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                f"{count:,}  ({share:.0f}%)",
            )
        p.end()


class TrendChart(QWidget):
    """Monthly bars (visits) with a line (first loans) on its own scale, last twelve months."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.points: list[tuple[str, int, int]] = []
        self.legend = ("", "")
        self.setMinimumSize(360, 200)

    def set_points(self, points: list[tuple[str, int, int]], legend: tuple[str, str]) -> None:
        self.points, self.legend = points, legend
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        if not self.points:
            p.end()
            return
        left, right, top, bottom = 30.0, 30.0, 24.0, 22.0
        plot = QRectF(left, top, self.width() - left - right, self.height() - top - bottom)
        n = len(self.points)
        slot = plot.width() / n
        max_bar = max(1, *(v for _, v, _ in self.points))
        max_line = max(1, *(loans for _, _, loans in self.points))
        p.setPen(QPen(TRACK, 1))
        p.drawLine(plot.bottomLeft(), plot.bottomRight())
        line_points = []
        for i, (month, bars, line) in enumerate(self.points):
            x = plot.left() + i * slot
            h = plot.height() * bars / max_bar
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(ACCENT)
            p.drawRect(QRectF(x + slot * 0.2, plot.bottom() - h, slot * 0.6, h))
            p.setPen(MUTED)
            p.drawText(QRectF(x, plot.bottom() + 2, slot, bottom), Qt.AlignmentFlag.AlignHCenter, month[5:])
            line_points.append((x + slot / 2, plot.bottom() - plot.height() * line / max_line, line))
        p.setPen(QPen(ACCENT_2, 2))
        for (x1, y1, _), (x2, y2, _) in itertools.pairwise(line_points):
            p.drawLine(int(x1), int(y1), int(x2), int(y2))
        p.setBrush(ACCENT_2)
        for x, y, value in line_points:
            p.drawEllipse(QRectF(x - 3, y - 3, 6, 6))
            if value:
                p.drawText(QRectF(x - 15, y - 18, 30, 14), Qt.AlignmentFlag.AlignHCenter, str(value))
        p.setPen(TEXT)
        p.drawText(QRectF(left, 2, plot.width(), 18), Qt.AlignmentFlag.AlignLeft, f"■ {self.legend[0]}")
        p.setPen(ACCENT_2)
        p.drawText(QRectF(left, 2, plot.width(), 18), Qt.AlignmentFlag.AlignRight, f"● {self.legend[1]}")
        p.end()

"""Small charts painted with QPainter (QtCharts is deprecated from Qt 6.10): a figure's tile, bars for the
period's funnel, a monthly trend. Each has labels and a legend, and tells the value under the mouse."""

from __future__ import annotations

import itertools
from decimal import Decimal

from PySide6.QtCore import QPoint, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

ACCENT = QColor("#1565c0")
ACCENT_2 = QColor("#ef6c00")
TRACK = QColor("#e3e8ef")
TEXT = QColor("#263238")
MUTED = QColor("#607d8b")
GOOD = QColor("#2e7d32")


def number_text(value: Decimal | None, unit: str = "") -> str:
    """A tile's number: whole numbers grouped, amounts with two decimals, rates with one and %."""
    if value is None:
        return "—"
    if unit == "%":
        return f"{value:.1f}%"
    if unit == "万元":
        return f"{value:,.2f}"
    return f"{value:,.0f}" if value == value.to_integral_value() else f"{value:,.2f}"


def compact_text(value: Decimal | None, unit: str = "") -> str:
    """A target: whole numbers without decimals (8,300 万元), else as ``number_text``."""
    if value is not None and unit != "%" and value == value.to_integral_value():
        return f"{value:,.0f}"
    return number_text(value, unit)


class TileWidget(QWidget):
    """A figure: its name, value and unit, a line under it (target and 完成率, or 同比/环比), and a track
    towards the target. Its tooltip is the figure's definition; a click asks for the firms it counts."""

    clicked = Signal(str)  # the figure's code

    def __init__(self, code: str, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.code = code
        self.title = title
        self.value: Decimal | None = Decimal(0)
        self.unit = ""
        self.unit_label = ""  # the unit as shown (translated)
        self.target: Decimal | None = None
        self.detail = ""
        self.clickable = False
        self.setMinimumSize(150, 78)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_value(
        self,
        value: Decimal | None,
        target: Decimal | None,
        detail: str,
        *,
        unit: str = "",
        clickable: bool = False,
    ) -> None:
        self.value, self.target, self.detail, self.unit, self.clickable = (
            value,
            target,
            detail,
            unit,
            clickable,
        )
        self.setCursor(Qt.CursorShape.PointingHandCursor if clickable else Qt.CursorShape.ArrowCursor)
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(170, 80)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self.clickable and event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit(self.code)
        super().mouseReleaseEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(self.rect()).adjusted(2, 2, -2, -2)
        p.setPen(QPen(ACCENT if self.underMouse() and self.clickable else TRACK, 1))
        p.setBrush(QColor("#ffffff"))
        p.drawRoundedRect(rect, 6, 6)
        p.setPen(MUTED)
        top = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
        p.drawText(rect.adjusted(10, 6, -6, 0), top, self.title)
        big = QFont(self.font())
        big.setPointSizeF(self.font().pointSizeF() * 1.6)
        big.setBold(True)
        p.setFont(big)
        p.setPen(TEXT)
        shown = number_text(self.value, self.unit)
        p.drawText(rect.adjusted(10, 22, -6, 0), top, shown)
        if self.unit_label and self.value is not None:
            width = p.fontMetrics().horizontalAdvance(shown)
            p.setFont(self.font())
            p.setPen(MUTED)
            p.drawText(rect.adjusted(16 + width, 30, -6, 0), top, self.unit_label)
        p.setFont(self.font())
        p.setPen(MUTED)
        p.drawText(
            rect.adjusted(10, 0, -6, -14),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom,
            self.detail,
        )
        if self.target and self.value is not None:
            track = QRectF(rect.left() + 10, rect.bottom() - 9, rect.width() - 20, 5)
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(TRACK)
            p.drawRoundedRect(track, 2, 2)
            share = float(min(Decimal(1), self.value / self.target))
            p.setBrush(ACCENT if share < 1 else GOOD)
            p.drawRoundedRect(QRectF(track.left(), track.top(), track.width() * share, track.height()), 2, 2)
        p.end()


class FunnelChart(QWidget):
    """Horizontal bars for the period's steps (名单内企业 → 首贷户数), each with its count and its share of
    the first bar; the value under the mouse is shown as a tooltip."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.steps: list[tuple[str, int]] = []
        self.caption = ""
        self.setMinimumSize(300, 150)
        self.setMouseTracking(True)

    def set_steps(self, steps: list[tuple[str, int]], caption: str = "") -> None:
        self.steps, self.caption = steps, caption
        self.update()

    def _row_height(self) -> float:
        return (self.height() - 18) / max(1, len(self.steps))

    def value_at(self, pos: QPoint) -> str | None:
        """The tooltip for a point: the step and its count."""
        if not self.steps or pos.y() < 18:
            return None
        index = int((pos.y() - 18) / self._row_height())
        if not 0 <= index < len(self.steps):
            return None
        name, count = self.steps[index]
        top = max(1, self.steps[0][1])
        return f"{name}：{count:,}（{100.0 * count / top:.1f}%）"

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        text = self.value_at(event.position().toPoint())
        if text:
            QToolTip.showText(event.globalPosition().toPoint(), text, self)
        else:
            QToolTip.hideText()

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setPen(MUTED)
        p.drawText(QRectF(0, 0, self.width(), 16), Qt.AlignmentFlag.AlignLeft, self.caption)
        if not self.steps:
            p.end()
            return
        top = max(1, self.steps[0][1])
        row_h = self._row_height()
        label_w = 12.0 + max(p.fontMetrics().horizontalAdvance(name) for name, _ in self.steps)
        width = self.width() - label_w - 110
        for i, (name, count) in enumerate(self.steps):
            y = 18 + i * row_h
            bar_w = max(2.0, width * count / top)
            color = QColor(ACCENT)
            color.setAlphaF(1.0 - 0.12 * i)
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(color)
            p.drawRoundedRect(QRectF(label_w, y + row_h * 0.15, bar_w, row_h * 0.7), 3, 3)
            p.setPen(TEXT)
            right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
            p.drawText(QRectF(0, y, label_w - 6, row_h), right, name)
            left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
            p.drawText(
                QRectF(label_w + bar_w + 6, y, 104, row_h),
                left,
                f"{count:,}  ({100.0 * count / top:.0f}%)",
            )
        p.end()


class TrendChart(QWidget):
    """Monthly bars (firms contacted) and a line (first-loan firms) on its own scale, with a legend, the
    month under each bar and the values of the month under the mouse."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.points: list[tuple[str, int, int]] = []
        self.legend = ("", "")
        self.setMinimumSize(340, 150)
        self.setMouseTracking(True)

    def set_points(self, points: list[tuple[str, int, int]], legend: tuple[str, str]) -> None:
        self.points, self.legend = points, legend
        self.update()

    def _plot(self) -> QRectF:
        left, right, top, bottom = 30.0, 30.0, 24.0, 22.0
        return QRectF(left, top, self.width() - left - right, self.height() - top - bottom)

    def value_at(self, pos: QPoint) -> str | None:
        if not self.points:
            return None
        plot = self._plot()
        if not plot.left() <= pos.x() <= plot.right():
            return None
        index = min(len(self.points) - 1, int((pos.x() - plot.left()) / (plot.width() / len(self.points))))
        month, bars, line = self.points[index]
        return f"{month}\n{self.legend[0]}：{bars:,}\n{self.legend[1]}：{line:,}"

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        text = self.value_at(event.position().toPoint())
        if text:
            QToolTip.showText(event.globalPosition().toPoint(), text, self)
        else:
            QToolTip.hideText()

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        if not self.points:
            p.end()
            return
        plot = self._plot()
        slot = plot.width() / len(self.points)
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
            p.drawText(QRectF(x, plot.bottom() + 2, slot, 20), Qt.AlignmentFlag.AlignHCenter, month[5:])
            line_points.append((x + slot / 2, plot.bottom() - plot.height() * line / max_line, line))
        p.setPen(QPen(ACCENT_2, 2))
        for (x1, y1, _), (x2, y2, _) in itertools.pairwise(line_points):
            p.drawLine(int(x1), int(y1), int(x2), int(y2))
        p.setBrush(ACCENT_2)
        for x, y, value in line_points:
            p.drawEllipse(QRectF(x - 3, y - 3, 6, 6))
            if value:
                p.drawText(QRectF(x - 15, y - 18, 30, 14), Qt.AlignmentFlag.AlignHCenter, str(value))
        p.setPen(ACCENT)
        p.drawText(
            QRectF(plot.left(), 2, plot.width(), 18), Qt.AlignmentFlag.AlignLeft, f"■ {self.legend[0]}"
        )
        p.setPen(ACCENT_2)
        p.drawText(
            QRectF(plot.left(), 2, plot.width(), 18), Qt.AlignmentFlag.AlignRight, f"● {self.legend[1]}"
        )
        p.end()

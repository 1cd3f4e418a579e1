"""The main window on the screen it opens on: sized to the available area at the first start (never beyond
it: a 1366×768 branch laptop with its taskbar leaves about 1366×728), and its state kept per screen layout,
so the office monitor and the laptop alone each get the window as it was last left there.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QRect, QSettings, QSize, Qt
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QWidget

# What the window asks for on a large screen; a smaller one gets its available area.
PREFERRED = QSize(1280, 800)
# Room for the title bar and borders the window manager adds around the window (unknown before it shows).
FRAME = QSize(16, 40)


def screen_layout_key(screens: Sequence[QScreen]) -> str:
    """One key per arrangement of screens (sizes, places, scaling): "1366x768+0+0@1.25"."""
    parts = []
    for screen in screens:
        g = screen.geometry()
        parts.append(f"{g.width()}x{g.height()}+{g.x()}+{g.y()}@{screen.devicePixelRatio():g}")
    return "_".join(sorted(parts)) or "none"


def first_geometry(available: QRect, preferred: QSize = PREFERRED) -> QRect:
    """The preferred size where it fits with its frame, else the available area less the frame; centred."""
    width = min(preferred.width(), available.width() - FRAME.width())
    height = min(preferred.height(), available.height() - FRAME.height())
    left = available.x() + (available.width() - width) // 2
    top = available.y() + (available.height() - height) // 2
    return QRect(left, top, width, height)


def clamped(frame: QRect, available: QRect) -> QRect:
    """``frame`` moved and shrunk into ``available`` (a window left on a monitor that is gone)."""
    width = min(frame.width(), available.width())
    height = min(frame.height(), available.height())
    left = min(max(frame.x(), available.x()), available.x() + available.width() - width)
    top = min(max(frame.y(), available.y()), available.y() + available.height() - height)
    return QRect(left, top, width, height)


def available_area(window: QWidget) -> QRect:
    screen = window.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else QRect(0, 0, 1366, 728)


def _rect(value: object) -> QRect | None:
    try:
        x, y, w, h = (int(part) for part in str(value).split(","))
    except ValueError:
        return None
    return QRect(x, y, w, h) if w > 200 and h > 150 else None


class WindowPlacement:
    """Restores and saves a window's geometry under the current screen layout's key."""

    def __init__(
        self,
        window: QWidget,
        settings: QSettings,
        available: Callable[[QWidget], QRect] = available_area,
        layout_key: Callable[[], str] | None = None,
    ) -> None:
        self.window = window
        self.settings = settings
        self.available = available
        self.layout_key = layout_key or (lambda: screen_layout_key(QGuiApplication.screens()))

    def _key(self, what: str) -> str:
        return f"window/{what}/{self.layout_key()}"

    def restore(self) -> None:
        """The rectangle last left on this screen layout (moved inside if need be), else the first size."""
        area = self.available(self.window)
        inside = area.adjusted(0, 0, -FRAME.width(), -FRAME.height())
        saved = _rect(self.settings.value(self._key("geometry")))
        self.window.setGeometry(clamped(saved, inside) if saved is not None else first_geometry(area))
        if str(self.settings.value(self._key("maximized"), "false")).lower() == "true":
            self.window.setWindowState(self.window.windowState() | Qt.WindowState.WindowMaximized)

    def save(self) -> None:
        maximized = self.window.isMaximized()
        g = self.window.normalGeometry() if maximized else self.window.geometry()
        self.settings.setValue(self._key("geometry"), f"{g.x()},{g.y()},{g.width()},{g.height()}")
        self.settings.setValue(self._key("maximized"), maximized)

    def fit(self) -> None:
        """Never larger than the available area, its frame included (a layout's minimum size or a window
        restored from a larger screen could push it beyond)."""
        area = self.available(self.window)
        frame = self.window.frameGeometry()
        extra = QSize(frame.width() - self.window.width(), frame.height() - self.window.height())
        inner = QRect(
            area.x(), area.y(), area.width() - max(extra.width(), 0), area.height() - max(extra.height(), 0)
        )
        self.window.setMaximumSize(inner.size())
        if self.window.width() > inner.width() or self.window.height() > inner.height():
            self.window.setGeometry(clamped(self.window.geometry(), inner))

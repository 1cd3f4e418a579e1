"""The window on a 1366×768 branch laptop: never larger than the available area, its layouts fit there at
100 %, 125 % and 150 % scaling, and its state is kept per screen layout."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QRect, QSettings
from PySide6.QtWidgets import QMainWindow
from pytestqt.qtbot import QtBot

from desktop.services.workspace import Workspace
from desktop.ui.main_window import FIRMS, SETTINGS, MainWindow
from desktop.ui.window_fit import WindowPlacement, clamped, first_geometry
from tests.ui.conftest import today

LAPTOP = QRect(0, 0, 1366, 728)  # 1366×768 less a 40-pixel taskbar


def placed(area: QRect, key: str = "laptop") -> Callable[[QMainWindow, QSettings], WindowPlacement]:
    return lambda window, settings: WindowPlacement(window, settings, lambda _w: area, lambda: key)


def _window(ws: Workspace, settings: QSettings, qtbot: QtBot, area: QRect, key: str = "laptop") -> MainWindow:
    window = MainWindow(ws, settings, today=today, placement=placed(area, key))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def _inside(frame: QRect, area: QRect) -> bool:
    return (
        area.contains(frame.topLeft()) and frame.width() <= area.width() and frame.height() <= area.height()
    )


def test_first_start_is_sized_to_the_available_screen(
    demo_ws: Workspace, ui_settings: QSettings, qtbot: QtBot
) -> None:
    window = _window(demo_ws, ui_settings, qtbot, LAPTOP)
    assert window.height() < 800  # not the 1280×800 that did not fit
    assert window.width() <= LAPTOP.width() and window.height() <= LAPTOP.height()
    assert _inside(window.frameGeometry(), LAPTOP) or window.frameGeometry().height() <= LAPTOP.height()
    assert window.maximumHeight() <= LAPTOP.height()


def test_a_big_screen_gets_the_preferred_size_centred() -> None:
    area = QRect(0, 0, 1920, 1040)
    geometry = first_geometry(area)
    assert (geometry.width(), geometry.height()) == (1280, 800)
    assert geometry.center().x() in (959, 960)


def test_a_window_left_on_a_larger_or_gone_monitor_comes_back_inside() -> None:
    assert clamped(QRect(1500, 900, 1800, 1000), LAPTOP) == QRect(0, 0, 1366, 728)
    assert clamped(QRect(-300, 50, 800, 600), LAPTOP) == QRect(0, 50, 800, 600)


@pytest.mark.parametrize("scale", [1.0, 1.25, 1.5])
def test_every_screen_fits_a_1366_laptop_at_each_scaling(
    demo_ws: Workspace, ui_settings: QSettings, qtbot: QtBot, scale: float
) -> None:
    # At 125 % and 150 % Windows scaling a 1920×1080 screen gives 1536×824 and 1280×680 device-independent
    # pixels (taskbar off); at 100 % the 1366×768 laptop gives 1366×728. Qt lays out in those pixels.
    area = {1.0: LAPTOP, 1.25: QRect(0, 0, 1536, 824), 1.5: QRect(0, 0, 1280, 680)}[scale]
    window = _window(demo_ws, ui_settings, qtbot, area)
    assert window.pages.count() == 8  # 活动与产品 and 同步 included
    for page in range(window.pages.count()):
        window.go(page)
        hint = window.minimumSizeHint()
        assert hint.width() <= area.width() and hint.height() <= area.height() - 40, (page, hint)
        assert window.width() <= area.width() and window.height() <= area.height()


def test_the_state_is_kept_per_screen_layout(
    demo_ws: Workspace, ui_settings: QSettings, qtbot: QtBot
) -> None:
    office = QRect(0, 0, 1920, 1040)
    first = _window(demo_ws, ui_settings, qtbot, office, key="office")
    first.setGeometry(QRect(100, 80, 1500, 900))
    first.go(SETTINGS)
    first.close()
    on_laptop = _window(demo_ws, QSettings(ui_settings.fileName(), QSettings.Format.IniFormat), qtbot, LAPTOP)
    assert on_laptop.height() <= LAPTOP.height() and on_laptop.width() <= LAPTOP.width()
    on_laptop.go(FIRMS)
    on_laptop.close()
    back = _window(
        demo_ws, QSettings(ui_settings.fileName(), QSettings.Format.IniFormat), qtbot, office, key="office"
    )
    assert (back.width(), back.height()) == (1500, 900)

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot

from desktop.services.workspace import Workspace
from desktop.ui.main_window import DASHBOARD, FIRMS, SETTINGS, SYNC, MainWindow
from tests.ui.conftest import today


def test_navigation_from_the_keyboard(window: MainWindow, qtbot: QtBot) -> None:
    qtbot.waitExposed(window)
    assert window.current_page() == DASHBOARD
    assert [window.nav.item(i).text() for i in range(window.nav.count())] == [
        "工作台",
        "名单企业",
        "待办",
        "台帐与报表",
        "导入导出",
        "设置",
        "同步",
    ]
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() == FIRMS
    qtbot.keyClick(window, Qt.Key.Key_6, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() == SETTINGS
    qtbot.keyClick(window, Qt.Key.Key_7, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() == SYNC
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() == FIRMS
    assert window.firms is not None
    qtbot.waitUntil(window.firms.search.hasFocus, timeout=1000)


def test_remembers_size_splitters_and_last_view(
    demo_ws: Workspace, ui_settings: QSettings, qtbot: QtBot
) -> None:
    first = MainWindow(demo_ws, ui_settings, today=today)
    qtbot.addWidget(first)
    first.show()
    first.resize(1150, 760)
    size = first.size()
    first.go(FIRMS)
    assert first.firms is not None
    first.firms.splitter.setSizes([700, 300])
    sizes = first.firms.splitter.sizes()
    first.close()

    second = MainWindow(demo_ws, QSettings(ui_settings.fileName(), QSettings.Format.IniFormat), today=today)
    qtbot.addWidget(second)
    second.show()
    assert second.current_page() == FIRMS
    assert second.size().height() == size.height() == 760  # (offscreen may clamp the width to its screen)
    assert second.firms is not None and second.firms.splitter.sizes() == sizes


def test_dashboard_shows_the_figures(window: MainWindow, qtbot: QtBot) -> None:
    dashboard = window.dashboard
    assert dashboard is not None
    qtbot.waitUntil(lambda: dashboard.figures is not None, timeout=20000)  # worked out on a worker
    assert dashboard.figures is not None
    tiles = {t.code: t for t in dashboard.figures.tiles}
    assert dashboard.tiles["first_loan_firms"].value == tiles["first_loan_firms"].value > 0
    assert "2026-12-10" in dashboard.info.text()
    assert dashboard.funnel.steps[0][0] == "名单内企业"
    assert len(dashboard.trend.points) == 12
    assert dashboard.deadlines_model.rowCount() == len(dashboard.figures.deadlines)
    assert not dashboard.grab().isNull()


def test_exchange_page_is_the_import_wizard(window: MainWindow) -> None:
    window.go(4)
    assert window.pages.currentWidget() is window.import_view

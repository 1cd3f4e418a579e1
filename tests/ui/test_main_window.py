from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot

from desktop.services import list_import, search_backlog
from desktop.services.firms import FirmQuery, list_firms
from desktop.services.list_import import import_list
from desktop.services.search_backlog import pending_firms
from desktop.services.workspace import Workspace
from desktop.store import search_index
from desktop.ui.index_progress import stop_fills
from desktop.ui.main_window import ACTIVITIES, DASHBOARD, FIRMS, SETTINGS, SYNC, MainWindow
from tests.exchange.list_files import code, write_xlsx
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
        "活动与产品",
        "同步",
    ]
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() == FIRMS
    qtbot.keyClick(window, Qt.Key.Key_6, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() == SETTINGS
    qtbot.keyClick(window, Qt.Key.Key_7, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() == ACTIVITIES
    qtbot.keyClick(window, Qt.Key.Key_8, Qt.KeyboardModifier.ControlModifier)
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


def _left_backlog(
    ws: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, gate: threading.Event
) -> int:
    """A big import whose search index fill never ran (the app was killed after it): three firms waiting,
    indexed one a transaction, each transaction waiting for ``gate``."""
    monkeypatch.setattr(list_import, "INDEX_LATER_MIN_ROWS", 2)
    monkeypatch.setattr(search_backlog, "CHUNK", 1)
    rows = [["统一社会信用代码", "企业名称"]] + [
        [code(900 + i), f"凤泉区晚索引{i}有限公司"] for i in range(3)
    ]
    import_list(ws, write_xlsx(tmp_path / "big.xlsx", {"S": rows}), "大名单", index_later=True)
    step = search_index.index_backlog

    def slow_step(conn: Any, most: int) -> int:
        gate.wait(10)
        return step(conn, most)

    monkeypatch.setattr(search_index, "index_backlog", slow_step)
    return pending_firms(ws)


def test_a_search_index_fill_left_over_goes_on_at_start(
    demo_ws: Workspace, ui_settings: QSettings, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue 20 item 7: a fill a killed app left goes on at the next start, whichever screen opens, and
    the status bar says so while it runs."""
    gate = threading.Event()
    assert _left_backlog(demo_ws, tmp_path, monkeypatch, gate) == 3
    window = MainWindow(demo_ws, ui_settings, today=today)
    qtbot.addWidget(window)
    window.show()
    assert window.current_page() == DASHBOARD and window.import_view is not None
    progress = window.import_view.index_progress
    label = window.status.labels["index"]
    assert progress.running and label.isVisible() and "搜索索引" in label.text()
    with qtbot.waitSignal(progress.completed, timeout=10000):
        gate.set()
    assert pending_firms(demo_ws) == 0 and not label.isVisible()
    assert [f.uscc for f in list_firms(demo_ws, FirmQuery(search="晚索引1"))] == [code(901)]


def test_closing_the_window_stops_the_fill_before_the_database_closes(
    demo_ws: Workspace, ui_settings: QSettings, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    gate = threading.Event()
    assert _left_backlog(demo_ws, tmp_path, monkeypatch, gate) == 3
    window = MainWindow(demo_ws, ui_settings, today=today)
    qtbot.addWidget(window)
    window.show()
    assert window.import_view is not None and window.import_view.index_progress.running
    opener = threading.Timer(0.2, gate.set)  # the transaction under way ends while close waits for it
    opener.start()
    window.close()
    opener.join()
    assert stop_fills()  # none runs: the database can close
    assert 0 < pending_firms(demo_ws) < 3  # what was done stays done; the rest at the next start

"""The menu bar and the keyboard: each shortcut triggers its action, 帮助 → 快捷键 lists them all, the menus
hold what the issue names, a list file dropped on the window opens the import wizard."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, QSettings, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from desktop.services.workspace import Workspace
from desktop.ui.main_window import EXCHANGE, FIRMS, LEDGER, SETTINGS, MainWindow
from tests.ui.conftest import today

SLOTS = ("print_current", "export_current", "refresh_current", "new_firm", "close")


@pytest.fixture
def called(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The window's slots replaced by recorders (before the window wires its menus)."""
    seen: list[str] = []
    for name in SLOTS:
        monkeypatch.setattr(MainWindow, name, lambda self, n=name: seen.append(n) or True)
    return seen


@pytest.fixture
def shown(demo_ws: Workspace, ui_settings: QSettings, qtbot: QtBot) -> Iterator[MainWindow]:
    win = MainWindow(demo_ws, ui_settings, today=today)
    qtbot.addWidget(win)
    with qtbot.waitActive(win):  # shortcuts work in the active window
        win.show()
        win.activateWindow()
    yield win


@pytest.mark.parametrize(
    ("key", "modifier", "slot"),
    [
        (Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier, "print_current"),
        (Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier, "export_current"),
        (Qt.Key.Key_F5, Qt.KeyboardModifier.NoModifier, "refresh_current"),
        (Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier, "close"),
    ],
)
def test_a_shortcut_triggers_its_action(
    called: list[str], shown: MainWindow, qtbot: QtBot, key: Qt.Key, modifier: Qt.KeyboardModifier, slot: str
) -> None:
    called.clear()  # (showing the first screen refreshes it)
    qtbot.keyClick(shown, key, modifier)
    assert called == [slot]


def test_ctrl_n_opens_the_new_firm_dialog(demo_ws: Workspace, ui_settings: QSettings, qtbot: QtBot) -> None:
    win = MainWindow(demo_ws, ui_settings, today=today)
    qtbot.addWidget(win)
    with qtbot.waitActive(win):
        win.show()
        win.activateWindow()
    assert win.menus.actions["new_firm"].isEnabled()
    qtbot.keyClick(win, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert win.current_page() == FIRMS
    assert win.firms is not None and win.firms.firm_dialog.isVisible()
    win.firms.firm_dialog.reject()
    win.close()


def test_ctrl_f_searches_and_the_screens_have_their_keys(shown: MainWindow, qtbot: QtBot) -> None:
    qtbot.keyClick(shown, Qt.Key.Key_6, Qt.KeyboardModifier.ControlModifier)
    assert shown.current_page() == SETTINGS
    qtbot.keyClick(shown, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert shown.current_page() == FIRMS and shown.firms is not None
    qtbot.waitUntil(shown.firms.search.hasFocus, timeout=1000)


def test_the_menus_hold_what_officers_look_for(shown: MainWindow) -> None:
    menus = {key: [a.text() for a in menu.actions() if a.text()] for key, menu in shown.menus.menus.items()}
    assert [shown.menus.menus[k].title() for k in ("file", "edit", "view", "tools", "help")] == [
        "文件(&F)",
        "编辑(&E)",
        "视图(&V)",
        "工具(&T)",
        "帮助(&H)",
    ]
    assert menus["file"] == ["导入名单(&I)…", "导出(&E)…", "打印(&P)…", "备份与恢复(&B)…", "退出(&X)"]
    assert menus["tools"] == ["检查数据库(&C)…", "节假日(&H)…", "项目设置(&P)…"]
    assert menus["help"] == ["使用说明(&U)", "快捷键(&K)", "打开数据目录(&D)", "错误日志(&L)", "关于(&A)"]
    keys = {a.objectName(): a.shortcut().toString() for a in shown.menus.actions.values()}
    assert keys["action_new_firm"] == "Ctrl+N" and keys["action_print"] == "Ctrl+P"
    assert keys["action_export"] == "Ctrl+E" and keys["action_refresh"] == "F5"
    assert keys["action_quit"] == "Ctrl+Q" and keys["action_find"] == "Ctrl+F"
    assert menus["view"][:8] == [
        "工作台",
        "名单企业",
        "待办",
        "台帐与报表",
        "导入导出",
        "设置",
        "活动与产品",
        "同步",
    ]
    assert keys["action_screen7"] == "Ctrl+7" and keys["action_screen8"] == "Ctrl+8"


def test_help_lists_every_shortcut(shown: MainWindow, qtbot: QtBot) -> None:
    shown.menus.actions["shortcuts"].trigger()
    box = next(w for w in QApplication.topLevelWidgets() if w.objectName() == "shortcutsBox")
    assert isinstance(box, QMessageBox)
    for keys in (
        "Ctrl+N",
        "Ctrl+P",
        "Ctrl+E",
        "F5",
        "Ctrl+Q",
        "Ctrl+F",
        "Esc",
        "Ctrl+1",
        "Ctrl+6",
        "Ctrl+7",
        "Ctrl+8",
    ):
        assert f"<b>{keys}</b>" in box.text(), keys
    assert "<td>同步</td><td>&nbsp;&nbsp;<b>Ctrl+8</b></td>" in box.text()  # the 同步 screen has its key
    box.close()


def test_tools_and_help_windows(shown: MainWindow, qtbot: QtBot) -> None:
    shown.menus.actions["check"].trigger()
    qtbot.waitUntil(
        lambda: any(w.objectName() == "checkResult" for w in QApplication.topLevelWidgets()), timeout=10000
    )
    result = next(w for w in QApplication.topLevelWidgets() if w.objectName() == "checkResult")
    assert isinstance(result, QMessageBox) and "数据库完好" in result.text()
    assert shown.settings_view is not None
    shown.menus.actions["holidays"].trigger()
    assert shown.current_page() == 5
    assert shown.settings_view.tabs.currentWidget() is shown.settings_view.holidays_page
    shown.menus.actions["programme"].trigger()
    assert shown.settings_view.tabs.currentWidget() is shown.settings_view.programme_page
    shown.menus.actions["about"].trigger()
    about = next(w for w in QApplication.topLevelWidgets() if w.objectName() == "aboutBox")
    assert isinstance(about, QMessageBox) and str(shown.ws.data_dir) in about.text()
    for box in (result, about):
        box.close()


def test_export_goes_to_the_screen_shown(shown: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    assert shown.ledger_view is not None and shown.firms is not None
    asked: list[str] = []
    monkeypatch.setattr(shown.ledger_view, "export", lambda: asked.append("ledger"))
    monkeypatch.setattr(shown.firms.row_actions, "export", lambda: asked.append("firms"))
    shown.go(LEDGER)
    shown.export_current()
    shown.go(SETTINGS)
    shown.export_current()
    assert asked == ["ledger", "firms"] and shown.current_page() == FIRMS


def test_a_list_file_dropped_on_the_window_opens_the_import(
    shown: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    path = tmp_path / "名单.xlsx"
    path.write_bytes(b"")
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(path))])
    event = QDropEvent(
        QPointF(50, 50),
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    shown.dropEvent(event)
    assert shown.current_page() == EXCHANGE
    assert shown.import_view is not None and shown.import_view.path == path
    other = QMimeData()
    other.setUrls([QUrl.fromLocalFile(str(tmp_path / "photo.png"))])
    assert (
        shown._dropped_list(
            QDropEvent(
                QPointF(5, 5),
                Qt.DropAction.CopyAction,
                other,
                Qt.MouseButton.LeftButton,
                Qt.KeyboardModifier.NoModifier,
            )
        )
        is None
    )


def test_status_bar_and_the_to_do_count(shown: MainWindow, qtbot: QtBot) -> None:
    labels = shown.status.labels
    assert shown.ws.profile.officer in labels["officer"].text()
    assert "2026" in labels["calendar"].text() and "数据库" in labels["database"].text()
    assert "2026" in labels["programme"].text()
    qtbot.waitUntil(lambda: shown.todo_counts[0] > 0, timeout=5000)  # counted on a worker
    total, overdue = shown.todo_counts
    assert labels["todo"].text().startswith(f"待办 {total} 项") and str(overdue) in labels["todo"].text()
    assert total > 0 and f"({total})" in shown.nav.item(2).text()

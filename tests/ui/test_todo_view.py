"""待办 screen: today's items from the todo service; double-click opens the firm."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.services.demands import add_demand
from desktop.services.todo import todo
from desktop.store.models import Firm
from desktop.ui.main_window import FIRMS, TODO, MainWindow
from tests.ui.conftest import today


def test_lists_overdue_211_items_and_opens_the_firm(window: MainWindow, qtbot: QtBot) -> None:
    # The demo answers its demands in time; one registered a week ago without feedback is overdue.
    with window.ws.db.session() as session:
        uscc = session.scalar(select(Firm.uscc).where(Firm.stage == "contacted").limit(1))
    assert uscc is not None
    add_demand(window.ws, uscc, on=date(2026, 11, 13), amount="60")
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() == TODO
    view = window.todo_view
    assert view is not None
    expected = todo(window.ws, today())
    assert view.model.rowCount() == len(expected) > 0
    rows = [[view.model.data(view.model.index(r, c)) for c in range(5)] for r in range(view.model.rowCount())]
    overdue_211 = [r for r, row in enumerate(rows) if row[0] == "211时限" and row[4] == "⚠ 已逾期"]
    assert overdue_211, rows[:5]
    assert rows[0][4] == "⚠ 已逾期"  # overdue first
    row = overdue_211[0]
    item = view.items[row]
    assert item.uscc == uscc and item.due == date(2026, 11, 17)
    assert rows[row][1] == item.firm_name and rows[row][3] == "2026年11月17日"
    assert str(sum(i.overdue for i in expected)) in view.summary.text()

    view.table.scrollTo(view.model.index(row, 1))
    rect = view.table.visualRect(view.model.index(row, 1))
    # Qt's QTest needs the press before the double click for the view to report it.
    QTest.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    QTest.mouseDClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.current_page() == FIRMS
    assert window.firms is not None and window.firms.detail.detail is not None
    assert window.firms.detail.detail.firm.uscc == item.uscc


def test_filter_by_kind_and_mine(window: MainWindow, qtbot: QtBot) -> None:
    officer = window.ws.profile.officer
    with window.ws.db.session() as session:
        theirs = session.scalar(
            select(Firm.uscc).where(Firm.stage == "contacted", Firm.assigned_officer != officer).limit(1)
        )
    assert officer and theirs is not None
    add_demand(window.ws, theirs, on=date(2026, 11, 13))  # another officer's overdue demand
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    view = window.todo_view
    assert view is not None
    everything = todo(window.ws, today())
    assert view.model.rowCount() == len(everything)
    view.kind.setCurrentIndex(view.kind.findData("demand_211"))
    only_211 = [i for i in everything if i.kind == "demand_211"]
    assert view.items == only_211 and view.model.rowCount() == len(only_211) > 0
    assert {view.model.data(view.model.index(r, 0)) for r in range(view.model.rowCount())} == {"211时限"}
    assert str(len(only_211)) in view.summary.text()
    qtbot.mouseClick(view.mine, Qt.MouseButton.LeftButton)
    assert view.mine.isChecked()
    assert view.items == todo(window.ws, today(), kinds=["demand_211"], officer=officer)
    assert theirs not in {i.uscc for i in view.items}
    view.kind.setCurrentIndex(0)
    mine = todo(window.ws, today(), officer=officer)
    assert view.items == mine and len(mine) < len(everything)
    view.mine.setChecked(False)
    assert view.items == everything


def test_the_action_column_is_on_screen_at_1366(window: MainWindow, qtbot: QtBot) -> None:
    """Long titles (the English credit-report item runs to 130 characters) once pushed 期限, 状态 and
    办理 off to the right: the title column takes what the others leave, elided, whole in its tooltip."""
    window.resize(1366, 728)
    window.show()
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    view = window.todo_view
    assert view is not None and view.model.rowCount() > 0
    qtbot.waitUntil(lambda: view.table.viewport().width() > 0)
    header = view.table.horizontalHeader()
    last = view.model.columnCount() - 1
    assert header.sectionViewportPosition(last) + header.sectionSize(last) <= view.table.viewport().width()
    assert header.sectionSize(last) >= header.fontMetrics().horizontalAdvance("办理")

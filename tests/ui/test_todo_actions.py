"""待办 you can work from: each kind of item done in place, the order, the remembered filters."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.services.demands import add_demand
from desktop.services.plans import add_task
from desktop.services.todo import KINDS, todo
from desktop.services.workspace import Workspace
from desktop.store.models import Firm, Plan, PlanTask
from desktop.ui.dialogs.demand_step_dialogs import FeedbackDialog
from desktop.ui.dialogs.visit_dialog import VisitDialog
from desktop.ui.main_window import LEDGER, TODO, MainWindow
from desktop.ui.todo_view import ACTION_COLUMN, TodoView
from tests.ui.conftest import today


def _row(view: TodoView, kind: str) -> int:
    return next(r for r, item in enumerate(view.items) if item.kind == kind)


def _cultivating(ws: Workspace) -> str:
    with ws.db.session() as session:
        uscc = session.scalar(select(Firm.uscc).where(Firm.stage == "contacted").limit(1))
    assert uscc is not None
    return uscc


def _with_plan(ws: Workspace) -> str:
    with ws.db.session() as session:
        uscc = session.scalar(
            select(Firm.uscc).join(Plan, Plan.firm_id == Firm.id).where(Plan.is_current.is_(True)).limit(1)
        )
    assert uscc is not None
    return uscc


def test_items_are_sorted_overdue_due_kind_firm(demo_ws: Workspace) -> None:
    items = todo(demo_ws, today())
    keys = [(not i.overdue, i.due, KINDS.index(i.kind), i.firm_name or "") for i in items]
    assert keys == sorted(keys) and len(items) > 3


def test_record_the_211_step_in_place(window: MainWindow, qtbot: QtBot) -> None:
    uscc = _cultivating(window.ws)
    add_demand(window.ws, uscc, on=date(2026, 11, 13), amount="60")
    window.go(TODO)
    view = window.todo_view
    assert view is not None
    row = next(r for r, i in enumerate(view.items) if i.kind == "demand_211" and i.uscc == uscc)
    view.table.selectRow(row)
    assert view.do_button.text() == "登记211步骤…"
    view.do_selected()
    assert isinstance(view.dialog, FeedbackDialog)
    view.dialog.accept()  # today's date: the feedback is recorded, late
    assert uscc not in [i.uscc for i in view.items if i.kind == "demand_211"]


def test_mark_a_plan_task_done_after_asking(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    uscc = _with_plan(window.ws)
    task = add_task(window.ws, uscc, "补充纳税证明", due=date(2026, 11, 19)).id
    window.go(TODO)
    view = window.todo_view
    assert view is not None
    row = next(r for r, i in enumerate(view.items) if i.kind == "plan_task" and i.ref_id == task)
    asked: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "question", lambda _p, _t, text: asked.append(text) or QMessageBox.StandardButton.Yes
    )
    view.table.clicked.emit(view.model.index(row, ACTION_COLUMN))  # a click on 完成任务 in the 办理 column
    assert asked and "补充纳税证明" in asked[0]
    with window.ws.db.session() as session:
        assert session.get(PlanTask, task).done  # type: ignore[union-attr]
    assert task not in [i.ref_id for i in view.items if i.kind == "plan_task"]


def test_follow_up_opens_the_visit_dialog_and_the_ledger_opens_the_ledger(window: MainWindow) -> None:
    window.go(TODO)
    view = window.todo_view
    assert view is not None
    follow = _row(view, "follow_up")
    view.do(view.items[follow])
    assert isinstance(view.dialog, VisitDialog) and view.dialog.uscc == view.items[follow].uscc
    view.dialog.reject()
    ledger = _row(view, "ledger")
    view.do(view.items[ledger])
    assert window.current_page() == LEDGER


def test_filters_are_remembered(demo_ws: Workspace, ui_settings: QSettings, qtbot: QtBot) -> None:
    view = TodoView(demo_ws, today, settings=ui_settings)
    qtbot.addWidget(view)
    view.kind.setCurrentIndex(view.kind.findData("follow_up"))
    view.mine.setChecked(True)
    again = TodoView(demo_ws, today, settings=QSettings(ui_settings.fileName(), QSettings.Format.IniFormat))
    qtbot.addWidget(again)
    assert again.kind.currentData() == "follow_up" and again.mine.isChecked()
    again.refresh()
    assert {i.kind for i in again.items} == {"follow_up"}

"""The firm table's right-click menu and batch actions: one service call for the selection, asked first
with the number of firms, nothing changed when the officer says no."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QItemSelectionModel, QSettings
from PySide6.QtWidgets import QInputDialog, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from desktop.domain.stages import Stage
from desktop.services.dossiers import dossier_view
from desktop.services.workspace import Workspace
from desktop.store.models import AuditEntry, Firm
from desktop.ui.firm_actions import ExitDialog
from desktop.ui.firms_view import FirmsView
from tests.ui.conftest import today


def _view(ws: Workspace, settings: QSettings, qtbot: QtBot) -> FirmsView:
    view = FirmsView(ws, today, settings=settings)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: view.choices_loaded, timeout=3000)
    return view


def _select(view: FirmsView, rows: list[int]) -> list[str]:
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for row in rows:
        view.table.selectionModel().select(view.model.index(row, 0), flags)
    return [view.model.firm_at(r).uscc for r in rows]  # type: ignore[union-attr]


def _answers(monkeypatch: pytest.MonkeyPatch, value: str, yes: bool) -> list[str]:
    asked: list[str] = []
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: (value, True))

    def question(_parent: object, _title: str, text: str, *_a: Any) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.Yes if yes else QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def _audits(ws: Workspace) -> int:
    with ws.db.session() as session:
        return int(session.scalar(select(func.count(AuditEntry.id))) or 0)


def test_assign_officer_to_the_selection_in_one_call(
    demo_ws: Workspace, ui_settings: QSettings, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    view = _view(demo_ws, ui_settings, qtbot)
    codes = _select(view, [1, 4, 7])
    asked = _answers(monkeypatch, "赵六", yes=True)
    with qtbot.waitSignal(view.row_actions.changed, timeout=10000):
        view.row_actions.assign_officer()
    assert asked == ["把所选 3 家企业分配给客户经理“赵六”？"]
    with demo_ws.db.session() as session:
        officers = dict(
            session.execute(select(Firm.uscc, Firm.assigned_officer).where(Firm.uscc.in_(codes))).all()
        )
    assert set(officers.values()) == {"赵六"}
    assert "已更改 3 家" in view.message.text()


def test_no_means_nothing_changes(
    demo_ws: Workspace, ui_settings: QSettings, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    view = _view(demo_ws, ui_settings, qtbot)
    _select(view, [0, 2])
    before = _audits(demo_ws)
    asked = _answers(monkeypatch, "卫滨区", yes=False)
    view.row_actions.set_county()
    assert asked == ["把所选 2 家企业的县区设为“卫滨区”？"]
    assert _audits(demo_ws) == before


def test_set_county_and_add_a_policy_tag(
    demo_ws: Workspace, ui_settings: QSettings, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    view = _view(demo_ws, ui_settings, qtbot)
    codes = _select(view, [3, 5])
    _answers(monkeypatch, "卫滨区", yes=True)
    with qtbot.waitSignal(view.row_actions.changed, timeout=10000):
        view.row_actions.set_county()
    view.table.clearSelection()
    codes = _select(view, [3, 5])
    _answers(monkeypatch, "专精特新", yes=True)
    with qtbot.waitSignal(view.row_actions.changed, timeout=10000):
        view.row_actions.add_tag()
    with demo_ws.db.session() as session:
        assert set(session.scalars(select(Firm.county).where(Firm.uscc.in_(codes)))) == {"卫滨区"}
    assert all("specialised" in dossier_view(demo_ws, code).policy_tags for code in codes)


def test_the_row_menu(demo_ws: Workspace, ui_settings: QSettings, qtbot: QtBot) -> None:
    view = _view(demo_ws, ui_settings, qtbot)
    view.open_row(0)
    menu = view.row_actions.row_menu()
    entries = {a.text(): a.isEnabled() for a in menu.actions() if a.text()}
    for text in (
        "打开",
        "记录走访…",
        "登记需求…",
        "打印档案…",
        "分配客户经理…",
        "添加政策标签…",
        "标记退出…",
    ):
        assert entries[text], text
    _select(view, [1, 2])
    several = {a.text(): a.isEnabled() for a in view.row_actions.row_menu().actions() if a.text()}
    assert not several["记录走访…"] and not several["标记退出…"] and several["分配客户经理…"]
    assert several["导出所选企业…"] and several["导出当前视图…"]


def test_mark_exit_offers_only_the_exits(
    demo_ws: Workspace, ui_settings: QSettings, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []

    def answer_yes(_parent: object, _title: str, text: str) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer_yes)  # an exit is asked first
    view = _view(demo_ws, ui_settings, qtbot)
    with demo_ws.db.session() as session:
        uscc = session.scalar(select(Firm.uscc).where(Firm.stage == "contacted").limit(1))
    assert uscc is not None
    dialog = ExitDialog(demo_ws, uscc, "contacted", today(), view)
    qtbot.addWidget(dialog)
    targets = [dialog.target.itemData(i) for i in range(dialog.target.count())]
    assert targets and all(Stage(t).is_exit for t in targets)
    dialog.target.setCurrentIndex(dialog.target.findData("no_demand"))
    dialog.reason.setText("暂不需要贷款")
    dialog.accept()
    assert len(asked) == 1 and "暂无需求" in asked[0]
    with demo_ws.db.session() as session:
        assert session.scalar(select(Firm.stage).where(Firm.uscc == uscc)) == "no_demand"

"""The 211 steps in the 融资需求与授信 tab: deadlines and overdue shown, each step recorded through a dialog."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.services.demands import add_demand
from desktop.services.workspace import Workspace
from desktop.store.models import AuditEntry, Demand
from desktop.ui.dialogs.demand_step_dialogs import DemandStepDialog
from desktop.ui.firms_view import FirmsView
from tests.ui.test_quick_actions import _ok, _open_firm

RECEIVED = date(2026, 11, 13)  # Friday: feedback due Tue 11-17, overdue on the tests' today (Fri 11-20)


def _demand(ws: Workspace, demand_id: int) -> Demand:
    with ws.db.session() as session:
        demand = session.get(Demand, demand_id)
        assert demand is not None
        session.expunge(demand)
        return demand


def _step(view: FirmsView, qtbot: QtBot, button: QPushButton, on: date) -> DemandStepDialog:
    assert button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = view.detail.dialog
    assert isinstance(dialog, DemandStepDialog) and dialog.isVisible()
    dialog.on.setDate(QDate(on.year, on.month, on.day))
    return dialog


def _with_demand(ws: Workspace, qtbot: QtBot) -> tuple[FirmsView, int]:
    view, firm = _open_firm(ws, qtbot)
    demand_id = add_demand(ws, firm.uscc, on=RECEIVED).id
    view.detail.show_firm(firm.uscc)
    view.detail.tabs.setCurrentIndex(3)
    return view, demand_id


def test_record_every_211_step(demo_ws: Workspace, qtbot: QtBot) -> None:
    view, demand_id = _with_demand(demo_ws, qtbot)
    panel = view.detail.steps_panel
    # The open demand is selected at once; feedback is overdue and says by when it was due.
    assert panel.view is not None and panel.view.demand.id == demand_id
    assert "截止 2026-11-17（已逾期）" in panel.summary.text()
    assert [b.isEnabled() for b in panel.step_buttons.values()] == [True, True, True, True]

    dialog = _step(view, qtbot, panel.feedback_button, date(2026, 11, 12))
    assert "2026-11-17" in dialog.deadline.text() and "已逾期" in dialog.deadline.text()
    _ok(dialog, qtbot)  # before the demand was received: refused in the dialog
    assert dialog.isVisible() and "早于" in dialog.error.text()
    assert _demand(demo_ws, demand_id).feedback_on is None
    dialog.on.setDate(QDate(2026, 11, 20))
    _ok(dialog, qtbot)
    assert not dialog.isVisible()
    assert _demand(demo_ws, demand_id).feedback_on == date(2026, 11, 20)
    assert panel.view is not None and panel.view.demand.id == demand_id  # still selected after the reload
    assert "逾期完成" in panel.summary.text() and not panel.feedback_button.isEnabled()

    _ok(_step(view, qtbot, panel.conditions_button, date(2026, 11, 19)), qtbot)
    assert _demand(demo_ws, demand_id).conditions_met_on == date(2026, 11, 19)
    # Conditions met Thu 11-19: acceptance was due Fri 11-20 (today), still open.
    assert "截止 2026-11-20（待办）" in panel.summary.text()

    dialog = _step(view, qtbot, panel.accept_button, date(2026, 11, 20))
    assert "2026-11-20" in dialog.deadline.text()
    _ok(dialog, qtbot)
    assert _demand(demo_ws, demand_id).accepted_on == date(2026, 11, 20)
    assert not panel.accept_button.isEnabled() and not panel.conditions_button.isEnabled()
    assert "截止 2026-11-23（待办）" in panel.summary.text()  # the decision: next working day (Mon)

    dialog = _step(view, qtbot, panel.decide_button, date(2026, 11, 20))
    assert dialog.decision.count() == 3  # approved, declined, withdrawn once accepted
    dialog.decision.setCurrentIndex(dialog.decision.findData("approved"))
    _ok(dialog, qtbot)
    stored = _demand(demo_ws, demand_id)
    assert (stored.decided_on, stored.decision) == (date(2026, 11, 20), "approved")
    assert not any(b.isEnabled() for b in panel.step_buttons.values())
    assert "同意" in panel.summary.text()
    with demo_ws.db.session() as session:
        actions = set(session.scalars(select(AuditEntry.action).where(AuditEntry.entity_id == demand_id)))
    assert {"demand.feedback", "demand.conditions", "demand.accept", "demand.decide"} <= actions
    assert "按时完成" in view.detail.demands_model.data(view.detail.demands_model.index(0, 5))


def test_withdrawal_before_acceptance_and_acceptance_with_its_conditions(
    demo_ws: Workspace, qtbot: QtBot
) -> None:
    view, demand_id = _with_demand(demo_ws, qtbot)
    panel = view.detail.steps_panel
    dialog = _step(view, qtbot, panel.accept_button, date(2026, 11, 18))
    dialog.conditions.setDate(QDate(2026, 11, 17))  # type: ignore[attr-defined]
    _ok(dialog, qtbot)
    stored = _demand(demo_ws, demand_id)
    assert (stored.conditions_met_on, stored.accepted_on) == (date(2026, 11, 17), date(2026, 11, 18))
    # Decision due Thu 11-19, not taken by Fri 11-20: overdue (feedback too).
    assert "截止 2026-11-19（已逾期）" in panel.summary.text()

    second = add_demand(demo_ws, panel.uscc, on=date(2026, 11, 19)).id
    view.detail.show_firm(panel.uscc)
    assert panel.view is not None and panel.view.demand.id == demand_id  # the one being worked on stays
    view.detail.demands_table.selectRow(0)  # the newest first
    assert panel.view is not None and panel.view.demand.id == second
    dialog = _step(view, qtbot, panel.decide_button, date(2026, 11, 20))
    assert [dialog.decision.itemData(i) for i in range(dialog.decision.count())] == ["withdrawn"]
    _ok(dialog, qtbot)
    assert _demand(demo_ws, second).decision == "withdrawn"
    assert panel.view is not None and panel.view.demand.id == second
    assert not panel.feedback_button.isEnabled()
    view.detail.demands_table.selectRow(1)
    assert panel.view is not None and panel.view.demand.id == demand_id and panel.decide_button.isEnabled()


def test_no_demand_no_step(demo_ws: Workspace, qtbot: QtBot) -> None:
    view, _firm = _open_firm(demo_ws, qtbot)
    panel = view.detail.steps_panel
    assert panel.view is None and not any(b.isEnabled() for b in panel.step_buttons.values())
    view.detail.show_firm(None)
    assert panel.view is None and panel.uscc == ""

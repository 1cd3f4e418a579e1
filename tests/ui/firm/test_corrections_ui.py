"""Edit and Void on the firm pane's lists (buttons and right-click): real dialogs over the services; a void
asks the reason and says what it does; the voided record stays, struck through."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.domain.stages import Stage
from desktop.services.credits import CreditInput, add_credit
from desktop.services.demands import add_demand
from desktop.services.loans import LoanInput, add_loan
from desktop.services.stage_moves import set_stage
from desktop.services.visits import VisitInput, add_visit, list_visits
from desktop.services.workspace import Workspace
from desktop.store.models import Demand, Firm, Loan, StageChange
from desktop.ui.dialogs.demand_edit_dialog import DemandEditDialog
from desktop.ui.dialogs.demand_step_dialogs import DecisionDialog, FeedbackDialog
from desktop.ui.dialogs.loan_dialog import LoanDialog
from desktop.ui.dialogs.stage_dialog import StageDialog
from desktop.ui.dialogs.visit_dialog import VisitDialog
from desktop.ui.dialogs.void_dialog import VoidDialog
from desktop.ui.firm.pane import FirmDetailPane
from tests.factories import add_firm
from tests.ui.firm.conftest import audit_count, ok, opened

D = date.fromisoformat


def _stage(ws: Workspace, uscc: str) -> str:
    with ws.db.session() as session:
        return session.scalars(select(Firm.stage).where(Firm.uscc == uscc)).one()


def test_edit_a_visit_needs_a_reason(ws: Workspace, firm: str, pane: FirmDetailPane, qtbot: QtBot) -> None:
    add_visit(ws, firm, VisitInput(D("2026-10-05"), "site", "有需求"))
    pane.show_firm(firm)
    visits = pane.visits
    visits.select(0)
    dialog = opened(pane, visits.edit_button.click)
    assert isinstance(dialog, VisitDialog) and dialog.findings.toPlainText() == "有需求"
    dialog.mode.setCurrentIndex(dialog.mode.findData("phone"))
    before = audit_count(ws)
    ok(dialog, qtbot)
    assert dialog.isVisible() and "原因" in dialog.error.text() and audit_count(ws) == before
    dialog.reason.setText("方式记错")
    ok(dialog, qtbot)
    assert not dialog.isVisible()
    assert list_visits(ws, firm)[0].mode == "phone"
    assert visits.model.data(visits.model.index(0, 1)) == "电话"


def test_void_a_loan_from_the_right_click_menu(ws: Workspace, qtbot: QtBot) -> None:
    uscc = add_firm(ws, 5, has_loan_record=False, has_discount_record=False)
    add_visit(ws, uscc, VisitInput(D("2026-10-05"), "site"))
    credit = add_credit(ws, uscc, CreditInput(D("2026-10-20"), "100", "credit"))
    add_loan(ws, uscc, LoanInput(D("2026-10-22"), "60", credit_id=credit.id))
    pane = FirmDetailPane(ws, lambda: D("2026-11-20"))
    qtbot.addWidget(pane)
    pane.show()
    pane.show_firm(uscc)
    loans = pane.money.loans
    loans._menu(loans.table.visualRect(loans.model.index(0, 0)).center())
    edit, void = loans.context_menu.actions()
    assert edit.isEnabled() and void.isEnabled()
    loans.context_menu.close()
    void.trigger()
    dialog = pane.dialog
    assert isinstance(dialog, VoidDialog) and "放款 60 万元" in dialog.explanation.text()
    assert "不再计入" in dialog.explanation.text()
    ok(dialog, qtbot)
    assert dialog.isVisible() and "原因" in dialog.error.text()
    dialog.reason.setText("录入错误")
    ok(dialog, qtbot)
    assert not dialog.isVisible() and _stage(ws, uscc) == "credited"
    assert "已获首贷" in pane.notice.text() and "已授信" in pane.notice.text()
    # Still listed, struck through, with its reason; it can no longer be corrected.
    index = loans.model.index(0, 0)
    assert loans.model.data(index, Qt.ItemDataRole.FontRole).strikeOut()
    assert "录入错误" in loans.model.data(index, Qt.ItemDataRole.ToolTipRole)
    loans.select(0)
    assert not loans.edit_button.isEnabled() and not loans.void_button.isEnabled()
    stages = pane.history.stages.model
    assert any(
        "作废放款 60 万元：录入错误" in stages.data(stages.index(r, 4)) for r in range(stages.rowCount())
    )
    audit = pane.history.audit_model
    assert any("作废放款 60 万元：录入错误" in audit.data(audit.index(r, 2)) for r in range(audit.rowCount()))
    assert not any("loan.void" in audit.data(audit.index(r, 2)) for r in range(audit.rowCount()))


def test_the_loan_form_picks_the_credit_and_refuses_more_than_remains(ws: Workspace, qtbot: QtBot) -> None:
    uscc = add_firm(ws, 6)
    old = add_credit(ws, uscc, CreditInput(D("2026-09-01"), "50", "mortgage"))
    new = add_credit(ws, uscc, CreditInput(D("2026-10-01"), "100", "credit"))
    pane = FirmDetailPane(ws, lambda: D("2026-11-20"))
    qtbot.addWidget(pane)
    pane.show()
    pane.show_firm(uscc)
    dialog = opened(pane, pane.loan_button.click)
    assert isinstance(dialog, LoanDialog)
    assert dialog.credit.currentData() == new.id and dialog.guarantee.text() == "信用"
    dialog.credit.setCurrentIndex(dialog.credit.findData(old.id))
    assert dialog.guarantee.text() == "抵押"
    dialog.amount.setText("60")
    dialog.kind.setCurrentIndex(dialog.kind.findData("discount"))
    dialog.term.setValue(6)
    ok(dialog, qtbot)
    assert dialog.isVisible() and "剩余额度 50" in dialog.error.text()
    dialog.amount.setText("40")
    ok(dialog, qtbot)
    assert not dialog.isVisible()
    with ws.db.session() as session:
        loan = session.scalars(select(Loan)).one()
    assert (loan.credit_id, loan.kind, loan.term_months) == (old.id, "discount", 6)


def test_a_hand_move_to_first_loan_names_the_loan(ws: Workspace, qtbot: QtBot) -> None:
    uscc = add_firm(ws, 7, has_loan_record=False, has_discount_record=False)
    credit = add_credit(ws, uscc, CreditInput(D("2026-10-01"), "100", "credit"))
    first = add_loan(ws, uscc, LoanInput(D("2026-10-05"), "30", credit_id=credit.id))
    add_loan(ws, uscc, LoanInput(D("2026-10-09"), "20", credit_id=credit.id))
    set_stage(ws, uscc, Stage.CREDITED, reason="待核实放款", on=D("2026-10-10"))
    assert _stage(ws, uscc) == "credited"
    pane = FirmDetailPane(ws, lambda: D("2026-11-20"))
    qtbot.addWidget(pane)
    pane.show()
    pane.show_firm(uscc)
    dialog = opened(pane, pane.stage_button.click)
    assert isinstance(dialog, StageDialog)
    dialog.target.setCurrentIndex(dialog.target.findData("first_loan"))
    assert (
        dialog.loan.isEnabled()
        and dialog.loan.currentData() == first.id
        and "首贷" in dialog.loan.currentText()
    )
    dialog.reason.setText("核实后确为首贷")
    ok(dialog, qtbot)
    assert not dialog.isVisible() and _stage(ws, uscc) == "first_loan"
    with ws.db.session() as session:
        move = session.scalars(select(StageChange).order_by(StageChange.id.desc())).first()
        assert move is not None and move.loan_id == first.id


def test_211_feedback_and_decision_say_what_seed_001_asks(
    ws: Workspace, firm: str, pane: FirmDetailPane, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    demand_id = add_demand(ws, firm, on=D("2026-11-16"), amount="100").id
    pane.show_firm(firm)
    panel = pane.steps_panel
    dialog = opened(pane, panel.feedback_button.click)
    assert isinstance(dialog, FeedbackDialog)
    dialog.on.setDate(QDate(2026, 11, 17))
    dialog.intent.setCurrentIndex(dialog.intent.findData(True))
    dialog.text.setText("可以办理信用贷款")
    dialog.conditions.setPlainText("补充近半年流水\n\n提供担保人\n")
    ok(dialog, qtbot)
    assert not dialog.isVisible()
    assert "授信条件：补充近半年流水；提供担保人" in panel.summary.text()
    dialog = opened(pane, panel.accept_button.click)
    dialog.conditions.setDate(QDate(2026, 11, 18))  # type: ignore[attr-defined]
    dialog.on.setDate(QDate(2026, 11, 19))  # type: ignore[attr-defined]
    ok(dialog, qtbot)
    dialog = opened(pane, panel.decide_button.click)
    assert isinstance(dialog, DecisionDialog)
    dialog.decision.setCurrentIndex(dialog.decision.findData("declined"))
    assert dialog.declined.isEnabled() and not dialog.approved.isEnabled()
    dialog.declined.setText("经营流水不足")
    dialog.on.setDate(QDate(2026, 11, 20))
    ok(dialog, qtbot)
    assert not dialog.isVisible()
    with ws.db.session() as session:
        demand = session.get(Demand, demand_id)
        assert demand is not None
        assert (demand.feedback_intent, demand.feedback_text, demand.conditions) == (
            True,
            "可以办理信用贷款",
            ["补充近半年流水", "提供担保人"],
        )
        assert (demand.decision, demand.decline_reason) == ("declined", "经营流水不足")
    # The whole demand corrected at once: a step cleared, the result changed.
    pane.money.demands.select(0)
    dialog = opened(pane, pane.money.demands.edit_button.click)
    assert isinstance(dialog, DemandEditDialog) and dialog.declined.text() == "经营流水不足"
    dialog.decision.setCurrentIndex(dialog.decision.findData("approved"))
    dialog.approved.setText("80")
    dialog.reason.setText("审批结果录错")
    ok(dialog, qtbot)
    assert dialog.isVisible() and "不同意原因" in dialog.error.text()  # the reason belongs to a refusal
    dialog.declined.clear()
    ok(dialog, qtbot)
    assert not dialog.isVisible()
    with ws.db.session() as session:
        demand = session.get(Demand, demand_id)
        assert demand is not None and demand.decision == "approved" and demand.approved_amount == 80


def test_an_exit_is_asked_before_it_is_made(
    ws: Workspace, firm: str, pane: FirmDetailPane, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    dialog = opened(pane, pane.stage_button.click)
    assert isinstance(dialog, StageDialog)
    dialog.target.setCurrentIndex(dialog.target.findData("ineligible"))
    dialog.reason.setText("非小微企业")
    ok(dialog, qtbot)
    assert dialog.isVisible() and _stage(ws, firm) == "listed"

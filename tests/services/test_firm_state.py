"""A firm's 首贷 verdicts and stage are worked out again from its live records after any change."""

from __future__ import annotations

from datetime import UTC, date, datetime

from sqlalchemy import select

from desktop.services.credits import CreditInput, add_credit
from desktop.services.firm_state import refresh_firm
from desktop.services.firms import get_firm
from desktop.services.loans import LoanInput, add_loan
from desktop.services.visits import VisitInput, add_visit
from desktop.services.workspace import Workspace
from desktop.store.models import AuditEntry, Loan, StageChange
from tests.factories import add_firm


def _void_and_refresh(ws: Workspace, uscc: str, loan_id: int, reason: str) -> None:
    with ws.db.write() as session:
        loan = session.get(Loan, loan_id)
        assert loan is not None
        loan.voided_at, loan.void_reason = datetime.now(UTC), reason
        refresh_firm(session, "测试", get_firm(session, uscc), date(2026, 11, 20), correction=reason)


def test_voiding_the_only_first_loan_takes_the_firm_back_and_says_why(workspace: Workspace) -> None:
    ws = workspace
    uscc = add_firm(ws, has_loan_record=False, has_discount_record=False)
    add_visit(ws, uscc, VisitInput(date(2026, 3, 1), "site"))
    credit = add_credit(ws, uscc, CreditInput(date(2026, 3, 5), "100", "credit"))
    loan = add_loan(ws, uscc, LoanInput(date(2026, 3, 6), "60", credit_id=credit.id))
    assert loan.is_first_loan and loan.stage_move is not None and loan.stage_move.to_stage == "first_loan"
    _void_and_refresh(ws, uscc, loan.id, "录入错误")
    with ws.db.session() as session:
        firm = get_firm(session, uscc)
        last = session.scalars(select(StageChange).order_by(StageChange.id.desc())).first()
        assert firm.stage == "credited"
        assert last is not None and (last.cause, last.reason, last.on) == (
            "correction",
            "录入错误",
            date(2026, 3, 5),
        )
        assert (
            session.scalars(select(AuditEntry.action).order_by(AuditEntry.id.desc())).first()
            == "stage.correct"
        )
    # Entered again, the loan is the firm's first loan once more: one 首贷 per firm, whatever was voided.
    again = add_loan(ws, uscc, LoanInput(date(2026, 3, 7), "60", credit_id=credit.id))
    assert again.is_first_loan
    with ws.db.session() as session:
        statuses = dict(session.execute(select(Loan.id, Loan.first_loan_status)).all())
    assert statuses == {loan.id: "not_first", again.id: "first"}  # a voided loan counts nowhere


def test_recording_the_credit_report_turns_an_unverified_first_loan_into_the_first_loan(
    workspace: Workspace,
) -> None:
    from desktop.services.dossiers import update_dossier

    ws = workspace
    uscc = add_firm(ws)
    add_credit(ws, uscc, CreditInput(date(2026, 3, 5), "100", "credit"))
    loan = add_loan(ws, uscc, LoanInput(date(2026, 3, 6), "60"))
    assert loan.first_loan_status == "unverified" and not loan.is_first_loan
    out = update_dossier(ws, uscc, {"has_loan_record": "否", "has_discount_record": "否"})
    assert out.stage_move is not None and out.stage_move.to_stage == "first_loan"
    out = update_dossier(ws, uscc, {"has_discount_record": "是"})
    assert out.stage_move is not None and out.stage_move.to_stage == "credited"

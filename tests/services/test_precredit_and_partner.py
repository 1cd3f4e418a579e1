"""预授信 is shown, never counted as 授信; after the first loan: the 伙伴培育 plan, renewals and revolving loans
(loans, never 首贷) and the move to 伙伴客户."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop.domain.errors import DomainError
from desktop.domain.stages import Stage
from desktop.services.credits import CreditInput, add_credit
from desktop.services.firms import get_firm
from desktop.services.loans import LoanInput, add_loan
from desktop.services.plans import PlanInput, plan_versions, save_plan
from desktop.services.precredit import (
    current_precredit,
    precredit_history,
    precredit_marks,
    set_precredit,
    void_precredit,
)
from desktop.services.programme import programme_report
from desktop.services.stage_moves import set_stage
from desktop.services.visits import VisitInput, add_visit
from desktop.services.workspace import Workspace
from desktop.store.models import Loan
from tests.factories import add_firm

TODAY = date(2026, 11, 20)


def _figures(ws: Workspace):  # type: ignore[no-untyped-def]
    return programme_report(ws, 2026, month=11, today=TODAY).figures


def test_precredit_is_shown_but_never_counted_as_credit(workspace: Workspace) -> None:
    ws = workspace
    uscc = add_firm(ws, 1)
    add_visit(ws, uscc, VisitInput(date(2026, 11, 2), "site"))
    set_precredit(ws, uscc, "50", date(2026, 11, 3), note="大数据模型")
    second = set_precredit(ws, uscc, "80", date(2026, 11, 10))
    assert precredit_marks(ws, [uscc]) == {uscc: (Decimal("80"), date(2026, 11, 10))}
    figures = _figures(ws)
    assert (figures.credited, figures.credit_amount) == (0, Decimal(0))
    with ws.db.session() as session:
        firm = get_firm(session, uscc)
        assert firm.stage == "contacted"  # an offer does not move the stage
        current = current_precredit(session, firm.id)
        assert current is not None and current.id == second
    assert void_precredit(ws, uscc, "模型复核未通过") == second
    assert precredit_marks(ws, [uscc]) == {uscc: (Decimal("50"), date(2026, 11, 3))}  # the earlier one again
    assert [h.voided for h in precredit_history(ws, uscc)] == [True, False]
    with pytest.raises(DomainError):
        set_precredit(ws, uscc, "0", date(2026, 11, 3))
    with pytest.raises(DomainError):
        set_precredit(ws, uscc, "10", date(2026, 12, 30))  # after today
    with pytest.raises(DomainError):
        void_precredit(ws, uscc, " ")


def test_a_first_loan_firm_is_out_of_the_reserve(workspace: Workspace) -> None:
    ws = workspace
    uscc = add_firm(ws, 1, stage="first_loan")
    with pytest.raises(DomainError, match="储备库"):
        set_precredit(ws, uscc, "10", date(2026, 11, 3))


def _first_loan_firm(ws: Workspace) -> tuple[str, int]:
    uscc = add_firm(ws, 2, has_loan_record=False, has_discount_record=False)
    add_visit(ws, uscc, VisitInput(date(2026, 11, 1), "site"))
    credit = add_credit(ws, uscc, CreditInput(date(2026, 11, 2), "200", "credit"))
    loan = add_loan(ws, uscc, LoanInput(date(2026, 11, 3), "100", credit_id=credit.id))
    assert loan.is_first_loan
    return uscc, credit.id


def test_renewals_and_revolving_loans_are_loans_never_first_loans(workspace: Workspace) -> None:
    ws = workspace
    uscc, credit = _first_loan_firm(ws)
    renewal = add_loan(ws, uscc, LoanInput(date(2026, 11, 10), "50", credit_id=credit, kind="无还本续贷"))
    revolving = add_loan(ws, uscc, LoanInput(date(2026, 11, 12), "50", credit_id=credit, kind="revolving"))
    assert not renewal.is_first_loan and not revolving.is_first_loan
    figures = _figures(ws)
    assert (figures.first_loan_firms, figures.first_loans, figures.first_loan_amount) == (
        1,
        1,
        Decimal("100"),
    )
    # On their own (a firm whose only loan on record is a renewal) they are never 首贷 either.
    other = add_firm(ws, 3, has_loan_record=False, has_discount_record=False)
    add_credit(ws, other, CreditInput(date(2026, 11, 2), "100", "credit"))
    alone = add_loan(ws, other, LoanInput(date(2026, 11, 4), "30", kind="renewal"))
    assert not alone.is_first_loan
    with ws.db.session() as session:
        assert get_firm(session, other).stage == "credited"
        kinds = dict(session.execute(select(Loan.id, Loan.kind)).all())
    assert kinds[renewal.id] == "renewal" and kinds[revolving.id] == "revolving"


def test_the_partner_plan_comes_after_the_first_loan_and_then_partner(workspace: Workspace) -> None:
    ws = workspace
    before = add_firm(ws, 4)
    add_visit(ws, before, VisitInput(date(2026, 11, 1), "site"))
    with pytest.raises(DomainError, match="尚无首贷"):
        save_plan(ws, before, PlanInput(date(2026, 11, 5), ["其他"], ["其他"], kind="partner"))
    uscc, _credit = _first_loan_firm(ws)
    plan = save_plan(
        ws,
        uscc,
        PlanInput(
            date(2026, 11, 15), ["其他"], ["财务辅导"], kind="伙伴培育", note="结算、代发工资、续贷安排"
        ),
    )
    assert plan.stage_move is None  # still 已获首贷
    versions = plan_versions(ws, uscc)
    assert [v.kind for v in versions] == ["partner"]
    move = set_stage(ws, uscc, Stage.PARTNER, reason="建立伙伴银行合作方案", on=date(2026, 11, 18))
    assert move.stage_move is not None and move.stage_move.to_stage == "partner"
    assert _figures(ws).first_loan_firms == 1  # a partner firm keeps its first loan in the figures


def test_the_dossier_pdf_shows_the_precredit(workspace: Workspace, tmp_path: Path) -> None:
    import re

    from pypdf import PdfReader

    from desktop.services.printing import print_dossier

    ws = workspace
    uscc = add_firm(ws, 5)
    set_precredit(ws, uscc, "80", date(2026, 11, 10))
    out = print_dossier(ws, uscc, tmp_path / "档案.pdf", today=TODAY).files[0]
    text = re.sub(r"\s", "", "".join(p.extract_text() for p in PdfReader(out).pages))
    assert "预授信（不计入授信）" in text and "80.00万元（2026-11-10）" in text

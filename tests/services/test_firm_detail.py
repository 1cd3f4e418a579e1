from __future__ import annotations

import pytest
from sqlalchemy import func, select

from desktop.services.demo import fill_demo
from desktop.services.firm_detail import dossier_completeness, load_firm_detail
from desktop.services.firms import FirmNotFound
from desktop.services.workspace import Workspace
from desktop.store.models import Demand, Dossier, Firm, Loan, StageChange, Visit
from tests.conftest import TODAY


def test_detail_holds_the_firms_own_records(workspace: Workspace) -> None:
    fill_demo(workspace, firms=120, today=TODAY)
    with workspace.db.session() as session:
        firm_id, uscc = session.execute(
            select(Firm.id, Firm.uscc).join(Loan, Loan.firm_id == Firm.id).limit(1)
        ).one()
        visits = session.scalar(select(func.count(Visit.id)).where(Visit.firm_id == firm_id))
        demands = session.scalar(select(func.count(Demand.id)).where(Demand.firm_id == firm_id))
        moves = session.scalar(select(func.count(StageChange.id)).where(StageChange.firm_id == firm_id))
    detail = load_firm_detail(workspace, uscc.lower(), TODAY)
    assert detail.firm.uscc == uscc
    assert len(detail.visits) == visits and visits > 0
    assert all(v.firm_id == firm_id for v in detail.visits)
    assert [v.date for v in detail.visits] == sorted((v.date for v in detail.visits), reverse=True)
    assert len(detail.demands) == demands
    assert all(len(d.steps) == 3 for d in detail.demands)
    assert detail.loans and all(loan.firm_id == firm_id for loan in detail.loans)
    assert len(detail.stage_changes) == moves
    assert detail.plan is not None and detail.plan.plan.firm_id == firm_id
    assert 0.0 <= detail.completeness <= 1.0


def test_unknown_firm_is_a_clear_error(workspace: Workspace) -> None:
    with pytest.raises(FirmNotFound, match="找不到"):
        load_firm_detail(workspace, "91410700000000000X", TODAY)


def test_completeness_counts_filled_fields() -> None:
    assert dossier_completeness(None) == 0.0
    dossier = Dossier(main_business="面粉加工", employees=0, has_loan_record=False, criteria={})
    # main_business, employees (0 is an answer) and has_loan_record are filled; criteria is empty.
    assert dossier_completeness(dossier) == pytest.approx(3 / 10)

"""A voided record counts nowhere: stage, 待办, 211 clocks, 垒小户, the firm's completeness — and the ledger,
the programme report and the dashboard (the figures helper filters those; the tests say so until then).
It stays in the audit trail with its reason."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import select

from desktop.services.corrections import void_record
from desktop.services.credits import CreditInput, add_credit
from desktop.services.dashboard import dashboard_figures
from desktop.services.demands import add_demand
from desktop.services.ledger import ledger_rows
from desktop.services.loans import LoanInput, add_loan
from desktop.services.programme import programme_report
from desktop.services.todo import todo
from desktop.services.visits import VisitInput, add_visit
from desktop.services.workspace import Workspace
from desktop.store.models import AuditEntry, Firm
from desktop.store.settings import set_setting
from tests.conftest import TODAY
from tests.factories import add_firm

D = date.fromisoformat


@pytest.fixture
def worked(workspace: Workspace) -> tuple[Workspace, str, dict[str, int]]:
    """A firm with a visit (asking for a follow-up), a demand, credit and its first loan, all in 2026-10."""
    ws = workspace
    with ws.db.write() as session:
        set_setting(session, "profile", {"officer": "李明", "bank": "中原银行", "branch": "红旗支行"})
    ws.forget_profile()
    ws.clock = lambda: TODAY
    uscc = add_firm(ws, has_loan_record=False, has_discount_record=False)
    ids = {
        "visit": add_visit(ws, uscc, VisitInput(D("2026-10-05"), "site", follow_up=D("2026-11-10"))).id,
        "demand": add_demand(ws, uscc, on=D("2026-10-09"), amount="100").id,
    }
    ids["credit"] = add_credit(ws, uscc, CreditInput(D("2026-10-20"), "100", "credit")).id
    ids["loan"] = add_loan(ws, uscc, LoanInput(D("2026-10-22"), "60", credit_id=ids["credit"])).id
    return ws, uscc, ids


def _void_all(ws: Workspace, ids: dict[str, int]) -> None:
    for kind in ("loan", "credit", "demand", "visit"):
        void_record(ws, kind, ids[kind], "录入错误")


def test_stage_todo_and_audit(worked: tuple[Workspace, str, dict[str, int]]) -> None:
    ws, uscc, ids = worked
    kinds = {i.kind for i in todo(ws, TODAY) if i.uscc == uscc}
    assert kinds == {"demand_211", "follow_up"}
    _void_all(ws, ids)
    assert [i for i in todo(ws, TODAY) if i.uscc == uscc] == []
    with ws.db.session() as session:
        assert session.scalars(select(Firm.stage)).one() == "listed"
        voids = list(session.scalars(select(AuditEntry).where(AuditEntry.action.like("%.void"))))
    assert [(e.action, e.new["reason"]) for e in voids] == [
        ("loan.void", "录入错误"),
        ("credit.void", "录入错误"),
        ("demand.void", "录入错误"),
        ("visit.void", "录入错误"),
    ]
    assert voids[0].old["amount"] == "60" and voids[0].old["date"] == "2026-10-22"


def test_ledger_leaves_voided_records_out(worked: tuple[Workspace, str, dict[str, int]]) -> None:
    ws, uscc, ids = worked
    [row] = [r for r in ledger_rows(ws, "2026-10") if r.uscc == uscc]
    assert row.credited and row.new_loan_amount == Decimal(60)
    _void_all(ws, ids)
    assert [r for r in ledger_rows(ws, "2026-10") if r.uscc == uscc] == []


def test_programme_report_leaves_voided_records_out(worked: tuple[Workspace, str, dict[str, int]]) -> None:
    ws, _uscc, ids = worked
    figures = programme_report(ws, 2026, month=10, today=TODAY).figures
    assert (figures.contacted, figures.credited, figures.first_loan_firms) == (1, 1, 1)
    assert figures.first_loan_amount == Decimal(60)
    _void_all(ws, ids)
    after = programme_report(ws, 2026, month=10, today=TODAY).figures
    assert (after.contacted, after.with_demand, after.credited, after.first_loan_firms) == (0, 0, 0, 0)
    assert after.credit_amount == 0 and after.first_loan_amount == 0
    assert after.met_211 + after.missed_211 + after.open_211 == 0  # the voided demand's 211 steps


def _tiles(ws: Workspace) -> dict[str, Decimal]:
    return {t.code: t.value for t in dashboard_figures(ws, TODAY).tiles}


def test_dashboard_211_deadlines_leave_voided_demands_out(
    worked: tuple[Workspace, str, dict[str, int]],
) -> None:
    ws, _uscc, ids = worked
    assert dashboard_figures(ws, TODAY).deadlines
    _void_all(ws, ids)
    assert dashboard_figures(ws, TODAY).deadlines == []


def test_dashboard_tiles_leave_voided_records_out(worked: tuple[Workspace, str, dict[str, int]]) -> None:
    ws, _uscc, ids = worked
    before = _tiles(ws)
    assert before["contacted"] == 1 and before["first_loan_firms"] == 1
    _void_all(ws, ids)
    after = _tiles(ws)
    codes = ("contacted", "with_demand", "credited", "first_loan_firms")
    assert [after[code] for code in codes] == [0, 0, 0, 0]

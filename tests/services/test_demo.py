"""The demo tells the truth: nothing after today, verdicts and stages those the rules give, a mix of
verified and 待核实 first loans, several officers and counties."""

from __future__ import annotations

from sqlalchemy import func, select

from desktop.services.demo import fill_demo
from desktop.services.firm_state import refresh_firm
from desktop.services.programme_profile import needs_rederive
from desktop.services.workspace import Workspace
from desktop.store.models import AuditEntry, Credit, Demand, Firm, Loan, Plan, StageChange, Visit
from tests.conftest import TODAY


def test_the_demo_is_what_the_rules_make_of_its_records(workspace: Workspace) -> None:
    workspace.clock = lambda: TODAY
    fill_demo(workspace, firms=300, today=TODAY)
    assert not needs_rederive(workspace)
    with workspace.db.write() as s:
        days = [
            s.scalar(select(func.max(column)))
            for column in (Visit.date, Demand.received_on, Demand.feedback_on, Demand.conditions_met_on,
                           Demand.accepted_on, Demand.decided_on, Credit.date, Loan.date, StageChange.on, Plan.drawn_on)
        ]  # fmt: skip
        assert all(day is not None and day <= TODAY for day in days)
        # Not piled onto today: a handful of events today, as on any day.
        today_events = sum(
            s.scalar(select(func.count()).where(column == TODAY)) or 0
            for column in (Visit.date, Credit.date, Loan.date, StageChange.on)
        )
        assert today_events < 15
        statuses = dict(
            s.execute(select(Loan.first_loan_status, func.count()).group_by(Loan.first_loan_status)).all()
        )
        assert statuses.get("first", 0) > 5 and statuses.get("unverified", 0) >= 2
        assert len(set(s.scalars(select(Firm.assigned_officer)))) > 1
        assert len(set(s.scalars(select(Firm.county)))) > 1
        audits = s.scalar(select(func.count(AuditEntry.id)))
        changes = s.scalar(select(func.count(StageChange.id)))
        for firm in s.scalars(select(Firm)):
            assert refresh_firm(s, "检查", firm, TODAY).stage_move is None, firm.name
        assert s.scalar(select(func.count(AuditEntry.id))) == audits  # no verdict changed
        assert s.scalar(select(func.count(StageChange.id))) == changes
        elsewhere = s.scalars(select(StageChange).where(StageChange.to_stage == "loan_elsewhere"))
        assert all(move.bank for move in elsewhere)
        s.rollback()

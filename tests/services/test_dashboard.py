from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import func, select

from desktop.services.dashboard import dashboard_figures, ledger_due_date
from desktop.services.demo import fill_demo
from desktop.services.workspace import Workspace
from desktop.store.models import Firm, Loan, Visit
from tests.conftest import TODAY


def test_ledger_is_due_on_the_tenth_of_next_month() -> None:
    assert ledger_due_date(date(2026, 11, 20)) == date(2026, 12, 10)
    assert ledger_due_date(date(2026, 12, 31)) == date(2027, 1, 10)
    assert ledger_due_date(date(2026, 1, 31)) == date(2026, 2, 10)
    # Up to the 10th, last month's ledger is the one due (the same rule as the to-do list).
    assert ledger_due_date(date(2026, 11, 5)) == date(2026, 11, 10)
    assert ledger_due_date(date(2026, 11, 10)) == date(2026, 11, 10)


def test_empty_database_gives_zeros(workspace: Workspace) -> None:
    figures = dashboard_figures(workspace, TODAY)
    assert all(tile.value == 0 for tile in figures.tiles)
    assert figures.last_import is None
    assert figures.ledger_days_left == 20
    assert len(figures.trend) == 12 and figures.trend[-1][0] == "2026-11"


def test_figures_match_the_records(workspace: Workspace) -> None:
    fill_demo(workspace, firms=200, today=TODAY)
    figures = dashboard_figures(workspace, TODAY)
    tiles = {t.code: t for t in figures.tiles}
    with workspace.db.session() as session:
        on_list = session.scalar(select(func.count(Firm.id)).where(Firm.on_list.is_(True)))
        visited = session.scalar(select(func.count(func.distinct(Visit.firm_id))))
        first = list(session.scalars(select(Loan).where(Loan.is_first_loan.is_(True))))
        nov_visits = session.scalar(
            select(func.count(Visit.id)).where(
                Visit.date >= date(2026, 11, 1), Visit.date <= date(2026, 11, 30)
            )
        )
    assert tiles["on_list"].value == on_list
    assert tiles["contacted"].value == visited
    assert tiles["first_loans"].value == len({loan.firm_id for loan in first})
    assert tiles["first_loan_amount"].value == sum((loan.amount for loan in first), Decimal(0))
    assert tiles["first_loans"].target is not None
    counts = [count for _, count in figures.funnel]
    assert counts == sorted(counts, reverse=True)  # a funnel only narrows
    assert figures.funnel[0][0] == "listed" and figures.funnel[-1][0] == "first_loan"
    assert figures.trend[-1] == ("2026-11", nov_visits, figures.trend[-1][2])
    assert figures.last_import is not None
    assert all(d.overdue == (d.deadline < TODAY) for d in figures.deadlines)
    monday = date(2026, 11, 16)
    assert all(monday <= f.on <= date(2026, 11, 22) for f in figures.follow_ups)

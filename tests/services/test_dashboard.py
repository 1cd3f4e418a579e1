from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import func, select

from desktop.domain.dates import PeriodKind
from desktop.services.dashboard import TILES, dashboard_figures, ledger_due_date
from desktop.services.demo import fill_demo
from desktop.services.programme import programme_report
from desktop.services.workspace import Workspace
from desktop.store.models import Firm, Loan, Visit
from tests.conftest import TODAY
from tests.history_factories import build_history


def test_ledger_is_due_on_the_tenth_of_next_month() -> None:
    assert ledger_due_date(date(2026, 11, 20)) == date(2026, 12, 10)
    assert ledger_due_date(date(2026, 12, 31)) == date(2027, 1, 10)
    assert ledger_due_date(date(2026, 1, 31)) == date(2026, 2, 10)
    # Up to the 10th, last month's ledger is the one due (the same rule as the to-do list).
    assert ledger_due_date(date(2026, 11, 5)) == date(2026, 11, 10)
    assert ledger_due_date(date(2026, 11, 10)) == date(2026, 11, 10)


def test_empty_database_gives_zeros(workspace: Workspace) -> None:
    figures = dashboard_figures(workspace, TODAY)
    assert [t.code for t in figures.tiles] == list(TILES)
    assert all(tile.value in (0, None) for tile in figures.tiles)
    assert figures.last_import is None
    assert figures.ledger_days_left == 20
    assert len(figures.trend) == 12 and figures.trend[-1][0] == "2026-11"


def test_tiles_are_the_reports_figures_of_the_chosen_period(workspace: Workspace) -> None:
    build_history(workspace, "quanzhou")
    for kind, kwargs in (
        (PeriodKind.YEAR, {}),
        (PeriodKind.QUARTER, {"quarter": 4}),
        (PeriodKind.MONTH, {"month": 11}),
    ):
        board = dashboard_figures(workspace, TODAY, kind)
        report = programme_report(workspace, 2026, today=TODAY, **kwargs)  # type: ignore[arg-type]
        assert board.period is not None and board.period.key == report.period
        for tile in board.tiles:
            assert tile.value == report.figures.value(tile.code), (kind, tile.code)
    to_date = dashboard_figures(workspace, TODAY, PeriodKind.PROGRAMME)
    assert to_date.period is not None and to_date.period.start == date(2024, 1, 1)
    # 泉州: 2024-2026 新增 4 万户 is the 首贷户 tile's target over the programme to date.
    assert to_date.tile("first_loan_firms").target == 40000
    assert to_date.tile("on_lists").target is None  # the list is not a target
    year = dashboard_figures(workspace, TODAY)
    assert year.tile("first_loan_firms").target is None  # no year target set for 泉州


def test_rates_are_bounded_on_the_demo(workspace: Workspace) -> None:
    workspace.clock = lambda: TODAY
    fill_demo(workspace, firms=200, today=TODAY)
    for kind in PeriodKind:
        figures = dashboard_figures(workspace, TODAY, kind)
        for tile in figures.tiles:
            if tile.unit == "%" and tile.value is not None:
                assert 0 <= tile.value <= 100, (kind, tile.code, tile.value)


def test_figures_match_the_records(workspace: Workspace) -> None:
    workspace.clock = lambda: TODAY
    fill_demo(workspace, firms=200, today=TODAY)
    figures = dashboard_figures(workspace, TODAY)
    with workspace.db.session() as session:
        on_list = session.scalar(select(func.count(Firm.id)).where(Firm.on_list.is_(True)))
        visited = session.scalar(
            select(func.count(func.distinct(Visit.firm_id))).where(Visit.date >= date(2026, 1, 1), Visit.live)
        )
        first = [
            loan
            for loan in session.scalars(select(Loan).where(Loan.is_first_loan.is_(True)))
            if loan.live and loan.date.year == 2026
        ]
        nov = session.scalar(
            select(func.count(func.distinct(Visit.firm_id))).where(
                Visit.date >= date(2026, 11, 1), Visit.date <= date(2026, 11, 30)
            )
        )
    assert figures.tile("on_lists").value == on_list
    assert figures.tile("contacted").value == visited
    assert figures.tile("first_loan_firms").value == len({loan.firm_id for loan in first})
    assert figures.tile("first_loan_amount").value == sum((loan.amount for loan in first), Decimal(0))
    assert figures.tile("first_loan_firms").target is not None  # the demo's bank target
    assert [code for code, _ in figures.funnel] == [
        "on_lists",
        "contacted",
        "with_demand",
        "credited",
        "first_loan_firms",
    ]
    assert figures.trend[-1] == ("2026-11", nov, figures.trend[-1][2])
    assert figures.last_import is not None
    assert all(d.overdue == (d.deadline < TODAY) for d in figures.deadlines)
    monday = date(2026, 11, 16)
    assert all(monday <= f.on <= date(2026, 11, 22) for f in figures.follow_ups)

"""The figures over a hand-built year (tests/history_factories.py) under each programme, against answers
worked out by hand; the months add up to the year; the dashboard, the report and the ledger agree."""

from __future__ import annotations

from decimal import Decimal

import pytest

from desktop.domain.dates import PeriodKind, month_period, year_period
from desktop.domain.figures import BY_CODE, FIGURES, FIRM_FIGURES
from desktop.services.dashboard import dashboard_figures
from desktop.services.figure_sets import FigureFilter, Scope
from desktop.services.figures import compute_figures
from desktop.services.firms import FirmQuery, count_firms, list_firms
from desktop.services.ledger import ledger_sheet
from desktop.services.programme import programme_report
from desktop.services.workspace import Workspace
from tests.history_factories import EXPECTED, MONTHS, TODAY, build_history

PROFILES = sorted(EXPECTED)


@pytest.mark.parametrize("programme", PROFILES)
def test_year_figures_per_profile(workspace: Workspace, programme: str) -> None:
    build_history(workspace, programme)
    expected = EXPECTED[programme]
    f = programme_report(workspace, 2026, today=TODAY).figures
    amount = sum((Decimal(a) for a in expected.first.values()), Decimal(0))
    assert (f.on_lists, f.contacted, f.listed_contacted, f.with_demand) == (7, 7, 6, 1)
    assert (f.credited, f.credit_amount) == (4, Decimal(450))  # F's voided credit counts nowhere
    assert (f.first_loan_firms, f.first_loan_amount) == (len(expected.first), amount)
    assert (f.first_loans_unverified, f.unverified_amount) == (1, Decimal(30))  # B: report not recorded
    assert f.loan_elsewhere == 1  # E
    assert f.listed_first_loans == expected.listed_first
    assert f.first_loan_rate == (Decimal(expected.listed_first) * 100 / 7).quantize(Decimal("0.1"))
    assert f.conversion == (Decimal(len(expected.first)) * 100 / 7).quantize(Decimal("0.1"))
    assert f.credit_loan_amount == Decimal(expected.unsecured)
    assert (f.new_loans, f.new_loan_amount, f.ledger_firms) == (7, Decimal(390), 7)
    assert (f.met_211, f.missed_211, f.on_time_211) == (1, 0, Decimal(100))


@pytest.mark.parametrize("programme", PROFILES)
def test_ledger_month_by_month_and_the_months_add_up_to_the_year(
    workspace: Workspace, programme: str
) -> None:
    firms = build_history(workspace, programme)
    names = {f.name: letter for letter, f in firms.items()}
    year = programme_report(workspace, 2026, today=TODAY).figures
    credit = loans = first = Decimal(0)
    for month, (letters, credit_amount, loan_amount) in MONTHS.items():
        sheet = ledger_sheet(workspace, f"2026-{month:02d}")
        assert {names[r.name] for r in sheet.rows} == letters, month
        assert sum((r.credit_amount or Decimal(0) for r in sheet.rows), Decimal(0)) == Decimal(credit_amount)
        assert sum((r.new_loan_amount for r in sheet.rows), Decimal(0)) == Decimal(loan_amount)
        with workspace.db.session() as session:  # what `report --month` counts
            report = compute_figures(session, month_period(2026, month), workspace.calendar, TODAY)
        # The ledger's 合计 row is the month's figures.
        assert (sheet.totals.firms, sheet.totals.credited) == (report.ledger_firms, report.credited)
        assert (sheet.totals.credit_amount, sheet.totals.new_loan_amount) == (
            report.credit_amount,
            report.new_loan_amount,
        )
        credit, loans, first = (
            credit + report.credit_amount,
            loans + report.new_loan_amount,
            first + report.first_loan_amount,
        )
    assert (credit, loans, first) == (year.credit_amount, year.new_loan_amount, year.first_loan_amount)


def test_cumulative_ledger_sums_up_to_the_months_end(workspace: Workspace) -> None:
    firms = build_history(workspace)
    rows = {r.firm_id: r for r in ledger_sheet(workspace, "2026-07", cumulative=True).rows}
    d = rows[firms["D"].id]
    assert (d.credited, d.credit_amount, d.new_loan_amount) == (True, Decimal(100), Decimal(80))
    month = {r.firm_id: r for r in ledger_sheet(workspace, "2026-07").rows}[firms["D"].id]
    assert (month.credited, month.credit_amount, month.new_loan_amount) == (True, Decimal(0), Decimal(60))
    assert month.guarantee == "信用"  # the guarantee of the credit it draws on, though granted earlier


def test_ledger_contact_date_and_problem_from_the_records(workspace: Workspace) -> None:
    firms = build_history(workspace)
    march = {r.firm_id: r for r in ledger_sheet(workspace, "2026-03").rows}
    assert march[firms["A"].id].contact_date.isoformat() == "2026-03-05"  # the month's latest visit
    april = {r.firm_id: r for r in ledger_sheet(workspace, "2026-04").rows}
    assert april[firms["A"].id].contact_date.isoformat() == "2026-04-02"  # no visit in April: the loan
    e = april[firms["E"].id]
    assert not e.credited and e.problem == "企业已在他行获得贷款"  # the exit's reason


def test_dashboard_report_and_ledger_agree(workspace: Workspace) -> None:
    build_history(workspace, "xinzhou")
    report = programme_report(workspace, 2026, today=TODAY)
    data = report.to_json()["figures"]
    board = dashboard_figures(workspace, TODAY, PeriodKind.YEAR)
    for tile in board.tiles:
        assert tile.value == report.figures.value(tile.code), tile.code
    assert data["first_loan_firms"] == int(board.tile("first_loan_firms").value or 0) == 4
    assert data["first_loans_unverified"] == 1 and data["loan_elsewhere"] == 1
    assert Decimal(data["first_loan_amount"]) == board.tile("first_loan_amount").value == Decimal(300)
    month = dashboard_figures(workspace, month_period(2026, 5).end, PeriodKind.MONTH)
    sheet = ledger_sheet(workspace, "2026-05")
    assert month.tile("credit_amount").value == sheet.totals.credit_amount == Decimal(300)
    assert month.figures is not None and month.figures.ledger_firms == sheet.totals.firms == 2


def test_every_firm_figure_opens_exactly_the_firms_it_counts(workspace: Workspace) -> None:
    build_history(workspace, "quanzhou")
    year = year_period(2026)
    with workspace.db.session() as session:
        figures = compute_figures(session, year, workspace.calendar, TODAY)
    for code in FIRM_FIGURES:
        query = FirmQuery(figure=FigureFilter(code, year))
        assert count_firms(workspace, query) == figures.value(code), code
        assert len(list_firms(workspace, query)) == figures.value(code), code
    letters = {
        f.name[3] for f in list_firms(workspace, FirmQuery(figure=FigureFilter("first_loan_firms", year)))
    }
    assert letters == {"A", "D", "G"}


def test_breakdowns_and_the_lending_bank(workspace: Workspace) -> None:
    build_history(workspace, "xinzhou")
    report = programme_report(
        workspace, 2026, today=TODAY, breakdowns=("county", "entity_type", "officer", "bank")
    )
    county = dict(report.breakdowns["county"])
    assert county["红旗区"].first_loan_firms == 3 and county["卫滨区"].first_loan_firms == 1  # A C G / D
    kinds = dict(report.breakdowns["entity_type"])
    assert kinds["individual"].first_loan_firms == 1 and kinds["individual"].first_loans_unverified == 1
    assert [name for name, _ in report.breakdowns["bank"]] == ["中原银行"]
    with workspace.db.session() as session:
        other = compute_figures(
            session, year_period(2026), workspace.calendar, TODAY, Scope("bank", "工商银行")
        )
    assert other.first_loan_firms == 0 and other.credit_amount == 0


def test_year_on_year_only_where_the_records_cover_the_earlier_period(workspace: Workspace) -> None:
    build_history(workspace)
    report = programme_report(workspace, 2026, today=TODAY)
    assert report.year_ago is None  # the records start 2025-12-15
    may = programme_report(workspace, 2026, month=5, today=TODAY)
    assert may.before is not None and may.before.period.key == "2026-04" and may.year_ago is None
    assert may.to_json()["previous"]["period"] == "2026-04"


def test_every_figure_has_a_definition_and_a_seed_sentence() -> None:
    for figure in FIGURES:
        assert figure.definition and figure.definition.en and figure.sentence, figure.code
    assert set(FIRM_FIGURES) <= set(BY_CODE)


def test_conversion_is_bounded_by_construction(workspace: Workspace) -> None:
    """Of the firms being cultivated (contacted by the period's end, no 首贷 before it), the share that got
    one in the period: a firm contacted last year counts, a loan to a firm never contacted does not."""
    from datetime import date

    from tests.report_factories import add_firm, add_loan, add_visit

    with workspace.db.write() as s:
        earlier = add_firm(s, "去年对接的公司")
        add_visit(s, earlier, date(2025, 12, 20))
        add_loan(s, earlier, date(2026, 3, 2), "50")
        stranger = add_firm(s, "未对接的公司")
        add_loan(s, stranger, date(2026, 4, 2), "50")
        waiting = add_firm(s, "培植中的公司")
        add_visit(s, waiting, date(2026, 5, 1))
    with workspace.db.session() as session:
        f = compute_figures(session, year_period(2026), workspace.calendar, TODAY)
    assert (f.first_loan_firms, f.contacted, f.conversion_base, f.converted) == (2, 1, 2, 1)
    assert f.conversion == Decimal(50)  # was 2 / 1 = 200 % with first-loan firms over contacted ones

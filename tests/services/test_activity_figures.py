"""A firm's taking part in an activity is a contact (issue 23): the dashboard, the report, the ledger and
the firm table count it as 已对接 through the one definition (services/contact_events.py)."""

from __future__ import annotations

from datetime import date

from desktop.domain.dates import PeriodKind, month_period
from desktop.services.activities import ActivityInput, add_activity, void_activity
from desktop.services.dashboard import dashboard_figures
from desktop.services.figure_sets import FigureFilter
from desktop.services.firm_page import page_facts
from desktop.services.firms import FirmQuery, list_firms
from desktop.services.ledger import ledger_sheet
from desktop.services.programme import programme_report
from desktop.services.visits import VisitInput, add_visit
from desktop.services.workspace import Workspace
from tests.conftest import TODAY
from tests.factories import add_firm

FAIR_DAY = date(2026, 11, 5)


def _fair_only(ws: Workspace) -> tuple[str, str, int]:
    """Firm a only attended a 融资对接会 in November; firm b was visited; a third firm had nothing."""
    a, b, _c = (add_firm(ws, n) for n in (1, 2, 3))
    fair = add_activity(ws, ActivityInput("融资对接会", FAIR_DAY, "银企首贷专场融资对接会", firms=[a])).id
    add_visit(ws, b, VisitInput(date(2026, 11, 10), "site"))
    return a, b, fair


def test_a_firm_that_only_attended_a_fair_is_contacted_everywhere(workspace: Workspace) -> None:
    ws = workspace
    a, b, _fair = _fair_only(ws)
    board = dashboard_figures(ws, TODAY, PeriodKind.MONTH)
    assert board.tile("contacted").value == 2
    report = programme_report(ws, 2026, month=11, today=TODAY)
    assert report.figures.contacted == 2 and report.figures.ledger_firms == 2
    assert programme_report(ws, 2026, month=10, today=TODAY).figures.contacted == 0
    rows = {r.uscc: r for r in ledger_sheet(ws, "2026-11").rows}
    assert set(rows) == {a, b}
    assert rows[a].contact_date == FAIR_DAY  # the ledger's 对接时间 is the fair's day
    assert a not in {r.uscc for r in ledger_sheet(ws, "2026-10").rows}
    # The dashboard tile opens exactly the firms it counts; the firm table's 最近联系 is the fair's day.
    opened = list_firms(ws, FirmQuery(figure=FigureFilter("contacted", month_period(2026, 11))))
    assert {f.uscc for f in opened} == {a, b}
    assert page_facts(ws, [a], TODAY)[a].last_contact == FAIR_DAY


def test_a_voided_fair_counts_nowhere(workspace: Workspace) -> None:
    ws = workspace
    a, b, fair = _fair_only(ws)
    void_activity(ws, fair, "录入错误")
    assert dashboard_figures(ws, TODAY, PeriodKind.MONTH).tile("contacted").value == 1
    assert programme_report(ws, 2026, month=11, today=TODAY).figures.contacted == 1
    assert {r.uscc for r in ledger_sheet(ws, "2026-11").rows} == {b}
    assert page_facts(ws, [a], TODAY)[a].last_contact is None


def test_a_fair_and_a_visit_of_one_firm_count_it_once(workspace: Workspace) -> None:
    ws = workspace
    a, _b, _fair = _fair_only(ws)
    add_visit(ws, a, VisitInput(date(2026, 11, 12), "phone"))
    assert programme_report(ws, 2026, month=11, today=TODAY).figures.contacted == 2
    rows = {r.uscc: r for r in ledger_sheet(ws, "2026-11").rows}
    assert rows[a].contact_date == date(2026, 11, 12)  # the month's latest contact
    # Contacted by the year's end and no 首贷 before: the fair's firm is among those being cultivated.
    year = programme_report(ws, 2026, today=TODAY).figures
    assert year.conversion_base == 2

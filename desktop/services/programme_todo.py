"""The programme's own 待办 items: record the credit-report facts of a 待核实 first loan, report the
quarter's figures (泉州: 每季后 15 日内; 忻州: 按季度考核, from the monthly ledgers due 月后10日内), and the
half-year list update (泉州: 名单实行动态管理，每半年更新一次). Registered in desktop/services/todo.py (``todo_list`` is imported as a module: it imports this one)."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import func, select

from desktop.domain.dates import add_months, quarter_bounds, quarter_of
from desktop.domain.errors import Message
from desktop.domain.followups import ledger_due
from desktop.domain.programmes import first_loan_rule
from desktop.services import todo as todo_list
from desktop.services.programme_profile import load_programme
from desktop.services.workspace import Workspace
from desktop.store.models import Firm, ImportBatch, Loan

FACT_LABELS = {
    "has_loan_record": Message("有无贷款记录", "any loan on record"),
    "has_discount_record": Message("有无票据贴现记录", "any bill discount on record"),
    "last_loan_settled_on": Message("最近一笔贷款结清日期", "the date the latest loan was settled"),
    "credit_lookback_years": Message("征信报告回溯年数", "the years the report looks back"),
    "credit_query_date": Message("征信查询日期", "the date the report was queried"),
}
# A quarter's item is shown from the quarter's end until this long after its due date.
QUARTER_SHOWN_AFTER_DUE = timedelta(days=15)
LIST_REMINDER_AHEAD = timedelta(days=14)


def credit_report_items(ws: Workspace, on: date, officer: str | None) -> list[todo_list.TodoItem]:
    """A 待核实 first loan: record the credit-report facts the programme's test reads, before the loan's
    month is reported (the ledger of that month is due on the 10th of the next)."""
    with ws.db.session() as session:
        prog = load_programme(session)
        stmt = (
            select(Loan, Firm)
            .join(Firm, Firm.id == Loan.firm_id)
            .where(Loan.live, Loan.first_loan_status == "unverified", Loan.date <= on)
        )
        if officer:
            stmt = stmt.where(Firm.assigned_officer == officer)
        items = []
        for loan, firm in session.execute(stmt):
            facts = first_loan_rule(prog, firm.entity_type).facts
            zh = "、".join(str(FACT_LABELS[f]) for f in facts)
            en = ", ".join(FACT_LABELS[f].en for f in facts)
            due = ledger_due(loan.date.year, loan.date.month)
            title = Message(
                f"补录征信信息（{zh}）：{loan.date.isoformat()} 的放款首贷待核实",
                f"Record the credit report facts ({en}): the loan of {loan.date.isoformat()} is an unverified first loan",
            )
            items.append(
                todo_list.TodoItem("credit_report", due, on > due, title, firm.uscc, firm.name, loan.id)
            )
    return items


def quarterly_items(ws: Workspace, on: date) -> list[todo_list.TodoItem]:
    with ws.db.session() as session:
        prog = load_programme(session)
        if not prog.quarterly_due_days or not session.scalar(select(func.count(Firm.id))):
            return []
    year, quarter = on.year, quarter_of(on) - 1
    if quarter == 0:
        year, quarter = year - 1, 4
    end = quarter_bounds(year, quarter)[1]
    due = end + timedelta(days=prog.quarterly_due_days)
    if on > due + QUARTER_SHOWN_AFTER_DUE:
        return []
    title = Message(
        f"报送 {year} 年第 {quarter} 季度首贷培育工作情况（季后 {prog.quarterly_due_days} 日内）",
        f"Report the first-loan work of Q{quarter} {year} (within {prog.quarterly_due_days} days after the quarter)",
    )
    return [todo_list.TodoItem("quarterly_report", due, on > due, title)]


def list_update_items(ws: Workspace, on: date) -> list[todo_list.TodoItem]:
    with ws.db.session() as session:
        prog = load_programme(session)
        if not prog.half_year_list:
            return []
        last = session.scalar(
            select(func.max(ImportBatch.imported_at)).where(ImportBatch.undone_at.is_(None))
        )
    if last is None:
        return []
    due = add_months(last.date(), 6)
    if on < due - LIST_REMINDER_AHEAD:
        return []
    title = Message(
        f"导入更新后的首贷培育名单（每半年更新一次；上次导入 {last.date().isoformat()}）",
        f"Import the renewed first-loan list (renewed every half year; last imported {last.date().isoformat()})",
    )
    return [todo_list.TodoItem("list_update", due, on > due, title)]

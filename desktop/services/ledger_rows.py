"""The ledger's rules: which firms a month's ledger lists (any live event of their cultivation in the month:
a visit, a demand or 211 step, a credit, a loan, an exit — ``FigureSets.ledger_firms``), and each row's
cells from the records, with amounts 当月 (the month's own) or 累计 (up to the month's end)."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import Select, func, select, union_all
from sqlalchemy.orm import Session

from desktop.domain.dates import Period
from desktop.domain.ledger import LedgerNote, LedgerRow, LedgerTotals, problem_from_plan
from desktop.domain.stages import Stage
from desktop.domain.vocabulary import GUARANTEE_KINDS
from desktop.services.figure_sets import AnySelect, FigureSets
from desktop.store.models import Credit, Demand, Firm, Loan, Plan, StageChange, Visit


@dataclass(frozen=True)
class LedgerInput:
    unit: str
    bank: str
    cumulative: bool
    notes: dict[int, LedgerNote]  # firm id -> the month's note


def _contact_dates(session: Session, ids: Select[Any], p: Period) -> dict[int, date]:
    """The month's latest visit of each firm; for a firm not visited in the month, its latest event."""
    visits = dict(
        session.execute(
            select(Visit.firm_id, func.max(Visit.date))
            .where(Visit.live, Visit.date >= p.start, Visit.date <= p.end, Visit.firm_id.in_(ids))
            .group_by(Visit.firm_id)
        ).all()
    )
    days: list[AnySelect] = [select(Credit.firm_id.label("f"), Credit.date.label("d")).where(Credit.live, Credit.firm_id.in_(ids)),
            select(Loan.firm_id, Loan.date).where(Loan.live, Loan.firm_id.in_(ids)),
            select(StageChange.firm_id, StageChange.on).where(StageChange.live, StageChange.firm_id.in_(ids))]  # fmt: skip
    for column in (
        Demand.received_on,
        Demand.feedback_on,
        Demand.conditions_met_on,
        Demand.accepted_on,
        Demand.decided_on,
    ):
        days.append(select(Demand.firm_id, column).where(Demand.live, Demand.firm_id.in_(ids)))
    events = union_all(*days).subquery()
    latest = session.execute(
        select(events.c.f, func.max(events.c.d))
        .where(events.c.d >= p.start, events.c.d <= p.end)
        .group_by(events.c.f)
    )
    return {fid: day for fid, day in latest if day is not None} | visits


def _credits(session: Session, ids: Select[Any], end: date) -> dict[int, list[tuple[date, Decimal, str]]]:
    found: dict[int, list[tuple[date, Decimal, str]]] = defaultdict(list)
    for firm_id, day, amount, guarantee in session.execute(
        select(Credit.firm_id, Credit.date, Credit.amount, Credit.guarantee)
        .where(Credit.live, Credit.date <= end, Credit.firm_id.in_(ids))
        .order_by(Credit.date, Credit.id)
    ):
        found[firm_id].append((day, amount, guarantee))
    return found


def _loans(session: Session, ids: Select[Any], p: Period, cumulative: bool) -> dict[int, Decimal]:
    stmt = select(Loan.firm_id, func.sum(Loan.amount)).where(
        Loan.live, Loan.date <= p.end, Loan.firm_id.in_(ids)
    )
    if not cumulative:
        stmt = stmt.where(Loan.date >= p.start)
    return {fid: Decimal(total or 0) for fid, total in session.execute(stmt.group_by(Loan.firm_id))}


def _problems(session: Session, ids: Select[Any], end: date) -> dict[int, str]:
    """A row's problem from the records: the current plan's diagnosis, else, for a firm in an exit stage
    at the month's end, the officer's reason for the exit (the hand move's, not a re-derivation's)."""
    found: dict[int, str] = {}
    exited: dict[int, bool] = {}
    reasons: dict[int, str] = {}
    for change in session.scalars(
        select(StageChange)
        .where(StageChange.live, StageChange.on <= end, StageChange.firm_id.in_(ids))
        .order_by(StageChange.on, StageChange.id)
    ):
        exited[change.firm_id] = Stage(change.to_stage).is_exit
        if change.cause == "hand" and Stage(change.to_stage).is_exit:
            reasons[change.firm_id] = change.reason or ""
    found = {fid: reasons.get(fid, "") for fid, out in exited.items() if out}
    for plan in session.scalars(select(Plan).where(Plan.is_current, Plan.firm_id.in_(ids))):
        text = problem_from_plan(list(plan.diagnosis or []), plan.diagnosis_note)
        if text:
            found[plan.firm_id] = text
    return found


def build_rows(session: Session, month: Period, given: LedgerInput) -> list[LedgerRow]:
    query = FigureSets(session, month).ledger_firms()
    firms = {
        fid: (uscc, name)
        for fid, uscc, name in session.execute(
            select(Firm.id, Firm.uscc, Firm.name).where(Firm.id.in_(query))
        )
    }
    if not firms:
        return []
    ids = sorted(firms)
    contact = _contact_dates(session, query, month)
    credits = _credits(session, query, month.end)
    loans = _loans(session, query, month, given.cumulative)
    problems = _problems(session, query, month.end)
    rows = []
    for firm_id in ids:
        uscc, name = firms[firm_id]
        note = given.notes.get(firm_id, LedgerNote())
        own = credits.get(firm_id, [])
        counted = own if given.cumulative else [c for c in own if c[0] >= month.start]
        codes = tuple(dict.fromkeys(g for _, _, g in (counted or own)))
        rows.append(
            LedgerRow(
                firm_id=firm_id,
                uscc=uscc,
                name=name,
                unit=given.unit,
                contact_date=contact.get(firm_id, month.end),
                bank=given.bank,
                credited=bool(own),
                credit_amount=sum((a for _, a, _ in counted), Decimal(0)) if own else None,
                guarantee="、".join(GUARANTEE_KINDS.zh(g) for g in codes),
                problem=note.problem or problems.get(firm_id, ""),
                new_loan_amount=loans.get(firm_id, Decimal(0)),
                remark=note.remark,
                guarantee_codes=codes,
            )
        )
    rows.sort(key=lambda r: (r.contact_date, r.uscc))
    return rows


def row_totals(
    rows: list[LedgerRow], month: Period, cumulative: bool, credited_in_month: int
) -> LedgerTotals:
    """The 合计 row. 当月: the firms credited in the month (the figures' 授信户数); 累计: by its end."""
    return LedgerTotals(
        firms=len(rows),
        credited=sum(r.credited for r in rows) if cumulative else credited_in_month,
        credit_amount=sum((r.credit_amount or Decimal(0) for r in rows), Decimal(0)),
        new_loan_amount=sum((r.new_loan_amount for r in rows), Decimal(0)),
    )

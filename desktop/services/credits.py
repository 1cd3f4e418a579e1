"""授信: recording credit granted to a firm (it moves the firm to 已授信 and runs the 垒小户 guard), and
correcting it: an edited credit is checked as a new one and must still cover the loans drawn on it."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.domain.amounts import parse_amount, parse_rate
from desktop.domain.errors import DomainError
from desktop.domain.vocabulary import GUARANTEE_KINDS
from desktop.services.corrections import load_live, need_reason, record_edit, with_changes
from desktop.services.crowding import firm_crowding_warnings
from desktop.services.firm_state import refresh_firm
from desktop.services.firms import get_firm
from desktop.services.loans import check_term
from desktop.services.outcome import Outcome, RecordNotFound, not_after, not_in_future
from desktop.services.workspace import Workspace
from desktop.store.audit import append_audit
from desktop.store.models import Credit, Demand, Firm, Loan


class CreditTooSmall(DomainError):
    pass


@dataclass(frozen=True)
class CreditInput:
    on: date
    amount: Decimal | str
    guarantee: str  # a code or label of GUARANTEE_KINDS
    product: str | None = None
    rate: Decimal | str | None = None  # percent a year
    term_months: int | None = None
    bank: str | None = None  # default: the officer's bank
    demand_id: int | None = None


def _values(data: CreditInput, today: date) -> dict[str, Any]:
    """The credit's columns, checked as every credit is, added or edited."""
    amount = parse_amount(data.amount, "授信金额", what_en="Credit amount")
    guarantee = GUARANTEE_KINDS.parse(data.guarantee)
    not_in_future(data.on, today, "授信日期", "credit date")
    check_term(data.term_months)
    return {
        "date": data.on,
        "amount": amount,
        "guarantee": guarantee,
        "product": (data.product or "").strip() or None,
        "rate": None if data.rate is None else parse_rate(data.rate),
        "term_months": data.term_months,
        "bank": (data.bank or "").strip() or None,
        "demand_id": data.demand_id,
    }


def _check_demand(session: Session, firm_id: int, demand_id: int | None, on: date) -> None:
    if demand_id is None:
        return
    demand = session.get(Demand, demand_id)
    if demand is None or demand.firm_id != firm_id or not demand.live:
        raise RecordNotFound(
            f"该企业没有编号为 {demand_id} 的融资需求",
            en=f"This firm has no financing demand number {demand_id}",
        )
    not_after(demand.received_on, on, "融资需求日期", "授信日期", en=("demand date", "credit date"))


def add_credit(ws: Workspace, uscc: str, data: CreditInput) -> Outcome:
    values = _values(data, ws.today())
    values["bank"] = values["bank"] or ws.profile.bank or None
    with ws.db.write() as session:
        firm = get_firm(session, uscc)
        _check_demand(session, firm.id, data.demand_id, data.on)
        credit = Credit(firm_id=firm.id, **values)
        session.add(credit)
        session.flush()
        amount, guarantee = values["amount"], values["guarantee"]
        append_audit(
            session,
            actor=ws.actor,
            action="credit.add",
            entity="credit",
            entity_id=credit.id,
            firm_id=firm.id,
            summary=f"{data.on.isoformat()} 授信 {amount} 万元（{GUARANTEE_KINDS.zh(guarantee)}）：{firm.name}",
            new=values,
        )
        move = refresh_firm(session, ws.actor, firm, ws.today()).stage_move
        warnings = firm_crowding_warnings(session, firm, ws.profile.bank, new_credit=amount)
        return Outcome(id=credit.id, uscc=firm.uscc, stage_move=move, warnings=warnings)


def _covers_loans(session: Session, credit: Credit, values: Mapping[str, Any]) -> None:
    """An edited credit still covers its live loans: none dated before it, their sum within it."""
    drawn = session.scalar(select(func.sum(Loan.amount)).where(Loan.credit_id == credit.id, Loan.live))
    if drawn is not None and drawn > values["amount"]:
        raise CreditTooSmall(
            f"授信金额 {values['amount']} 万元小于已在该授信上发放的 {drawn} 万元",
            en=f"A credit of {values['amount']} 万元 is less than the {drawn} 万元 already lent on it",
        )
    earliest = session.scalar(select(func.min(Loan.date)).where(Loan.credit_id == credit.id, Loan.live))
    if earliest is not None:
        not_after(
            values["date"],
            earliest,
            "授信日期",
            "该授信上最早的放款日期",
            en=("credit date", "earliest loan on it"),
        )


def edit_credit(ws: Workspace, credit_id: int, changes: Mapping[str, Any], reason: str) -> Outcome:
    """Correct a credit: ``changes`` are fields of CreditInput; checked as a new credit, and against its loans."""
    text = need_reason(reason)
    with ws.db.write() as session:
        credit = load_live(session, "credit", credit_id)
        current = CreditInput(
            on=credit.date,
            amount=credit.amount,
            guarantee=credit.guarantee,
            product=credit.product,
            rate=credit.rate,
            term_months=credit.term_months,
            bank=credit.bank,
            demand_id=credit.demand_id,
        )
        data = with_changes(current, changes, "credit")
        values = _values(data, ws.today())
        firm = session.get(Firm, credit.firm_id)
        assert firm is not None
        _check_demand(session, firm.id, data.demand_id, data.on)
        _covers_loans(session, credit, values)
        return record_edit(session, ws, "credit", credit, values, text)


def list_credits(ws: Workspace, uscc: str) -> list[Credit]:
    """Every credit of the firm, oldest first, voided ones included."""
    with ws.db.session() as session:
        firm = get_firm(session, uscc)
        return list(
            session.scalars(select(Credit).where(Credit.firm_id == firm.id).order_by(Credit.date, Credit.id))
        )

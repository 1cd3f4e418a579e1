"""授信: recording credit granted to a firm; it moves the firm to 已授信 and runs the 垒小户 guard."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy.orm import Session

from desktop.domain.amounts import InvalidAmount, parse_amount, parse_rate
from desktop.domain.vocabulary import GUARANTEE_KINDS
from desktop.services.crowding import firm_crowding_warnings
from desktop.services.firm_state import refresh_firm
from desktop.services.firms import get_firm
from desktop.services.outcome import Outcome, RecordNotFound, not_after, not_in_future
from desktop.services.products import fit_warnings, pick_product
from desktop.services.workspace import Workspace
from desktop.store.audit import append_audit
from desktop.store.models import Credit, Demand, Firm


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
    product_id: int | None = None  # the catalogue's 首贷专属产品 (services/products.py)


def _check_demand(session: Session, firm: Firm, demand_id: int, on: date) -> None:
    """The demand a credit answers: the firm's own, received on or before the credit."""
    demand = session.get(Demand, demand_id)
    if demand is None or demand.firm_id != firm.id:
        raise RecordNotFound(
            f"该企业没有编号为 {demand_id} 的融资需求",
            en=f"This firm has no financing demand number {demand_id}",
        )
    not_after(demand.received_on, on, "融资需求日期", "授信日期", en=("demand date", "credit date"))


def add_credit(ws: Workspace, uscc: str, data: CreditInput) -> Outcome:
    amount = parse_amount(data.amount, "授信金额", what_en="Credit amount")
    guarantee = GUARANTEE_KINDS.parse(data.guarantee)
    not_in_future(data.on, ws.today(), "授信日期", "credit date")
    rate = None if data.rate is None else parse_rate(data.rate)
    if data.term_months is not None and not 0 < data.term_months <= 600:
        raise InvalidAmount(
            f"授信期限 {data.term_months} 个月无效，应为 1 到 600 个月",
            en=f"A credit term of {data.term_months} months is not valid; it should be 1 to 600 months",
        )
    with ws.db.write() as session:
        firm = get_firm(session, uscc)
        if data.demand_id is not None:
            _check_demand(session, firm, data.demand_id, data.on)
        product, product_text = pick_product(session, data.product_id, data.product)
        credit = Credit(
            firm_id=firm.id,
            date=data.on,
            amount=amount,
            product=product_text,
            product_id=data.product_id,
            guarantee=guarantee,
            rate=rate,
            term_months=data.term_months,
            bank=data.bank or ws.profile.bank or None,
            demand_id=data.demand_id,
        )
        session.add(credit)
        session.flush()
        append_audit(
            session,
            actor=ws.actor,
            action="credit.add",
            entity="credit",
            entity_id=credit.id,
            firm_id=firm.id,
            summary=f"{data.on.isoformat()} 授信 {amount} 万元（{GUARANTEE_KINDS.zh(guarantee)}）：{firm.name}",
            new={
                "date": data.on,
                "amount": amount,
                "guarantee": guarantee,
                "product": product_text,
                "product_id": data.product_id,
                "rate": rate,
                "term_months": data.term_months,
                "bank": credit.bank,
                "demand_id": data.demand_id,
            },
        )
        move = refresh_firm(session, ws.actor, firm, ws.today()).stage_move
        warnings = firm_crowding_warnings(session, firm, ws.profile.bank, new_credit=amount)
        if product is not None:
            warnings += fit_warnings(product, rate, data.term_months, amount)
        return Outcome(id=credit.id, uscc=firm.uscc, stage_move=move, warnings=warnings)

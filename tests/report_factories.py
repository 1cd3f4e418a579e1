"""Building records directly with the store models, for tests that compute expected figures themselves."""

from __future__ import annotations

import itertools
from datetime import UTC, date, datetime
from decimal import Decimal

from sqlalchemy.orm import Session

from desktop.domain.names import name_key, pinyin_initials
from desktop.domain.uscc import complete, org_code_check
from desktop.store.models import Credit, Demand, Firm, Loan, StageChange, Visit

_counter = itertools.count(1)


def make_uscc(n: int | None = None) -> str:
    n = next(_counter) if n is None else n
    body = f"{n:08d}"
    return complete("91410702" + body + org_code_check(body))


def add_firm(
    session: Session, name: str, *, county: str = "红旗区", bank: str = "中原银行", **kw: object
) -> Firm:
    firm = Firm(
        uscc=str(kw.pop("uscc", make_uscc())),
        name=name,
        name_key=name_key(name),
        name_initials=pinyin_initials(name),
        entity_type="enterprise",
        county=county,
        assigned_bank=bank,
        on_list=True,
        hand_edited=[],
        **kw,
    )
    session.add(firm)
    session.flush()
    return firm


def add_visit(session: Session, firm: Firm, on: date, **kw: object) -> Visit:
    visit = Visit(firm_id=firm.id, date=on, mode=str(kw.pop("mode", "site")), **kw)
    session.add(visit)
    return visit


def add_demand(session: Session, firm: Firm, on: date, **kw: object) -> Demand:
    demand = Demand(firm_id=firm.id, received_on=on, channel="visit", **kw)
    session.add(demand)
    return demand


def add_credit(session: Session, firm: Firm, on: date, amount: str, guarantee: str = "credit") -> Credit:
    credit = Credit(
        firm_id=firm.id, date=on, amount=Decimal(amount), guarantee=guarantee, bank=firm.assigned_bank
    )
    session.add(credit)
    session.flush()
    return credit


def add_loan(session: Session, firm: Firm, on: date, amount: str, *, first: bool = True) -> Loan:
    loan = Loan(
        firm_id=firm.id, date=on, amount=Decimal(amount), is_first_loan=first, bank=firm.assigned_bank
    )
    session.add(loan)
    return loan


def move(session: Session, firm: Firm, to: str, on: date, reason: str | None = None) -> None:
    session.add(
        StageChange(
            firm_id=firm.id,
            on=on,
            from_stage=firm.stage,
            to_stage=to,
            cause="hand",
            reason=reason,
            at=datetime.combine(on, datetime.min.time(), UTC),
        )
    )
    firm.stage = to

"""The 垒小户 guard applied to a firm as stored: its live bank relationships (a voided one counts for
nothing; the 授信 role, ``has_credit``, carries the credit amount) and the list's bank count."""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.domain.crowding import OtherBank, crowding_warnings
from desktop.store.models import BankRelationship, Firm


def firm_crowding_warnings(
    session: Session, firm: Firm, our_bank: str, new_credit: Decimal = Decimal(0)
) -> list[str]:
    relations = session.scalars(
        select(BankRelationship).where(BankRelationship.firm_id == firm.id, BankRelationship.live)
    )
    banks = [
        OtherBank(r.bank, r.is_basic_account, r.credit_amount if r.has_credit else None) for r in relations
    ]
    return crowding_warnings(
        our_bank=our_bank,
        entity_type=firm.entity_type,
        banks=banks,
        banks_serving=firm.banks_serving,
        basic_account_bank=firm.basic_account_bank,
        new_credit=new_credit,
    )

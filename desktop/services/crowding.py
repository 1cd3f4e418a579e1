"""The 垒小户 guard applied to a firm as stored: the banks that have given it credit (its live serving-bank
records with credit, and this bank's own live credit), its size and whether its owner borrows."""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.domain.banks import same_bank
from desktop.domain.crowding import OtherBank, crowding_warnings
from desktop.store.models import BankRelationship, Credit, Firm, Loan


def firm_crowding_warnings(
    session: Session, firm: Firm, our_bank: str, new_credit: Decimal = Decimal(0)
) -> list[str]:
    """Warnings for serving this firm; ``new_credit``: this bank's credit being recorded (already flushed
    credit of this transaction is counted as this bank's credit, so it is not counted twice)."""
    relations = session.scalars(
        select(BankRelationship).where(BankRelationship.firm_id == firm.id, BankRelationship.live)
    )
    banks = [
        OtherBank(r.bank, r.is_basic_account, (r.credit_amount or Decimal(0)) if r.has_credit else None)
        for r in relations
    ]
    ours = Decimal(0)
    for bank, amount in session.execute(
        select(Credit.bank, Credit.amount).where(Credit.firm_id == firm.id, Credit.live)
    ):
        if not bank or same_bank(bank, our_bank):
            ours += amount
        else:  # credit recorded here for another bank
            banks.append(OtherBank(bank, False, amount))
    owner = firm.entity_type != "individual" and bool(
        session.scalar(
            select(Loan.id)
            .where(Loan.firm_id == firm.id, Loan.live, Loan.kind == "personal_business")
            .limit(1)
        )
    )
    return crowding_warnings(
        our_bank=our_bank,
        entity_type=firm.entity_type,
        banks=banks,
        basic_account_bank=firm.basic_account_bank,
        our_credit=max(Decimal(0), ours - new_credit),
        new_credit=new_credit,
        size=firm.size,
        owner_borrower=owner,
    )

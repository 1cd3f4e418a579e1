"""放款: recording a loan and deciding, once, whether it is the firm's first loan (首贷)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import select

from desktop.domain.amounts import parse_amount
from desktop.domain.errors import Message
from desktop.domain.firstloan import first_loan_verdict
from desktop.services.firms import get_firm
from desktop.services.outcome import Outcome, RecordNotFound, not_after
from desktop.services.stage_moves import advance_for_action
from desktop.services.workspace import Workspace
from desktop.store.audit import append_audit
from desktop.store.models import Credit, Dossier, Loan


@dataclass(frozen=True)
class LoanInput:
    on: date
    amount: Decimal | str
    product: str | None = None
    credit_id: int | None = None
    bank: str | None = None


@dataclass(frozen=True)
class LoanOutcome(Outcome):
    is_first_loan: bool = False


def add_loan(ws: Workspace, uscc: str, data: LoanInput) -> LoanOutcome:
    amount = parse_amount(data.amount, "放款金额", what_en="Loan amount")
    with ws.db.write() as session:
        firm = get_firm(session, uscc)
        warnings: list[str] = []
        credit = None
        if data.credit_id is not None:
            credit = session.get(Credit, data.credit_id)
            if credit is None or credit.firm_id != firm.id:
                raise RecordNotFound(
                    f"该企业没有编号为 {data.credit_id} 的授信",
                    en=f"This firm has no credit number {data.credit_id}",
                )
            not_after(credit.date, data.on, "授信日期", "放款日期", en=("credit date", "loan date"))
            if amount > credit.amount:
                warnings.append(
                    Message(
                        f"放款金额 {amount} 万元超过授信金额 {credit.amount} 万元",
                        f"The loan amount, {amount} 万元, is more than the credit amount, {credit.amount} 万元",
                    )
                )
        elif session.scalar(select(Credit.id).where(Credit.firm_id == firm.id).limit(1)) is None:
            warnings.append(Message("该企业尚未登记授信", "This firm has no credit recorded yet"))
        loans = list(session.scalars(select(Loan).where(Loan.firm_id == firm.id)))
        earlier = [loan for loan in loans if loan.date <= data.on]
        dossier = session.get(Dossier, firm.id)
        verdict = first_loan_verdict(
            has_loan_record=dossier.has_loan_record if dossier else None,
            has_discount_record=dossier.has_discount_record if dossier else None,
            earlier_loans=len(earlier),
        )
        loan = Loan(
            firm_id=firm.id,
            date=data.on,
            amount=amount,
            product=data.product or (credit.product if credit else None),
            credit_id=data.credit_id,
            is_first_loan=verdict.counts,
            bank=data.bank or ws.profile.bank or None,
        )
        session.add(loan)
        session.flush()
        if verdict.counts:
            # A loan entered late but dated before the one counted so far takes over as the first loan.
            for later in loans:
                if later.is_first_loan:
                    later.is_first_loan = False
                    append_audit(
                        session,
                        actor=ws.actor,
                        action="loan.first_loan_moved",
                        entity="loan",
                        entity_id=later.id,
                        firm_id=firm.id,
                        summary=f"补录了更早的 {data.on.isoformat()} 放款，{later.date.isoformat()} 的放款不再计为首贷",
                        old={"is_first_loan": True},
                        new={"is_first_loan": False},
                    )
        else:
            warnings.append(verdict.reason)
        append_audit(
            session,
            actor=ws.actor,
            action="loan.add",
            entity="loan",
            entity_id=loan.id,
            firm_id=firm.id,
            summary=f"{data.on.isoformat()} 放款 {amount} 万元{'（首贷）' if verdict.counts else ''}：{firm.name}",
            new={
                "date": data.on,
                "amount": amount,
                "product": loan.product,
                "credit_id": data.credit_id,
                "is_first_loan": verdict.counts,
                "bank": loan.bank,
            },
        )
        move = advance_for_action(session, ws.actor, firm, "first_loan", data.on) if verdict.counts else None
        return LoanOutcome(
            id=loan.id, uscc=firm.uscc, stage_move=move, warnings=warnings, is_first_loan=verdict.counts
        )

"""放款: recording a loan on the credit it draws on; whether it is the firm's 首贷 is the one rule's verdict
(desktop/domain/firstloan.py), worked out again with every change of the firm's records."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.domain.amounts import InvalidAmount, parse_amount, parse_rate
from desktop.domain.errors import DomainError, Message
from desktop.domain.vocabulary import LOAN_KINDS
from desktop.services.firm_state import refresh_firm
from desktop.services.firms import get_firm
from desktop.services.outcome import Outcome, RecordNotFound, not_after, not_in_future
from desktop.services.products import fit_warnings, pick_product
from desktop.services.workspace import Workspace
from desktop.store.audit import append_audit
from desktop.store.models import Credit, Firm, Loan

DEFAULT_KIND = "working_capital"


class LoanExceedsCredit(DomainError):
    pass


@dataclass(frozen=True)
class LoanInput:
    on: date
    amount: Decimal | str
    product: str | None = None
    # The credit the loan draws on; None: the firm's latest credit with room left (if it has any).
    credit_id: int | None = None
    bank: str | None = None
    kind: str = DEFAULT_KIND  # a code or label of LOAN_KINDS
    term_months: int | None = None
    rate: Decimal | str | None = None  # percent a year
    product_id: int | None = None  # the catalogue's product; None: the credit's


@dataclass(frozen=True)
class LoanOutcome(Outcome):
    is_first_loan: bool = False
    first_loan_status: str = "not_first"


def drawn_on_credit(session: Session, credit_id: int, *, besides: int | None = None) -> Decimal:
    """What the live loans on a credit have drawn (万元), leaving out loan ``besides`` (the one edited)."""
    stmt = select(func.sum(Loan.amount)).where(Loan.credit_id == credit_id, Loan.live)
    if besides is not None:
        stmt = stmt.where(Loan.id != besides)
    return session.scalar(stmt) or Decimal(0)


def credit_with_room(session: Session, firm_id: int, on: date) -> Credit | None:
    """The firm's latest live credit dated on or before ``on`` that has room left."""
    credits = session.scalars(
        select(Credit)
        .where(Credit.firm_id == firm_id, Credit.live, Credit.date <= on)
        .order_by(Credit.date.desc(), Credit.id.desc())
    )
    return next((c for c in credits if drawn_on_credit(session, c.id) < c.amount), None)


def check_against_credit(
    session: Session, firm: Firm, credit_id: int, on: date, amount: Decimal, *, loan_id: int | None = None
) -> Credit:
    """The credit a loan draws on: the firm's own, live, dated on or before the loan, with room for it."""
    credit = session.get(Credit, credit_id)
    if credit is None or credit.firm_id != firm.id or not credit.live:
        raise RecordNotFound(
            f"该企业没有编号为 {credit_id} 的有效授信", en=f"This firm has no valid credit number {credit_id}"
        )
    not_after(credit.date, on, "授信日期", "放款日期", en=("credit date", "loan date"))
    room = credit.amount - drawn_on_credit(session, credit.id, besides=loan_id)
    if amount > room:
        raise LoanExceedsCredit(
            f"放款金额 {amount} 万元超过该笔授信的剩余额度 {room} 万元（授信 {credit.amount} 万元）",
            en=f"The loan amount, {amount} 万元, is more than what remains of its credit, {room} 万元 "
            f"(credit of {credit.amount} 万元)",
        )
    return credit


def check_term(term_months: int | None) -> None:
    if term_months is not None and not 0 < term_months <= 600:
        raise InvalidAmount(
            f"期限 {term_months} 个月无效，应为 1 到 600 个月",
            en=f"A term of {term_months} months is not valid; it should be 1 to 600 months",
        )


def _credit_for(
    session: Session, firm: Firm, data: LoanInput, amount: Decimal, warnings: list[str]
) -> Credit | None:
    """The credit the loan draws on (given, or the latest with room left); a warning when there is none."""
    credit_id = data.credit_id
    if credit_id is None:
        found = credit_with_room(session, firm.id, data.on)
        credit_id = found.id if found is not None else None
    if credit_id is not None:
        return check_against_credit(session, firm, credit_id, data.on, amount)
    if session.scalar(select(Credit.id).where(Credit.firm_id == firm.id, Credit.live).limit(1)):
        warnings.append(
            Message(
                "该企业的授信已无剩余额度（或晚于放款日期），本笔放款未关联授信",
                "The firm's credit has no room left (or is dated after the loan): this loan is not linked to a "
                "credit",
            )
        )
    else:
        warnings.append(Message("该企业尚未登记授信", "This firm has no credit recorded yet"))
    return None


def add_loan(ws: Workspace, uscc: str, data: LoanInput) -> LoanOutcome:
    amount = parse_amount(data.amount, "放款金额", what_en="Loan amount")
    kind = LOAN_KINDS.parse(data.kind)
    rate = None if data.rate is None else parse_rate(data.rate)
    check_term(data.term_months)
    not_in_future(data.on, ws.today(), "放款日期", "loan date")
    with ws.db.write() as session:
        firm = get_firm(session, uscc)
        warnings: list[str] = []
        credit = _credit_for(session, firm, data, amount, warnings)
        # The product the loan names (a live one of the catalogue), else the credit's.
        product, product_text = pick_product(session, data.product_id, data.product)
        product_id = (
            data.product_id if data.product_id is not None else (credit.product_id if credit else None)
        )
        loan = Loan(
            firm_id=firm.id,
            date=data.on,
            amount=amount,
            kind=kind,
            # Term, rate and product come from the credit unless the loan says otherwise.
            term_months=data.term_months
            if data.term_months is not None
            else (credit.term_months if credit else None),
            rate=rate if rate is not None else (credit.rate if credit else None),
            product=product_text or (credit.product if credit else None),
            product_id=product_id,
            credit_id=credit.id if credit else None,
            bank=data.bank or ws.profile.bank or None,
        )
        session.add(loan)
        session.flush()
        if product is not None:
            warnings += fit_warnings(product, loan.rate, loan.term_months, amount)
        refreshed = refresh_firm(session, ws.actor, firm, ws.today(), new_loan_id=loan.id)
        verdict = refreshed.verdicts[loan.id]
        if not verdict.counts and str(verdict.reason):
            warnings.append(verdict.reason)
        append_audit(
            session,
            actor=ws.actor,
            action="loan.add",
            entity="loan",
            entity_id=loan.id,
            firm_id=firm.id,
            summary=f"{data.on.isoformat()} 放款 {amount} 万元（{LOAN_KINDS.zh(kind)}）"
            f"{'（首贷）' if verdict.counts else ''}：{firm.name}",
            new=loan_values(loan),
        )
        return LoanOutcome(
            id=loan.id,
            uscc=firm.uscc,
            stage_move=refreshed.stage_move,
            warnings=warnings,
            is_first_loan=verdict.counts,
            first_loan_status=verdict.status.value,
        )


def loan_values(loan: Loan) -> dict[str, object]:
    """A loan's fields as the audit log keeps them (the values an edit compares and a void keeps)."""
    return {
        "date": loan.date,
        "amount": loan.amount,
        "kind": loan.kind,
        "term_months": loan.term_months,
        "rate": loan.rate,
        "product": loan.product,
        "product_id": loan.product_id,
        "credit_id": loan.credit_id,
        "first_loan_status": loan.first_loan_status,
        "bank": loan.bank,
    }

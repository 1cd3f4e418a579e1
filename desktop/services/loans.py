"""放款: recording a loan on the credit it draws on, and correcting it; whether it is the firm's 首贷 is the
one rule's verdict (desktop/domain/firstloan.py), worked out again with every change of the firm's records."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.domain.amounts import InvalidAmount, parse_amount, parse_rate
from desktop.domain.errors import DomainError, Message
from desktop.domain.vocabulary import LOAN_KINDS
from desktop.services.corrections import load_live, need_reason, record_edit, with_changes
from desktop.services.firm_state import refresh_firm
from desktop.services.firms import get_firm
from desktop.services.outcome import Outcome, RecordNotFound, not_after, not_in_future
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


def _values(data: LoanInput, today: date) -> dict[str, Any]:
    """The loan's own columns, checked as every loan is, added or edited (the credit is checked apart)."""
    amount = parse_amount(data.amount, "放款金额", what_en="Loan amount")
    kind = LOAN_KINDS.parse(data.kind)
    check_term(data.term_months)
    not_in_future(data.on, today, "放款日期", "loan date")
    return {
        "date": data.on,
        "amount": amount,
        "kind": kind,
        "term_months": data.term_months,
        "rate": None if data.rate is None else parse_rate(data.rate),
        "product": (data.product or "").strip() or None,
        "bank": (data.bank or "").strip() or None,
    }


def _no_credit_warning(session: Session, firm: Firm) -> Message:
    if session.scalar(select(Credit.id).where(Credit.firm_id == firm.id, Credit.live).limit(1)):
        return Message(
            "该企业的授信已无剩余额度（或晚于放款日期），本笔放款未关联授信",
            "The firm's credit has no room left (or is dated after the loan): this loan is not linked to a credit",
        )
    return Message("该企业尚未登记授信", "This firm has no credit recorded yet")


def _from_credit(values: dict[str, Any], credit: Credit | None) -> dict[str, Any]:
    """What the loan form leaves blank comes from the credit it draws on: term, rate, product."""
    if credit is None:
        return values
    return values | {
        "term_months": values["term_months"] if values["term_months"] is not None else credit.term_months,
        "rate": values["rate"] if values["rate"] is not None else credit.rate,
        "product": values["product"] or credit.product,
    }


def add_loan(ws: Workspace, uscc: str, data: LoanInput) -> LoanOutcome:
    values = _values(data, ws.today())
    with ws.db.write() as session:
        firm = get_firm(session, uscc)
        warnings: list[str] = []
        credit_id = data.credit_id
        if credit_id is None:
            found = credit_with_room(session, firm.id, data.on)
            credit_id = found.id if found is not None else None
        credit = None
        if credit_id is not None:
            credit = check_against_credit(session, firm, credit_id, data.on, values["amount"])
        else:
            warnings.append(_no_credit_warning(session, firm))
        values = _from_credit(values, credit) | {"credit_id": credit_id}
        values["bank"] = values["bank"] or ws.profile.bank or None
        loan = Loan(firm_id=firm.id, **values)
        session.add(loan)
        session.flush()
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
            summary=f"{data.on.isoformat()} 放款 {values['amount']} 万元（{LOAN_KINDS.zh(values['kind'])}）"
            f"{'（首贷）' if verdict.counts else ''}：{firm.name}",
            new=values | {"first_loan_status": verdict.status.value},
        )
        return LoanOutcome(
            id=loan.id,
            uscc=firm.uscc,
            stage_move=refreshed.stage_move,
            warnings=warnings,
            is_first_loan=verdict.counts,
            first_loan_status=verdict.status.value,
        )


def edit_loan(ws: Workspace, loan_id: int, changes: Mapping[str, Any], reason: str) -> Outcome:
    """Correct a loan: ``changes`` are fields of LoanInput (``credit_id`` None unlinks it); the edited loan
    is checked as a new one, against the credit it then draws on (its own amount left out of what is drawn)."""
    text = need_reason(reason)
    with ws.db.write() as session:
        loan = load_live(session, "loan", loan_id)
        current = LoanInput(
            on=loan.date,
            amount=loan.amount,
            product=loan.product,
            credit_id=loan.credit_id,
            bank=loan.bank,
            kind=loan.kind,
            term_months=loan.term_months,
            rate=loan.rate,
        )
        data = with_changes(current, changes, "loan")
        values = _values(data, ws.today()) | {"credit_id": data.credit_id}
        firm = session.get(Firm, loan.firm_id)
        assert firm is not None
        if data.credit_id is not None:
            check_against_credit(session, firm, data.credit_id, data.on, values["amount"], loan_id=loan.id)
        return record_edit(session, ws, "loan", loan, values, text)


def list_loans(ws: Workspace, uscc: str) -> list[Loan]:
    """Every loan of the firm, oldest first, voided ones included."""
    with ws.db.session() as session:
        firm = get_firm(session, uscc)
        return list(session.scalars(select(Loan).where(Loan.firm_id == firm.id).order_by(Loan.date, Loan.id)))


@dataclass(frozen=True)
class CreditChoice:
    """A live credit of the firm a loan can draw on, with what remains of it."""

    id: int
    on: date
    amount: Decimal
    guarantee: str
    product: str | None
    term_months: int | None
    rate: Decimal | None
    room: Decimal


def credit_choices(
    ws: Workspace, uscc: str, on: date, *, loan_id: int | None = None
) -> tuple[list[CreditChoice], int | None]:
    """The firm's live credits, newest first, and the one a loan dated ``on`` draws on by default (the
    latest with room left). ``loan_id``: a loan being edited, whose own amount is left out of what is drawn."""
    with ws.db.session() as session:
        firm = get_firm(session, uscc)
        credits = session.scalars(
            select(Credit)
            .where(Credit.firm_id == firm.id, Credit.live)
            .order_by(Credit.date.desc(), Credit.id.desc())
        )
        choices = [
            CreditChoice(
                c.id,
                c.date,
                c.amount,
                c.guarantee,
                c.product,
                c.term_months,
                c.rate,
                c.amount - drawn_on_credit(session, c.id, besides=loan_id),
            )
            for c in credits
        ]
        default = credit_with_room(session, firm.id, on)
        return choices, default.id if default is not None else None

"""典型案例: a short text the officer marks on a firm for a month's materials, drafted from its plan, its
contacts and its loan, then edited; corrected and voided like every record."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.domain.dates import parse_month
from desktop.domain.errors import DomainError
from desktop.domain.materials import CaseFacts, draft_case
from desktop.domain.vocabulary import DIAGNOSES, GUARANTEE_KINDS, MEASURES
from desktop.services.contact_events import contact_events
from desktop.services.firms import get_firm
from desktop.services.workspace import Workspace
from desktop.store.audit import append_audit
from desktop.store.models import CaseStudy, Credit, Firm, Loan, Plan
from desktop.store.types import utcnow


class CaseError(DomainError):
    pass


@dataclass(frozen=True)
class CaseView:
    id: int
    uscc: str
    firm_name: str
    month: str
    title: str
    text: str
    voided: bool = False

    def to_json(self) -> dict[str, Any]:
        return dict(self.__dict__)


def _month(month: str) -> str:
    year, mon = parse_month(month)
    return f"{year:04d}-{mon:02d}"


def case_facts(session: Session, firm: Firm) -> CaseFacts:
    plan = session.scalar(select(Plan).where(Plan.firm_id == firm.id, Plan.is_current).limit(1))
    events = contact_events(firms=lambda column: column == firm.id).subquery()
    first, count = session.execute(select(func.min(events.c.on), func.count())).one()
    loan = session.scalars(
        select(Loan).where(Loan.firm_id == firm.id, Loan.live).order_by(Loan.is_first_loan.desc(), Loan.date)
    ).first()
    credit = session.get(Credit, loan.credit_id) if loan and loan.credit_id else None
    if credit is None:
        credit = session.scalars(
            select(Credit).where(Credit.firm_id == firm.id, Credit.live).order_by(Credit.date)
        ).first()
    return CaseFacts(
        firm_name=firm.name,
        diagnosis=[DIAGNOSES.zh(c) for c in (plan.diagnosis if plan else [])],
        measures=[MEASURES.zh(c) for c in (plan.measures if plan else [])],
        first_contact=first,
        contacts=int(count or 0),
        credit_on=credit.date if credit else None,
        credit_amount=credit.amount if credit else None,
        guarantee=GUARANTEE_KINDS.zh(credit.guarantee) if credit else None,
        loan_on=loan.date if loan else None,
        loan_amount=loan.amount if loan else None,
        product=(loan.product if loan else None) or (credit.product if credit else None),
    )


def draft_for(ws: Workspace, uscc: str) -> tuple[str, str]:
    """The drafted (title, text) of a case on this firm, for the officer to edit before marking."""
    with ws.db.session() as session:
        return draft_case(case_facts(session, get_firm(session, uscc)))


def mark_case(
    ws: Workspace, uscc: str, month: str, *, title: str | None = None, text: str | None = None
) -> int:
    """Mark the firm as a 典型案例 of ``month``; without a title or text the draft is taken."""
    key = _month(month)
    with ws.db.write() as session:
        firm = get_firm(session, uscc)
        draft_title, draft_text = draft_case(case_facts(session, firm))
        row = CaseStudy(
            firm_id=firm.id,
            month=key,
            title=(title or "").strip() or draft_title,
            text=(text or "").strip() or draft_text,
            created_by=ws.actor,
        )
        session.add(row)
        session.flush()
        append_audit(
            session,
            actor=ws.actor,
            action="case.mark",
            entity="case_study",
            entity_id=row.id,
            firm_id=firm.id,
            summary=f"标为 {key} 典型案例：{firm.name}",
            new={"month": key, "title": row.title, "text": row.text},
        )
        return row.id


def _load(session: Session, case_id: int) -> CaseStudy:
    row = session.get(CaseStudy, case_id) if 0 < case_id < 2**63 else None
    if row is None or not row.live:
        raise CaseError(f"找不到编号为 {case_id} 的典型案例", en=f"There is no typical case number {case_id}")
    return row


def edit_case(
    ws: Workspace, case_id: int, *, title: str | None = None, text: str | None = None, reason: str
) -> None:
    why = reason.strip()
    if not why:
        raise CaseError("修改典型案例需要填写原因", en="Changing a typical case needs a reason")
    with ws.db.write() as session:
        row = _load(session, case_id)
        old = {"title": row.title, "text": row.text}
        if title is not None and title.strip():
            row.title = title.strip()
        if text is not None and text.strip():
            row.text = text.strip()
        new = {"title": row.title, "text": row.text}
        if new == old:
            raise CaseError("没有要修改的内容", en="Nothing to change")
        append_audit(
            session,
            actor=ws.actor,
            action="case.edit",
            entity="case_study",
            entity_id=row.id,
            firm_id=row.firm_id,
            summary=f"修改典型案例“{row.title}”（原因：{why}）",
            old=old,
            new=new | {"reason": why},
        )


def void_case(ws: Workspace, case_id: int, reason: str) -> None:
    why = reason.strip()
    if not why:
        raise CaseError("作废典型案例需要填写原因", en="Voiding a typical case needs a reason")
    with ws.db.write() as session:
        row = _load(session, case_id)
        row.voided_at, row.void_reason, row.voided_by = utcnow(), why, ws.actor
        append_audit(
            session,
            actor=ws.actor,
            action="case.void",
            entity="case_study",
            entity_id=row.id,
            firm_id=row.firm_id,
            summary=f"作废典型案例“{row.title}”（原因：{why}）",
            old={"title": row.title},
            new={"void_reason": why},
        )


def cases_of(session: Session, month: str) -> list[CaseView]:
    rows = session.execute(
        select(CaseStudy, Firm.uscc, Firm.name)
        .join(Firm, Firm.id == CaseStudy.firm_id)
        .where(CaseStudy.month == _month(month), CaseStudy.live)
        .order_by(CaseStudy.id)
    )
    return [CaseView(c.id, uscc, name, c.month, c.title, c.text) for c, uscc, name in rows]


def list_cases(ws: Workspace, month: str) -> list[CaseView]:
    with ws.db.session() as session:
        return cases_of(session, month)

"""The firm table's worked-out columns for the firms of one page: the next 211 deadline (and how many steps
are due or overdue), the last contact and the dossier's completeness.

Meant for the rows on screen (a page of 200) or a chunk of an export, never the whole table: each is a
few indexed queries over the page's firm ids (passed as one JSON list, ``among``: 200 bound values per
query cost more than the queries), so paging 530,000 firms stays about as fast as the plain columns.
Completeness is the one rule of ``desktop.domain.completeness``, fed as the dossier screen feeds it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.domain.completeness import completeness, facts_from
from desktop.domain.service211 import StepStatus, evaluate
from desktop.domain.workcalendar import WorkCalendar
from desktop.services.workspace import Workspace
from desktop.store.models import Attachment, BankRelationship, Contact, Demand, Dossier, Firm, Visit
from desktop.store.value_lists import among


@dataclass(frozen=True)
class FirmFacts:
    next_deadline: date | None = None  # the earliest deadline of an open 211 step
    due: int = 0  # open steps whose deadline has not passed
    overdue: int = 0  # open steps whose deadline has passed
    last_contact: date | None = None  # the latest visit
    completeness: int = 0  # the dossier's score, 0-100


@dataclass
class _Collected:
    firm_id: int
    basic_bank: str | None
    dossier: Dossier | None = None
    next_deadline: date | None = None
    due: int = 0
    overdue: int = 0
    last_contact: date | None = None


def page_facts(ws: Workspace, usccs: Iterable[str], today: date) -> dict[str, FirmFacts]:
    """The worked-out columns of these firms (every firm asked for appears)."""
    codes = list(dict.fromkeys(usccs))
    if not codes:
        return {}
    with ws.db.session() as session:
        rows = session.execute(
            select(Firm.uscc, Firm.id, Firm.basic_account_bank).where(among(Firm.uscc, codes))
        ).all()
        by_id = {firm_id: _Collected(firm_id, basic) for _uscc, firm_id, basic in rows}
        uscc_of = {firm_id: uscc for uscc, firm_id, _basic in rows}
        ids = list(by_id)
        _deadlines(session, ids, by_id, ws.calendar, today)
        for firm_id, last in session.execute(
            select(Visit.firm_id, func.max(Visit.date))
            .where(among(Visit.firm_id, ids), Visit.live)
            .group_by(Visit.firm_id)
        ):
            by_id[firm_id].last_contact = last
        scores = _scores(session, ids, by_id)
    return {
        uscc_of[firm_id]: FirmFacts(c.next_deadline, c.due, c.overdue, c.last_contact, scores[firm_id])
        for firm_id, c in by_id.items()
    }


def _deadlines(
    session: Session, ids: list[int], by_id: dict[int, _Collected], calendar: WorkCalendar, today: date
) -> None:
    for demand in session.scalars(select(Demand).where(among(Demand.firm_id, ids), Demand.live)):
        collected = by_id[demand.firm_id]
        for step in evaluate(demand.dates(), calendar, today):
            if not step.status.open or step.deadline is None:
                continue
            collected.due += step.status == StepStatus.DUE
            collected.overdue += step.status == StepStatus.OVERDUE
            if collected.next_deadline is None or step.deadline < collected.next_deadline:
                collected.next_deadline = step.deadline


def _scores(session: Session, ids: list[int], by_id: dict[int, _Collected]) -> dict[int, int]:
    """The completeness score of each firm, from its dossier, contacts, banks and attachments."""
    for dossier in session.scalars(select(Dossier).where(among(Dossier.firm_id, ids))):
        by_id[dossier.firm_id].dossier = dossier
    phones: dict[int, list[str | None]] = {}
    for firm_id, phone in session.execute(
        select(Contact.firm_id, Contact.phone).where(among(Contact.firm_id, ids), Contact.live)
    ):
        phones.setdefault(firm_id, []).append(phone)
    basic: dict[int, str] = {}
    for firm_id, bank in session.execute(
        select(BankRelationship.firm_id, BankRelationship.bank).where(
            among(BankRelationship.firm_id, ids),
            BankRelationship.live,
            BankRelationship.is_basic_account.is_(True),
        )
    ):
        basic.setdefault(firm_id, bank)
    kinds: dict[int, list[str]] = {}
    for firm_id, kind in session.execute(
        select(Attachment.firm_id, Attachment.kind).where(among(Attachment.firm_id, ids), Attachment.live)
    ):
        kinds.setdefault(firm_id, []).append(kind)
    # Most firms of a big list have no dossier yet: their score is worked out once, by the same rule.
    nothing = completeness(
        facts_from(None, contact_phones=[], basic_account_bank=None, attachment_kinds=[])
    ).score
    scores: dict[int, int] = {}
    for firm_id, c in by_id.items():
        basic_bank = c.basic_bank or basic.get(firm_id)
        if c.dossier is None and basic_bank is None and firm_id not in phones and firm_id not in kinds:
            scores[firm_id] = nothing
            continue
        facts = facts_from(
            c.dossier,
            contact_phones=phones.get(firm_id, []),
            basic_account_bank=basic_bank,
            attachment_kinds=kinds.get(firm_id, []),
        )
        scores[firm_id] = completeness(facts).score
    return scores

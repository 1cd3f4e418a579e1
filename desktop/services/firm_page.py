"""The firm table's worked-out columns for the firms of one page: the next 211 deadline (and how many steps
are due or overdue), the last contact and the dossier's completeness.

Meant for the rows on screen (a page of 200) or a chunk of an export, never the whole table: each is a
few indexed queries over the page's firm ids (passed as one JSON list, ``among``: 200 bound values per
query cost more than the queries), so paging 530,000 firms stays about as fast as the plain columns.
Completeness is the one rule of ``desktop.domain.completeness``, fed as the dossier screen feeds it.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from desktop.domain.completeness import completeness, facts_from
from desktop.domain.service211 import StepStatus, evaluate
from desktop.domain.workcalendar import WorkCalendar
from desktop.services.workspace import Workspace
from desktop.store.models import Demand, Dossier, Firm
from desktop.store.value_lists import among


@dataclass(frozen=True)
class FirmFacts:
    next_deadline: date | None = None  # the earliest deadline of an open 211 step
    due: int = 0  # open steps whose deadline has not passed
    overdue: int = 0  # open steps whose deadline has passed
    last_contact: date | None = None  # the latest visit
    completeness: int = 0  # the dossier's score, 0-100


# What the page's firms have in the tables the columns read, in one statement: a row per visit summary,
# contact phone, basic-account bank, attachment kind, and a mark for a dossier or a live demand (loaded
# only for the firms that have one). One statement, not seven: their fixed cost is most of a page's time.
_PROBE = text(
    """
    WITH ids(id) AS (SELECT value FROM json_each(:ids))
    SELECT 'visit', firm_id, max(date) FROM visit
        WHERE firm_id IN ids AND voided_at IS NULL GROUP BY firm_id
    UNION ALL SELECT 'phone', firm_id, phone FROM contact
        WHERE firm_id IN ids AND voided_at IS NULL
    UNION ALL SELECT 'bank', firm_id, bank FROM bank_relationship
        WHERE firm_id IN ids AND voided_at IS NULL AND is_basic_account
    UNION ALL SELECT 'kind', firm_id, kind FROM attachment
        WHERE firm_id IN ids AND voided_at IS NULL
    UNION ALL SELECT 'dossier', firm_id, NULL FROM dossier WHERE firm_id IN ids
    UNION ALL SELECT DISTINCT 'demand', firm_id, NULL FROM demand
        WHERE firm_id IN ids AND voided_at IS NULL
    """
)


@dataclass
class _Collected:
    firm_id: int
    basic_bank: str | None
    dossier: Dossier | None = None
    next_deadline: date | None = None
    due: int = 0
    overdue: int = 0
    last_contact: date | None = None
    phones: list[str | None] = field(default_factory=list)
    kinds: list[str] = field(default_factory=list)
    has: set[str] = field(default_factory=set)


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
        _probe(session, by_id)
        with_demand = [i for i, c in by_id.items() if "demand" in c.has]
        if with_demand:
            _deadlines(session, with_demand, by_id, ws.calendar, today)
        with_dossier = [i for i, c in by_id.items() if "dossier" in c.has]
        if with_dossier:
            for dossier in session.scalars(select(Dossier).where(among(Dossier.firm_id, with_dossier))):
                by_id[dossier.firm_id].dossier = dossier
        scores = _scores(by_id)
    return {
        uscc_of[firm_id]: FirmFacts(c.next_deadline, c.due, c.overdue, c.last_contact, scores[firm_id])
        for firm_id, c in by_id.items()
    }


def _probe(session: Session, by_id: dict[int, _Collected]) -> None:
    for what, firm_id, value in session.execute(_PROBE, {"ids": json.dumps(list(by_id))}):
        collected = by_id[firm_id]
        collected.has.add(what)
        if what == "visit":
            collected.last_contact = date.fromisoformat(value) if isinstance(value, str) else value
        elif what == "phone":
            collected.phones.append(value)
        elif what == "bank" and collected.basic_bank is None:
            collected.basic_bank = value
        elif what == "kind":
            collected.kinds.append(value)


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


def _scores(by_id: dict[int, _Collected]) -> dict[int, int]:
    """The completeness score of each firm (the one rule of domain/completeness)."""
    # Most firms of a big list have nothing yet: their score is worked out once, by the same rule.
    nothing = completeness(
        facts_from(None, contact_phones=[], basic_account_bank=None, attachment_kinds=[])
    ).score
    scores: dict[int, int] = {}
    for firm_id, c in by_id.items():
        if c.dossier is None and c.basic_bank is None and not c.phones and not c.kinds:
            scores[firm_id] = nothing
            continue
        facts = facts_from(
            c.dossier, contact_phones=c.phones, basic_account_bank=c.basic_bank, attachment_kinds=c.kinds
        )
        scores[firm_id] = completeness(facts).score
    return scores

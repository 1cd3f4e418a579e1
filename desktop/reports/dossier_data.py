"""A firm's whole record (一企一档) read from the store in one place: for the firm pane and the printed dossier.

``gather`` is the one loader both use (``desktop.services.firm_detail`` opens the session for the pane;
``desktop.services.printing`` for the PDF). Every record comes in the order it happened, voided ones
included so the views can show them struck through; the completeness score counts the live ones only,
through ``completeness_of``, which the firm table and ``record show`` call too.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.domain.completeness import Completeness, completeness, facts_from
from desktop.domain.service211 import StepState, evaluate
from desktop.domain.workcalendar import WorkCalendar
from desktop.store.models import (
    Attachment,
    AuditEntry,
    BankRelationship,
    Contact,
    Credit,
    Demand,
    Dossier,
    Firm,
    ListMembership,
    Loan,
    Plan,
    PlanTask,
    RegionalList,
    StageChange,
    Visit,
)


@dataclass(frozen=True)
class DemandView:
    demand: Demand
    steps: tuple[StepState, StepState, StepState]


@dataclass(frozen=True)
class DossierData:
    firm: Firm
    lists: list[tuple[str, bool]]  # list name, still active on it
    stages: list[StageChange]
    dossier: Dossier | None
    contacts: list[Contact]
    banks: list[BankRelationship]
    plan: Plan | None  # the current version
    tasks: list[PlanTask]  # the current version's tasks, by due date
    visits: list[Visit]
    demands: list[DemandView]
    credits: list[Credit]
    loans: list[Loan]
    completeness: Completeness
    attachments: list[Attachment] = field(default_factory=list)
    plan_versions: int = 0
    audit: list[AuditEntry] = field(default_factory=list)  # newest first, only when asked for


def completeness_of(session: Session, firm_ids: Iterable[int]) -> dict[int, Completeness]:
    """The one completeness rule over the live records of these firms (a table page, or one firm)."""
    ids = list(dict.fromkeys(firm_ids))
    if not ids:
        return {}
    firms = {f.id: f for f in session.scalars(select(Firm).where(Firm.id.in_(ids)))}
    dossiers = {d.firm_id: d for d in session.scalars(select(Dossier).where(Dossier.firm_id.in_(ids)))}
    phones: dict[int, list[str | None]] = {}
    for firm_id, phone in session.execute(
        select(Contact.firm_id, Contact.phone).where(Contact.firm_id.in_(ids), Contact.live)
    ):
        phones.setdefault(firm_id, []).append(phone)
    basic: dict[int, str] = {}
    for firm_id, bank in session.execute(
        select(BankRelationship.firm_id, BankRelationship.bank).where(
            BankRelationship.firm_id.in_(ids), BankRelationship.live, BankRelationship.is_basic_account
        )
    ):
        basic.setdefault(firm_id, bank)
    kinds: dict[int, list[str]] = {}
    for firm_id, kind in session.execute(
        select(Attachment.firm_id, Attachment.kind).where(Attachment.firm_id.in_(ids), Attachment.live)
    ):
        kinds.setdefault(firm_id, []).append(kind)
    return {
        fid: completeness(
            facts_from(
                dossiers.get(fid),
                contact_phones=phones.get(fid, []),
                basic_account_bank=firms[fid].basic_account_bank or basic.get(fid),
                attachment_kinds=kinds.get(fid, []),
            )
        )
        for fid in ids
        if fid in firms
    }


def _lists(session: Session, fid: int) -> list[tuple[str, bool]]:
    rows = session.execute(
        select(RegionalList.name, ListMembership.active)
        .join(ListMembership, ListMembership.list_id == RegionalList.id)
        .where(ListMembership.firm_id == fid)
        .order_by(RegionalList.name)
    )
    return [(name, active) for name, active in rows]


def _plan(session: Session, fid: int) -> tuple[Plan | None, list[PlanTask], int]:
    plan = session.scalar(
        select(Plan).where(Plan.firm_id == fid, Plan.is_current).order_by(Plan.version.desc()).limit(1)
    )
    versions = session.scalar(select(func.count(Plan.id)).where(Plan.firm_id == fid)) or 0
    if plan is None:
        return None, [], versions
    tasks = session.scalars(
        select(PlanTask).where(PlanTask.plan_id == plan.id).order_by(PlanTask.due, PlanTask.id)
    )
    return plan, list(tasks), versions


def gather(
    session: Session, firm: Firm, calendar: WorkCalendar, today: date, *, audit_limit: int = 0
) -> DossierData:
    """Everything about one firm, each list oldest first; ``audit_limit`` newest audit entries with it."""
    fid = firm.id
    plan, tasks, versions = _plan(session, fid)
    demands = session.scalars(
        select(Demand).where(Demand.firm_id == fid).order_by(Demand.received_on, Demand.id)
    )
    audit: list[AuditEntry] = []
    if audit_limit:
        audit = list(
            session.scalars(
                select(AuditEntry)
                .where(AuditEntry.firm_id == fid)
                .order_by(AuditEntry.id.desc())
                .limit(audit_limit)
            )
        )
    return DossierData(
        firm=firm,
        lists=_lists(session, fid),
        stages=list(
            session.scalars(
                select(StageChange).where(StageChange.firm_id == fid).order_by(StageChange.on, StageChange.id)
            )
        ),
        dossier=session.get(Dossier, fid),
        contacts=list(
            session.scalars(
                select(Contact).where(Contact.firm_id == fid).order_by(Contact.is_primary.desc(), Contact.id)
            )
        ),
        banks=list(
            session.scalars(
                select(BankRelationship).where(BankRelationship.firm_id == fid).order_by(BankRelationship.id)
            )
        ),
        plan=plan,
        tasks=tasks,
        visits=list(
            session.scalars(select(Visit).where(Visit.firm_id == fid).order_by(Visit.date, Visit.id))
        ),
        demands=[DemandView(d, evaluate(d.dates(), calendar, today)) for d in demands],
        credits=list(
            session.scalars(select(Credit).where(Credit.firm_id == fid).order_by(Credit.date, Credit.id))
        ),
        loans=list(session.scalars(select(Loan).where(Loan.firm_id == fid).order_by(Loan.date, Loan.id))),
        completeness=completeness_of(session, [fid])[fid],
        attachments=list(
            session.scalars(select(Attachment).where(Attachment.firm_id == fid).order_by(Attachment.id))
        ),
        plan_versions=versions,
        audit=audit,
    )

"""Everything a printed dossier (一企一档) shows about one firm, read from the store in one place."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.domain.completeness import Completeness, completeness, facts_from
from desktop.domain.money import format_wan
from desktop.domain.service211 import StepState, evaluate
from desktop.domain.workcalendar import WorkCalendar
from desktop.store.models import (
    Attachment,
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
    PreCredit,
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
    plan: Plan | None
    tasks: list[PlanTask]
    visits: list[Visit]
    demands: list[DemandView]
    credits: list[Credit]
    loans: list[Loan]
    completeness: Completeness
    precredit: str | None = None  # 预授信: "80.00 万元（2026-11-10）" (issue 23), never counted as 授信


def gather(session: Session, firm: Firm, calendar: WorkCalendar, today: date) -> DossierData:
    fid = firm.id
    lists = [
        (name, active)
        for name, active in session.execute(
            select(RegionalList.name, ListMembership.active)
            .join(ListMembership, ListMembership.list_id == RegionalList.id)
            .where(ListMembership.firm_id == fid)
            .order_by(RegionalList.name)
        )
    ]
    stages = list(
        session.scalars(
            select(StageChange).where(StageChange.firm_id == fid).order_by(StageChange.on, StageChange.id)
        )
    )
    dossier = session.get(Dossier, fid)
    contacts = list(
        session.scalars(
            select(Contact).where(Contact.firm_id == fid).order_by(Contact.is_primary.desc(), Contact.id)
        )
    )
    banks = list(session.scalars(select(BankRelationship).where(BankRelationship.firm_id == fid)))
    plan = session.scalar(
        select(Plan).where(Plan.firm_id == fid, Plan.is_current).order_by(Plan.version.desc()).limit(1)
    )
    tasks = (
        list(
            session.scalars(
                select(PlanTask).where(PlanTask.plan_id == plan.id).order_by(PlanTask.due, PlanTask.id)
            )
        )
        if plan
        else []
    )
    visits = list(
        session.scalars(select(Visit).where(Visit.firm_id == fid).order_by(Visit.date.desc(), Visit.id))
    )
    demands = [
        DemandView(
            d,
            evaluate(d.dates(), calendar, today),
        )
        for d in session.scalars(
            select(Demand).where(Demand.firm_id == fid).order_by(Demand.received_on, Demand.id)
        )
    ]
    credits = list(
        session.scalars(select(Credit).where(Credit.firm_id == fid).order_by(Credit.date, Credit.id))
    )
    loans = list(session.scalars(select(Loan).where(Loan.firm_id == fid).order_by(Loan.date, Loan.id)))
    kinds = session.scalars(select(Attachment.kind).where(Attachment.firm_id == fid)).all()
    basic = firm.basic_account_bank or next((b.bank for b in banks if b.is_basic_account), None)
    score = completeness(
        facts_from(
            dossier,
            contact_phones=(c.phone for c in contacts),
            basic_account_bank=basic,
            attachment_kinds=kinds,
        )
    )
    pre = session.scalars(
        select(PreCredit)
        .where(PreCredit.firm_id == fid, PreCredit.live)
        .order_by(PreCredit.on.desc(), PreCredit.id.desc())
    ).first()
    return DossierData(
        firm,
        lists,
        stages,
        dossier,
        contacts,
        banks,
        plan,
        tasks,
        visits,
        demands,
        credits,
        loans,
        score,
        f"{format_wan(pre.amount)} 万元（{pre.on.isoformat()}）" if pre else None,
    )

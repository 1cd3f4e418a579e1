"""One firm's records for the detail pane (read-only): dossier, plan, visits, demands, credit, history."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import select

from desktop.domain.service211 import StepState, evaluate
from desktop.services.firms import get_firm
from desktop.services.workspace import Workspace
from desktop.store.models import (
    AuditEntry,
    Contact,
    Credit,
    Demand,
    Dossier,
    Firm,
    Loan,
    Plan,
    PlanTask,
    StageChange,
    Visit,
)

# The dossier fields that count towards its completeness (一企一档 完整度).
DOSSIER_FIELDS: tuple[str, ...] = (
    "main_business",
    "employees",
    "annual_sales",
    "taxes_paid",
    "social_insurance_headcount",
    "has_loan_record",
    "has_discount_record",
    "collateral",
    "guarantee_options",
    "criteria",
)


@dataclass(frozen=True)
class DemandView:
    demand: Demand
    steps: tuple[StepState, StepState, StepState]


@dataclass(frozen=True)
class PlanView:
    plan: Plan
    tasks: list[PlanTask]


@dataclass(frozen=True)
class FirmDetail:
    firm: Firm
    dossier: Dossier | None
    completeness: float  # 0..1 of DOSSIER_FIELDS filled in
    contacts: list[Contact] = field(default_factory=list)
    plan: PlanView | None = None
    plan_versions: int = 0
    visits: list[Visit] = field(default_factory=list)
    demands: list[DemandView] = field(default_factory=list)
    credits: list[Credit] = field(default_factory=list)
    loans: list[Loan] = field(default_factory=list)
    stage_changes: list[StageChange] = field(default_factory=list)
    audit: list[AuditEntry] = field(default_factory=list)


def _filled(value: Any) -> bool:
    if value is None:
        return False
    if isinstance(value, str | list | dict):
        return bool(value)
    return isinstance(value, bool | int | Decimal | date | datetime)


def dossier_completeness(dossier: Dossier | None) -> float:
    if dossier is None:
        return 0.0
    filled = sum(_filled(getattr(dossier, name)) for name in DOSSIER_FIELDS)
    return filled / len(DOSSIER_FIELDS)


def load_firm_detail(ws: Workspace, uscc: str, today: date, *, audit_limit: int = 200) -> FirmDetail:
    """Everything the detail pane shows about one firm, newest first; FirmNotFound for an unknown code."""
    with ws.db.session() as session:
        firm = get_firm(session, uscc)
        fid = firm.id
        dossier = session.get(Dossier, fid)
        plans = list(session.scalars(select(Plan).where(Plan.firm_id == fid).order_by(Plan.version.desc())))
        current = next((p for p in plans if p.is_current), plans[0] if plans else None)
        plan_view = None
        if current is not None:
            tasks = list(
                session.scalars(select(PlanTask).where(PlanTask.plan_id == current.id).order_by(PlanTask.id))
            )
            plan_view = PlanView(current, tasks)
        demands = session.scalars(
            select(Demand).where(Demand.firm_id == fid).order_by(Demand.received_on.desc(), Demand.id.desc())
        )
        return FirmDetail(
            firm=firm,
            dossier=dossier,
            completeness=dossier_completeness(dossier),
            contacts=list(
                session.scalars(select(Contact).where(Contact.firm_id == fid).order_by(Contact.id))
            ),
            plan=plan_view,
            plan_versions=len(plans),
            visits=list(
                session.scalars(
                    select(Visit).where(Visit.firm_id == fid).order_by(Visit.date.desc(), Visit.id.desc())
                )
            ),
            demands=[DemandView(d, evaluate(d.dates(), ws.calendar, today)) for d in demands],
            credits=list(
                session.scalars(
                    select(Credit).where(Credit.firm_id == fid).order_by(Credit.date.desc(), Credit.id.desc())
                )
            ),
            loans=list(
                session.scalars(
                    select(Loan).where(Loan.firm_id == fid).order_by(Loan.date.desc(), Loan.id.desc())
                )
            ),
            stage_changes=list(
                session.scalars(
                    select(StageChange)
                    .where(StageChange.firm_id == fid)
                    .order_by(StageChange.on.desc(), StageChange.id.desc())
                )
            ),
            audit=list(
                session.scalars(
                    select(AuditEntry)
                    .where(AuditEntry.firm_id == fid)
                    .order_by(AuditEntry.id.desc())
                    .limit(audit_limit)
                )
            ),
        )

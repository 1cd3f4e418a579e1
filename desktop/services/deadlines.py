"""Open 211 deadlines per firm: the overdue marker of the firm table (one page at a time) and its
"overdue" filter (the set of firms with a step past its deadline). A voided demand runs no clock."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.domain.service211 import StepStatus, evaluate
from desktop.domain.workcalendar import WorkCalendar
from desktop.services.workspace import Workspace
from desktop.store.models import Demand, Firm


@dataclass(frozen=True)
class DeadlineMark:
    due: int = 0  # open steps whose deadline has not passed
    overdue: int = 0  # open steps whose deadline has passed


def mark_for(demands: Iterable[Demand], calendar: WorkCalendar, today: date) -> DeadlineMark:
    due = overdue = 0
    for demand in demands:
        for step in evaluate(demand.dates(), calendar, today):
            due += step.status == StepStatus.DUE
            overdue += step.status == StepStatus.OVERDUE
    return DeadlineMark(due=due, overdue=overdue)


def deadline_marks(ws: Workspace, usccs: Iterable[str], today: date) -> dict[str, DeadlineMark]:
    """The 211 marks of these firms (only firms with a demand appear); meant for a visible page."""
    codes = list(usccs)
    if not codes:
        return {}
    stmt = (
        select(Firm.uscc, Demand)
        .join(Demand, Demand.firm_id == Firm.id)
        .where(Firm.uscc.in_(codes), Demand.live)
    )
    grouped: dict[str, list[Demand]] = {}
    with ws.db.session() as session:
        for uscc, demand in session.execute(stmt):
            grouped.setdefault(uscc, []).append(demand)
    return {uscc: mark_for(demands, ws.calendar, today) for uscc, demands in grouped.items()}


def overdue_firm_ids(session: Session, calendar: WorkCalendar, today: date) -> set[int]:
    """Firms with a 211 step overdue on ``today``. Only demands without a result run a clock, and those
    are few (hundreds, against 530,000 firms), so they are evaluated here and the firm table filters
    by the resulting ids in SQL."""
    open_demands = session.scalars(select(Demand).where(Demand.decision.is_(None), Demand.live))
    return {
        demand.firm_id
        for demand in open_demands
        if any(step.status == StepStatus.OVERDUE for step in evaluate(demand.dates(), calendar, today))
    }

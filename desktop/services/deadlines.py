"""Open 211 deadlines per firm, for the overdue marker of the firm table (one page at a time)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

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
    stmt = select(Firm.uscc, Demand).join(Demand, Demand.firm_id == Firm.id).where(Firm.uscc.in_(codes))
    grouped: dict[str, list[Demand]] = {}
    with ws.db.session() as session:
        for uscc, demand in session.execute(stmt):
            grouped.setdefault(uscc, []).append(demand)
    return {uscc: mark_for(demands, ws.calendar, today) for uscc, demands in grouped.items()}

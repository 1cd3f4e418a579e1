"""Working-day questions answered on the workspace's calendar, with its warnings for unknown years."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from desktop.domain.errors import DomainError
from desktop.domain.workcalendar import WorkCalendar
from desktop.services.workspace import Workspace


@dataclass(frozen=True)
class Deadline:
    due: date
    warnings: list[str]


def deadline(ws: Workspace, start: date, workdays: int) -> Deadline:
    return deadline_on(ws.calendar, start, workdays)


def deadline_on(calendar: WorkCalendar, start: date, workdays: int) -> Deadline:
    """The same on a calendar alone (the CLI's ``deadline`` needs no database)."""
    if workdays < 0:
        raise DomainError(
            f"工作日数不能为负数：{workdays}", en=f"The number of working days cannot be negative: {workdays}"
        )
    calendar.take_warnings()
    due = calendar.nth_working_day_after(start, workdays)
    return Deadline(due=due, warnings=calendar.take_warnings())

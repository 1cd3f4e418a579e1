from __future__ import annotations

from datetime import date

from desktop.domain.workcalendar import WorkCalendar
from desktop.services.deadlines import mark_for
from desktop.store.models import Demand


def test_marks_count_open_steps_due_and_overdue() -> None:
    calendar = WorkCalendar()
    # Received Friday 2026-11-13: feedback due 2 working days later (Tue 11-17).
    waiting = Demand(received_on=date(2026, 11, 13), channel="visit")
    assert mark_for([waiting], calendar, date(2026, 11, 16)).due == 1
    late = mark_for([waiting], calendar, date(2026, 11, 18))
    assert (late.due, late.overdue) == (0, 1)
    answered = Demand(received_on=date(2026, 11, 13), channel="visit", feedback_on=date(2026, 11, 16))
    assert mark_for([answered], calendar, date(2026, 11, 30)) == mark_for([], calendar, date(2026, 11, 30))
    withdrawn = Demand(received_on=date(2026, 11, 13), channel="visit", decision="withdrawn")
    assert mark_for([withdrawn], calendar, date(2026, 11, 30)).overdue == 0

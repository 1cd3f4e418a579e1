"""The calendar's state on a day: from 1 November a missing next year is said; a missing current year always."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.domain.calendar_state import calendar_state
from desktop.domain.holiday_notice import parse_notice
from desktop.domain.workcalendar import WorkCalendar, YearCalendar
from tests.domain.notices import NOTICE_2027

D = date.fromisoformat


def _with_2027() -> WorkCalendar:
    notice = parse_notice(NOTICE_2027)
    return WorkCalendar(extra={2027: YearCalendar(frozenset(notice.holidays), frozenset(notice.workdays))})


@pytest.mark.parametrize(
    ("today", "missing"),
    [
        ("2026-10-31", None),  # before November: nothing to say yet
        ("2026-11-01", 2027),
        ("2026-12-03", 2027),
        ("2027-01-05", 2027),  # the year has begun without its notice
    ],
)
def test_the_missing_year(today: str, missing: int | None) -> None:
    state = calendar_state(WorkCalendar(), D(today))
    assert state.missing_year == missing and state.needs_notice is (missing is not None)
    assert calendar_state(_with_2027(), D(today)).missing_year is None


def test_texts_for_the_status_bar_and_the_settings_page() -> None:
    state = calendar_state(WorkCalendar(), D("2026-12-03"))
    assert state.short_text == "⚠ 尚无 2027 年节假日安排"
    assert state.short_text.en == "⚠ No 2027 holiday arrangement yet"
    assert state.message.startswith("日历还没有 2027 年的节假日安排")
    assert "Settings → Holidays" in state.message.en
    assert state.years_text == f"2004–{state.builtin_years[-1]} 年（内置）"
    known = calendar_state(_with_2027(), D("2026-12-03"))
    assert known.notice_years == (2027,) and known.known_years[-1] == 2027
    assert known.short_text == "节假日已知至 2027 年" and known.message == ""
    assert known.years_text.endswith("；2027 年（导入的通知）")
    assert known.years_text.en.endswith("; 2027 (imported notices)")

"""The working-day calendar against the State Council holiday notices for 2024, 2025 and 2026."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest

from desktop.domain.errors import DomainError
from desktop.domain.workcalendar import CalendarFileError, WorkCalendar, parse_calendar_file

D = date.fromisoformat

# (weekday holidays, adjusted working weekend days) per notice.
NOTICES = {
    2024: (
        [
            "2024-01-01",
            "2024-02-12",
            "2024-02-13",
            "2024-02-14",
            "2024-02-15",
            "2024-02-16",
            "2024-04-04",
            "2024-04-05",
            "2024-05-01",
            "2024-05-02",
            "2024-05-03",
            "2024-06-10",
            "2024-09-16",
            "2024-09-17",
            "2024-10-01",
            "2024-10-02",
            "2024-10-03",
            "2024-10-04",
            "2024-10-07",
        ],
        [
            "2024-02-04",
            "2024-02-18",
            "2024-04-07",
            "2024-04-28",
            "2024-05-11",
            "2024-09-14",
            "2024-09-29",
            "2024-10-12",
        ],
    ),
    2025: (
        [
            "2025-01-01",
            "2025-01-28",
            "2025-01-29",
            "2025-01-30",
            "2025-01-31",
            "2025-02-03",
            "2025-02-04",
            "2025-04-04",
            "2025-05-01",
            "2025-05-02",
            "2025-05-05",
            "2025-06-02",
            "2025-10-01",
            "2025-10-02",
            "2025-10-03",
            "2025-10-06",
            "2025-10-07",
            "2025-10-08",
        ],
        ["2025-01-26", "2025-02-08", "2025-04-27", "2025-09-28", "2025-10-11"],
    ),
    2026: (
        [
            "2026-01-01",
            "2026-01-02",
            "2026-02-16",
            "2026-02-17",
            "2026-02-18",
            "2026-02-19",
            "2026-02-20",
            "2026-02-23",
            "2026-04-06",
            "2026-05-01",
            "2026-05-04",
            "2026-05-05",
            "2026-06-19",
            "2026-09-25",
            "2026-10-01",
            "2026-10-02",
            "2026-10-05",
            "2026-10-06",
            "2026-10-07",
        ],
        ["2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10"],
    ),
}


@pytest.mark.parametrize("year", sorted(NOTICES))
def test_notices(year: int) -> None:
    cal = WorkCalendar()
    holidays, workdays = NOTICES[year]
    for day in holidays:
        assert not cal.is_workday(D(day)), day
    for day in workdays:
        assert cal.is_workday(D(day)), day
    # Every other day of the year follows Monday to Friday.
    special = {D(d) for d in holidays + workdays}
    day = date(year, 1, 1)
    while day.year == year:
        if day not in special:
            assert cal.is_workday(day) == (day.weekday() < 5), day
        day += timedelta(days=1)
    assert cal.take_warnings() == []


@pytest.mark.parametrize(
    ("start", "n", "due"),
    [
        ("2025-01-24", 1, "2025-01-26"),  # Friday -> the Sunday worked before 春节
        ("2025-01-24", 2, "2025-01-27"),
        ("2025-01-27", 1, "2025-02-05"),  # across 春节 2025
        ("2025-01-27", 2, "2025-02-06"),
        ("2025-02-07", 1, "2025-02-08"),  # Saturday 2.8 worked
        ("2025-09-26", 1, "2025-09-28"),  # Sunday before 国庆 worked
        ("2025-09-30", 1, "2025-10-09"),  # 国庆+中秋 2025: 10.1-10.8 off
        ("2025-09-30", 2, "2025-10-10"),
        ("2025-10-10", 1, "2025-10-11"),  # Saturday 10.11 worked
        ("2026-02-13", 1, "2026-02-14"),  # Saturday 2.14 worked before 春节 2026
        ("2026-02-13", 2, "2026-02-24"),
        ("2026-02-24", 4, "2026-02-28"),  # Saturday 2.28 worked
        ("2026-09-18", 1, "2026-09-20"),  # Sunday 9.20 worked before 国庆 2026
        ("2026-09-30", 1, "2026-10-08"),
        ("2026-10-09", 1, "2026-10-10"),  # Saturday 10.10 worked
        ("2026-03-02", 0, "2026-03-02"),
    ],
)
def test_nth_working_day_after(start: str, n: int, due: str) -> None:
    cal = WorkCalendar()
    assert cal.nth_working_day_after(D(start), n) == D(due)
    assert cal.working_days_between(D(start), D(due)) == n


def test_negative_count_is_an_error() -> None:
    with pytest.raises(DomainError, match="-1"):
        WorkCalendar().nth_working_day_after(D("2026-01-05"), -1)


def test_unknown_year_is_answered_with_a_visible_warning() -> None:
    cal = WorkCalendar()
    assert not cal.knows_year(2099)
    assert cal.nth_working_day_after(D("2099-01-02"), 1) == D("2099-01-05")  # Fri -> Mon
    warnings = cal.take_warnings()
    assert len(warnings) == 1 and "2099" in warnings[0] and "周一至周五" in warnings[0]
    assert cal.take_warnings() == []


def test_user_file_supplies_an_unknown_year() -> None:
    text = json.dumps({"2099": {"holidays": ["2099-01-01", "2099-01-02"], "workdays": ["2099-01-03"]}})
    cal = WorkCalendar(extra=parse_calendar_file(text, "calendar.json"))
    assert cal.knows_year(2099)
    assert cal.nth_working_day_after(D("2098-12-31"), 1) == D("2099-01-03")
    assert cal.take_warnings() == []


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("not json", "不是有效的 JSON"),
        ("[]", "以年份为键"),
        ('{"27": {}}', "四位年份"),
        ('{"2027": {"holidays": "2027-01-01"}}', "日期列表"),
        ('{"2027": {"holidays": ["2027-02-30"]}}', "2027-02-30"),
        ('{"2027": {"workdays": ["2028-01-01"]}}', "不属于 2027 年"),
    ],
)
def test_calendar_file_errors_name_the_problem(text: str, fragment: str) -> None:
    with pytest.raises(CalendarFileError, match=fragment) as err:
        parse_calendar_file(text, "calendar.json")
    assert "calendar.json" in str(err.value)

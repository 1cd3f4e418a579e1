"""The working-day calendar against the State Council holiday notices for 2024, 2025 and 2026."""

from __future__ import annotations

import json
import time
from datetime import date, timedelta

import chinese_calendar
import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.domain.errors import DomainError
from desktop.domain.workcalendar import (
    BUILT_IN,
    CalendarFileError,
    WorkCalendar,
    YearCalendar,
    builtin_years,
    calendar_file_text,
    parse_calendar_file,
)

D = date.fromisoformat

# Per notice: the days off as published (ranges, weekends included) and the adjusted working days.
NOTICES: dict[int, tuple[list[tuple[str, str]], list[str]]] = {
    2024: (
        [
            ("2024-01-01", "2024-01-01"),  # 元旦
            ("2024-02-10", "2024-02-17"),  # 春节
            ("2024-04-04", "2024-04-06"),  # 清明
            ("2024-05-01", "2024-05-05"),  # 劳动节
            ("2024-06-10", "2024-06-10"),  # 端午
            ("2024-09-15", "2024-09-17"),  # 中秋
            ("2024-10-01", "2024-10-07"),  # 国庆
        ],
        # Sun 2.4, Sun 2.18, Sun 4.7, Sun 4.28, Sat 5.11, Sat 9.14, Sun 9.29, Sat 10.12
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
            ("2025-01-01", "2025-01-01"),
            ("2025-01-28", "2025-02-04"),
            ("2025-04-04", "2025-04-06"),
            ("2025-05-01", "2025-05-05"),
            ("2025-05-31", "2025-06-02"),
            ("2025-10-01", "2025-10-08"),  # 国庆 and 中秋 together
        ],
        ["2025-01-26", "2025-02-08", "2025-04-27", "2025-09-28", "2025-10-11"],
    ),
    2026: (
        [
            ("2026-01-01", "2026-01-03"),
            ("2026-02-15", "2026-02-23"),
            ("2026-04-04", "2026-04-06"),
            ("2026-05-01", "2026-05-05"),
            ("2026-06-19", "2026-06-21"),
            ("2026-09-25", "2026-09-27"),
            ("2026-10-01", "2026-10-07"),
        ],
        ["2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10"],
    ),
}


def _days(first: str, last: str) -> list[date]:
    start, end = D(first), D(last)
    return [start + timedelta(days=i) for i in range((end - start).days + 1)]


@pytest.mark.parametrize("year", sorted(NOTICES))
def test_notices_day_by_day(year: int) -> None:
    cal = WorkCalendar()
    ranges, workdays = NOTICES[year]
    off = {d for first, last in ranges for d in _days(first, last)}
    worked = {D(d) for d in workdays}
    assert all(d.weekday() >= 5 for d in worked)  # 调休 days are all weekend days
    day = date(year, 1, 1)
    while day.year == year:
        expected = day in worked or (day not in off and day.weekday() < 5)
        assert cal.is_workday(day) == expected, day
        day += timedelta(days=1)
    assert cal.knows_year(year)
    assert cal.take_warnings() == []


@given(st.dates(min_value=date(2004, 1, 1), max_value=date(2026, 12, 31)))
def test_agrees_with_the_package_for_every_known_day(day: date) -> None:
    assert WorkCalendar().is_workday(day) == chinese_calendar.is_workday(day)


@pytest.mark.parametrize(
    ("start", "n", "due"),
    [
        ("2025-01-24", 1, "2025-01-26"),  # Friday -> the Sunday worked before 春节
        ("2025-01-24", 2, "2025-01-27"),
        ("2025-01-27", 1, "2025-02-05"),  # across 春节 2025 (1.28-2.4 off)
        ("2025-01-27", 2, "2025-02-06"),
        ("2025-02-07", 1, "2025-02-08"),  # Saturday 2.8 worked
        ("2025-09-26", 1, "2025-09-28"),  # Sunday 9.28 worked before 国庆
        ("2025-09-30", 1, "2025-10-09"),  # 国庆+中秋 2025: 10.1-10.8 off
        ("2025-09-30", 2, "2025-10-10"),
        ("2025-09-30", 3, "2025-10-11"),  # Saturday 10.11 worked
        ("2025-09-30", 4, "2025-10-13"),
        ("2026-02-13", 1, "2026-02-14"),  # Saturday 2.14 worked before 春节 2026
        ("2026-02-13", 2, "2026-02-24"),  # 2.15-2.23 off
        ("2026-02-24", 4, "2026-02-28"),  # Saturday 2.28 worked
        ("2026-02-24", 5, "2026-03-02"),
        ("2026-09-18", 1, "2026-09-20"),  # Sunday 9.20 worked
        ("2026-09-30", 1, "2026-10-08"),  # 国庆 2026: 10.1-10.7 off
        ("2026-10-09", 1, "2026-10-10"),  # Saturday 10.10 worked
        ("2026-12-31", 1, "2027-01-04"),  # into an unknown year: 元旦 1.1 is fixed by law, then a weekend
        ("2026-03-02", 0, "2026-03-02"),
        ("2026-02-15", 0, "2026-02-15"),  # n = 0 is the start, even on a holiday
    ],
)
def test_nth_working_day_after(start: str, n: int, due: str) -> None:
    cal = WorkCalendar()
    assert cal.nth_working_day_after(D(start), n) == D(due)
    assert cal.working_days_between(D(start), D(due)) == n


def test_working_days_between_counts_start_exclusive_end_inclusive() -> None:
    cal = WorkCalendar()
    assert cal.working_days_between(D("2026-02-13"), D("2026-02-13")) == 0
    assert cal.working_days_between(D("2026-02-24"), D("2026-02-13")) == 0
    assert cal.working_days_between(D("2026-02-13"), D("2026-02-23")) == 1  # only Sat 2.14
    # 2026: 261 weekdays - 19 weekday holidays + 6 worked weekend days (1.1 itself is a holiday).
    assert cal.working_days_between(D("2026-01-01"), D("2026-12-31")) == 248


def test_negative_count_is_an_error() -> None:
    with pytest.raises(DomainError) as err:
        WorkCalendar().nth_working_day_after(D("2026-01-05"), -1)
    assert str(err.value) == "工作日数不能为负数，收到 -1"


def test_running_off_the_calendar_is_an_error_not_a_crash() -> None:
    with pytest.raises(DomainError, match="超出了可计算的日期范围"):
        WorkCalendar().nth_working_day_after(date.max - timedelta(days=3), 10)


def test_unknown_year_is_answered_with_a_visible_warning() -> None:
    cal = WorkCalendar()
    assert not cal.knows_year(2027)
    assert cal.take_warnings() == []  # asking is not guessing
    assert cal.nth_working_day_after(D("2027-01-01"), 1) == D("2027-01-04")  # Fri -> Mon
    assert cal.guessed_years == {2027}
    (warning,) = cal.take_warnings()
    assert warning == (
        "日历不含 2027 年的法定节假日与调休安排，已按周一至周五（除元旦、劳动节、国庆节的法定日期）推算，"
        "结果可能不准确；国务院办公厅的节假日安排通知发布后，请在“设置 → 节假日”中导入。"
    )
    assert warning.en.startswith(
        "The calendar does not have the public holidays and adjusted working days of 2027"
    )
    assert cal.guessed_years == set() and cal.take_warnings() == []


def test_warning_lists_every_guessed_year() -> None:
    cal = WorkCalendar()
    cal.is_workday(D("2028-03-01"))
    cal.is_workday(D("2027-03-01"))
    cal.is_workday(D("2026-03-01"))  # known: not listed
    (warning,) = cal.take_warnings()
    assert warning.startswith("日历不含 2027、2028 年的法定节假日与调休安排")


CAL_2027 = {
    "2027": {
        "holidays": ["2027-01-01", "2027-02-05", "2027-02-08", "2027-02-09", "2027-02-10", "2027-02-11"],
        "workdays": ["2027-02-20"],
    }
}


def test_user_file_supplies_an_unknown_year() -> None:
    cal = WorkCalendar(extra=parse_calendar_file(json.dumps(CAL_2027), "calendar.json"))
    assert cal.knows_year(2027)
    assert cal.nth_working_day_after(D("2026-12-31"), 1) == D("2027-01-04")  # 1.1 off, then weekend
    assert cal.nth_working_day_after(D("2027-02-04"), 1) == D("2027-02-12")
    assert cal.is_workday(D("2027-02-20")) and not cal.is_workday(D("2027-02-27"))
    assert cal.take_warnings() == []


def test_user_year_overrides_the_package() -> None:
    mine = YearCalendar(holidays=frozenset({D("2026-03-02")}), workdays=frozenset())
    cal = WorkCalendar(extra={2026: mine})
    assert not cal.is_workday(D("2026-03-02"))
    assert cal.is_workday(D("2026-10-08")) and not cal.is_workday(D("2026-02-14"))  # package ignored
    assert WorkCalendar().is_workday(D("2026-03-02"))


def test_parse_calendar_file_reads_sets() -> None:
    years = parse_calendar_file(json.dumps(CAL_2027), "calendar.json")
    assert set(years) == {2027}
    assert D("2027-02-05") in years[2027].holidays and years[2027].workdays == frozenset({D("2027-02-20")})


F = "节假日文件 D:/cal.json"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("not json", f"{F} 不是有效的 JSON：第 1 行第 1 列附近有格式错误"),
        ("[]", f'{F} 应为以年份为键的对象，例如 {{"2027": {{"holidays": [...]}}}}'),
        ('{"27": {}}', f'{F}：键“27”应为四位年份，例如 "2027"'),
        ('{"２０２７": {}}', f'{F}：键“２０２７”应为四位年份，例如 "2027"'),
        ('{"2027": []}', f"{F}：2027 年的内容应为包含 holidays 和 workdays 的对象"),
        (
            '{"2027": {"holiday": ["2027-01-01"]}}',
            f"{F}：2027 年中的“holiday”无法识别，只能是 holidays、workdays 或 source",
        ),
        (
            '{"2027": {"workdays": ["2027-02-20"]}}',
            f"{F}：2027 年缺少 holidays（该年的法定节假日），不能导入空的年份",
        ),
        ('{"2027": {"holidays": "2027-01-01"}}', f"{F}：2027.holidays 应为日期列表"),
        ('{"2027": {"holidays": ["2027-01-01"], "workdays": "x"}}', f"{F}：2027.workdays 应为日期列表"),
        (
            '{"2027": {"holidays": ["2027-02-30"]}}',
            f"{F}：2027.holidays 中的“2027-02-30”不是 YYYY-MM-DD 格式的真实日期",
        ),
        (
            '{"2027": {"holidays": ["20270101"]}}',
            f"{F}：2027.holidays 中的“20270101”不是 YYYY-MM-DD 格式的真实日期",
        ),
        (
            '{"2027": {"holidays": [20270101]}}',
            f"{F}：2027.holidays 中的“20270101”不是 YYYY-MM-DD 格式的真实日期",
        ),
        (
            '{"2027": {"holidays": ["2027-01-01"], "workdays": ["2028-01-01"]}}',
            f"{F}：2027.workdays 中的 2028-01-01 不属于 2027 年（也不在上一年 12 月）",
        ),
        (
            '{"2027": {"holidays": ["2027-01-01"], "workdays": ["2026-11-28"]}}',
            f"{F}：2027.workdays 中的 2026-11-28 不属于 2027 年（也不在上一年 12 月）",
        ),
        (
            '{"2027": {"holidays": ["2027-01-01"], "source": 7}}',
            f"{F}：2027.source 应为文字",
        ),
        (
            '{"2027": {"holidays": ["2027-01-01", "2027-02-20"], "workdays": ["2027-02-20"]}}',
            f"{F}：2027 年的 2027-02-20 同时列在 holidays 和 workdays 中",
        ),
        (
            '{"2027": {"holidays": ["2027-01-01"]}, "2027": {"holidays": ["2027-01-01"]}}',
            f"{F}：键“2027”出现了两次",
        ),
    ],
)
def test_calendar_file_errors_name_file_key_and_date(text: str, message: str) -> None:
    with pytest.raises(CalendarFileError) as err:
        parse_calendar_file(text, "D:/cal.json")
    assert str(err.value) == message
    assert isinstance(err.value, DomainError)


def test_is_workday_is_fast() -> None:
    # Deadlines for thousands of firms are computed on every refresh; each answer must be a lookup.
    cal = WorkCalendar()
    days = [date(2024, 1, 1) + timedelta(days=i) for i in range(3 * 365)]
    began = time.perf_counter()
    for _ in range(30):
        for day in days:
            cal.is_workday(day)
    assert time.perf_counter() - began < 1.0  # ~33,000 calls; typically ~0.02 s


def test_an_unknown_year_still_has_the_holidays_the_law_fixes_by_date() -> None:
    cal = WorkCalendar()
    off = ["2027-01-01", "2027-05-03", "2027-10-01", "2027-10-04"]  # 元旦 Fri; Mon; 国庆 Fri; Mon
    assert [cal.is_workday(D(d)) for d in off] == [False, True, False, True]
    assert not cal.is_workday(D("2028-05-01")) and not cal.is_workday(D("2028-05-02"))  # Mon, Tue
    assert cal.nth_working_day_after(D("2026-12-30"), 2) == D("2027-01-04")  # never 元旦 2027-01-01


def test_knows_span_says_whether_a_count_ran_into_an_unknown_year() -> None:
    cal = WorkCalendar()
    assert cal.knows_span(D("2026-12-30"), D("2026-12-31"))
    assert not cal.knows_span(D("2026-12-30"), D("2027-01-04"))
    assert not cal.knows_span(D("2026-12-31"), D("2026-12-31") + timedelta(days=4))
    mine = WorkCalendar(extra=parse_calendar_file(json.dumps(CAL_2027), "calendar.json"))
    assert mine.knows_span(D("2026-12-30"), D("2027-01-04"))
    assert not mine.knows_span(D("2027-12-30"), D("2028-01-03"))


def test_a_notice_day_in_the_previous_december_overrides_that_year() -> None:
    text = json.dumps({"2027": {"holidays": ["2026-12-31", "2027-01-01"], "workdays": ["2026-12-26"]}})
    years = parse_calendar_file(text, "calendar.json")
    cal = WorkCalendar(extra=years)
    assert not cal.is_workday(D("2026-12-31"))  # Thursday, off by the 2027 notice
    assert cal.is_workday(D("2026-12-26"))  # Saturday, worked
    assert WorkCalendar().is_workday(D("2026-12-31")) and not WorkCalendar().is_workday(D("2026-12-26"))
    assert cal.nth_working_day_after(D("2026-12-30"), 1) == D("2027-01-04")


def test_calendar_file_round_trip_keeps_dates_and_source() -> None:
    years = {
        2027: YearCalendar(
            holidays=frozenset({D("2026-12-31"), D("2027-01-01")}),
            workdays=frozenset({D("2027-02-20")}),
            source="2027通知.html（2026-11-10 导入）",
        )
    }
    text = calendar_file_text(years)
    assert parse_calendar_file(text, "calendar.json") == years
    assert json.loads(text)["2027"]["source"] == "2027通知.html（2026-11-10 导入）"


def test_listing_a_built_in_year_as_its_notice_lists_it() -> None:
    listing = WorkCalendar().listing(2024)
    assert listing is not None and listing.source == BUILT_IN
    assert listing.holidays[:3] == [D("2023-12-30"), D("2023-12-31"), D("2024-01-01")]  # 元旦 2024
    assert D("2024-12-31") not in listing.holidays
    assert listing.workdays[0] == D("2024-02-04")
    assert WorkCalendar().listing(2027) is None
    assert builtin_years()[0] == 2004 and builtin_years()[-1] >= 2026

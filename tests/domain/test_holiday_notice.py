"""Parsing the State Council's holiday notices, checked year by year against the built-in calendar."""

from __future__ import annotations

from datetime import date, timedelta

import chinese_calendar
import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.domain.holiday_notice import WEEKDAYS, HolidayNotice, NoticeError, parse_notice
from desktop.domain.workcalendar import WorkCalendar, YearCalendar
from tests.domain.notices import NOTICE_2023, NOTICE_2024, NOTICE_2025, NOTICE_2026, NOTICES

D = date.fromisoformat
# The 2020 notice as first published; the built-in calendar has the 春节 extension of January 2020
# (国办发明电〔2020〕1号: off until 2.2, Saturday 2.1 no longer worked).
KNOWN_DIFFERENCES = {2020: {D("2020-01-31"), D("2020-02-01")}}


def _as_year(notice: HolidayNotice) -> YearCalendar:
    return YearCalendar(frozenset(notice.holidays), frozenset(notice.workdays))


def _days(first: str, last: str) -> list[str]:
    start, end = D(first), D(last)
    return [(start + timedelta(days=i)).isoformat() for i in range((end - start).days + 1)]


@pytest.mark.parametrize("year", sorted(y for y in NOTICES if y <= 2026))
def test_each_year_agrees_with_the_built_in_calendar_day_by_day(year: int) -> None:
    notice = parse_notice(NOTICES[year])
    assert notice.year == year and notice.warnings == ()
    mine = _as_year(notice)
    day, disagree = date(year, 1, 1), set()
    while day.year == year:
        if mine.is_workday(day) != chinese_calendar.is_workday(day):
            disagree.add(day)
        day += timedelta(days=1)
    assert disagree == KNOWN_DIFFERENCES.get(year, set())
    differences = WorkCalendar().differences(year, mine)
    assert {d.day for d in differences} == KNOWN_DIFFERENCES.get(year, set())
    assert all(d.new_worked and not d.current_worked for d in differences)


def test_2026_as_json_every_date_of_every_range_weekends_included() -> None:
    assert parse_notice(NOTICE_2026).to_json() == {
        "year": 2026,
        "holidays": [
            *_days("2026-01-01", "2026-01-03"),
            *_days("2026-02-15", "2026-02-23"),
            *_days("2026-04-04", "2026-04-06"),
            *_days("2026-05-01", "2026-05-05"),
            *_days("2026-06-19", "2026-06-21"),
            *_days("2026-09-25", "2026-09-27"),
            *_days("2026-10-01", "2026-10-07"),
        ],
        "workdays": ["2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10"],
    }


def test_items_keep_their_names_and_ranges() -> None:
    notice = parse_notice(NOTICE_2025)
    assert [i.name for i in notice.items] == ["元旦", "春节", "清明节", "劳动节", "端午节", "国庆节、中秋节"]
    spring = notice.items[1]
    assert spring.off == ((D("2025-01-28"), D("2025-02-04")),)  # 农历 and weekday notes in the brackets
    assert spring.worked == (D("2025-01-26"), D("2025-02-08"))
    assert notice.items[0].off == ((D("2025-01-01"), D("2025-01-01")),)  # 放假1天，不调休
    assert notice.items[4].off == ((D("2025-05-31"), D("2025-06-02")),)  # across May and June


def test_a_range_in_the_previous_december_is_listed_with_its_full_date() -> None:
    notice = parse_notice(NOTICE_2023)
    assert notice.holidays[:3] == [D("2022-12-31"), D("2023-01-01"), D("2023-01-02")]


def test_a_working_day_in_the_previous_december() -> None:
    notice = parse_notice(NOTICES[2012])
    assert notice.workdays[0] == D("2011-12-31") and chinese_calendar.is_workday(D("2011-12-31"))


def test_with_the_weekend_adds_nothing_and_a_mentioned_eve_is_not_a_holiday() -> None:
    notice = parse_notice(NOTICE_2024)
    assert notice.items[0].off_days == [D("2024-01-01")]  # 1月1日放假，与周末连休
    assert notice.items[4].off_days == [D("2024-06-10")]
    assert D("2024-02-09") not in notice.holidays  # 鼓励……安排职工在除夕（2月9日）休息


def test_a_page_copied_as_one_line_with_full_width_digits_and_cr_line_ends() -> None:
    one_line = NOTICE_2026.replace("\n", "")
    assert parse_notice(one_line).to_json() == parse_notice(NOTICE_2026).to_json()
    wide = NOTICE_2026.translate(str.maketrans("0123456789", "０１２３４５６７８９")).replace("\n", "\r")
    assert parse_notice(wide).to_json() == parse_notice(NOTICE_2026).to_json()


def test_older_wording_adjusted_working_day_and_makeup_day_off() -> None:
    text = (
        "经国务院批准，现将2027年元旦、春节放假调休日期的具体安排通知如下。\n"
        "一、元旦：1月1日（星期五）至3日（星期日）放假，共3天。\n"
        "二、春节：2月5日至11日放假，共7天。2月12日（星期五）补休。2月20日（星期六）调休上班。\n"
    )
    notice = parse_notice(text)
    assert notice.holidays == [
        D(d) for d in [*_days("2027-01-01", "2027-01-03"), *_days("2027-02-05", "2027-02-12")]
    ]
    assert notice.workdays == [D("2027-02-20")]


def test_items_without_numbers_are_read_too() -> None:
    text = "2027年部分节假日安排\n元旦：1月1日至3日放假，共3天。\n劳动节：5月1日至5日放假调休，共5天。4月25日（周日）上班。"
    notice = parse_notice(text)
    assert len(notice.holidays) == 8 and notice.workdays == [D("2027-04-25")]


def test_the_year_can_be_given_for_a_text_without_its_title() -> None:
    items = "一、元旦：1月1日（周四）至3日（周六）放假调休，共3天。1月4日（周日）上班。"
    assert parse_notice(items, 2026).workdays == [D("2026-01-04")]
    with pytest.raises(NoticeError) as err:
        parse_notice(items)
    assert str(err.value).startswith("找不到通知所属的年份")
    with pytest.raises(NoticeError, match="2027-01-01 标注为周四，但这一天是周五"):
        parse_notice(items, 2027)  # the weekday notes catch the wrong year
    with pytest.raises(NoticeError) as err:
        parse_notice(NOTICE_2026, 2027)
    assert str(err.value) == "这是 2026 年的通知，不是 2027 年的"
    assert err.value.message_en == "This is the notice for 2026, not for 2027"


@pytest.mark.parametrize(
    ("items", "message"),
    [
        (
            "一、元旦：1月1日至3日放假调休，共4天。",
            "通知“元旦”写明共 4 天，但 2026-01-01 至 2026-01-03 是 3 天",
        ),
        ("一、春节：2月30日放假，共1天。", "通知“春节”中的“2月30日”不是真实的日期"),
        ("一、元旦：1月1日（周五）放假，共1天。", "2026-01-01 标注为周五，但这一天是周四"),
        ("一、元旦：1月3日至1月1日放假。", "放假日期 2026-01-03 至 2026-01-01 前后颠倒"),
        (
            "一、元旦：2025年11月30日放假。",
            "2026 年的通知中出现了 2025-11-30，不在该年（或上一年 12 月）之内",
        ),
        ("一、元旦：1月1日至3日放假调休。1月3日（周六）上班。", "2026-01-03 在通知中既是放假日又是上班日"),
        ("一、元旦：1月4日（周日）上班。", "在 2026 年的通知中没有找到放假安排"),
    ],
)
def test_a_notice_that_cannot_be_right_is_refused_with_the_reason(items: str, message: str) -> None:
    with pytest.raises(NoticeError) as err:
        parse_notice("国务院办公厅关于2026年部分节假日安排的通知\n" + items)
    assert message in str(err.value)
    assert err.value.message_en


def test_a_worked_weekday_is_a_warning() -> None:
    notice = parse_notice("现将2026年元旦的安排通知如下。一、元旦：1月1日至3日放假调休。1月5日（周一）上班。")
    (warning,) = notice.warnings
    assert warning == "2026-01-05（周一）本来就是工作日，通知仍写明上班"
    assert warning.en == "2026-01-05 (Monday) is a working day anyway; the notice still names it"


def _wording(first: date, length: int, style: int) -> str:
    last = first + timedelta(days=length - 1)

    def note(day: date) -> str:
        return f"（周{WEEKDAYS[day.weekday()]}）" if style else ""

    end = f"{last.day}日" if last.month == first.month else f"{last.month}月{last.day}日"
    if length == 1:
        return f"{first.month}月{first.day}日{note(first)}放假，共1天。"
    return f"{first.month}月{first.day}日{note(first)}至{end}{note(last)}放假调休，共{length}天。"


@given(
    st.lists(st.tuples(st.integers(1, 330), st.integers(1, 9)), min_size=1, max_size=7),
    st.integers(2027, 2040),
    st.integers(0, 1),
)
def test_any_arrangement_written_in_the_notice_wording_reads_back(
    spans: list[tuple[int, int]], year: int, style: int
) -> None:
    starts = sorted({day for day, _ in spans})
    items, expected = [], set()
    for number, (offset, length) in enumerate(zip(starts, (n for _, n in spans), strict=False)):
        first = date(year, 1, 1) + timedelta(days=offset - 1)
        length = min(length, (date(year, 12, 31) - first).days + 1)
        items.append(f"{'一二三四五六七'[number]}、节日{number}：{_wording(first, length, style)}")
        expected |= {first + timedelta(days=i) for i in range(length)}
    notice = parse_notice(f"现将{year}年元旦、春节的具体安排通知如下。\n" + "\n".join(items))
    assert set(notice.holidays) == expected and notice.workdays == []

"""The mainland working-day calendar: official holidays and adjusted working weekends (调休).

Years come from the ``chinese_calendar`` package (it knows the State Council notices it was released
with; 1.11.0 covers 2004-2026) and from the officer's own calendar file (``calendar.json``, written by
importing a notice) for years the package does not know yet. A year in the file replaces the package's
version of that year. The file is JSON:

    {"2027": {"holidays": ["2027-01-01", "2027-02-08"], "workdays": ["2027-02-20"], "source": "..."}}

* keys are four-digit years; each year needs a non-empty ``holidays`` list, ``workdays`` is optional;
* ``holidays``: the days off (a notice's whole ranges, weekend days inside them included);
* ``workdays``: weekend days that are worked (调休上班);
* dates are ``YYYY-MM-DD`` strings of that year, or of the December before it (元旦 arrangements often
  start there; such a date overrides the previous year's calendar for that day); a date may not be in
  both lists;
* ``source`` (optional): which notice the year was imported from.

A year known to neither source is answered Monday to Friday less the holidays the law fixes by date
(元旦 1.1, 劳动节 5.1-5.2, 国庆节 10.1-10.3, 《全国年节及纪念日放假办法》), but never silently: the year
is recorded in ``guessed_years``, ``take_warnings()`` returns a warning naming it, and
``knows_span`` tells a caller that a deadline it computed ran into such a year.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta

import chinese_calendar

from desktop.domain.calendar_file import (
    CalendarFileError,
    YearCalendar,
    calendar_file_text,
    parse_calendar_file,
)
from desktop.domain.errors import DomainError, Message

__all__ = [
    "BUILT_IN",
    "NOTICE",
    "CalendarFileError",
    "DayDifference",
    "WorkCalendar",
    "YearCalendar",
    "YearListing",
    "builtin_years",
    "calendar_file_text",
    "parse_calendar_file",
]

BUILT_IN = "built-in"  # the chinese_calendar package
NOTICE = "notice"  # the officer's calendar file: an imported State Council notice
# Days off the law fixes by date (《全国年节及纪念日放假办法》, as revised in 2024): known for any year.
STATUTORY_FIXED = ((1, 1), (5, 1), (5, 2), (10, 1), (10, 2), (10, 3))
_NEW_YEAR = "New Year's Day"


def _package_year(year: int) -> YearCalendar | None:
    """The package's weekday holidays and worked weekends for a year; None where it does not know it."""
    try:
        chinese_calendar.is_workday(date(year, 6, 1))
    except NotImplementedError:
        return None
    # Same rule as chinese_calendar.is_workday: listed workday, else listed holiday, else Mon-Fri.
    holidays = frozenset(d for d in chinese_calendar.holidays if d.year == year and d.weekday() < 5)
    workdays = frozenset(d for d in chinese_calendar.workdays if d.year == year and d.weekday() >= 5)
    return YearCalendar(holidays=holidays, workdays=workdays)


@functools.cache
def builtin_years() -> tuple[int, ...]:
    """The years the installed package knows (one State Council notice each)."""
    years = sorted({d.year for d in chinese_calendar.holidays})
    return tuple(y for y in range(years[0], years[-1] + 1) if _package_year(y) is not None)


def _package_listing(year: int) -> tuple[list[date], list[date]]:
    """The package's days off and worked days of one year's notice, as the notice lists them: a
    December 元旦 day belongs to the next year's arrangement."""

    def notice_year(day: date) -> int:
        return day.year + 1 if day.month == 12 and chinese_calendar.holidays[day] == _NEW_YEAR else day.year

    holidays = sorted(d for d in chinese_calendar.holidays if notice_year(d) == year)
    workdays = sorted(d for d in chinese_calendar.workdays if d.year == year)
    return holidays, workdays


@dataclass(frozen=True)
class YearListing:
    """One year as ``calendar show`` prints it: the days off and worked days, and where they come from."""

    year: int
    holidays: list[date]
    workdays: list[date]
    source: str  # BUILT_IN or NOTICE
    notice: str = ""  # for NOTICE: the notice's file or title, as recorded when it was imported


@dataclass(frozen=True)
class DayDifference:
    """A day two versions of a year disagree about (True = a working day)."""

    day: date
    new_worked: bool
    current_worked: bool


class WorkCalendar:
    """Working days from the package and user years, cached per year so is_workday is O(1)."""

    def __init__(self, extra: Mapping[int, YearCalendar] | None = None) -> None:
        self.guessed_years: set[int] = set()
        self.replace_user_years(extra or {})

    def replace_user_years(self, extra: Mapping[int, YearCalendar]) -> None:
        """Use these user years from now on (after a notice was imported)."""
        self._extra = dict(extra)
        self._years: dict[int, YearCalendar | None] = {}
        # A notice's days in the December before its year override that year's answer for those days.
        self._december: dict[date, bool] = {}
        for year in sorted(self._extra):
            cal = self._extra[year]
            for day in cal.holidays | cal.workdays:
                if day.year == year - 1:
                    self._december[day] = cal.is_workday(day)

    def _year(self, year: int) -> YearCalendar | None:
        if year not in self._years:
            self._years[year] = self._extra[year] if year in self._extra else _package_year(year)
        return self._years[year]

    def knows_year(self, year: int) -> bool:
        return self._year(year) is not None

    def knows_span(self, start: date, end: date) -> bool:
        """Whether every day after ``start`` up to ``end`` is in a known year: a deadline counted from
        ``start`` that ended on ``end`` was computed on the real calendar, not on a guess."""
        first_year = start.year + 1 if (start.month, start.day) == (12, 31) else start.year
        if first_year >= end.year:  # the usual case, asked for every step of every demand
            return self.knows_year(end.year)
        return all(self.knows_year(y) for y in range(first_year, end.year + 1))

    def user_years(self) -> dict[int, YearCalendar]:
        return dict(self._extra)

    def source(self, year: int) -> str | None:
        """NOTICE, BUILT_IN, or None for a year neither knows."""
        if year in self._extra:
            return NOTICE
        return BUILT_IN if self.knows_year(year) else None

    def is_workday(self, day: date) -> bool:
        if self._december and day in self._december:
            return self._december[day]
        year = day.year
        cal = self._years[year] if year in self._years else self._year(year)
        if cal is None:
            self.guessed_years.add(year)
            return day.weekday() < 5 and (day.month, day.day) not in STATUTORY_FIXED
        # YearCalendar.is_workday, inlined: this runs for every day of every deadline counted.
        if day in cal.workdays:
            return True
        return day.weekday() < 5 and day not in cal.holidays

    def listing(self, year: int) -> YearListing | None:
        """The year's days off and worked days as its notice lists them; None for an unknown year."""
        if year in self._extra:
            cal = self._extra[year]
            return YearListing(year, sorted(cal.holidays), sorted(cal.workdays), NOTICE, cal.source)
        if not self.knows_year(year):
            return None
        holidays, workdays = _package_listing(year)
        return YearListing(year, holidays, workdays, BUILT_IN)

    def differences(self, year: int, new: YearCalendar) -> list[DayDifference]:
        """The days ``new`` (a notice for ``year``) answers otherwise than this calendar does now; empty
        when this calendar does not know the year. The notice's December days are compared too."""
        if not self.knows_year(year):
            return []
        days = [
            date(year, 1, 1) + timedelta(days=i)
            for i in range((date(year, 12, 31) - date(year, 1, 1)).days + 1)
        ]
        days = sorted({d for d in new.holidays | new.workdays if d.year == year - 1} | set(days))
        found = []
        for day in days:
            if (day.year == year or self.knows_year(day.year)) and new.is_workday(day) != self.is_workday(
                day
            ):
                found.append(DayDifference(day, new.is_workday(day), self.is_workday(day)))
        return found

    def nth_working_day_after(self, start: date, n: int) -> date:
        """The n-th working day strictly after ``start``; n = 0 gives ``start`` itself."""
        if n < 0:
            raise DomainError(
                f"工作日数不能为负数，收到 {n}", en=f"The number of working days cannot be negative, got {n}"
            )
        day, left = start, n
        try:
            while left:
                day += timedelta(days=1)
                if self.is_workday(day):
                    left -= 1
        except OverflowError as exc:
            raise DomainError(
                f"从 {start} 起第 {n} 个工作日超出了可计算的日期范围",
                en=f"Working day {n} after {start} is beyond the dates that can be computed",
            ) from exc
        return day

    def working_days_between(self, start: date, end: date) -> int:
        """The number of working days d with start < d <= end (0 when end <= start)."""
        count, day = 0, start
        while day < end:
            day += timedelta(days=1)
            count += self.is_workday(day)
        return count

    @staticmethod
    def warning(years: Iterable[int]) -> Message:
        listed = "、".join(str(y) for y in sorted(set(years)))
        listed_en = ", ".join(str(y) for y in sorted(set(years)))
        return Message(
            f"日历不含 {listed} 年的法定节假日与调休安排，已按周一至周五（除元旦、劳动节、国庆节的法定日期）推算，"
            "结果可能不准确；国务院办公厅的节假日安排通知发布后，请在“设置 → 节假日”中导入。",
            f"The calendar does not have the public holidays and adjusted working days of {listed_en}; they were "
            "counted as Monday to Friday (less the fixed dates of New Year, Labour Day and National Day) and may be "
            "wrong. Import the State Council's holiday notice in Settings → Holidays once it is published.",
        )

    def take_warnings(self) -> list[Message]:
        """Warnings for the years answered by guesswork since the last call; clears them."""
        if not self.guessed_years:
            return []
        message = self.warning(self.guessed_years)
        self.guessed_years.clear()
        return [message]

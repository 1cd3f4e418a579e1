"""The mainland working-day calendar: official holidays and adjusted working weekends (调休).

Years come from the ``chinese_calendar`` package (it knows the State Council notices it was released
with) and from the officer's own calendar file for years the package does not know yet. The file is JSON:

    {"2027": {"holidays": ["2027-01-01", "2027-02-08"], "workdays": ["2027-02-20"]}}

``holidays`` are weekdays off; ``workdays`` are weekend days worked (调休上班). A year known to neither is
answered Monday to Friday but never silently: the year is recorded in ``guessed_years`` and
``take_warnings()`` returns a warning for it.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta

import chinese_calendar

from desktop.domain.errors import DomainError


class CalendarFileError(DomainError):
    pass


@dataclass(frozen=True)
class YearCalendar:
    holidays: frozenset[date]
    workdays: frozenset[date]


def parse_calendar_file(text: str, source: str) -> dict[int, YearCalendar]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise CalendarFileError(f"节假日文件 {source} 不是有效的 JSON：第 {exc.lineno} 行 {exc.msg}") from exc
    if not isinstance(data, dict):
        raise CalendarFileError(f"节假日文件 {source} 应为以年份为键的对象")
    years: dict[int, YearCalendar] = {}
    for key, entry in data.items():
        if not (isinstance(key, str) and key.isdigit() and len(key) == 4):
            raise CalendarFileError(f"节假日文件 {source}：键“{key}”应为四位年份")
        year = int(key)
        if not isinstance(entry, dict):
            raise CalendarFileError(f"节假日文件 {source}：{key} 应包含 holidays 和 workdays 列表")
        sets: dict[str, frozenset[date]] = {}
        for part in ("holidays", "workdays"):
            values = entry.get(part, [])
            if not isinstance(values, list):
                raise CalendarFileError(f"节假日文件 {source}：{key}.{part} 应为日期列表")
            days = set()
            for value in values:
                try:
                    day = date.fromisoformat(str(value))
                except ValueError as exc:
                    raise CalendarFileError(
                        f"节假日文件 {source}：{key}.{part} 中的“{value}”不是 YYYY-MM-DD 日期"
                    ) from exc
                if day.year != year:
                    raise CalendarFileError(
                        f"节假日文件 {source}：{key}.{part} 中的 {value} 不属于 {year} 年"
                    )
                days.add(day)
            sets[part] = frozenset(days)
        years[year] = YearCalendar(holidays=sets["holidays"], workdays=sets["workdays"])
    return years


def _package_year(year: int) -> YearCalendar | None:
    """The package's holidays and 调休 workdays for a year, or None where it does not know the year."""
    try:
        chinese_calendar.is_workday(date(year, 6, 1))
    except NotImplementedError:
        return None
    holidays = frozenset(d for d in chinese_calendar.holidays if d.year == year and d.weekday() < 5)
    workdays = frozenset(d for d in chinese_calendar.workdays if d.year == year and d.weekday() >= 5)
    return YearCalendar(holidays=holidays, workdays=workdays)


class WorkCalendar:
    def __init__(self, extra: Mapping[int, YearCalendar] | None = None) -> None:
        self._extra = dict(extra or {})
        self._years: dict[int, YearCalendar | None] = {}
        self.guessed_years: set[int] = set()

    def _year(self, year: int) -> YearCalendar | None:
        if year not in self._years:
            self._years[year] = self._extra.get(year) or _package_year(year)
        return self._years[year]

    def knows_year(self, year: int) -> bool:
        return self._year(year) is not None

    def is_workday(self, day: date) -> bool:
        cal = self._year(day.year)
        if cal is None:
            self.guessed_years.add(day.year)
            return day.weekday() < 5
        if day in cal.workdays:
            return True
        return day.weekday() < 5 and day not in cal.holidays

    def nth_working_day_after(self, start: date, n: int) -> date:
        """The n-th working day strictly after ``start`` (n = 0 gives ``start``)."""
        if n < 0:
            raise DomainError(f"工作日数不能为负数：{n}")
        day, left = start, n
        while left:
            day += timedelta(days=1)
            if self.is_workday(day):
                left -= 1
        return day

    def working_days_between(self, start: date, end: date) -> int:
        """Working days d with start < d <= end."""
        count, day = 0, start
        while day < end:
            day += timedelta(days=1)
            count += self.is_workday(day)
        return count

    @staticmethod
    def warning(years: Iterable[int]) -> str:
        listed = "、".join(str(y) for y in sorted(set(years)))
        return (
            f"日历不含 {listed} 年的法定节假日与调休安排，已按周一至周五推算，结果可能不准确；"
            "请在“设置”中导入该年的节假日文件。"
        )

    def take_warnings(self) -> list[str]:
        if not self.guessed_years:
            return []
        message = self.warning(self.guessed_years)
        self.guessed_years.clear()
        return [message]

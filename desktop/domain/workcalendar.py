"""The mainland working-day calendar: official holidays and adjusted working weekends (调休).

Years come from the ``chinese_calendar`` package (it knows the State Council notices it was released
with; 1.11.0 covers 2004-2026) and from the officer's own calendar file for years the package does not
know yet. A year in the file replaces the package's version of that year. The file is JSON:

    {"2027": {"holidays": ["2027-01-01", "2027-02-08"], "workdays": ["2027-02-20"]}}

* keys are four-digit years; each year needs a non-empty ``holidays`` list, ``workdays`` is optional;
* ``holidays``: days off that would otherwise be Monday-Friday working days (weekend days listed
  there are harmless, so a notice's whole range may be copied);
* ``workdays``: weekend days that are worked (调休上班);
* dates are ``YYYY-MM-DD`` strings of that year; a date may not be in both lists.

A year known to neither source is answered Monday to Friday but never silently: the year is recorded
in ``guessed_years`` and ``take_warnings()`` returns a warning naming it.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

import chinese_calendar

from desktop.domain.errors import DomainError

_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_PARTS = ("holidays", "workdays")


class CalendarFileError(DomainError):
    pass


@dataclass(frozen=True)
class YearCalendar:
    holidays: frozenset[date]  # weekdays off
    workdays: frozenset[date]  # weekend days worked


def _parse_day(value: object, year: int, where: str, source: str) -> date:
    day: date | None = None
    if isinstance(value, str) and _ISO_DAY.fullmatch(value):
        try:
            day = date.fromisoformat(value)
        except ValueError:
            day = None
    if day is None:
        raise CalendarFileError(
            f"节假日文件 {source}：{where} 中的“{value}”不是 YYYY-MM-DD 格式的真实日期",
            en=f"Holiday file {source}: “{value}” in {where} is not a real date as YYYY-MM-DD",
        )
    if day.year != year:
        raise CalendarFileError(
            f"节假日文件 {source}：{where} 中的 {value} 不属于 {year} 年",
            en=f"Holiday file {source}: {value} in {where} is not in the year {year}",
        )
    return day


def _parse_year(key: str, entry: object, source: str) -> YearCalendar:
    year = int(key)
    if not isinstance(entry, dict):
        raise CalendarFileError(
            f"节假日文件 {source}：{key} 年的内容应为包含 holidays 和 workdays 的对象",
            en=f"Holiday file {source}: the year {key} should be an object with holidays and workdays",
        )
    for part in entry:
        if part not in _PARTS:
            raise CalendarFileError(
                f"节假日文件 {source}：{key} 年中的“{part}”无法识别，只能是 holidays 或 workdays",
                en=f"Holiday file {source}: “{part}” in the year {key} is not recognised; only holidays or workdays",
            )
    if not entry.get("holidays"):
        raise CalendarFileError(
            f"节假日文件 {source}：{key} 年缺少 holidays（该年的法定节假日），不能导入空的年份",
            en=f"Holiday file {source}: the year {key} has no holidays (its public holidays); an empty year cannot be imported",
        )
    sets: dict[str, frozenset[date]] = {}
    for part in _PARTS:
        values = entry.get(part, [])
        if not isinstance(values, list):
            raise CalendarFileError(
                f"节假日文件 {source}：{key}.{part} 应为日期列表",
                en=f"Holiday file {source}: {key}.{part} should be a list of dates",
            )
        sets[part] = frozenset(_parse_day(v, year, f"{key}.{part}", source) for v in values)
    both = sets["holidays"] & sets["workdays"]
    if both:
        raise CalendarFileError(
            f"节假日文件 {source}：{key} 年的 {min(both)} 同时列在 holidays 和 workdays 中",
            en=f"Holiday file {source}: {min(both)} in the year {key} is listed in both holidays and workdays",
        )
    return YearCalendar(holidays=sets["holidays"], workdays=sets["workdays"])


def parse_calendar_file(text: str, source: str) -> dict[int, YearCalendar]:
    """Read a user calendar file; ``source`` names the file in every error message."""

    def unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        seen: dict[str, Any] = {}
        for key, value in pairs:
            if key in seen:
                raise CalendarFileError(
                    f"节假日文件 {source}：键“{key}”出现了两次",
                    en=f"Holiday file {source}: the key “{key}” appears twice",
                )
            seen[key] = value
        return seen

    try:
        data = json.loads(text, object_pairs_hook=unique_keys)
    except json.JSONDecodeError as exc:
        raise CalendarFileError(
            f"节假日文件 {source} 不是有效的 JSON：第 {exc.lineno} 行第 {exc.colno} 列附近有格式错误",
            en=f"Holiday file {source} is not valid JSON: a format error near line {exc.lineno}, column {exc.colno}",
        ) from exc
    if not isinstance(data, dict):
        raise CalendarFileError(
            f'节假日文件 {source} 应为以年份为键的对象，例如 {{"2027": {{"holidays": [...]}}}}',
            en=f'Holiday file {source} should be an object keyed by year, e.g. {{"2027": {{"holidays": [...]}}}}',
        )
    years: dict[int, YearCalendar] = {}
    for key, entry in data.items():
        if not (len(key) == 4 and key.isascii() and key.isdigit() and 1900 <= int(key) <= 2999):
            raise CalendarFileError(
                f'节假日文件 {source}：键“{key}”应为四位年份，例如 "2027"',
                en=f'Holiday file {source}: the key “{key}” should be a four-digit year, e.g. "2027"',
            )
        years[int(key)] = _parse_year(key, entry, source)
    return years


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


class WorkCalendar:
    """Working days from the package and user years, cached per year so is_workday is O(1)."""

    def __init__(self, extra: Mapping[int, YearCalendar] | None = None) -> None:
        self._extra = dict(extra or {})
        self._years: dict[int, YearCalendar | None] = {}
        self.guessed_years: set[int] = set()

    def _year(self, year: int) -> YearCalendar | None:
        if year not in self._years:
            self._years[year] = self._extra[year] if year in self._extra else _package_year(year)
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
    def warning(years: Iterable[int]) -> str:
        listed = "、".join(str(y) for y in sorted(set(years)))
        return (
            f"日历不含 {listed} 年的法定节假日与调休安排，已按周一至周五推算，结果可能不准确；"
            "请在“设置”中导入该年的节假日文件。"
        )

    def take_warnings(self) -> list[str]:
        """Warnings for the years answered by guesswork since the last call; clears them."""
        if not self.guessed_years:
            return []
        message = self.warning(self.guessed_years)
        self.guessed_years.clear()
        return [message]

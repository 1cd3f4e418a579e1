"""The officer's own calendar file (``calendar.json``): reading it strictly, writing it back.

The format is described in ``desktop/domain/workcalendar.py``; every error names the file, the year and
the value, so a hand-edited file that went wrong can be put right.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from desktop.domain.errors import DomainError

_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_PARTS = ("holidays", "workdays")
_KEYS = (*_PARTS, "source")


class CalendarFileError(DomainError):
    pass


@dataclass(frozen=True)
class YearCalendar:
    holidays: frozenset[date]  # days off (weekend days inside a notice's range may be listed too)
    workdays: frozenset[date]  # weekend days worked
    source: str = ""  # the notice the year was imported from, when known

    def is_workday(self, day: date) -> bool:
        """The year's own answer for a day, without any other source."""
        if day in self.workdays:
            return True
        return day.weekday() < 5 and day not in self.holidays

    def to_json(self) -> dict[str, Any]:
        entry: dict[str, Any] = {
            "holidays": sorted(d.isoformat() for d in self.holidays),
            "workdays": sorted(d.isoformat() for d in self.workdays),
        }
        if self.source:
            entry["source"] = self.source
        return entry


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
    if day.year != year and not (day.year == year - 1 and day.month == 12):
        raise CalendarFileError(
            f"节假日文件 {source}：{where} 中的 {value} 不属于 {year} 年（也不在上一年 12 月）",
            en=f"Holiday file {source}: {value} in {where} is not in the year {year} (nor the December before)",
        )
    return day


def _check_entry(key: str, entry: object, source: str) -> dict[str, Any]:
    if not isinstance(entry, dict):
        raise CalendarFileError(
            f"节假日文件 {source}：{key} 年的内容应为包含 holidays 和 workdays 的对象",
            en=f"Holiday file {source}: the year {key} should be an object with holidays and workdays",
        )
    for part in entry:
        if part not in _KEYS:
            raise CalendarFileError(
                f"节假日文件 {source}：{key} 年中的“{part}”无法识别，只能是 holidays、workdays 或 source",
                en=f"Holiday file {source}: “{part}” in the year {key} is not recognised; only holidays, workdays or source",
            )
    if not entry.get("holidays"):
        raise CalendarFileError(
            f"节假日文件 {source}：{key} 年缺少 holidays（该年的法定节假日），不能导入空的年份",
            en=f"Holiday file {source}: the year {key} has no holidays (its public holidays); an empty year cannot be imported",
        )
    if not isinstance(entry.get("source", ""), str):
        raise CalendarFileError(
            f"节假日文件 {source}：{key}.source 应为文字",
            en=f"Holiday file {source}: {key}.source should be text",
        )
    return entry


def _parse_year(key: str, entry: object, source: str) -> YearCalendar:
    year = int(key)
    checked = _check_entry(key, entry, source)
    sets: dict[str, frozenset[date]] = {}
    for part in _PARTS:
        values = checked.get(part, [])
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
    return YearCalendar(
        holidays=sets["holidays"], workdays=sets["workdays"], source=checked.get("source", "")
    )


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


def calendar_file_text(years: Mapping[int, YearCalendar]) -> str:
    """The file's text for these years (sorted, one date a line), readable by ``parse_calendar_file``."""
    data = {str(year): years[year].to_json() for year in sorted(years)}
    return json.dumps(data, ensure_ascii=False, indent=1) + "\n"

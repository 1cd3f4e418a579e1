"""Reading the State Council's yearly holiday notice (国务院办公厅关于 YYYY 年部分节假日安排的通知).

The notice names every date, item by item ("一、元旦：1月1日（周四）至3日（周六）放假调休，共3天。1月4日
（周日）上班。"), so no lunar arithmetic is needed: a clause with 放假 or 补休 gives days off (the whole
range, weekend days inside it included, nothing added for "与周末连休"), a clause with 上班 gives worked
days. A range or 上班 day in the previous December is written with its full date and kept as given.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from desktop.domain.errors import DomainError, Message

WEEKDAYS = "一二三四五六日"
_WEEKDAY_EN = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
# After NFKC: full-width digits, brackets and punctuation are ASCII; 、 and 。 stay.
_DATE = re.compile(
    r"(?:(?P<y>\d{4})\s*年\s*)?(?:(?P<m>\d{1,2})\s*月\s*)?(?P<d>\d{1,2})\s*日(?:\s*\((?P<note>[^()]{0,30})\))?"
)
_MARK = re.compile(r"\x00(\d+)\x00")
_RANGE_JOIN = re.compile(r"\s*(?:至|到|—|-|~)\s*")
_ITEM = re.compile(r"(?:^|(?<=[。\n\s]))([一二三四五六七八九十]{1,3})\s*、\s*([^:\n。]{1,20}?)\s*:")
_STATED_DAYS = re.compile(r"(?:共|放假)\s*(\d{1,2})\s*天")
_WEEKDAY_NOTE = re.compile(r"(?:周|星期|礼拜)([一二三四五六日天])")
_YEAR_PATTERNS = (
    re.compile(r"现将\s*(\d{4})\s*年"),
    re.compile(r"(\d{4})\s*年\s*部分节假日安排"),
    re.compile(r"(\d{4})\s*年\s*(?:元旦|春节)"),
)


class NoticeError(DomainError):
    """The text is not a holiday notice the app can read, or contradicts itself."""


@dataclass(frozen=True)
class NoticeItem:
    """One numbered item of the notice: a holiday's days off (ranges as given) and its worked days."""

    name: str
    off: tuple[tuple[date, date], ...]
    worked: tuple[date, ...]

    @property
    def off_days(self) -> list[date]:
        return [d for first, last in self.off for d in _days(first, last)]


@dataclass(frozen=True)
class HolidayNotice:
    year: int
    items: tuple[NoticeItem, ...]
    warnings: tuple[Message, ...] = ()

    @property
    def holidays(self) -> list[date]:
        return sorted({d for item in self.items for d in item.off_days})

    @property
    def workdays(self) -> list[date]:
        return sorted({d for item in self.items for d in item.worked})

    def to_json(self) -> dict[str, Any]:
        return {
            "year": self.year,
            "holidays": [d.isoformat() for d in self.holidays],
            "workdays": [d.isoformat() for d in self.workdays],
        }


@dataclass(frozen=True)
class _Token:
    day: date
    explicit_year: bool
    weekday_note: int | None  # 0 = Monday, as stated in the brackets after the date


def _days(first: date, last: date) -> list[date]:
    return [first + timedelta(days=i) for i in range((last - first).days + 1)]


def _notice_year(text: str) -> int:
    for pattern in _YEAR_PATTERNS:
        found = pattern.search(text)
        if found:
            return int(found.group(1))
    raise NoticeError(
        "找不到通知所属的年份：请连同标题（国务院办公厅关于××××年部分节假日安排的通知）或首段"
        "（现将××××年元旦、春节……的具体安排通知如下）一起粘贴，或指定年份",
        en="The notice's year cannot be found: paste it with its title (国务院办公厅关于××××年部分节假日安排的通知) "
        "or its first paragraph (现将××××年元旦、春节……), or give the year",
    )


def _given_year(text: str, year: int | None) -> int:
    if year is None:
        return _notice_year(text)
    try:
        stated = _notice_year(text)
    except NoticeError:
        return year
    if stated != year:
        raise NoticeError(
            f"这是 {stated} 年的通知，不是 {year} 年的", en=f"This is the notice for {stated}, not for {year}"
        )
    return year


def _items(text: str) -> list[tuple[str, str]]:
    """(name, body) per numbered item; a text without numbered items is one item without a name."""
    heads = list(_ITEM.finditer(text))
    if not heads:
        return [("", text)]
    bodies = []
    for i, head in enumerate(heads):
        end = heads[i + 1].start() if i + 1 < len(heads) else len(text)
        bodies.append((head.group(2).strip(), text[head.end() : end]))
    return bodies


def _weekday_of(note: str | None) -> int | None:
    found = _WEEKDAY_NOTE.search(note or "")
    if not found:
        return None
    return 6 if found.group(1) == "天" else WEEKDAYS.index(found.group(1))


def _tokens(body: str, year: int, name: str) -> tuple[str, list[_Token]]:
    """The body with each date replaced by a marker, and the dates; year and month carry forward."""
    tokens: list[_Token] = []
    current_year, current_month = year, None

    def replace(match: re.Match[str]) -> str:
        nonlocal current_year, current_month
        if match.group("y"):
            current_year = int(match.group("y"))
        if match.group("m"):
            current_month = int(match.group("m"))
        if current_month is None:
            return match.group(0)  # a bare "N日" before any month: not a date of the arrangement
        try:
            day = date(current_year, current_month, int(match.group("d")))
        except ValueError as exc:
            text = match.group(0)
            raise NoticeError(
                f"通知“{name}”中的“{text}”不是真实的日期",
                en=f"“{text}” in the notice's item “{name}” is not a real date",
            ) from exc
        tokens.append(_Token(day, bool(match.group("y")), _weekday_of(match.group("note"))))
        return f"\x00{len(tokens) - 1}\x00"

    return _DATE.sub(replace, body), tokens


def _check_weekday(token: _Token, name: str) -> None:
    if token.weekday_note is not None and token.weekday_note != token.day.weekday():
        stated, actual = WEEKDAYS[token.weekday_note], WEEKDAYS[token.day.weekday()]
        raise NoticeError(
            f"通知“{name}”中 {token.day.isoformat()} 标注为周{stated}，但这一天是周{actual}：年份是否正确？",
            en=f"In the notice's item “{name}”, {token.day.isoformat()} is marked {_WEEKDAY_EN[token.weekday_note]} "
            f"but that day is a {_WEEKDAY_EN[token.day.weekday()]}: is the year right?",
        )


def _clause_dates(clause: str, tokens: list[_Token], year: int) -> list[tuple[date, date]]:
    """The clause's dates as ranges (a single day is a range of one); "12月31日至1月2日" without years
    starts in the previous December."""
    marks = list(_MARK.finditer(clause))
    ranges: list[tuple[date, date]] = []
    i = 0
    while i < len(marks):
        first = tokens[int(marks[i].group(1))]
        joined = i + 1 < len(marks) and _RANGE_JOIN.fullmatch(clause[marks[i].end() : marks[i + 1].start()])
        if joined:
            last = tokens[int(marks[i + 1].group(1))]
            start = first.day
            if last.day < start and not first.explicit_year and start.month == 12:
                start = start.replace(year=year - 1)
            ranges.append((start, last.day))
            i += 2
        else:
            ranges.append((first.day, first.day))
            i += 1
    return ranges


def _parse_item(name: str, body: str, year: int) -> NoticeItem:
    marked, tokens = _tokens(body, year, name)
    for token in tokens:
        _check_weekday(token, name)
    off: list[tuple[date, date]] = []
    worked: list[date] = []
    for clause in re.split(r"[。;,\n]", marked):
        ranges = _clause_dates(clause, tokens, year)
        plain = _MARK.sub("", clause)
        if ranges and "上班" in plain:
            worked += [d for first, last in ranges for d in _days(first, last)]
        elif ranges and ("放假" in plain or "补休" in plain):
            off += ranges
        stated = _STATED_DAYS.search(plain)
        if stated and off:
            _check_stated_days(name, off[-1], int(stated.group(1)))
    for first, last in off:
        if last < first:
            raise NoticeError(
                f"通知“{name}”中的放假日期 {first.isoformat()} 至 {last.isoformat()} 前后颠倒",
                en=f"The days off {first.isoformat()} to {last.isoformat()} in the notice's item “{name}” are in the wrong order",
            )
    return NoticeItem(name=name, off=tuple(off), worked=tuple(worked))


def _check_stated_days(name: str, span: tuple[date, date], stated: int) -> None:
    counted = (span[1] - span[0]).days + 1
    if counted != stated:
        raise NoticeError(
            f"通知“{name}”写明共 {stated} 天，但 {span[0].isoformat()} 至 {span[1].isoformat()} 是 {counted} 天：请核对粘贴的文字",
            en=f"The notice's item “{name}” states {stated} days, but {span[0].isoformat()} to {span[1].isoformat()} "
            f"is {counted} days: check the text pasted",
        )


def _check_whole(notice: HolidayNotice) -> list[Message]:
    """Errors for a notice that cannot be right; warnings (returned) for what is merely unusual."""
    if not notice.holidays:
        raise NoticeError(
            f"在 {notice.year} 年的通知中没有找到放假安排（如“1月1日至3日放假调休，共3天”）",
            en=f"No days off were found in the {notice.year} notice (such as “1月1日至3日放假调休，共3天”)",
        )
    first_allowed = date(notice.year - 1, 12, 1)
    for day in notice.holidays + notice.workdays:
        if not first_allowed <= day <= date(notice.year, 12, 31):
            raise NoticeError(
                f"{notice.year} 年的通知中出现了 {day.isoformat()}，不在该年（或上一年 12 月）之内",
                en=f"The {notice.year} notice names {day.isoformat()}, which is not in that year (or the December before)",
            )
    both = sorted(set(notice.holidays) & set(notice.workdays))
    if both:
        raise NoticeError(
            f"{both[0].isoformat()} 在通知中既是放假日又是上班日",
            en=f"{both[0].isoformat()} is both a day off and a working day in the notice",
        )
    return [
        Message(
            f"{day.isoformat()}（周{WEEKDAYS[day.weekday()]}）本来就是工作日，通知仍写明上班",
            f"{day.isoformat()} ({_WEEKDAY_EN[day.weekday()]}) is a working day anyway; the notice still names it",
        )
        for day in notice.workdays
        if day.weekday() < 5
    ]


def parse_notice(text: str, year: int | None = None) -> HolidayNotice:
    """The holidays and worked weekends of a notice's text (pasted, or read from a saved page); ``year``
    for a text pasted without its title (a text that names another year is refused)."""
    normal = unicodedata.normalize("NFKC", text).replace("\r\n", "\n").replace("\r", "\n")
    stated_year = _given_year(normal, year)
    items = tuple(
        item
        for name, body in _items(normal)
        if (item := _parse_item(name, body, stated_year)).off or item.worked
    )
    notice = HolidayNotice(year=stated_year, items=items)
    warnings = _check_whole(notice)
    return HolidayNotice(year=stated_year, items=items, warnings=tuple(warnings))

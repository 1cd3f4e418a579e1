"""Dates of the programme's work: parsing typed dates and months, and the periods figures are counted over
(a month, a quarter, a year, the programme to date) with the earlier periods they are compared with."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from enum import Enum

from desktop.domain.errors import DomainError


def parse_iso_date(text: str, what: str = "日期", what_en: str = "Date") -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError as exc:
        raise DomainError(
            f"{what}“{text}”无效，应为 YYYY-MM-DD 格式的真实日期",
            en=f"{what_en} “{text}” is not valid: give a real date as YYYY-MM-DD",
        ) from exc


def parse_month(text: str) -> tuple[int, int]:
    """'2026-03' -> (2026, 3)."""
    parts = text.strip().split("-")
    if len(parts) == 2 and parts[0].isdigit() and parts[1].isdigit():
        year, month = int(parts[0]), int(parts[1])
        if 1900 <= year <= 2999 and 1 <= month <= 12:
            return year, month
    raise DomainError(
        f"月份“{text}”无效，应为 YYYY-MM 格式，例如 2026-03",
        en=f"Month “{text}” is not valid: give it as YYYY-MM, e.g. 2026-03",
    )


def month_key(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def month_bounds(year: int, month: int) -> tuple[date, date]:
    """The first and last day of a month."""
    start = date(year, month, 1)
    nxt = date(year + month // 12, month % 12 + 1, 1)
    return start, nxt - timedelta(days=1)


def quarter_bounds(year: int, quarter: int) -> tuple[date, date]:
    if quarter not in (1, 2, 3, 4):
        raise DomainError(
            f"季度应为 1 到 4，实为 {quarter}", en=f"The quarter should be 1 to 4, not {quarter}"
        )
    return date(year, 3 * quarter - 2, 1), month_bounds(year, 3 * quarter)[1]


def add_months(day: date, months: int) -> date:
    """The same day ``months`` later (earlier when negative), the month's last day where it is shorter."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    return date(year, month + 1, min(day.day, month_bounds(year, month + 1)[1].day))


def add_years(day: date, years: int) -> date:
    return add_months(day, 12 * years)


class PeriodKind(str, Enum):
    MONTH = "month"
    QUARTER = "quarter"
    YEAR = "year"
    PROGRAMME = "programme"  # the programme to date


@dataclass(frozen=True)
class Period:
    """A stretch of business days figures are counted over, both ends included."""

    kind: PeriodKind
    start: date
    end: date

    @property
    def key(self) -> str:
        """``2026-03``, ``2026-Q1``, ``2026`` or ``2022-12-01..2025-12-31`` (the programme to date)."""
        if self.kind is PeriodKind.MONTH:
            return month_key(self.start.year, self.start.month)
        if self.kind is PeriodKind.QUARTER:
            return f"{self.start.year}-Q{(self.start.month + 2) // 3}"
        if self.kind is PeriodKind.YEAR:
            return str(self.start.year)
        return f"{self.start.isoformat()}..{self.end.isoformat()}"

    @property
    def label_zh(self) -> str:
        if self.kind is PeriodKind.MONTH:
            return f"{self.start.year}年{self.start.month}月"
        if self.kind is PeriodKind.QUARTER:
            return f"{self.start.year}年第{(self.start.month + 2) // 3}季度"
        if self.kind is PeriodKind.YEAR:
            return f"{self.start.year}年"
        return f"项目以来（{self.start.isoformat()} 至 {self.end.isoformat()}）"

    @property
    def label_en(self) -> str:
        if self.kind is PeriodKind.MONTH:
            return self.start.strftime("%B %Y")
        if self.kind is PeriodKind.QUARTER:
            return f"Q{(self.start.month + 2) // 3} {self.start.year}"
        if self.kind is PeriodKind.YEAR:
            return str(self.start.year)
        return f"Programme to date ({self.start.isoformat()} to {self.end.isoformat()})"

    def label(self, language: str | None) -> str:
        return self.label_en if (language or "").lower().startswith("en") else self.label_zh

    def contains(self, day: date) -> bool:
        return self.start <= day <= self.end


def month_period(year: int, month: int) -> Period:
    return Period(PeriodKind.MONTH, *month_bounds(year, month))


def quarter_period(year: int, quarter: int) -> Period:
    return Period(PeriodKind.QUARTER, *quarter_bounds(year, quarter))


def year_period(year: int) -> Period:
    return Period(PeriodKind.YEAR, date(year, 1, 1), date(year, 12, 31))


def programme_period(start: date, end: date) -> Period:
    if end < start:
        raise DomainError(
            f"统计期间的结束日 {end.isoformat()} 早于开始日 {start.isoformat()}",
            en=f"The period ends on {end.isoformat()}, before it starts on {start.isoformat()}",
        )
    return Period(PeriodKind.PROGRAMME, start, end)


def previous_period(period: Period) -> Period | None:
    """The period just before (环比: the month or quarter before); None for a year or the programme."""
    if period.kind is PeriodKind.MONTH:
        before = period.start - timedelta(days=1)
        return month_period(before.year, before.month)
    if period.kind is PeriodKind.QUARTER:
        before = period.start - timedelta(days=1)
        return quarter_period(before.year, (before.month + 2) // 3)
    return None


def year_ago(period: Period) -> Period | None:
    """The same period a year earlier (同比); None for the programme to date."""
    if period.kind is PeriodKind.PROGRAMME:
        return None
    return Period(
        period.kind,
        add_years(period.start, -1),
        add_years(period.end + timedelta(days=1), -1) - timedelta(days=1),
    )


def months_of(period: Period) -> list[Period]:
    """The calendar months a period spans, in order (its first and last may be partial for the programme)."""
    months, day = [], date(period.start.year, period.start.month, 1)
    while day <= period.end:
        months.append(month_period(day.year, day.month))
        day = add_months(day, 1)
    return months


def quarter_of(day: date) -> int:
    return (day.month + 2) // 3

"""The calendar's state on a day: which years it knows, and whether the year officers need next is missing.

The State Council publishes the next year's arrangement each November, so from 1 November a missing next
year is worth saying (deadlines of late December run into it); a missing current year always is.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from desktop.domain.errors import Message
from desktop.domain.workcalendar import NOTICE, WorkCalendar, builtin_years

REMIND_FROM_MONTH = 11


@dataclass(frozen=True)
class CalendarState:
    today: date
    builtin_years: tuple[int, ...]
    notice_years: tuple[int, ...]  # years from the officer's calendar (imported notices)
    missing_year: int | None  # the year that should be known by now and is not

    @property
    def known_years(self) -> tuple[int, ...]:
        return tuple(sorted(set(self.builtin_years) | set(self.notice_years)))

    @property
    def needs_notice(self) -> bool:
        return self.missing_year is not None

    @property
    def years_text(self) -> Message:
        """“2004–2026 年（内置）；2027 年（导入的通知）”."""
        parts_zh, parts_en = [], []
        if self.builtin_years:
            span = f"{self.builtin_years[0]}–{self.builtin_years[-1]}"
            parts_zh.append(f"{span} 年（内置）")
            parts_en.append(f"{span} (built in)")
        if self.notice_years:
            listed = "、".join(str(y) for y in self.notice_years)
            parts_zh.append(f"{listed} 年（导入的通知）")
            parts_en.append(f"{', '.join(str(y) for y in self.notice_years)} (imported notices)")
        return Message("；".join(parts_zh) or "无", "; ".join(parts_en) or "none")

    @property
    def short_text(self) -> Message:
        """A few words for the status bar."""
        if self.missing_year is None:
            last = self.known_years[-1] if self.known_years else self.today.year
            return Message(f"节假日已知至 {last} 年", f"Holidays known to {last}")
        year = self.missing_year
        return Message(f"⚠ 尚无 {year} 年节假日安排", f"⚠ No {year} holiday arrangement yet")

    @property
    def message(self) -> Message:
        """What the officer should know and do; empty when nothing is missing."""
        if self.missing_year is None:
            return Message("", "")
        year = self.missing_year
        return Message(
            f"日历还没有 {year} 年的节假日安排：计入 {year} 年的“211”等时限暂按周一至周五推算，并标为“日历未知”。"
            f"国务院办公厅《关于{year}年部分节假日安排的通知》发布后，请在“设置 → 节假日”中导入。",
            f"The calendar does not have the {year} holiday arrangement yet: deadlines that run into {year} are "
            "counted Monday to Friday for now and marked “calendar not known yet”. Import the State Council's "
            "notice in Settings → Holidays once it is published.",
        )


def calendar_state(calendar: WorkCalendar, today: date) -> CalendarState:
    if not calendar.knows_year(today.year):
        missing: int | None = today.year
    elif today.month >= REMIND_FROM_MONTH and not calendar.knows_year(today.year + 1):
        missing = today.year + 1
    else:
        missing = None
    notice_years = tuple(sorted(y for y in calendar.user_years() if calendar.source(y) == NOTICE))
    return CalendarState(today, builtin_years(), notice_years, missing)

"""The working-day calendar of the workspace: deadlines with their warnings for unknown years, the
State Council's holiday notice read and saved into the officer's calendar (``calendar.json``), and the
calendar's state today for 待办 and the status bar."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from desktop.domain.calendar_state import CalendarState
from desktop.domain.calendar_state import calendar_state as _state_of
from desktop.domain.errors import DomainError, Message
from desktop.domain.holiday_notice import HolidayNotice, parse_notice
from desktop.domain.workcalendar import (
    DayDifference,
    WorkCalendar,
    YearCalendar,
    YearListing,
    calendar_file_text,
    parse_calendar_file,
)
from desktop.exchange.notice_file import read_notice_file
from desktop.services.workspace import CALENDAR_FILE, Workspace
from desktop.store.atomic_file import atomic_output
from desktop.store.audit import append_audit

PASTED = "粘贴的通知文字"


@dataclass(frozen=True)
class Deadline:
    due: date
    warnings: list[Message]


def deadline(ws: Workspace, start: date, workdays: int) -> Deadline:
    return deadline_on(ws.calendar, start, workdays)


def deadline_on(calendar: WorkCalendar, start: date, workdays: int) -> Deadline:
    """The same on a calendar alone (the CLI's ``deadline`` needs no database)."""
    if workdays < 0:
        raise DomainError(
            f"工作日数不能为负数：{workdays}", en=f"The number of working days cannot be negative: {workdays}"
        )
    calendar.take_warnings()
    due = calendar.nth_working_day_after(start, workdays)
    return Deadline(due=due, warnings=calendar.take_warnings())


def calendar_state(ws: Workspace, today: date) -> CalendarState:
    """The calendar's state today: the years it knows, and the year it should know and does not (from
    1 November the next one). 待办 and the status bar both ask this."""
    return _state_of(ws.calendar, today)


@dataclass(frozen=True)
class NoticePreview:
    """A parsed notice before it is saved, with what it would change."""

    notice: HolidayNotice
    source_name: str  # the file's name, or PASTED
    current_source: str | None  # where the calendar has this year from now: BUILT_IN, NOTICE or None
    differences: list[DayDifference]  # days the notice answers otherwise than the calendar does now

    @property
    def year(self) -> int:
        return self.notice.year

    def year_calendar(self, on: date) -> YearCalendar:
        return YearCalendar(
            holidays=frozenset(self.notice.holidays),
            workdays=frozenset(self.notice.workdays),
            source=f"{self.source_name}（{on.isoformat()} 导入）",
        )


def preview_notice(
    ws: Workspace, text: str, source_name: str = PASTED, year: int | None = None
) -> NoticePreview:
    """The notice's year, days off and worked days, compared with what the calendar has for that year;
    ``year`` when the text lacks its title."""
    notice = parse_notice(text, year)
    new = YearCalendar(frozenset(notice.holidays), frozenset(notice.workdays))
    return NoticePreview(
        notice=notice,
        source_name=source_name,
        current_source=ws.calendar.source(notice.year),
        differences=ws.calendar.differences(notice.year, new),
    )


def notice_text(path: Path) -> str:
    """The words of a saved notice (.txt, or a web page without its tags), to show before parsing."""
    return read_notice_file(path)


def preview_notice_file(ws: Workspace, path: Path, year: int | None = None) -> NoticePreview:
    return preview_notice(ws, notice_text(path), path.name, year)


def _user_file(ws: Workspace) -> Path:
    return ws.data_dir / CALENDAR_FILE


def _stored_years(ws: Workspace) -> dict[int, YearCalendar]:
    """The calendar file as it is on disk now (an unreadable file is an error, never overwritten)."""
    path = _user_file(ws)
    if not path.exists():
        return {}
    return parse_calendar_file(path.read_text(encoding="utf-8"), str(path))


def save_notice(ws: Workspace, preview: NoticePreview, on: date | None = None) -> YearListing:
    """Save the notice's year into the officer's calendar (replacing an earlier import of that year),
    audited; the workspace's calendar uses it at once."""
    years = _stored_years(ws)
    year = preview.year
    entry = preview.year_calendar(on or date.today())
    old = years.get(year)
    years[year] = entry
    with ws.db.write() as session:
        append_audit(
            session,
            actor=ws.actor,
            action="calendar.import_notice",
            entity="calendar",
            entity_id=year,
            summary=f"导入 {year} 年节假日安排（{preview.source_name}）：放假 {len(entry.holidays)} 天，"
            f"调休上班 {len(entry.workdays)} 天"
            + (f"，与原有日历有 {len(preview.differences)} 天不同" if preview.differences else ""),
            old=old.to_json() if old else None,
            new=entry.to_json(),
        )
        with atomic_output(_user_file(ws)) as temp:  # inside the transaction: a failed write audits nothing
            temp.write_text(calendar_file_text(years), encoding="utf-8")
    ws.calendar.replace_user_years(years)
    listing = ws.calendar.listing(year)
    assert listing is not None
    return listing


def year_listing(ws: Workspace, year: int) -> YearListing:
    listing = ws.calendar.listing(year)
    if listing is None:
        raise DomainError(
            f"日历还不知道 {year} 年的节假日安排；国务院办公厅的通知发布后，用 calendar import-notice 或"
            "“设置 → 节假日”导入",
            en=f"The calendar does not know the {year} holiday arrangement yet; import the State Council's "
            "notice with calendar import-notice or in Settings → Holidays once it is published",
        )
    return listing


def calendar_years(ws: Workspace) -> list[tuple[int, str]]:
    """Every year the calendar knows, with its source (BUILT_IN or NOTICE)."""
    state = calendar_state(ws, date.today())
    return [(year, ws.calendar.source(year) or "") for year in state.known_years]

"""The holiday notice into the officer's calendar: preview, side-by-side differences, the audited save, the
year taking over at once and after a restart, and the 2027-crossing deadlines with and without it."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop.domain.calendar_file import CalendarFileError
from desktop.domain.workcalendar import BUILT_IN, NOTICE
from desktop.services.calendar import (
    calendar_state,
    calendar_years,
    preview_notice,
    preview_notice_file,
    save_notice,
    year_listing,
)
from desktop.services.demands import add_demand, firm_demands, record_acceptance
from desktop.services.todo import todo
from desktop.services.workspace import CALENDAR_FILE, Workspace, open_workspace
from desktop.store.models import AuditEntry
from tests.domain.notices import NOTICE_2020, NOTICE_2026, NOTICE_2027
from tests.factories import add_firm
from tests.keyring_backend import InMemoryKeyring

D = date.fromisoformat
TODAY = D("2026-12-03")


def test_preview_of_an_unknown_year_then_save(workspace: Workspace) -> None:
    preview = preview_notice(workspace, NOTICE_2027)
    assert preview.year == 2027 and preview.current_source is None and preview.differences == []
    assert not (workspace.data_dir / CALENDAR_FILE).exists()  # a preview saves nothing
    listing = save_notice(workspace, preview, TODAY)
    assert listing.source == NOTICE and listing.holidays == preview.notice.holidays
    stored = json.loads((workspace.data_dir / CALENDAR_FILE).read_text(encoding="utf-8"))
    assert stored["2027"]["workdays"][0] == "2027-02-14"
    assert stored["2027"]["source"] == "粘贴的通知文字（2026-12-03 导入）"
    with workspace.db.session() as session:
        entry = session.scalars(select(AuditEntry).order_by(AuditEntry.id.desc())).first()
    assert entry is not None and entry.action == "calendar.import_notice" and entry.entity_id == "2027"
    assert entry.old is None and entry.new["holidays"][0] == "2027-01-01"
    assert "放假 31 天，调休上班 7 天" in entry.summary


def test_a_notice_that_contradicts_the_built_in_year_is_shown_then_takes_over(workspace: Workspace) -> None:
    preview = preview_notice(workspace, NOTICE_2020)
    assert preview.current_source == BUILT_IN
    assert [(d.day, d.new_worked, d.current_worked) for d in preview.differences] == [
        (D("2020-01-31"), True, False),
        (D("2020-02-01"), True, False),
    ]
    assert not workspace.calendar.is_workday(D("2020-01-31"))
    save_notice(workspace, preview, TODAY)
    assert workspace.calendar.is_workday(D("2020-01-31"))  # the user year overrides the built-in one
    assert year_listing(workspace, 2020).source == NOTICE
    assert preview_notice(workspace, NOTICE_2020).differences == []  # now it agrees with itself


def test_a_matching_built_in_year_shows_no_difference(workspace: Workspace) -> None:
    preview = preview_notice(workspace, NOTICE_2026)
    assert preview.current_source == BUILT_IN and preview.differences == []


def test_reimport_replaces_the_year_and_audits_the_old_one(workspace: Workspace) -> None:
    save_notice(workspace, preview_notice(workspace, NOTICE_2027), TODAY)
    corrected = NOTICE_2027.replace("9月18日（周六）上班。", "")
    preview = preview_notice(workspace, corrected, "更正.txt")
    assert preview.current_source == NOTICE
    assert [(d.day, d.new_worked) for d in preview.differences] == [(D("2027-09-18"), False)]
    save_notice(workspace, preview, TODAY)
    assert not workspace.calendar.is_workday(D("2027-09-18"))
    with workspace.db.session() as session:
        entry = session.scalars(select(AuditEntry).order_by(AuditEntry.id.desc())).first()
    assert entry is not None and "2027-09-18" in entry.old["workdays"]
    assert "2027-09-18" not in entry.new["workdays"] and "与原有日历有 1 天不同" in entry.summary


def test_the_saved_year_is_there_after_a_restart(
    workspace: Workspace, data_dir: Path, memory_keyring: InMemoryKeyring
) -> None:
    save_notice(workspace, preview_notice(workspace, NOTICE_2027), TODAY)
    again = open_workspace(data_dir, keyring_backend=memory_keyring, environ={})
    try:
        assert again.calendar.knows_year(2027) and again.calendar.is_workday(D("2027-02-14"))
        assert (2027, NOTICE) in calendar_years(again) and (2026, BUILT_IN) in calendar_years(again)
    finally:
        again.close()


def test_an_unreadable_calendar_file_is_never_overwritten(workspace: Workspace) -> None:
    path = workspace.data_dir / CALENDAR_FILE
    path.write_text('{"2027": {"holidays": ["2027-02-30"]}}', encoding="utf-8")
    with pytest.raises(CalendarFileError):
        save_notice(workspace, preview_notice(workspace, NOTICE_2027), TODAY)
    assert path.read_text(encoding="utf-8") == '{"2027": {"holidays": ["2027-02-30"]}}'
    with workspace.db.session() as session:
        assert session.scalar(select(AuditEntry).where(AuditEntry.action == "calendar.import_notice")) is None


def test_preview_from_a_saved_page(workspace: Workspace, tmp_path: Path) -> None:
    page = tmp_path / "2027年节假日.htm"
    body = "".join(f"<p>{line}</p>" for line in NOTICE_2027.splitlines())
    page.write_bytes(f'<html><head><meta charset="gbk"></head><body>{body}</body></html>'.encode("gb18030"))
    preview = preview_notice_file(workspace, page)
    assert preview.source_name == "2027年节假日.htm" and len(preview.notice.holidays) == 31


def _crossing_demand(ws: Workspace) -> str:
    """A demand received on Wed 2026-12-30, conditions met that day, accepted on Thu 12-31."""
    ws.clock = lambda: D("2026-12-31")
    uscc = add_firm(ws)
    demand = add_demand(ws, uscc, on=D("2026-12-30"))
    record_acceptance(ws, demand.id, D("2026-12-31"), conditions_met_on=D("2026-12-30"))
    return uscc


def test_2027_crossing_without_the_notice_is_marked_not_known(workspace: Workspace) -> None:
    uscc = _crossing_demand(workspace)
    (status,) = firm_demands(workspace, uscc, TODAY)
    feedback, accept, decide = status.steps
    assert feedback.deadline == D("2027-01-04") and not feedback.calendar_known  # never 元旦 2027-01-01
    assert accept.deadline == D("2026-12-31") and accept.calendar_known
    assert decide.deadline == D("2027-01-04") and not decide.calendar_known
    items = todo(workspace, TODAY, kinds=["demand_211", "calendar"])
    assert [(i.kind, i.calendar_known) for i in items] == [
        ("calendar", True),
        ("demand_211", False),
        ("demand_211", False),
    ]
    assert items[0].due == D("2026-12-31") and "导入 2027 年节假日安排" in items[0].title
    assert items[1].to_json()["calendar_known"] is False


def test_2027_crossing_with_the_notice_is_known(workspace: Workspace) -> None:
    uscc = _crossing_demand(workspace)
    save_notice(workspace, preview_notice(workspace, NOTICE_2027), TODAY)
    (status,) = firm_demands(workspace, uscc, TODAY)
    assert [(s.deadline, s.calendar_known) for s in status.steps] == [
        (D("2027-01-04"), True),  # 1.1-1.3 off by the notice
        (D("2026-12-31"), True),
        (D("2027-01-04"), True),
    ]
    assert [i.kind for i in todo(workspace, TODAY, kinds=["demand_211", "calendar"])] == [
        "demand_211",
        "demand_211",
    ]
    assert calendar_state(workspace, TODAY).missing_year is None


def test_the_notice_moves_a_deadline_the_guess_got_wrong(workspace: Workspace) -> None:
    workspace.clock = lambda: D("2027-02-04")
    uscc = add_firm(workspace)
    add_demand(workspace, uscc, on=D("2027-02-04"))
    (before,) = firm_demands(workspace, uscc, TODAY)
    assert before.steps[0].deadline == D("2027-02-08") and not before.steps[0].calendar_known
    save_notice(workspace, preview_notice(workspace, NOTICE_2027), TODAY)
    (after,) = firm_demands(workspace, uscc, TODAY)  # 2.5-2.13 off, Sun 2.14 worked, Mon 2.15
    assert after.steps[0].deadline == D("2027-02-15") and after.steps[0].calendar_known

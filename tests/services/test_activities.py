"""Activities: a firm's participation is a contact (已对接 in its stage and in the contacts the figures and
the ledger count); edits and voids keep everything and work the stage out again."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import select

from desktop.domain.errors import DomainError
from desktop.services.activities import (
    ActivityChanges,
    ActivityInput,
    add_activity,
    add_participants,
    edit_activity,
    void_activity,
)
from desktop.services.activity_files import (
    add_activity_file,
    export_activity_file,
    match_sign_in,
    void_activity_file,
)
from desktop.services.activity_views import firm_activities, get_activity, list_activities
from desktop.services.contact_events import contact_events, contacted_count, last_contacts, live_contacts
from desktop.services.credits import CreditInput, add_credit
from desktop.services.firm_refs import UnknownFirms
from desktop.services.firms import get_firm
from desktop.services.visits import VisitInput, add_visit
from desktop.services.workspace import Workspace
from desktop.store.audit import verify_chain
from desktop.store.models import ActivityFirm, AuditEntry, Firm, StageChange
from tests.factories import add_firm

NOV = (date(2026, 11, 1), date(2026, 11, 30))
OCT = (date(2026, 10, 1), date(2026, 10, 31))


def _stage(ws: Workspace, uscc: str) -> str:
    with ws.db.session() as session:
        return get_firm(session, uscc).stage


def _talk(ws: Workspace, firms: list[str], on: date = date(2026, 11, 5)) -> int:
    return add_activity(
        ws, ActivityInput("宣讲会", on, "首贷政策宣讲", place="红旗区金融服务站", firms=firms)
    ).id


def test_taking_part_is_a_contact_for_the_stage_and_the_counts(workspace: Workspace) -> None:
    ws = workspace
    a, b, c = (add_firm(ws, n) for n in (1, 2, 3))
    outcome = add_activity(
        ws, ActivityInput("talk", date(2026, 11, 5), "首贷政策宣讲", firms=[a, "新乡市测试2号有限公司"])
    )
    assert set(outcome.stage_moves) == {a, b}
    assert outcome.stage_moves[a].to_stage == "contacted"
    assert (_stage(ws, a), _stage(ws, b), _stage(ws, c)) == ("contacted", "contacted", "listed")
    add_visit(ws, a, VisitInput(date(2026, 11, 6), "site"))  # a visit too: the firm counts once
    with ws.db.session() as session:
        firm_a = get_firm(session, a)
        move = session.scalar(select(StageChange).where(StageChange.firm_id == firm_a.id))
        assert move is not None and (move.cause, move.on) == ("activity", date(2026, 11, 5))
        assert contacted_count(session, *NOV) == 2
        assert live_contacts(session, *NOV) == {firm_a.id, get_firm(session, b).id}
        assert live_contacts(session, *OCT) == set()
        assert live_contacts(session, *NOV, scope=(Firm.uscc == b,)) == {get_firm(session, b).id}
        assert last_contacts(session, *NOV)[firm_a.id] == date(2026, 11, 6)
        sources = {row.source for row in session.execute(contact_events(*NOV))}
        assert sources == {"visit", "activity"}
        # The firm's own history holds its participation.
        joined = session.scalars(select(AuditEntry.summary).where(AuditEntry.firm_id == firm_a.id)).all()
        assert any("参加宣讲会“首贷政策宣讲”" in s for s in joined)
    assert [v.title for v in firm_activities(ws, a)] == ["首贷政策宣讲"]
    listed = list_activities(ws, "2026-11")
    assert [(v.id, v.kind, v.firms) for v in listed] == [
        (outcome.id, "talk", [(a, "新乡市测试1号有限公司"), (b, "新乡市测试2号有限公司")])
    ]
    assert list_activities(ws, "2026-10") == []


def test_a_firm_further_on_stays_where_it_is(workspace: Workspace) -> None:
    ws = workspace
    code = add_firm(ws, 1)
    add_visit(ws, code, VisitInput(date(2026, 10, 1), "site"))
    add_credit(ws, code, CreditInput(date(2026, 10, 8), "50", "credit"))
    outcome = _talk(ws, [code])
    assert _stage(ws, code) == "credited" and get_activity(ws, outcome).firms[0][0] == code


def test_unknown_or_shared_names_write_nothing(workspace: Workspace) -> None:
    ws = workspace
    code = add_firm(ws, 1)
    with pytest.raises(UnknownFirms) as err:
        add_activity(ws, ActivityInput("fair", date(2026, 11, 5), "对接会", firms=[code, "不存在的公司"]))
    assert "找不到名为“不存在的公司”的企业" in str(err.value) and "不存在的公司" in err.value.text("en")
    assert list_activities(ws) == [] and _stage(ws, code) == "listed"
    with pytest.raises(DomainError):
        add_activity(ws, ActivityInput("fair", date(2027, 1, 5), "对接会"))  # after today
    with pytest.raises(DomainError):
        add_activity(ws, ActivityInput("fair", date(2026, 11, 5), "   "))  # no title
    with pytest.raises(DomainError):
        add_activity(ws, ActivityInput("party", date(2026, 11, 5), "联欢"))  # no such kind


def test_editing_the_date_moves_the_contact_and_removing_a_firm_is_a_correction(workspace: Workspace) -> None:
    ws = workspace
    a, b = add_firm(ws, 1), add_firm(ws, 2)
    activity = _talk(ws, [a, b])
    edit_activity(ws, activity, ActivityChanges(on=date(2026, 10, 20)), "日期录错")
    with ws.db.session() as session:
        assert contacted_count(session, *NOV) == 0 and contacted_count(session, *OCT) == 2
        assert get_firm(session, a).stage == "contacted"
    outcome = edit_activity(ws, activity, ActivityChanges(firms=[a]), "乙企业未到场")
    assert outcome.stage_moves[b].to_stage == "listed"
    assert _stage(ws, b) == "listed" and _stage(ws, a) == "contacted"
    with ws.db.session() as session:
        firm_b = get_firm(session, b)
        part = session.scalar(select(ActivityFirm).where(ActivityFirm.firm_id == firm_b.id))
        assert part is not None and part.void_reason == "乙企业未到场"  # kept, voided, never deleted
        last = session.scalars(
            select(StageChange).where(StageChange.firm_id == firm_b.id).order_by(StageChange.id.desc())
        ).first()
        assert last is not None and (last.cause, last.reason) == ("correction", "乙企业未到场")
        assert contacted_count(session, *OCT) == 1
    with pytest.raises(DomainError):
        edit_activity(ws, activity, ActivityChanges(title="新名称"), "  ")  # a correction names its reason
    with pytest.raises(DomainError):
        edit_activity(ws, activity, ActivityChanges(), "无")  # nothing to change


def test_voiding_an_activity_takes_its_contacts_back(workspace: Workspace) -> None:
    ws = workspace
    a, b = add_firm(ws, 1), add_firm(ws, 2)
    add_visit(ws, b, VisitInput(date(2026, 11, 2), "phone"))
    activity = _talk(ws, [a, b])
    outcome = void_activity(ws, activity, "重复登记")
    assert set(outcome.stage_moves) == {a}  # b keeps its visit
    assert (_stage(ws, a), _stage(ws, b)) == ("listed", "contacted")
    assert list_activities(ws) == [] and list_activities(ws, include_voided=True)[0].void_reason == "重复登记"
    assert firm_activities(ws, a) == []
    with ws.db.session() as session:
        assert contacted_count(session, *NOV) == 1
        assert verify_chain(session) == []
        actions = session.scalars(select(AuditEntry.action).where(AuditEntry.entity == "activity")).all()
        assert actions.count("activity.leave") == 2 and "activity.void" in actions
    with pytest.raises(DomainError):
        edit_activity(ws, activity, ActivityChanges(title="再改"), "改")  # a voided activity is closed


def test_participants_added_later_are_contacts_from_the_activity_date(workspace: Workspace) -> None:
    ws = workspace
    a, b = add_firm(ws, 1), add_firm(ws, 2)
    activity = _talk(ws, [a])
    outcome = add_participants(ws, activity, [a, b])
    assert set(outcome.stage_moves) == {b} and len(get_activity(ws, activity).firms) == 2


def _sheet_xlsx(path: Path, rows: list[list[object]]) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def test_a_sign_in_sheet_names_firms_by_code_or_name(workspace: Workspace, tmp_path: Path) -> None:
    ws = workspace
    a, b = add_firm(ws, 1), add_firm(ws, 2)
    sheet = _sheet_xlsx(
        tmp_path / "签到表.xlsx",
        [
            ["首贷政策宣讲会签到表"],
            ["序号", "企业名称", "统一社会信用代码", "签名"],
            [1, "甲", a, "张"],
            [2, "新乡市测试2号有限公司", "", "李"],
            [3, "没有登记的公司", None, "王"],
            [4, a, None, ""],  # the same firm again
        ],
    )
    result = match_sign_in(ws, sheet)
    assert result.rows == 4
    assert [f.uscc for f in result.matched.firms] == [a, b]
    assert [(u.ref.where, str(u.reason)) for u in result.matched.unmatched] == [
        ("签到表.xlsx 工作表“Sheet”第 5 行：", "找不到名为“没有登记的公司”的企业")
    ]
    with (tmp_path / "签到.csv").open("w", encoding="gb18030", newline="") as handle:
        csv.writer(handle).writerows([["单位名称", "电话"], ["新乡市测试1号有限公司", "1"]])
    assert [f.uscc for f in match_sign_in(ws, tmp_path / "签到.csv").matched.firms] == [a]
    with pytest.raises(DomainError):
        match_sign_in(ws, _sheet_xlsx(tmp_path / "empty.xlsx", [["无关", "内容"]]))


def test_activity_files_are_kept_checked_and_removed_with_a_reason(
    workspace: Workspace, tmp_path: Path
) -> None:
    ws = workspace
    activity = _talk(ws, [])
    photo = tmp_path / "现场.jpg"
    photo.write_bytes(b"\xff\xd8photo")
    file_id = add_activity_file(ws, activity, photo, "photo")
    assert [(f.file_name, f.kind, f.size) for f in get_activity(ws, activity).files] == [
        ("现场.jpg", "photo", 7)
    ]
    out = export_activity_file(ws, file_id, tmp_path / "out.jpg")
    assert out.read_bytes() == b"\xff\xd8photo"
    with pytest.raises(DomainError):
        export_activity_file(ws, file_id, ws.data_dir / "firstloan.db")
    void_activity_file(ws, file_id, "拍错了")
    assert get_activity(ws, activity).files == []
    with pytest.raises(DomainError):
        add_activity_file(ws, activity, tmp_path, "photo")  # a folder is not a file


def test_a_broken_csv_sign_in_sheet_is_a_clear_error(workspace: Workspace, tmp_path: Path) -> None:
    bad = tmp_path / "签到.csv"
    bad.write_bytes(b"\r\x01")
    with pytest.raises(DomainError, match="签到"):
        match_sign_in(workspace, bad)

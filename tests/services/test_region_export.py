"""Exports back to the region: recommendation list and list feedback, masked, audited, re-importable."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import select

from desktop.exchange.list_rows import parse_sheets
from desktop.exchange.tables import read_tables
from desktop.services.jobs import Cancelled, CancelToken
from desktop.services.list_import import import_list
from desktop.services.region_export import UnknownList, export_feedback, export_recommendations
from desktop.services.workspace import Workspace
from desktop.store.models import AuditEntry, Firm
from tests.exchange.list_files import code, messy_rows, write_xlsx


def add_branch_firm(ws: Workspace, serial: int, name: str, channel: str) -> None:
    with ws.db.write() as s:
        s.add(
            Firm(
                uscc=code(serial),
                name=name,
                name_key=name,
                entity_type="enterprise",
                source="branch",
                source_channel=channel,
                phone="13912345678",
                legal_rep="孙九",
                stage="contacted",
            )
        )


def read(path: Path) -> list[list[object]]:
    sheet = openpyxl.load_workbook(path).active
    return [list(r) for r in sheet.iter_rows(values_only=True)]


def test_recommendations_in_the_received_layout_with_masked_phones(
    workspace: Workspace, tmp_path: Path
) -> None:
    add_branch_firm(workspace, 50, "=cmd|'/c calc'!A1", "supply_chain")
    add_branch_firm(workspace, 51, "新乡市本行结算户有限公司", "settlement")
    import_list(workspace, write_xlsx(tmp_path / "l.xlsx", {"S": messy_rows()}))
    out = tmp_path / "out" / "rec.xlsx"
    assert export_recommendations(workspace, out) == 2
    rows = read(out)
    assert rows[0][0] == "首贷培育推荐企业名单"
    assert rows[1][:3] == ["序号", "统一社会信用代码", "企业名称"] and rows[1][-2:] == [
        "来源渠道",
        "对接状态",
    ]
    by_name = {r[2]: r for r in rows[2:]}
    assert by_name["=cmd|'/c calc'!A1"][-2:] == ["产业链上下游", "已对接"]
    assert by_name["新乡市本行结算户有限公司"][10] == "139****5678"
    sheet = openpyxl.load_workbook(out).active
    assert all(c.data_type != "f" for row in sheet.iter_rows() for c in row)
    # The region can read our file back with the same reader the branch uses.
    parsed = parse_sheets(read_tables(out))
    assert set(parsed.rows) == {code(50), code(51)}
    export_recommendations(workspace, tmp_path / "full.xlsx", full=True)
    assert {r[10] for r in read(tmp_path / "full.xlsx")[2:]} == {"13912345678"}
    with workspace.db.session() as s:
        actions = list(
            s.scalars(select(AuditEntry.summary).where(AuditEntry.action == "export.recommendations"))
        )
    assert actions == ["导出推荐名单：2 家企业", "导出推荐名单：2 家企业（含完整联系电话）"]


def test_feedback_lists_the_firms_on_the_list_with_their_status(workspace: Workspace, tmp_path: Path) -> None:
    import_list(workspace, write_xlsx(tmp_path / "l.xlsx", {"S": messy_rows()}), "新乡名单")
    with workspace.db.write() as s:
        firm = s.scalar(select(Firm).where(Firm.uscc == code(1)))
        assert firm is not None
        firm.stage = "demand"
    out = tmp_path / "fb.xlsx"
    assert export_feedback(workspace, "新乡名单", out) == 4
    rows = read(out)
    assert rows[0][0] == "新乡名单对接情况反馈"
    status = {r[1]: r[-2] for r in rows[2:]}
    assert status[code(1)] == "有融资需求"
    assert status[code(2)] == "待对接"
    with pytest.raises(UnknownList, match="新乡名单"):
        export_feedback(workspace, "别的名单", out)


def test_export_reports_progress_and_cancel_writes_nothing(workspace: Workspace, tmp_path: Path) -> None:
    import_list(workspace, write_xlsx(tmp_path / "l.xlsx", {"S": messy_rows()}), "新乡名单")
    seen: list[tuple[int, int]] = []
    out = tmp_path / "fb.xlsx"
    export_feedback(workspace, "新乡名单", out, progress=lambda d, t, _m: seen.append((d, t)))
    assert seen[0] == (0, 4) and seen[-1] == (4, 4)
    token = CancelToken()
    token.cancel()
    with pytest.raises(Cancelled):
        export_recommendations(workspace, tmp_path / "rec.xlsx", cancel=token)
    assert not (tmp_path / "rec.xlsx").exists()
    with workspace.db.session() as s:
        assert s.scalar(select(AuditEntry).where(AuditEntry.action == "export.recommendations")) is None

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from desktop.exchange.ledger import CODE_COLUMN, COLUMNS, TITLE
from desktop.exchange.xlsx_safe import formula_cells
from desktop.services.ledger import LedgerIncomplete, check_ledger, export_ledger, set_ledger_note
from desktop.services.profile import save_profile
from desktop.services.workspace import Profile, Workspace
from desktop.store.models import AuditEntry, LedgerExport
from tests.report_factories import add_credit, add_firm, add_loan, add_visit


def _setup(ws: Workspace) -> dict[str, str]:
    save_profile(ws, Profile(officer="李明", bank="中原银行", branch="红旗支行", unit="中原银行新乡分行"))
    with ws.db.write() as s:
        a = add_firm(s, "新乡市甲科技有限公司")
        add_visit(s, a, date(2026, 9, 20))
        add_visit(s, a, date(2026, 10, 3))
        add_visit(s, a, date(2026, 10, 17))
        add_credit(s, a, date(2026, 10, 20), "100", "credit")
        add_credit(s, a, date(2026, 11, 2), "50", "mortgage")  # after the month: not counted
        add_loan(s, a, date(2026, 10, 25), "80.125")
        add_loan(s, a, date(2026, 9, 1), "5")  # before its first contact: not "after contact"
        b = add_firm(s, '=HYPERLINK("http://x")有限公司')
        add_visit(s, b, date(2026, 10, 9))
        c = add_firm(s, "新乡市丙商贸有限公司")
        add_visit(s, c, date(2026, 11, 1))  # another month
        return {"a": a.uscc, "b": b.uscc, "c": c.uscc}


def test_check_lists_missing_problem_and_note_fixes_it(workspace: Workspace) -> None:
    codes = _setup(workspace)
    missing = check_ledger(workspace, "2026-10")
    assert [(m.uscc, m.column) for m in missing] == [(codes["b"], "存在的主要问题（未授信填写此项）")]
    assert "ledger-note" in missing[0].fix
    set_ledger_note(workspace, "2026-10", codes["b"], problem="缺抵押物", remark="+下月回访")
    assert check_ledger(workspace, "2026-10") == []
    with workspace.db.session() as s:
        assert s.scalar(select(AuditEntry).where(AuditEntry.action == "ledger.note")) is not None


def test_export_refuses_incomplete_then_writes_template(workspace: Workspace, tmp_path: Path) -> None:
    codes = _setup(workspace)
    out = tmp_path / "ledger.xlsx"
    with pytest.raises(LedgerIncomplete, match="存在的主要问题"):
        export_ledger(workspace, "2026-10", out)
    assert not out.exists()
    set_ledger_note(workspace, "2026-10", codes["b"], problem="-缺抵押物", remark="@备注")
    result = export_ledger(workspace, "2026-10", out, with_code=True)
    assert result.rows == 2 and result.diff is None

    sheet = load_workbook(out).active
    assert sheet.cell(1, 1).value == TITLE
    assert "2026年10月" in sheet.cell(2, 1).value
    headers = [c.value for c in sheet[3]]
    assert headers == [*COLUMNS[:4], CODE_COLUMN, *COLUMNS[4:]]
    rows = [[c for c in r] for r in sheet.iter_rows(min_row=4)]
    second, first, total = rows  # ordered by 对接时间: b (10-09) before a (10-17)
    by = {h: c for h, c in zip(headers, first, strict=True)}
    assert by["对接企业名称"].value == "新乡市甲科技有限公司"
    assert by["对接时间"].value.date() == date(2026, 10, 17)
    assert by["对接成效（是否授信）"].value == "是"
    assert by["授信金额（万元）"].value == 100 and by["授信金额（万元）"].number_format == "0.00"
    assert by["担保情况"].value == "信用"
    assert by["对接后发放新贷款金额（万元）"].value == pytest.approx(80.13)
    assert by["填报单位"].value == "中原银行新乡分行"
    by2 = {h: c for h, c in zip(headers, second, strict=True)}
    assert by2["对接企业名称"].value == '=HYPERLINK("http://x")有限公司'
    assert by2["对接企业名称"].data_type == "s"
    assert by2["存在的主要问题（未授信填写此项）"].value == "-缺抵押物"
    assert by2["备注"].value == "@备注"
    assert by2["对接成效（是否授信）"].value == "否"
    assert total[0].value == "合计"
    assert total[headers.index("授信金额（万元）")].value == 100
    assert formula_cells(out) == []
    assert codes["c"] not in [r[4].value for r in rows]


def test_second_export_keeps_frozen_copy_and_shows_changes(workspace: Workspace, tmp_path: Path) -> None:
    codes = _setup(workspace)
    set_ledger_note(workspace, "2026-10", codes["b"], problem="缺抵押物", remark=None)
    first = export_ledger(workspace, "2026-10", tmp_path / "a.xlsx")
    with workspace.db.write() as s:
        d = add_firm(s, "新乡市丁机械有限公司")
        add_visit(s, d, date(2026, 10, 30))
        add_credit(s, d, date(2026, 10, 31), "30", "guarantee")
    set_ledger_note(workspace, "2026-10", codes["b"], problem="缺担保", remark=None)
    second = export_ledger(workspace, "2026-10", tmp_path / "b.xlsx")
    assert second.diff is not None
    assert [r["对接企业名称"] for r in second.diff.added] == ["新乡市丁机械有限公司"]
    assert second.diff.removed == []
    assert [(c.uscc, c.fields) for c in second.diff.changed] == [
        (codes["b"], {"存在的主要问题（未授信填写此项）": ("缺抵押物", "缺担保")})
    ]
    with workspace.db.session() as s:
        exports = s.scalars(select(LedgerExport).order_by(LedgerExport.id)).all()
        assert [e.row_count for e in exports] == [2, 3]
        assert exports[0].file_hash == first.file_hash
        frozen = {r["统一社会信用代码"]: r for r in exports[0].rows}
        assert frozen[codes["b"]]["存在的主要问题（未授信填写此项）"] == "缺抵押物"
        assert Decimal(frozen[codes["a"]]["授信金额（万元）"]) == Decimal("100.00")
        assert frozen[codes["a"]]["对接时间"] == "2026-10-17"
        audits = s.scalars(select(AuditEntry).where(AuditEntry.action == "ledger.export")).all()
        assert len(audits) == 2


def test_problem_falls_back_to_plan_diagnosis_then_exit_reason(workspace: Workspace) -> None:
    from desktop.services.ledger import ledger_rows
    from desktop.store.models import Plan
    from tests.report_factories import move

    save_profile(workspace, Profile(officer="李明", bank="中原银行", branch="红旗支行"))
    with workspace.db.write() as s:
        planned = add_firm(s, "新乡市戊公司")
        add_visit(s, planned, date(2026, 10, 5))
        s.add(
            Plan(
                firm_id=planned.id,
                version=1,
                diagnosis=["no_collateral", "irregular_finance"],
                diagnosis_note="账务未分离",
            )
        )
        left = add_firm(s, "新乡市己公司")
        add_visit(s, left, date(2026, 10, 6))
        move(s, left, "no_demand", date(2026, 10, 6), "企业表示暂无融资需求")
        move(s, left, "contacted", date(2026, 11, 3), "重新启动")  # after the month: not seen
    rows = {r.name: r for r in ledger_rows(workspace, "2026-10")}
    assert rows["新乡市戊公司"].problem == "缺抵押、财务不规范：账务未分离"
    assert rows["新乡市己公司"].problem == "企业表示暂无融资需求"
    assert rows["新乡市戊公司"].unit == "中原银行红旗支行"  # no 填报单位 in the profile: bank + branch
    assert check_ledger(workspace, "2026-10") == []

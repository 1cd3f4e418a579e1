"""The monthly ledger: which firms, the template's cells, what is missing, notes with their history, the
export (title lines, print setup, frozen copy) and what changed since the last export."""

from __future__ import annotations

import zipfile
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from desktop.domain.errors import DomainError
from desktop.domain.ledger import CODE_COLUMN, COLUMNS, MISSING_PROBLEM, TITLE, compose_problem
from desktop.exchange.xlsx_safe import formula_cells
from desktop.services.ledger import (
    LedgerIncomplete,
    check_ledger,
    due_month,
    export_ledger,
    ledger_changes,
    ledger_rows,
    set_ledger_note,
    set_ledger_notes,
)
from desktop.services.ledger_notes import note_history
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
        add_loan(s, a, date(2026, 9, 1), "5")  # September's: not October's amount
        b = add_firm(s, '=HYPERLINK("http://x")有限公司')
        add_visit(s, b, date(2026, 10, 9))
        c = add_firm(s, "新乡市丙商贸有限公司")
        add_visit(s, c, date(2026, 11, 1))  # another month
        d = add_firm(s, "新乡市丁商贸有限公司")
        add_loan(s, d, date(2026, 10, 12), "20")  # a loan without a visit in the month: on the ledger
        add_credit(s, d, date(2026, 8, 1), "30", "guarantee")
        return {"a": a.uscc, "b": b.uscc, "c": c.uscc, "d": d.uscc}


def test_a_firm_is_on_the_months_ledger_for_any_event_and_amounts_are_the_months(
    workspace: Workspace,
) -> None:
    codes = _setup(workspace)
    rows = {r.uscc: r for r in ledger_rows(workspace, "2026-10")}
    assert set(rows) == {codes["a"], codes["b"], codes["d"]}
    a, d = rows[codes["a"]], rows[codes["d"]]
    assert (a.credit_amount, a.new_loan_amount, a.contact_date) == (
        Decimal(100),
        Decimal("80.125"),
        date(2026, 10, 17),
    )
    assert (d.credited, d.credit_amount, d.new_loan_amount, d.contact_date) == (
        True,
        0,
        20,
        date(2026, 10, 12),
    )
    assert a.bank == "中原银行" and a.unit == "中原银行新乡分行"  # from the branch settings
    cumulative = {r.uscc: r for r in ledger_rows(workspace, "2026-10", cumulative=True)}
    assert cumulative[codes["a"]].new_loan_amount == Decimal("85.125")
    assert cumulative[codes["d"]].credit_amount == Decimal(30)
    overridden = ledger_rows(workspace, "2026-10", bank="工行")
    assert overridden and all(r.bank == "工行" for r in overridden)


def test_missing_items_carry_a_code_and_notes_fix_them(workspace: Workspace) -> None:
    codes = _setup(workspace)
    missing = check_ledger(workspace, "2026-10")
    assert [(m.uscc, m.code, m.column) for m in missing] == [(codes["b"], MISSING_PROBLEM, COLUMNS[7])]
    assert missing[0].args == {"month": "2026-10", "uscc": codes["b"]}
    assert missing[0].to_json()["message_en"].startswith("Not credited")
    set_ledger_note(workspace, "2026-10", codes["b"], problem="缺抵押物", remark="+下月回访")
    assert check_ledger(workspace, "2026-10") == []
    with workspace.db.session() as s:
        assert s.scalar(select(AuditEntry).where(AuditEntry.action == "ledger.note")) is not None


def test_notes_for_many_firms_at_once_and_their_history(workspace: Workspace) -> None:
    codes = _setup(workspace)
    problem = compose_problem(["no_collateral", "担保不足"], "  另需补充流水 ")
    assert problem == "缺少有效抵押物；担保不足；另需补充流水"
    assert set_ledger_notes(workspace, "2026-10", [codes["a"], codes["b"]], problem=problem) == 2
    assert set_ledger_notes(workspace, "2026-10", [codes["b"]], remark="已约下周", reason="补充备注") == 1
    assert set_ledger_notes(workspace, "2026-10", [codes["b"]], remark="已约下周") == 0  # unchanged
    history = note_history(workspace, "2026-10", codes["b"])
    assert [(v.problem, v.remark, v.reason) for v in history] == [
        (problem, "", None),
        (problem, "已约下周", "补充备注"),
    ]
    with pytest.raises(DomainError, match="不在该月台帐"):
        set_ledger_notes(workspace, "2026-10", [codes["c"]], problem="x")
    with pytest.raises(DomainError):
        compose_problem(["no_such_problem"], "")


def test_export_refuses_incomplete_then_writes_the_template(workspace: Workspace, tmp_path: Path) -> None:
    codes = _setup(workspace)
    out = tmp_path / "ledger.xlsx"
    with pytest.raises(LedgerIncomplete, match="存在的主要问题"):
        export_ledger(workspace, "2026-10", out)
    assert not out.exists()
    set_ledger_note(workspace, "2026-10", codes["b"], problem="-缺抵押物", remark="@备注")
    result = export_ledger(workspace, "2026-10", out, with_code=True)
    assert result.rows == 3 and result.diff is None

    sheet = load_workbook(out).active
    assert sheet is not None
    assert sheet.cell(1, 1).value == TITLE
    assert "2026年10月" in sheet.cell(2, 1).value and "口径：当月" in sheet.cell(2, 1).value
    assert "项目：" in sheet.cell(3, 1).value and "首贷口径" in sheet.cell(3, 1).value
    headers = [c.value for c in sheet[4]]
    assert headers == [*COLUMNS[:4], CODE_COLUMN, *COLUMNS[4:]]
    rows = [list(r) for r in sheet.iter_rows(min_row=5)]
    second, _fourth, first, total = rows  # ordered by 对接时间: b (10-09), d (10-12), a (10-17)
    by = {h: c for h, c in zip(headers, first, strict=True)}
    assert by["对接企业名称"].value == "新乡市甲科技有限公司"
    assert by["对接时间"].value.date() == date(2026, 10, 17)
    assert by["对接成效（是否授信）"].value == "是"
    assert by["授信金额（万元）"].value == 100 and by["授信金额（万元）"].number_format == "0.00"
    assert by["担保情况"].value == "信用"
    assert by["对接后发放新贷款金额（万元）"].value == pytest.approx(80.13)  # half up
    by2 = {h: c for h, c in zip(headers, second, strict=True)}
    assert (
        by2["对接企业名称"].value == '=HYPERLINK("http://x")有限公司' and by2["对接企业名称"].data_type == "s"
    )
    assert by2["存在的主要问题（未授信填写此项）"].value == "-缺抵押物" and by2["备注"].value == "@备注"
    assert total[0].value == "合计" and total[3].value == "共 3 户" and total[5].value == "当月授信 1 户"
    assert total[headers.index("授信金额（万元）")].value == 100
    assert total[headers.index("对接后发放新贷款金额（万元）")].value == pytest.approx(100.13)
    assert formula_cells(out) == []
    # Printed as the template: A4 landscape, one page wide, title and header on every page, frozen header.
    assert sheet.page_setup.orientation == "landscape" and sheet.page_setup.paperSize == 9
    assert sheet.page_setup.fitToWidth == 1 and sheet.page_setup.fitToHeight == 0
    assert sheet.sheet_properties.pageSetUpPr.fitToPage
    assert sheet.print_title_rows == "$1:$4" and sheet.freeze_panes == "A5"
    with zipfile.ZipFile(out) as z:
        assert "_xlnm.Print_Titles" in z.read("xl/workbook.xml").decode()


def test_second_export_keeps_a_frozen_copy_and_shows_changes(workspace: Workspace, tmp_path: Path) -> None:
    codes = _setup(workspace)
    set_ledger_note(workspace, "2026-10", codes["b"], problem="缺抵押物", remark=None)
    assert ledger_changes(workspace, "2026-10").diff is None
    first = export_ledger(workspace, "2026-10", tmp_path / "a.xlsx")
    with workspace.db.write() as s:
        e = add_firm(s, "新乡市戊机械有限公司")
        add_visit(s, e, date(2026, 10, 30))
        add_credit(s, e, date(2026, 10, 31), "30", "guarantee")
    set_ledger_notes(workspace, "2026-10", [codes["b"]], problem="缺担保", reason="更正问题")
    on_screen = ledger_changes(workspace, "2026-10")
    assert on_screen.diff is not None and [r["对接企业名称"] for r in on_screen.diff.added] == [
        "新乡市戊机械有限公司"
    ]
    second = export_ledger(workspace, "2026-10", tmp_path / "b.xlsx")
    assert second.diff is not None and second.diff == on_screen.diff
    assert [(c.uscc, c.fields) for c in second.diff.changed] == [
        (codes["b"], {"存在的主要问题（未授信填写此项）": ("缺抵押物", "缺担保")})
    ]
    cumulative = export_ledger(workspace, "2026-10", tmp_path / "c.xlsx", cumulative=True)
    assert cumulative.diff is None  # the first copy of the 累计 口径
    with workspace.db.session() as s:
        exports = s.scalars(select(LedgerExport).order_by(LedgerExport.id)).all()
        assert [(e.row_count, e.basis) for e in exports] == [(3, "month"), (4, "month"), (4, "cumulative")]
        assert exports[0].file_hash == first.file_hash
        frozen = {r["统一社会信用代码"]: r for r in exports[0].rows}
        assert Decimal(frozen[codes["a"]]["授信金额（万元）"]) == Decimal("100.00")
    sheet = load_workbook(tmp_path / "c.xlsx").active
    assert sheet is not None and "口径：累计" in sheet.cell(2, 1).value


def test_problem_falls_back_to_plan_diagnosis_then_exit_reason(workspace: Workspace) -> None:
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


def test_the_month_due_now() -> None:
    assert due_month(date(2026, 11, 10)) == "2026-10"  # up to the 10th: last month's
    assert due_month(date(2026, 11, 11)) == "2026-11"
    assert due_month(date(2026, 1, 3)) == "2025-12"


def test_an_empty_month_is_refused(workspace: Workspace, tmp_path: Path) -> None:
    _setup(workspace)
    with pytest.raises(DomainError, match="台帐为空"):
        export_ledger(workspace, "2026-03", tmp_path / "x.xlsx")

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from desktop.exchange.xlsx_safe import FORMULA_TRIGGERS, formula_cells, write_plain_cell
from desktop.exchange.xlsx_writer import Sheet, Style, column_letter, write_xlsx

DANGEROUS = ["=1+1", "+1", "-2", "@SUM(A1)", '=HYPERLINK("http://x","y")', "=cmd|' /C calc'!A0"]


def test_openpyxl_guard_keeps_formula_like_text(tmp_path: Path) -> None:
    book = Workbook()
    sheet = book.active
    for row, text in enumerate(DANGEROUS, start=1):
        write_plain_cell(sheet, row, 1, text)
    write_plain_cell(sheet, 1, 2, Decimal("12.50"))
    write_plain_cell(sheet, 2, 2, 7)
    with pytest.raises(TypeError):
        write_plain_cell(sheet, 3, 2, 1.5)  # type: ignore[arg-type]
    path = tmp_path / "a.xlsx"
    book.save(path)
    assert formula_cells(path) == []
    back = load_workbook(path).active
    assert [back.cell(r, 1).value for r in range(1, len(DANGEROUS) + 1)] == DANGEROUS
    assert back.cell(1, 2).value == 12.5 and back.cell(2, 2).value == 7
    assert set(FORMULA_TRIGGERS) == {"=", "+", "-", "@"}


def test_fast_writer_reads_back_with_types_and_no_formulas(tmp_path: Path) -> None:
    rows = [
        [("标题", Style.TITLE)],
        *[[(t, Style.PLAIN), (Decimal("3.456"), Style.MONEY)] for t in DANGEROUS],
    ]
    rows.append([("控制\x07字符<&>", Style.PLAIN), (date(2026, 10, 17), Style.DATE)])
    path = tmp_path / "b.xlsx"
    write_xlsx(path, Sheet("表=1", rows, widths=[20, 12], merges=["A1:B1"], freeze_row=1))
    assert formula_cells(path) == []
    sheet = load_workbook(path).active
    assert sheet.title == "表=1" and "A1:B1" in {str(m) for m in sheet.merged_cells.ranges}
    assert [sheet.cell(r, 1).value for r in range(2, 2 + len(DANGEROUS))] == DANGEROUS
    assert all(sheet.cell(r, 1).data_type == "s" for r in range(2, 2 + len(DANGEROUS)))
    assert sheet.cell(2, 2).value == pytest.approx(3.456) and sheet.cell(2, 2).number_format == "0.00"
    last = 2 + len(DANGEROUS)
    assert sheet.cell(last, 1).value == "控制字符<&>"
    assert sheet.cell(last, 2).value.date() == date(2026, 10, 17)
    assert sheet.freeze_panes == "A2"


def test_column_letters() -> None:
    assert [column_letter(i) for i in (1, 26, 27, 52, 703)] == ["A", "Z", "AA", "AZ", "AAA"]

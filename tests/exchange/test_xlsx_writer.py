"""The one .xlsx writer: types, formula safety, control characters, streaming, names."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook

from desktop.exchange.tables import read_tables
from desktop.exchange.xlsx_safe import formula_cells
from desktop.exchange.xlsx_writer import Sheet, Style, column_letter, sheet_title, write_table, write_xlsx

DANGEROUS = ["=1+1", "+1", "-2", "@SUM(A1)", '=HYPERLINK("http://x","y")', "=cmd|' /C calc'!A0"]
# Every C0 and C1 control character, DEL, a lone surrogate and the non-characters: none may reach a cell.
# (Tab, line feed and carriage return are tested apart: a cell keeps them as line breaks.)
CONTROLS = "".join(chr(c) for c in [*range(0x00, 0x20), *range(0x7F, 0xA0)] if chr(c) not in "\t\n\r")
CONTROLS += "\ud800\ufffe\uffff"


def test_table_keeps_formula_like_text_as_text_and_numbers_as_numbers(tmp_path: Path) -> None:
    path = tmp_path / "x.xlsx"
    rows = [['=HYPERLINK("http://x")', "+86 138", "-1+2", "@SUM(A1)", 12, Decimal("1.5"), None]]
    assert write_table(path, "S", ["a", "b", "c", "d", "e", "f", "g"], rows, title="标题") == 1
    assert formula_cells(path) == []
    sheet = load_workbook(path).active
    cells = [sheet.cell(row=3, column=c) for c in range(1, 8)]
    assert [c.value for c in cells] == [
        '=HYPERLINK("http://x")',
        "+86 138",
        "-1+2",
        "@SUM(A1)",
        12,
        1.5,
        None,
    ]
    assert [c.data_type for c in cells[:4]] == ["s"] * 4
    assert sheet["A1"].value == "标题" and sheet["A2"].value == "a"
    assert "A1:G1" in {str(m) for m in sheet.merged_cells.ranges} and sheet.freeze_panes == "A3"


def test_model_values_become_cells(tmp_path: Path) -> None:
    path = tmp_path / "m.xlsx"
    write_table(path, "S", ["a", "b", "c", "d"], [[True, date(2026, 3, 1), 1.25, Decimal("100.000000")]])
    sheet = load_workbook(path).active
    assert [sheet.cell(2, c).value for c in range(1, 5)] == ["是", "2026-03-01", 1.25, 100]


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


def test_control_characters_never_reach_a_cell(tmp_path: Path) -> None:
    """A firm name with control characters is written (openpyxl and calamine read it back) without
    them; a note's tab and line breaks stay."""
    path = tmp_path / "c.xlsx"
    name, note = f"新乡{CONTROLS}有限公司", "第一行\r\n第二行\t完"
    assert (
        write_table(path, f"名单{CONTROLS}", ["企业名称", "备注"], [[name, note]], title=f"标题{CONTROLS}")
        == 1
    )
    sheet = load_workbook(path).active
    assert sheet.title == "名单"
    assert [sheet["A1"].value, sheet["A3"].value, sheet["B3"].value] == [
        "标题",
        "新乡有限公司",
        "第一行\n第二行\t完",
    ]
    (table,) = read_tables(path)
    assert ["新乡有限公司", "第一行\n第二行\t完"] in [list(r)[:2] for r in table.rows]


def test_rows_can_be_a_generator(tmp_path: Path) -> None:
    def rows() -> Iterator[list[object]]:
        for i in range(1, 1201):
            yield [i, f"企业{i}"]

    path = tmp_path / "g.xlsx"
    assert write_table(path, "S", ["序号", "名称"], rows()) == 1200
    sheet = load_workbook(path, read_only=True).active
    values = list(sheet.iter_rows(values_only=True))
    assert values[0] == ("序号", "名称") and values[-1] == (1200, "企业1200") and len(values) == 1201


def test_sheet_titles_excel_accepts() -> None:
    assert sheet_title("a[b]:c*d?e/f\\g") == "a_b__c_d_e_f_g"
    assert sheet_title("长" * 40) == "长" * 31
    assert sheet_title("\x07") == "Sheet1"
    assert sheet_title("2026年\t10月\r\n") == "2026年 10月"


def test_column_letters_are_one_based() -> None:
    assert [column_letter(i) for i in (1, 26, 27, 52, 702, 703, 16384)] == [
        "A",
        "Z",
        "AA",
        "AZ",
        "ZZ",
        "AAA",
        "XFD",
    ]
    with pytest.raises(ValueError):
        column_letter(0)

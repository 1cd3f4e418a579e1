from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import openpyxl

from desktop.exchange.xlsx_out import write_table


def test_formula_like_text_stays_text_and_numbers_stay_numbers(tmp_path: Path) -> None:
    path = tmp_path / "x.xlsx"
    rows = [['=HYPERLINK("http://x")', "+86 138", "-1+2", "@SUM(A1)", 12, Decimal("1.5"), None]]
    assert write_table(path, "S", ["a", "b", "c", "d", "e", "f", "g"], rows, title="标题") == 1
    sheet = openpyxl.load_workbook(path).active
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

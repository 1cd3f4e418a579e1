from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook

from desktop.exchange.xlsx_safe import FORMULA_TRIGGERS, cell_text, formula_cells


def test_formula_cells_finds_a_formula(tmp_path: Path) -> None:
    """The checker the writer's tests rely on really sees formulas (it is not vacuous)."""
    book = Workbook()
    book.active["A1"] = "=1+1"
    book.active["B2"] = "text"
    path = tmp_path / "f.xlsx"
    book.save(path)
    assert formula_cells(path) == ["Sheet!A1"]
    assert set(FORMULA_TRIGGERS) == {"=", "+", "-", "@"}


def test_cell_text_removes_controls_and_keeps_lines() -> None:
    assert cell_text("甲\x07乙\x1b[31m丙\x85\x9f") == "甲乙[31m丙"
    assert cell_text("第一行\r\n第二行\r第三行\t完") == "第一行\n第二行\n第三行\t完"
    assert cell_text("坏\ud800字\ufffe") == "坏字"

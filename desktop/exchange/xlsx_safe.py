"""Writing officer- or list-supplied values into a workbook as plain text or numbers, never formulas.

openpyxl turns any string starting with ``=`` into a formula; a firm named ``=HYPERLINK(...)`` or
``-1+1`` would then run in the receiver's Excel (CSV/formula injection). Strings are therefore always
written with the explicit data type ``s``; numbers stay numbers; nothing else is accepted.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

# Characters that make a spreadsheet treat a typed value as a formula.
FORMULA_TRIGGERS = ("=", "+", "-", "@")

CellValue = str | int | Decimal | date | None


def write_plain_cell(sheet: Any, row: int, column: int, value: CellValue) -> Any:
    """Put ``value`` into the cell as text, number or date — never as a formula. Returns the cell."""
    cell = sheet.cell(row=row, column=column)
    if value is None:
        cell.value = None
    elif isinstance(value, str):
        cell.value = value
        cell.data_type = "s"  # even "=SUM(A1)" or "@cmd" stays the literal text
    elif isinstance(value, bool):
        raise TypeError("布尔值不写入台帐")
    elif isinstance(value, int | Decimal | date | datetime):
        cell.value = value
    else:
        raise TypeError(f"不支持写入的值类型：{type(value).__name__}")
    return cell


def formula_cells(path: Path) -> list[str]:
    """Coordinates of every formula cell in a workbook (an empty list for a safe file)."""
    from openpyxl import load_workbook

    workbook = load_workbook(path)
    found = []
    for sheet in workbook.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                if cell.data_type == "f":
                    found.append(f"{sheet.title}!{cell.coordinate}")
    return found

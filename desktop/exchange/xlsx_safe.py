"""What may go into a spreadsheet cell: text, numbers and dates, never a formula, never a control character.

A value starting with = + - @ would run in the receiver's Excel if it were stored as a formula (a firm
named ``=HYPERLINK(...)`` or ``-1+1``: formula injection). The writer (``xlsx_writer``) stores every
string as an inline string and never writes ``<f>``, so such text can only be text; ``formula_cells``
checks a written file for it. Control characters are removed (tab and line feed kept).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

from desktop.domain.controls import strip_controls

# Characters that make a spreadsheet treat a typed value as a formula.
FORMULA_TRIGGERS = ("=", "+", "-", "@")

CellValue = str | int | Decimal | date | None


def cell_text(value: str) -> str:
    """The text a cell holds for ``value``: control characters removed, tab and line feed kept."""
    return strip_controls(value)


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

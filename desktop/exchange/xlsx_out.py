"""Writing spreadsheets that are safe to open: every cell is text or a number, never a formula.

A value starting with = + - @ would be run by Excel as a formula (formula injection from a firm name or
a note typed by anyone); such values are stored as plain strings. Shared by every export (lists, ledger).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop.exchange.xlsx_safe import CellValue, write_plain_cell
from desktop.store.atomic_file import atomic_output

if TYPE_CHECKING:
    from openpyxl.worksheet.worksheet import Worksheet


def cell_value(value: Any) -> CellValue:
    """What an export shows for a model value: numbers stay numbers, dates become ISO text (as the
    lists write them), booleans 是/否, everything else text."""
    if value is None or (isinstance(value, str | int | Decimal) and not isinstance(value, bool)):
        return value
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, float):
        return Decimal(str(value))
    if isinstance(value, datetime | date):
        return value.isoformat()[:10]
    return str(value)


def write_row(sheet: Worksheet, row: int, values: Sequence[Any], *, bold: bool = False) -> None:
    """One row through the shared formula-safe cell writer (text can never become a formula)."""
    for column, raw in enumerate(values, start=1):
        cell = write_plain_cell(sheet, row, column, cell_value(raw))
        if bold:
            from openpyxl.styles import Font  # (openpyxl loads when an export runs, not at the start)

            cell.font = Font(bold=True)


def write_table(
    path: Path,
    sheet_name: str,
    header: Sequence[str],
    rows: Iterable[Sequence[Any]],
    title: str | None = None,
    widths: Sequence[int] | None = None,
) -> int:
    """One sheet: an optional title row, the header, the rows. Returns the number of data rows."""
    from openpyxl import Workbook  # imported when an export runs: 0.16 s of the app's start otherwise

    book = Workbook()
    sheet = book.active
    sheet.title = sheet_name[:31]
    line = 1
    if title:
        write_row(sheet, 1, [title], bold=True)
        sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=max(len(header), 1))
        line = 2
    write_row(sheet, line, header, bold=True)
    count = 0
    for count, row in enumerate(rows, start=1):
        write_row(sheet, line + count, row)
    for index, width in enumerate(widths or (), start=1):
        sheet.column_dimensions[sheet.cell(row=line, column=index).column_letter].width = width
    sheet.freeze_panes = sheet.cell(row=line + 1, column=1)
    with atomic_output(path) as temp:
        book.save(temp)
    return count

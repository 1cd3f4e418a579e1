"""Writing spreadsheets that are safe to open: every cell is text or a number, never a formula.

A value starting with = + - @ would be run by Excel as a formula (formula injection from a firm name or
a note typed by anyone); such values are stored as plain strings. Shared by every export (lists, ledger).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Font
from openpyxl.worksheet.worksheet import Worksheet

from desktop.store.atomic_file import atomic_output

FORMULA_STARTS = ("=", "+", "-", "@")


def safe_value(value: Any) -> str | int | float | None:
    """Numbers stay numbers (Decimal as float for display); dates as ISO text; everything else text."""
    if value is None:
        return None
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, int | float):
        return value
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    if isinstance(value, datetime | date):
        return value.isoformat()[:10]
    return str(value)


def write_row(sheet: Worksheet, row: int, values: Sequence[Any], *, bold: bool = False) -> None:
    for column, raw in enumerate(values, start=1):
        value = safe_value(raw)
        cell = sheet.cell(row=row, column=column)
        cell.value = value
        if isinstance(value, str):
            cell.data_type = "s"  # never 'f', whatever the text starts with
        if bold:
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

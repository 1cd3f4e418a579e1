"""Writes the monthly work ledger into the 忻州 template (seed 003): the title, the period and 口径 lines, the
header, one row per firm and the 合计 row; A4 landscape, fitted to the page width, the title and header
repeated on every printed page and frozen on screen. Which firms and amounts: desktop/services/ledger_rows.py.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from decimal import Decimal
from pathlib import Path

from desktop.domain.dates import month_bounds
from desktop.domain.ledger import CODE_COLUMN, COLUMNS, TITLE, LedgerNote, LedgerRow, LedgerTotals
from desktop.domain.money import round_wan
from desktop.exchange.xlsx_safe import CellValue
from desktop.exchange.xlsx_writer import PrintSetup, Sheet, Style, column_letter, write_xlsx

__all__ = ["CODE_COLUMN", "COLUMNS", "TITLE", "LedgerNote", "LedgerRow", "write_workbook"]


def _totals_row(totals: LedgerTotals, with_code: bool, cumulative: bool) -> list[CellValue]:
    credited = f"累计授信 {totals.credited} 户" if cumulative else f"当月授信 {totals.credited} 户"
    row: list[CellValue] = [
        "合计",
        None,
        None,
        f"共 {totals.firms} 户",
        credited,
        round_wan(totals.credit_amount),
        None,
        None,
        round_wan(totals.new_loan_amount),
        None,
    ]
    if with_code:
        row.insert(4, None)
    return row


def _row_sums(rows: list[LedgerRow]) -> LedgerTotals:
    return LedgerTotals(
        len(rows),
        sum(r.credited for r in rows),
        sum((r.credit_amount or Decimal(0) for r in rows), Decimal(0)),
        sum((r.new_loan_amount for r in rows), Decimal(0)),
    )


def write_workbook(
    path: Path,
    rows: list[LedgerRow],
    *,
    year: int,
    month: int,
    with_code: bool,
    on_row: Callable[[int], None] | None = None,
    lines: Sequence[str] = (),
    totals: LedgerTotals | None = None,
    cumulative: bool = False,
) -> str:
    """Write the ledger workbook; returns the file's SHA-256.

    ``lines``: the title lines under the title (period, 口径, programme); by default the period alone.
    ``totals``: the 合计 row (the figures' own, so it agrees with the report); by default the rows' sums.
    ``on_row(n)`` is called after each row is laid out (progress; raising there stops before any file)."""
    headers = list(COLUMNS)
    if with_code:
        headers.insert(4, CODE_COLUMN)
    money = {headers.index("授信金额（万元）"), headers.index("对接后发放新贷款金额（万元）")}
    date_col = headers.index("对接时间")
    width = len(headers)
    if not lines:
        start, end = month_bounds(year, month)
        lines = (f"报送期间：{year}年{month}月（{start.isoformat()} 至 {end.isoformat()}）",)
    styles = [
        Style.MONEY if i in money else Style.DATE if i == date_col else Style.PLAIN for i in range(width)
    ]
    table: list[list[tuple[CellValue, Style]]] = [[(TITLE, Style.TITLE)]]
    table += [[(line, Style.WRAP)] for line in lines]
    table.append([(h, Style.HEADER) for h in headers])
    for n, row in enumerate(rows, start=1):
        table.append(list(zip(row.cells(with_code), styles, strict=True)))
        if on_row is not None:
            on_row(n)
    totals = totals or _row_sums(rows)
    table.append(
        [
            (v, Style.BOLD_MONEY if i in money else Style.BOLD)
            for i, v in enumerate(_totals_row(totals, with_code, cumulative))
        ]
    )
    last = column_letter(width)
    header_row = len(lines) + 2
    wide = headers.index(CODE_COLUMN if with_code else "备注")
    sheet = Sheet(
        title=f"{year}年{month:02d}月",
        rows=table,
        widths=[24 if i in money else 20 if i == wide else 18 for i in range(width)],
        merges=[f"A{r}:{last}{r}" for r in range(1, header_row)],
        freeze_row=header_row,
        print_setup=PrintSetup(landscape=True, fit_width=True, title_rows=header_row),
    )
    write_xlsx(path, sheet)
    return hashlib.sha256(path.read_bytes()).hexdigest()

"""An activity's sign-in sheet (签到表, .xlsx / .xls / .csv, read by ``tables.read_tables``): the firms on
it, by credit code wherever one stands in a row, else by the name in the column headed 企业名称 (单位名称,
参会单位, 名称 …). Each entry says its sheet and row, as Excel shows them, for the officer's check."""

from __future__ import annotations

import csv
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop.domain.uscc import is_valid, normalize
from desktop.exchange.tables import UnusableFile, read_tables

NAME_HEADERS = (
    "企业名称", "单位名称", "公司名称", "商户名称", "参会企业", "参会单位", "参会企业名称", "参加企业",
    "个体工商户名称", "经营者名称", "名称", "企业", "单位",
)  # fmt: skip
MAX_ROWS = 20_000  # a sign-in sheet is a page or two; a list of this size is the wrong file


@dataclass(frozen=True)
class SignInEntry:
    sheet: str
    row: int  # 1-based, as Excel shows it
    text: str  # the credit code (normalised) or the firm name as written
    is_code: bool


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip()


def _name_column(cells: list[str]) -> int | None:
    for header in NAME_HEADERS:
        if header in cells:
            return cells.index(header)
    return None


def _entries(sheet: str, rows: Iterable[list[Any]]) -> list[SignInEntry]:
    found: list[SignInEntry] = []
    name_column: int | None = None
    for index, raw in enumerate(rows):
        if index >= MAX_ROWS:
            raise UnusableFile(
                f"签到表的工作表“{sheet}”超过 {MAX_ROWS} 行，请确认选择的是签到表",
                en=f"The sheet “{sheet}” has more than {MAX_ROWS} rows; check that this is the sign-in sheet",
            )
        cells = [_cell(c) for c in raw]
        code = next((normalize(c) for c in cells if c and is_valid(c)), None)
        if code is not None:
            found.append(SignInEntry(sheet, index + 1, code, True))
        elif name_column is None:
            name_column = _name_column(cells)
        elif name_column < len(cells) and cells[name_column]:
            found.append(SignInEntry(sheet, index + 1, cells[name_column], False))
    return found


def read_sign_in(path: Path) -> list[SignInEntry]:
    """Every firm the sheet names, in order (a blank row or a row with neither is skipped)."""
    entries: list[SignInEntry] = []
    for sheet in read_tables(path):
        try:
            entries += _entries(sheet.name, sheet.rows)
        except csv.Error as exc:  # a CSV that is not text rows (a stray carriage return, binary bytes)
            raise UnusableFile(
                f"无法读取签到表 {path.name}：{exc}", en=f"Cannot read the sign-in sheet {path.name}: {exc}"
            ) from exc
    if not entries:
        raise UnusableFile(
            f"签到表 {path.name} 中没有找到企业：需要统一社会信用代码，或表头为“企业名称”的一列",
            en=f"No firm was found in the sign-in sheet {path.name}: it needs credit codes, or a column "
            "headed 企业名称 (firm name)",
        )
    return entries

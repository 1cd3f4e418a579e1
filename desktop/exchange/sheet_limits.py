"""Refusing a workbook whose declared size no list has, before a reader allocates for it.

A 2 KB .xlsx whose sheet declares the range A1:XFD1048576, or a 3 MB zip that inflates to gigabytes,
made the native reader allocate until the process aborted (issue 16 item 6). The zip directory states
each part's uncompressed size and a worksheet states its range in its first bytes; both are read here
without inflating anything else. What the declarations hide is left to the child process that reads the
file (services/sheet_reader.py).
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

from desktop.exchange.tables import UnusableFile

MAX_ROWS = 1_100_000  # a province's list is ~530,000 rows; Excel's own limit is 1,048,576
MAX_COLUMNS = 200
MAX_UNCOMPRESSED = 2 << 30  # 2 GB: a 1,048,576-row sheet of 20 columns is about 1 GB of XML
_HEAD_BYTES = 4096  # the <dimension> element comes right after <sheetPr> in every writer's output
_SCAN_BYTES = 4 << 20  # a sheet this small is read whole for its cell references (a few ms)
_CELL = re.compile(rb"<(?:\w+:)?c\s[^>]*?\br=\"([A-Z]{1,3})(\d+)\"")
_ROW = re.compile(rb"<(?:\w+:)?row\s[^>]*?\br=\"(\d+)\"")
_DIMENSION = re.compile(rb"<(?:\w+:)?dimension\s+ref=\"([A-Z]{1,3})?(\d+)?(?::([A-Z]{1,3})(\d+))?\"")


def check_limits(path: Path) -> None:
    """UnusableFile when a zip-based workbook declares more than a list can hold."""
    if not zipfile.is_zipfile(path):
        return
    try:
        with zipfile.ZipFile(path) as archive:
            parts = archive.infolist()
            total = sum(part.file_size for part in parts)
            if total > MAX_UNCOMPRESSED:
                raise _too_big(
                    path, f"解压后 {total / (1 << 30):.1f} GB", f"{total / (1 << 30):.1f} GB unpacked"
                )
            for part in parts:
                if part.filename.startswith("xl/worksheets/") and part.filename.endswith(".xml"):
                    _check_dimension(path, archive, part)
    except (zipfile.BadZipFile, OSError, RuntimeError, NotImplementedError, ValueError):
        return  # not a zip the checks can read: the reader says what is wrong with it


def _check_dimension(path: Path, archive: zipfile.ZipFile, part: zipfile.ZipInfo) -> None:
    """The range the sheet declares; a small sheet's cells too (a few KB can name cell XFD1048576)."""
    with archive.open(part) as stream:
        head = stream.read(_HEAD_BYTES if part.file_size > _SCAN_BYTES else _SCAN_BYTES)
    rows, columns = 0, 0
    match = _DIMENSION.search(head)
    if match is not None:
        first_col, first_row, last_col, last_row = match.groups()
        column, row = last_col or first_col, last_row or first_row
        rows = int(row) if row else 0
        columns = column_number(column.decode()) if column else 0
    if part.file_size <= _SCAN_BYTES:
        for column_ref, row_ref in _CELL.findall(head):
            rows, columns = max(rows, int(row_ref)), max(columns, column_number(column_ref.decode()))
        rows = max([rows, *(int(r) for r in _ROW.findall(head))])
    _check_size(path, rows, columns)


def _check_size(path: Path, rows: int, columns: int) -> None:
    if rows > MAX_ROWS:
        raise _too_big(path, f"工作表声明有 {rows} 行", f"a sheet declares {rows} rows")
    if columns > MAX_COLUMNS:
        raise _too_big(path, f"工作表声明有 {columns} 列", f"a sheet declares {columns} columns")


def column_number(letters: str) -> int:
    """'A' -> 1, 'Z' -> 26, 'AA' -> 27, 'XFD' -> 16384."""
    number = 0
    for letter in letters:
        number = number * 26 + ord(letter) - ord("A") + 1
    return number


def _too_big(path: Path, what: str, what_en: str) -> UnusableFile:
    return UnusableFile(
        f"文件 {path.name} 无法导入：{what}，超出名单的上限（{MAX_ROWS} 行、{MAX_COLUMNS} 列、解压后 2 GB）。"
        "请在 Excel 或 WPS 中删除多余的空行空列（或只复制名单所在的区域到新表格）后另存再导入",
        en=f"The file {path.name} cannot be imported: {what_en}, beyond what a list can hold ({MAX_ROWS} rows, "
        f"{MAX_COLUMNS} columns, 2 GB unpacked). Delete the empty rows and columns in Excel or WPS (or copy "
        "just the list into a new workbook), save it and import that",
    )

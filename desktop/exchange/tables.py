"""Reading every sheet of a spreadsheet or CSV file as rows of cell values.

Row ``i`` of a sheet is the row Excel shows as ``i + 1`` (leading empty rows are kept), so problems are
reported with the row numbers the officer sees.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from python_calamine import CalamineWorkbook

from desktop.domain.errors import DomainError

SPREADSHEET_SUFFIXES = (".xlsx", ".xlsm", ".xls", ".xlsb", ".ods")
CSV_SUFFIXES = (".csv", ".txt")


class UnusableFile(DomainError):
    """The file cannot be used at all: nothing is imported."""


@dataclass
class RawSheet:
    name: str
    # Streamed (a 530,000-row list is never held as Python cells at once); row i is Excel row i + 1.
    rows: Iterable[list[Any]]
    height: int = 0  # rows in the sheet when known (for a progress percentage); 0 when not


def read_tables(path: Path) -> list[RawSheet]:
    if not path.is_file():
        raise UnusableFile(f"找不到文件 {path}", en=f"The file {path} was not found")
    suffix = path.suffix.lower()
    if suffix in CSV_SUFFIXES:
        data = path.read_bytes()
        return [RawSheet(path.stem, _read_csv(data), data.count(b"\n"))]
    head = path.read_bytes()[:8]
    if head.startswith(b"\xd0\xcf\x11\xe0") and suffix in (".xlsx", ".xlsm"):
        raise UnusableFile(
            f"文件 {path.name} 已加密（设置了打开密码），请在 Excel 中取消密码后另存再导入",
            en=f"The file {path.name} is encrypted (it has an open password); remove the password in Excel, "
            "save it again and import that",
        )
    if suffix not in SPREADSHEET_SUFFIXES:
        raise UnusableFile(
            f"文件 {path.name} 不是 Excel 表格或 CSV 文件（支持 .xlsx、.xls、.csv）",
            en=f"The file {path.name} is not an Excel workbook or a CSV file (.xlsx, .xls and .csv are supported)",
        )
    try:
        book = CalamineWorkbook.from_path(str(path))
        sheets = []
        for name in book.sheet_names:
            sheet = book.get_sheet_by_name(name)
            sheets.append(RawSheet(name, sheet.iter_rows(), sheet.height))
    except Exception as exc:  # calamine raises its own error types for every kind of broken file
        message = str(exc)
        if "password" in message.lower() or "encrypt" in message.lower():
            raise UnusableFile(
                f"文件 {path.name} 已加密（设置了打开密码），请取消密码后再导入",
                en=f"The file {path.name} is encrypted (it has an open password); remove the password and import again",
            ) from exc
        raise UnusableFile(
            f"无法读取文件 {path.name}：它不是有效的 Excel 表格（{message}）",
            en=f"Cannot read the file {path.name}: it is not a valid Excel workbook ({message})",
        ) from exc
    return sheets


def decode_csv(data: bytes) -> str:
    """UTF-8 with or without BOM, else GB18030 (what Excel saves as 'CSV' on Chinese Windows)."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("gb18030")
    except UnicodeDecodeError as exc:
        raise UnusableFile(
            "无法识别 CSV 文件的编码（应为 UTF-8 或 GBK/GB18030）",
            en="The encoding of the CSV file is not recognised (it should be UTF-8 or GBK/GB18030)",
        ) from exc


def _read_csv(data: bytes) -> Iterable[list[Any]]:
    if b"\x00" in data[:4096]:
        raise UnusableFile("这不是文本格式的 CSV 文件", en="This is not a CSV text file")
    content = decode_csv(data)
    try:
        dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(content[:4096], delimiters=",\t;")
    except csv.Error:
        dialect = csv.excel
    # newline="": lines end at \r, \n or \r\n as the csv module expects (a lone \r is no error).
    return csv.reader(io.StringIO(content, newline=""), dialect)

"""Reading every sheet of a list file as rows of cell values, whatever kind of file it really is.

The kind is told from the content, not the name: web platforms save HTML tables or SpreadsheetML XML
under ".xls", Excel's "Unicode text" is UTF-16 with tabs (issue 20 item 5). Row ``i`` of a sheet is the
row Excel shows as ``i + 1`` (leading empty rows are kept), so problems are reported with the row numbers
the officer sees.
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
CSV_SUFFIXES = (".csv", ".txt", ".tsv")
_ZIP, _OLE = b"PK\x03\x04", b"\xd0\xcf\x11\xe0"
_BOMS = ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"))
_SNIFF = 4096


class UnusableFile(DomainError):
    """The file cannot be used at all: nothing is imported."""


@dataclass
class RawSheet:
    name: str
    # Streamed (a 530,000-row list is never held as Python cells at once); row i is Excel row i + 1.
    rows: Iterable[list[Any]]
    height: int = 0  # rows in the sheet when known (for a progress percentage); 0 when not
    # A text file's rows hold every field the line has (CSV): a last row shorter than the header is a
    # line cut off (issue 16 item 7). Spreadsheets leave trailing empty cells out.
    fields_counted: bool = False


def is_text_file(path: Path) -> bool:
    """CSV, HTML or SpreadsheetML: read in Python (no native reader that could bring the process down)."""
    with path.open("rb") as handle:
        head = handle.read(8)
    return not head.startswith((_ZIP, _OLE)) and path.suffix.lower() not in (".numbers", ".et", ".ett")


def read_tables(path: Path) -> list[RawSheet]:
    if not path.is_file():
        raise UnusableFile(f"找不到文件 {path}", en=f"The file {path} was not found")
    with path.open("rb") as handle:
        head = handle.read(_SNIFF)
    _refuse_known_kinds(path, head)
    if head.startswith((_ZIP, _OLE)):
        return _read_workbook(path)
    from desktop.exchange.markup_tables import read_markup  # HTML / SpreadsheetML: only when one comes

    data = path.read_bytes()
    try:
        text = decode_text(data, path.name)
    except UnusableFile:
        if path.suffix.lower() in CSV_SUFFIXES:
            raise
        raise _unknown(path) from None
    markup = read_markup(text, path.stem)
    if markup is not None:
        return markup
    if path.suffix.lower() not in CSV_SUFFIXES and not _looks_delimited(text):
        raise _unknown(path)
    return [RawSheet(path.stem, _read_csv(text), text.count("\n") or text.count("\r"), fields_counted=True)]


def _refuse_known_kinds(path: Path, head: bytes) -> None:
    suffix = path.suffix.lower()
    name = path.name
    if suffix in (".et", ".ett") and not head.startswith(_ZIP):
        raise UnusableFile(
            f"文件 {name} 是 WPS 表格格式（.et），无法直接导入。请在 WPS 中“另存为”Excel 工作簿（.xlsx）后导入",
            en=f"The file {name} is a WPS spreadsheet (.et), which cannot be imported directly. In WPS use "
            "“Save as” an Excel workbook (.xlsx) and import that",
        )
    if suffix == ".numbers":
        raise UnusableFile(
            f"文件 {name} 是苹果 Numbers 表格，无法直接导入。请在 Numbers 中“导出为”Excel（.xlsx）后导入",
            en=f"The file {name} is an Apple Numbers spreadsheet, which cannot be imported directly. In Numbers "
            "use “Export to” Excel (.xlsx) and import that",
        )
    if head.startswith(_OLE) and (suffix in (".xlsx", ".xlsm") or b"E\x00n\x00c\x00r\x00y\x00p\x00t" in head):
        raise _encrypted(name)


def _encrypted(name: str) -> UnusableFile:
    return UnusableFile(
        f"文件 {name} 已加密（设置了打开密码），无法读取。请在 Excel 或 WPS 中取消密码后另存，再导入",
        en=f"The file {name} is encrypted (it has an open password) and cannot be read. Remove the password in "
        "Excel or WPS, save it again and import that",
    )


def _unknown(path: Path) -> UnusableFile:
    return UnusableFile(
        f"文件 {path.name} 不是可识别的表格文件（支持 Excel .xlsx/.xls、WPS 另存的 .xlsx、.ods、CSV 和网页导出的"
        " .xls）。请用 Excel 或 WPS 打开后另存为 .xlsx 再导入",
        en=f"The file {path.name} is not a spreadsheet the app recognises (Excel .xlsx/.xls, .ods, CSV and the "
        "“.xls” web pages that platforms export are supported). Open it in Excel or WPS, save it as .xlsx and "
        "import that",
    )


def _read_workbook(path: Path) -> list[RawSheet]:
    try:
        book = CalamineWorkbook.from_path(str(path))
        sheets = []
        for name in book.sheet_names:
            sheet = book.get_sheet_by_name(name)
            sheets.append(RawSheet(name, sheet.iter_rows(), sheet.height))
    except Exception as exc:  # calamine raises its own error types for every kind of broken file
        message = str(exc)
        if "password" in message.lower() or "encrypt" in message.lower():
            raise _encrypted(path.name) from exc
        if path.suffix.lower() not in SPREADSHEET_SUFFIXES:
            raise _unknown(path) from exc
        raise UnusableFile(
            f"无法读取文件 {path.name}：它不是有效的 Excel 表格（{message}）。请用 Excel 或 WPS 打开后另存再导入",
            en=f"Cannot read the file {path.name}: it is not a valid Excel workbook ({message}). Open it in Excel "
            "or WPS, save it again and import that",
        ) from exc
    return sheets


def decode_text(data: bytes, name: str = "") -> str:
    """UTF-8 or UTF-16 by their BOM; UTF-16 without one by its zero bytes; else UTF-8, else GB18030 (what
    Excel saves as 'CSV' on Chinese Windows)."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _decode(data, encoding, name)
    head = data[:_SNIFF]
    if head and head.count(b"\x00") * 4 >= len(head):  # text that is mostly ASCII, in UTF-16
        zero_first = head[0::2].count(b"\x00") > head[1::2].count(b"\x00")
        return _decode(data, "utf-16-be" if zero_first else "utf-16-le", name)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return _decode(data, "gb18030", name)


def decode_csv(data: bytes, name: str = "") -> str:
    """The text of a CSV file (kept for callers of the earlier name)."""
    return decode_text(data, name)


def _decode(data: bytes, encoding: str, name: str) -> str:
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise UnusableFile(
            f"无法识别文件 {name} 的编码（应为 UTF-8、UTF-16 或 GBK/GB18030）。请用 Excel 打开后另存为“CSV UTF-8”"
            "或 .xlsx 再导入",
            en=f"The encoding of the file {name} is not recognised (it should be UTF-8, UTF-16 or GBK/GB18030). "
            "Open it in Excel, save it as “CSV UTF-8” or .xlsx and import that",
        ) from exc
    if "\x00" in text[:_SNIFF]:
        raise UnusableFile(
            f"文件 {name} 不是文本格式的 CSV 文件。请用 Excel 打开后另存为 .xlsx 再导入",
            en=f"The file {name} is not a CSV text file. Open it in Excel, save it as .xlsx and import that",
        )
    return text


def _looks_delimited(text: str) -> bool:
    head = text[:_SNIFF]
    return any(mark in head for mark in (",", "\t", "，"))


def _read_csv(content: str) -> Iterable[list[Any]]:
    sample = content[:_SNIFF].replace("\r\n", "\n").replace("\r", "\n")
    try:
        dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(sample, delimiters=",\t;")
    except csv.Error:
        dialect = csv.excel_tab if sample.count("\t") > sample.count(",") else csv.excel
    # newline="": the reader itself takes \r\n, \n and a lone \r (old Mac tools) as line ends.
    return csv.reader(io.StringIO(content, newline=""), dialect)

""".xls files that are really markup: HTML tables and SpreadsheetML 2003 XML, as web platforms export
them (issue 20 item 5). Each table (HTML) or worksheet (XML) is a sheet; cells are text as the file
gives them (a credit code stays text), spanned cells leave empty cells after them as Excel shows them.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ElementTree
from html.parser import HTMLParser
from typing import Any

from desktop.exchange.tables import RawSheet, UnusableFile

_SS = "urn:schemas-microsoft-com:office:spreadsheet"
_HTML = re.compile(r"<\s*(html|table)\b", re.IGNORECASE)
_XML_WORKBOOK = re.compile(r"<\?xml[^>]*>\s*(<\?mso[^>]*>\s*)*(<!--.*?-->\s*)*<(\w+:)?Workbook\b", re.DOTALL)
_BREAK = re.compile(r"[ \t\r\n\f]+")


def read_markup(text: str, stem: str) -> list[RawSheet] | None:
    """The sheets of an HTML or SpreadsheetML file; None for any other text."""
    head = text[:4096].lstrip("\ufeff")
    if _XML_WORKBOOK.match(head.lstrip()) or (head.lstrip().startswith("<?xml") and _SS in head):
        return _spreadsheet_ml(text, stem)
    if _HTML.search(head):
        return _html(text, stem)
    return None


class _Tables(HTMLParser):
    """Rows of every <table>; <br> is a line break inside a cell, colspan leaves empty cells after it."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tables: list[list[list[Any]]] = []
        self._row: list[Any] | None = None
        self._cell: list[str] | None = None
        self._span = 1
        self._depth = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "table":
            self._depth += 1
            if self._depth == 1:
                self.tables.append([])
        elif tag == "tr" and self._depth == 1:
            self._end_row()
            self._row = []
        elif tag in ("td", "th") and self._depth == 1:
            self._end_cell()
            if self._row is None:
                self._row = []
            self._cell = []
            span = dict(attrs).get("colspan") or "1"
            self._span = min(int(span), 200) if span.isdigit() else 1
        elif tag == "br" and self._cell is not None:
            self._cell.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag == "table":
            if self._depth == 1:
                self._end_row()
            self._depth = max(0, self._depth - 1)
        elif tag == "tr" and self._depth == 1:
            self._end_row()
        elif tag in ("td", "th") and self._depth == 1:
            self._end_cell()

    def handle_data(self, data: str) -> None:
        if self._cell is not None:
            self._cell.append(_BREAK.sub(" ", data))

    def _end_cell(self) -> None:
        if self._cell is not None and self._row is not None:
            value = "".join(self._cell).replace(" \n", "\n").replace("\n ", "\n").strip()
            self._row.append(value or None)
            self._row.extend([None] * (self._span - 1))
        self._cell = None

    def _end_row(self) -> None:
        self._end_cell()
        if self._row is not None and self.tables:
            self.tables[-1].append(self._row)
        self._row = None


def _html(text: str, stem: str) -> list[RawSheet]:
    parser = _Tables()
    parser.feed(text)
    parser.close()
    tables = [rows for rows in parser.tables if rows]
    if not tables:
        raise UnusableFile(
            f"文件 {stem} 是网页，但其中没有表格", en=f"The file {stem} is a web page with no table in it"
        )
    names = [stem] if len(tables) == 1 else [f"{stem}（表{i + 1}）" for i in range(len(tables))]
    return [RawSheet(name, rows, len(rows)) for name, rows in zip(names, tables, strict=True)]


def _spreadsheet_ml(text: str, stem: str) -> list[RawSheet]:
    try:
        root = ElementTree.fromstring(text.lstrip("\ufeff").encode("utf-8"))
    except ElementTree.ParseError as exc:
        raise UnusableFile(
            f"文件 {stem} 是 XML 表格（SpreadsheetML），但内容不完整或已损坏（{exc}）",
            en=f"The file {stem} is an XML spreadsheet (SpreadsheetML) but it is incomplete or damaged ({exc})",
        ) from exc
    sheets = []
    for index, worksheet in enumerate(root.iter(f"{{{_SS}}}Worksheet")):
        name = worksheet.get(f"{{{_SS}}}Name") or f"Sheet{index + 1}"
        rows = _xml_rows(worksheet)
        sheets.append(RawSheet(name, rows, len(rows)))
    if not sheets:
        raise UnusableFile(
            f"文件 {stem} 是 XML 文件，但其中没有工作表",
            en=f"The file {stem} is an XML file with no worksheet in it",
        )
    return sheets


def _xml_rows(worksheet: ElementTree.Element) -> list[list[Any]]:
    rows: list[list[Any]] = []
    for row in worksheet.iter(f"{{{_SS}}}Row"):
        at = _index(row)
        if at is not None and at - 1 > len(rows):
            rows.extend([] for _ in range(min(at - 1, 1_100_000) - len(rows)))  # rows it skips
        cells: list[Any] = []
        for cell in row.iter(f"{{{_SS}}}Cell"):
            column = _index(cell)
            if column is not None and column - 1 > len(cells):
                cells.extend([None] * (min(column, 200) - 1 - len(cells)))
            cells.append(_value(cell))
            across = cell.get(f"{{{_SS}}}MergeAcross")
            if across and across.isdigit():
                cells.extend([None] * min(int(across), 200))
        rows.append(cells)
    return rows


def _index(element: ElementTree.Element) -> int | None:
    value = element.get(f"{{{_SS}}}Index")
    return int(value) if value and value.isdigit() else None


def _value(cell: ElementTree.Element) -> Any:
    data = cell.find(f"{{{_SS}}}Data")
    if data is None:
        return None
    text = "".join(data.itertext())
    kind = data.get(f"{{{_SS}}}Type")
    if kind == "Number":
        try:
            number = float(text)
        except ValueError:
            return text
        return int(number) if number.is_integer() and abs(number) < 1e15 else number
    if kind == "DateTime":
        return text[:10] if text[10:].strip("T0:.") == "" else text.replace("T", " ")
    if kind == "Boolean":
        return text.strip() == "1"
    return text or None

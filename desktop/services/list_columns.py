"""What columns a list file has and which firm field each maps to: the import wizard's mapping step.

Reads only the first rows of each sheet. The suggestion is what the import would do with no mapping
given (``list_import._parse``): the synonym table, else the first saved profile that finds the code
column. A file neither recognises still gets its likely header row and its columns, so the officer can
pick the code column by hand instead of meeting a dead end.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop.exchange.columns import FIELD_LABELS, HEADER_SCAN_ROWS, SheetLayout, detect_layout, match_header
from desktop.exchange.tables import UnusableFile
from desktop.exchange.xlsx_writer import column_letter
from desktop.services.jobs import CancelToken
from desktop.services.mapping_profiles import BadMapping, all_profiles, check_mapping
from desktop.services.sheet_reader import read_sheets as read_tables
from desktop.services.workspace import Workspace

SAMPLE_ROWS = 3
HEAD_ROWS = HEADER_SCAN_ROWS + SAMPLE_ROWS + 5  # rows read per sheet: the header scan and some data
_CODE_SHAPE = re.compile(
    r"[0-9A-Z]{18}"
)  # data values shown under each column, enough to tell a code from a phone number


@dataclass(frozen=True)
class SourceColumn:
    index: int  # 0-based column index
    letter: str  # as Excel shows it (A, B, ... AA)
    header: str  # the header text ("" for an unnamed column, which cannot be mapped)
    field: str | None  # the firm field suggested, None = not imported
    samples: tuple[str, ...] = ()

    @property
    def looks_like_code(self) -> bool:
        """Every sample is shaped like a credit code: the column the officer most likely wants as one."""
        codes = [v.upper().replace(" ", "") for v in self.samples if v]
        return bool(codes) and all(_CODE_SHAPE.fullmatch(v) for v in codes)


@dataclass
class SheetColumns:
    name: str
    header_row: int | None  # as Excel shows it (1-based); None: the sheet holds no table
    columns: list[SourceColumn] = field(default_factory=list)
    recognised: bool = False  # the code column was found without the officer's help


@dataclass
class FileHead:
    """The first rows of each sheet: all the mapping step needs, kept so a changed header row or
    mapping is described again without reading the file again."""

    file_name: str
    sheets: list[tuple[str, list[list[Any]]]]


@dataclass
class FileColumns:
    file_name: str
    sheets: list[SheetColumns]
    profile_name: str | None = None  # the saved profile that matched, if the synonyms did not
    head: FileHead | None = field(default=None, repr=False)

    @property
    def recognised(self) -> bool:
        return any(s.recognised for s in self.sheets)

    def mapping(self) -> dict[str, str]:
        """header -> field ("" = ignore) for every named column, as ``preview_import(profile=...)`` takes it."""
        result: dict[str, str] = {}
        for sheet in self.sheets:
            for column in sheet.columns:
                if column.header and column.header not in result:
                    result[column.header] = column.field or ""
        return result


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip()


def _guess_header_row(rows: list[list[Any]]) -> int | None:
    """No code column found: the row naming the most known fields, else the first with the most texts
    (a header is all text; a title row has one; data rows have numbers, and come below)."""
    best: tuple[int, int, int] | None = None  # (known fields, texts, -index)
    for index, row in enumerate(rows[:HEADER_SCAN_ROWS]):
        texts = [v for v in row if isinstance(v, str) and v.strip()]
        known = len({m for v in texts if (m := match_header(v))})
        score = (known, len(texts), -index)
        if len(texts) >= 2 and (best is None or score > best):
            best = score
    return -best[2] if best is not None else None


def _top_row(rows: list[list[Any]], layout: SheetLayout) -> int:
    """The first header row (the one naming the code column) of a one- or two-row header."""
    last = layout.header_row
    code_col = layout.columns.get("uscc")
    if code_col is not None and code_col < len(rows[last]) and _text(rows[last][code_col]):
        return last
    return max(last - 1, 0)


def _sheet_columns(
    name: str,
    rows: list[list[Any]],
    layout: SheetLayout | None,
    profile: Mapping[str, str] | None,
    samples: int,
    forced: int | None = None,
) -> SheetColumns:
    if forced is not None or layout is None:
        guessed = forced if forced is not None and forced < len(rows) else _guess_header_row(rows)
        if guessed is None:
            return SheetColumns(name, None)
        top = last = guessed
        # What the synonyms (or the mapping given) make of this row's columns.
        fields: dict[int, str] = {}
        for col, value in enumerate(rows[guessed]):
            matched = match_header(value, profile) if isinstance(value, str) else None
            if matched and matched not in fields.values():
                fields[col] = matched
        named: dict[int, str] = {}
    else:
        top, last = _top_row(rows, layout), layout.header_row
        fields = {col: f for f, col in layout.columns.items()}
        named = layout.headers
    width = max((len(r) for r in rows[top : last + 1 + samples]), default=0)
    data = [r for r in rows[last + 1 :] if any(_text(v) for v in r)][:samples]
    columns = []
    for col in range(width):
        header = named.get(col) or ""
        for row in (rows[last], rows[top]):
            if not header and col < len(row) and isinstance(row[col], str):
                header = row[col].strip()
        values = tuple(_text(r[col]) for r in data if col < len(r))
        if header or any(values):
            columns.append(SourceColumn(col, column_letter(col + 1), header, fields.get(col), values))
    recognised = layout is not None or (forced is not None and "uscc" in fields.values())
    return SheetColumns(name, last + 1, columns, recognised=recognised)


def read_head(path: Path, *, cancel: CancelToken | None = None) -> FileHead:
    """The first rows of every sheet (``UnusableFile`` for a file that cannot be read at all)."""
    sheets: list[tuple[str, list[list[Any]]]] = []
    for sheet in read_tables(path):
        if cancel is not None:
            cancel.raise_if_cancelled()
        sheets.append((sheet.name, list(itertools.islice(sheet.rows, HEAD_ROWS))))
    return FileHead(path.name, sheets)


def describe_file(
    ws: Workspace,
    path: Path,
    profile: Mapping[str, str] | None = None,
    *,
    header_rows: Mapping[str, int] | None = None,
    cancel: CancelToken | None = None,
) -> FileColumns:
    """The sheets of ``path``, the header row found on each and each column's suggested field.

    With ``profile`` given, that mapping is shown (as the import would read it); without, the synonyms
    and then the saved profiles are tried in turn. ``header_rows`` (sheet -> row as Excel numbers it)
    overrides the header row found. Changes nothing.
    """
    columns = describe_head(ws, read_head(path, cancel=cancel), profile, header_rows=header_rows)
    if all(sheet.header_row is None for sheet in columns.sheets):
        raise UnusableFile(
            f"文件 {path.name} 中没有找到带表头的表格（表头应在前 {HEADER_SCAN_ROWS} 行内）",
            en=f"No table with a header row in {path.name} (the header should be within the first "
            f"{HEADER_SCAN_ROWS} rows)",
        )
    return columns


def describe_head(
    ws: Workspace,
    head: FileHead,
    profile: Mapping[str, str] | None = None,
    *,
    header_rows: Mapping[str, int] | None = None,
) -> FileColumns:
    """``describe_file`` on rows already read."""
    heads = head.sheets
    tries: list[tuple[str | None, Mapping[str, str] | None]] = [(None, profile)]
    if not profile:
        tries += list(all_profiles(ws).items())
    profile_name, mapping, layouts = None, profile, {}
    for name_tried, mapping_tried in tries:
        found = {name: detect_layout(rows, mapping_tried) for name, rows in heads}
        if any(found.values()):
            profile_name, mapping, layouts = name_tried, mapping_tried, found
            break
    forced = {k: v - 1 for k, v in (header_rows or {}).items() if v >= 1}
    sheets = [
        _sheet_columns(name, rows, layouts.get(name), mapping, SAMPLE_ROWS, forced.get(name))
        for name, rows in heads
    ]
    return FileColumns(head.file_name, sheets, profile_name, head)


def check_choice(columns: FileColumns, mapping: Mapping[str, str]) -> None:
    """The officer's mapping can be imported: known fields, a code and a name column, and on no sheet
    one field taken by two columns."""
    check_mapping(mapping)
    chosen = [
        [(c.header, mapping.get(c.header) or "") for c in sheet.columns if c.header]
        for sheet in columns.sheets
        if sheet.header_row is not None
    ]
    taken = {f for sheet in chosen for _h, f in sheet}
    if "uscc" not in taken:
        raise BadMapping(
            "请指定哪一列是“统一社会信用代码”",
            en="Please choose the column that holds the credit code (USCC)",
        )
    if "name" not in taken:
        raise BadMapping("请指定哪一列是“企业名称”", en="Please choose the column that holds the firm name")
    for sheet in chosen:
        counts = Counter(f for _h, f in sheet if f)
        twice = [f for f, n in counts.items() if n > 1]
        if twice:
            names = "、".join(FIELD_LABELS.get(f, f) for f in twice)
            headers = "、".join(h for h, f in sheet if f in twice)
            raise BadMapping(
                f"字段“{names}”对应了多列（{headers}），每个字段只能选一列",
                en=f"The field(s) {', '.join(twice)} are chosen for several columns ({', '.join(h for h, f in sheet if f in twice)}); "
                "each field takes one column",
            )

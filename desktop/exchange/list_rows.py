"""Turning the sheets of a regional list into validated firm rows, and reporting the rows that are not.

A row without a valid credit code is reported (sheet, the row number Excel shows, column, reason) and
skipped; a code seen again is merged into the first row and counted as a duplicate; blank rows, repeated
headers and notes or totals below the table are not firms and are passed over silently.

Rows are cleaned a block at a time (``clean_rows``: each row on its own, so a block may be cleaned in
another process, see services/import_helper.py) and the blocks' outcomes merged into the list in row
order (``ParsedList.add``: merging a repeated code depends on what came before it).
"""

from __future__ import annotations

import itertools
import re
import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any, Protocol

from desktop.domain.divisions import county_of, same_county
from desktop.domain.errors import is_english
from desktop.domain.listed_fields import LISTED_FIELDS
from desktop.domain.uscc import CHARSET, EntityType, InvalidUscc, parse
from desktop.exchange import cells
from desktop.exchange.columns import (
    HEADER_SCAN_ROWS,
    SheetLayout,
    detect_layout,
    match_header,
    own_export,
    title_of,
)
from desktop.exchange.tables import RawSheet, UnusableFile

FIELD_INDEX = {name: i for i, name in enumerate(LISTED_FIELDS)}
_FIELD_COUNT = len(LISTED_FIELDS)
_NAME_SLOT = FIELD_INDEX["name"]
_COUNTY_SLOT = FIELD_INDEX["county"]
_CLEANERS: dict[str, Callable[[Any], Any]] = {
    "name": cells.name,
    "legal_rep": cells.text,
    "address": cells.free_text,
    "founded": cells.iso_date,
    "registered_capital": cells.capital_units,
    "phone": cells.phone,
    "banks_serving": cells.count,
}
# Fields whose cells repeat across a list (a dozen counties, a few thousand dates, a few hundred
# capitals): each distinct cell is cleaned once per sheet, and text interned, which keeps a 530,000-row
# list well inside its memory budget.
_REPEATED = frozenset(
    (
        "size",
        "industry",
        "county",
        "founded",
        "registered_capital",
        "basic_account_bank",
        "banks_serving",
        "assigned_bank",
        "assigned_branch",
        "assigned_officer",
    )
)
_NOTE = re.compile(
    r"^(合计|总计|小计|共计|注|备注|说明|填报|制表|审核|数据来源|联系人|附注|[0-9一二三四五六七八九十]+[、.．])"
)
_ENTITY_TEXT = (
    ("个体", EntityType.INDIVIDUAL),
    ("合作社", EntityType.COOPERATIVE),
    ("公司", EntityType.ENTERPRISE),
)


@dataclass(frozen=True)
class RowProblem:
    sheet: str
    row: int  # as Excel shows it (1-based)
    column: str
    reason: str  # Chinese, as the CLI and the JSON report give it
    reason_en: str | None = None

    def text(self, language: str | None) -> str:
        """The reason in ``language`` ("zh_CN" or "en"), Chinese when there is no English one."""
        return self.reason_en if is_english(language) and self.reason_en else self.reason

    def to_json(self) -> dict[str, Any]:
        return {"sheet": self.sheet, "row": self.row, "column": self.column, "reason": self.reason}


@dataclass(slots=True)
class ListedRow:
    """One firm as the list states it. ``values`` follows LISTED_FIELDS in the store's form
    (text, ISO date, scaled money); None means the list says nothing about that field."""

    uscc: str
    region_code: str
    values: list[Any]

    @property
    def name(self) -> str:
        """The name in display form. Its pinyin initials are worked out by the import for the firms it
        inserts (services/import_helper.py), not while parsing: a re-import of known firms never needs them."""
        return str(self.values[_NAME_SLOT])


@dataclass(frozen=True)
class CountyDisagreement:
    """A row whose stated county is not the one its code was registered in (the stated one is kept)."""

    sheet: str
    row: int
    uscc: str
    stated: str
    derived: str


@dataclass
class ParsedList:
    title: str | None = None
    rows: dict[str, ListedRow] = field(default_factory=dict)
    invalid: list[RowProblem] = field(default_factory=list)
    warnings: list[RowProblem] = field(default_factory=list)
    duplicates: int = 0
    rows_read: int = 0
    fields: set[str] = field(default_factory=set)  # fields some sheet has a column for
    layouts: dict[str, SheetLayout] = field(default_factory=dict)
    # Firms whose county came from their code (the row gave none): never put over a stored county.
    derived_county: set[str] = field(default_factory=set)
    county_disagreements: list[CountyDisagreement] = field(default_factory=list)
    looks_truncated: bool = False  # a text file whose last line is shorter than its header
    own_export: tuple[str, str | None] | None = None  # see columns.own_export
    _county_checks: dict[tuple[str, str | None], str | None] = field(default_factory=dict, repr=False)

    def add(self, sheet: str, name_header: str, outcome: Outcome) -> None:
        """One firm row's outcome, in row order: a repeated code is merged into its first row."""
        self.rows_read += 1
        if isinstance(outcome, RowProblem):
            self.invalid.append(outcome)
            return
        excel_row, uscc, region_code, values, warnings = outcome
        if warnings:
            self.warnings += warnings
        self._county(sheet, excel_row, uscc, region_code, values)
        existing = self.rows.get(uscc)
        if existing is not None:
            self.duplicates += 1
            for slot, value in enumerate(values):
                if existing.values[slot] is None:
                    existing.values[slot] = value
            return
        if not values[_NAME_SLOT]:
            self.invalid.append(
                RowProblem(sheet, excel_row, name_header, "企业名称为空", "The firm name is empty")
            )
            return
        self.rows[uscc] = ListedRow(uscc, region_code, values)

    def _county(self, sheet: str, excel_row: int, uscc: str, region_code: str, values: list[Any]) -> None:
        """The county from the code when the row states none; a stated one that names another county is
        kept and reported. Worked out once per (division code, stated county): a list has a few dozen."""
        stated = values[_COUNTY_SLOT]
        key = (region_code, stated)
        if key in self._county_checks:
            derived = self._county_checks[key]
        else:
            derived = county_of(region_code)
            if stated is not None and derived is not None and same_county(stated, derived):
                derived = None  # they agree: nothing to do or say
            self._county_checks[key] = derived
        if derived is None:
            return
        if stated is None:
            values[_COUNTY_SLOT] = derived
            self.derived_county.add(uscc)
            self.fields.add("county")
        else:
            self.county_disagreements.append(CountyDisagreement(sheet, excel_row, uscc, stated, derived))


# A firm row cleaned on its own: a problem that rules it out (no valid code), or (the row number Excel
# shows, code, division code, values in LISTED_FIELDS order, problems with single cells).
Outcome = RowProblem | tuple[int, str, str, list[Any], list[RowProblem] | None]
# What cleaning a block needs: sheet name, Excel row number of its first row, its rows, the sheet's
# layout and the mapping given (all picklable, for a helper process).
CleanJob = tuple[str, int, list[list[Any]], SheetLayout, Mapping[str, str] | None]
BLOCK_ROWS = 5_000


class Pending(Protocol):
    """A block's outcomes, perhaps still being worked out elsewhere."""

    def done(self) -> bool: ...

    def take(self) -> list[Outcome]:
        """The outcomes: from wherever they were worked out if done, else worked out now."""
        ...


Offload = Callable[[CleanJob], Pending | None]  # None: clean this block here


class _Here(list[Outcome]):
    """A block cleaned in this process."""

    def done(self) -> bool:
        return True

    def take(self) -> list[Outcome]:
        return self


class NoCodeColumn(UnusableFile):
    """No sheet has a credit-code column the synonyms (or the mapping given) recognise."""


RowCallback = Callable[[int, int], None]  # rows read, rows in the file (0 if unknown)


def parse_sheets(
    sheets: Iterable[RawSheet],
    profile: Mapping[str, str] | None = None,
    on_rows: RowCallback | None = None,
    offload: Offload | None = None,
) -> ParsedList:
    """The firms of every sheet holding a firm table. ``offload`` may take blocks of rows to clean
    elsewhere; the result is the same."""
    result = ParsedList()
    sheets = list(sheets)
    total = sum(sheet.height for sheet in sheets)
    for sheet in sheets:
        rows = iter(sheet.rows)
        head = list(itertools.islice(rows, HEADER_SCAN_ROWS))
        layout = detect_layout(head, profile)
        if layout is None:
            continue  # a sheet with no firm table (instructions, a summary)
        result.layouts[sheet.name] = layout
        result.fields.update(f for f in layout.columns if f in FIELD_INDEX)
        title = title_of(head, layout)
        if result.title is None:
            result.title = title
        if result.own_export is None:
            result.own_export = own_export(title, head[layout.header_row])
        data: Iterable[list[Any]] = itertools.chain(head[layout.header_row + 1 :], rows)
        if sheet.fields_counted:
            data = _short_last_line(data, sheet.name, layout, len(head[layout.header_row]), result)
        converters = _converters(layout)
        name_header = layout.header_of("name")
        queue: deque[Pending] = deque()
        excel_row = layout.header_row + 2
        for block in _blocks(data):
            job: CleanJob = (sheet.name, excel_row, block, layout, profile)
            queue.append(
                (offload(job) if offload is not None else None) or _Here(clean_rows(job, converters))
            )
            excel_row += len(block)
            while queue and queue[0].done():  # merge in row order what is ready
                for outcome in queue.popleft().take():
                    result.add(sheet.name, name_header, outcome)
            if on_rows is not None:
                on_rows(excel_row - layout.header_row - 2, total)
        while queue:
            for outcome in queue.popleft().take():
                result.add(sheet.name, name_header, outcome)
    if not result.layouts:
        raise NoCodeColumn(
            "文件中没有找到“统一社会信用代码”列，无法识别为企业名单（可在导入时手工指定列）",
            en="The file has no “统一社会信用代码” (unified social credit code) column, so it is not recognised as a "
            "list of firms (the columns can be chosen by hand when importing)",
        )
    if "name" not in result.fields:
        raise UnusableFile(
            "文件中没有找到企业名称列（企业名称 / 个体工商户名称 / 市场主体名称）",
            en="The file has no firm name column (企业名称 / 个体工商户名称 / 市场主体名称)",
        )
    if result.rows_read == 0:
        raise UnusableFile("文件中没有任何企业数据行", en="The file has no rows of firm data")
    return result


# One listed field of a sheet: (field, slot in ListedRow.values, column index, cleaner, memo). The memo
# maps (type, cell) to the clean value (interned); None for fields whose cells are mostly distinct.
_Converter = tuple[str, int, int, Callable[[Any], Any], dict[tuple[type, Any], Any] | None]


def _converters(layout: SheetLayout) -> list[_Converter]:
    """What to do with each column of a sheet, worked out once per sheet rather than per cell."""
    return [
        (name, FIELD_INDEX[name], index, _CLEANERS.get(name, cells.text), {} if name in _REPEATED else None)
        for name, index in layout.columns.items()
        if name in FIELD_INDEX and name != "entity_type"
    ]


def _cell(row: list[Any], index: int | None) -> Any:
    if index is None or index >= len(row):
        return None
    value = row[index]
    return None if isinstance(value, str) and not value.strip() else value


def _is_not_a_firm(row: list[Any], code: Any, profile: Mapping[str, str] | None) -> bool:
    if (
        type(code) is str
        and len(code) >= 15
        and code[0].isalnum()
        and _CLEAN_CODE.fullmatch(code.strip().upper())
    ):
        return False  # a code-shaped cell: a firm row (the common case, checked cheaply)
    filled = [v for v in row if v is not None and not (isinstance(v, str) and not v.strip())]
    if not filled:
        return True
    first = cells.text(filled[0]) or ""
    if _NOTE.match(first) and (code is None or _NOTE.match(cells.text(code) or "")):
        return True
    if isinstance(code, str) and match_header(code, profile) == "uscc":
        return True  # the header repeated on every printed page
    return code is None and len(filled) <= 1  # a lone serial number, a signature line


def _short_last_line(
    rows: Iterable[list[Any]], sheet: str, layout: SheetLayout, width: int, result: ParsedList
) -> Iterator[list[Any]]:
    """The rows of a text file but a last line with fewer fields than the header, which is reported as
    an invalid row: the file was cut off mid-line (issue 16 item 7: a truncated CSV was imported silently
    and a full import took 63 firms off the list)."""
    excel_row = layout.header_row + 1
    last: list[Any] | None = None
    before = width  # the fields of the line before the last (a hand-made CSV may be short throughout)
    for row in rows:
        if last is not None:
            before = len(last)
            yield last
        last, excel_row = row, excel_row + 1
    if last is None:
        return
    if len(last) >= min(width, before) or not any(v is not None and str(v).strip() for v in last):
        yield last
        return
    result.looks_truncated = True
    result.rows_read += 1
    result.invalid.append(
        RowProblem(
            sheet,
            excel_row,
            layout.header_of("uscc"),
            f"最后一行只有 {len(last)} 个字段（表头有 {width} 个）：文件可能不完整（在行中间被截断），该行未导入",
            f"The last line has {len(last)} fields (the header has {width}): the file may be incomplete (cut off "
            "mid-line); the line was not imported",
        )
    )


def _blocks(rows: Iterable[list[Any]]) -> Iterator[list[list[Any]]]:
    rows = iter(rows)
    while block := list(itertools.islice(rows, BLOCK_ROWS)):
        yield block


def clean_rows(job: CleanJob, converters: list[_Converter] | None = None) -> list[Outcome]:
    """The outcomes of a block's firm rows (blank rows, notes, totals and repeated headers left out).
    ``converters`` carries this process's memo of cleaned cells from block to block."""
    sheet, excel_row, rows, layout, profile = job
    converters = converters if converters is not None else _converters(layout)
    outcomes: list[Outcome] = []
    for offset, row in enumerate(rows):
        outcome = _clean_row(sheet, excel_row + offset, row, layout, converters, profile)
        if outcome is not None:
            outcomes.append(outcome)
    return outcomes


def _clean_row(
    sheet: str,
    excel_row: int,
    row: list[Any],
    layout: SheetLayout,
    converters: list[_Converter],
    profile: Mapping[str, str] | None,
) -> Outcome | None:
    cols = layout.columns
    raw_code = _cell(row, cols["uscc"])
    # A clean, valid code as the cell holds it (nearly every row) is a firm row with nothing to clean.
    code = fast_code(raw_code) if type(raw_code) is str else None
    if code is None:
        if _is_not_a_firm(row, raw_code, profile):
            return None
        code_text = cells.text(raw_code) or ""
        code = fast_code(code_text)
        if code is None:
            try:
                parsed = parse(code_text)
            except InvalidUscc as exc:
                return RowProblem(sheet, excel_row, layout.header_of("uscc"), str(exc), exc.message_en)
            code = (parsed.code, parsed.entity_type, parsed.region_code)
    warnings: list[RowProblem] | None = None  # most rows have none: no list each
    values: list[Any] = [None] * _FIELD_COUNT
    width = len(row)
    for field_name, slot, index, clean, memo in converters:
        raw = row[index] if index < width else None
        if raw is None or (type(raw) is str and not raw.strip()):
            continue  # a blank cell: the list says nothing about this field
        if memo is not None:
            key = (type(raw), raw)  # the type too: True == 1 as a dict key
            if key in memo:
                values[slot] = memo[key]
                continue
        try:
            value = clean(raw)
        except cells.CellError as exc:
            if warnings is None:
                warnings = []
            warnings.append(
                RowProblem(sheet, excel_row, layout.header_of(field_name), str(exc), exc.message_en)
            )
            continue
        if memo is not None:
            if type(value) is str:
                value = sys.intern(value)  # one copy of each county, officer, date ...
            memo[key] = value
        values[slot] = value
    uscc, entity_type, region_code = code
    values[FIELD_INDEX["entity_type"]] = _entity_type(entity_type, _cell(row, cols.get("entity_type")))
    return excel_row, uscc, region_code, values, warnings


_VALUE = {c: i for i, c in enumerate(CHARSET)}
_WEIGHTS = tuple(pow(3, i, 31) for i in range(17))
_CLEAN_CODE = re.compile(r"[0-9A-HJ-NP-RTUWXY]{18}")
_ENTITY_BY_CLASS = {"1": EntityType.ENTERPRISE, "2": EntityType.INDIVIDUAL, "3": EntityType.COOPERATIVE}


def fast_code(text: str) -> tuple[str, EntityType, str] | None:
    """The common case of a clean, valid code checked cheaply (same rules as uscc.parse, which gives the
    reason for anything else): code, entity type, division code."""
    if not _CLEAN_CODE.fullmatch(text) or text[0] not in "123456789ANY" or not text[2:8].isdigit():
        return None
    value = _VALUE
    total = sum(map(int.__mul__, [value[c] for c in text[:17]], _WEIGHTS))
    if CHARSET[(31 - total % 31) % 31] != text[17]:
        return None
    kind = _ENTITY_BY_CLASS.get(text[1], EntityType.OTHER) if text[0] == "9" else EntityType.OTHER
    return text, kind, text[2:8]


def _entity_type(from_code: EntityType, stated: Any) -> str:
    if from_code is EntityType.OTHER and isinstance(stated, str):
        for word, kind in _ENTITY_TEXT:
            if word in stated:
                return kind.value
    return from_code.value

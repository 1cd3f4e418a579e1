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
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any, Protocol

from desktop.domain.divisions import county_of, same_county
from desktop.exchange.columns import (
    HEADER_SCAN_ROWS,
    SheetLayout,
    detect_layout,
    own_export,
    title_of,
)
from desktop.exchange.row_cleaning import (
    FIELD_INDEX,
    CleanJob,
    Outcome,
    RowProblem,
    clean_rows,
    sheet_converters,
)
from desktop.exchange.tables import RawSheet, UnusableFile

_NAME_SLOT = FIELD_INDEX["name"]
_COUNTY_SLOT = FIELD_INDEX["county"]


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
        converters = sheet_converters(layout)
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

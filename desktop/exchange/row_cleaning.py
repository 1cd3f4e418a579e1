"""Cleaning a list's firm rows, each on its own: a block of rows in, a problem or the firm's clean values
out (``clean_rows``), with nothing but picklable input so a block may be cleaned in a helper process
(services/import_helper.py). Merging the outcomes into a list is exchange/list_rows.py.

A row without a valid credit code is a ``RowProblem`` (sheet, the row number Excel shows, column,
reason); blank rows, repeated headers and notes or totals below the table are no firm and yield nothing.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from desktop.domain.errors import is_english
from desktop.domain.listed_fields import LISTED_FIELDS
from desktop.domain.uscc import CHARSET, EntityType, InvalidUscc, parse
from desktop.exchange import cells
from desktop.exchange.columns import SheetLayout, match_header

FIELD_INDEX = {name: i for i, name in enumerate(LISTED_FIELDS)}
_FIELD_COUNT = len(LISTED_FIELDS)
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


# A firm row cleaned on its own: a problem that rules it out (no valid code), or (the row number Excel
# shows, code, division code, values in LISTED_FIELDS order, problems with single cells).
Outcome = RowProblem | tuple[int, str, str, list[Any], list[RowProblem] | None]
# What cleaning a block needs: sheet name, Excel row number of its first row, its rows, the sheet's
# layout and the mapping given (all picklable, for a helper process).
CleanJob = tuple[str, int, list[list[Any]], SheetLayout, Mapping[str, str] | None]


# One listed field of a sheet: (field, slot in ListedRow.values, column index, cleaner, memo). The memo
# maps (type, cell) to the clean value (interned); None for fields whose cells are mostly distinct.
Converter = tuple[str, int, int, Callable[[Any], Any], dict[tuple[type, Any], Any] | None]


def sheet_converters(layout: SheetLayout) -> list[Converter]:
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


def clean_rows(job: CleanJob, converters: list[Converter] | None = None) -> list[Outcome]:
    """The outcomes of a block's firm rows (blank rows, notes, totals and repeated headers left out).
    ``converters`` carries this process's memo of cleaned cells from block to block."""
    sheet, excel_row, rows, layout, profile = job
    converters = converters if converters is not None else sheet_converters(layout)
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
    converters: list[Converter],
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

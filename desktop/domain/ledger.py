"""The monthly work ledger (普惠小微企业首贷培植行动工作台帐, seed 003) as the region reads it: its columns, a
row, the two 口径 of its amounts, the usual problems, and what the template needs that a row may lack.

The rows are built from the records by desktop/services/ledger_rows.py; desktop/exchange/ledger.py only
writes them into the template.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

from desktop.domain.errors import Message
from desktop.domain.money import round_wan
from desktop.domain.vocabulary import DIAGNOSES, Term, Vocabulary

TITLE = "普惠小微企业首贷培植行动工作台帐"
COLUMNS: tuple[str, ...] = (
    "填报单位",
    "对接时间",
    "对接银行",
    "对接企业名称",
    "对接成效（是否授信）",
    "授信金额（万元）",
    "担保情况",
    "存在的主要问题（未授信填写此项）",
    "对接后发放新贷款金额（万元）",
    "备注",
)
CODE_COLUMN = "统一社会信用代码"
PROBLEM_COLUMN = COLUMNS[7]

# 当月: the month's own amounts, so the twelve months add up to the year (what the region sums);
# 累计: everything up to the month's end.
BASES = ("month", "cumulative")
BASIS_TEXT = {
    "month": Message(
        "当月（金额为本月发生额，各月相加等于全年）",
        "this month's own amounts (the months add up to the year)",
    ),
    "cumulative": Message("累计（金额为截至月末的累计数）", "cumulative amounts up to the month's end"),
}

# The usual answers to 存在的主要问题（未授信填写此项）; seed 003 names 缺信息、缺抵押、缺担保 and irregular books.
PROBLEMS = Vocabulary(
    "存在的主要问题",
    (
        Term("no_collateral", "缺少有效抵押物", "No acceptable collateral"),
        Term("weak_guarantee", "担保不足", "Not enough guarantee"),
        Term("irregular_finance", "财务不规范", "Irregular accounts"),
        Term("short_history", "经营时间短", "Too short in business"),
        Term("bad_credit", "征信有不良记录", "Adverse credit record"),
        Term("no_info", "缺少经营信息", "Missing business information"),
        Term("no_demand", "暂无融资需求", "No financing need for now"),
        Term("need_met", "资金需求已满足", "Financing need already met"),
        Term("under_review", "授信审批中", "Credit under review"),
    ),
    title_en="Main problem",
)


@dataclass(frozen=True)
class LedgerNote:
    """What the officer supplies per firm and month: the main problem and a remark."""

    problem: str = ""
    remark: str = ""


@dataclass(frozen=True)
class LedgerRow:
    firm_id: int
    uscc: str
    name: str
    unit: str
    contact_date: date
    bank: str
    credited: bool  # credit on record by the month's end
    credit_amount: Decimal | None  # 当月 or 累计 (None: never credited)
    guarantee: str
    problem: str
    new_loan_amount: Decimal
    remark: str
    guarantee_codes: tuple[str, ...] = ()  # the GUARANTEE_KINDS codes behind ``guarantee`` (for the UI)

    def cells(self, with_code: bool) -> list[str | Decimal | date | None]:
        values: list[str | Decimal | date | None] = [
            self.unit,
            self.contact_date,
            self.bank,
            self.name,
            "是" if self.credited else "否",
            round_wan(self.credit_amount) if self.credit_amount is not None else None,
            self.guarantee,
            "" if self.credited else self.problem,
            round_wan(self.new_loan_amount),
            self.remark,
        ]
        if with_code:
            values.insert(4, self.uscc)
        return values

    def frozen(self) -> dict[str, Any]:
        """The row as kept in the frozen copy (JSON; amounts as text with two decimals)."""
        headers = (*COLUMNS[:4], CODE_COLUMN, *COLUMNS[4:])
        return {
            h: (v.isoformat() if isinstance(v, date) else str(v) if isinstance(v, Decimal) else v)
            for h, v in zip(headers, self.cells(with_code=True), strict=True)
        }


@dataclass(frozen=True)
class LedgerTotals:
    """The 合计 row: firms listed, firms credited (in the month, or by its end for 累计), the amounts."""

    firms: int
    credited: int
    credit_amount: Decimal
    new_loan_amount: Decimal


# What a row can lack, and where it is filled: the UI opens that place, the CLI names the command.
MISSING_UNIT = "unit"  # 填报单位: the profile, or the export's own
MISSING_BANK = "bank"  # 对接银行: the profile's bank, or the export's own
MISSING_PROBLEM = "problem"  # 存在的主要问题 of a row not credited: the month's note for the firm

MISSING_TEXT = {
    MISSING_UNIT: Message("填报单位为空", "The reporting unit is empty"),
    MISSING_BANK: Message("对接银行为空", "The bank is empty"),
    MISSING_PROBLEM: Message(
        "未授信，但没有填写存在的主要问题", "Not credited, but the main problem is not filled in"
    ),
}
MISSING_COLUMN = {MISSING_UNIT: COLUMNS[0], MISSING_BANK: COLUMNS[2], MISSING_PROBLEM: PROBLEM_COLUMN}


@dataclass(frozen=True)
class MissingItem:
    """A cell the template needs and the records leave empty: a code and its arguments, rendered by the UI
    and the CLI each in their own words (the UI opens the place to fill it, the CLI names the command)."""

    uscc: str
    name: str
    code: str
    args: dict[str, str] = field(default_factory=dict)

    @property
    def column(self) -> str:
        return MISSING_COLUMN[self.code]

    @property
    def message(self) -> Message:
        return MISSING_TEXT[self.code]

    def to_json(self) -> dict[str, Any]:
        return {
            "uscc": self.uscc,
            "name": self.name,
            "column": self.column,
            "code": self.code,
            "args": dict(self.args),
            "message": str(self.message),
            "message_en": self.message.en,
        }


def missing_items(rows: list[LedgerRow], month: str) -> list[MissingItem]:
    missing = []
    for row in rows:
        args = {"month": month, "uscc": row.uscc}
        if not row.unit:
            missing.append(MissingItem(row.uscc, row.name, MISSING_UNIT, args))
        if not row.bank:
            missing.append(MissingItem(row.uscc, row.name, MISSING_BANK, args))
        if not row.credited and not row.problem.strip():
            missing.append(MissingItem(row.uscc, row.name, MISSING_PROBLEM, args))
    return missing


def problem_from_plan(diagnosis: list[str], note: str | None) -> str:
    """The current plan's diagnosis as the row's problem (缺抵押、缺担保：说明)."""
    text = "、".join(DIAGNOSES.zh(code) for code in diagnosis)
    if note:
        text = f"{text}：{note}" if text else note
    return text


def compose_problem(codes: list[str], text: str) -> str:
    """A problem chosen from the pick list (codes or labels) and free text, as the note keeps it."""
    labels = [PROBLEMS.zh(PROBLEMS.parse(c)) for c in codes]
    extra = text.strip()
    return "；".join([*labels, extra] if extra else labels)

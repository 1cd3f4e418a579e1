"""The monthly work ledger (普惠小微企业首贷培植行动工作台帐) of the 忻州 seed: rows and the workbook.

One row per firm contacted (a visit) in the month:

* 对接时间 — the date of the firm's latest visit in the month;
* 对接成效（是否授信）— 是 when the firm has credit dated on or before the month's end, else 否;
* 授信金额 — the sum of that credit (万元); 担保情况 — its guarantee kinds in Chinese;
* 存在的主要问题 — only for rows that are not 授信: the officer's note for the month, else the current
  plan's diagnosis, else the reason of an exit stage (暂无需求 …); empty means the check flags it;
* 对接后发放新贷款金额 — loans dated from the firm's first visit ever to the month's end (万元).
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.domain.money import round_wan
from desktop.domain.stages import Stage
from desktop.domain.vocabulary import DIAGNOSES, GUARANTEE_KINDS
from desktop.exchange.xlsx_safe import CellValue
from desktop.exchange.xlsx_writer import Sheet, Style, column_letter, write_xlsx
from desktop.store.models import Credit, Firm, Loan, Plan, StageChange, Visit

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
    credited: bool
    credit_amount: Decimal | None
    guarantee: str
    problem: str
    new_loan_amount: Decimal
    remark: str

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


def month_bounds(year: int, month: int) -> tuple[date, date]:
    start = date(year, month, 1)
    nxt = date(year + month // 12, month % 12 + 1, 1)
    return start, date.fromordinal(nxt.toordinal() - 1)


def _problem_from_records(plan: Plan | None, exit_reason: str | None) -> str:
    if plan is not None and (plan.diagnosis or plan.diagnosis_note):
        parts = [DIAGNOSES.zh(code) for code in plan.diagnosis]
        text = "、".join(parts)
        if plan.diagnosis_note:
            text = f"{text}：{plan.diagnosis_note}" if text else plan.diagnosis_note
        return text
    return exit_reason or ""


def build_rows(
    session: Session,
    start: date,
    end: date,
    *,
    unit: str,
    bank: str | None,
    default_bank: str,
    notes: dict[str, LedgerNote],
) -> list[LedgerRow]:
    """The ledger's rows for the firms visited between ``start`` and ``end`` (inclusive)."""
    latest = (
        select(Visit.firm_id, func.max(Visit.date).label("last"))
        .where(Visit.date >= start, Visit.date <= end)
        .group_by(Visit.firm_id)
        .subquery()
    )
    contacted = {fid: last for fid, last in session.execute(select(latest.c.firm_id, latest.c.last))}
    if not contacted:
        return []
    in_month = select(latest.c.firm_id)
    firms = {
        fid: (uscc, name, assigned)
        for fid, uscc, name, assigned in session.execute(
            select(Firm.id, Firm.uscc, Firm.name, Firm.assigned_bank).where(Firm.id.in_(in_month))
        )
    }
    first_visit = dict(
        session.execute(
            select(Visit.firm_id, func.min(Visit.date))
            .where(Visit.firm_id.in_(in_month))
            .group_by(Visit.firm_id)
        ).all()
    )
    credits: dict[int, list[tuple[Decimal, str]]] = defaultdict(list)
    for firm_id, amount, guarantee in session.execute(
        select(Credit.firm_id, Credit.amount, Credit.guarantee)
        .where(Credit.firm_id.in_(in_month), Credit.date <= end)
        .order_by(Credit.date, Credit.id)
    ):
        credits[firm_id].append((amount, guarantee))
    loans: dict[int, Decimal] = defaultdict(Decimal)
    for firm_id, loan_date, amount in session.execute(
        select(Loan.firm_id, Loan.date, Loan.amount).where(Loan.firm_id.in_(in_month), Loan.date <= end)
    ):
        if loan_date >= first_visit[firm_id]:
            loans[firm_id] += amount
    plans = {
        p.firm_id: p for p in session.scalars(select(Plan).where(Plan.firm_id.in_(in_month), Plan.is_current))
    }
    exits: dict[int, str | None] = {}
    for change in session.scalars(
        select(StageChange)
        .where(StageChange.firm_id.in_(in_month), StageChange.on <= end)
        .order_by(StageChange.on, StageChange.id)
    ):
        exits[change.firm_id] = change.reason if Stage(change.to_stage).is_exit else None

    rows = []
    for firm_id, last in contacted.items():
        uscc, name, assigned_bank = firms[firm_id]
        note = notes.get(uscc, LedgerNote())
        own = credits.get(firm_id, [])
        credited = bool(own)
        kinds = list(dict.fromkeys(GUARANTEE_KINDS.zh(g) for _, g in own))
        rows.append(
            LedgerRow(
                firm_id=firm_id,
                uscc=uscc,
                name=name,
                unit=unit,
                contact_date=last,
                bank=bank or assigned_bank or default_bank,
                credited=credited,
                credit_amount=sum((a for a, _ in own), Decimal(0)) if credited else None,
                guarantee="、".join(kinds),
                problem=note.problem or _problem_from_records(plans.get(firm_id), exits.get(firm_id)),
                new_loan_amount=loans.get(firm_id, Decimal(0)),
                remark=note.remark,
            )
        )
    rows.sort(key=lambda r: (r.contact_date, r.uscc))
    return rows


def write_workbook(
    path: Path,
    rows: list[LedgerRow],
    *,
    year: int,
    month: int,
    with_code: bool,
    on_row: Callable[[int], None] | None = None,
) -> str:
    """Write the ledger workbook (title, period, header, rows, totals); returns the file's SHA-256.

    ``on_row(n)`` is called after each row is laid out (progress; raising there stops before any file)."""
    headers = list(COLUMNS)
    if with_code:
        headers.insert(4, CODE_COLUMN)
    money = {headers.index("授信金额（万元）"), headers.index("对接后发放新贷款金额（万元）")}
    date_col = headers.index("对接时间")
    start, end = month_bounds(year, month)
    width = len(headers)
    period = f"报送期间：{year}年{month}月（{start.isoformat()} 至 {end.isoformat()}）"
    styles = [
        Style.MONEY if i in money else Style.DATE if i == date_col else Style.PLAIN for i in range(width)
    ]
    table: list[list[tuple[CellValue, Style]]] = [
        [(TITLE, Style.TITLE)],
        [(period, Style.WRAP)],
        [(h, Style.HEADER) for h in headers],
    ]
    for n, row in enumerate(rows, start=1):
        table.append(list(zip(row.cells(with_code), styles, strict=True)))
        if on_row is not None:
            on_row(n)
    credited = [row for row in rows if row.credited]
    totals: list[CellValue] = [
        "合计",
        None,
        None,
        f"共 {len(rows)} 户",
        f"授信 {len(credited)} 户",
        round_wan(sum((row.credit_amount or Decimal(0) for row in credited), Decimal(0))),
        None,
        None,
        round_wan(sum((row.new_loan_amount for row in rows), Decimal(0))),
        None,
    ]
    if with_code:
        totals.insert(4, None)
    table.append([(v, Style.BOLD_MONEY if i in money else Style.BOLD) for i, v in enumerate(totals)])
    last = column_letter(width)
    sheet = Sheet(
        title=f"{year}年{month:02d}月",
        rows=table,
        widths=[
            24 if i in money else 20 if i == headers.index(CODE_COLUMN if with_code else "备注") else 18
            for i in range(width)
        ],
        merges=[f"A1:{last}1", f"A2:{last}2"],
        freeze_row=3,
    )
    write_xlsx(path, sheet)
    return hashlib.sha256(path.read_bytes()).hexdigest()

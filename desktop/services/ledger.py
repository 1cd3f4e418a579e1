"""The monthly work ledger as a use case: its rows for a month (desktop/services/ledger_rows.py), what the
template still lacks, the export with a frozen copy, and what changed since the month's last export.

The month on screen is the one due now (up to the 10th, last month's); the title lines carry the period,
the 口径 of the amounts (当月 or 累计) and the programme; the 合计 row is the programme figures' own
(desktop/services/figures.py), so the ledger, ``firstloan report`` and the dashboard agree.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.domain.dates import month_bounds, month_period, parse_month
from desktop.domain.errors import DomainError, Message
from desktop.domain.followups import ledger_month_due_around
from desktop.domain.ledger import BASIS_TEXT, LedgerRow, LedgerTotals, MissingItem, missing_items
from desktop.domain.ledger_diff import LedgerDiff, diff_rows
from desktop.domain.programmes import Programme
from desktop.exchange.ledger import write_workbook
from desktop.services.figure_sets import FigureSets, count
from desktop.services.jobs import CancelToken, ProgressCallback, no_progress
from desktop.services.ledger_notes import current_notes, month_key, set_ledger_note, set_ledger_notes
from desktop.services.ledger_rows import LedgerInput, build_rows, row_totals
from desktop.services.programme_profile import load_programme
from desktop.services.workspace import Workspace
from desktop.store.atomic_file import AtomicFile
from desktop.store.audit import append_audit
from desktop.store.models import LedgerExport
from desktop.store.protected_paths import refuse_protected_output

__all__ = [
    "LedgerExportResult",
    "LedgerIncomplete",
    "MissingItem",
    "check_ledger",
    "due_month",
    "export_ledger",
    "ledger_changes",
    "ledger_exports",
    "ledger_rows",
    "ledger_sheet",
    "set_ledger_note",
    "set_ledger_notes",
]


class LedgerIncomplete(DomainError):
    pass


@dataclass(frozen=True)
class LedgerSheet:
    """A month's ledger as it would be sent: its title lines, rows and 合计."""

    month: str
    cumulative: bool
    lines: list[str]
    rows: list[LedgerRow]
    totals: LedgerTotals
    missing: list[MissingItem]
    programme: Programme | None = None


@dataclass(frozen=True)
class LedgerExportResult:
    path: Path
    month: str
    rows: int
    file_hash: str
    missing: list[MissingItem]
    previous_export_at: str | None
    diff: LedgerDiff | None  # None for the month's first export (of this 口径)
    cumulative: bool = False


def due_month(today: date) -> str:
    """The ledger month due now: up to the 10th, last month's; after it, this month's."""
    year, month = ledger_month_due_around(today)
    return f"{year:04d}-{month:02d}"


def _unit_and_bank(ws: Workspace, unit: str | None, bank: str | None) -> tuple[str, str]:
    """填报单位 and 对接银行 from the branch settings (the profile); ``unit`` / ``bank`` override them."""
    profile = ws.profile
    resolved_unit = (unit or "").strip() or profile.unit or f"{profile.bank}{profile.branch}"
    return resolved_unit, (bank or "").strip() or profile.bank


def title_lines(prog: Programme, month: str, cumulative: bool) -> list[str]:
    year, mon = parse_month(month)
    start, end = month_bounds(year, mon)
    basis = BASIS_TEXT["cumulative" if cumulative else "month"]
    return [
        f"报送期间：{year}年{mon}月（{start.isoformat()} 至 {end.isoformat()}）　口径：{basis}",
        f"项目：{prog.name_zh}　首贷口径：{prog.first_loan_text('zh_CN')}",
    ]


def _sheet(
    ws: Workspace, session: Session, month: str, unit: str | None, bank: str | None, cumulative: bool
) -> LedgerSheet:
    key = month_key(month)
    year, mon = parse_month(key)
    period = month_period(year, mon)
    resolved_unit, resolved_bank = _unit_and_bank(ws, unit, bank)
    given = LedgerInput(resolved_unit, resolved_bank, cumulative, current_notes(session, key))
    rows = build_rows(session, period, given)
    credited = count(session, FigureSets(session, period).credited())  # the figures' 授信户数 of the month
    prog = load_programme(session)
    return LedgerSheet(
        key,
        cumulative,
        title_lines(prog, key, cumulative),
        rows,
        row_totals(rows, period, cumulative, credited),
        missing_items(rows, key),
        prog,
    )


def ledger_sheet(
    ws: Workspace, month: str, *, unit: str | None = None, bank: str | None = None, cumulative: bool = False
) -> LedgerSheet:
    with ws.db.session() as session:
        return _sheet(ws, session, month, unit, bank, cumulative)


def ledger_rows(
    ws: Workspace, month: str, *, unit: str | None = None, bank: str | None = None, cumulative: bool = False
) -> list[LedgerRow]:
    return ledger_sheet(ws, month, unit=unit, bank=bank, cumulative=cumulative).rows


def check_ledger(
    ws: Workspace, month: str, *, unit: str | None = None, bank: str | None = None
) -> list[MissingItem]:
    """What the template demands and the records do not yet give (a code and its arguments each)."""
    return ledger_sheet(ws, month, unit=unit, bank=bank).missing


def _refuse_incomplete(missing: list[MissingItem], key: str) -> None:
    first = missing[0]
    items = "item" if len(missing) == 1 else "items"
    raise LedgerIncomplete(
        f"台帐有 {len(missing)} 项未填：如 {first.name} 的“{first.column}”（{first.message}）。"
        f"运行 firstloan ledger-check --month {key} 查看全部及补填方法，或加 --allow-incomplete 仍然导出",
        en=f"The ledger has {len(missing)} empty {items}, e.g. “{first.column}” of {first.name} "
        f"({first.message.en}). Run firstloan ledger-check --month {key} to see them all and how to fill "
        "them in, or add --allow-incomplete to export anyway",
    )


def export_ledger(
    ws: Workspace,
    month: str,
    out: Path,
    *,
    unit: str | None = None,
    bank: str | None = None,
    with_code: bool = False,
    allow_incomplete: bool = False,
    cumulative: bool = False,
    progress: ProgressCallback = no_progress,
    cancel: CancelToken | None = None,
) -> LedgerExportResult:
    """Write the month's ledger, keep a frozen copy and say what changed since the last export.

    The workbook is written beside ``out`` and renamed over it inside the transaction that records the
    export, so Cancel (checked between rows and just before the rename) or a failure leaves neither a
    file nor a record, and an earlier file of the same name untouched.
    """

    def check() -> None:
        if cancel is not None:
            cancel.raise_if_cancelled()

    key = month_key(month)
    year, mon = parse_month(key)
    refuse_protected_output(ws.data_dir, out)
    if out.suffix.lower() != ".xlsx":
        raise DomainError(
            f"台帐文件应以 .xlsx 结尾：{out}", en=f"A ledger file name should end in .xlsx: {out}"
        )
    if not out.parent.exists():
        raise DomainError(f"目录不存在：{out.parent}", en=f"The folder does not exist: {out.parent}")
    progress(0, 0, Message(f"读取 {key} 台帐", f"Reading the ledger of {key}"))
    sheet = ledger_sheet(ws, key, unit=unit, bank=bank, cumulative=cumulative)
    rows = sheet.rows
    if not rows:
        raise DomainError(
            f"{key} 没有任何走访、需求、授信、放款或退出记录，台帐为空",
            en=f"There is no visit, demand, credit, loan or exit in {key}; the ledger would be empty",
        )
    check()
    if sheet.missing and not allow_incomplete:
        _refuse_incomplete(sheet.missing, key)

    def on_row(n: int) -> None:
        check()
        progress(n, len(rows), Message(f"写入第 {n}/{len(rows)} 户", f"Writing firm {n} of {len(rows)}"))

    with AtomicFile(out) as part:
        file_hash = write_workbook(
            part.temp, rows, year=year, month=mon, with_code=with_code, on_row=on_row,
            lines=sheet.lines, totals=sheet.totals, cumulative=cumulative,
        )  # fmt: skip
        diff, previous_at = _record_export(ws, sheet, out, file_hash, check, part)
    progress(len(rows), len(rows), Message("完成", "Done"))
    return LedgerExportResult(out, key, len(rows), file_hash, sheet.missing, previous_at, diff, cumulative)


def _basis(cumulative: bool) -> str:
    return "cumulative" if cumulative else "month"


def _latest_export(session: Session, month: str, cumulative: bool) -> LedgerExport | None:
    return session.scalar(
        select(LedgerExport)
        .where(LedgerExport.month == month, LedgerExport.basis == _basis(cumulative))
        .order_by(LedgerExport.id.desc())
        .limit(1)
    )


def _record_export(
    ws: Workspace, sheet: LedgerSheet, out: Path, file_hash: str, check: Callable[[], None], part: AtomicFile
) -> tuple[LedgerDiff | None, str | None]:
    """Record the export and its frozen rows, then put the written file in place (the last step of the
    transaction: a refused rename, say the old file open in Excel, records nothing)."""
    key, rows = sheet.month, sheet.rows
    frozen: list[dict[str, Any]] = [row.frozen() for row in rows]
    with ws.db.write() as session:
        previous = _latest_export(session, key, sheet.cumulative)
        diff = diff_rows(previous.rows, frozen) if previous is not None else None
        export = LedgerExport(
            month=key, file_name=str(out), file_hash=file_hash, row_count=len(rows), rows=frozen,
            actor=ws.actor, basis=_basis(sheet.cumulative),
        )  # fmt: skip
        session.add(export)
        session.flush()
        append_audit(
            session,
            actor=ws.actor,
            action="ledger.export",
            entity="ledger_export",
            entity_id=export.id,
            summary=f"导出 {key} 工作台帐（{'累计' if sheet.cumulative else '当月'}）：{len(rows)} 户"
            + (f"；{diff.summary_zh()}" if diff else ""),
            new={"month": key, "rows": len(rows), "file": str(out), "hash": file_hash,
                 "missing": len(sheet.missing), "basis": _basis(sheet.cumulative)},
        )  # fmt: skip
        previous_at = previous.exported_at.isoformat(timespec="seconds") if previous is not None else None
        check()
        part.commit()
    return diff, previous_at


def ledger_exports(ws: Workspace, month: str) -> list[LedgerExport]:
    key = month_key(month)
    with ws.db.session() as session:
        return list(
            session.scalars(select(LedgerExport).where(LedgerExport.month == key).order_by(LedgerExport.id))
        )


@dataclass(frozen=True)
class LedgerChanges:
    previous_export_at: str | None  # None: the month was never exported in this 口径
    diff: LedgerDiff | None


def ledger_changes(ws: Workspace, month: str, *, cumulative: bool = False) -> LedgerChanges:
    """What changed in the month's ledger since its last export of the same 口径 (the screen shows it)."""
    key = month_key(month)
    with ws.db.session() as session:
        previous = _latest_export(session, key, cumulative)
        if previous is None:
            return LedgerChanges(None, None)
        sheet = _sheet(ws, session, key, None, None, cumulative)
        return LedgerChanges(
            previous.exported_at.isoformat(timespec="seconds"),
            diff_rows(previous.rows, [r.frozen() for r in sheet.rows]),
        )

"""The monthly work ledger: check what the template demands, export it, keep a frozen copy, show changes.

The officer's per-month text for a firm (存在的主要问题, 备注) is kept in the settings table under
``ledger_notes:YYYY-MM`` as ``{uscc: {"problem": ..., "remark": ...}}`` — a note belongs to one month's
report, not to the firm, so it needs no table of its own (docs/reports.md).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.domain.dates import parse_month
from desktop.domain.errors import DomainError, Message, in_language
from desktop.domain.ledger_diff import LedgerDiff, diff_rows
from desktop.domain.uscc import normalize
from desktop.exchange.ledger import LedgerNote, LedgerRow, build_rows, month_bounds, write_workbook
from desktop.services.jobs import CancelToken, ProgressCallback, no_progress
from desktop.services.workspace import Workspace
from desktop.store.atomic_file import AtomicFile
from desktop.store.audit import append_audit
from desktop.store.models import Firm, LedgerExport, Visit
from desktop.store.protected_paths import refuse_protected_output
from desktop.store.settings import get_setting, set_setting


class LedgerIncomplete(DomainError):
    pass


@dataclass(frozen=True)
class MissingItem:
    uscc: str
    name: str
    column: str
    message: str
    fix: str

    def to_json(self) -> dict[str, str]:
        return {
            "uscc": self.uscc,
            "name": self.name,
            "column": self.column,
            "message": self.message,
            "fix": self.fix,
        }


@dataclass(frozen=True)
class LedgerExportResult:
    path: Path
    month: str
    rows: int
    file_hash: str
    missing: list[MissingItem]
    previous_export_at: str | None
    diff: LedgerDiff | None  # None for the month's first export


def _month_key(month: str) -> tuple[str, int, int]:
    year, mon = parse_month(month)
    return f"{year:04d}-{mon:02d}", year, mon


def _notes_key(month: str) -> str:
    return f"ledger_notes:{month}"


def _notes(session: Session, month: str) -> dict[str, LedgerNote]:
    stored: dict[str, dict[str, str]] = get_setting(session, _notes_key(month), {}) or {}
    return {code: LedgerNote(v.get("problem", ""), v.get("remark", "")) for code, v in stored.items()}


def _unit_and_bank(ws: Workspace, unit: str | None, bank: str | None) -> tuple[str, str]:
    profile = ws.profile
    resolved_unit = (unit or "").strip() or profile.unit or f"{profile.bank}{profile.branch}"
    return resolved_unit, (bank or "").strip()


def _rows(ws: Workspace, session: Session, month: str, unit: str | None, bank: str | None) -> list[LedgerRow]:
    key, year, mon = _month_key(month)
    start, end = month_bounds(year, mon)
    resolved_unit, resolved_bank = _unit_and_bank(ws, unit, bank)
    return build_rows(
        session,
        start,
        end,
        unit=resolved_unit,
        bank=resolved_bank or None,
        default_bank=ws.profile.bank,
        notes=_notes(session, key),
    )


def _check(rows: list[LedgerRow], month: str) -> list[MissingItem]:
    missing = []
    for row in rows:
        if not row.unit:
            missing.append(
                MissingItem(
                    row.uscc,
                    row.name,
                    "填报单位",
                    Message("填报单位为空", "The reporting unit is empty"),
                    "在用户资料中填写填报单位，或导出时加 --unit",
                )
            )
        if not row.bank:
            missing.append(
                MissingItem(
                    row.uscc,
                    row.name,
                    "对接银行",
                    Message("对接银行为空", "The bank is empty"),
                    "在用户资料中填写银行，或导出时加 --bank",
                )
            )
        if not row.credited and not row.problem.strip():
            missing.append(
                MissingItem(
                    row.uscc,
                    row.name,
                    "存在的主要问题（未授信填写此项）",
                    Message(
                        "未授信，但没有填写存在的主要问题",
                        "Not credited, but the main problem is not filled in",
                    ),
                    f"firstloan ledger-note --month {month} {row.uscc} --problem 问题说明"
                    "（或在一企一策中登记诊断）",
                )
            )
    return missing


def ledger_rows(
    ws: Workspace, month: str, *, unit: str | None = None, bank: str | None = None
) -> list[LedgerRow]:
    with ws.db.session() as session:
        return _rows(ws, session, month, unit, bank)


def check_ledger(
    ws: Workspace, month: str, *, unit: str | None = None, bank: str | None = None
) -> list[MissingItem]:
    """What the template demands and the records do not yet give, each with how to fix it."""
    key, _, _ = _month_key(month)
    return _check(ledger_rows(ws, key, unit=unit, bank=bank), key)


def set_ledger_note(ws: Workspace, month: str, uscc: str, *, problem: str | None, remark: str | None) -> None:
    """Record the officer's 存在的主要问题 / 备注 for one firm in one month's ledger."""
    key, year, mon = _month_key(month)
    code = normalize(uscc)
    start, end = month_bounds(year, mon)
    with ws.db.write() as session:
        firm = session.scalar(select(Firm).where(Firm.uscc == code))
        if firm is None:
            raise DomainError(
                f"没有统一社会信用代码为 {code} 的企业",
                en=f"There is no firm with the unified social credit code {code}",
            )
        visited = session.scalar(
            select(Visit.id).where(Visit.firm_id == firm.id, Visit.date >= start, Visit.date <= end).limit(1)
        )
        if visited is None:
            raise DomainError(
                f"{firm.name} 在 {key} 没有走访对接记录，不会出现在该月台帐中",
                en=f"{firm.name} has no visit in {key}, so it is not in that month's ledger",
            )
        stored: dict[str, dict[str, str]] = dict(get_setting(session, _notes_key(key), {}) or {})
        before = stored.get(code)
        entry = dict(before or {})
        if problem is not None:
            entry["problem"] = problem.strip()
        if remark is not None:
            entry["remark"] = remark.strip()
        stored[code] = entry
        set_setting(session, _notes_key(key), stored)
        append_audit(
            session,
            actor=ws.actor,
            action="ledger.note",
            entity="firm",
            entity_id=firm.id,
            firm_id=firm.id,
            summary=f"填写 {key} 台帐说明：{firm.name}",
            old=before,
            new=entry,
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

    key, year, mon = _month_key(month)
    refuse_protected_output(ws.data_dir, out)
    if out.suffix.lower() != ".xlsx":
        raise DomainError(
            f"台帐文件应以 .xlsx 结尾：{out}", en=f"A ledger file name should end in .xlsx: {out}"
        )
    if not out.parent.exists():
        raise DomainError(f"目录不存在：{out.parent}", en=f"The folder does not exist: {out.parent}")
    progress(0, 0, f"读取 {key} 台帐")
    rows = ledger_rows(ws, key, unit=unit, bank=bank)
    if not rows:
        raise DomainError(
            f"{key} 没有任何走访对接记录，台帐为空",
            en=f"There are no visits in {key}; the ledger would be empty",
        )
    check()
    missing = _check(rows, key)
    if missing and not allow_incomplete:
        first = missing[0]
        items = "item" if len(missing) == 1 else "items"
        raise LedgerIncomplete(
            f"台帐有 {len(missing)} 项未填：如 {first.name} 的“{first.column}”（{first.message}）。"
            f"运行 firstloan ledger-check --month {key} 查看全部及补填方法，或加 --allow-incomplete 仍然导出",
            en=f"The ledger has {len(missing)} empty {items}, e.g. “{first.column}” of {first.name} "
            f"({in_language(first.message, 'en')}). Run firstloan ledger-check --month {key} to see them "
            "all and how to fill them in, or add --allow-incomplete to export anyway",
        )

    def on_row(n: int) -> None:
        check()
        progress(n, len(rows), f"写入第 {n}/{len(rows)} 户")

    with AtomicFile(out) as part:
        file_hash = write_workbook(part.temp, rows, year=year, month=mon, with_code=with_code, on_row=on_row)
        diff, previous_at = _record_export(ws, key, out, file_hash, rows, len(missing), check, part)
    progress(len(rows), len(rows), "完成")
    return LedgerExportResult(out, key, len(rows), file_hash, missing, previous_at, diff)


def _record_export(
    ws: Workspace,
    key: str,
    out: Path,
    file_hash: str,
    rows: list[LedgerRow],
    missing: int,
    check: Callable[[], None],
    part: AtomicFile,
) -> tuple[LedgerDiff | None, str | None]:
    """Record the export and its frozen rows, then put the written file in place (the last step of the
    transaction: a refused rename, say the old file open in Excel, records nothing)."""
    frozen: list[dict[str, Any]] = [row.frozen() for row in rows]
    with ws.db.write() as session:
        previous = session.scalar(
            select(LedgerExport).where(LedgerExport.month == key).order_by(LedgerExport.id.desc()).limit(1)
        )
        diff = diff_rows(previous.rows, frozen) if previous is not None else None
        export = LedgerExport(
            month=key,
            file_name=str(out),
            file_hash=file_hash,
            row_count=len(rows),
            rows=frozen,
            actor=ws.actor,
        )
        session.add(export)
        session.flush()
        append_audit(
            session,
            actor=ws.actor,
            action="ledger.export",
            entity="ledger_export",
            entity_id=export.id,
            summary=f"导出 {key} 工作台帐：{len(rows)} 户" + (f"；{diff.summary_zh()}" if diff else ""),
            new={
                "month": key,
                "rows": len(rows),
                "file": str(out),
                "hash": file_hash,
                "missing": missing,
            },
        )
        previous_at = previous.exported_at.isoformat(timespec="seconds") if previous is not None else None
        check()
        part.commit()
    return diff, previous_at


def ledger_exports(ws: Workspace, month: str) -> list[LedgerExport]:
    key, _, _ = _month_key(month)
    with ws.db.session() as session:
        return list(
            session.scalars(select(LedgerExport).where(LedgerExport.month == key).order_by(LedgerExport.id))
        )

"""The officer's 存在的主要问题 and 备注 of a firm in one month's ledger: filled for one or many firms at once,
corrected with a reason, every version kept (``LedgerNoteVersion``) and audited."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.domain.dates import month_period, parse_month
from desktop.domain.errors import DomainError
from desktop.domain.ledger import LedgerNote
from desktop.services.figure_sets import FigureSets
from desktop.services.firms import get_firm
from desktop.services.workspace import Workspace
from desktop.store.audit import append_audit
from desktop.store.models import Firm, LedgerNoteVersion


@dataclass(frozen=True)
class NoteVersion:
    problem: str
    remark: str
    reason: str | None
    at: datetime
    actor: str


def month_key(month: str) -> str:
    year, mon = parse_month(month)
    return f"{year:04d}-{mon:02d}"


def current_notes(session: Session, month: str) -> dict[int, LedgerNote]:
    """firm id -> the latest note of the month."""
    latest = (
        select(func.max(LedgerNoteVersion.id))
        .where(LedgerNoteVersion.month == month)
        .group_by(LedgerNoteVersion.firm_id)
    )
    return {
        v.firm_id: LedgerNote(v.problem, v.remark)
        for v in session.scalars(select(LedgerNoteVersion).where(LedgerNoteVersion.id.in_(latest)))
    }


def set_ledger_notes(
    ws: Workspace,
    month: str,
    usccs: list[str],
    *,
    problem: str | None = None,
    remark: str | None = None,
    reason: str | None = None,
) -> int:
    """Fill the problem and/or remark of these firms in the month's ledger (one transaction); a firm not on
    that month's ledger is refused. Returns how many notes changed."""
    key = month_key(month)
    if problem is None and remark is None:
        raise DomainError(
            "请给出要填写的存在的主要问题或备注", en="Give the main problem or the remark to fill in"
        )
    if not usccs:
        raise DomainError("请先选择企业", en="Choose the firms first")
    year, mon = parse_month(key)
    changed = 0
    with ws.db.write() as session:
        on_ledger = set(session.scalars(FigureSets(session, month_period(year, mon)).ledger_firms()))
        notes = current_notes(session, key)
        for uscc in dict.fromkeys(usccs):
            firm = get_firm(session, uscc)
            if firm.id not in on_ledger:
                raise DomainError(
                    f"{firm.name} 在 {key} 没有任何走访、需求、授信、放款或退出记录，不在该月台帐中",
                    en=f"{firm.name} has no visit, demand, credit, loan or exit in {key}, so it is not in that "
                    "month's ledger",
                )
            changed += _set_one(session, ws, key, firm, notes.get(firm.id), problem, remark, reason)
    return changed


def _set_one(
    session: Session,
    ws: Workspace,
    month: str,
    firm: Firm,
    before: LedgerNote | None,
    problem: str | None,
    remark: str | None,
    reason: str | None,
) -> int:
    old = before or LedgerNote()
    new = LedgerNote(
        old.problem if problem is None else problem.strip(), old.remark if remark is None else remark.strip()
    )
    if new == old and before is not None:
        return 0
    clean_reason = (reason or "").strip() or None
    if before is not None and clean_reason is None and (old.problem or old.remark):
        clean_reason = "更正"
    session.add(
        LedgerNoteVersion(
            month=month,
            firm_id=firm.id,
            problem=new.problem,
            remark=new.remark,
            reason=clean_reason,
            actor=ws.actor,
        )
    )
    append_audit(
        session,
        actor=ws.actor,
        action="ledger.note",
        entity="firm",
        entity_id=firm.id,
        firm_id=firm.id,
        summary=f"填写 {month} 台帐说明：{firm.name}" + (f"（{clean_reason}）" if clean_reason else ""),
        old=None if before is None else {"problem": old.problem, "remark": old.remark},
        new={"problem": new.problem, "remark": new.remark, "reason": clean_reason},
    )
    return 1


def set_ledger_note(ws: Workspace, month: str, uscc: str, *, problem: str | None, remark: str | None) -> None:
    """One firm's note (``firstloan ledger-note``)."""
    set_ledger_notes(ws, month, [uscc], problem=problem, remark=remark)


def note_history(ws: Workspace, month: str, uscc: str) -> list[NoteVersion]:
    key = month_key(month)
    with ws.db.session() as session:
        firm = get_firm(session, uscc)
        return [
            NoteVersion(v.problem, v.remark, v.reason, v.at, v.actor)
            for v in session.scalars(
                select(LedgerNoteVersion)
                .where(LedgerNoteVersion.month == key, LedgerNoteVersion.firm_id == firm.id)
                .order_by(LedgerNoteVersion.id)
            )
        ]

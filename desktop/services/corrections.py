"""Correcting a record the officer typed wrong: the shared steps of every edit and void.

Nothing is deleted. An edit writes the record as it was into the audit log (``old``) and the changed
fields with the reason (``new = {"changes": …, "reason": …}``); a void marks the record (``voided_at``,
``void_reason``, ``voided_by``) so it counts nowhere, and keeps it in the audit log with its reason. Both
re-derive the firm's 首贷 verdicts and stage in the same transaction (``firm_state.refresh_firm`` with the
correction as the reason the stage history gives). ``void_record`` voids any kind of record by id.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping
from typing import Any, TypeVar

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.domain.errors import DomainError, Message
from desktop.domain.event_entries import RECORD_KINDS, record_what
from desktop.services.crowding import firm_crowding_warnings
from desktop.services.firm_state import refresh_firm
from desktop.services.outcome import Outcome, RecordNotFound
from desktop.services.workspace import Workspace
from desktop.store.audit import append_audit
from desktop.store.models import (
    Attachment,
    BankRelationship,
    Base,
    Contact,
    Credit,
    Demand,
    Firm,
    Loan,
    StageChange,
    Target,
    Visit,
)
from desktop.store.types import utcnow

T = TypeVar("T")

# Record kind -> its model (the kinds of desktop.domain.event_entries.RECORD_KINDS).
MODELS: dict[str, type[Base]] = {
    "visit": Visit,
    "demand": Demand,
    "credit": Credit,
    "loan": Loan,
    "stage": StageChange,
    "contact": Contact,
    "bank": BankRelationship,
    "attachment": Attachment,
    "target": Target,
}
# Columns an audit snapshot leaves out: the attachment's bytes (kept by its hash) and the void marks.
_SKIPPED = {"content", "voided_at", "void_reason", "voided_by", "created_at", "updated_at"}


class CorrectionError(DomainError):
    pass


def need_reason(reason: str | None) -> str:
    text = (reason or "").strip()
    if not text:
        raise CorrectionError(
            "更正或作废记录需要填写原因", en="Correcting or voiding a record needs a reason"
        )
    return text


def _names(kind: str) -> tuple[str, str]:
    return RECORD_KINDS[kind]


def load_live(session: Session, kind: str, record_id: int) -> Any:
    """The record of ``kind`` with this id, not voided; a clear error otherwise."""
    zh, en = _names(kind)
    row: Any = session.get(MODELS[kind], record_id)
    if row is None:
        raise RecordNotFound(
            f"找不到编号为 {record_id} 的{zh}记录", en=f"There is no {en.lower()} record number {record_id}"
        )
    if row.voided_at is not None:
        raise CorrectionError(
            f"编号为 {record_id} 的{zh}记录已于 {row.voided_at.date().isoformat()} 作废（{row.void_reason}）",
            en=f"{en} record number {record_id} was voided on {row.voided_at.date().isoformat()} ({row.void_reason})",
        )
    return row


def snapshot(row: Any) -> dict[str, Any]:
    """The record's columns as they are now (for the audit log's ``old``)."""
    return {c.key: getattr(row, c.key) for c in row.__table__.columns if c.key not in _SKIPPED}


def with_changes(current: T, changes: Mapping[str, Any], kind: str) -> T:
    """``current`` (a frozen input dataclass) with ``changes``; a field it does not have is a clear error."""
    known = {f.name for f in dataclasses.fields(current)}  # type: ignore[arg-type]
    unknown = sorted(set(changes) - known)
    if unknown:
        zh, en = _names(kind)
        raise CorrectionError(
            f"{zh}记录没有字段：{'、'.join(unknown)}；可改的字段：{'、'.join(sorted(known))}",
            en=f"A {en.lower()} record has no field {', '.join(unknown)}; the fields are: {', '.join(sorted(known))}",
        )
    return dataclasses.replace(current, **changes)  # type: ignore[type-var]


def apply_changes(row: Any, values: Mapping[str, Any]) -> dict[str, Any]:
    """Set the values that differ; returns {column: new value} of those."""
    changed = {name: value for name, value in values.items() if getattr(row, name) != value}
    for name, value in changed.items():
        setattr(row, name, value)
    return changed


def correction_text(kind: str, record: Mapping[str, Any], verb: str, reason: str) -> Message:
    """What the stage history says caused a re-derived stage: 作废放款 60 万元：录入错误."""
    what = record_what(kind, record)
    if verb == "void":
        return Message(f"作废{what}：{reason}", f"{what.en} voided: {reason}")
    return Message(f"修改{what}：{reason}", f"{what.en} corrected: {reason}")


def _audit(
    session: Session, actor: str, kind: str, verb: str, row: Any, old: dict[str, Any], new: dict[str, Any]
) -> None:
    firm_id = getattr(row, "firm_id", None)
    append_audit(
        session,
        actor=actor,
        action=f"{kind}.{verb}",
        entity=MODELS[kind].__tablename__,
        entity_id=row.id,
        firm_id=firm_id,
        summary=str(correction_text(kind, old, verb, str(new.get("reason", "")))),
        old=old,
        new=new,
    )


def _finish(session: Session, ws: Workspace, row: Any, kind: str, text: Message) -> Outcome:
    firm = session.get(Firm, row.firm_id) if hasattr(row, "firm_id") else None
    if firm is None:
        return Outcome(id=row.id, uscc="")
    move = refresh_firm(session, ws.actor, firm, ws.today(), correction=text).stage_move
    return Outcome(
        id=row.id,
        uscc=firm.uscc,
        stage_move=move,
        warnings=firm_crowding_warnings(session, firm, ws.profile.bank),
    )


def record_edit(
    session: Session, ws: Workspace, kind: str, row: Any, values: Mapping[str, Any], reason: str
) -> Outcome:
    """Apply checked ``values`` to ``row``, audit the edit and re-derive the firm (in the caller's transaction).

    Nothing changed is no edit: no audit entry, no stage change."""
    before = snapshot(row)
    changed = apply_changes(row, values)
    if not changed:
        return Outcome(id=row.id, uscc=_uscc(session, row))
    session.flush()
    _audit(session, ws.actor, kind, "edit", row, before, {"changes": changed, "reason": reason})
    return _finish(session, ws, row, kind, correction_text(kind, before, "edit", reason))


def _uscc(session: Session, row: Any) -> str:
    firm = session.get(Firm, row.firm_id) if hasattr(row, "firm_id") else None
    return firm.uscc if firm is not None else ""


def _credit_has_no_loans(session: Session, credit: Credit) -> None:
    count = session.scalar(select(func.count(Loan.id)).where(Loan.credit_id == credit.id, Loan.live)) or 0
    if count:
        raise CorrectionError(
            f"编号为 {credit.id} 的授信上还有 {count} 笔有效放款：请先作废这些放款或改为其他授信",
            en=f"Credit number {credit.id} still has {count} valid loan(s) drawn on it: void them or move them to "
            "another credit first",
        )


def _hand_move_only(session: Session, move: StageChange) -> None:
    if move.cause != "hand":
        raise CorrectionError(
            f"编号为 {move.id} 的阶段变化是由记录推导出的（{move.cause}），只能作废手工调整；请更正引起它的记录",
            en=f"Stage change number {move.id} was derived from the records ({move.cause}); only hand moves can be "
            "voided: correct the record that caused it",
        )


_VOID_CHECKS: dict[str, Callable[[Session, Any], None]] = {
    "credit": _credit_has_no_loans,
    "stage": _hand_move_only,
}


def void_record(ws: Workspace, kind: str, record_id: int, reason: str) -> Outcome:
    """Void one record of ``kind`` (a key of MODELS) with a reason: kept, marked, audited, counted nowhere."""
    if kind not in MODELS:
        raise CorrectionError(
            f"没有这种记录：{kind}；可作废：{'、'.join(MODELS)}",
            en=f"No such record kind: {kind}; the kinds are: {', '.join(MODELS)}",
        )
    text = need_reason(reason)
    with ws.db.write() as session:
        row = load_live(session, kind, record_id)
        if kind in _VOID_CHECKS:
            _VOID_CHECKS[kind](session, row)
        before = snapshot(row)
        row.voided_at, row.void_reason, row.voided_by = utcnow(), text, ws.actor
        session.flush()
        _audit(session, ws.actor, kind, "void", row, before, {"voided": True, "reason": text})
        return _finish(session, ws, row, kind, correction_text(kind, before, "void", text))

"""The append-only audit log: who, when, what, old -> new, each entry chained to the previous by hash.

The officer's proof of due diligence (尽职免责): editing or deleting an entry breaks the chain, and
``verify_chain`` says where.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.store.jsonable import to_jsonable
from desktop.store.models import AuditEntry
from desktop.store.types import utcnow

GENESIS = "0" * 64


def _digest(
    prev_hash: str,
    at: datetime,
    actor: str,
    action: str,
    entity: str,
    entity_id: str | None,
    firm_id: int | None,
    summary: str,
    old: Any,
    new: Any,
) -> str:
    payload = json.dumps(
        [
            prev_hash,
            at.replace(tzinfo=None).isoformat(timespec="microseconds"),
            actor,
            action,
            entity,
            entity_id,
            firm_id,
            summary,
            old,
            new,
        ],
        ensure_ascii=False,
        sort_keys=True,
        separators=(",", ":"),
    )
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def append_audit(
    session: Session,
    *,
    actor: str,
    action: str,
    entity: str,
    entity_id: object | None = None,
    firm_id: int | None = None,
    summary: str = "",
    old: Any = None,
    new: Any = None,
) -> AuditEntry:
    """Add one entry in the caller's (write) transaction, chained to the latest one."""
    session.flush()
    prev = session.scalar(select(AuditEntry.hash).order_by(AuditEntry.id.desc()).limit(1)) or GENESIS
    at = utcnow()
    old_j, new_j = to_jsonable(old), to_jsonable(new)
    ident = None if entity_id is None else str(entity_id)
    entry = AuditEntry(
        at=at,
        actor=actor,
        action=action,
        entity=entity,
        entity_id=ident,
        firm_id=firm_id,
        summary=summary,
        old=old_j,
        new=new_j,
        prev_hash=prev,
        hash=_digest(prev, at, actor, action, entity, ident, firm_id, summary, old_j, new_j),
    )
    session.add(entry)
    session.flush()
    return entry


@dataclass(frozen=True)
class ChainBreak:
    entry_id: int
    problem: str


def verify_chain(session: Session) -> list[ChainBreak]:
    """Recompute every hash in order; report entries whose link or content does not match."""
    breaks: list[ChainBreak] = []
    prev = GENESIS
    for entry in session.scalars(select(AuditEntry).order_by(AuditEntry.id)).yield_per(2000):
        if entry.prev_hash != prev:
            breaks.append(ChainBreak(entry.id, f"第 {entry.id} 条记录与前一条的链接不符（前面的记录被删改）"))
        expected = _digest(
            entry.prev_hash,
            entry.at,
            entry.actor,
            entry.action,
            entry.entity,
            entry.entity_id,
            entry.firm_id,
            entry.summary,
            entry.old,
            entry.new,
        )
        if entry.hash != expected:
            breaks.append(ChainBreak(entry.id, f"第 {entry.id} 条记录的内容被改动过"))
        prev = entry.hash
    return breaks

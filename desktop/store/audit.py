"""The append-only audit log: who, when, what, old -> new, each entry chained to the previous by hash.

The officer's proof of due diligence (尽职免责): editing or deleting an entry breaks the chain, and
``verify_chain`` says where; the newest entries are anchored outside the database (``anchor.py``).
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.domain.errors import Message
from desktop.store.anchor import AUDITED, GENESIS, session_connection
from desktop.store.jsonable import to_jsonable
from desktop.store.models import AuditEntry
from desktop.store.types import utcnow

__all__ = ["GENESIS", "ChainBreak", "append_audit", "verify_chain", "verify_chain_on"]


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
    session.info[AUDITED] = True  # the commit moves the anchor (Database.write)
    return entry


@dataclass(frozen=True)
class ChainBreak:
    entry_id: int
    problem: Message


_CHAIN_SQL = (
    "SELECT id, at, actor, action, entity, entity_id, firm_id, summary, old, new, prev_hash, hash "
    "FROM audit_entry ORDER BY id"
)


class _Malformed(ValueError):
    def __init__(self, field: str) -> None:
        super().__init__(field)
        self.field = field


def _stored_time(value: Any) -> datetime:
    if isinstance(value, str):
        try:
            return datetime.fromisoformat(value)
        except ValueError:
            pass
    raise _Malformed("at")


def _stored_json(value: Any, field: str) -> Any:
    if value is None:
        return None
    if isinstance(value, str):
        try:
            return json.loads(value)
        except ValueError:
            pass
    raise _Malformed(field)


def _recomputed(row: Any) -> str:
    """The hash an entry stored as ``row`` (raw column values) should have; _Malformed for a field that
    cannot have been written by append_audit."""
    _id, at, actor, action, entity, entity_id, firm_id, summary, old, new, prev_hash, _hash = row
    for name, value in (("actor", actor), ("action", action), ("entity", entity), ("prev_hash", prev_hash)):
        if not isinstance(value, str):
            raise _Malformed(name)
    if summary is not None and not isinstance(summary, str):
        raise _Malformed("summary")
    if entity_id is not None and not isinstance(entity_id, str):
        raise _Malformed("entity_id")
    if firm_id is not None and not isinstance(firm_id, int):
        raise _Malformed("firm_id")
    return _digest(
        prev_hash,
        _stored_time(at),
        actor,
        action,
        entity,
        entity_id,
        firm_id,
        summary or "",
        _stored_json(old, "old"),
        _stored_json(new, "new"),
    )


def verify_chain(session: Session) -> list[ChainBreak]:
    """Recompute every hash in order from the stored values; report entries whose link or content does not
    match, and entries with a field no writer of this program could have stored (never an exception)."""
    return verify_chain_on(session_connection(session))


def verify_chain_on(conn: Any) -> list[ChainBreak]:
    """``verify_chain`` over a DB-API connection (``check`` reads without the ORM)."""
    breaks: list[ChainBreak] = []
    prev = GENESIS
    cursor = conn.execute(_CHAIN_SQL)
    while rows := cursor.fetchmany(2000):
        for row in rows:
            entry_id, stored_prev, stored_hash = int(row[0]), row[10], row[11]
            if stored_prev != prev:
                breaks.append(
                    ChainBreak(
                        entry_id,
                        Message(
                            f"第 {entry_id} 条记录与前一条的链接不符（前面的记录被删改）",
                            f"Entry {entry_id} does not link to the one before it (earlier entries were "
                            "deleted or changed)",
                        ),
                    )
                )
            try:
                expected = _recomputed(row)
            except _Malformed as bad:
                breaks.append(
                    ChainBreak(
                        entry_id,
                        Message(
                            f"第 {entry_id} 条记录的字段 {bad.field} 无法读取（被改成了本程序不会写入的值）",
                            f"Entry {entry_id} has a field {bad.field} that cannot be read (it was changed to a "
                            "value this program never writes)",
                        ),
                    )
                )
            else:
                if stored_hash != expected:
                    breaks.append(
                        ChainBreak(
                            entry_id,
                            Message(f"第 {entry_id} 条记录的内容被改动过", f"Entry {entry_id} was changed"),
                        )
                    )
            prev = stored_hash
    return breaks

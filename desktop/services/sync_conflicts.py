"""Conflicts a person picks: a field changed on two laptops since they last exchanged. Picking writes the
chosen value as a new change made over both, so every laptop settles the same way; both values stay in
the change log (and the audit) for good."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.domain.errors import DomainError
from desktop.services.outcome import RecordNotFound
from desktop.services.sync_apply import materialize
from desktop.services.sync_records import known_records
from desktop.services.sync_registry import BY_NAME
from desktop.services.sync_state import next_stamp, require_identity
from desktop.services.sync_write import Applied
from desktop.services.workspace import Workspace
from desktop.store.audit import append_audit
from desktop.store.models import SyncConflict, SyncOp
from desktop.store.types import utcnow


@dataclass(frozen=True)
class ConflictView:
    id: str
    uscc: str | None
    field: str
    mine: Any
    theirs: Any
    theirs_actor: str

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id, "uscc": self.uscc, "field": self.field, "mine": self.mine, "theirs": self.theirs,
            "theirs_actor": self.theirs_actor,
        }  # fmt: skip


def open_conflicts(ws: Workspace) -> list[ConflictView]:
    with ws.db.session() as session:
        rows = session.scalars(
            select(SyncConflict).where(SyncConflict.resolved_at.is_(None)).order_by(SyncConflict.found_at)
        )
        return [
            ConflictView(c.uid, c.firm, f"{c.rtype}.{c.field}", c.mine_value, c.theirs_value, c.theirs_actor)
            for c in rows
        ]


def _write_choice(session: Session, ws: Workspace, conflict: SyncConflict, value: Any) -> None:
    me = require_identity(session)
    stamp = next_stamp(me)
    me.op_seq += 1
    me.local_seq += 1
    session.add(
        SyncOp(
            origin=me.device_id, origin_seq=me.op_seq, local_seq=me.local_seq, kind="set", rtype=conflict.rtype,
            rkey=conflict.rkey, firm=conflict.firm, field=conflict.field, value=value, hlc=stamp,
            parents=[conflict.mine_hlc, conflict.theirs_hlc], actor=ws.actor, applied=True,
        )
    )  # fmt: skip
    session.flush()
    rt = BY_NAME[conflict.rtype]
    materialize(session, rt, known_records(session, rt.name, [conflict.rkey]), lambda _uid: None, Applied())


def resolve_conflict(ws: Workspace, conflict_id: str, *, take: str) -> None:
    if take not in ("mine", "theirs"):
        raise DomainError(
            f"--take 应为 mine 或 theirs，而不是“{take}”", en=f"--take is mine or theirs, not “{take}”"
        )
    with ws.db.write() as session:
        conflict = session.get(SyncConflict, conflict_id)
        if conflict is None or conflict.resolved_at is not None:
            raise RecordNotFound(
                f"没有待处理的冲突 {conflict_id}", en=f"There is no open conflict {conflict_id}"
            )
        value = conflict.mine_value if take == "mine" else conflict.theirs_value
        _write_choice(session, ws, conflict, value)
        conflict.resolved_at, conflict.resolved_by = utcnow(), ws.actor
        append_audit(
            session, actor=ws.actor, action="sync.resolve", entity=conflict.rtype, entity_id=conflict.rkey,
            summary=f"选定冲突字段 {conflict.rtype}.{conflict.field} 的取值（{'本机' if take == 'mine' else '对方'}）",
            old={"mine": conflict.mine_value, "theirs": conflict.theirs_value}, new={"value": value},
        )  # fmt: skip

"""Turning what was recorded on this laptop into changes for the exchange.

Nothing in the other services has to know about the branch: a record never exchanged (``origin`` NULL)
becomes a *create* with all its fields; a row the triggers noted as changed is compared field by field
with what the change log holds, and each difference becomes a *set* over the value it replaced; a voided
record a *void*. All changes of one capture carry one clock stamp.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import ColumnElement, Select, delete, false, insert, or_, select, update
from sqlalchemy.orm import Session

from desktop.domain.merge_rules import current_write
from desktop.services.sync_notes import dirty_months, ensure_note_triggers, note_changes
from desktop.services.sync_records import (
    chunks,
    context_for,
    known_records,
    model_table,
    pk,
    row_firm,
    row_key,
    row_values,
    row_void,
    table,
)
from desktop.services.sync_registry import BY_NAME, REGISTRY, RecordType
from desktop.services.sync_state import COORDINATOR, next_stamp
from desktop.store.models import BranchIdentity, Firm, Plan, SyncDirty, SyncOp
from desktop.store.models.branch import new_uid
from desktop.store.sync_tables import ensure_dirty_trigger, to_wire
from desktop.store.types import utcnow

# The void reason of a record the laptop corrected into another (a target moved to another year or scope).
MOVED_REASON = "已更正为其他年度或范围"


@dataclass
class Capture:
    """The changes of one capture, before they are numbered and stored."""

    ops: list[dict[str, Any]] = field(default_factory=list)


def ensure_triggers(session: Session) -> None:
    for rt in REGISTRY:
        ensure_dirty_trigger(session, table(rt))
    ensure_note_triggers(session)


def assigned_scope(me: BranchIdentity) -> Select[Any]:
    """The firms whose records enter the exchange by assignment: on the coordinator's laptop every firm
    assigned to an officer; on an officer's, the firms assigned to them."""
    if me.role == COORDINATOR:
        return select(Firm.id).where(Firm.assigned_officer.is_not(None))
    return select(Firm.id).where(Firm.assigned_officer == me.officer)


def worked_firms(session: Session) -> set[int]:
    """Firms with work recorded here and not yet exchanged (they travel whoever they are assigned to)."""
    found: set[int] = set()
    for rt in REGISTRY:
        if rt.firm_column and rt.key == "uid":
            t = table(rt)
            found.update(session.scalars(select(t.c[rt.firm_column]).where(t.c.origin.is_(None)).distinct()))
    return found


def _in_scope(rt: RecordType, firms: Select[Any] | list[int]) -> ColumnElement[bool]:
    t = table(rt)
    if rt.key == "uscc":
        return t.c.id.in_(firms)
    if rt.firm_via is not None:
        return t.c[rt.firm_via.column].in_(select(Plan.id).where(Plan.firm_id.in_(firms)))
    if rt.firm_column is None:
        return t.c.origin.is_(None)  # not about one firm: every such record travels
    return t.c[rt.firm_column].in_(firms)


def _new_rows(session: Session, rt: RecordType, scope: Select[Any], extra: list[int]) -> list[Any]:
    t = table(rt)
    conditions = [_in_scope(rt, scope)]
    conditions += [_in_scope(rt, batch) for batch in chunks(extra)]
    rows = list(session.execute(select(t).where(t.c.origin.is_(None), or_(false(), *conditions))))
    if rt.key == "uid" and any(r._mapping["uid"] is None for r in rows):
        for r in rows:  # rows written by raw SQL get their global id now
            if r._mapping["uid"] is None:
                session.execute(update(t).where(pk(rt) == r._mapping[pk(rt).name]).values(uid=new_uid()))
        ids = [r._mapping[pk(rt).name] for r in rows]
        rows = [r for batch in chunks(ids) for r in session.execute(select(t).where(pk(rt).in_(batch)))]
    return rows


def _capture_new(
    session: Session, rt: RecordType, me: BranchIdentity, scope: Select[Any], extra: list[int], cap: Capture
) -> None:
    rows = _new_rows(session, rt, scope, extra)
    if not rows:
        return
    ctx = context_for(session, rt, rows)
    for row in rows:
        values = row_values(rt, row, ctx)
        firm = row_firm(rt, row, ctx)
        key = row_key(rt, row, ctx)
        cap.ops.append(_op("create", rt, key, firm, None, values, []))
        void = row_void(row) if rt.voidable else None
        if void is not None:
            cap.ops.append(_op("void", rt, key, firm, None, void, []))
    t = table(rt)
    for batch in chunks([r._mapping[pk(rt).name] for r in rows]):
        session.execute(update(t).where(pk(rt).in_(batch)).values(origin=me.device_id))


def _capture_dirty(session: Session, rt: RecordType, dirty: list[int], cap: Capture) -> None:
    t = table(rt)
    rows = [
        r
        for batch in chunks(dirty)
        for r in session.execute(select(t).where(pk(rt).in_(batch), t.c.origin.is_not(None)))
    ]
    if not rows:
        return
    ctx = context_for(session, rt, rows)
    keyed = [(row_key(rt, r, ctx), r) for r in rows]
    known = known_records(session, rt.name, [k for k, _ in keyed])
    for key, row in keyed:
        record = known[key]
        firm = row_firm(rt, row, ctx)
        if not record.created:
            # A record known by its fields (a target) whose key was corrected: a record the exchange has
            # not seen yet, created with all its fields (the one it was is voided by _moved_away).
            cap.ops.append(_op("create", rt, key, firm, None, row_values(rt, row, ctx), []))
            continue
        for name, value in row_values(rt, row, ctx).items():
            current = current_write(record.field_writes(name).values())
            if current is None or current.value != value:
                parents = [current.hlc] if current is not None else []
                cap.ops.append(_op("set", rt, key, firm, name, value, parents))
        void = row_void(row) if rt.voidable else None
        if void is not None and not record.voids:
            cap.ops.append(_op("void", rt, key, firm, None, void, []))


def _moved_away(session: Session, rt: RecordType, actor: str, cap: Capture) -> None:
    """Records known by their fields (a target: year and scope) that no row here has any more, since the
    row was corrected to another scope: voided in the exchange, as the laptop no longer has them."""
    t = table(rt)
    rows = list(session.execute(select(t)))
    ctx = context_for(session, rt, rows)
    here = {row_key(rt, row, ctx) for row in rows}
    created = session.scalars(
        select(SyncOp.rkey).where(SyncOp.rtype == rt.name, SyncOp.kind == "create").distinct()
    )
    gone = sorted(set(created) - here)
    void = {"voided_at": to_wire(utcnow()), "void_reason": MOVED_REASON, "voided_by": actor}
    for key, record in known_records(session, rt.name, gone).items():
        current = current_write(record.field_writes("voided_at").values())
        if current is not None and current.value is not None:
            continue  # voided already
        for name, value in void.items():
            before = current_write(record.field_writes(name).values())
            cap.ops.append(_op("set", rt, key, None, name, value, [before.hlc] if before else []))


def _op(
    kind: str, rt: RecordType, key: str, firm: str | None, name: str | None, value: Any, parents: list[str]
) -> dict[str, Any]:
    return {
        "kind": kind,
        "rtype": rt.name,
        "rkey": key,
        "firm": firm,
        "field": name,
        "value": value,
        "parents": parents,
    }


def capture(session: Session, me: BranchIdentity, actor: str, *, firms: Iterable[int] = ()) -> int:
    """Record this laptop's changes since the last capture as changes of this device; returns how many.

    ``firms``: local ids of firms whose own record and dossier enter the exchange now (those a package
    being imported names: a copy made here before must meet the incoming one as a change, not vanish)."""
    worked = worked_firms(session)
    by_key = sorted(worked | set(firms))  # firms and dossiers may meet a copy from another laptop
    by_work = sorted(worked)
    scope = assigned_scope(me)
    dirty: dict[str, list[int]] = {}
    for tbl, row_id in session.execute(select(SyncDirty.tbl, SyncDirty.row_id)):
        dirty.setdefault(tbl, []).append(row_id)
    cap = Capture()
    for rt in REGISTRY:
        _capture_dirty(session, rt, dirty.get(rt.table_name, []), cap)
        if isinstance(rt.key, tuple) and dirty.get(rt.table_name):
            _moved_away(session, rt, actor, cap)
        extra = by_work if rt.key == "uid" else by_key
        _capture_new(session, rt, me, scope, extra, cap)
    cap.ops += note_changes(session, dirty_months(set(dirty)))
    session.execute(delete(SyncDirty))
    if not cap.ops:
        return 0
    stamp = next_stamp(me)
    rows = []
    for op in cap.ops:
        me.op_seq += 1
        me.local_seq += 1
        rows.append(
            dict(
                op,
                origin=me.device_id,
                origin_seq=me.op_seq,
                local_seq=me.local_seq,
                hlc=stamp,
                actor=actor,
                applied=True,
            )
        )
    for batch in chunks(rows, 500):
        session.execute(insert(model_table(SyncOp)), batch)
    session.flush()
    return len(rows)


def record_type(name: str) -> RecordType:
    return BY_NAME[name]

"""Writing merged records into their tables: insert what is new here, update what the merge changed."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Row, and_, select, update
from sqlalchemy.orm import Session

from desktop.domain.merge_rules import current_write
from desktop.services.sync_records import KnownRecord, chunks, firm_ids, ids_of, pk, table, uids_of
from desktop.services.sync_registry import VOID_FIELDS, RecordType
from desktop.store.models import SyncPendingRef
from desktop.store.sync_tables import from_wire, to_wire

# An attachment's content, by its global id (None: not in this package).
BlobSource = Callable[[str], bytes | None]


@dataclass(frozen=True)
class FoundConflict:
    uscc: str | None
    rtype: str
    field: str
    mine: Any
    theirs: Any


@dataclass
class Applied:
    new: int = 0
    updated: int = 0
    already_had: int = 0
    conflicts: list[FoundConflict] = field(default_factory=list)
    firms: set[str] = field(default_factory=set)  # credit codes of the firms whose records changed
    plan_firms: set[str] = field(default_factory=set)  # firms that got a plan version


def merged_values(rt: RecordType, record: KnownRecord) -> dict[str, Any]:
    """The record's fields as the union of its writes makes them (wire values)."""
    out: dict[str, Any] = {}
    for name in (*rt.fields, *(ref.column for ref in rt.refs)):
        winner = current_write(record.field_writes(name).values())
        if winner is not None:
            out[name] = winner.value
    if record.voids:
        _, void = min(record.voids, key=lambda v: v[0])
        out.update({n: void.get(n) for n in VOID_FIELDS})
    return out


def _local_rows(
    session: Session, rt: RecordType, keys: list[str], firms: dict[str, int]
) -> dict[str, Row[Any]]:
    t = table(rt)
    found: dict[str, Row[Any]] = {}
    if isinstance(rt.key, tuple):
        for key in keys:
            parts = key.split("|")
            cond = and_(*(t.c[c] == from_wire(t.c[c], p) for c, p in zip(rt.key, parts, strict=True)))
            row = session.execute(select(t).where(cond)).first()
            if row is not None:
                found[key] = row
        return found
    for batch in chunks(keys):
        if rt.key == "uid":
            rows = session.execute(select(t).where(t.c.uid.in_(batch)))
            found.update((r._mapping["uid"], r) for r in rows)
        elif rt.key == "uscc":
            rows = session.execute(select(t).where(t.c.uscc.in_(batch)))
            found.update((r._mapping["uscc"], r) for r in rows)
        else:
            by_id = {firms[k]: k for k in batch if k in firms}
            rows = session.execute(select(t).where(t.c[rt.firm_column or "firm_id"].in_(list(by_id))))
            found.update((by_id[r._mapping[rt.firm_column or "firm_id"]], r) for r in rows)
    return found


def _typed(rt: RecordType, values: dict[str, Any]) -> dict[str, Any]:
    t = table(rt)
    refs = {r.column for r in rt.refs}
    out = {n: from_wire(t.c[n], v) for n, v in values.items() if n not in refs}
    if rt.local is not None:
        out.update(rt.local(out))
    return out


def _row_wire(rt: RecordType, row: Row[Any], ref_uids: dict[str, dict[int, str]]) -> dict[str, Any]:
    m = row._mapping
    values = {n: to_wire(m[n]) for n in rt.fields}
    for ref in rt.refs:
        values[ref.column] = ref_uids[ref.column].get(m[ref.column]) if m[ref.column] is not None else None
    if rt.voidable:
        values.update({n: to_wire(m[n]) for n in VOID_FIELDS})
    return values


def _refs(session: Session, rt: RecordType, merged: dict[str, dict[str, Any]]) -> dict[str, dict[str, int]]:
    return {
        ref.column: ids_of(session, ref.rtype, {v[ref.column] for v in merged.values() if v.get(ref.column)})
        for ref in rt.refs
    }


def write_records(
    session: Session, rt: RecordType, known: dict[str, KnownRecord], blobs: BlobSource, out: Applied
) -> set[str]:
    """Insert or update the records; returns the keys written (the others wait for their firm or parent)."""
    merged = {k: merged_values(rt, r) for k, r in known.items()}
    firms = firm_ids(session, {r.firm for r in known.values() if r.firm})
    local = _local_rows(session, rt, sorted(merged), firms)
    ref_ids = _refs(session, rt, merged)
    done: set[str] = set()
    existing = [local[k] for k in merged if k in local]
    ref_uids = {
        ref.column: uids_of(
            session, ref.rtype, [r._mapping[ref.column] for r in existing if r._mapping[ref.column]]
        )
        for ref in rt.refs
    }
    inserts: list[dict[str, Any]] = []
    for key, values in merged.items():
        record = known[key]
        if key in local:
            _update(session, rt, local[key], values, ref_uids, ref_ids, out)
        else:
            row = _insert_values(session, rt, key, record, values, firms, ref_ids, blobs)
            if row is None:
                continue
            inserts.append(row)
            out.new += 1
            if rt.name == "plan" and record.firm:
                out.plan_firms.add(record.firm)
        done.add(key)
        if record.firm:
            out.firms.add(record.firm)
    for batch in chunks(inserts, 200):
        session.execute(table(rt).insert(), batch)
    return done


def _update(
    session: Session,
    rt: RecordType,
    row: Row[Any],
    values: dict[str, Any],
    ref_uids: dict[str, dict[int, str]],
    ref_ids: dict[str, dict[str, int]],
    out: Applied,
) -> None:
    now = _row_wire(rt, row, ref_uids)
    changed = {n: v for n, v in values.items() if now.get(n) != v}
    if rt.voidable and now.get("voided_at") is not None:
        changed = {n: v for n, v in changed.items() if n not in VOID_FIELDS}  # the first void stays
    if not changed:
        out.already_had += 1
        return
    typed = _typed(rt, changed)
    for ref in rt.refs:
        if ref.column in changed:
            typed[ref.column] = ref_ids[ref.column].get(changed[ref.column]) if changed[ref.column] else None
    key_col = pk(rt)
    session.execute(update(table(rt)).where(key_col == row._mapping[key_col.name]).values(typed))
    out.updated += 1


def _insert_values(
    session: Session,
    rt: RecordType,
    key: str,
    record: KnownRecord,
    values: dict[str, Any],
    firms: dict[str, int],
    ref_ids: dict[str, dict[str, int]],
    blobs: BlobSource,
) -> dict[str, Any] | None:
    row = _typed(rt, values)
    row["origin"] = record.origin
    if rt.key == "uid":
        row["uid"] = key
    if rt.key == "uscc":
        row["uscc"] = key
    elif rt.firm_column is not None:
        if record.firm not in firms:
            return None  # its firm has not arrived: wait
        row[rt.firm_column] = firms[record.firm]
    for ref in rt.refs:
        target = values.get(ref.column)
        local_id = ref_ids[ref.column].get(target) if target else None
        if target and local_id is None:
            if rt.firm_via is not None and ref.column == rt.firm_via.column:
                return None  # a plan task waits for its plan
            session.merge(
                SyncPendingRef(
                    rtype=rt.name, row_uid=key, column=ref.column, ref_rtype=ref.rtype, ref_uid=target
                )
            )
        row[ref.column] = local_id
    if rt.name == "attachment":
        content = blobs(key)
        if content is None:
            return None
        row["content"] = content
    if rt.name == "plan":
        row["version"], row["is_current"] = -int(key[:12], 16) - 1, False  # numbered by sync_plans
    return row

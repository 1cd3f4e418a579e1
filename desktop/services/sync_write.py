"""Writing merged records into their tables: insert what is new here, update what the merge changed."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Row, and_, select, update
from sqlalchemy.orm import Session

from desktop.domain.merge_rules import current_write
from desktop.services.sync_records import KnownRecord, chunks, firm_ids, ids_of, pk, table, uids_of
from desktop.services.sync_registry import VOID_FIELDS, RecordType
from desktop.store.models import SyncPendingRef
from desktop.store.sync_tables import from_wire, to_wire, wire_reader

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


@dataclass(slots=True)
class Merged:
    """A record as the merge makes it: its fields (wire values), its firm's code, the laptop it began on."""

    values: dict[str, Any]
    firm: str | None
    origin: str | None


def merged_record(rt: RecordType, record: KnownRecord) -> Merged:
    return Merged(merged_values(rt, record), record.firm, record.origin)


def fresh_record(rt: RecordType, ops: list[dict[str, Any]]) -> Merged | None:
    """A record first seen in this package, all its changes from one laptop: its fields as they wrote them
    in stamp order (what ``merged_values`` makes of the same writes, without the bookkeeping). None while
    it has not been created (its changes wait)."""
    allowed = _wire_fields(rt)
    values: dict[str, Any] = {}
    voids: list[tuple[str, dict[str, Any]]] = []
    firm = origin = None
    created = False
    for op in sorted(ops, key=lambda o: o["hlc"]):
        firm = firm or op["firm"]
        kind = op["kind"]
        if kind == "create":
            if not created:
                created, origin = True, op["origin"]
            values.update((n, v) for n, v in (op["value"] or {}).items() if n in allowed)
        elif kind == "set" and op["field"] in allowed:
            values[op["field"]] = op["value"]
        elif kind == "void":
            voids.append((op["hlc"], op["value"]))
    if not created:
        return None
    if voids:
        _, void = min(voids, key=lambda v: v[0])
        values.update({n: void.get(n) for n in VOID_FIELDS})
    return Merged(values, firm, origin)


_WIRE_FIELDS: dict[str, frozenset[str]] = {}


def _wire_fields(rt: RecordType) -> frozenset[str]:
    found = _WIRE_FIELDS.get(rt.name)
    if found is None:
        found = _WIRE_FIELDS[rt.name] = frozenset((*rt.fields, *(ref.column for ref in rt.refs)))
    return found


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


_READERS: dict[str, dict[str, Callable[[Any], Any]]] = {}


def _readers(rt: RecordType) -> dict[str, Callable[[Any], Any]]:
    """Per column of the type (references aside): how a travelled value becomes the column's own type."""
    found = _READERS.get(rt.name)
    if found is None:
        refs = {r.column for r in rt.refs}
        t = table(rt)
        found = _READERS[rt.name] = {c.name: wire_reader(c) for c in t.columns if c.name not in refs}
    return found


def _typed(rt: RecordType, values: dict[str, Any]) -> dict[str, Any]:
    readers = _readers(rt)
    out = {n: readers[n](v) for n, v in values.items() if n in readers}
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


def _refs(session: Session, rt: RecordType, merged: dict[str, Merged]) -> dict[str, dict[str, int]]:
    return {
        ref.column: ids_of(
            session, ref.rtype, {m.values[ref.column] for m in merged.values() if m.values.get(ref.column)}
        )
        for ref in rt.refs
    }


def write_records(
    session: Session, rt: RecordType, merged: dict[str, Merged], blobs: BlobSource, out: Applied
) -> set[str]:
    """Insert or update the records; returns the keys written (the others wait for their firm or parent)."""
    firms = firm_ids(session, {r.firm for r in merged.values() if r.firm})
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
    # Rows go in by the columns they give (a voided record gives three more), a batch at a time:
    # attachments a few megabytes in memory at once.
    inserts: dict[frozenset[str], list[dict[str, Any]]] = defaultdict(list)
    batch = 20 if rt.name == "attachment" else 500
    for key, record in merged.items():
        if key in local:
            _update(session, rt, local[key], record.values, ref_uids, ref_ids, out)
        else:
            row = _insert_values(session, rt, key, record, firms, ref_ids, blobs)
            if row is None:
                continue
            same = inserts[frozenset(row)]
            same.append(row)
            if len(same) == batch:
                session.execute(table(rt).insert(), same)
                same.clear()
            out.new += 1
            if rt.name == "plan" and record.firm:
                out.plan_firms.add(record.firm)
        done.add(key)
        if record.firm:
            out.firms.add(record.firm)
    for rows in inserts.values():
        if rows:
            session.execute(table(rt).insert(), rows)
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
    record: Merged,
    firms: dict[str, int],
    ref_ids: dict[str, dict[str, int]],
    blobs: BlobSource,
) -> dict[str, Any] | None:
    values = record.values
    row = _typed(rt, values)
    row["origin"] = record.origin
    if rt.key == "uid":
        row["uid"] = key
    if rt.key == "uscc":
        # The region is positions 3-8 of the code (desktop/domain/uscc.py), worked out here, not sent.
        row["uscc"], row["region_code"] = key, key[2:8]
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
    if rt.content:
        content = blobs(key)
        if content is None:
            return None
        row["content"] = content
    if rt.name == "plan":
        row["version"], row["is_current"] = -int(key[:12], 16) - 1, False  # numbered by sync_plans
    return row

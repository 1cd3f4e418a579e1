"""Folding changes from another laptop into this one: the log takes the union, the tables show the merge.

The change log keeps every change once (by its device and number). A record's fields are worked out
from all its known writes — the latest stamp wins (desktop/domain/merge_rules.py) — and a record is
voided once any laptop voided it. A change on a field that this laptop also changed since the last
exchange is a conflict: both values stay in the log, and a ``SyncConflict`` asks a person to pick. A change
whose record (or firm) has not arrived waits in the log (``applied`` false) and is folded in when it comes.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from typing import Any

from sqlalchemy import and_, insert, select, update
from sqlalchemy.orm import Session

from desktop.domain.merge_rules import Outcome, Write, current_write, merge_write, settles
from desktop.services.sync_notes import write_notes
from desktop.services.sync_records import (
    KnownRecord,
    add_known,
    chunks,
    ids_of,
    known_records,
    model_table,
    table,
)
from desktop.services.sync_registry import BY_NAME, LEDGER_NOTE, ORDER, RecordType
from desktop.services.sync_write import (
    Applied,
    BlobSource,
    FoundConflict,
    Merged,
    fresh_record,
    merged_record,
    write_records,
)
from desktop.store.models import SyncConflict, SyncOp, SyncPendingRef
from desktop.store.models.branch import new_uid
from desktop.store.types import utcnow

OP_COLUMNS = (
    "origin",
    "origin_seq",
    "kind",
    "rtype",
    "rkey",
    "firm",
    "field",
    "value",
    "hlc",
    "parents",
    "actor",
)


def _fresh(session: Session, ops: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The ops not in the log yet."""
    by_origin: dict[str, list[int]] = defaultdict(list)
    for op in ops:
        by_origin[op["origin"]].append(op["origin_seq"])
    have: set[tuple[str, int]] = set()
    for origin, seqs in by_origin.items():
        rows = session.execute(
            select(SyncOp.origin_seq).where(
                SyncOp.origin == origin, SyncOp.origin_seq >= min(seqs), SyncOp.origin_seq <= max(seqs)
            )
        )
        have.update((origin, seq) for (seq,) in rows)
    return [op for op in ops if (op["origin"], op["origin_seq"]) not in have]


def _conflicts(
    session: Session, rt: RecordType, record: KnownRecord, key: str, ops: list[dict[str, Any]], out: Applied
) -> None:
    """Merge the record's new writes into what is known, noting each made on both sides."""
    for op in sorted(ops, key=lambda o: o["hlc"]):
        writes = (
            [(n, v, ()) for n, v in (op["value"] or {}).items()]
            if op["kind"] == "create"
            else [(op["field"], op["value"], tuple(op["parents"] or ()))]
            if op["kind"] == "set"
            else []
        )
        for name, value, parents in writes:
            known = record.field_writes(name)
            before = current_write(known.values())
            merged = merge_write(known, Write(op["hlc"], parents, value))
            if merged.outcome is Outcome.CONFLICT and before is not None:
                _note_conflict(session, rt, key, op, name, (before.hlc, before.value), value, out)
        add_known(
            record,
            op["kind"],
            op["field"],
            op["value"],
            op["hlc"],
            op["parents"] or [],
            firm=op["firm"],
            origin=op["origin"],
        )


def _note_conflict(
    session: Session,
    rt: RecordType,
    key: str,
    op: dict[str, Any],
    name: str,
    mine_write: tuple[str, Any],
    theirs: Any,
    out: Applied,
) -> None:
    mine_hlc, mine = mine_write
    session.add(
        SyncConflict(
            uid=new_uid(),
            rtype=rt.name,
            rkey=key,
            firm=op["firm"],
            field=name,
            mine_hlc=mine_hlc,
            mine_value=mine,
            theirs_hlc=op["hlc"],
            theirs_value=theirs,
            theirs_actor=op["actor"],
        )
    )
    out.conflicts.append(FoundConflict(op["firm"], rt.name, name, mine, theirs))


def _settle_conflicts(session: Session, rt: RecordType, known: dict[str, KnownRecord]) -> None:
    """Close the open conflicts of these records that a later write was made over (picked elsewhere)."""
    for batch in chunks(sorted(known)):
        for conflict in session.scalars(
            select(SyncConflict).where(
                SyncConflict.rtype == rt.name,
                SyncConflict.rkey.in_(batch),
                SyncConflict.resolved_at.is_(None),
            )
        ):
            writes = known[conflict.rkey].field_writes(conflict.field)
            winner = current_write(writes.values())
            if winner is not None and settles(winner, conflict.mine_hlc, conflict.theirs_hlc, writes):
                conflict.resolved_at, conflict.resolved_by = utcnow(), winner.hlc.split(".")[-1]


def apply_ops(
    session: Session,
    ops: list[dict[str, Any]],
    next_local: Callable[[], int],
    blobs: BlobSource,
    on_type: Callable[[str], None] = lambda _rtype: None,
) -> Applied:
    """Fold the package's ops in; each of its records counts as new, updated or already had. ``on_type``
    is told each record type before it is merged (progress; it may raise to cancel)."""
    out = Applied()
    fresh = _fresh(session, ops)
    fresh_keys = {(op["origin"], op["origin_seq"]) for op in fresh}
    records: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
    for op in ops:
        records[(op["rtype"], op["rkey"])].append(op)
    by_type: dict[str, dict[str, list[dict[str, Any]]]] = defaultdict(dict)
    for (rtype, rkey), record_ops in records.items():
        new_ops = [o for o in record_ops if (o["origin"], o["origin_seq"]) in fresh_keys]
        if not new_ops or rtype not in BY_NAME:
            out.already_had += 1
            continue
        by_type[rtype][rkey] = new_ops
    for rtype in sorted(by_type, key=ORDER.__getitem__):
        on_type(rtype)
        _apply_type(session, BY_NAME[rtype], by_type[rtype], next_local, blobs, out)
    return out


def _apply_type(
    session: Session,
    rt: RecordType,
    new: dict[str, list[dict[str, Any]]],
    next_local: Callable[[], int],
    blobs: BlobSource,
    out: Applied,
) -> None:
    known = known_records(session, rt.name, new)
    had = {key for key in new if key in known}  # records the log already holds something of
    merged: set[str] = set()
    records: dict[str, Merged] = {}
    for key, ops in new.items():
        if key in had or len({op["origin"] for op in ops}) > 1:
            _conflicts(session, rt, known[key], key, ops, out)
            merged.add(key)
            if known[key].created:
                records[key] = merged_record(rt, known[key])
        else:  # first seen now, from one laptop: nothing to merge with, nothing to conflict
            fresh = fresh_record(rt, ops)
            if fresh is not None:
                records[key] = fresh
    writers = (
        {key: max(ops, key=lambda o: o["hlc"])["actor"] for key, ops in new.items()}
        if rt is LEDGER_NOTE
        else None
    )
    done = _write(session, rt, records, blobs, out, writers)
    rows = []
    for key, ops in new.items():
        for op in ops:
            rows.append(
                {c: op.get(c) for c in OP_COLUMNS} | {"local_seq": next_local(), "applied": key in done}
            )
    for batch in chunks(rows, 500):
        session.execute(insert(model_table(SyncOp)), batch)
    _mark_applied(session, rt, done & had)
    if merged:
        _settle_conflicts(session, rt, {k: known[k] for k in merged})


def _write(
    session: Session,
    rt: RecordType,
    records: dict[str, Merged],
    blobs: BlobSource,
    out: Applied,
    writers: dict[str, str] | None = None,
) -> set[str]:
    """Write the merged records into their table; returns the keys written (the others wait).
    ``writers``: who made each record's latest change in the package (a ledger note's version keeps it)."""
    if rt is LEDGER_NOTE:
        return write_notes(session, records, out, writers)
    return write_records(session, rt, records, blobs, out)


def _mark_applied(session: Session, rt: RecordType, keys: set[str]) -> None:
    for batch in chunks(sorted(keys)):
        session.execute(
            update(SyncOp)
            .where(and_(SyncOp.rtype == rt.name, SyncOp.rkey.in_(batch), SyncOp.applied.is_(False)))
            .values(applied=True)
        )


def materialize(
    session: Session, rt: RecordType, known: dict[str, KnownRecord], blobs: BlobSource, out: Applied
) -> None:
    """Write the merged records into their table; mark their ops applied where the record could be written."""
    records = {k: merged_record(rt, r) for k, r in known.items() if r.created}
    _mark_applied(session, rt, _write(session, rt, records, blobs, out))


def apply_waiting(session: Session, blobs: BlobSource, out: Applied) -> None:
    """Fold in ops that were waiting for their record or firm (a package that came out of order)."""
    waiting: dict[str, set[str]] = defaultdict(set)
    for rtype, rkey in session.execute(
        select(SyncOp.rtype, SyncOp.rkey).where(SyncOp.applied.is_(False)).distinct()
    ):
        waiting[rtype].add(rkey)
    for rtype in sorted(waiting, key=lambda n: ORDER.get(n, 99)):
        if rtype in BY_NAME:
            materialize(session, BY_NAME[rtype], known_records(session, rtype, waiting[rtype]), blobs, out)


def resolve_pending_refs(session: Session) -> None:
    """Fill in references whose record has arrived since."""
    for pending in list(session.scalars(select(SyncPendingRef))):
        target = ids_of(session, pending.ref_rtype, [pending.ref_uid]).get(pending.ref_uid)
        if target is None:
            continue
        rt = BY_NAME[pending.rtype]
        session.execute(
            update(table(rt)).where(table(rt).c.uid == pending.row_uid).values({pending.column: target})
        )
        session.delete(pending)

"""The monthly ledger's notes (存在的主要问题 / 备注 per firm and month) in the branch exchange.

A note is kept as versions (``LedgerNoteVersion``, desktop/services/ledger_notes.py: the latest is the
note, every earlier text stays), so it travels as a record type of its own: ``ledger_note``, keyed
``YYYY-MM|USCC``, its two fields editable (the later change wins, a change on both sides is a conflict).
A trigger notes which month got a new version; capture compares that month's latest notes with the change
log; a merge that changes a note adds a version (never rewrites one), by the officer who made the change.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.domain.ledger import LedgerNote
from desktop.domain.merge_rules import current_write
from desktop.services.ledger_notes import current_notes
from desktop.services.sync_records import KnownRecord, add_known, chunks, firm_ids, firm_usccs
from desktop.services.sync_registry import LEDGER_NOTE
from desktop.services.sync_write import Applied, Merged
from desktop.store.models import LedgerNoteVersion, SyncOp
from desktop.store.sync_tables import ensure_month_trigger, mark_months_dirty

# A month whose notes changed, as ``sync_dirty.tbl`` holds it (row 0), beside the table names.
PREFIX = "ledger_notes:"
FIELDS = LEDGER_NOTE.editable_fields
# The reason of a version a merge adds over an earlier one (a first note has none, as when typed).
MERGED_REASON = "支行工作包合并"


def ensure_note_triggers(session: Session) -> None:
    ensure_month_trigger(session, LedgerNoteVersion.__tablename__, PREFIX)


def mark_every_month(session: Session) -> None:
    """Note every month's notes as changed (on joining a branch: notes written before travel too)."""
    mark_months_dirty(session, LedgerNoteVersion.__tablename__, PREFIX)


def dirty_months(dirty_tables: set[str]) -> list[str]:
    return sorted(t[len(PREFIX) :] for t in dirty_tables if t.startswith(PREFIX))


def _fields(note: LedgerNote) -> dict[str, str]:
    return {"problem": note.problem, "remark": note.remark}


def _month_notes(session: Session, month: str) -> dict[str, dict[str, str]]:
    """The month's latest notes by credit code."""
    notes = current_notes(session, month)
    codes = firm_usccs(session, notes)
    return {codes[firm_id]: _fields(note) for firm_id, note in notes.items() if firm_id in codes}


def _known_month(session: Session, month: str) -> dict[str, KnownRecord]:
    out: dict[str, KnownRecord] = defaultdict(KnownRecord)
    rows = session.execute(
        select(SyncOp.rkey, SyncOp.kind, SyncOp.field, SyncOp.value, SyncOp.hlc, SyncOp.parents).where(
            SyncOp.rtype == LEDGER_NOTE.name, SyncOp.rkey.like(f"{month}|%")
        )
    )
    for rkey, kind, field, value, hlc, parents in rows:
        add_known(out[rkey], kind, field, value, hlc, parents or [])
    return out


def note_changes(session: Session, months: list[str]) -> list[dict[str, Any]]:
    """The changes of these months' notes since the last capture: a create for a note never exchanged,
    a set (over the value it replaced) for each field that differs from the log."""
    ops: list[dict[str, Any]] = []
    for month in months:
        known = _known_month(session, month)
        for uscc, entry in sorted(_month_notes(session, month).items()):
            key = f"{month}|{uscc}"
            record = known.get(key)
            if record is None or not record.created:
                ops.append(_op("create", key, uscc, None, entry, []))
                continue
            for name, value in entry.items():
                current = current_write(record.field_writes(name).values())
                if current is None or current.value != value:
                    ops.append(_op("set", key, uscc, name, value, [current.hlc] if current else []))
    return ops


def _op(kind: str, key: str, uscc: str, name: str | None, value: Any, parents: list[str]) -> dict[str, Any]:
    return {
        "kind": kind, "rtype": LEDGER_NOTE.name, "rkey": key, "firm": uscc, "field": name, "value": value,
        "parents": parents,
    }  # fmt: skip


def _logged_writers(session: Session, keys: list[str]) -> dict[str, str]:
    """Who made the latest logged change of each note (a merge of waiting changes, a conflict settled)."""
    out: dict[str, str] = {}
    for batch in chunks(keys):
        rows = session.execute(
            select(SyncOp.rkey, SyncOp.actor)
            .where(SyncOp.rtype == LEDGER_NOTE.name, SyncOp.rkey.in_(batch))
            .order_by(SyncOp.hlc)
        )
        out.update((rkey, actor) for rkey, actor in rows)
    return out


def write_notes(
    session: Session, known: dict[str, Merged], out: Applied, writers: Mapping[str, str] | None = None
) -> set[str]:
    """Add a version for each merged note that differs from the latest here; each note counts as new,
    updated or had. ``writers``: who made each note's change in the package (else the log says). Returns
    the keys written: a note of a firm not here yet waits for it."""
    by_month: dict[str, list[str]] = defaultdict(list)
    for key in known:
        by_month[key.split("|", 1)[0]].append(key)
    firms = firm_ids(session, {key.split("|", 1)[1] for key in known})
    logged = _logged_writers(session, [k for k in known if k not in (writers or {})])
    done: set[str] = set()
    for month, keys in sorted(by_month.items()):
        latest = current_notes(session, month)
        for key in keys:
            firm_id = firms.get(key.split("|", 1)[1])
            if firm_id is None:
                continue
            done.add(key)
            before = latest.get(firm_id)
            merged = {n: str(v or "") for n, v in known[key].values.items() if n in FIELDS}
            entry = _fields(before or LedgerNote()) | merged
            if before is not None and _fields(before) == entry:
                out.already_had += 1
                continue
            session.add(
                LedgerNoteVersion(
                    month=month, firm_id=firm_id, problem=entry["problem"], remark=entry["remark"],
                    reason=None if before is None else MERGED_REASON,
                    actor=(writers or {}).get(key) or logged.get(key, ""),
                )
            )  # fmt: skip
            if before is None:
                out.new += 1
            else:
                out.updated += 1
    session.flush()
    return done

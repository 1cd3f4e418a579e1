"""The monthly ledger's notes (存在的主要问题 / 备注 per firm and month) in the branch exchange.

They are kept in the settings table under ``ledger_notes:YYYY-MM`` as ``{uscc: {"problem", "remark"}}``
(desktop/services/ledger.py), not in a table of their own, so they travel as a record type of their own:
``ledger_note``, keyed ``YYYY-MM|USCC``, its two fields editable (the later change wins, a change on both
sides is a conflict). A trigger notes which month's notes changed; capture compares that month with the
change log; a merge writes the merged notes back into the month's setting.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.domain.merge_rules import current_write
from desktop.services.sync_records import KnownRecord, add_known
from desktop.services.sync_registry import LEDGER_NOTE
from desktop.services.sync_write import Applied, Merged
from desktop.store.models import SyncOp
from desktop.store.settings import get_setting, set_setting
from desktop.store.sync_tables import ensure_setting_triggers, mark_settings_dirty

PREFIX = "ledger_notes:"
FIELDS = LEDGER_NOTE.editable_fields


def ensure_note_triggers(session: Session) -> None:
    ensure_setting_triggers(session, PREFIX)


def mark_every_month(session: Session) -> None:
    """Note every month's notes as changed (on joining a branch: notes written before travel too)."""
    mark_settings_dirty(session, PREFIX)


def dirty_months(dirty_tables: set[str]) -> list[str]:
    return sorted(t[len(PREFIX) :] for t in dirty_tables if t.startswith(PREFIX))


def _entry(stored: Any) -> dict[str, str]:
    stored = stored if isinstance(stored, dict) else {}
    return {name: str(stored.get(name) or "") for name in FIELDS}


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
        stored = get_setting(session, f"{PREFIX}{month}", {}) or {}
        known = _known_month(session, month)
        for uscc, raw in sorted(stored.items()):
            key, entry = f"{month}|{uscc}", _entry(raw)
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


def write_notes(session: Session, known: dict[str, Merged], out: Applied) -> set[str]:
    """Write the merged notes into their months' settings; each note counts as new, updated or had."""
    by_month: dict[str, list[str]] = defaultdict(list)
    for key in known:
        by_month[key.split("|", 1)[0]].append(key)
    for month, keys in sorted(by_month.items()):
        setting = f"{PREFIX}{month}"
        stored: dict[str, Any] = dict(get_setting(session, setting, {}) or {})
        changed = False
        for key in keys:
            uscc = key.split("|", 1)[1]
            merged = {n: v for n, v in known[key].values.items() if n in FIELDS}
            before = stored.get(uscc)
            entry = _entry(before) | {n: str(v or "") for n, v in merged.items()}
            if before is not None and _entry(before) == entry:
                out.already_had += 1
                continue
            if before is None:
                out.new += 1
            else:
                out.updated += 1
            stored[uscc] = entry
            changed = True
        if changed:
            set_setting(session, setting, stored)
    return set(known)

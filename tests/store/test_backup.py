"""Backup files: encrypted like the database, complete, pruned to the rolling set."""

from __future__ import annotations

import os
import sqlite3
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from desktop.services.workspace import Workspace
from desktop.store.audit import append_audit
from desktop.store.backup import (
    BackupError,
    BackupFile,
    backups_to_prune,
    list_backups,
    parse_name,
    take_backup,
    verify_file,
)
from desktop.store.database import connect_raw
from desktop.store.keys import DatabaseKey, KeySource

SECRET = "机密企业名称XYZZY"


def _add_audit(ws: Workspace, summary: str) -> None:
    with ws.db.write() as s:
        append_audit(s, actor="李明", action="test", entity="firm", summary=summary)


def test_backup_is_encrypted_and_opens_with_the_key(workspace: Workspace, tmp_path: Path) -> None:
    _add_audit(workspace, SECRET)
    made = take_backup(workspace.db.path, workspace.db.key, tmp_path / "b", "manual")
    data = made.path.read_bytes()
    assert SECRET.encode() not in data and b"SQLite format 3" not in data
    assert not list(made.path.parent.glob("*.part"))
    assert not Path(str(made.path) + "-wal").exists()  # one self-contained file
    conn = connect_raw(made.path, workspace.db.key)
    try:
        (summary,) = conn.execute("SELECT summary FROM audit_entry").fetchone()
    finally:
        conn.close()
    assert summary == SECRET
    assert verify_file(made.path, workspace.db.key) == []
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(made.path).execute("SELECT count(*) FROM sqlite_master").fetchone()
    with pytest.raises(BackupError):
        verify_file(made.path, DatabaseKey(b"\x07" * 32, KeySource.ENV))


def test_backups_in_one_second_get_distinct_names(workspace: Workspace, tmp_path: Path) -> None:
    _add_audit(workspace, "一")
    first = take_backup(workspace.db.path, workspace.db.key, tmp_path, "before-import")
    _add_audit(workspace, "二")  # unchanged, the second would be skipped (test_backup_checks.py)
    second = take_backup(workspace.db.path, workspace.db.key, tmp_path, "before-import")
    assert first.reason == "before-import" and first.path != second.path
    assert [b.path for b in list_backups(tmp_path)] == [second.path, first.path]
    with pytest.raises(BackupError):
        take_backup(workspace.db.path, workspace.db.key, tmp_path, "whatever")
    (tmp_path / "firstloan-20261121T193000Z-daily.db.part").write_bytes(b"half")
    assert len(list_backups(tmp_path)) == 2  # an interrupted backup is never listed


def _fake(when: datetime, reason: str = "daily") -> BackupFile:
    stamp = when.strftime("%Y%m%dT%H%M%S")
    return BackupFile(Path(f"firstloan-{stamp}Z-{reason}.db"), when, reason, 0)


def test_pruning_keeps_7_daily_and_4_weekly() -> None:
    now = datetime(2026, 11, 21, 12, 0, tzinfo=UTC)  # a Saturday
    # Two backups a day for 60 days, plus three pre-import ones in the last hours.
    backups = [_fake(now - timedelta(days=d, hours=h)) for d in range(60) for h in (1, 5)]
    backups += [_fake(now - timedelta(minutes=m), "before-import") for m in (10, 20, 30)]
    doomed = {b.path for b in backups_to_prune(backups, now, day_of=lambda t: t.date())}
    kept = sorted((b for b in backups if b.path not in doomed), key=lambda b: b.taken_at, reverse=True)
    # Everything from the last 24 hours: 3 pre-import and 2 daily ones.
    recent = [b for b in kept if now - b.taken_at < timedelta(hours=24)]
    assert len(recent) == 3 + 2
    days = sorted({b.taken_at.date() for b in kept}, reverse=True)
    assert days[:7] == [date(2026, 11, 21) - timedelta(days=i) for i in range(7)]
    older = [d for d in days if d < date(2026, 11, 15)]
    # One per ISO week for the 4 weeks before the daily ones: the newest day of each week.
    assert older == [date(2026, 11, 14), date(2026, 11, 8), date(2026, 11, 1), date(2026, 10, 25)]
    assert len([b for b in kept if b.taken_at.date() in older]) == 4
    # Only the newest of each older day survives.
    for day in days[1:7]:
        same = [b for b in kept if b.taken_at.date() == day]
        assert len(same) == 1
    assert len(kept) == 5 + 6 + 4 and len(doomed) == len(backups) - len(kept)


def test_pruning_counts_days_that_have_backups() -> None:
    """A laptop left off for two months keeps its history on the first start back."""
    now = datetime(2026, 11, 21, 12, 0, tzinfo=UTC)
    old = [_fake(datetime(2026, 9, 1, 9, tzinfo=UTC) - timedelta(days=d)) for d in range(40)]
    doomed = {b.path for b in backups_to_prune(old, now, day_of=lambda t: t.date())}
    assert len(old) - len(doomed) == 7 + 4
    assert backups_to_prune([], now) == []


def test_take_backup_prunes_the_directory(workspace: Workspace, tmp_path: Path) -> None:
    now = datetime(2026, 11, 21, 12, 0, tzinfo=UTC)
    for d in range(1, 40):
        when = now - timedelta(days=d)
        (tmp_path / f"firstloan-{when:%Y%m%dT%H%M%S}Z-daily.db").write_bytes(b"x")
    stale, fresh = tmp_path / "firstloan-20261101T000000Z-daily.db.1.part", tmp_path / "firstloan-x.db.2.part"
    stale.write_bytes(b"half")
    fresh.write_bytes(b"being written")
    old = (now - timedelta(days=2)).timestamp()
    os.utime(stale, (old, old))
    take_backup(workspace.db.path, workspace.db.key, tmp_path, "manual", now)
    assert not stale.exists() and fresh.exists()  # a crash's leftovers go, another writer's stay
    names = list_backups(tmp_path)
    assert len(names) <= 1 + 7 + 4
    assert parse_name(names[0].path) is not None and names[0].reason == "manual"

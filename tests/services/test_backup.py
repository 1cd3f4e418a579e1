"""Automatic and manual backups through the services, and restoring one."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from desktop.services.backup import backup_before, backup_now, restore_backup, workspace_backups
from desktop.services.workspace import Workspace, open_workspace
from desktop.store.audit import append_audit, verify_chain
from desktop.store.backup import BackupError
from desktop.store.models import AuditEntry
from tests.keyring_backend import InMemoryKeyring


def _note(ws: Workspace, text: str) -> None:
    with ws.db.write() as s:
        append_audit(s, actor="李明", action="test", entity="firm", summary=text)


def _count(ws: Workspace) -> int:
    with ws.db.session() as s:
        return s.scalar(select(func.count(AuditEntry.id))) or 0


def test_daily_backup_on_first_start_of_the_day_only(
    workspace: Workspace, data_dir: Path, memory_keyring: InMemoryKeyring
) -> None:
    assert workspace_backups(workspace) == []  # a brand-new database needs none
    _note(workspace, "一")
    for _ in range(2):
        ws = open_workspace(data_dir, keyring_backend=memory_keyring)
        ws.close()
    daily = [b for b in workspace_backups(workspace) if b.reason == "daily"]
    assert len(daily) == 1


def test_backup_before_names_the_reason(workspace: Workspace) -> None:
    made = backup_before(workspace, "import")
    assert made.reason == "before-import" and made.path.parent == workspace.data_dir / "backups"
    with pytest.raises(BackupError, match="未知的备份原因"):
        backup_before(workspace, "lunch")


def test_restore_brings_back_the_data_and_keeps_the_current_file(
    workspace: Workspace, data_dir: Path, memory_keyring: InMemoryKeyring
) -> None:
    _note(workspace, "备份前")
    made = backup_now(workspace)
    for i in range(3):
        _note(workspace, f"备份后 {i}")  # these sit in the WAL, not yet in the main file
    assert Path(str(workspace.db.path) + "-wal").exists()
    source = made.path.read_bytes()
    result = restore_backup(workspace, made.path)
    assert made.path.read_bytes() == source  # the backup itself is never touched
    ws = open_workspace(data_dir, keyring_backend=memory_keyring)
    try:
        assert _count(ws) == 2  # the backed-up entry and the restore's own entry
        with ws.db.session() as s:
            assert verify_chain(s) == []
            last = s.scalars(select(AuditEntry).order_by(AuditEntry.id.desc())).first()
        assert last is not None and last.action == "backup.restore" and made.path.name in last.summary
        conn = ws.db.raw_connection()
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        conn.close()
    finally:
        ws.close()
    assert result.safety_backup.reason == "before-restore"
    # The database replaced holds all four entries: nothing was thrown away.
    kept = open_workspace(data_dir, keyring_backend=memory_keyring)
    restore_back = restore_backup(kept, result.kept_aside)
    again = open_workspace(data_dir, keyring_backend=memory_keyring)
    try:
        assert _count(again) == 4 + 1
    finally:
        again.close()
    assert restore_back.kept_aside.exists()


def test_a_failing_daily_backup_warns_but_never_stops_the_start(
    workspace: Workspace, data_dir: Path, memory_keyring: InMemoryKeyring
) -> None:
    _note(workspace, "一")
    (data_dir / "backups").write_text("not a directory")
    ws = open_workspace(data_dir, keyring_backend=memory_keyring)
    try:
        assert len(ws.warnings) == 1 and "今日自动备份失败" in ws.warnings[0]
        assert _count(ws) == 1
    finally:
        ws.close()

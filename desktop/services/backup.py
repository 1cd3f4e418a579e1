"""Backups as the officer uses them: take one, list them, restore one, and the hook the importer calls.

Automatic backups: before every import (``backup_before(ws, "import")``), restore and migration, and
daily on the first start (``open_workspace``). The files live in ``<data dir>/backups/``; the rolling
set and the file work are in ``desktop/store/backup.py``.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from desktop.services.workspace import Workspace
from desktop.store.audit import append_audit
from desktop.store.backup import (
    BackupError,
    BackupFile,
    aside_name,
    backup_dir,
    checkpoint,
    discard,
    list_backups,
    stage_copy,
    swap_in,
    take_backup,
    verify_file,
)
from desktop.store.database import Database, make_engine
from desktop.store.migrate import upgrade_to_head

_BEFORE = {"import": "before-import", "restore": "before-restore", "migrate": "before-migrate"}


def backup_now(ws: Workspace) -> BackupFile:
    """A backup the officer asked for."""
    return take_backup(ws.db.path, ws.db.key, backup_dir(ws.data_dir), "manual")


def backup_before(ws: Workspace, reason: str) -> BackupFile:
    """The safety copy taken before a risky operation: ``reason`` is import, restore or migrate."""
    if reason not in _BEFORE:
        raise BackupError(
            f"未知的备份原因：{reason}（应为 {'、'.join(_BEFORE)}）",
            en=f"Unknown backup reason: {reason} (it should be {', '.join(_BEFORE)})",
        )
    return take_backup(ws.db.path, ws.db.key, backup_dir(ws.data_dir), _BEFORE[reason])


def workspace_backups(ws: Workspace) -> list[BackupFile]:
    """The backups of this workspace, newest first."""
    return list_backups(backup_dir(ws.data_dir))


@dataclass(frozen=True)
class RestoreResult:
    restored_from: Path
    safety_backup: BackupFile  # the database as it was just before the restore
    kept_aside: Path  # the replaced file itself, renamed


def restore_backup(ws: Workspace, file: Path) -> RestoreResult:
    """Replace the database with ``file``; ``ws`` is closed and must be reopened by the caller.

    The file must open with this database's key and pass integrity_check, else nothing changes. A
    copy is prepared first — brought up to the latest schema and given the restore's audit entry —
    then swapped in atomically, so a crash leaves either the old database or the restored one. The
    current database is backed up and also kept aside under a new name.
    """
    file = file.expanduser().resolve()
    if not file.is_file():
        raise BackupError(f"找不到备份文件 {file}", en=f"The backup file {file} was not found")
    data_dir, key, actor = ws.data_dir, ws.db.key, ws.actor
    # Work on a copy: the file itself is never changed (it may be on read-only media), and the safety
    # backup below prunes the directory, which may hold the very file restored.
    staged = stage_copy(file, data_dir)
    try:
        problems = verify_file(staged, key, name=file.name)
        if problems:
            raise BackupError(
                f"备份文件 {file.name} 未通过完整性检查（{problems[0]}），未作恢复，当前数据库未改动",
                en=f"The backup file {file.name} failed the integrity check ({problems[0]}); nothing was restored "
                "and the current database is unchanged",
            )
        safety = backup_before(ws, "restore")
    except BaseException:
        discard(staged)
        raise
    aside = aside_name(data_dir)
    try:
        db = Database(path=staged, key=key, engine=make_engine(staged, key))
        try:
            upgrade_to_head(db)  # the file itself is the backup of its older schema
            with db.write() as session:
                append_audit(
                    session,
                    actor=actor,
                    action="backup.restore",
                    entity="database",
                    summary=f"从备份 {file.name} 恢复数据库；恢复前的数据库另存为 {aside.name}",
                    new={"file": file.name, "safety_backup": safety.path.name, "kept_aside": aside.name},
                )
        finally:
            db.dispose()
        checkpoint(staged, key)
        problems = verify_file(staged, key)
        if problems:
            raise BackupError(
                f"恢复的数据库未通过完整性检查（{problems[0]}），当前数据库未改动",
                en=f"The restored database failed the integrity check ({problems[0]}); the current database is unchanged",
            )
    except BaseException:
        discard(staged)
        raise
    checkpoint(ws.db.path, key)
    ws.close()
    swap_in(staged, data_dir, aside)
    return RestoreResult(restored_from=file, safety_backup=safety, kept_aside=aside)

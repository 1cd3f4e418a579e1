"""Backups as the officer uses them: take one, list them, restore one, and the hook the importer calls.

Automatic backups: before every import (``backup_before(ws, "import")``), restore and migration, and
daily on the first start (``open_workspace``, or the window in the background). The files live in
``<data dir>/backups/``; the rolling set, the checks and the file work are in ``desktop/store/backup.py``.
Listing and restoring work without opening the database, so a missing or damaged one can be restored.
"""

from __future__ import annotations

import contextlib
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from desktop.domain.errors import Message
from desktop.services.workspace import DataFolder, Profile, Workspace, actor_name
from desktop.store.anchor import (
    Anchor,
    AnchorState,
    ChainHead,
    anchor_path,
    mark_anchored,
    read_head,
    session_connection,
)
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
from desktop.store.database import (
    DB_FILE_NAME,
    Database,
    connect_raw,
    database_exists,
    make_engine,
    no_database_error,
)
from desktop.store.diagnosis import explain_open_failure
from desktop.store.errors import DatabaseDamaged, KeyMissingError, StorageFailed, StoreError, storage_failure
from desktop.store.keys import DatabaseKey
from desktop.store.migrate import upgrade_to_head
from desktop.store.settings import get_setting

_BEFORE = {"import": "before-import", "restore": "before-restore", "migrate": "before-migrate"}


def backup_now(ws: Workspace) -> BackupFile:
    """A backup the officer asked for (``skipped`` when nothing changed since the newest verified one)."""
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
    """The backups of this workspace, newest first, each with what its check found."""
    return list_backups(backup_dir(ws.data_dir), ws.db.key)


def folder_backups(folder: DataFolder) -> list[BackupFile]:
    """The backups of a data folder whose database may be missing or damaged (none there: NoDatabase)."""
    found = list_backups(folder.backups, folder.key())
    if not found and not database_exists(folder.db_path) and folder.keystore().stored() is None:
        raise no_database_error(folder.path)
    return found


@dataclass(frozen=True)
class RestoreResult:
    restored_from: Path
    safety_backup: BackupFile | None  # the database as it was just before the restore, when it could be read
    kept_aside: Path | None  # the replaced file itself, renamed (None: there was no file)
    note: Message | None = None  # why no safety backup was taken (the database was missing or damaged)


def restore_backup(ws: Workspace, file: Path) -> RestoreResult:
    """Replace the database with ``file``; ``ws`` is closed and must be reopened by the caller."""
    return restore_into(ws.data_dir, ws.db.key, file, actor=ws.actor, before_swap=ws.close)


def restore_folder(folder: DataFolder, file: Path) -> RestoreResult:
    """Restore into a data folder without opening its database (it may be missing or damaged)."""
    key = folder.key()
    if key is None:
        raise KeyMissingError(
            f"找不到数据目录 {folder.path} 的数据库密钥，无法核对备份。请先用恢复密钥恢复：firstloan key restore",
            en=f"No database key is found for the data folder {folder.path}, so the backup cannot be checked. "
            "Restore the key with the recovery key first: firstloan key restore",
        )
    return restore_into(folder.path, key, file)


def restore_into(
    data_dir: Path,
    key: DatabaseKey,
    file: Path,
    *,
    actor: str | None = None,
    before_swap: Callable[[], None] | None = None,
) -> RestoreResult:
    """Replace the database in ``data_dir`` with the backup ``file``, checked against ``key``.

    The file must open with the key and pass integrity_check, else nothing changes (the live file is
    never what it is checked against). A copy is prepared — brought up to the latest schema and given
    the restore's audit entry — then swapped in atomically, so a crash leaves either the old database or
    the restored one. A readable current database is backed up first; any current file is kept aside.
    """
    file = file.expanduser().resolve()
    if not file.is_file():
        raise BackupError(f"找不到备份文件 {file}", en=f"The backup file {file} was not found")
    live_note = _live_database(data_dir, key)
    # Work on a copy: the file itself is never changed (it may be on read-only media), and the safety
    # backup below prunes the directory, which may hold the very file restored.
    staged = _staged_copy(file, data_dir, key)
    try:
        safety, note = (None, live_note) if live_note is not None else _safety_backup(data_dir, key)
        aside = aside_name(data_dir)
        head = _prepare(staged, key, file, actor, safety, aside)
    except BaseException:
        discard(staged)
        raise
    if before_swap is not None:
        before_swap()
    existed = (data_dir / DB_FILE_NAME).exists()
    if live_note is None:
        with contextlib.suppress(StoreError):
            checkpoint(data_dir / DB_FILE_NAME, key)
    _swap_anchored(staged, data_dir, key, aside, head)
    return RestoreResult(file, safety, aside if existed else None, note)


def _live_database(data_dir: Path, key: DatabaseKey) -> Message | None:
    """None when the current database opens with ``key``; why not, when it is missing or damaged. A
    key that opens neither it nor anything of this folder's is the wrong key: raised, nothing changes."""
    path = data_dir / DB_FILE_NAME
    if not database_exists(path):
        return Message(
            "当前没有数据库文件（不见了或是空文件），无需先备份",
            "There is no current database file (missing or empty), so none was backed up first",
        )
    try:
        connect_raw(path, key).close()
    except StoreError as exc:
        explained = explain_open_failure(data_dir, key, exc)
        if not isinstance(explained, DatabaseDamaged):
            raise explained from exc
        return _damaged_note()
    return None


def _damaged_note() -> Message:
    return Message(
        "当前数据库文件已损坏，无法先备份；它会原样另存",
        "The current database file is damaged and could not be backed up first; it is kept aside as it is",
    )


def _staged_copy(file: Path, data_dir: Path, key: DatabaseKey) -> Path:
    try:
        staged = stage_copy(file, data_dir)
    except OSError as exc:
        failure = storage_failure(exc, f"复制备份 {file.name}", f"Copying the backup {file.name}")
        if failure is None:
            raise
        raise failure from exc
    try:
        problems = verify_file(staged, key, name=file.name)
    except BaseException:
        discard(staged)
        raise
    if problems:
        discard(staged)
        raise BackupError(
            f"备份文件 {file.name} 未通过完整性检查（{problems[0]}），未作恢复，当前数据库未改动",
            en=f"The backup file {file.name} failed the integrity check ({problems[0]}); nothing was restored "
            "and the current database is unchanged",
        )
    return staged


def _safety_backup(data_dir: Path, key: DatabaseKey) -> tuple[BackupFile | None, Message | None]:
    try:
        live = data_dir / DB_FILE_NAME
        return take_backup(live, key, backup_dir(data_dir), "before-restore", skip_unchanged=False), None
    except StorageFailed:
        raise
    except (BackupError, DatabaseDamaged):
        return None, _damaged_note()


def _prepare(
    staged: Path, key: DatabaseKey, file: Path, actor: str | None, safety: BackupFile | None, aside: Path
) -> ChainHead:
    """Bring the staged copy to the latest schema, audit the restore in it, fold its WAL in, check it;
    returns its chain head (what the anchor will say)."""
    db = Database(path=staged, key=key, engine=make_engine(staged, key))
    try:
        upgrade_to_head(db.engine)  # the file itself is the backup of its older schema
        with db.write() as session:
            if actor is None:
                stored = get_setting(session, "profile", {}) or {}
                actor = actor_name(Profile(officer=str(stored.get("officer", ""))))
            append_audit(
                session,
                actor=actor,
                action="backup.restore",
                entity="database",
                summary=f"从备份 {file.name} 恢复数据库；恢复前的数据库另存为 {aside.name}",
                new={
                    "file": file.name,
                    "safety_backup": safety.path.name if safety else None,
                    "kept_aside": aside.name,
                },
            )
            mark_anchored(session_connection(session))
    finally:
        db.dispose()
    checkpoint(staged, key)
    problems = verify_file(staged, key)
    if problems:
        raise BackupError(
            f"恢复的数据库未通过完整性检查（{problems[0]}），当前数据库未改动",
            en=f"The restored database failed the integrity check ({problems[0]}); the current database is unchanged",
        )
    conn = connect_raw(staged, key)
    try:
        return read_head(conn)
    finally:
        conn.close()


def _swap_anchored(staged: Path, data_dir: Path, key: DatabaseKey, aside: Path, head: ChainHead) -> None:
    """Swap the staged file in and move the anchor to its head. While the files swap, the anchor accepts
    both the old head and the restored one, so a crash in between is never taken for lost work."""
    anchor = Anchor(data_dir / DB_FILE_NAME, key)
    reading = anchor.read()
    if anchor.path.exists():  # the replaced database's anchor goes with it, as evidence
        with contextlib.suppress(OSError):
            shutil.copyfile(anchor.path, anchor_path(aside))
    try:
        if reading.state is AnchorState.OK:
            anchor.write(reading.heads[0], also=(*reading.heads[1:], head))
    except OSError as exc:  # before the swap: give up with nothing changed
        discard(staged)
        failure = storage_failure(exc, "更新审计锚点", "Updating the audit anchor")
        if failure is None:
            raise
        raise failure from exc
    swap_in(staged, data_dir, aside)
    with contextlib.suppress(OSError):  # the anchor still accepts the restored head
        anchor.write(head)

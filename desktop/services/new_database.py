"""``firstloan init`` and ``init --new``: make the database, or start again with an empty one.

Starting again never deletes anything: the old database file (with its WAL and anchor) is renamed
``firstloan.db.replaced-<UTC time>`` and the old key is kept under another keyring name or key-file
name (``KeyStore.set_aside``), so every backup made with it stays readable.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import func, select

from desktop.services.workspace import DataFolder, Workspace, open_workspace
from desktop.store.backup import aside_name, list_backups
from desktop.store.errors import storage_failure
from desktop.store.keys import KeySource
from desktop.store.models import AuditEntry

_DB_SIDE_FILES = ("", "-wal", "-shm", ".anchor")


@dataclass
class NewDatabase:
    workspace: Workspace
    kept_keys: list[str] = field(default_factory=list)  # where the old key(s) now are
    kept_files: list[Path] = field(default_factory=list)  # the old database's files, renamed


def init_database(folder: DataFolder) -> Workspace:
    """Open the folder's database, creating it where none exists and no key is stored."""
    return open_workspace(
        folder.path,
        keyring_backend=folder.keyring_backend,
        environ=folder.environ,
        create=True,
        daily_backup=False,
    )


def start_new_database(folder: DataFolder, now: datetime | None = None) -> NewDatabase:
    """An explicit new, empty database: the old database files and the old key are kept aside first."""
    now = now or datetime.now(UTC)
    try:
        kept_files = _set_database_aside(folder, now)
        _, kept_keys = folder.keystore().start_over()
    except OSError as exc:
        failure = storage_failure(exc, "另存旧数据库", "Keeping the old database aside")
        if failure is None:
            raise
        raise failure from exc
    ws = open_workspace(
        folder.path,
        keyring_backend=folder.keyring_backend,
        environ=folder.environ,
        create=True,
        daily_backup=False,
        start_over=True,
    )
    return NewDatabase(ws, kept_keys, kept_files)


def _set_database_aside(folder: DataFolder, now: datetime) -> list[Path]:
    if not any(Path(str(folder.db_path) + suffix).exists() for suffix in _DB_SIDE_FILES):
        return []
    aside = aside_name(folder.path, now)
    kept: list[Path] = []
    for suffix in _DB_SIDE_FILES:
        source = Path(str(folder.db_path) + suffix)
        if source.exists():
            target = Path(str(aside) + suffix)
            os.replace(source, target)
            kept.append(target)
    return kept


def undo_creation(ws: Workspace, folder: DataFolder) -> bool:
    """Remove again a database this process has just made, when nothing was written to it and no backup
    was made with its key: a first command that fails leaves no trace (no database, no new key).
    Closes ``ws``; returns whether the database was removed."""
    if not ws.created:
        return False
    with ws.db.session() as session:
        written = session.scalar(select(func.count(AuditEntry.id))) or 0
    key = ws.db.key
    ws.close()
    if written or list_backups(folder.backups):
        return False
    for suffix in _DB_SIDE_FILES:
        Path(str(folder.db_path) + suffix).unlink(missing_ok=True)
    if key.source is not KeySource.ENV:
        folder.keystore().forget_unused(key.raw)
    return True

"""Telling a damaged database file from a wrong key, so every message names the real trouble.

SQLCipher cannot tell them apart on its own: a first page that does not decrypt is "not a database"
either way. The data folder can: a key that verifies the folder's anchor file or a backup's sealed
sidecar, or opens one of its backups, is this folder's key, so the file is damaged.
"""

from __future__ import annotations

from pathlib import Path

from desktop.domain.errors import Message
from desktop.store.anchor import AnchorState, anchor_path, read_anchor
from desktop.store.backup import backup_dir, list_backups
from desktop.store.backup_meta import BackupStatus
from desktop.store.database import DB_FILE_NAME, PAGE_SIZE, connect_readonly, damaged_error
from desktop.store.errors import StoreError, WrongKeyError
from desktop.store.keys import DatabaseKey

_TRIED_BACKUPS = 5  # opening a backup decrypts one page: cheap, but a folder may hold dozens


def key_confirmation(data_dir: Path, key: DatabaseKey) -> Message | None:
    """What shows that ``key`` is the key of this folder's database, besides the database file; None."""
    if read_anchor(anchor_path(data_dir / DB_FILE_NAME), key).state is AnchorState.OK:
        return Message("它能验证本目录的审计锚点文件", "it verifies this folder's audit anchor file")
    backups = list_backups(backup_dir(data_dir), key)
    for backup in backups:
        if backup.status is not BackupStatus.UNVERIFIED:
            return Message(
                f"它能验证备份 {backup.path.name} 的校验文件",
                f"it verifies the sidecar of the backup {backup.path.name}",
            )
    for backup in backups[:_TRIED_BACKUPS]:
        try:
            connect_readonly(backup.path, key).close()
        except StoreError:
            continue
        return Message(f"它能打开备份 {backup.path.name}", f"it opens the backup {backup.path.name}")
    return None


def explain_open_failure(data_dir: Path, key: DatabaseKey, error: StoreError) -> StoreError:
    """``error`` as it really is: a "wrong key" for a file cut short, or for a key this folder confirms,
    is a damaged file."""
    if not isinstance(error, WrongKeyError):
        return error
    path = data_dir / DB_FILE_NAME
    try:
        size = path.stat().st_size
    except OSError:
        return error
    if size % PAGE_SIZE:
        detail = Message(
            f"文件长度 {size} 字节不是整页，文件被截断或写坏了",
            f"its length of {size} bytes is not a whole number of pages: it was cut short or overwritten",
        )
        return damaged_error(path, detail, Message("这与密钥无关", "this is not the key's fault"))
    confirmed = key_confirmation(data_dir, key)
    if confirmed is None:
        return error
    detail = Message("第一页无法解密", "its first page does not decrypt")
    why = Message(
        f"密钥是对的（{confirmed}），坏的是文件本身",
        f"the key is right ({confirmed.en}), so the file itself is at fault",
    )
    return damaged_error(path, detail, why)

"""The database key as the officer sees it: where it is kept, the recovery key, restoring from it.

Restoring checks the recovery key against the database, or, when the database is missing or damaged,
against the folder's backups: the key is what they need, whatever became of the live file.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop.domain.errors import Message
from desktop.store.anchor import Anchor, AnchorState, read_head
from desktop.store.atomic_file import atomic_output
from desktop.store.backup import backup_dir, list_backups
from desktop.store.database import DB_FILE_NAME, connect_raw, connect_readonly, database_exists
from desktop.store.diagnosis import key_confirmation
from desktop.store.errors import DatabaseDamaged, RecoveryKeyError, StoreError
from desktop.store.keys import DatabaseKey, KeySource, KeyStore, parse_recovery_key
from desktop.store.protected_paths import refuse_protected_output


@dataclass(frozen=True)
class KeyStatus:
    source: KeySource
    weaker: bool

    @property
    def description(self) -> str:
        if self.weaker:
            return "数据库密钥保存在数据目录中的密钥文件里（本机没有可用的系统钥匙串），保护较弱：请妥善保管电脑并导出恢复密钥。"
        return f"数据库密钥保存在{self.source.label_zh}中。"


def key_status(key: DatabaseKey) -> KeyStatus:
    return KeyStatus(source=key.source, weaker=key.weaker)


def export_recovery_key(key: DatabaseKey, out: Path, *, data_dir: Path) -> None:
    """Write the recovery key to ``out``: never over the data directory's own files, atomically, and
    readable by the owner only (0600 on POSIX)."""
    refuse_protected_output(data_dir, out)
    text = (
        "首贷培育工作台 · 数据库恢复密钥 / FirstLoan Desk recovery key\n\n"
        f"{key.recovery_text()}\n\n"
        "请打印或抄写后离线保管，勿与电脑放在一起。换电脑或系统钥匙串丢失时，用它恢复：\n"
        "firstloan key restore\n"
    )
    with atomic_output(out, private=True) as temp:
        temp.write_text(text, encoding="utf-8")


@dataclass(frozen=True)
class RecoveredKey:
    key: DatabaseKey
    # Set when the database itself still needs a backup restored (it is missing or damaged).
    database_note: Message | None = None

    @property
    def source(self) -> KeySource:
        return self.key.source


def restore_from_recovery_key(data_dir: Path, recovery: str, backend: Any | None = None) -> RecoveredKey:
    """Check that the recovery key opens the database (or, that being missing or damaged, one of its
    backups), then keep it in the keyring (or key file); a different key stored before is kept aside."""
    raw = parse_recovery_key(recovery)
    path = data_dir / DB_FILE_NAME
    candidate = DatabaseKey(raw, KeySource.ENV)
    state = _against_database(data_dir, candidate) if database_exists(path) else "missing"
    if state in ("missing", "wrong") and not _opens_a_backup(data_dir, candidate):
        if state == "missing" and not list_backups(backup_dir(data_dir)):
            raise RecoveryKeyError(
                f"数据目录 {data_dir} 中既没有数据库也没有备份，无从核对恢复密钥",
                en=f"The data folder {data_dir} has neither a database nor a backup to check the recovery key against",
            )
        raise RecoveryKeyError(
            "这个恢复密钥打不开该数据库，也打不开它的任何一份备份：它属于另一个数据库，或抄写有误",
            en="This recovery key opens neither the database nor any of its backups: it belongs to another "
            "database, or was copied wrongly",
        )
    note = {"ok": None, "missing": _missing_note(data_dir)}.get(state, _damaged_note(data_dir))
    store = KeyStore(path, backend=backend, environ={})
    saved = store.save(raw)
    if state == "ok":
        _anchor_if_missing(path, saved)
    return RecoveredKey(saved, note)


def _anchor_if_missing(path: Path, key: DatabaseKey) -> None:
    """A database file brought here by hand (a new laptop) comes without its anchor: restoring the key
    is the moment to give it one, from the chain head it has."""
    anchor = Anchor(path, key)
    if anchor.read().state is not AnchorState.MISSING:
        return
    conn = connect_raw(path, key)
    try:
        head = read_head(conn)
    finally:
        conn.close()
    with contextlib.suppress(OSError):
        anchor.write(head)


def _against_database(data_dir: Path, candidate: DatabaseKey) -> str:
    """ "ok" when ``candidate`` opens the database, "damaged" when the file is damaged but the key is
    confirmed (by the file's first page, the anchor or a backup), "wrong" when it plainly does not fit."""
    try:
        connect_raw(data_dir / DB_FILE_NAME, candidate).close()
    except DatabaseDamaged:  # the first page decrypted with this key: the key is right
        return "damaged"
    except StoreError:
        return "damaged" if key_confirmation(data_dir, candidate) is not None else "wrong"
    return "ok"


def _damaged_note(data_dir: Path) -> Message:
    return Message(
        f"数据库文件 {data_dir / DB_FILE_NAME} 已损坏（密钥是对的）：请用 firstloan backups 查看备份，"
        "再用 firstloan restore 备份文件 恢复。",
        f"The database file {data_dir / DB_FILE_NAME} is damaged (the key is right): list the backups with "
        "firstloan backups and restore one with firstloan restore FILE.",
    )


def _missing_note(data_dir: Path) -> Message:
    return Message(
        f"数据目录 {data_dir} 中没有数据库文件：请用 firstloan backups 查看备份，再用 firstloan restore 备份文件 恢复。",
        f"The data folder {data_dir} has no database file: list the backups with firstloan backups and restore "
        "one with firstloan restore FILE.",
    )


def _opens_a_backup(data_dir: Path, candidate: DatabaseKey) -> bool:
    for backup in list_backups(backup_dir(data_dir)):
        try:
            connect_readonly(backup.path, candidate).close()
        except StoreError:
            continue
        return True
    return False

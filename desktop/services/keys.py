"""The database key as the officer sees it: where it is kept, the recovery key, restoring from it."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop.store.atomic_file import atomic_output
from desktop.store.database import DB_FILE_NAME, connect_raw
from desktop.store.errors import RecoveryKeyError, WrongKeyError
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


def restore_from_recovery_key(data_dir: Path, recovery: str, backend: Any | None = None) -> DatabaseKey:
    """Check that the recovery key opens the database, then keep it in the keyring (or key file)."""
    raw = parse_recovery_key(recovery)
    path = data_dir / DB_FILE_NAME
    if not path.exists():
        raise RecoveryKeyError(
            f"数据目录 {data_dir} 中没有数据库，无需恢复密钥",
            en=f"The data folder {data_dir} has no database, so there is no key to restore",
        )
    candidate = DatabaseKey(raw, KeySource.ENV)
    try:
        connect_raw(path, candidate).close()
    except WrongKeyError as exc:
        raise RecoveryKeyError(
            "这个恢复密钥打不开该数据库：它属于另一个数据库，或抄写有误",
            en="This recovery key does not open the database: it belongs to another database, or was copied wrongly",
        ) from exc
    store = KeyStore(path, backend=backend, environ={})
    return store.save(raw)

"""The data directory's files that no export may overwrite: one check every writer of a chosen file
calls (ledger, region exports, PDFs, the recovery key, attachments), in the GUI and on the command line.

Protected: in the data directory, every file whose name starts with the database's (``firstloan.db``,
its ``-wal``, ``-shm`` and ``-journal``, the key file ``firstloan.db.key``, the ``.replaced-…`` copies a
restore keeps, and any sidecar named after the database such as the audit anchor), the lock file, and
everything inside ``backups/``. The path is resolved first (symlinks followed, ``..`` removed), and an
existing file that is a hard link to a protected one is refused too. Names are compared case-folded
(Windows and macOS file names are case-insensitive).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

from desktop.domain.errors import Message
from desktop.store.backup import BACKUP_DIR_NAME
from desktop.store.database import DB_FILE_NAME
from desktop.store.errors import StoreError
from desktop.store.lock import LOCK_FILE_NAME

# Further names protected in the data directory (a sidecar not named after the database goes here).
PROTECTED_NAMES: tuple[str, ...] = (LOCK_FILE_NAME,)


class ProtectedOutputError(StoreError):
    """An output path points at the database, its key, a backup or another file the app keeps."""


def _same(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return os.path.normcase(str(a)).casefold() == os.path.normcase(str(b)).casefold()


def _protected_name(name: str) -> Message | None:
    folded = name.casefold()
    if folded.startswith(DB_FILE_NAME.casefold() + ".key"):
        return Message("数据库密钥文件", "the database key file")
    if folded.startswith(DB_FILE_NAME.casefold()):
        return Message("数据库文件", "the database")
    if folded in {n.casefold() for n in PROTECTED_NAMES}:
        return Message("数据目录的锁文件", "the data folder's lock file")
    return None


def _protected_files(data_dir: Path) -> Iterator[Path]:
    """Existing protected files (for the hard-link check)."""
    try:
        yield from (p for p in data_dir.iterdir() if p.is_file() and _protected_name(p.name))
        backups = data_dir / BACKUP_DIR_NAME
        if backups.is_dir():
            yield from (p for p in backups.rglob("*") if p.is_file())
    except OSError:
        return


def protected_reason(data_dir: Path, out: Path) -> Message | None:
    """What protected file ``out`` would overwrite (Chinese, with English), or None when it is free."""
    home = data_dir.resolve()
    target = out.resolve()
    backups = home / BACKUP_DIR_NAME
    if any(_same(folder, backups) for folder in (target, *target.parents)):
        return Message("数据库备份", "a database backup")
    if _same(target.parent, home) and (reason := _protected_name(target.name)):
        return reason
    if target.is_file():
        found = target.stat()
        for path in _protected_files(home):
            try:
                if os.path.samestat(found, path.stat()):
                    return Message(
                        "数据库或其备份（同一文件的硬链接）", "the database or a backup (a hard link to it)"
                    )
            except OSError:
                continue
    return None


def refuse_protected_output(data_dir: Path, out: Path) -> None:
    """Raise ProtectedOutputError when writing ``out`` would overwrite a protected file of ``data_dir``."""
    reason = protected_reason(data_dir, out)
    if reason is not None:
        raise ProtectedOutputError(
            f"不能写入 {out}：它是{reason}，覆盖会毁掉数据。请另选保存位置（不要选数据目录 {data_dir} 中的文件）",
            en=f"Cannot write {out}: it is {reason.en}, and overwriting it would destroy data. Choose another "
            f"place to save (not a file in the data folder {data_dir})",
        )

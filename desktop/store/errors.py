"""Errors about the database file and its key; all are user-facing (DomainError).

Each says what is really wrong, because the remedy differs: a missing file and a damaged file are
answered with a backup (``firstloan restore``), a wrong or missing key with the recovery key
(``firstloan key restore``), a full or read-only disk by making room or choosing another folder.
"""

from __future__ import annotations

import errno

from desktop.domain.errors import DomainError


class StoreError(DomainError):
    """The database cannot be used as asked."""


class KeyMissingError(StoreError):
    """An encrypted database exists but no key for it was found: never replace it with a new one."""


class WrongKeyError(StoreError):
    """The key found does not open the database (wrong key, or not a database of ours)."""


class RecoveryKeyError(StoreError):
    """A recovery key was mistyped or belongs to another database."""


class NoDatabase(StoreError):
    """The data folder holds neither a database nor a key: nothing was ever kept here (or the path is
    mistyped). Only a command that creates the database may go on."""


class DatabaseMissing(StoreError):
    """A key is stored for this folder but its database file is gone or empty: restore a backup."""


class DatabaseDamaged(StoreError):
    """The database file is there, but damaged (not the key's fault): restore a backup."""


class StorageFailed(StoreError):
    """The disk refused a write (full, read-only, no permission); nothing was changed."""


# What a full, read-only or forbidden disk looks like from Python (errno) and from SQLite (error name).
_DISK_ERRNOS = {errno.ENOSPC: "full", errno.EROFS: "read-only", errno.EACCES: "denied", errno.EPERM: "denied"}
if hasattr(errno, "EDQUOT"):
    _DISK_ERRNOS[errno.EDQUOT] = "full"
_SQLITE_NAMES = {
    "SQLITE_FULL": "full",
    "SQLITE_READONLY": "read-only",
    "SQLITE_CANTOPEN": "denied",
    "SQLITE_PERM": "denied",
}
_WHY_ZH = {
    "full": "磁盘空间已满",
    "read-only": "数据目录是只读的",
    "denied": "没有访问权限",
    "io": "磁盘读写出错",
}
_WHY_EN = {
    "full": "the disk is full",
    "read-only": "the data folder is read-only",
    "denied": "permission denied",
    "io": "a disk read/write error",
}


def _disk_reason(exc: BaseException) -> str | None:
    if isinstance(exc, OSError) and exc.errno in _DISK_ERRNOS:
        return _DISK_ERRNOS[exc.errno]
    name = str(getattr(exc, "sqlite_errorname", "") or "")
    if name in _SQLITE_NAMES:
        return _SQLITE_NAMES[name]
    if name.startswith(("SQLITE_READONLY", "SQLITE_CANTOPEN")):
        return "read-only" if "READONLY" in name else "denied"
    if name.startswith("SQLITE_IOERR"):
        return "io"
    return None


def disk_words(exc: OSError) -> tuple[str, str]:
    """What a failed write means, in Chinese and English: 磁盘空间已满 for a full disk, etc.; else the OS's words."""
    reason = _disk_reason(exc)
    if reason is not None:
        return _WHY_ZH[reason], _WHY_EN[reason]
    text = exc.strerror or str(exc)
    return text, text


def storage_failure(exc: BaseException, doing_zh: str, doing_en: str) -> StorageFailed | None:
    """A clear StorageFailed for an exception the disk caused (full, read-only, no permission), looking
    through SQLAlchemy's wrapper; None for any other exception (a bug stays a bug)."""
    seen: BaseException | None = exc
    while seen is not None:
        reason = _disk_reason(seen)
        if reason is not None:
            where = getattr(seen, "filename", None)
            at = f"（{where}）" if where else ""
            at_en = f" ({where})" if where else ""
            return StorageFailed(
                f"{doing_zh}时失败{at}：{_WHY_ZH[reason]}。未作任何改动，数据库完好。请腾出磁盘空间或检查数据目录的权限后重试。",
                en=f"{doing_en} failed{at_en}: {_WHY_EN[reason]}. Nothing was changed and the database is intact. "
                "Free some disk space or check the data folder's permissions, then try again.",
            )
        seen = getattr(seen, "orig", None) or seen.__cause__
    return None

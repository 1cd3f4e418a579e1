"""Backup files of the encrypted database: taking, listing, checking, pruning and swapping them in.

A backup is made with SQLite's online backup API into a sqlcipher3 connection keyed with the same raw
key, so every backup is encrypted exactly like the database (and readers keep working meanwhile). It
is written under a temporary name, checked (backup_meta.py: the outcome is sealed beside it) and
renamed when complete, so a crash never leaves a half backup that looks whole. Names carry the UTC time
and the reason: ``firstloan-20261121T193000Z-daily.db``. Nothing changed since the newest verified
backup: no new copy. Pruning never removes the newest verified backup.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import sqlcipher3.dbapi2 as sqlcipher

from desktop.store.atomic_file import OutputFileError
from desktop.store.backup_meta import (
    UNVERIFIED,
    BackupMeta,
    BackupStatus,
    examine,
    fingerprint,
    read_meta,
    remove_meta,
    write_meta,
)
from desktop.store.database import DB_FILE_NAME, connect_raw, connect_readonly, damaged_error
from desktop.store.errors import DatabaseDamaged, StorageFailed, StoreError, storage_failure
from desktop.store.keys import DatabaseKey

BACKUP_DIR_NAME = "backups"
KEEP_DAILY = 7
KEEP_WEEKLY = 4
# Backups younger than this are never pruned: the one taken before an import or a restore must
# survive the day even when several are taken.
KEEP_RECENT = timedelta(hours=24)
REASONS = ("manual", "daily", "before-restore", "before-migrate", "before-import")
_NAME = re.compile(r"^firstloan-(\d{8}T\d{6})Z(?:-(\d+))?-([a-z-]+)\.db$")
_SIDE_FILES = ("-wal", "-shm", "-journal")


class BackupError(StoreError):
    """A backup cannot be made, read or restored."""


@dataclass(frozen=True)
class BackupFile:
    path: Path
    taken_at: datetime  # aware UTC, from the name
    reason: str
    size: int
    seq: int = 1  # the second, third... backup taken within the same second
    meta: BackupMeta = UNVERIFIED  # what its check found (read with the key)
    skipped: bool = False  # take_backup found nothing changed since this (older) backup

    @property
    def order(self) -> tuple[datetime, int]:
        return (self.taken_at, self.seq)

    @property
    def status(self) -> BackupStatus:
        return self.meta.status

    def to_json(self) -> dict[str, object]:
        return {
            "file": str(self.path),
            "name": self.path.name,
            "taken_at": self.taken_at.isoformat(),
            "reason": self.reason,
            "size": self.size,
            **self.meta.to_json(),
        }


def backup_dir(data_dir: Path) -> Path:
    return data_dir / BACKUP_DIR_NAME


def parse_name(path: Path, key: DatabaseKey | None = None) -> BackupFile | None:
    """The backup a file name describes; with ``key``, its sealed check outcome too."""
    match = _NAME.match(path.name)
    if match is None:
        return None
    taken = datetime.strptime(match.group(1), "%Y%m%dT%H%M%S").replace(tzinfo=UTC)
    size = path.stat().st_size if path.exists() else 0
    meta = read_meta(path, size, key) if key is not None else UNVERIFIED
    return BackupFile(path, taken, match.group(3), size, int(match.group(2) or 1), meta)


def list_backups(directory: Path, key: DatabaseKey | None = None) -> list[BackupFile]:
    """Complete backups in ``directory``, newest first (temporary files of an interrupted one are skipped);
    with ``key``, each with what its check found."""
    if not directory.is_dir():
        return []
    found = [b for p in directory.iterdir() if p.is_file() and (b := parse_name(p, key)) is not None]
    return sorted(found, key=lambda b: b.order, reverse=True)


def newest_verified(backups: Iterable[BackupFile]) -> BackupFile | None:
    return next(
        (
            b
            for b in sorted(backups, key=lambda b: b.order, reverse=True)
            if b.status is BackupStatus.VERIFIED
        ),
        None,
    )


def _fsync(path: Path) -> None:
    with contextlib.suppress(OSError), path.open("rb+") as handle:
        os.fsync(handle.fileno())


def _unique_name(directory: Path, when: datetime, reason: str) -> Path:
    stamp = when.astimezone(UTC).strftime("%Y%m%dT%H%M%S")
    path = directory / f"firstloan-{stamp}Z-{reason}.db"
    n = 1
    while path.exists():
        n += 1
        path = directory / f"firstloan-{stamp}Z-{n}-{reason}.db"
    return path


def copy_database(source: sqlcipher.Connection, target: Path, key: DatabaseKey) -> BackupMeta:
    """Copy an open keyed database into a new file ``target``, encrypted with the same key; check the copy
    and seal the outcome beside it before the rename that makes it visible (a listed backup always has
    its sidecar). A failed check still leaves the file, marked failed, for whoever investigates."""
    tmp = target.with_name(f"{target.name}.{os.getpid()}.part")  # two processes never share one
    try:
        for suffix in ("", *_SIDE_FILES):
            Path(str(tmp) + suffix).unlink(missing_ok=True)
        dest = sqlcipher.connect(str(tmp), isolation_level=None)
        try:
            dest.execute(key.sqlcipher_pragma())
            source.backup(dest)
            # A backup is one self-contained file: no WAL beside it.
            dest.execute("PRAGMA journal_mode = DELETE")
        finally:
            dest.close()
        with contextlib.suppress(OSError):
            os.chmod(tmp, 0o600)
        _fsync(tmp)
        meta = _examine(tmp, key)
        write_meta(target, tmp.stat().st_size, meta, key)
        os.replace(tmp, target)
    except BaseException:
        discard(tmp)
        if not target.exists():
            remove_meta(target)
        raise
    return meta


def _examine(path: Path, key: DatabaseKey) -> BackupMeta:
    try:
        conn = connect_readonly(path, key)
    except StoreError as exc:
        return BackupMeta(BackupStatus.FAILED, problems=[str(exc)])
    try:
        return examine(conn)
    finally:
        conn.close()


def take_backup(
    db_path: Path,
    key: DatabaseKey,
    directory: Path,
    reason: str,
    now: datetime | None = None,
    *,
    skip_unchanged: bool = True,
) -> BackupFile:
    """Back the database at ``db_path`` up into ``directory``, check the copy, prune older backups.

    Returns the newest verified backup, marked ``skipped``, when nothing changed since it (unless
    ``skip_unchanged`` is False: a restore copies what it replaces, which also finds damage). Raises
    BackupError when the copy fails its check (the file stays, marked failed) and StorageFailed for a
    full or read-only disk (nothing left behind).
    """
    if reason not in REASONS:
        raise BackupError(f"未知的备份原因：{reason}", en=f"Unknown backup reason: {reason}")
    now = now or datetime.now(UTC)
    try:
        directory.mkdir(parents=True, exist_ok=True)
        made = _copy_unless_unchanged(db_path, key, directory, reason, now, skip_unchanged)
        if not made.skipped:
            prune(directory, key, now)
    except (OSError, sqlcipher.Error, OutputFileError) as exc:
        failure = storage_failure(exc, f"备份数据库到 {directory}", f"Backing the database up to {directory}")
        if failure is not None:
            raise failure from exc
        if isinstance(exc, sqlcipher.DatabaseError) and "malformed" in str(exc):
            raise damaged_error(db_path, str(exc)) from exc
        raise BackupError(
            f"无法备份数据库到 {directory}：{exc}", en=f"Cannot back the database up to {directory}: {exc}"
        ) from exc
    if made.status is BackupStatus.FAILED:
        problem = made.meta.problems[0] if made.meta.problems else ""
        raise BackupError(
            f"备份 {made.path.name} 未通过检查（{problem}），已标记为失败并保留以备查。数据库本身可能已损坏，"
            "请运行 firstloan check。",
            en=f"The backup {made.path.name} failed its check ({problem}); it is marked failed and kept for "
            "investigation. The database itself may be damaged: run firstloan check.",
        )
    return made


def _copy_unless_unchanged(
    db_path: Path, key: DatabaseKey, directory: Path, reason: str, now: datetime, skip_unchanged: bool
) -> BackupFile:
    source = connect_raw(db_path, key)
    try:
        last = newest_verified(list_backups(directory, key)) if skip_unchanged else None
        if last is not None and last.meta.fingerprint == fingerprint(source):
            return replace(last, skipped=True)
        target = _unique_name(directory, now, reason)
        copy_database(source, target, key)
    finally:
        source.close()
    made = parse_name(target, key)
    assert made is not None
    return made


def prune(directory: Path, key: DatabaseKey | None, now: datetime) -> None:
    for old in backups_to_prune(list_backups(directory, key), now):
        old.path.unlink(missing_ok=True)
        remove_meta(old.path)
    _remove_stale_parts(directory, now)


def _remove_stale_parts(directory: Path, now: datetime) -> None:
    """Half-written backups left by a crash, and sidecars whose backup is gone (a day old: never one
    another process is still writing)."""
    stale = [*directory.glob("firstloan-*.part"), *directory.glob("firstloan-*.db.meta")]
    for part in stale:
        if part.suffix == ".meta" and part.with_suffix("").exists():
            continue
        with contextlib.suppress(OSError):
            if now.timestamp() - part.stat().st_mtime > 86_400:
                part.unlink()


def backups_to_prune(
    backups: Iterable[BackupFile],
    now: datetime,
    *,
    day_of: Callable[[datetime], date] = lambda t: t.astimezone().date(),
) -> list[BackupFile]:
    """The rolling set: everything from the last 24 hours, the newest backup of each of the 7 most
    recent days that have one, and the newest of each of the 4 most recent ISO weeks before those.

    Days and weeks are counted among those that have backups, so a laptop left off for a month keeps
    its older history instead of pruning it all on the first start.
    """
    everything = sorted(backups, key=lambda b: b.order, reverse=True)
    keep: set[Path] = {b.path for b in everything if now - b.taken_at < KEEP_RECENT}
    verified = newest_verified(everything)
    if verified is not None:  # whatever its age: it may be the last good copy
        keep.add(verified.path)
    # A failed backup takes no day's or week's place from a good one.
    ordered = [b for b in everything if b.status is not BackupStatus.FAILED]
    days: list[date] = []
    for b in ordered:
        day = day_of(b.taken_at)
        if day not in days and len(days) < KEEP_DAILY:
            days.append(day)
            keep.add(b.path)
    weeks: list[tuple[int, int]] = []
    oldest_daily = min(days) if days else None
    for b in ordered:
        day = day_of(b.taken_at)
        if oldest_daily is not None and day >= oldest_daily:
            continue
        week = day.isocalendar()[:2]
        if week not in weeks and len(weeks) < KEEP_WEEKLY:
            weeks.append((week[0], week[1]))
            keep.add(b.path)
    return [b for b in everything if b.path not in keep]


def verify_file(path: Path, key: DatabaseKey, name: str | None = None) -> list[str]:
    """Problems found by integrity_check in a database file opened with ``key`` (empty when it is sound).

    The file is opened read-only and left exactly as it was. ``name`` is how the file is called in
    messages. Raises BackupError when the file does not open with the key at all.
    """
    name = name or path.name
    if not path.is_file():
        raise BackupError(f"找不到备份文件 {name}", en=f"The backup file {name} was not found")
    try:
        conn = connect_readonly(path, key)
    except DatabaseDamaged as exc:
        raise BackupError(
            f"备份文件 {name} 已损坏，无法读取", en=f"The backup file {name} is damaged and cannot be read"
        ) from exc
    except StorageFailed:
        raise
    except StoreError as exc:
        raise BackupError(
            f"备份文件 {name} 无法用本数据库的密钥打开：它不是本程序的备份，或已损坏",
            en=f"The backup file {name} does not open with this database's key: it is not a backup of this "
            "program, or it is damaged",
        ) from exc
    try:
        rows = [str(r[0]) for r in conn.execute("PRAGMA integrity_check").fetchall()]
        if rows != ["ok"]:
            return rows
        has_version = conn.execute(
            "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
        ).fetchone()[0]
        return [] if has_version else ["文件中没有本程序的数据表"]
    except sqlcipher.DatabaseError as exc:
        return [str(exc)]
    finally:
        conn.close()


def checkpoint(db_path: Path, key: DatabaseKey) -> None:
    """Fold the WAL into the main file so the file alone is the whole database."""
    conn = connect_raw(db_path, key)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()


def aside_name(data_dir: Path, now: datetime | None = None) -> Path:
    """Where the database replaced by a restore is kept: ``firstloan.db.replaced-<UTC time>``."""
    stamp = (now or datetime.now(UTC)).astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    aside = data_dir / f"{DB_FILE_NAME}.replaced-{stamp}"
    n = 1
    while aside.exists():  # two restores in one second must not overwrite the first file kept aside
        n += 1
        aside = data_dir / f"{DB_FILE_NAME}.replaced-{stamp}-{n}"
    return aside


def stage_copy(backup: Path, data_dir: Path) -> Path:
    """A copy of ``backup`` beside the database, to be prepared and then swapped in."""
    staged = data_dir / f"{DB_FILE_NAME}.restoring"
    discard(staged)
    shutil.copyfile(backup, staged)
    return staged


def discard(path: Path) -> None:
    for suffix in ("", *_SIDE_FILES):
        Path(str(path) + suffix).unlink(missing_ok=True)


def swap_in(staged: Path, data_dir: Path, aside: Path) -> None:
    """Make the prepared, checkpointed ``staged`` file the database; keep the old one as ``aside``.

    All connections must be closed and the WAL checkpointed. ``firstloan.db`` exists at every moment:
    a crash in between must never let the next start create an empty database (and a new key) in its
    place. So the old file gets its second name first (a hard link, or a copy), then the staged file
    is renamed over it in one atomic step. The old -wal/-shm (empty after the checkpoint) go with it.
    """
    db_path = data_dir / DB_FILE_NAME
    _fsync(staged)
    if db_path.exists():
        try:
            os.link(db_path, aside)
        except OSError:  # file systems without hard links
            shutil.copyfile(db_path, aside)
            _fsync(aside)
    for suffix in _SIDE_FILES:
        side = Path(str(db_path) + suffix)
        if side.exists():
            os.replace(side, Path(str(aside) + suffix))
    os.replace(staged, db_path)
    for suffix in _SIDE_FILES:
        Path(str(staged) + suffix).unlink(missing_ok=True)


def daily_backup_if_due(
    db_path: Path, key: DatabaseKey, directory: Path, now: datetime | None = None
) -> BackupFile | None:
    """The daily backup, on the first start of the (local) day that finds none taken yet today."""
    now = now or datetime.now(UTC)
    today = now.astimezone().date()
    if any(b.taken_at.astimezone().date() == today for b in list_backups(directory)):
        return None
    return take_backup(db_path, key, directory, "daily", now)

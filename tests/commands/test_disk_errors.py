"""Issue 16 item 12: a full disk or a read-only data folder is a clean message (what failed, nothing
changed), exit 2, the database intact — never a traceback.

The tests run as root, for whom permissions are not enforced, so the refusals are made where they
really come from: SQLite's own SQLITE_FULL (``PRAGMA max_page_count``) and SQLITE_READONLY (a read-only
connection), and OSError(ENOSPC / EROFS / EACCES) from the file system calls.
"""

from __future__ import annotations

import contextlib
import errno
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import Engine, event

from desktop.store import backup as backup_module
from desktop.store import database as database_module
from desktop.store import lock as lock_module
from desktop.store.database import connect_raw
from desktop.store.keys import KEYRING_SERVICE, DatabaseKey, KeySource
from tests.commands.conftest import Run
from tests.keyring_backend import InMemoryKeyring

DB = "firstloan.db"


def _key(ring: InMemoryKeyring) -> DatabaseKey:
    (secret,) = [s for (svc, _a), s in ring.entries.items() if svc == KEYRING_SERVICE]
    return DatabaseKey(bytes.fromhex(secret), KeySource.KEYRING)


def _intact(data_dir: Path, ring: InMemoryKeyring) -> tuple[int, int]:
    conn = connect_raw(data_dir / DB, _key(ring))
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        firms = conn.execute("SELECT count(*) FROM firm").fetchone()[0]
        audit = conn.execute("SELECT count(*) FROM audit_entry").fetchone()[0]
    finally:
        conn.close()
    return firms, audit


@contextlib.contextmanager
def full_disk() -> Iterator[None]:
    """Every new pool connection may not grow the file: SQLite answers SQLITE_FULL, as on a full disk."""

    def no_room(dbapi_conn: Any, _record: Any) -> None:
        pages = dbapi_conn.execute("PRAGMA page_count").fetchone()[0]
        dbapi_conn.execute(f"PRAGMA max_page_count = {max(pages, 1)}")

    event.listen(Engine, "connect", no_room)
    try:
        yield
    finally:
        event.remove(Engine, "connect", no_room)


def _one_line(result: Any, *fragments: str) -> None:
    """Exit 2 with one error line (a warning that the day's backup failed too may come before it)."""
    assert result.code == 2, (result.out, result.err)
    lines = result.err.splitlines()
    assert (
        "Traceback" not in result.err
        and [line for line in lines if "错误" in line or "error" in line] == lines[-1:]
    )
    assert all(line.startswith(("警告", "warning")) for line in lines[:-1]), lines
    for fragment in fragments:
        assert fragment in lines[-1], result.err


def _no_space(*_args: object, **_kwargs: object) -> None:
    raise OSError(errno.ENOSPC, "No space left on device")


def test_a_full_disk_during_a_write_changes_nothing(
    cli: Run, data_dir: Path, memory_keyring: InMemoryKeyring
) -> None:
    assert cli("init").code == 0
    before = _intact(data_dir, memory_keyring)
    with full_disk():
        result = cli("demo", "--firms", "40")
    _one_line(result, "磁盘空间已满", "未作任何改动")
    assert _intact(data_dir, memory_keyring) == before == (0, 0)


def test_a_full_disk_in_english(
    cli: Run, data_dir: Path, memory_keyring: InMemoryKeyring, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert cli("init").code == 0
    monkeypatch.setenv("FIRSTLOAN_LANG", "en")
    with full_disk():
        result = cli("demo", "--firms", "40")
    _one_line(result, "the disk is full", "Nothing was changed")


def test_a_full_disk_during_a_backup_leaves_no_half_file(
    cli: Run, data_dir: Path, memory_keyring: InMemoryKeyring, monkeypatch: pytest.MonkeyPatch
) -> None:
    cli("demo", "--firms", "10")
    before = _intact(data_dir, memory_keyring)
    monkeypatch.setattr(backup_module.os, "replace", _no_space)
    result = cli("backup")
    monkeypatch.undo()
    _one_line(result, "备份数据库", "磁盘空间已满")
    assert json.loads(cli("backups", "--json").out) == []
    assert not [p for p in (data_dir / "backups").iterdir() if p.suffix in (".part", ".meta")]
    assert _intact(data_dir, memory_keyring) == before


def _read_only(path: str, *args: Any, **kwargs: Any) -> sqlcipher.Connection:
    """What SQLite does in a read-only folder: it opens for reading, and every write is SQLITE_READONLY."""
    kwargs.pop("uri", None)
    target = path if path.startswith("file:") else f"file:{path}?mode=ro"
    return _real_connect(target, *args, uri=True, **kwargs)


_real_connect = sqlcipher.connect


def test_a_read_only_folder_refuses_writes_cleanly(
    cli: Run, data_dir: Path, memory_keyring: InMemoryKeyring, monkeypatch: pytest.MonkeyPatch
) -> None:
    cli("demo", "--firms", "10")
    before = _intact(data_dir, memory_keyring)
    monkeypatch.setattr(database_module.sqlcipher, "connect", _read_only)
    assert cli("firms", "--json").code == 0  # reading still works
    result = cli("target", "set", "--year", "2026", "--county", "红旗区", "--firms", "5")
    monkeypatch.undo()
    _one_line(result, "只读", "未作任何改动")
    assert _intact(data_dir, memory_keyring) == before


def test_a_read_only_folder_where_the_lock_cannot_be_made(
    cli: Run, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cli("init")
    real_open = Path.open

    def refuse(self: Path, *args: Any, **kwargs: Any) -> Any:
        if self.name == lock_module.LOCK_FILE_NAME:
            raise OSError(errno.EROFS, "Read-only file system", str(self))
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", refuse)
    (data_dir / lock_module.LOCK_FILE_NAME).unlink(missing_ok=True)
    _one_line(cli("demo", "--firms", "5"), "只读")


def test_no_permission_to_make_the_data_folder(
    cli: Run, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_mkdir = Path.mkdir

    def denied(self: Path, *args: Any, **kwargs: Any) -> None:
        if self == data_dir:
            raise OSError(errno.EACCES, "Permission denied", str(self))
        real_mkdir(self, *args, **kwargs)

    monkeypatch.setattr(Path, "mkdir", denied)
    _one_line(cli("init"), "没有访问权限")
    assert not data_dir.exists()


def test_a_full_disk_for_an_export_file_is_a_message(
    cli: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cli("init")
    real_write = Path.write_text

    def full_for_the_export(path: Path, *args: object, **kwargs: object) -> int:
        if "recovery.txt" in path.name:  # the export's temporary file beside recovery.txt
            raise OSError(errno.ENOSPC, "No space left on device")
        return real_write(path, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(Path, "write_text", full_for_the_export)
    _one_line(cli("key", "export-recovery", str(tmp_path / "recovery.txt")), "磁盘空间已满")
    assert not list(tmp_path.glob("*recovery.txt*"))  # no half file left

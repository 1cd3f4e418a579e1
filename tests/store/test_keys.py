from __future__ import annotations

import sqlite3
import stat
import sys
from pathlib import Path

import keyring.backends.fail
import pytest
from sqlalchemy import select

from desktop.services.keys import restore_from_recovery_key
from desktop.services.workspace import open_workspace
from desktop.store.database import DB_FILE_NAME
from desktop.store.errors import KeyMissingError, RecoveryKeyError, StoreError, WrongKeyError
from desktop.store.keys import (
    KEYRING_SERVICE,
    DatabaseKey,
    KeySource,
    KeyStore,
    format_recovery_key,
    parse_recovery_key,
)
from desktop.store.models import Firm
from tests.keyring_backend import InMemoryKeyring


def _add_firm(ws, name: str = "新乡市鑫达科技有限公司") -> None:
    with ws.db.write() as s:
        s.add(Firm(uscc="91410700MA3X00000X", name=name, name_key=name, entity_type="enterprise"))


def test_database_is_encrypted_at_rest(data_dir: Path, memory_keyring: InMemoryKeyring) -> None:
    ws = open_workspace(data_dir, keyring_backend=memory_keyring, environ={})
    _add_firm(ws)
    ws.close()
    path = data_dir / DB_FILE_NAME
    raw = path.read_bytes() + (
        path.with_name(DB_FILE_NAME + "-wal").read_bytes()
        if path.with_name(DB_FILE_NAME + "-wal").exists()
        else b""
    )
    assert "鑫达".encode() not in raw
    assert not raw.startswith(b"SQLite format 3")
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(path).execute("select * from sqlite_master").fetchall()


def test_key_lives_in_keyring_and_reopens(data_dir: Path, memory_keyring: InMemoryKeyring) -> None:
    ws = open_workspace(data_dir, keyring_backend=memory_keyring, environ={})
    _add_firm(ws)
    assert ws.db.key.source is KeySource.KEYRING and not ws.db.key.weaker
    ws.close()
    assert [k[0] for k in memory_keyring.entries] == [KEYRING_SERVICE]
    assert not (data_dir / (DB_FILE_NAME + ".key")).exists()
    ws = open_workspace(data_dir, keyring_backend=memory_keyring, environ={})
    with ws.db.session() as s:
        assert s.scalar(select(Firm.name)) == "新乡市鑫达科技有限公司"
    ws.close()


def test_file_fallback_when_no_keyring(data_dir: Path) -> None:
    no_keyring = keyring.backends.fail.Keyring()
    ws = open_workspace(data_dir, keyring_backend=no_keyring, environ={})
    assert ws.db.key.source is KeySource.FILE and ws.db.key.weaker
    ws.close()
    key_file = data_dir / (DB_FILE_NAME + ".key")
    assert key_file.exists()
    if sys.platform != "win32":
        assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
    ws = open_workspace(data_dir, keyring_backend=no_keyring, environ={})
    assert ws.db.key.source is KeySource.FILE
    ws.close()


def test_environment_override(data_dir: Path, memory_keyring: InMemoryKeyring) -> None:
    env = {"FIRSTLOAN_DB_KEY": "ab" * 32}
    ws = open_workspace(data_dir, keyring_backend=memory_keyring, environ=env)
    assert ws.db.key.source is KeySource.ENV and ws.db.key.raw == bytes.fromhex("ab" * 32)
    ws.close()
    assert memory_keyring.entries == {}  # the override is never copied anywhere
    with pytest.raises(KeyMissingError):
        open_workspace(data_dir, keyring_backend=memory_keyring, environ={})
    with pytest.raises(StoreError, match="64 个十六进制字符"):
        open_workspace(data_dir, keyring_backend=memory_keyring, environ={"FIRSTLOAN_DB_KEY": "xyz"})


def test_wrong_key_is_a_clear_error_and_never_a_new_database(
    data_dir: Path, memory_keyring: InMemoryKeyring
) -> None:
    ws = open_workspace(data_dir, keyring_backend=memory_keyring, environ={})
    _add_firm(ws)
    ws.close()
    size_before = (data_dir / DB_FILE_NAME).stat().st_size
    with pytest.raises(WrongKeyError, match="密钥不对"):
        open_workspace(data_dir, keyring_backend=memory_keyring, environ={"FIRSTLOAN_DB_KEY": "cd" * 32})
    with pytest.raises(KeyMissingError, match="恢复密钥"):
        open_workspace(data_dir, keyring_backend=InMemoryKeyring(), environ={})
    assert (data_dir / DB_FILE_NAME).stat().st_size == size_before
    ws = open_workspace(data_dir, keyring_backend=memory_keyring, environ={})
    with ws.db.session() as s:
        assert s.scalar(select(Firm.name)) == "新乡市鑫达科技有限公司"
    ws.close()


def test_recovery_key_restores_access_on_a_new_laptop(
    data_dir: Path, memory_keyring: InMemoryKeyring
) -> None:
    ws = open_workspace(data_dir, keyring_backend=memory_keyring, environ={})
    _add_firm(ws)
    recovery = ws.db.key.recovery_text()
    ws.close()
    new_laptop = InMemoryKeyring()
    with pytest.raises(KeyMissingError):
        open_workspace(data_dir, keyring_backend=new_laptop, environ={})
    # Typed back in lower case with spaces instead of dashes.
    restored = restore_from_recovery_key(data_dir, recovery.lower().replace("-", " "), backend=new_laptop)
    assert restored.source is KeySource.KEYRING
    ws = open_workspace(data_dir, keyring_backend=new_laptop, environ={})
    with ws.db.session() as s:
        assert s.scalar(select(Firm.name)) == "新乡市鑫达科技有限公司"
    ws.close()


def test_recovery_key_from_another_database_is_refused(data_dir: Path, tmp_path: Path) -> None:
    ws = open_workspace(data_dir, keyring_backend=InMemoryKeyring(), environ={})
    ws.close()
    other = DatabaseKey(b"\x07" * 32, KeySource.ENV).recovery_text()
    with pytest.raises(RecoveryKeyError, match="打不开"):
        restore_from_recovery_key(data_dir, other, backend=InMemoryKeyring())


def test_recovery_key_format_detects_typos() -> None:
    raw = bytes(range(32))
    text = format_recovery_key(raw)
    assert all(len(group) == 5 for group in text.split("-")[:-1])
    assert parse_recovery_key(text) == raw
    flipped = ("B" if text[0] != "B" else "C") + text[1:]
    with pytest.raises(RecoveryKeyError, match="校验失败"):
        parse_recovery_key(flipped)
    with pytest.raises(RecoveryKeyError, match="长度"):
        parse_recovery_key(text[:-6])
    with pytest.raises(RecoveryKeyError, match="无效字符"):
        parse_recovery_key(text + "!")


def test_keystore_ignores_broken_keyring(tmp_path: Path) -> None:
    class Broken(InMemoryKeyring):
        def set_password(self, service: str, username: str, password: str) -> None:
            raise keyring.errors.PasswordSetError("locked")

    store = KeyStore(tmp_path / "x.db", backend=Broken(), environ={})
    key = store.create()
    assert key.source is KeySource.FILE
    assert store.load() == key

"""Issue 16 item 1: a stored key without its database is never answered with a new key and an empty database.

The data directory keeps the key (keyring entry or key file); the database file is gone or empty. Every
command says "数据库文件不见了" with what to do (exit 2); only ``firstloan init --new`` starts again,
and it keeps the old key aside.
"""

from __future__ import annotations

import json
from pathlib import Path

import keyring.backends.fail
import pytest

from desktop.cli import main
from desktop.store.keys import KEYRING_SERVICE
from tests.commands.conftest import Run
from tests.keyring_backend import InMemoryKeyring

DB = "firstloan.db"


def _entries(ring: InMemoryKeyring) -> dict[str, str]:
    return {
        account: secret for (service, account), secret in ring.entries.items() if service == KEYRING_SERVICE
    }


def _lose_database(data_dir: Path, how: str) -> None:
    for suffix in ("", "-wal", "-shm"):
        Path(str(data_dir / DB) + suffix).unlink(missing_ok=True)
    if how == "empty":
        (data_dir / DB).write_bytes(b"")


@pytest.mark.parametrize("how", ["missing", "empty"])
def test_a_keyring_key_without_its_database_is_an_error_and_the_key_stays(
    cli: Run, data_dir: Path, memory_keyring: InMemoryKeyring, how: str
) -> None:
    assert cli("demo", "--firms", "5").code == 0
    assert cli("backup").code == 0
    before = _entries(memory_keyring)
    assert len(before) == 1
    _lose_database(data_dir, how)
    for command in (
        ("firms",),
        ("demo", "--firms", "5"),
        ("backup",),
        ("check",),
        ("init",),
        ("key", "show-recovery"),
    ):
        result = cli(*command)
        assert result.code == 2, (command, result.err)
        assert "数据库文件不见了" in result.err and "firstloan restore" in result.err, result.err
        assert result.err.count("\n") == 1
    assert _entries(memory_keyring) == before  # never replaced
    assert not (data_dir / DB).exists() or (data_dir / DB).stat().st_size == 0


def test_a_key_file_without_its_database_is_an_error_and_the_file_stays(
    data_dir: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("FIRSTLOAN_LANG", "en")
    no_keyring = keyring.backends.fail.Keyring()
    assert main(["--data-dir", str(data_dir), "demo", "--firms", "3"], keyring_backend=no_keyring) == 0
    key_file = data_dir / (DB + ".key")
    stored = key_file.read_bytes()
    _lose_database(data_dir, "empty")
    capsys.readouterr()
    assert main(["--data-dir", str(data_dir), "firms"], keyring_backend=no_keyring) == 2
    err = capsys.readouterr().err
    assert "database file is gone" in err and "firstloan restore" in err, err
    assert key_file.read_bytes() == stored


def test_restore_brings_the_lost_database_back(cli: Run, data_dir: Path) -> None:
    cli("demo", "--firms", "7")
    assert cli("backup").code == 0
    backup = json.loads(cli("backups", "--json").out)[0]["file"]
    _lose_database(data_dir, "missing")
    listed = cli("backups", "--json")  # the backups are what a lost database needs: they are listed
    assert listed.code == 0 and [b["file"] for b in json.loads(listed.out)] == [backup]
    restored = cli("restore", backup)
    assert restored.code == 0, restored.err
    assert len(json.loads(cli("firms", "--json").out)) == 7
    assert cli("check").code == 0


def test_init_new_starts_again_and_keeps_the_old_key_aside(
    cli: Run, data_dir: Path, memory_keyring: InMemoryKeyring
) -> None:
    cli("demo", "--firms", "5")
    ((old_account, old_secret),) = _entries(memory_keyring).items()
    _lose_database(data_dir, "missing")
    started = cli("init", "--new")
    assert started.code == 0, started.err
    entries = _entries(memory_keyring)
    assert len(entries) == 2 and old_secret in entries.values()  # the old key is kept under another name
    assert entries[old_account] != old_secret
    kept = [a for a, s in entries.items() if s == old_secret]
    assert kept != [old_account] and kept[0] in started.out
    assert json.loads(cli("firms", "--json").out) == []
    assert cli("check").code == 0


def test_init_new_keeps_an_old_key_file_aside(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    no_keyring = keyring.backends.fail.Keyring()
    main(["--data-dir", str(data_dir), "demo", "--firms", "3"], keyring_backend=no_keyring)
    old = (data_dir / (DB + ".key")).read_text()
    _lose_database(data_dir, "missing")
    assert main(["--data-dir", str(data_dir), "init", "--new"], keyring_backend=no_keyring) == 0
    aside = list(data_dir.glob(DB + ".key.replaced-*"))
    assert len(aside) == 1 and aside[0].read_text() == old
    assert (data_dir / (DB + ".key")).read_text() != old


def test_init_creates_only_where_nothing_is_stored(cli: Run, data_dir: Path) -> None:
    created = cli("init")
    assert created.code == 0 and (data_dir / DB).stat().st_size > 0
    assert str(data_dir) in created.err  # said on stderr: a new database was made here
    again = cli("init")
    assert again.code == 0 and "已有数据库" in again.out


def test_an_environment_key_is_not_stored_so_a_new_database_under_it_is_fine(
    cli: Run, data_dir: Path, memory_keyring: InMemoryKeyring, monkeypatch: pytest.MonkeyPatch
) -> None:
    cli("demo", "--firms", "3")
    before = _entries(memory_keyring)
    _lose_database(data_dir, "missing")
    monkeypatch.setenv("FIRSTLOAN_DB_KEY", "cd" * 32)
    assert cli("demo", "--firms", "4").code == 0
    assert len(json.loads(cli("firms", "--json").out)) == 4
    assert _entries(memory_keyring) == before  # the stored key is untouched


def test_key_restore_never_replaces_a_different_stored_key(
    cli: Run, data_dir: Path, memory_keyring: InMemoryKeyring, tmp_path: Path
) -> None:
    cli("demo", "--firms", "3")
    recovery = cli("key", "show-recovery").out.strip()
    ((account, secret),) = _entries(memory_keyring).items()
    memory_keyring.entries[(KEYRING_SERVICE, account)] = "ee" * 32  # a wrong key got stored somehow
    assert cli("firms").code == 2
    assert cli("key", "restore", recovery).code == 0
    entries = _entries(memory_keyring)
    assert entries[account] == secret and "ee" * 32 in entries.values()  # the wrong one is kept aside
    assert len(json.loads(cli("firms", "--json").out)) == 3

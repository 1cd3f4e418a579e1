"""Issue 16 item 2: the commands a damaged database needs work with the live file unreadable.

Three kinds of damage (garbage bytes over the whole file, a file cut short at a page boundary, one corrupt
page) against ``restore``, ``backups``, ``check`` and ``key restore``; each message says what is really
wrong: the file is damaged (the key is right), the key is wrong, or the file is missing.
"""

from __future__ import annotations

import json
import os
import random
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.commands.safety import CHECK_PROBLEMS_EXIT
from desktop.store.keys import DatabaseKey, KeySource
from tests.commands.conftest import Run
from tests.keyring_backend import InMemoryKeyring

DB = "firstloan.db"
PAGE = 4096
DAMAGE = ["garbage", "truncated", "corrupt-page"]


def damage(path: Path, how: str, seed: int = 16) -> None:
    """Spoil the (checkpointed) database file the way a failing disk or a bad copy would."""
    rng = random.Random(seed)
    data = bytearray(path.read_bytes())
    for suffix in ("-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    if how == "garbage":
        data = bytearray(rng.randbytes(len(data)))
    elif how == "truncated":
        data = data[: (len(data) // 2 // PAGE) * PAGE]
    elif how == "corrupt-page":
        page = 6  # a table's page, not the schema: the file opens, reading that table fails
        data[PAGE * (page - 1) + 40 : PAGE * (page - 1) + 400] = rng.randbytes(360)
    else:
        raise ValueError(how)
    path.write_bytes(bytes(data))


@pytest.fixture
def damaged_setup(cli: Run, data_dir: Path) -> dict[str, str]:
    assert cli("demo", "--firms", "30").code == 0
    made = cli("backup")
    assert made.code == 0, made.err
    backup = json.loads(cli("backups", "--json").out)[0]["file"]
    recovery = cli("key", "show-recovery").out.strip()
    return {"backup": backup, "recovery": recovery}


@pytest.mark.parametrize("how", DAMAGE)
def test_check_says_the_file_is_damaged_and_names_the_good_backup(
    cli: Run, data_dir: Path, damaged_setup: dict[str, str], how: str
) -> None:
    damage(data_dir / DB, how)
    human = cli("check")
    assert human.code == CHECK_PROBLEMS_EXIT, human.err
    assert "损坏" in human.out and "密钥不对" not in human.out + human.err
    assert Path(damaged_setup["backup"]).name in human.out
    report = json.loads(cli("check", "--json").out)
    assert report["healthy"] is False and report["file"] == "damaged"
    assert report["newest_good_backup"]["name"] == Path(damaged_setup["backup"]).name
    if how == "corrupt-page":
        assert report["affected_tables"], report
        assert all(isinstance(t, str) and t for t in report["affected_tables"])


@pytest.mark.parametrize("how", DAMAGE)
def test_backups_are_listed_with_the_live_file_damaged(
    cli: Run, data_dir: Path, damaged_setup: dict[str, str], how: str
) -> None:
    damage(data_dir / DB, how)
    listed = cli("backups", "--json")
    assert listed.code == 0, listed.err
    (only,) = json.loads(listed.out)
    assert only["file"] == damaged_setup["backup"] and only["status"] == "verified"
    human = cli("backups")
    assert human.code == 0 and Path(damaged_setup["backup"]).name in human.out


@pytest.mark.parametrize("how", DAMAGE)
def test_restore_replaces_a_damaged_file_and_keeps_it_aside(
    cli: Run, data_dir: Path, damaged_setup: dict[str, str], how: str
) -> None:
    damage(data_dir / DB, how)
    spoiled = (data_dir / DB).read_bytes()
    restored = cli("restore", damaged_setup["backup"])
    assert restored.code == 0, restored.err
    assert "损坏" in restored.out + restored.err  # it says no safety backup could be taken, and why
    assert len(json.loads(cli("firms", "--json").out)) == 30
    assert cli("check").code == 0
    (aside,) = [
        p for p in data_dir.glob(DB + ".replaced-*") if not p.name.endswith((".anchor", "-wal", "-shm"))
    ]
    assert aside.read_bytes() == spoiled  # the damaged file is kept, never deleted


@pytest.mark.parametrize("how", DAMAGE)
def test_key_restore_checks_the_key_against_the_backups(
    data_dir: Path, damaged_setup: dict[str, str], how: str, capsys: pytest.CaptureFixture[str]
) -> None:
    damage(data_dir / DB, how)
    new_keyring = InMemoryKeyring()  # the keyring was lost too
    capsys.readouterr()
    code = main(
        ["--data-dir", str(data_dir), "key", "restore", damaged_setup["recovery"]],
        keyring_backend=new_keyring,
    )
    out = capsys.readouterr()
    assert code == 0, out.err
    if how != "corrupt-page":  # the key opens that file: what is damaged in it is check's to find
        assert "损坏" in out.out + out.err and "firstloan restore" in out.out + out.err
    assert new_keyring.entries  # the key is kept: it opens this folder's backups
    assert (
        main(["--data-dir", str(data_dir), "restore", damaged_setup["backup"]], keyring_backend=new_keyring)
        == 0
    )
    capsys.readouterr()
    assert main(["--data-dir", str(data_dir), "check"], keyring_backend=new_keyring) == 0


def test_a_wrong_recovery_key_is_called_wrong_not_damaged(
    data_dir: Path, damaged_setup: dict[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    damage(data_dir / DB, "garbage")
    other = DatabaseKey(os.urandom(32), KeySource.ENV).recovery_text()
    capsys.readouterr()
    code = main(["--data-dir", str(data_dir), "key", "restore", other], keyring_backend=InMemoryKeyring())
    err = capsys.readouterr().err
    assert code == 2 and "恢复密钥" in err and "备份" in err, err


def test_a_wrong_key_is_called_wrong_when_the_file_is_sound(
    cli: Run, data_dir: Path, damaged_setup: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("FIRSTLOAN_DB_KEY", "cd" * 32)
    for command in (("check",), ("firms",), ("restore", damaged_setup["backup"])):
        result = cli(*command)
        assert result.code == 2, (command, result.out, result.err)
        assert "密钥不对" in result.err and "损坏" not in result.err, result.err


def test_the_messages_say_missing_when_the_file_is_missing(
    cli: Run, data_dir: Path, damaged_setup: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    (data_dir / DB).unlink()
    check = cli("check")
    assert check.code == 2 and "数据库文件不见了" in check.err
    monkeypatch.setenv("FIRSTLOAN_LANG", "en")
    english = cli("check")
    assert english.code == 2 and "database file is gone" in english.err and "firstloan restore" in english.err


def _root_page(data_dir: Path, key_hex: str, table: str) -> int:
    from desktop.store.database import connect_raw

    conn = connect_raw(data_dir / DB, DatabaseKey(bytes.fromhex(key_hex), KeySource.ENV))
    try:
        return int(conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)).fetchone()[0])
    finally:
        conn.close()


def test_a_corrupt_page_names_its_table_and_exits_3_not_1(
    cli: Run, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("FIRSTLOAN_DB_KEY", "ab" * 32)
    assert cli("demo", "--firms", "20").code == 0
    page = _root_page(data_dir, "ab" * 32, "regional_list")
    data = bytearray((data_dir / DB).read_bytes())
    data[PAGE * (page - 1) + 100 : PAGE * (page - 1) + 300] = random.Random(5).randbytes(200)
    (data_dir / DB).write_bytes(bytes(data))
    result = cli("check", "--json")
    assert result.code == CHECK_PROBLEMS_EXIT, result.err
    report = json.loads(result.out)
    assert "regional_list" in report["affected_tables"]
    assert report["newest_good_backup"] is None  # there is none: said so, not guessed
    human = cli("check")
    assert human.code == 3 and "regional_list" in human.out and "没有找到完好的备份" in human.out

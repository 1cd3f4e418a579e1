"""``firstloan backup / backups / restore / check`` and the one-writer lock, end to end."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from sqlalchemy import text

from desktop.commands.safety import CHECK_PROBLEMS_EXIT
from desktop.services.workspace import open_workspace
from desktop.store.audit import append_audit
from desktop.store.lock import IN_USE_MESSAGE, WorkspaceLock
from tests.commands.conftest import Run
from tests.keyring_backend import InMemoryKeyring


def _firm_count(cli: Run) -> int:
    return len(json.loads(cli("firms", "--json").out))


def test_backup_list_and_restore(cli: Run, data_dir: Path, memory_keyring: InMemoryKeyring) -> None:
    assert cli("demo", "--firms", "30").code == 0
    made = cli("backup")
    assert made.code == 0, made.err
    listed = json.loads(cli("backups", "--json").out)
    manual = [b for b in listed if b["reason"] == "manual"]
    assert len(manual) == 1 and Path(manual[0]["file"]).is_file()
    assert {"file", "name", "taken_at", "reason", "size"} <= set(manual[0])
    assert all(Path(b["file"]).parent == data_dir / "backups" for b in listed)
    # Lose everything after the backup: a second list of firms would be refused, so wipe by hand.
    ws = open_workspace(data_dir, keyring_backend=memory_keyring)
    with ws.db.write() as s:
        s.execute(text("DELETE FROM audit_entry"))
    ws.close()
    restored = cli("restore", manual[0]["file"])
    assert restored.code == 0, restored.err
    assert _firm_count(cli) == 30
    aside = [p for p in data_dir.glob("firstloan.db.replaced-*") if not p.name.endswith(".anchor")]
    assert len(aside) == 1
    assert not list(data_dir.glob("firstloan.db.replaced-*-wal"))  # the WAL was folded in first
    reasons = [b["reason"] for b in json.loads(cli("backups", "--json").out)]
    assert "before-restore" in reasons
    checked = json.loads(cli("check", "--json").out)
    assert checked["healthy"] is True and checked["audit"]["entries"] == 2  # demo + restore
    human = cli("backups")
    assert human.code == 0 and "手动" in human.out and "恢复前" in human.out


def test_restore_refuses_a_bad_file(cli: Run, data_dir: Path, tmp_path: Path) -> None:
    cli("demo", "--firms", "10")
    before = (data_dir / "firstloan.db").read_bytes()
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"SQLite format 3\x00" + b"\x00" * 5000)
    for bad in (junk, tmp_path / "missing.db"):
        result = cli("restore", str(bad))
        assert result.code == 2 and bad.name in result.err and result.err.count("\n") == 1
    # A corrupt copy of a real backup: opens with the key, fails integrity_check.
    cli("backup")
    backup = next((data_dir / "backups").glob("*manual.db"))
    broken = tmp_path / "broken.db"
    shutil.copy(backup, broken)
    raw = bytearray(broken.read_bytes())
    raw[4096 * 3 + 100 : 4096 * 3 + 300] = b"\x00" * 200
    broken.write_bytes(bytes(raw))
    result = cli("restore", str(broken))
    assert result.code == 2 and "broken.db" in result.err
    assert (data_dir / "firstloan.db").read_bytes()[:4096] == before[:4096]
    assert not list(data_dir.glob("firstloan.db.replaced-*"))
    assert not list(data_dir.glob("*.restoring*"))  # the staged copy is gone too
    assert _firm_count(cli) == 10


def test_check_reports_a_tampered_audit_entry(
    cli: Run, data_dir: Path, memory_keyring: InMemoryKeyring
) -> None:
    cli("demo", "--firms", "5")
    ws = open_workspace(data_dir, keyring_backend=memory_keyring)
    with ws.db.write() as s:
        for i in range(3):
            append_audit(s, actor="李明", action="test", entity="firm", summary=f"第{i}条")
        ids = [row[0] for row in s.execute(text("SELECT id FROM audit_entry ORDER BY id"))]
    ws.close()
    good = cli("check")
    assert good.code == 0 and "数据库完好" in good.out
    ws = open_workspace(data_dir, keyring_backend=memory_keyring)
    with ws.db.write() as s:
        s.execute(text("UPDATE audit_entry SET summary = '改过了' WHERE id = :id"), {"id": ids[2]})
    ws.close()
    bad = cli("check", "--json")
    assert bad.code == CHECK_PROBLEMS_EXIT == 3
    report = json.loads(bad.out)
    assert report["healthy"] is False and report["integrity"] == "ok"
    assert [b["id"] for b in report["audit"]["broken_entries"]] == [ids[2]]
    human = cli("check")
    assert human.code == 3 and f"第 {ids[2]} 条" in human.out


def test_check_reports_foreign_key_problems(
    cli: Run, data_dir: Path, memory_keyring: InMemoryKeyring
) -> None:
    cli("demo", "--firms", "5")
    ws = open_workspace(data_dir, keyring_backend=memory_keyring)
    conn = ws.db.raw_connection()
    conn.execute("PRAGMA foreign_keys = OFF")
    conn.execute(
        "UPDATE list_membership SET firm_id = 999999 WHERE rowid = (SELECT min(rowid) FROM list_membership)"
    )
    conn.close()
    ws.close()
    result = cli("check", "--json")
    assert result.code == 3
    fks = json.loads(result.out)["foreign_keys"]
    assert fks and fks[0]["table"] == "list_membership" and fks[0]["parent"] == "firm"


def test_write_commands_wait_for_no_one_while_the_app_holds_the_lock(cli: Run, data_dir: Path) -> None:
    cli("demo", "--firms", "5")
    with WorkspaceLock(data_dir):
        refused = cli("restore", "whatever.db")
        assert refused.code == 2 and IN_USE_MESSAGE in refused.err and refused.err.count("\n") == 1
        again = cli("demo", "--firms", "5")
        assert again.code == 2 and IN_USE_MESSAGE in again.err
        # Reading is fine meanwhile.
        assert cli("firms", "--json").code == 0
        assert cli("check").code == 0
        assert cli("backup").code == 0
    assert cli("demo", "--firms", "5").code == 2 and "已有 5 家企业" in cli("demo").err


def test_move_to_a_new_laptop_with_a_backup_and_the_recovery_key(
    cli: Run, data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from desktop.cli import main

    cli("demo", "--firms", "12")
    backup = Path(cli("backup").out.strip().split("已备份到 ")[1])
    recovery = cli("key", "show-recovery").out.strip()
    # The new laptop: another data directory and an empty keyring.
    new_dir, new_keyring = tmp_path / "new-laptop", InMemoryKeyring()
    new_dir.mkdir()
    shutil.copyfile(backup, new_dir / "firstloan.db")
    capsys.readouterr()
    assert main(["--data-dir", str(new_dir), "firms"], keyring_backend=new_keyring) == 2  # no key yet
    assert main(["--data-dir", str(new_dir), "key", "restore", recovery], keyring_backend=new_keyring) == 0
    capsys.readouterr()
    assert main(["--data-dir", str(new_dir), "firms", "--json"], keyring_backend=new_keyring) == 0
    assert len(json.loads(capsys.readouterr().out)) == 12
    assert main(["--data-dir", str(new_dir), "check"], keyring_backend=new_keyring) == 0


def test_another_process_holding_the_directory_blocks_writes(cli: Run, data_dir: Path) -> None:
    import os
    import subprocess
    import sys

    root = Path(__file__).resolve().parents[2]
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, time; from pathlib import Path; from desktop.store.lock import WorkspaceLock; "
            "lock = WorkspaceLock(Path(sys.argv[1])).acquire(); print('locked', flush=True); time.sleep(60)",
            str(data_dir),
        ],
        env={**os.environ, "PYTHONPATH": str(root)},
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        refused = cli("demo", "--firms", "3")
        assert refused.code == 2 and IN_USE_MESSAGE in refused.err
        assert not (data_dir / "firstloan.db").exists()  # refused before touching anything
    finally:
        holder.kill()
        holder.wait()
    assert cli("demo", "--firms", "3").code == 0


def test_a_reading_command_does_not_upgrade_the_schema_under_the_app(
    cli: Run, data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop.store import migrate
    from tests.migration_helpers import (
        FIXTURE_KEY_HEX,
        GOOD_BODY,
        fixtures,
        revision_of,
        script_dir_with_extra,
    )

    monkeypatch.setenv("FIRSTLOAN_DB_KEY", FIXTURE_KEY_HEX)
    monkeypatch.setattr(
        migrate, "MIGRATIONS_DIR", script_dir_with_extra(tmp_path, GOOD_BODY.format(chunks=1, per_chunk=1))
    )
    data_dir.mkdir()
    shutil.copyfile(fixtures()[-1], data_dir / "firstloan.db")
    with WorkspaceLock(data_dir):
        refused = cli("firms", "--json")
        assert refused.code == 2 and IN_USE_MESSAGE in refused.err
        assert revision_of(data_dir / "firstloan.db") == revision_of(fixtures()[-1])
        assert not (data_dir / "backups").exists()
    upgraded = cli("firms", "--json")
    assert upgraded.code == 0 and json.loads(upgraded.out)
    assert revision_of(data_dir / "firstloan.db") == "9001"

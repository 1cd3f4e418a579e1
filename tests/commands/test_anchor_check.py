"""Issue 16 item 4: the audit chain is anchored outside the database, and ``check`` (exit 3) reports a
database behind its anchor: a deleted -wal, the newest entries deleted or truncated, one entry rewritten
with every hash after it recomputed. Malformed audit fields are reported too, never exit 1."""

from __future__ import annotations

import json
import shutil
import stat
import sys
from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import text

from desktop.services.workspace import Workspace, open_workspace
from desktop.store.anchor import anchor_path, read_anchor
from desktop.store.audit import _digest, append_audit
from desktop.store.database import DB_FILE_NAME
from tests.commands.conftest import Run
from tests.keyring_backend import InMemoryKeyring


@pytest.fixture
def ws(cli: Run, data_dir: Path, memory_keyring: InMemoryKeyring) -> Workspace:
    assert cli("init").code == 0
    return open_workspace(data_dir, keyring_backend=memory_keyring)


def _notes(ws: Workspace, count: int) -> None:
    for i in range(count):
        with ws.db.write() as s:
            append_audit(s, actor="李明", action="test", entity="firm", summary=f"第{i}条", new={"i": i})


def _behind(cli: Run) -> dict[str, object]:
    result = cli("check", "--json")
    assert result.code == 3, (result.out, result.err)
    report: dict[str, object] = json.loads(result.out)
    human = cli("check")
    assert human.code == 3 and "落后于它的审计锚点" in human.out
    return report


def test_each_commit_moves_the_sealed_anchor(cli: Run, ws: Workspace, data_dir: Path) -> None:
    _notes(ws, 3)
    reading = read_anchor(anchor_path(data_dir / DB_FILE_NAME), ws.db.key)
    assert reading.state.value == "ok" and reading.heads[0].entries == 3 and reading.heads[0].last_id == 3
    if sys.platform != "win32":
        assert stat.S_IMODE(anchor_path(data_dir / DB_FILE_NAME).stat().st_mode) == 0o600
    ws.close()
    assert cli("check").code == 0


def test_a_deleted_wal_is_reported(
    cli: Run, ws: Workspace, data_dir: Path, tmp_path: Path, memory_keyring: InMemoryKeyring
) -> None:
    _notes(ws, 2)
    ws.close()  # checkpointed: the main file holds these two
    reopened = open_workspace(data_dir, keyring_backend=memory_keyring)
    _notes(reopened, 3)  # these three sit in the WAL while the workspace is open
    main_file = tmp_path / "main-only.db"
    shutil.copyfile(data_dir / DB_FILE_NAME, main_file)
    assert Path(str(data_dir / DB_FILE_NAME) + "-wal").stat().st_size > 0
    reopened.close()
    shutil.copyfile(main_file, data_dir / DB_FILE_NAME)  # as if the -wal had been deleted
    for suffix in ("-wal", "-shm"):
        Path(str(data_dir / DB_FILE_NAME) + suffix).unlink(missing_ok=True)
    report = _behind(cli)
    assert report["anchor"]["state"] == "behind" and report["audit"]["chain_ok"] is True  # type: ignore[index]


def test_deleted_newest_entries_are_reported_and_the_anchor_keeps_the_evidence(
    cli: Run, ws: Workspace, data_dir: Path, memory_keyring: InMemoryKeyring
) -> None:
    _notes(ws, 5)
    with ws.db.write() as s:
        s.execute(text("DELETE FROM audit_entry WHERE id > 3"))
    ws.close()
    assert _behind(cli)["audit"]["entries"] == 3  # type: ignore[index]
    # Working on does not erase the evidence: the anchor stays where it was.
    again = open_workspace(data_dir, keyring_backend=memory_keyring)
    assert again.warnings and "落后于它的审计锚点" in again.warnings[0]
    _notes(again, 4)
    again.close()
    _behind(cli)
    accepted = cli("check", "--accept")
    assert accepted.code == 0, accepted.out
    assert cli("check").code == 0


def test_a_rewritten_entry_with_recomputed_hashes_is_reported(cli: Run, ws: Workspace) -> None:
    _notes(ws, 4)
    with ws.db.write() as s:
        rows = s.execute(
            text(
                "SELECT id, at, actor, action, entity, entity_id, firm_id, summary, old, new FROM audit_entry ORDER BY id"
            )
        ).all()
        prev = "0" * 64
        for row in rows:
            summary = "改写过的记录" if row.id == 2 else row.summary
            digest = _digest(
                prev,
                datetime.fromisoformat(row.at),
                row.actor,
                row.action,
                row.entity,
                row.entity_id,
                row.firm_id,
                summary,
                None if row.old is None else json.loads(row.old),
                None if row.new is None else json.loads(row.new),
            )
            s.execute(
                text("UPDATE audit_entry SET summary = :s, prev_hash = :p, hash = :h WHERE id = :id"),
                {"s": summary, "p": prev, "h": digest, "id": row.id},
            )
            prev = digest
    ws.close()
    report = _behind(cli)
    assert report["audit"]["chain_ok"] is True  # type: ignore[index]  # the chain alone cannot tell


def test_a_deleted_or_edited_anchor_is_reported(cli: Run, ws: Workspace, data_dir: Path) -> None:
    _notes(ws, 2)
    ws.close()
    anchor = anchor_path(data_dir / DB_FILE_NAME)
    sealed = json.loads(anchor.read_text(encoding="utf-8"))
    sealed["entries"] = 1
    anchor.write_text(json.dumps(sealed), encoding="utf-8")
    edited = cli("check", "--json")
    assert edited.code == 3 and json.loads(edited.out)["anchor"]["state"] == "bad_mac"
    anchor.unlink()
    missing = cli("check")
    assert missing.code == 3 and "firstloan.db.anchor 不见了" in missing.out


@pytest.mark.parametrize(
    ("column", "value"),
    [
        ("at", "not a time"),
        ("old", "{not json"),
        ("new", "[1, 2"),
        ("firm_id", "abc"),
        ("summary", b"\x00\x01"),
    ],
)
def test_malformed_audit_fields_are_reported_not_a_crash(
    cli: Run, ws: Workspace, column: str, value: str | bytes
) -> None:
    _notes(ws, 3)
    conn = ws.db.raw_connection()
    conn.execute("PRAGMA foreign_keys = OFF")
    conn.execute("PRAGMA ignore_check_constraints = ON")
    conn.execute(f"UPDATE audit_entry SET {column} = ? WHERE id = 2", (value,))
    conn.close()
    ws.close()
    result = cli("check", "--json")
    assert result.code == 3, result.err
    broken = json.loads(result.out)["audit"]["broken_entries"]
    assert [b["id"] for b in broken] == [2]
    human = cli("check")
    assert human.code == 3 and "第 2 条" in human.out


def test_a_crash_between_commit_and_anchor_leaves_a_sound_database(
    cli: Run, ws: Workspace, data_dir: Path
) -> None:
    _notes(ws, 2)
    anchor = anchor_path(data_dir / DB_FILE_NAME)
    behind = anchor.read_bytes()
    _notes(ws, 1)
    ws.close()
    anchor.write_bytes(behind)  # the anchor lags one commit: the database is ahead of it, never behind
    assert cli("check").code == 0


def test_a_restore_moves_the_anchor(
    cli: Run, ws: Workspace, data_dir: Path, memory_keyring: InMemoryKeyring
) -> None:
    _notes(ws, 2)
    ws.close()
    assert cli("backup").code == 0
    backup = json.loads(cli("backups", "--json").out)[0]["file"]
    more = open_workspace(data_dir, keyring_backend=memory_keyring)
    _notes(more, 3)
    more.close()
    assert cli("restore", backup).code == 0
    assert cli("check").code == 0  # behind the old anchor, on purpose: the restore moved it

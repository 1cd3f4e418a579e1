"""``firstloan check``: is the database sound? The file, its pages, foreign keys, the audit chain and its anchor.

It reads the database file directly (never through ``open_workspace``: no migration, no backup), so it
works on a damaged file and says what is damaged: which tables, and which backup is the newest good one.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, TypeVar

import sqlcipher3.dbapi2 as sqlcipher

from desktop.domain.errors import Message
from desktop.services.workspace import DataFolder, Workspace
from desktop.store.anchor import AnchorState, anchor_path, anchor_problem, read_anchor, read_head
from desktop.store.audit import ChainBreak, append_audit, verify_chain_on
from desktop.store.backup import BackupError, BackupFile, backup_dir, list_backups, verify_file
from desktop.store.backup_meta import BackupStatus
from desktop.store.database import (
    DB_FILE_NAME,
    connect_raw,
    database_exists,
    missing_error,
    no_database_error,
)
from desktop.store.diagnosis import explain_open_failure
from desktop.store.errors import DatabaseDamaged, KeyMissingError, StoreError
from desktop.store.keys import DatabaseKey

T = TypeVar("T")


@dataclass(frozen=True)
class ForeignKeyProblem:
    table: str
    rowid: int | None
    parent: str

    def describe(self) -> Message:
        return Message(
            f"表 {self.table} 第 {self.rowid} 行引用的 {self.parent} 记录不存在",
            f"row {self.rowid} of table {self.table} refers to a {self.parent} record that does not exist",
        )


@dataclass(frozen=True)
class CheckReport:
    file_problem: Message | None = None  # the file cannot be opened at all (damaged first page, cut short)
    integrity: list[str] = field(default_factory=list)  # lines of PRAGMA integrity_check other than "ok"
    affected_tables: list[str] = field(default_factory=list)  # tables whose pages fail to read or check
    foreign_keys: list[ForeignKeyProblem] = field(default_factory=list)
    audit_breaks: list[tuple[int, Message]] = field(default_factory=list)  # (entry id, problem)
    audit_entries: int = 0
    anchor_state: str = "ok"  # AnchorState's value, or "behind"
    anchor_problem: Message | None = None
    newest_good_backup: BackupFile | None = None  # looked for only when something is wrong

    @property
    def damaged(self) -> bool:
        return bool(self.file_problem or self.integrity or self.affected_tables)

    @property
    def healthy(self) -> bool:
        return not (self.damaged or self.foreign_keys or self.audit_breaks or self.anchor_problem)

    def problems(self, language: str | None = None) -> list[str]:
        def say(zh: str, en: str, text: str) -> str:
            return f"{en}: {text}" if language == "en" else f"{zh}：{text}"

        return [
            *(
                [say("数据库文件", "Database file", self.file_problem.text(language))]
                if self.file_problem
                else []
            ),
            *(say("完整性检查", "Integrity check", line) for line in self.integrity),
            *(say("受损的表", "Damaged table", table) for table in self.affected_tables),
            *(say("外键", "Foreign key", p.describe().text(language)) for p in self.foreign_keys),
            *(say("审计日志", "Audit log", problem.text(language)) for _, problem in self.audit_breaks),
            *(
                [say("审计锚点", "Audit anchor", self.anchor_problem.text(language))]
                if self.anchor_problem
                else []
            ),
        ]

    def to_json(self) -> dict[str, object]:
        good = self.newest_good_backup
        return {
            "healthy": self.healthy,
            "file": "damaged" if self.damaged else "ok",
            "integrity": "ok" if not self.integrity else self.integrity,
            "affected_tables": self.affected_tables,
            "foreign_keys": [
                {"table": p.table, "rowid": p.rowid, "parent": p.parent} for p in self.foreign_keys
            ],
            "audit": {
                "entries": self.audit_entries,
                "chain_ok": not self.audit_breaks,
                "broken_entries": [{"id": i, "problem": text} for i, text in self.audit_breaks],
            },
            "anchor": {"state": self.anchor_state, "problem": self.anchor_problem},
            "newest_good_backup": None if good is None else {"file": str(good.path), "name": good.path.name},
            "problems": self.problems(),
            "problems_en": self.problems("en"),
        }


def check_database(ws: Workspace) -> CheckReport:
    """Read-only check of an open workspace's database."""
    return check_files(ws.data_dir, ws.db.key)


def check_folder(folder: DataFolder) -> CheckReport:
    """Read-only check of a data folder's database, which may be missing, damaged or locked by the app."""
    key = folder.key()
    if not database_exists(folder.db_path):
        if key is not None:
            raise missing_error(folder.path, folder.db_path, key)
        raise no_database_error(folder.path)
    if key is None:
        raise KeyMissingError(
            f"找不到数据库 {folder.db_path} 的密钥，无法检查。请用恢复密钥恢复：firstloan key restore",
            en=f"No key is found for the database {folder.db_path}, so it cannot be checked. Restore it with "
            "the recovery key: firstloan key restore",
        )
    return check_files(folder.path, key)


def check_files(data_dir: Path, key: DatabaseKey) -> CheckReport:
    path = data_dir / DB_FILE_NAME
    try:
        connect_raw(path, key).close()
    except StoreError as exc:
        explained = explain_open_failure(data_dir, key, exc)
        if not isinstance(explained, DatabaseDamaged):
            raise explained from exc
        return CheckReport(
            file_problem=Message(explained.message, explained.message_en or explained.message),
            newest_good_backup=newest_good_backup(data_dir, key),
        )
    integrity, affected = _integrity(path, key)
    # A foreign-key check the damage stops adds nothing to the tables integrity_check named already.
    no_rows: list[Any] = []
    no_breaks: list[ChainBreak] = []
    fk_rows = _guarded(path, key, lambda c: c.execute("PRAGMA foreign_key_check").fetchall(), no_rows, [], "")
    breaks = _guarded(path, key, verify_chain_on, no_breaks, affected, "audit_entry")
    entries = _guarded(path, key, lambda c: read_head(c).entries, 0, affected, "audit_entry")
    reading = read_anchor(anchor_path(path), key)
    problem = _guarded(path, key, lambda c: anchor_problem(reading, c), None, affected, "audit_entry")
    report = CheckReport(
        integrity=integrity,
        affected_tables=sorted(set(affected)),
        foreign_keys=[ForeignKeyProblem(str(r[0]), r[1], str(r[2])) for r in fk_rows],
        audit_breaks=[(b.entry_id, b.problem) for b in breaks],
        audit_entries=entries,
        anchor_state="behind"
        if problem is not None and reading.state is AnchorState.OK
        else reading.state.value,
        anchor_problem=problem,
    )
    if report.healthy:
        return report
    return _with_backup(report, newest_good_backup(data_dir, key))


def _with_backup(report: CheckReport, backup: BackupFile | None) -> CheckReport:
    return replace(report, newest_good_backup=backup)


def _guarded(
    path: Path, key: DatabaseKey, step: Callable[[Any], T], default: T, affected: list[str], table: str
) -> T:
    """One step on its own connection (a page that fails to decrypt spoils the connection that met it);
    a step the damage stops counts its table as affected."""
    conn = connect_raw(path, key)
    try:
        return step(conn)
    except sqlcipher.DatabaseError:
        affected.append(table)
        return default
    finally:
        conn.close()


def _integrity(path: Path, key: DatabaseKey) -> tuple[list[str], list[str]]:
    """integrity_check's complaints, and the tables it names: when the whole check cannot run (a page that
    does not decrypt stops it), each table is checked on its own to say which are damaged."""
    conn = connect_raw(path, key)
    try:
        rows = [str(r[0]) for r in conn.execute("PRAGMA integrity_check").fetchall()]
        tables = [str(r[0]) for r in conn.execute(_TABLES).fetchall()]
    except sqlcipher.DatabaseError as exc:
        rows, tables = [str(exc)], _tables_or_none(path, key)
    finally:
        conn.close()
    if rows == ["ok"]:
        return [], []
    return rows[:50], [t for t in tables if not _table_sound(path, key, t)]


_TABLES = "SELECT name FROM sqlite_master WHERE type = 'table' AND rootpage > 0 ORDER BY name"


def _tables_or_none(path: Path, key: DatabaseKey) -> list[str]:
    conn = connect_raw(path, key)
    try:
        return [str(r[0]) for r in conn.execute(_TABLES).fetchall()]
    except sqlcipher.DatabaseError:
        return []
    finally:
        conn.close()


def _table_sound(path: Path, key: DatabaseKey, table: str) -> bool:
    conn = connect_raw(path, key)
    try:
        quoted = table.replace('"', '""')
        return [r[0] for r in conn.execute(f'PRAGMA integrity_check("{quoted}")').fetchall()] == ["ok"]
    except sqlcipher.DatabaseError:
        return False
    finally:
        conn.close()


def newest_good_backup(data_dir: Path, key: DatabaseKey) -> BackupFile | None:
    """The newest backup that opens with the key and passes integrity_check now (failed ones skipped)."""
    for backup in list_backups(backup_dir(data_dir), key):
        if backup.status is BackupStatus.FAILED:
            continue
        try:
            if verify_file(backup.path, key) == []:
                return backup
        except BackupError:
            continue
    return None


def accept_anchor(ws: Workspace) -> Message:
    """Take the database as it is now: the anchor moves to its current head (audited). For after the
    officer has looked at what ``check`` reported and decided there is no better backup."""
    anchor = ws.db.anchor
    if anchor is None:
        raise StoreError("这个数据库没有审计锚点", en="This database has no audit anchor")
    before = anchor.read()
    anchor.frozen = False
    with ws.db.write() as session:
        append_audit(
            session,
            actor=ws.actor,
            action="audit.anchor_accept",
            entity="database",
            summary="确认数据库现状，审计锚点移到当前的最新记录",
            old={"state": before.state.value, "heads": [h.to_json() for h in before.heads]},
        )
    return Message(
        "审计锚点已移到数据库当前的最新记录", "The audit anchor now points at the database's newest entry"
    )

"""``firstloan check``: is the database sound? Page integrity, foreign keys and the audit chain."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import func, select

from desktop.services.workspace import Workspace
from desktop.store.audit import verify_chain
from desktop.store.models import AuditEntry


@dataclass(frozen=True)
class ForeignKeyProblem:
    table: str
    rowid: int | None
    parent: str

    def describe(self) -> str:
        return f"表 {self.table} 第 {self.rowid} 行引用的 {self.parent} 记录不存在"


@dataclass(frozen=True)
class CheckReport:
    integrity: list[str] = field(default_factory=list)  # lines of PRAGMA integrity_check other than "ok"
    foreign_keys: list[ForeignKeyProblem] = field(default_factory=list)
    audit_breaks: list[tuple[int, str]] = field(default_factory=list)  # (entry id, problem)
    audit_entries: int = 0

    @property
    def healthy(self) -> bool:
        return not (self.integrity or self.foreign_keys or self.audit_breaks)

    def problems(self) -> list[str]:
        return [
            *(f"完整性检查：{line}" for line in self.integrity),
            *(f"外键：{p.describe()}" for p in self.foreign_keys),
            *(f"审计日志：{problem}" for _, problem in self.audit_breaks),
        ]

    def to_json(self) -> dict[str, object]:
        return {
            "healthy": self.healthy,
            "integrity": "ok" if not self.integrity else self.integrity,
            "foreign_keys": [
                {"table": p.table, "rowid": p.rowid, "parent": p.parent} for p in self.foreign_keys
            ],
            "audit": {
                "entries": self.audit_entries,
                "chain_ok": not self.audit_breaks,
                "broken_entries": [{"id": i, "problem": text} for i, text in self.audit_breaks],
            },
            "problems": self.problems(),
        }


def check_database(ws: Workspace) -> CheckReport:
    """Read-only: runs PRAGMA integrity_check and foreign_key_check, then recomputes the audit chain."""
    conn = ws.db.raw_connection()
    try:
        integrity = [str(r[0]) for r in conn.execute("PRAGMA integrity_check").fetchall()]
        fk_rows = conn.execute("PRAGMA foreign_key_check").fetchall()
    finally:
        conn.close()
    with ws.db.session() as session:
        breaks = verify_chain(session)
        entries = session.scalar(select(func.count(AuditEntry.id))) or 0
    return CheckReport(
        integrity=[] if integrity == ["ok"] else integrity,
        foreign_keys=[ForeignKeyProblem(str(r[0]), r[1], str(r[2])) for r in fk_rows],
        audit_breaks=[(b.entry_id, b.problem) for b in breaks],
        audit_entries=entries,
    )

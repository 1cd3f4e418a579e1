"""Undoing an import batch from the before-values its BatchChange rows kept.

Firms the batch added are deleted only if nothing else refers to them (a visit, a dossier, another list);
otherwise they stay, taken off this list. Only the latest live batch of a list can be undone, so before-
values are never restored over a later edition.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from desktop.domain.errors import DomainError
from desktop.domain.names import name_key, pinyin_initials
from desktop.services.list_import import driver_connection
from desktop.services.workspace import Workspace
from desktop.store.audit import append_audit
from desktop.store.types import utcnow


class UndoRefused(DomainError):
    pass


@dataclass(frozen=True)
class UndoReport:
    batch_id: int
    list_name: str
    deleted: int
    kept: int
    restored: int
    relisted: int

    def to_json(self) -> dict[str, Any]:
        return {
            "batch": self.batch_id,
            "list": self.list_name,
            "deleted": self.deleted,
            "kept": self.kept,
            "restored": self.restored,
            "relisted": self.relisted,
        }


def _referencing(conn: Any) -> list[tuple[str, str]]:
    """(table, column) pairs holding a firm id, found from the schema so new tables are covered."""
    tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    found = []
    for table in tables:
        if table.startswith(("firm_fts", "sqlite_")):
            continue
        for fk in conn.execute(f"PRAGMA foreign_key_list({table})"):
            if fk[2] == "firm":
                found.append((table, fk[3]))
    return found


def undo_import(ws: Workspace, batch_id: int) -> UndoReport:
    with ws.db.write() as session:
        conn = driver_connection(session)
        row = conn.execute(
            "SELECT b.list_id, b.undone_at, l.name FROM import_batch b JOIN regional_list l ON l.id = b.list_id "
            "WHERE b.id = ?",
            (batch_id,),
        ).fetchone()
        if row is None:
            raise UndoRefused(
                f"没有编号为 {batch_id} 的导入批次", en=f"There is no import batch number {batch_id}"
            )
        list_id, undone_at, list_name = row
        if undone_at is not None:
            raise UndoRefused(
                f"导入批次 {batch_id} 已于 {undone_at[:16]} 撤销过",
                en=f"Import batch {batch_id} was already undone at {undone_at[:16]}",
            )
        later = conn.execute(
            "SELECT max(id) FROM import_batch WHERE list_id = ? AND undone_at IS NULL", (list_id,)
        ).fetchone()[0]
        if later != batch_id:
            raise UndoRefused(
                f"名单“{list_name}”之后还有导入批次 {later}，请先撤销较新的批次",
                en=f"The list “{list_name}” has a later import batch {later}; undo the newer batch first",
            )
        changes = conn.execute(
            "SELECT firm_id, kind, before FROM batch_change WHERE batch_id = ? ORDER BY id DESC", (batch_id,)
        ).fetchall()
        now = utcnow().replace(tzinfo=None).strftime("%Y-%m-%d %H:%M:%S.%f")
        new_ids = [fid for fid, kind, _ in changes if kind == "new"]
        deleted, kept = _drop_new_firms(conn, new_ids, list_id, batch_id)
        restored = relisted = 0
        for firm_id, kind, before_text in changes:
            before = json.loads(before_text) if before_text else {}
            if kind == "updated":
                if "name" in before:  # the derived search columns follow the restored name
                    before["name_key"] = name_key(before["name"])
                    before["name_initials"] = pinyin_initials(before["name"])
                if "hand_edited" in before:
                    before["hand_edited"] = json.dumps(before["hand_edited"], ensure_ascii=False)
                sets = ", ".join(f"{k} = ?" for k in before)
                conn.execute(
                    f"UPDATE firm SET {sets}, updated_at = ? WHERE id = ?", (*before.values(), now, firm_id)
                )
                restored += 1
            elif kind == "relisted":
                if before["membership"] is None:
                    conn.execute(
                        "DELETE FROM list_membership WHERE list_id = ? AND firm_id = ?", (list_id, firm_id)
                    )
                else:
                    conn.execute(
                        "UPDATE list_membership SET active = 0 WHERE list_id = ? AND firm_id = ?",
                        (list_id, firm_id),
                    )
                conn.execute("UPDATE firm SET on_list = ? WHERE id = ?", (int(before["on_list"]), firm_id))
                relisted += 1
            elif kind == "removed":
                conn.execute(
                    "UPDATE list_membership SET active = 1 WHERE list_id = ? AND firm_id = ?",
                    (list_id, firm_id),
                )
                conn.execute("UPDATE firm SET on_list = 1 WHERE id = ?", (firm_id,))
        previous = conn.execute(
            "SELECT max(id) FROM import_batch WHERE list_id = ? AND undone_at IS NULL AND id < ?",
            (list_id, batch_id),
        ).fetchone()[0]
        if previous is not None:  # (without one, every membership of the batch went with it)
            conn.execute(
                "UPDATE list_membership SET last_batch_id = max(first_batch_id, ?) "
                "WHERE list_id = ? AND last_batch_id = ?",
                (previous, list_id, batch_id),
            )
        conn.execute("UPDATE import_batch SET undone_at = ? WHERE id = ?", (now, batch_id))
        report = UndoReport(batch_id, list_name, deleted, kept, restored, relisted)
        append_audit(
            session,
            actor=ws.actor,
            action="list.undo",
            entity="import_batch",
            entity_id=batch_id,
            summary=f"撤销名单“{list_name}”的导入批次 {batch_id}：删除新增企业 {deleted} 家，"
            f"保留 {kept} 家（已有走访等记录），恢复 {restored} 家的字段",
            new=report.to_json(),
        )
    return report


def _drop_new_firms(conn: Any, new_ids: list[int], list_id: int, batch_id: int) -> tuple[int, int]:
    """Delete the firms the batch added, unless another record refers to them; keep those off the list."""
    conn.execute("CREATE TEMP TABLE IF NOT EXISTS undo_ids (id INTEGER PRIMARY KEY)")
    conn.execute("DELETE FROM undo_ids")
    conn.executemany("INSERT INTO undo_ids (id) VALUES (?)", [(i,) for i in new_ids])
    conn.execute(
        "DELETE FROM list_membership WHERE list_id = ? AND firm_id IN (SELECT id FROM undo_ids)", (list_id,)
    )
    # Records of this batch and of batches already undone are history of the undo itself, not references.
    conn.execute(
        "DELETE FROM batch_change WHERE firm_id IN (SELECT id FROM undo_ids) AND (batch_id = ? OR batch_id IN "
        "(SELECT id FROM import_batch WHERE undone_at IS NOT NULL))",
        (batch_id,),
    )
    for table, column in _referencing(conn):
        conn.execute(f"DELETE FROM undo_ids WHERE id IN (SELECT {column} FROM {table})")
    deleted = conn.execute("DELETE FROM firm WHERE id IN (SELECT id FROM undo_ids)").rowcount
    kept_ids = [fid for fid in new_ids if conn.execute("SELECT 1 FROM firm WHERE id = ?", (fid,)).fetchone()]
    for fid in kept_ids:
        conn.execute(
            "UPDATE firm SET on_list = EXISTS (SELECT 1 FROM list_membership m WHERE m.firm_id = ? AND m.active = 1) "
            "WHERE id = ?",
            (fid, fid),
        )
    conn.execute("DELETE FROM undo_ids")
    return deleted, len(kept_ids)

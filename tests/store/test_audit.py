from __future__ import annotations

from decimal import Decimal

from sqlalchemy import select, update

from desktop.services.workspace import Workspace
from desktop.store.audit import append_audit, verify_chain
from desktop.store.models import AuditEntry


def test_chain_verifies_and_detects_tampering(workspace: Workspace) -> None:
    for i in range(5):
        with workspace.db.write() as s:
            append_audit(
                s,
                actor="李明",
                action="test",
                entity="firm",
                entity_id=i,
                old={"amount": Decimal("1.50")},
                new={"amount": Decimal(str(i))},
            )
    with workspace.db.session() as s:
        assert verify_chain(s) == []
        entries = s.scalars(select(AuditEntry).order_by(AuditEntry.id)).all()
        assert entries[1].prev_hash == entries[0].hash
        assert entries[0].old == {"amount": "1.50"}
    with workspace.db.write() as s:
        s.execute(update(AuditEntry).where(AuditEntry.id == entries[2].id).values(actor="someone else"))
    with workspace.db.session() as s:
        problems = verify_chain(s)
    assert [p.entry_id for p in problems] == [entries[2].id]
    with workspace.db.write() as s:
        s.delete(s.get(AuditEntry, entries[3].id))
    with workspace.db.session() as s:
        ids = {p.entry_id for p in verify_chain(s)}
    assert entries[4].id in ids

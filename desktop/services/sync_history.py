"""The merged history: who did what on which laptop, and whether each laptop's audit chain holds."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select

from desktop.services.firms import get_firm
from desktop.services.workspace import Workspace
from desktop.store.audit import GENESIS, _digest
from desktop.store.jsonable import to_jsonable
from desktop.store.models import AuditEntry, BranchPeer, RemoteAudit


@dataclass(frozen=True)
class HistoryLine:
    at: datetime
    laptop: str  # 本机, or the officer / coordinator of the other laptop
    actor: str
    action: str
    summary: str

    def to_json(self) -> dict[str, Any]:
        return {
            "at": to_jsonable(self.at),
            "laptop": self.laptop,
            "actor": self.actor,
            "action": self.action,
            "summary": self.summary,
        }


def firm_history(ws: Workspace, uscc: str) -> list[HistoryLine]:
    """The firm's audit entries from this laptop and from every laptop whose packages came in, by time."""
    with ws.db.session() as session:
        firm = get_firm(session, uscc)
        names = {p.device_id: p.officer or p.role for p in session.scalars(select(BranchPeer))}
        lines = [
            HistoryLine(e.at, "本机", e.actor, e.action, e.summary)
            for e in session.scalars(select(AuditEntry).where(AuditEntry.firm_id == firm.id))
        ]
        lines += [
            HistoryLine(e.at, names.get(e.origin, e.origin[:8]), e.actor, e.action, e.summary)
            for e in session.scalars(select(RemoteAudit).where(RemoteAudit.uscc == firm.uscc))
        ]
        return sorted(lines, key=lambda line: line.at)


@dataclass(frozen=True)
class ChainCheck:
    origin: str
    laptop: str
    entries: int
    intact: bool  # every entry held hashes as it did on its laptop, and links to the one before
    complete: bool  # no gap from the chain's start (entries still to come are not a break)


def verify_remote_chains(ws: Workspace) -> list[ChainCheck]:
    """Recompute the other laptops' audit chains as they came in: an edited entry breaks its hash."""
    with ws.db.session() as session:
        names = {p.device_id: p.officer or p.role for p in session.scalars(select(BranchPeer))}
        by_origin: dict[str, list[RemoteAudit]] = {}
        for e in session.scalars(select(RemoteAudit).order_by(RemoteAudit.received_seq)):
            by_origin.setdefault(e.origin, []).append(e)
    out = []
    for origin, entries in by_origin.items():
        intact = all(
            e.hash
            == _digest(
                e.prev_hash,
                e.at,
                e.actor,
                e.action,
                e.entity,
                e.entity_id,
                e.firm_ref,
                e.summary,
                e.old,
                e.new,
            )
            for e in entries
        )
        links = {e.prev_hash: e.hash for e in entries}
        current, reached = GENESIS, 0
        while current in links:
            current, reached = links[current], reached + 1
        out.append(
            ChainCheck(origin, names.get(origin, origin[:8]), len(entries), intact, reached == len(entries))
        )
    return out

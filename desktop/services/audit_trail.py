"""The officer's due-diligence trail (尽职免责): a firm's audit entries and whether the chain holds; each
entry in words (``entry_text``, by the one renderer of desktop/domain/event_texts.py)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from desktop.domain.event_entries import describe
from desktop.services.firms import get_firm
from desktop.services.workspace import Workspace
from desktop.store.audit import ChainBreak, verify_chain
from desktop.store.models import AuditEntry


@dataclass(frozen=True)
class AuditTrail:
    entries: list[dict[str, Any]]
    breaks: list[ChainBreak]  # empty: nothing in the whole log was edited or deleted

    @property
    def intact(self) -> bool:
        return not self.breaks


def audit_trail(ws: Workspace, uscc: str | None = None) -> AuditTrail:
    """Entries for one firm (or all), oldest first, with the whole chain verified."""
    with ws.db.session() as session:
        stmt = select(AuditEntry).order_by(AuditEntry.id)
        if uscc is not None:
            stmt = stmt.where(AuditEntry.firm_id == get_firm(session, uscc).id)
        entries = [
            {
                "id": e.id,
                "at": e.at.isoformat(timespec="seconds"),
                "actor": e.actor,
                "action": e.action,
                "entity": e.entity,
                "entity_id": e.entity_id,
                "summary": e.summary,
                "old": e.old,
                "new": e.new,
            }
            for e in session.scalars(stmt)
        ]
        return AuditTrail(entries=entries, breaks=verify_chain(session))


def entry_text(entry: dict[str, Any] | AuditEntry, language: str | None) -> str:
    """What an entry records, as a sentence in ``language`` (from its action, old and new values)."""
    if isinstance(entry, AuditEntry):
        return describe(entry.action, entry.old, entry.new, entry.summary).render(language)
    return describe(entry["action"], entry["old"], entry["new"], entry["summary"]).render(language)

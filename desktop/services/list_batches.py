"""The import batches and named lists the officer has received (``firstloan imports``)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select

from desktop.services.workspace import Workspace
from desktop.store.models import ImportBatch, RegionalList


@dataclass(frozen=True)
class BatchInfo:
    id: int
    list_name: str
    file_name: str
    imported_at: datetime
    actor: str
    rows_read: int
    new: int
    updated: int
    unchanged: int
    removed: int
    duplicates: int
    invalid: int
    undone: bool
    profile_name: str | None = None  # the saved column mapping the import used

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "list": self.list_name,
            "file": self.file_name,
            "imported_at": self.imported_at.isoformat(timespec="seconds"),
            "actor": self.actor,
            "rows_read": self.rows_read,
            "new": self.new,
            "updated": self.updated,
            "unchanged": self.unchanged,
            "removed": self.removed,
            "duplicates": self.duplicates,
            "invalid": self.invalid,
            "undone": self.undone,
            "profile": self.profile_name,
        }


def list_batches(ws: Workspace) -> list[BatchInfo]:
    stmt = select(ImportBatch, RegionalList.name).join(RegionalList).order_by(ImportBatch.id)
    with ws.db.session() as session:
        return [
            BatchInfo(
                b.id,
                name,
                b.file_name,
                b.imported_at,
                b.actor,
                b.rows_read,
                b.new,
                b.updated,
                b.unchanged,
                b.removed,
                b.duplicates,
                b.invalid,
                b.undone_at is not None,
                b.profile_name,
            )
            for b, name in session.execute(stmt)
        ]


def list_names(ws: Workspace) -> list[str]:
    with ws.db.session() as session:
        return list(session.scalars(select(RegionalList.name).order_by(RegionalList.id)))

"""Reading activities: a month's list, one activity with its firms and files, and a firm's own."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.domain.activities import ACTIVITY_KINDS
from desktop.domain.dates import month_bounds, parse_month
from desktop.services.activities import load_activity
from desktop.services.firms import get_firm
from desktop.services.workspace import Workspace
from desktop.store.models import Activity, ActivityAttachment, ActivityFirm, Firm


@dataclass(frozen=True)
class ActivityFile:
    id: int
    file_name: str
    kind: str
    size: int


@dataclass(frozen=True)
class ActivityView:
    id: int
    kind: str
    on: date
    title: str
    place: str | None
    organiser: str | None
    officers: list[str]
    note: str | None
    firms: list[tuple[str, str]]  # (credit code, name) of the live participations
    files: list[ActivityFile] = field(default_factory=list)
    void_reason: str | None = None
    voided: bool = False

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "kind": self.kind,
            "kind_zh": ACTIVITY_KINDS.zh(self.kind),
            "date": self.on.isoformat(),
            "title": self.title,
            "place": self.place,
            "organiser": self.organiser,
            "officers": self.officers,
            "note": self.note,
            "firms": [code for code, _ in self.firms],
            "firm_names": [name for _, name in self.firms],
            "files": [
                {"id": f.id, "file_name": f.file_name, "kind": f.kind, "size": f.size} for f in self.files
            ],
            "voided": self.voided,
            "void_reason": self.void_reason,
        }


def _views(session: Session, activities: list[Activity]) -> list[ActivityView]:
    ids = [a.id for a in activities]
    firms: dict[int, list[tuple[str, str]]] = defaultdict(list)
    files: dict[int, list[ActivityFile]] = defaultdict(list)
    if ids:
        for activity_id, uscc, name in session.execute(
            select(ActivityFirm.activity_id, Firm.uscc, Firm.name)
            .join(Firm, Firm.id == ActivityFirm.firm_id)
            .where(ActivityFirm.activity_id.in_(ids), ActivityFirm.live)
            .order_by(ActivityFirm.id)
        ):
            firms[activity_id].append((uscc, name))
        for f in session.scalars(
            select(ActivityAttachment)
            .where(ActivityAttachment.activity_id.in_(ids), ActivityAttachment.live)
            .order_by(ActivityAttachment.id)
        ):
            files[f.activity_id].append(ActivityFile(f.id, f.file_name, f.kind, f.size))
    return [
        ActivityView(
            a.id,
            a.kind,
            a.date,
            a.title,
            a.place,
            a.organiser,
            list(a.officers or []),
            a.note,
            firms[a.id],
            files[a.id],
            a.void_reason,
            not a.live,
        )
        for a in activities
    ]


def month_range(month: str) -> tuple[date, date]:
    year, mon = parse_month(month)
    return month_bounds(year, mon)


def list_activities(
    ws: Workspace, month: str | None = None, *, include_voided: bool = False
) -> list[ActivityView]:
    """The activities of a month (YYYY-MM), or all, latest first; voided ones only when asked."""
    query = select(Activity).order_by(Activity.date.desc(), Activity.id.desc())
    if month is not None:
        start, end = month_range(month)
        query = query.where(Activity.date >= start, Activity.date <= end)
    if not include_voided:
        query = query.where(Activity.live)
    with ws.db.session() as session:
        return _views(session, list(session.scalars(query)))


def activities_between(session: Session, start: date, end: date) -> list[ActivityView]:
    """The live activities dated ``start``..``end``, oldest first (the monthly materials)."""
    query = (
        select(Activity)
        .where(Activity.live, Activity.date >= start, Activity.date <= end)
        .order_by(Activity.date, Activity.id)
    )
    return _views(session, list(session.scalars(query)))


def get_activity(ws: Workspace, activity_id: int) -> ActivityView:
    with ws.db.session() as session:
        return _views(session, [load_activity(session, activity_id)])[0]


def firm_activities(ws: Workspace, uscc: str) -> list[ActivityView]:
    """The live activities the firm took part in, latest first (its contacts by activity)."""
    with ws.db.session() as session:
        firm = get_firm(session, uscc)
        query = (
            select(Activity)
            .join(ActivityFirm, ActivityFirm.activity_id == Activity.id)
            .where(ActivityFirm.firm_id == firm.id, ActivityFirm.live, Activity.live)
            .order_by(Activity.date.desc(), Activity.id.desc())
        )
        return _views(session, list(session.scalars(query)))

"""Who was contacted when: the one definition of a contact (对接) for the stage, the figures, the ledger and
the firm table.

A contact is a live visit, or a live participation in a live activity (a 宣讲会, 对接会, 帮扶 … the firm
took part in; the activity is the contact's mode). ``live_participations`` is what the stage replay and
the branch's derivation digest read; ``contact_events`` is the union every count of contacted firms, every
"last contact" and the ledger's 对接时间 read (``figure_sets.FigureSets.contacted``, ``ledger_rows``,
``firm_page``): a firm counts once however many visits and activities it had.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime
from typing import Any

from sqlalchemy import ColumnElement, CompoundSelect, Select, distinct, func, literal, select, union_all
from sqlalchemy.orm import Session

from desktop.store.models import Activity, ActivityFirm, Firm, Visit

VISIT = "visit"
ACTIVITY = "activity"

# Narrows the contacts to some firms: given a firm-id column, the condition on it (``among(col, ids)``,
# ``col.in_(select …)``). Applied inside each branch of the union, where the firm-id indexes serve it.
FirmFilter = Callable[[Any], ColumnElement[bool]]


def live_participations() -> Select[int, int, date, datetime, str]:
    """Participations that count: (firm_id, participation id, date, recorded at, uid), both the
    participation and its activity live. Add ``.where(ActivityFirm.firm_id == …)`` for one firm."""
    return (
        select(
            ActivityFirm.firm_id, ActivityFirm.id, ActivityFirm.on, ActivityFirm.created_at, ActivityFirm.uid
        )
        .join(Activity, Activity.id == ActivityFirm.activity_id)
        .where(ActivityFirm.live, Activity.live)
    )


def _dated(column: Any, start: date | None, end: date | None) -> list[ColumnElement[bool]]:
    out: list[ColumnElement[bool]] = []
    if start is not None:
        out.append(column >= start)
    if end is not None:
        out.append(column <= end)
    return out


def contact_events(
    start: date | None = None, end: date | None = None, firms: FirmFilter | None = None
) -> CompoundSelect[Any]:
    """Every live contact dated ``start``..``end`` (inclusive; None: no bound) as rows (firm_id, on,
    source, ref): source ``visit`` (ref: the visit) or ``activity`` (ref: the activity). A subquery-able
    UNION ALL; ``firms`` narrows it to some firms."""
    visit_where = [Visit.live, *_dated(Visit.date, start, end)]
    activity_where = [ActivityFirm.live, Activity.live, *_dated(ActivityFirm.on, start, end)]
    if firms is not None:
        visit_where.append(firms(Visit.firm_id))
        activity_where.append(firms(ActivityFirm.firm_id))
    visits = select(
        Visit.firm_id.label("firm_id"),
        Visit.date.label("on"),
        literal(VISIT).label("source"),
        Visit.id.label("ref"),
    ).where(*visit_where)
    activities = (
        select(
            ActivityFirm.firm_id.label("firm_id"),
            ActivityFirm.on.label("on"),
            literal(ACTIVITY).label("source"),
            ActivityFirm.activity_id.label("ref"),
        )
        .join(Activity, Activity.id == ActivityFirm.activity_id)
        .where(*activity_where)
    )
    return union_all(visits, activities)


def live_contacts(
    session: Session, start: date, end: date, scope: Sequence[ColumnElement[bool]] = ()
) -> set[int]:
    """The ids of the firms contacted ``start``..``end`` (a visit or an activity), optionally narrowed by
    conditions on ``Firm`` (a county, a bank, an officer: the figures' scopes)."""
    events = contact_events(start, end).subquery()
    query = select(events.c.firm_id).distinct()
    if scope:
        query = query.join(Firm, Firm.id == events.c.firm_id).where(*scope)
    return set(session.scalars(query))


def contacted_count(
    session: Session, start: date, end: date, scope: Sequence[ColumnElement[bool]] = ()
) -> int:
    """How many distinct firms were contacted ``start``..``end`` (the figures' 已对接 / 培植户数)."""
    events = contact_events(start, end).subquery()
    query = select(func.count(distinct(events.c.firm_id)))
    if scope:
        query = query.join(Firm, Firm.id == events.c.firm_id).where(*scope)
    return int(session.scalar(query) or 0)


def last_contacts(
    session: Session, start: date | None = None, end: date | None = None, firms: FirmFilter | None = None
) -> dict[int, date]:
    """Per contacted firm, its latest contact ``start``..``end`` (the ledger's 对接时间, the firm table's
    最近联系)."""
    events = contact_events(start, end, firms).subquery()
    rows = session.execute(select(events.c.firm_id, func.max(events.c.on)).group_by(events.c.firm_id))
    return {firm_id: _day(on) for firm_id, on in rows}


def _day(value: Any) -> date:
    """SQLite hands back max() over a union's date column as text."""
    return date.fromisoformat(value) if isinstance(value, str) else value

"""Activities (宣讲会, 融资对接会, 一对一帮扶, 培训 …): recording, correcting and voiding one, with the firms
that took part. Each participation is a contact of that firm (its stage moves to 已对接 as a visit would,
desktop/services/firm_state.py) and an entry in the firm's own history (audit with its firm).

An edit names its reason, like every correction: the firms removed from an activity keep their
participation, voided with that reason, and every firm whose contacts changed has its stage worked out
again. Nothing is deleted.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.domain.activities import ACTIVITY_KINDS
from desktop.domain.errors import DomainError
from desktop.services.firm_refs import FirmRef, require_firms
from desktop.services.firm_state import refresh_firm
from desktop.services.outcome import RecordNotFound, StageMove, not_in_future
from desktop.services.workspace import Workspace
from desktop.store.audit import append_audit
from desktop.store.models import Activity, ActivityFirm, Firm
from desktop.store.types import utcnow


class ActivityError(DomainError):
    pass


@dataclass(frozen=True)
class ActivityInput:
    kind: str  # a code or label of ACTIVITY_KINDS
    on: date
    title: str
    place: str | None = None
    organiser: str | None = None  # 人民银行 / 金融局 / 本行 …
    firms: Sequence[str] = ()  # credit codes or firm names
    officers: Sequence[str] | None = None  # None: the officer recording it
    note: str | None = None


@dataclass(frozen=True)
class ActivityChanges:
    """What an edit changes; None leaves a field as it is, "" clears a text."""

    kind: str | None = None
    on: date | None = None
    title: str | None = None
    place: str | None = None
    organiser: str | None = None
    firms: Sequence[str] | None = None  # the whole new list of participants
    officers: Sequence[str] | None = None
    note: str | None = None


@dataclass(frozen=True)
class ActivityOutcome:
    id: int
    stage_moves: dict[str, StageMove] = field(default_factory=dict)  # credit code -> move


def _text(value: str | None) -> str | None:
    return (value or "").strip() or None


def _title(value: str) -> str:
    title = value.strip()
    if not title:
        raise ActivityError("活动名称不能为空", en="An activity needs a title")
    if len(title) > 200:
        raise ActivityError("活动名称超过 200 字", en="The activity title is longer than 200 characters")
    return title


def _people(values: Sequence[str]) -> list[str]:
    return list(dict.fromkeys(v.strip() for v in values if v.strip()))


def _refs(texts: Sequence[str]) -> list[FirmRef]:
    return [FirmRef(t) for t in texts if t.strip()]


def load_activity(session: Session, activity_id: int) -> Activity:
    activity = session.get(Activity, activity_id) if 0 < activity_id < 2**63 else None
    if activity is None:
        raise RecordNotFound(
            f"找不到编号为 {activity_id} 的活动", en=f"There is no activity number {activity_id}"
        )
    return activity


def _live(activity: Activity) -> None:
    if not activity.live:
        raise ActivityError(
            f"活动 {activity.id} 已作废（{activity.void_reason}），不能再修改",
            en=f"Activity {activity.id} was voided ({activity.void_reason}) and can no longer be changed",
        )


def _participations(session: Session, activity_id: int) -> list[ActivityFirm]:
    return list(
        session.scalars(
            select(ActivityFirm).where(ActivityFirm.activity_id == activity_id, ActivityFirm.live)
        )
    )


def _join(ws: Workspace, session: Session, activity: Activity, firm: Firm) -> None:
    session.add(ActivityFirm(activity_id=activity.id, firm_id=firm.id, on=activity.date))
    session.flush()
    append_audit(
        session,
        actor=ws.actor,
        action="activity.join",
        entity="activity",
        entity_id=activity.id,
        firm_id=firm.id,
        summary=f"{activity.date.isoformat()} 参加{ACTIVITY_KINDS.zh(activity.kind)}“{activity.title}”：{firm.name}",
        new={"activity_id": activity.id, "on": activity.date, "kind": activity.kind, "title": activity.title},
    )


def _leave(ws: Workspace, session: Session, activity: Activity, part: ActivityFirm, reason: str) -> None:
    part.voided_at, part.void_reason, part.voided_by = utcnow(), reason, ws.actor
    firm = session.get(Firm, part.firm_id)
    append_audit(
        session,
        actor=ws.actor,
        action="activity.leave",
        entity="activity",
        entity_id=activity.id,
        firm_id=part.firm_id,
        summary=f"作废参加“{activity.title}”的记录：{firm.name if firm else ''}（原因：{reason}）",
        old={"activity_id": activity.id, "on": part.on, "kind": activity.kind, "title": activity.title},
        new={"void_reason": reason},
    )


def _refresh(
    ws: Workspace, session: Session, firm_ids: set[int], correction: str | None
) -> dict[str, StageMove]:
    moves: dict[str, StageMove] = {}
    for firm_id in sorted(firm_ids):
        firm = session.get(Firm, firm_id)
        assert firm is not None
        move = refresh_firm(session, ws.actor, firm, ws.today(), correction=correction).stage_move
        if move is not None:
            moves[firm.uscc] = move
    return moves


def activity_values(activity: Activity) -> dict[str, Any]:
    """An activity's own fields as the audit log keeps them."""
    return {
        "kind": activity.kind,
        "date": activity.date,
        "title": activity.title,
        "place": activity.place,
        "organiser": activity.organiser,
        "officers": list(activity.officers or []),
        "note": activity.note,
    }


def add_activity(ws: Workspace, data: ActivityInput) -> ActivityOutcome:
    kind = ACTIVITY_KINDS.parse(data.kind)
    title = _title(data.title)
    not_in_future(data.on, ws.today(), "活动日期", "activity date")
    officers = _people(data.officers) if data.officers is not None else [ws.actor]
    with ws.db.write() as session:
        firms = require_firms(session, _refs(data.firms))
        activity = Activity(
            kind=kind,
            date=data.on,
            title=title,
            place=_text(data.place),
            organiser=_text(data.organiser),
            officers=officers,
            note=_text(data.note),
            created_by=ws.actor,
        )
        session.add(activity)
        session.flush()
        append_audit(
            session,
            actor=ws.actor,
            action="activity.add",
            entity="activity",
            entity_id=activity.id,
            summary=f"{data.on.isoformat()} {ACTIVITY_KINDS.zh(kind)}“{title}”，{len(firms)} 户企业参加",
            new=activity_values(activity) | {"firms": [f.uscc for f in firms]},
        )
        for firm in firms:
            _join(ws, session, activity, firm)
        return ActivityOutcome(activity.id, _refresh(ws, session, {f.id for f in firms}, None))


def _apply_fields(activity: Activity, changes: ActivityChanges, today: date) -> None:
    if changes.kind is not None:
        activity.kind = ACTIVITY_KINDS.parse(changes.kind)
    if changes.on is not None:
        not_in_future(changes.on, today, "活动日期", "activity date")
        activity.date = changes.on
    if changes.title is not None:
        activity.title = _title(changes.title)
    for name in ("place", "organiser", "note"):
        value = getattr(changes, name)
        if value is not None:
            setattr(activity, name, _text(value))
    if changes.officers is not None:
        activity.officers = _people(changes.officers)


def _change_firms(
    ws: Workspace, session: Session, activity: Activity, wanted: Sequence[str], reason: str
) -> tuple[set[int], set[int], list[str]]:
    """Participants become ``wanted``: the others' participations are voided, the new ones recorded.
    Returns the firms removed, the firms added and the new list's codes."""
    firms = require_firms(session, _refs(wanted))
    current = {p.firm_id: p for p in _participations(session, activity.id)}
    keep = {f.id for f in firms}
    removed: set[int] = set()
    for firm_id, part in current.items():
        if firm_id not in keep:
            _leave(ws, session, activity, part, reason)
            removed.add(firm_id)
    added = {f.id for f in firms if f.id not in current}
    for firm in firms:
        if firm.id in added:
            _join(ws, session, activity, firm)
    return removed, added, [f.uscc for f in firms]


def add_participants(ws: Workspace, activity_id: int, firms: Sequence[str]) -> ActivityOutcome:
    """Record more firms as having taken part (picked in the table, or read from the sign-in sheet);
    firms already on the activity are left as they are."""
    with ws.db.write() as session:
        activity = load_activity(session, activity_id)
        _live(activity)
        current = {p.firm_id for p in _participations(session, activity.id)}
        new = [f for f in require_firms(session, _refs(firms)) if f.id not in current]
        for firm in new:
            _join(ws, session, activity, firm)
        return ActivityOutcome(activity.id, _refresh(ws, session, {f.id for f in new}, None))


def edit_activity(ws: Workspace, activity_id: int, changes: ActivityChanges, reason: str) -> ActivityOutcome:
    """Correct an activity; ``reason`` is kept with the old values in the audit log."""
    why = reason.strip()
    if not why:
        raise ActivityError("修改活动需要填写原因", en="Changing an activity needs a reason")
    with ws.db.write() as session:
        activity = load_activity(session, activity_id)
        _live(activity)
        old = activity_values(activity)
        _apply_fields(activity, changes, ws.today())
        new = activity_values(activity)
        corrected: set[int] = set()  # firms whose contacts changed: their stage is a correction
        added: set[int] = set()
        if new["date"] != old["date"]:
            for part in _participations(session, activity.id):
                part.on = activity.date
                corrected.add(part.firm_id)
        firms_new: list[str] | None = None
        if changes.firms is not None:
            removed, added, firms_new = _change_firms(ws, session, activity, changes.firms, why)
            corrected |= removed
        changed = {k: v for k, v in new.items() if v != old[k]}
        if not changed and not corrected and not added:
            raise ActivityError("没有要修改的内容", en="Nothing to change")
        append_audit(
            session,
            actor=ws.actor,
            action="activity.edit",
            entity="activity",
            entity_id=activity.id,
            summary=f"修改活动“{activity.title}”（原因：{why}）",
            old={k: old[k] for k in changed},
            new=changed | ({"firms": firms_new} if firms_new is not None else {}) | {"reason": why},
        )
        moves = _refresh(ws, session, corrected - added, why) | _refresh(ws, session, added, None)
        return ActivityOutcome(activity.id, moves)


def void_activity(ws: Workspace, activity_id: int, reason: str) -> ActivityOutcome:
    """Void an activity entered by mistake: it and its participations count nowhere from now on."""
    why = reason.strip()
    if not why:
        raise ActivityError("作废活动需要填写原因", en="Voiding an activity needs a reason")
    with ws.db.write() as session:
        activity = load_activity(session, activity_id)
        _live(activity)
        activity.voided_at, activity.void_reason, activity.voided_by = utcnow(), why, ws.actor
        parts = _participations(session, activity.id)
        for part in parts:
            _leave(ws, session, activity, part, why)
        append_audit(
            session,
            actor=ws.actor,
            action="activity.void",
            entity="activity",
            entity_id=activity.id,
            summary=f"作废活动“{activity.title}”（原因：{why}）",
            old=activity_values(activity),
            new={"void_reason": why},
        )
        return ActivityOutcome(activity.id, _refresh(ws, session, {p.firm_id for p in parts}, why))

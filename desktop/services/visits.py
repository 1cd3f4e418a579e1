"""走访 / 对接: recording a visit or contact (the first one moves a listed firm to 已对接), correcting it
(``edit_visit``; a void is ``corrections.void_record(ws, "visit", …)``) and listing a firm's visits."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select

from desktop.domain.vocabulary import VISIT_MODES
from desktop.services.corrections import load_live, need_reason, record_edit, with_changes
from desktop.services.crowding import firm_crowding_warnings
from desktop.services.firm_state import refresh_firm
from desktop.services.firms import get_firm
from desktop.services.outcome import Outcome, RecordNotFound, not_after, not_in_future
from desktop.services.workspace import Workspace
from desktop.store.audit import append_audit
from desktop.store.models import Visit


@dataclass(frozen=True)
class VisitInput:
    on: date
    mode: str  # a code or label of VISIT_MODES
    findings: str | None = None
    people: str | None = None
    next_step: str | None = None
    follow_up: date | None = None


def _checked_mode(data: VisitInput, today: date) -> str:
    """What a visit must be, added or edited: a known mode, not after today, a follow-up after the visit."""
    mode = VISIT_MODES.parse(data.mode)
    not_in_future(data.on, today, "走访日期", "visit date")
    if data.follow_up is not None:
        not_after(data.on, data.follow_up, "走访日期", "回访日期", en=("visit date", "follow-up date"))
    return mode


def add_visit(ws: Workspace, uscc: str, data: VisitInput) -> Outcome:
    mode = _checked_mode(data, ws.today())
    with ws.db.write() as session:
        firm = get_firm(session, uscc)
        visit = Visit(
            firm_id=firm.id,
            date=data.on,
            mode=mode,
            people=data.people,
            findings=data.findings,
            next_step=data.next_step,
            follow_up=data.follow_up,
            follow_up_done=False,
            officer=ws.actor,
        )
        # This visit is the follow-up the earlier ones asked for.
        for earlier in session.scalars(
            select(Visit).where(
                Visit.firm_id == firm.id,
                Visit.live,
                Visit.follow_up_done.is_(False),
                Visit.follow_up.is_not(None),
            )
        ):
            if earlier.date <= data.on:
                earlier.follow_up_done = True
                append_audit(
                    session,
                    actor=ws.actor,
                    action="visit.follow_up_done",
                    entity="visit",
                    entity_id=earlier.id,
                    firm_id=firm.id,
                    summary=f"回访已于 {data.on.isoformat()} 完成",
                    old={"follow_up_done": False},
                    new={"follow_up_done": True},
                )
        session.add(visit)
        session.flush()
        append_audit(
            session,
            actor=ws.actor,
            action="visit.add",
            entity="visit",
            entity_id=visit.id,
            firm_id=firm.id,
            summary=f"{data.on.isoformat()} {VISIT_MODES.zh(mode)}：{firm.name}",
            new={
                "date": data.on,
                "mode": mode,
                "people": data.people,
                "findings": data.findings,
                "next_step": data.next_step,
                "follow_up": data.follow_up,
            },
        )
        move = refresh_firm(session, ws.actor, firm, ws.today()).stage_move
        warnings = firm_crowding_warnings(session, firm, ws.profile.bank)
        return Outcome(id=visit.id, uscc=firm.uscc, stage_move=move, warnings=warnings)


def complete_follow_up(ws: Workspace, visit_id: int) -> None:
    with ws.db.write() as session:
        visit = session.get(Visit, visit_id)
        if visit is None:
            raise RecordNotFound(
                f"找不到编号为 {visit_id} 的走访记录", en=f"There is no visit record number {visit_id}"
            )
        if visit.follow_up is None or visit.follow_up_done:
            return
        visit.follow_up_done = True
        append_audit(
            session,
            actor=ws.actor,
            action="visit.follow_up_done",
            entity="visit",
            entity_id=visit.id,
            firm_id=visit.firm_id,
            summary=f"回访已完成（原定 {visit.follow_up.isoformat()}）",
            old={"follow_up_done": False},
            new={"follow_up_done": True},
        )


def edit_visit(ws: Workspace, visit_id: int, changes: Mapping[str, Any], reason: str) -> Outcome:
    """Correct a visit: ``changes`` are fields of VisitInput; the edited visit is checked as a new one."""
    text = need_reason(reason)
    with ws.db.write() as session:
        visit = load_live(session, "visit", visit_id)
        current = VisitInput(
            on=visit.date,
            mode=visit.mode,
            findings=visit.findings,
            people=visit.people,
            next_step=visit.next_step,
            follow_up=visit.follow_up,
        )
        data = with_changes(current, changes, "visit")
        mode = _checked_mode(data, ws.today())
        values = {
            "date": data.on,
            "mode": mode,
            "findings": _text(data.findings),
            "people": _text(data.people),
            "next_step": _text(data.next_step),
            "follow_up": data.follow_up,
        }
        return record_edit(session, ws, "visit", visit, values, text)


def _text(value: str | None) -> str | None:
    return (value or "").strip() or None


def list_visits(ws: Workspace, uscc: str) -> list[Visit]:
    """Every visit of the firm, oldest first, voided ones included (``visit.live`` tells)."""
    with ws.db.session() as session:
        firm = get_firm(session, uscc)
        return list(
            session.scalars(select(Visit).where(Visit.firm_id == firm.id).order_by(Visit.date, Visit.id))
        )

"""走访 / 对接: recording a visit or contact; the first one moves a listed firm to 已对接."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from desktop.domain.vocabulary import VISIT_MODES
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


def add_visit(ws: Workspace, uscc: str, data: VisitInput) -> Outcome:
    mode = VISIT_MODES.parse(data.mode)
    not_in_future(data.on, ws.today(), "走访日期", "visit date")
    if data.follow_up is not None:
        not_after(data.on, data.follow_up, "走访日期", "回访日期", en=("visit date", "follow-up date"))
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
                Visit.firm_id == firm.id, Visit.follow_up_done.is_(False), Visit.follow_up.is_not(None)
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


def list_visits(ws: Workspace, uscc: str) -> list[Visit]:
    with ws.db.session() as session:
        firm = get_firm(session, uscc)
        return list(
            session.scalars(select(Visit).where(Visit.firm_id == firm.id).order_by(Visit.date, Visit.id))
        )

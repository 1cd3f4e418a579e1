"""Moving a firm between stages: forward by the officer's actions, or by hand with a reason.

Every move writes a StageChange (the history) and an audit entry in the caller's transaction.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.domain.stages import Stage, advance, check_move
from desktop.services.firms import get_firm
from desktop.services.outcome import Outcome, StageMove
from desktop.services.workspace import Workspace
from desktop.store.audit import append_audit
from desktop.store.models import Firm, StageChange

_CAUSES = {"visit": "visit", "demand": "demand", "plan": "plan", "credit": "credit", "first_loan": "loan"}


def _record(
    session: Session, actor: str, firm: Firm, to: Stage, on: date, cause: str, reason: str | None
) -> StageMove:
    move = StageMove(firm.stage, to.value)
    change = StageChange(
        firm_id=firm.id,
        on=on,
        from_stage=firm.stage,
        to_stage=to.value,
        cause=cause,
        reason=reason,
        actor=actor,
    )
    session.add(change)
    firm.stage = to.value
    firm.stage_changed_at = datetime.now(UTC)
    session.flush()
    append_audit(
        session,
        actor=actor,
        action="stage.hand" if cause == "hand" else "stage.advance",
        entity="firm",
        entity_id=firm.uscc,
        firm_id=firm.id,
        summary=f"阶段：{Stage(move.from_stage).label_zh} → {to.label_zh}"
        + (f"（原因：{reason}）" if reason else f"（{cause}）"),
        old={"stage": move.from_stage},
        new={"stage": to.value, "on": on, "cause": cause, "reason": reason},
    )
    return move


def advance_for_action(session: Session, actor: str, firm: Firm, action: str, on: date) -> StageMove | None:
    """Move the firm forward for ``action`` (visit, demand, plan, credit, first_loan) if it is behind."""
    target = advance(Stage(firm.stage), action)
    if target is None:
        return None
    return _record(session, actor, firm, target, on, _CAUSES[action], None)


def set_stage(ws: Workspace, uscc: str, target: Stage, *, reason: str, on: date) -> Outcome:
    """The officer moves a firm by hand; the rules of ``check_move`` apply and the reason is kept."""
    with ws.db.write() as session:
        firm = get_firm(session, uscc)
        check_move(Stage(firm.stage), target, reason=reason, by_hand=True)
        move = _record(session, ws.actor, firm, target, on, "hand", reason.strip() or None)
        return Outcome(id=firm.id, uscc=firm.uscc, stage_move=move)


def stage_history(ws: Workspace, uscc: str) -> list[StageChange]:
    with ws.db.session() as session:
        firm = get_firm(session, uscc)
        return list(
            session.scalars(
                select(StageChange).where(StageChange.firm_id == firm.id).order_by(StageChange.id)
            )
        )

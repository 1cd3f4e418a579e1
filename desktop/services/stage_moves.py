"""Moving a firm by hand: exits, reopening, corrections and 伙伴客户, with a reason; correcting such a move;
the history of moves.

Actions move firms forward through ``firm_state.refresh_firm``; a hand move is a record of its own (a
StageChange with cause "hand") that the replay of the firm's records takes into account.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.domain.errors import DomainError
from desktop.domain.stages import Stage, check_move
from desktop.services.corrections import load_live, need_reason, record_edit
from desktop.services.firm_state import record_stage, refresh_firm
from desktop.services.firms import get_firm
from desktop.services.outcome import Outcome, RecordNotFound, not_in_future
from desktop.services.workspace import Workspace
from desktop.store.models import Loan, StageChange


class FirstLoanMoveError(DomainError):
    pass


def set_stage(
    ws: Workspace,
    uscc: str,
    target: Stage,
    *,
    reason: str,
    on: date,
    loan_id: int | None = None,
    bank: str | None = None,
) -> Outcome:
    """The officer moves a firm by hand; the rules of ``check_move`` apply and the reason is kept.

    A move to 已获首贷 must name the loan that made it (``loan_id``), and that loan must be counted as the
    firm's 首贷, so the stage and the figures always agree. ``bank``: the other bank of a 他行已获贷."""
    not_in_future(on, ws.today(), "调整日期", "move date")
    with ws.db.write() as session:
        firm = get_firm(session, uscc)
        check_move(Stage(firm.stage), target, reason=reason, by_hand=True)
        if target == Stage.FIRST_LOAN:
            _check_first_loan(session, firm.id, loan_id)
        move = record_stage(
            session,
            ws.actor,
            firm,
            target,
            on,
            "hand",
            reason.strip() or None,
            loan_id=loan_id if target == Stage.FIRST_LOAN else None,
            bank=(bank or "").strip() or None if target == Stage.LOAN_ELSEWHERE else None,
        )
        refreshed = refresh_firm(session, ws.actor, firm, ws.today())
        return Outcome(id=firm.id, uscc=firm.uscc, stage_move=refreshed.stage_move or move)


def _check_first_loan(session: Session, firm_id: int, loan_id: int | None) -> None:
    if loan_id is None:
        raise FirstLoanMoveError(
            "调整为“已获首贷”需要选择作为首贷的那笔放款",
            en="Moving a firm to “First loan” needs the loan that was its first loan",
        )
    loan = session.get(Loan, loan_id)
    if loan is None or loan.firm_id != firm_id or not loan.live:
        raise RecordNotFound(
            f"该企业没有编号为 {loan_id} 的有效放款", en=f"This firm has no valid loan number {loan_id}"
        )
    if not loan.is_first_loan:
        raise FirstLoanMoveError(
            f"编号 {loan_id} 的放款未被认定为首贷（{loan.first_loan_status}）：请先在档案中登记征信情况",
            en=f"Loan {loan_id} is not counted as a first loan ({loan.first_loan_status}): record the credit "
            "report facts in the dossier first",
        )


def edit_stage_move(
    ws: Workspace, move_id: int, *, reason: str, on: date | None = None, why: str | None = None
) -> Outcome:
    """Correct a hand move's business date (``on``) or its reason (``why``); ``reason`` says why the
    correction is made. A void is ``corrections.void_record(ws, "stage", …)``."""
    text = need_reason(reason)
    with ws.db.write() as session:
        move = load_live(session, "stage", move_id)
        if move.cause != "hand":
            raise FirstLoanMoveError(
                f"编号为 {move_id} 的阶段变化是由记录推导出的，只能更正手工调整",
                en=f"Stage change number {move_id} was derived from the records; only hand moves can be corrected",
            )
        values: dict[str, object] = {}
        if on is not None:
            not_in_future(on, ws.today(), "调整日期", "move date")
            values["on"] = on
        if why is not None:
            check_move(Stage(move.from_stage or "listed"), Stage(move.to_stage), reason=why, by_hand=True)
            values["reason"] = why.strip() or None
        return record_edit(session, ws, "stage", move, values, text)


def stage_history(ws: Workspace, uscc: str) -> list[StageChange]:
    with ws.db.session() as session:
        firm = get_firm(session, uscc)
        return list(
            session.scalars(
                select(StageChange).where(StageChange.firm_id == firm.id).order_by(StageChange.id)
            )
        )

"""A firm's derived state — its loans' 首贷 verdicts and its stage — worked out again from its live records.

Every service that adds, edits or voids a record calls ``refresh_firm`` in its own transaction, so the
stored verdicts and stage are always what the records support. A change is written where it can be
read back: the loan's new status and the stage move (with its cause, or "correction" and the reason of the
edit or void that caused it) go into the stage history and the audit log.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.domain.errors import Message
from desktop.domain.firstloan import (
    CreditReport,
    FirstLoanRule,
    FirstLoanStatus,
    LoanFact,
    Verdict,
    first_loan_verdicts,
)
from desktop.domain.stage_replay import StageEvent, replay
from desktop.domain.stages import Stage
from desktop.services.contact_events import live_participations
from desktop.services.outcome import StageMove
from desktop.services.programme_profile import programme_rule
from desktop.store.audit import append_audit
from desktop.store.models import ActivityFirm, Credit, Demand, Dossier, Firm, Loan, Plan, StageChange, Visit


@dataclass(frozen=True)
class Refreshed:
    stage_move: StageMove | None
    verdicts: dict[int, Verdict]  # loan id -> verdict, for the live loans


def credit_report(dossier: Dossier | None) -> CreditReport:
    if dossier is None:
        return CreditReport()
    return CreditReport(
        has_loan_record=dossier.has_loan_record,
        has_discount_record=dossier.has_discount_record,
        lookback_years=dossier.credit_lookback_years,
        query_date=dossier.credit_query_date,
        last_loan_settled_on=dossier.last_loan_settled_on,
    )


def _loan_elsewhere_on(hand_moves: list[StageChange]) -> date | None:
    days = [m.on for m in hand_moves if m.to_stage == Stage.LOAN_ELSEWHERE.value]
    return min(days) if days else None


def _refresh_loans(
    session: Session,
    actor: str,
    firm: Firm,
    hand_moves: list[StageChange],
    rule: FirstLoanRule,
    new_loan_id: int | None,
) -> tuple[list[Loan], dict[int, Verdict]]:
    every = list(session.scalars(select(Loan).where(Loan.firm_id == firm.id)))
    loans = [loan for loan in every if loan.live]
    # Same-day loans are ordered by when they were entered, then by global id: the same order on every
    # laptop of a branch and on a shared server (a local row number differs from laptop to laptop).
    entered = sorted(loans, key=lambda loan: (loan.created_at, loan.uid or ""))
    facts = [LoanFact(loan.id, loan.date, loan.kind, seq) for seq, loan in enumerate(entered)]
    verdicts = first_loan_verdicts(
        facts,
        credit_report(session.get(Dossier, firm.id)),
        loan_elsewhere_on=_loan_elsewhere_on(hand_moves),
        rule=rule,
    )
    for loan in every:
        # A voided loan counts nowhere: its stored verdict says so too, so no query counts it by mistake.
        status = verdicts[loan.id].status.value if loan.live else FirstLoanStatus.NOT_FIRST.value
        if loan.first_loan_status != status and loan.id != new_loan_id:
            append_audit(
                session,
                actor=actor,
                action="loan.first_loan_status",
                entity="loan",
                entity_id=loan.id,
                firm_id=firm.id,
                summary=f"{loan.date.isoformat()} 放款的首贷认定：{loan.first_loan_status} → {status}",
                old={"first_loan_status": loan.first_loan_status},
                new={"first_loan_status": status},
            )
        loan.first_loan_status = status
    return loans, verdicts


def _events(
    session: Session, firm: Firm, loans: list[Loan], hand_moves: list[StageChange]
) -> list[StageEvent]:
    fid = firm.id
    events = [
        StageEvent(v.date, v.created_at, "visit", ref=v.id)
        for v in session.scalars(select(Visit).where(Visit.firm_id == fid, Visit.live))
    ]
    events += [  # taking part in an activity is a contact (issue 23)
        StageEvent(on, at, "activity", ref=pid)
        for _fid, pid, on, at, _uid in session.execute(
            live_participations().where(ActivityFirm.firm_id == fid)
        )
    ]
    events += [
        StageEvent(d.received_on, d.created_at, "demand", ref=d.id)
        for d in session.scalars(select(Demand).where(Demand.firm_id == fid, Demand.live))
    ]
    events += [
        StageEvent(p.drawn_on or p.created_at.date(), p.created_at, "plan", ref=p.id)
        for p in session.scalars(select(Plan).where(Plan.firm_id == fid, Plan.version == 1))
    ]
    events += [
        StageEvent(c.date, c.created_at, "credit", ref=c.id)
        for c in session.scalars(select(Credit).where(Credit.firm_id == fid, Credit.live))
    ]
    firsts = {loan.id for loan in loans if loan.first_loan_status == FirstLoanStatus.FIRST.value}
    events += [
        StageEvent(loan.date, loan.created_at, "first_loan", ref=loan.id)
        for loan in loans
        if loan.id in firsts
    ]
    for move in hand_moves:
        # A hand move to 已获首贷 stands only while the loan it names is the firm's 首贷.
        if move.to_stage == Stage.FIRST_LOAN.value and move.loan_id not in firsts:
            continue
        events.append(
            StageEvent(move.on, move.at, target=Stage(move.to_stage), reason=move.reason, ref=move.id)
        )
    return events


def record_stage(
    session: Session,
    actor: str,
    firm: Firm,
    to: Stage,
    on: date,
    cause: str,
    reason: str | None,
    *,
    loan_id: int | None = None,
    bank: str | None = None,
) -> StageMove:
    """Write one stage change of the firm (history and audit) and set its stage."""
    move = StageMove(firm.stage, to.value)
    session.add(
        StageChange(
            firm_id=firm.id,
            on=on,
            from_stage=firm.stage,
            to_stage=to.value,
            cause=cause,
            reason=reason,
            actor=actor,
            loan_id=loan_id,
            bank=bank,
        )
    )
    firm.stage = to.value
    firm.stage_changed_at = datetime.now(UTC)
    session.flush()
    append_audit(
        session,
        actor=actor,
        action="stage.hand"
        if cause == "hand"
        else "stage.correct"
        if cause == "correction"
        else "stage.advance",
        entity="firm",
        entity_id=firm.uscc,
        firm_id=firm.id,
        summary=f"阶段：{Stage(move.from_stage).label_zh} → {to.label_zh}"
        + (f"（原因：{reason}）" if reason else f"（{cause}）"),
        old={"stage": move.from_stage},
        new={"stage": to.value, "on": on, "cause": cause, "reason": reason, "loan_id": loan_id, "bank": bank}
        # A correction's reason worked out in both languages (a Message) keeps its English for the history.
        | ({"reason_en": reason.en} if isinstance(reason, Message) else {}),
    )
    return move


def refresh_firm(
    session: Session,
    actor: str,
    firm: Firm,
    today: date,
    *,
    correction: str | None = None,
    rule: FirstLoanRule | None = None,
    new_loan_id: int | None = None,
) -> Refreshed:
    """Work the firm's 首贷 verdicts and stage out again from its live records, in the caller's transaction.

    ``correction``: the reason of the edit or void that caused the refresh; a stage it changes is then
    recorded as a correction with that reason (else with the cause of the event that decided it).
    ``new_loan_id``: a loan added in this transaction, whose verdict its own audit entry records.
    ``rule``: the 首贷 rule to judge by; by default the stored programme's rule for the firm's entity type."""
    session.flush()
    if rule is None:
        rule = programme_rule(session, firm.entity_type)
    hand_moves = list(
        session.scalars(
            select(StageChange).where(
                StageChange.firm_id == firm.id, StageChange.cause == "hand", StageChange.live
            )
        )
    )
    loans, verdicts = _refresh_loans(session, actor, firm, hand_moves, rule, new_loan_id)
    result = replay(_events(session, firm, loans, hand_moves))
    if result.stage.value == firm.stage:
        return Refreshed(None, verdicts)
    decisive = result.decisive
    on = decisive.on if decisive is not None else today
    if correction is not None:
        move = record_stage(session, actor, firm, result.stage, on, "correction", correction)
    elif decisive is not None and decisive.action is not None:
        move = record_stage(session, actor, firm, result.stage, on, decisive.cause, None)
    else:
        # Never "hand": only the officer's own moves are hand moves (they are the replay's input).
        move = record_stage(
            session, actor, firm, result.stage, on, "correction", decisive.reason if decisive else None
        )
    return Refreshed(move, verdicts)

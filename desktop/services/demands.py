"""Financing demand under the 211 service model: received → feedback → acceptance → decision.

Each step is recorded with its date, checked against the order of the earlier steps (service211.
check_order), and audited. The deadlines themselves are computed on the workspace's calendar.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.domain.amounts import parse_amount
from desktop.domain.errors import DomainError
from desktop.domain.service211 import StepState, check_order, evaluate
from desktop.domain.vocabulary import DECISIONS, DEMAND_CHANNELS
from desktop.services.crowding import firm_crowding_warnings
from desktop.services.firm_state import refresh_firm
from desktop.services.firms import get_firm
from desktop.services.outcome import DateOrderError, Outcome, RecordNotFound, not_in_future
from desktop.services.workspace import Workspace
from desktop.store.audit import append_audit
from desktop.store.models import Demand, Firm

DEFAULT_CHANNEL = "visit"


class DemandStepError(DomainError):
    pass


def add_demand(
    ws: Workspace,
    uscc: str,
    *,
    on: date,
    amount: Decimal | str | None = None,
    channel: str = DEFAULT_CHANNEL,
    purpose: str | None = None,
) -> Outcome:
    code = DEMAND_CHANNELS.parse(channel)
    not_in_future(on, ws.today(), "需求日期", "demand date")
    value = None if amount is None else parse_amount(amount, "融资需求金额", what_en="Demand amount")
    with ws.db.write() as session:
        firm = get_firm(session, uscc)
        demand = Demand(firm_id=firm.id, received_on=on, channel=code, amount=value, purpose=purpose)
        session.add(demand)
        session.flush()
        append_audit(
            session,
            actor=ws.actor,
            action="demand.add",
            entity="demand",
            entity_id=demand.id,
            firm_id=firm.id,
            summary=f"{on.isoformat()} 登记融资需求（{DEMAND_CHANNELS.zh(code)}）"
            + (f" {value} 万元" if value is not None else ""),
            new={"received_on": on, "channel": code, "amount": value, "purpose": purpose},
        )
        move = refresh_firm(session, ws.actor, firm, ws.today()).stage_move
        return Outcome(
            id=demand.id,
            uscc=firm.uscc,
            stage_move=move,
            warnings=firm_crowding_warnings(session, firm, ws.profile.bank),
        )


def _load(session: Session, demand_id: int) -> tuple[Demand, Firm]:
    demand = session.get(Demand, demand_id)
    if demand is None:
        raise RecordNotFound(
            f"找不到编号为 {demand_id} 的融资需求", en=f"There is no financing demand number {demand_id}"
        )
    firm = session.get(Firm, demand.firm_id)
    assert firm is not None
    return demand, firm


_FIELDS = {
    "feedback": ("feedback_on", "反馈意向", "feedback"),
    "conditions": ("conditions_met_on", "满足授信条件", "the credit conditions met"),
    "accept": ("accepted_on", "正式受理", "the formal acceptance"),
}


def _record_step(
    ws: Workspace, demand_id: int, step: str, on: date, *, extra: dict[str, date] | None = None
) -> Outcome:
    field, label, label_en = _FIELDS[step]
    with ws.db.write() as session:
        demand, firm = _load(session, demand_id)
        if demand.decision is not None:
            raise DemandStepError(
                f"融资需求 {demand_id} 已有结果（{DECISIONS.zh(demand.decision)}），不能再登记{label}",
                en=f"Financing demand {demand_id} already has a decision ({DECISIONS.en(demand.decision)}); "
                f"{label_en} can no longer be recorded",
            )
        changes = {field: on} | (extra or {})
        for name in changes:
            if getattr(demand, name) is not None:
                raise DemandStepError(
                    f"融资需求 {demand_id} 已登记{label}日期 {getattr(demand, name).isoformat()}",
                    en=f"Financing demand {demand_id} already has the date of {label_en}: "
                    f"{getattr(demand, name).isoformat()}",
                )
        old = {name: getattr(demand, name) for name in changes}
        for name, value in changes.items():
            setattr(demand, name, value)
        problems = check_order(demand.dates())
        if problems:
            raise DateOrderError("；".join(problems), en="; ".join(p.en for p in problems))
        append_audit(
            session,
            actor=ws.actor,
            action=f"demand.{step}",
            entity="demand",
            entity_id=demand.id,
            firm_id=firm.id,
            summary=f"{on.isoformat()} {label}：{firm.name}",
            old=old,
            new=changes,
        )
        return Outcome(id=demand.id, uscc=firm.uscc)


def record_feedback(ws: Workspace, demand_id: int, on: date) -> Outcome:
    """The bank's answer to the firm (2 working days after receiving the demand)."""
    return _record_step(ws, demand_id, "feedback", on)


def record_conditions_met(ws: Workspace, demand_id: int, on: date) -> Outcome:
    """The day the firm met the conditions: the 1-working-day acceptance deadline starts."""
    return _record_step(ws, demand_id, "conditions", on)


def record_acceptance(
    ws: Workspace, demand_id: int, on: date, *, conditions_met_on: date | None = None
) -> Outcome:
    """Formal acceptance; the conditions date may be given here when it was not recorded before."""
    extra = {"conditions_met_on": conditions_met_on} if conditions_met_on is not None else None
    return _record_step(ws, demand_id, "accept", on, extra=extra)


def record_decision(
    ws: Workspace, demand_id: int, on: date, decision: str, note: str | None = None
) -> Outcome:
    """Approved or declined after acceptance; a withdrawal may come at any step and stops the clock."""
    code = DECISIONS.parse(decision)
    with ws.db.write() as session:
        demand, firm = _load(session, demand_id)
        if demand.decision is not None:
            raise DemandStepError(
                f"融资需求 {demand_id} 已有结果（{DECISIONS.zh(demand.decision)}）",
                en=f"Financing demand {demand_id} already has a decision ({DECISIONS.en(demand.decision)})",
            )
        if on < demand.received_on:
            raise DateOrderError(
                f"{'撤回' if code == 'withdrawn' else '审批决定'}日期早于需求受理日期",
                en=f"The {'withdrawal' if code == 'withdrawn' else 'decision'} date is before the demand was received",
            )
        if code != "withdrawn":
            if demand.accepted_on is None:
                raise DemandStepError(
                    "作出审批决定前应先正式受理", en="Accept the demand formally before deciding on it"
                )
            if on < demand.accepted_on:
                raise DateOrderError(
                    "审批决定日期早于正式受理日期",
                    en="The decision date is before the formal acceptance date",
                )
        old = {"decided_on": demand.decided_on, "decision": None}
        demand.decided_on, demand.decision = on, code
        if note:
            demand.note = note if not demand.note else f"{demand.note}\n{note}"
        append_audit(
            session,
            actor=ws.actor,
            action="demand.decide",
            entity="demand",
            entity_id=demand.id,
            firm_id=firm.id,
            summary=f"{on.isoformat()} 融资需求结果：{DECISIONS.zh(code)}：{firm.name}",
            old=old,
            new={"decided_on": on, "decision": code, "note": note},
        )
        return Outcome(id=demand.id, uscc=firm.uscc)


@dataclass(frozen=True)
class DemandStatus:
    demand_id: int
    uscc: str
    firm_name: str
    received_on: date
    amount: Decimal | None
    channel: str
    decision: str | None
    steps: tuple[StepState, StepState, StepState]


def _status(demand: Demand, firm: Firm, ws: Workspace, today: date) -> DemandStatus:
    return DemandStatus(
        demand_id=demand.id,
        uscc=firm.uscc,
        firm_name=firm.name,
        received_on=demand.received_on,
        amount=demand.amount,
        channel=demand.channel,
        decision=demand.decision,
        steps=evaluate(demand.dates(), ws.calendar, today),
    )


def demand_status(ws: Workspace, demand_id: int, today: date) -> DemandStatus:
    with ws.db.session() as session:
        demand, firm = _load(session, demand_id)
        return _status(demand, firm, ws, today)


def firm_demands(ws: Workspace, uscc: str, today: date) -> list[DemandStatus]:
    with ws.db.session() as session:
        firm = get_firm(session, uscc)
        demands = session.scalars(
            select(Demand).where(Demand.firm_id == firm.id).order_by(Demand.received_on, Demand.id)
        )
        return [_status(d, firm, ws, today) for d in demands]


def open_demand_statuses(ws: Workspace, today: date, officer: str | None = None) -> list[DemandStatus]:
    """Every demand still running a 211 clock (no result yet), for the to-do list; with ``officer``, only
    those of the firms assigned to that officer."""
    stmt = select(Demand, Firm).join(Firm, Firm.id == Demand.firm_id).where(Demand.decision.is_(None))
    if officer:
        stmt = stmt.where(Firm.assigned_officer == officer)
    with ws.db.session() as session:
        return [_status(d, f, ws, today) for d, f in session.execute(stmt)]

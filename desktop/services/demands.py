"""Financing demand under the 211 service model: received → feedback → acceptance → decision.

Each step is recorded with its date and what it says (the feedback's intent and conditions, the
decision's amount or reason), checked with the whole demand (demand_checks.checked: no date after today,
steps in order), and audited. The deadlines are computed on the workspace's calendar. Corrections are in
demand_edit.py; a voided demand runs no clock and is listed nowhere but in the firm's history.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.domain.service211 import StepState, evaluate
from desktop.domain.vocabulary import DECISIONS, DEMAND_CHANNELS
from desktop.services.corrections import load_live
from desktop.services.crowding import firm_crowding_warnings
from desktop.services.demand_checks import DemandRecord, DemandStepError, checked, record_of
from desktop.services.firm_state import refresh_firm
from desktop.services.firms import get_firm
from desktop.services.outcome import Outcome
from desktop.services.workspace import Workspace
from desktop.store.audit import append_audit
from desktop.store.models import Demand, Firm

DEFAULT_CHANNEL = "visit"


def add_demand(
    ws: Workspace,
    uscc: str,
    *,
    on: date,
    amount: Decimal | str | None = None,
    channel: str = DEFAULT_CHANNEL,
    purpose: str | None = None,
) -> Outcome:
    values = checked(
        DemandRecord(received_on=on, channel=channel, amount=amount, purpose=purpose), ws.today()
    )
    with ws.db.write() as session:
        firm = get_firm(session, uscc)
        demand = Demand(firm_id=firm.id, **values)
        session.add(demand)
        session.flush()
        code, value = values["channel"], values["amount"]
        append_audit(
            session,
            actor=ws.actor,
            action="demand.add",
            entity="demand",
            entity_id=demand.id,
            firm_id=firm.id,
            summary=f"{on.isoformat()} 登记融资需求（{DEMAND_CHANNELS.zh(code)}）"
            + (f" {value} 万元" if value is not None else ""),
            new={"received_on": on, "channel": code, "amount": value, "purpose": values["purpose"]},
        )
        move = refresh_firm(session, ws.actor, firm, ws.today()).stage_move
        return Outcome(
            id=demand.id,
            uscc=firm.uscc,
            stage_move=move,
            warnings=firm_crowding_warnings(session, firm, ws.profile.bank),
        )


def _load(session: Session, demand_id: int) -> tuple[Demand, Firm]:
    demand = load_live(session, "demand", demand_id)
    firm = session.get(Firm, demand.firm_id)
    assert firm is not None
    return demand, firm


_STEPS = {
    "feedback": ("feedback_on", "反馈意向", "feedback"),
    "conditions": ("conditions_met_on", "满足授信条件", "the credit conditions met"),
    "accept": ("accepted_on", "正式受理", "the formal acceptance"),
}


def _record_step(
    ws: Workspace, demand_id: int, step: str, on: date, extra: Mapping[str, Any] | None = None
) -> Outcome:
    """One 211 step: its date (and what the step says), checked with the whole demand as it becomes."""
    field_name, label, label_en = _STEPS[step]
    with ws.db.write() as session:
        demand, firm = _load(session, demand_id)
        if demand.decision is not None:
            raise DemandStepError(
                f"融资需求 {demand_id} 已有结果（{DECISIONS.zh(demand.decision)}），不能再登记{label}",
                en=f"Financing demand {demand_id} already has a decision ({DECISIONS.en(demand.decision)}); "
                f"{label_en} can no longer be recorded",
            )
        changes = {field_name: on} | dict(extra or {})
        for name in changes:
            if name.endswith("_on") and getattr(demand, name) is not None:
                raise DemandStepError(
                    f"融资需求 {demand_id} 已登记{label}日期 {getattr(demand, name).isoformat()}",
                    en=f"Financing demand {demand_id} already has the date of {label_en}: "
                    f"{getattr(demand, name).isoformat()}",
                )
        values = checked(replace(record_of(demand), **changes), ws.today())
        # The audit keeps what the step set: its date, and what it says when it says something.
        new = {n: values[n] for n in changes if n == field_name or values[n] != getattr(demand, n)}
        old = {name: getattr(demand, name) for name in new}
        for name, value in new.items():
            setattr(demand, name, value)
        append_audit(
            session,
            actor=ws.actor,
            action=f"demand.{step}",
            entity="demand",
            entity_id=demand.id,
            firm_id=firm.id,
            summary=f"{on.isoformat()} {label}：{firm.name}",
            old=old,
            new=new,
        )
        return Outcome(id=demand.id, uscc=firm.uscc)


def record_feedback(
    ws: Workspace,
    demand_id: int,
    on: date,
    *,
    intent: bool | None = None,
    text: str | None = None,
    conditions: Sequence[str] = (),
) -> Outcome:
    """The bank's answer to the firm (2 working days after receiving the demand): the 初步意向 (yes / no,
    with words) and the 授信条件 the firm must meet, as seed 001 asks."""
    extra: dict[str, Any] = {
        "feedback_intent": intent,
        "feedback_text": text,
        "conditions": tuple(conditions),
    }
    return _record_step(ws, demand_id, "feedback", on, extra)


def record_conditions_met(ws: Workspace, demand_id: int, on: date) -> Outcome:
    """The day the firm met the conditions: the 1-working-day acceptance deadline starts."""
    return _record_step(ws, demand_id, "conditions", on)


def record_acceptance(
    ws: Workspace, demand_id: int, on: date, *, conditions_met_on: date | None = None
) -> Outcome:
    """Formal acceptance; the conditions date may be given here when it was not recorded before."""
    extra = {"conditions_met_on": conditions_met_on} if conditions_met_on is not None else None
    return _record_step(ws, demand_id, "accept", on, extra)


def record_decision(
    ws: Workspace,
    demand_id: int,
    on: date,
    decision: str,
    note: str | None = None,
    *,
    approved_amount: Decimal | str | None = None,
    decline_reason: str | None = None,
) -> Outcome:
    """Approved (with the amount) or declined (with the reason) after acceptance; a withdrawal may come at
    any step and stops the clock."""
    code = DECISIONS.parse(decision)
    with ws.db.write() as session:
        demand, firm = _load(session, demand_id)
        if demand.decision is not None:
            raise DemandStepError(
                f"融资需求 {demand_id} 已有结果（{DECISIONS.zh(demand.decision)}）",
                en=f"Financing demand {demand_id} already has a decision ({DECISIONS.en(demand.decision)})",
            )
        joined = f"{demand.note}\n{note}" if demand.note and note else (note or demand.note)
        changes: dict[str, Any] = {
            "decided_on": on,
            "decision": code,
            "note": joined,
            "approved_amount": approved_amount,
            "decline_reason": decline_reason,
        }
        values = checked(replace(record_of(demand), **changes), ws.today())
        old = {"decided_on": demand.decided_on, "decision": None}
        for name in changes:
            setattr(demand, name, values[name])
        append_audit(
            session,
            actor=ws.actor,
            action="demand.decide",
            entity="demand",
            entity_id=demand.id,
            firm_id=firm.id,
            summary=f"{on.isoformat()} 融资需求结果：{DECISIONS.zh(code)}：{firm.name}",
            old=old,
            new={
                "decided_on": on,
                "decision": code,
                "note": note,
                "approved_amount": values["approved_amount"],
                "decline_reason": values["decline_reason"],
            },
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
            select(Demand)
            .where(Demand.firm_id == firm.id, Demand.live)
            .order_by(Demand.received_on, Demand.id)
        )
        return [_status(d, firm, ws, today) for d in demands]


def open_demand_statuses(ws: Workspace, today: date, officer: str | None = None) -> list[DemandStatus]:
    """Every live demand still running a 211 clock (no result yet), for the to-do list; with ``officer``,
    only those of the firms assigned to that officer."""
    stmt = (
        select(Demand, Firm)
        .join(Firm, Firm.id == Demand.firm_id)
        .where(Demand.decision.is_(None), Demand.live)
    )
    if officer:
        stmt = stmt.where(Firm.assigned_officer == officer)
    with ws.db.session() as session:
        return [_status(d, f, ws, today) for d, f in session.execute(stmt)]

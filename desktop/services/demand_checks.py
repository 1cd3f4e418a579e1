"""What a financing demand must be, however it was entered: added, one 211 step recorded, or edited.

``DemandRecord`` is the whole demand as the officer wants it stored; ``checked`` refuses any date after
today, steps before the demand or out of order (service211.check_order), zero or negative amounts, a
decision without its date, and feedback content or a decision's amount or reason where they do not
belong. Every path goes through it, so an edit is checked exactly as the steps were.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

from desktop.domain.amounts import parse_amount
from desktop.domain.errors import DomainError
from desktop.domain.service211 import DemandDates, check_order
from desktop.domain.vocabulary import DECISIONS, DEMAND_CHANNELS
from desktop.services.outcome import DateOrderError, not_in_future


class DemandStepError(DomainError):
    pass


@dataclass(frozen=True)
class DemandRecord:
    received_on: date
    channel: str = "visit"  # a code or label of DEMAND_CHANNELS
    amount: Decimal | str | None = None
    purpose: str | None = None
    feedback_on: date | None = None
    feedback_intent: bool | None = None  # 初步意向: True yes, False no
    feedback_text: str | None = None
    conditions: tuple[str, ...] = field(default_factory=tuple)  # 授信条件 the firm must meet
    conditions_met_on: date | None = None
    accepted_on: date | None = None
    decided_on: date | None = None
    decision: str | None = None  # a code or label of DECISIONS
    note: str | None = None
    approved_amount: Decimal | str | None = None
    decline_reason: str | None = None

    def values(self) -> dict[str, Any]:
        """The demand's columns (conditions as a list for the JSON column)."""
        out = dataclasses.asdict(self)
        out["conditions"] = list(self.conditions)
        return out


_DATES = (
    ("received_on", "需求日期", "demand date"),
    ("feedback_on", "反馈日期", "feedback date"),
    ("conditions_met_on", "满足授信条件日期", "date the conditions were met"),
    ("accepted_on", "受理日期", "acceptance date"),
    ("decided_on", "审批或撤回日期", "decision or withdrawal date"),
)


def _clean(text: str | None) -> str | None:
    return (text or "").strip() or None


def _amounts(record: DemandRecord) -> dict[str, Any]:
    out: dict[str, Any] = {}
    if record.amount is not None:
        out["amount"] = parse_amount(record.amount, "融资需求金额", what_en="Demand amount")
    if record.approved_amount is not None:
        out["approved_amount"] = parse_amount(record.approved_amount, "批准金额", what_en="Approved amount")
    return out


def _check_decision(record: DemandRecord, decision: str | None) -> None:
    if (decision is None) != (record.decided_on is None):
        raise DemandStepError(
            "审批结果和结果日期应同时填写", en="Give the decision and its date together, or neither"
        )
    if decision is not None and decision != "withdrawn" and record.accepted_on is None:
        raise DemandStepError(
            "作出审批决定前应先正式受理", en="Accept the demand formally before deciding on it"
        )
    if record.decided_on is not None and record.decided_on < record.received_on:
        raise DateOrderError(
            "结果日期早于需求日期",
            en="The date of the decision or withdrawal is before the demand was received",
        )
    if record.approved_amount is not None and decision != "approved":
        raise DemandStepError(
            "只有“同意”的需求才有批准金额", en="Only an approved demand has an approved amount"
        )
    if _clean(record.decline_reason) and decision != "declined":
        raise DemandStepError(
            "只有“不同意”的需求才有不同意原因", en="Only a declined demand has a reason it was declined"
        )


def _check_feedback(record: DemandRecord) -> None:
    content = record.feedback_intent is not None or _clean(record.feedback_text) or record.conditions
    if content and record.feedback_on is None:
        raise DemandStepError(
            "反馈意向和授信条件需要反馈日期", en="The feedback's intent and conditions need the feedback date"
        )


def checked(record: DemandRecord, today: date) -> dict[str, Any]:
    """The demand's column values, checked; a DomainError naming the first problem otherwise."""
    channel = DEMAND_CHANNELS.parse(record.channel)
    decision = None if record.decision is None else DECISIONS.parse(record.decision)
    for name, label, label_en in _DATES:
        day = getattr(record, name)
        if day is not None:
            not_in_future(day, today, label, label_en)
    amounts = _amounts(record)
    _check_feedback(record)
    _check_decision(record, decision)
    dates = DemandDates(
        received_on=record.received_on,
        feedback_on=record.feedback_on,
        conditions_met_on=record.conditions_met_on,
        accepted_on=record.accepted_on,
        decided_on=record.decided_on if record.accepted_on else None,
        closed=decision in ("declined", "withdrawn"),
    )
    problems = check_order(dates)
    if problems:
        raise DateOrderError("；".join(problems), en="; ".join(p.en for p in problems))
    conditions = [c.strip() for c in record.conditions if c.strip()]
    return (
        record.values()
        | amounts
        | {
            "channel": channel,
            "decision": decision,
            "purpose": _clean(record.purpose),
            "feedback_text": _clean(record.feedback_text),
            "conditions": conditions,
            "note": _clean(record.note),
            "decline_reason": _clean(record.decline_reason),
        }
    )


def record_of(demand: Any) -> DemandRecord:
    """The stored demand as a DemandRecord (to change one field and check the whole again)."""
    names = [f.name for f in dataclasses.fields(DemandRecord)]
    values = {name: getattr(demand, name) for name in names}
    values["conditions"] = tuple(demand.conditions or ())
    return DemandRecord(**values)

"""受理回告 (seed 001, 四张清单): the bank's written reply to a firm whose application it accepted (正式受理) or
declined — what happens next and by when (the 211 decision deadline), or why and what the firm can do.

Pure wording over facts the service gathers; the PDF lays it out.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from desktop.domain.errors import DomainError
from desktop.domain.money import format_wan

ACCEPTED = "accepted"
APPROVED = "approved"
DECLINED = "declined"


class NoReplyToPrint(DomainError):
    pass


@dataclass(frozen=True)
class ReplyFacts:
    firm_name: str
    uscc: str
    demand_id: int
    received_on: date
    amount: Decimal | None
    accepted_on: date | None
    decided_on: date | None
    decision: str | None  # approved | declined | withdrawn | None
    decision_due: date | None  # the 211 decision deadline (None before acceptance)
    calendar_known: bool
    product: str | None
    approved_amount: Decimal | None
    reason: str | None  # why it was declined
    suggestions: Sequence[str]  # what the firm can do (the plan's measures, in words)
    officer: str
    phone: str | None


@dataclass(frozen=True)
class Reply:
    kind: str  # accepted | approved | declined
    title: str
    on: date  # the date the reply speaks of (acceptance or decision)
    paragraphs: list[str]


def reply_kind(facts: ReplyFacts) -> str:
    if facts.decision == DECLINED:
        return DECLINED
    if facts.decision == APPROVED:
        return APPROVED
    if facts.accepted_on is not None and facts.decision is None:
        return ACCEPTED
    raise NoReplyToPrint(
        f"融资需求 {facts.demand_id} 尚未正式受理或作出决定（或企业已撤回），没有可打印的受理回告",
        en=f"Financing demand {facts.demand_id} is not formally accepted or decided (or was withdrawn): there "
        "is no reply to print",
    )


def _contact(facts: ReplyFacts) -> str:
    phone = f"，联系电话 {facts.phone}" if facts.phone else ""
    return f"如有疑问，请联系客户经理 {facts.officer}{phone}。"


def _accepted(facts: ReplyFacts) -> list[str]:
    assert facts.accepted_on is not None
    due = facts.decision_due.isoformat() if facts.decision_due else "1 个工作日内"
    note = "" if facts.calendar_known else "（该日期按周一至周五推算，节假日安排公布后以实际工作日为准）"
    product = f"，申请产品为“{facts.product}”" if facts.product else ""
    return [
        f"贵单位于 {facts.received_on.isoformat()} 提出的融资需求{_amount(facts.amount, '申请金额')}{product}，"
        f"我行已于 {facts.accepted_on.isoformat()} 正式受理。",
        f"下一步：我行将按“211”首贷服务要求，于 {due} 前作出审批决定并告知贵单位结果{note}。"
        "请保持联系畅通，如需补充材料，客户经理将及时与您联系。",
        _contact(facts),
    ]


def _approved(facts: ReplyFacts) -> list[str]:
    assert facts.decided_on is not None
    amount = facts.approved_amount if facts.approved_amount is not None else facts.amount
    product = f"（产品：{facts.product}）" if facts.product else ""
    return [
        f"贵单位于 {facts.received_on.isoformat()} 提出的融资申请，我行已于 "
        f"{facts.accepted_on.isoformat() if facts.accepted_on else facts.decided_on.isoformat()} 正式受理，"
        f"并于 {facts.decided_on.isoformat()} 审批同意{_amount(amount, '金额')}{product}。",
        "下一步：请按客户经理的通知办理签约和放款手续。",
        _contact(facts),
    ]


def _declined(facts: ReplyFacts) -> list[str]:
    assert facts.decided_on is not None
    reason = facts.reason or "暂不符合本行授信条件"
    lines = [
        f"贵单位于 {facts.received_on.isoformat()} 提出的融资申请，经审查，我行于 {facts.decided_on.isoformat()} "
        f"作出暂不予授信的决定。原因：{reason}。",
    ]
    if facts.suggestions:
        lines.append("建议贵单位：" + "；".join(facts.suggestions) + "。")
    lines.append(
        "待条件具备后，贵单位可随时再次提出申请（可通过贷款码、平台或到网点），我行将继续提供辅导和对接服务。"
    )
    lines.append(_contact(facts))
    return lines


def _amount(amount: Decimal | None, label: str) -> str:
    return "" if amount is None else f"（{label} {format_wan(amount)} 万元）"


def compose_reply(facts: ReplyFacts) -> Reply:
    """The reply for the demand's state: accepted (decision pending), approved or declined."""
    kind = reply_kind(facts)
    if kind == ACCEPTED:
        assert facts.accepted_on is not None
        return Reply(kind, "受理回告单", facts.accepted_on, _accepted(facts))
    assert facts.decided_on is not None
    if kind == APPROVED:
        return Reply(kind, "受理回告单（审批结果）", facts.decided_on, _approved(facts))
    return Reply(kind, "受理回告单（审批结果）", facts.decided_on, _declined(facts))

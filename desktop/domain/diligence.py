"""尽职免责 (seed 001: 梳理首贷正面清单、负面清单…原则上如未违反负面清单的均可认定为尽职): what the record
shows about the due diligence behind one first loan, checked point by point, and the digest of the audit
entries that prove it.

Each point is met (True), not met (False) or cannot be told from the record (None); the officer's
evidence sheet prints them beside the facts they rest on.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from desktop.domain.errors import Message
from desktop.domain.firstloan import CreditReport


@dataclass(frozen=True)
class VisitFact:
    on: date
    mode: str  # a VISIT_MODES code
    on_site: bool


@dataclass(frozen=True)
class StepFact:
    demand_id: int
    step: str  # feedback | accept | decide
    deadline: date | None
    done_on: date | None
    on_time: bool | None  # None: not done (or not started)


@dataclass(frozen=True)
class LoanFacts:
    loan_on: date
    loan_amount: Decimal
    status: str  # first | unverified
    credit_on: date | None
    credit_amount: Decimal | None
    visits: Sequence[VisitFact]
    report: CreditReport
    steps: Sequence[StepFact]
    plan_on: date | None  # the first plan version's date


@dataclass(frozen=True)
class Check:
    label: Message
    met: bool | None
    detail: Message


def _visit(f: LoanFacts) -> Check:
    before = [v for v in f.visits if v.on <= f.loan_on]
    site = [v for v in before if v.on_site]
    label = Message("贷前实地走访", "On-site visit before the loan")
    if site:
        return Check(
            label,
            True,
            Message(f"{site[0].on.isoformat()} 实地走访", f"visited on site on {site[0].on.isoformat()}"),
        )
    if before:
        return Check(
            label, False, Message("贷前仅有非实地对接", "only contacts that were not on site before the loan")
        )
    return Check(label, False, Message("放款前没有走访记录", "no visit recorded before the loan"))


def _report(f: LoanFacts) -> Check:
    r = f.report
    label = Message("征信查询（无贷款、无票据贴现记录）", "Credit report checked (no loan, no bill discount)")
    if r.has_loan_record is None or r.has_discount_record is None:
        return Check(label, None, Message("征信情况未登记", "the credit report facts are not recorded"))
    if r.has_loan_record or r.has_discount_record:
        return Check(
            label, False, Message("征信显示此前有贷款或贴现", "the report shows an earlier loan or discount")
        )
    if r.query_date is None:
        return Check(
            label,
            True,
            Message("无贷款、无贴现记录（查询日期未登记）", "no loan, no discount (query date not recorded)"),
        )
    late = r.query_date > f.loan_on
    when = r.query_date.isoformat()
    detail = Message(
        f"查询日期 {when}" + ("（晚于放款）" if late else ""),
        f"queried {when}" + (" (after the loan)" if late else ""),
    )
    return Check(label, not late, detail)


def _steps(f: LoanFacts) -> Check:
    label = Message("“211”时限", "The 211 deadlines")
    if not f.steps:
        return Check(label, None, Message("没有登记融资需求", "no financing demand recorded"))
    late = [s for s in f.steps if s.on_time is False]
    if late:
        names = "、".join(f"需求 {s.demand_id} {s.step}" for s in late)
        return Check(label, False, Message(f"逾期：{names}", f"late: {names}"))
    return Check(label, True, Message("已办理的步骤均按时", "every step done was on time"))


def _credit(f: LoanFacts) -> Check:
    label = Message("先授信后放款，未超额度", "Credit first, loan within it")
    if f.credit_on is None or f.credit_amount is None:
        return Check(label, False, Message("放款未关联授信", "the loan is not linked to a credit"))
    ok = f.credit_on <= f.loan_on and f.loan_amount <= f.credit_amount
    detail = Message(
        f"{f.credit_on.isoformat()} 授信 {f.credit_amount} 万元，放款 {f.loan_amount} 万元",
        f"credit of {f.credit_amount} 万元 on {f.credit_on.isoformat()}, loan of {f.loan_amount} 万元",
    )
    return Check(label, ok, detail)


def _plan(f: LoanFacts) -> Check:
    label = Message("一企一策培植方案", "A cultivation plan")
    if f.plan_on is None:
        return Check(label, False, Message("未制定培植方案", "no plan was drawn up"))
    ok = f.plan_on <= f.loan_on
    return Check(label, ok, Message(f"{f.plan_on.isoformat()} 制定", f"drawn up on {f.plan_on.isoformat()}"))


def _first(f: LoanFacts) -> Check:
    label = Message("首贷认定", "Counted as the first loan")
    if f.status == "first":
        return Check(label, True, Message("按首贷规则认定为首贷", "the first-loan rule counts it"))
    return Check(
        label, None, Message("首贷待核实（征信情况未登记）", "unverified (credit report facts missing)")
    )


def checks(facts: LoanFacts) -> list[Check]:
    """The points of due diligence, in the order the work is done."""
    return [_visit(facts), _report(facts), _steps(facts), _plan(facts), _credit(facts), _first(facts)]


def evidence_digest(hashes: Sequence[str]) -> str:
    """One SHA-256 over the audit entries' own hashes, in the log's order: any entry edited, removed or
    added among them gives another digest (and breaks the chain ``firstloan check`` verifies)."""
    return hashlib.sha256("\n".join(hashes).encode("ascii")).hexdigest()

"""The cultivation stages and the moves allowed between them.

Main path: 待对接 listed → 已对接 contacted → 有融资需求 demand → 培植中 cultivating → 已授信 credited →
已获首贷 first_loan → 伙伴客户 partner. Exits: 暂无需求 no_demand, 不符合条件 ineligible,
他行已获贷 loan_elsewhere, 注销吊销 closed.

| from \\ to                  | later main stage          | earlier main stage   | exit                         | closed        |
| --------------------------- | ------------------------- | -------------------- | ---------------------------- | ------------- |
| listed … credited           | yes (skipping allowed)    | by hand, with reason | yes (by hand: reason; ineligible always needs one) | with reason |
| first_loan                  | partner                   | by hand, with reason | no                           | with reason   |
| partner                     | —                         | by hand, with reason | no                           | with reason   |
| an exit                     | reopen to listed…cultivating by hand with reason    | | another exit by hand with reason | with reason |

Actions (a visit, a demand, a plan, credit, the first loan) only ever move a firm forward.
"""

from __future__ import annotations

from enum import Enum

from desktop.domain.errors import DomainError

_LABELS = {
    "listed": ("待对接", "To contact"),
    "contacted": ("已对接", "Contacted"),
    "demand": ("有融资需求", "Has demand"),
    "cultivating": ("培植中", "Cultivating"),
    "credited": ("已授信", "Credited"),
    "first_loan": ("已获首贷", "First loan"),
    "partner": ("伙伴客户", "Partner client"),
    "no_demand": ("暂无需求", "No demand"),
    "ineligible": ("不符合条件", "Ineligible"),
    "loan_elsewhere": ("他行已获贷", "Loan elsewhere"),
    "closed": ("注销吊销", "Closed"),
}


class IllegalStageMove(DomainError):
    pass


class Stage(str, Enum):
    LISTED = "listed"
    CONTACTED = "contacted"
    DEMAND = "demand"
    CULTIVATING = "cultivating"
    CREDITED = "credited"
    FIRST_LOAN = "first_loan"
    PARTNER = "partner"
    NO_DEMAND = "no_demand"
    INELIGIBLE = "ineligible"
    LOAN_ELSEWHERE = "loan_elsewhere"
    CLOSED = "closed"

    @property
    def label_zh(self) -> str:
        return _LABELS[self.value][0]

    @property
    def label_en(self) -> str:
        return _LABELS[self.value][1]

    @property
    def is_exit(self) -> bool:
        return self in EXITS

    @classmethod
    def parse(cls, text: str) -> Stage:
        key = text.strip()
        for stage in cls:
            if key in (stage.value, stage.label_zh) or key.lower() == stage.label_en.lower():
                return stage
        valid = "、".join(f"{s.value}（{s.label_zh}）" for s in cls)
        raise DomainError(f"阶段“{text}”无效，应为：{valid}")


MAIN_PATH: tuple[Stage, ...] = (
    Stage.LISTED,
    Stage.CONTACTED,
    Stage.DEMAND,
    Stage.CULTIVATING,
    Stage.CREDITED,
    Stage.FIRST_LOAN,
    Stage.PARTNER,
)
EXITS: frozenset[Stage] = frozenset({Stage.NO_DEMAND, Stage.INELIGIBLE, Stage.LOAN_ELSEWHERE, Stage.CLOSED})
_REOPEN_TO = (Stage.LISTED, Stage.CONTACTED, Stage.DEMAND, Stage.CULTIVATING)
_ACTIONS = {
    "visit": Stage.CONTACTED,
    "demand": Stage.DEMAND,
    "plan": Stage.CULTIVATING,
    "credit": Stage.CREDITED,
    "first_loan": Stage.FIRST_LOAN,
}


def _problem(current: Stage, target: Stage, reason: str | None, by_hand: bool) -> str | None:
    """Why the move is illegal, or None when it is allowed."""
    has_reason = bool(reason and reason.strip())
    if current == target:
        return f"企业已处于“{current.label_zh}”阶段"
    if target == Stage.CLOSED:
        return None if has_reason else "标记为注销吊销需要填写原因"
    if current.is_exit:
        if not by_hand:
            return f"企业处于“{current.label_zh}”，需由客户经理手工重新启动后才能继续"
        if not has_reason:
            return "从退出状态重新启动需要填写原因"
        if target in _REOPEN_TO or target.is_exit:
            return None
        return f"从“{current.label_zh}”只能重新启动到{'、'.join(s.label_zh for s in _REOPEN_TO)}"
    if target.is_exit:
        if current in (Stage.FIRST_LOAN, Stage.PARTNER):
            return f"已获首贷的企业不能转为“{target.label_zh}”"
        if (by_hand or target == Stage.INELIGIBLE) and not has_reason:
            return f"转为“{target.label_zh}”需要填写原因"
        return None
    here, there = MAIN_PATH.index(current), MAIN_PATH.index(target)
    if there > here:
        if target == Stage.PARTNER and current != Stage.FIRST_LOAN:
            return "只有已获首贷的企业才能成为伙伴客户"
        return None
    if not by_hand:
        return f"不能从“{current.label_zh}”退回“{target.label_zh}”"
    return None if has_reason else f"从“{current.label_zh}”退回“{target.label_zh}”需要填写原因（更正）"


def check_move(current: Stage, target: Stage, *, reason: str | None, by_hand: bool) -> None:
    problem = _problem(current, target, reason, by_hand)
    if problem is not None:
        raise IllegalStageMove(problem)


def allowed_targets(current: Stage, *, by_hand: bool) -> list[Stage]:
    """Stages reachable from ``current`` (given a reason where one is needed)."""
    return [s for s in Stage if _problem(current, s, "原因", by_hand) is None]


def stage_for_action(action: str) -> Stage:
    try:
        return _ACTIONS[action]
    except KeyError as exc:
        raise DomainError(f"未知的操作：{action}") from exc


def advance(current: Stage, action: str) -> Stage | None:
    """The stage an action moves the firm to, or None if it is already there or beyond, or has exited."""
    target = stage_for_action(action)
    if current.is_exit or MAIN_PATH.index(current) >= MAIN_PATH.index(target):
        return None
    return target

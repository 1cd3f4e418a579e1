"""The cultivation stages of a firm and the moves allowed between them.

Main path: 待对接 listed → 已对接 contacted → 有融资需求 demand → 培植中 cultivating → 已授信 credited →
已获首贷 first_loan → 伙伴客户 partner. Exits: 暂无需求 no_demand, 不符合条件 ineligible,
他行已获贷 loan_elsewhere, 注销吊销 closed.

A move is made either by an action (a visit, a demand, a plan, credit, a first loan) or by hand by the
officer. "reason" means a non-empty reason must be given.

| from \\ to        | later main stage        | earlier main stage | no_demand, loan_elsewhere | ineligible | closed |
| ----------------- | ----------------------- | ------------------ | ------------------------- | ---------- | ------ |
| listed…credited   | yes, skipping allowed;  | by hand + reason   | action: yes;              | reason     | reason |
|                   | never partner           | (a correction)     | by hand: reason           |            |        |
| first_loan        | partner                 | by hand + reason   | no                        | no         | reason |
| partner           | —                       | by hand + reason   | no                        | no         | reason |
| an exit           | listed…cultivating only, by hand + reason    | no                        | no         | reason |

The same stage is never a move. Everything not in the table is illegal.
"""

from __future__ import annotations

from enum import Enum

from desktop.domain.errors import DomainError, Message

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
        return self not in MAIN_PATH

    @classmethod
    def parse(cls, text: str) -> Stage:
        """A stage from its code or its Chinese (or English) label, as typed in files and on the command line."""
        key = text.strip()
        for stage in cls:
            if key.lower() in (stage.value, stage.label_en.lower()) or key == stage.label_zh:
                return stage
        valid = "、".join(f"{s.value}（{s.label_zh}）" for s in cls)
        valid_en = ", ".join(f"{s.value} ({s.label_en})" for s in cls)
        raise DomainError(
            f"阶段“{text}”无效，应为以下之一：{valid}",
            en=f"Stage “{text}” is not valid; it should be one of: {valid_en}",
        )


MAIN_PATH: tuple[Stage, ...] = (
    Stage.LISTED,
    Stage.CONTACTED,
    Stage.DEMAND,
    Stage.CULTIVATING,
    Stage.CREDITED,
    Stage.FIRST_LOAN,
    Stage.PARTNER,
)
EXITS: tuple[Stage, ...] = (Stage.NO_DEMAND, Stage.INELIGIBLE, Stage.LOAN_ELSEWHERE, Stage.CLOSED)
REOPEN_TARGETS: tuple[Stage, ...] = (Stage.LISTED, Stage.CONTACTED, Stage.DEMAND, Stage.CULTIVATING)
_ACTIONS = {
    "visit": Stage.CONTACTED,
    "activity": Stage.CONTACTED,  # taking part in a 宣讲会, 对接会, 帮扶 … is a contact (issue 23)
    "demand": Stage.DEMAND,
    "plan": Stage.CULTIVATING,
    "credit": Stage.CREDITED,
    "first_loan": Stage.FIRST_LOAN,
}


def _labels(stages: tuple[Stage, ...]) -> str:
    return "、".join(s.label_zh for s in stages)


def _labels_en(stages: tuple[Stage, ...]) -> str:
    return ", ".join(s.label_en for s in stages)


def _problem(current: Stage, target: Stage, reason: str | None, by_hand: bool) -> Message | None:
    """Why the move is illegal, or None when it is allowed. Mirrors the table in the module docstring."""
    has_reason = bool(reason and reason.strip())
    now, then = current.label_en, target.label_en
    if current == target:
        return Message(f"企业已处于“{current.label_zh}”阶段", f"The firm is already at the stage “{now}”")
    if target == Stage.CLOSED:
        if has_reason:
            return None
        return Message("标记为“注销吊销”需要填写原因", "Marking a firm “Closed” needs a reason")
    if current.is_exit:
        if target not in REOPEN_TARGETS:
            return Message(
                f"处于“{current.label_zh}”的企业只能重新启动到{_labels(REOPEN_TARGETS)}",
                f"A firm at “{now}” can only be restarted at {_labels_en(REOPEN_TARGETS)}",
            )
        if not by_hand:
            return Message(
                f"企业处于“{current.label_zh}”，只能由客户经理手工重新启动",
                f"The firm is at “{now}”; only an officer can restart it, by hand",
            )
        if has_reason:
            return None
        return Message(
            f"从“{current.label_zh}”重新启动需要填写原因", f"Restarting from “{now}” needs a reason"
        )
    if target.is_exit:
        if current in (Stage.FIRST_LOAN, Stage.PARTNER):
            return Message(
                f"“{current.label_zh}”的企业不能转为“{target.label_zh}”，只能标记为注销吊销",
                f"A firm at “{now}” cannot move to “{then}”; it can only be marked Closed",
            )
        if (by_hand or target == Stage.INELIGIBLE) and not has_reason:
            return Message(f"转为“{target.label_zh}”需要填写原因", f"Moving to “{then}” needs a reason")
        return None
    if MAIN_PATH.index(target) > MAIN_PATH.index(current):
        if target == Stage.PARTNER and current != Stage.FIRST_LOAN:
            return Message(
                "只有已获首贷的企业才能成为伙伴客户",
                "Only a firm with a first loan can become a partner client",
            )
        return None
    if not by_hand:
        return Message(
            f"不能从“{current.label_zh}”退回“{target.label_zh}”；如需更正，请手工调整并填写原因",
            f"Cannot go back from “{now}” to “{then}”; to correct it, change the stage by hand and give a reason",
        )
    if has_reason:
        return None
    return Message(
        f"从“{current.label_zh}”退回“{target.label_zh}”属于更正，需要填写原因",
        f"Going back from “{now}” to “{then}” is a correction and needs a reason",
    )


def check_move(current: Stage, target: Stage, *, reason: str | None, by_hand: bool) -> None:
    """Raise IllegalStageMove, saying why (in Chinese and English), unless the move is allowed."""
    problem = _problem(current, target, reason, by_hand)
    if problem is not None:
        raise IllegalStageMove(problem, en=problem.en)


def allowed_targets(current: Stage, *, by_hand: bool) -> list[Stage]:
    """Stages reachable from ``current``, assuming a reason is given where one is needed."""
    return [s for s in Stage if _problem(current, s, "原因", by_hand) is None]


def stage_for_action(action: str) -> Stage:
    try:
        return _ACTIONS[action]
    except KeyError as exc:
        raise DomainError(
            f"未知的操作“{action}”，应为 {'、'.join(_ACTIONS)} 之一",
            en=f"Unknown action “{action}”; it should be one of {', '.join(_ACTIONS)}",
        ) from exc


def advance(current: Stage, action: str) -> Stage | None:
    """The stage an action moves the firm to; None if it is already there or beyond, or has exited.

    A visit to a credited firm changes nothing, and an exited firm is only ever reopened by hand.
    """
    target = stage_for_action(action)
    if current.is_exit or MAIN_PATH.index(current) >= MAIN_PATH.index(target):
        return None
    return target

"""The "211" first-loan service deadlines of the 新乡 seed, on the official working-day calendar.

1. feedback: the bank answers a demand within 2 working days after receiving it;
2. acceptance: once the firm meets the conditions, formal acceptance within 1 working day;
3. decision: a decision within 1 working day after acceptance, and within 2 working days of the
   conditions being met in all ("形成正式受理申请后合计2个工作日内办结"): the earlier of the two
   (``decision_deadline``), so a late acceptance does not move the decision's deadline.

Working days are counted strictly after the starting date (``nth_working_day_after``). Each step is
*due* (open, deadline not passed), *overdue* (open, deadline passed), *met on time* or *met late*;
a step that cannot start yet (no acceptance, so no decision deadline) is *not started*. A deadline
counted into a year the calendar does not know yet has ``calendar_known`` False.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import Enum
from typing import NamedTuple

from desktop.domain.errors import Message
from desktop.domain.workcalendar import WorkCalendar

FEEDBACK_DAYS = 2
ACCEPT_DAYS = 1
DECIDE_DAYS = 1
CONDITIONS_TO_DECISION_DAYS = 2


class StepStatus(str, Enum):
    NOT_STARTED = "not_started"
    DUE = "due"
    OVERDUE = "overdue"
    ON_TIME = "on_time"
    LATE = "late"

    @property
    def label_zh(self) -> str:
        return {
            "not_started": "未开始",
            "due": "待办",
            "overdue": "已逾期",
            "on_time": "按时完成",
            "late": "逾期完成",
        }[self.value]

    @property
    def label_en(self) -> str:
        return {
            "not_started": "Not started",
            "due": "Due",
            "overdue": "Overdue",
            "on_time": "Met on time",
            "late": "Met late",
        }[self.value]

    @property
    def open(self) -> bool:
        return self in (StepStatus.DUE, StepStatus.OVERDUE)

    @property
    def missed(self) -> bool:
        return self in (StepStatus.OVERDUE, StepStatus.LATE)


class Step(str, Enum):
    FEEDBACK = "feedback"
    ACCEPT = "accept"
    DECIDE = "decide"

    @property
    def label_zh(self) -> str:
        return {
            "feedback": "反馈意向（2个工作日）",
            "accept": "正式受理（1个工作日）",
            "decide": "审批决定（1个工作日）",
        }[self.value]

    @property
    def label_en(self) -> str:
        return {
            "feedback": "Feedback (2 working days)",
            "accept": "Acceptance (1 working day)",
            "decide": "Decision (1 working day)",
        }[self.value]


@dataclass(frozen=True)
class StepState:
    step: Step
    deadline: date | None
    done_on: date | None
    status: StepStatus
    calendar_known: bool = True  # False: the deadline runs into a year the calendar does not know yet


@dataclass(frozen=True)
class DemandDates:
    received_on: date
    feedback_on: date | None = None
    conditions_met_on: date | None = None
    accepted_on: date | None = None
    decided_on: date | None = None
    closed: bool = False  # withdrawn or declined before the step: no further deadline runs


class Due(NamedTuple):  # a tuple: made for every step of every demand on each refresh
    day: date
    calendar_known: bool


def _due(calendar: WorkCalendar, start: date, workdays: int) -> Due:
    day = calendar.nth_working_day_after(start, workdays)
    return Due(day, calendar.knows_span(start, day))


def decision_deadline(
    calendar: WorkCalendar, accepted_on: date | None, conditions_met_on: date | None
) -> Due | None:
    """The decision's deadline: the earlier of acceptance + 1 and conditions met + 2 working days (seed
    001: "企业授信条件满足后…1个工作日内正式受理申请，1个工作日内做出审批决定…合计2个工作日内办结");
    None before the acceptance. Known only when both counts ran on known years."""
    if accepted_on is None:
        return None
    after_acceptance = _due(calendar, accepted_on, DECIDE_DAYS)
    if conditions_met_on is None:
        return after_acceptance
    after_conditions = _due(calendar, conditions_met_on, CONDITIONS_TO_DECISION_DAYS)
    known = after_acceptance.calendar_known and after_conditions.calendar_known
    return Due(min(after_acceptance.day, after_conditions.day), known)


def _state(step: Step, due: Due | None, done: date | None, today: date, closed: bool) -> StepState:
    if due is None:
        return StepState(step, None, done, StepStatus.NOT_STARTED)
    deadline, known = due.day, due.calendar_known
    if done is not None:
        status = StepStatus.ON_TIME if done <= deadline else StepStatus.LATE
        return StepState(step, deadline, done, status, known)
    if closed:
        return StepState(step, deadline, None, StepStatus.NOT_STARTED, known)
    return StepState(step, deadline, None, StepStatus.OVERDUE if today > deadline else StepStatus.DUE, known)


def evaluate(d: DemandDates, calendar: WorkCalendar, today: date) -> tuple[StepState, StepState, StepState]:
    """The three steps of one demand as of ``today``."""
    feedback = _state(
        Step.FEEDBACK, _due(calendar, d.received_on, FEEDBACK_DAYS), d.feedback_on, today, d.closed
    )
    accept_due = _due(calendar, d.conditions_met_on, ACCEPT_DAYS) if d.conditions_met_on else None
    accept = _state(Step.ACCEPT, accept_due, d.accepted_on, today, d.closed)
    decide_due = decision_deadline(calendar, d.accepted_on, d.conditions_met_on)
    decide = _state(Step.DECIDE, decide_due, d.decided_on, today, d.closed)
    return feedback, accept, decide


def check_order(d: DemandDates) -> list[Message]:
    """Dates that contradict the sequence, as messages (an empty list means consistent)."""
    problems: list[Message] = []
    if d.feedback_on and d.feedback_on < d.received_on:
        problems.append(
            Message("反馈日期早于需求受理日期", "The feedback date is before the demand was received")
        )
    if d.conditions_met_on and d.conditions_met_on < d.received_on:
        problems.append(
            Message(
                "满足授信条件日期早于需求日期",
                "The date the credit conditions were met is before the demand date",
            )
        )
    if d.accepted_on and d.conditions_met_on and d.accepted_on < d.conditions_met_on:
        problems.append(
            Message(
                "正式受理日期早于满足授信条件日期",
                "The formal acceptance date is before the date the credit conditions were met",
            )
        )
    if d.accepted_on and not d.conditions_met_on:
        problems.append(
            Message(
                "正式受理前应先登记企业满足授信条件的日期",
                "Record the date the firm met the credit conditions before the formal acceptance",
            )
        )
    if d.decided_on and not d.accepted_on:
        problems.append(
            Message("作出审批决定前应先正式受理", "Accept the demand formally before deciding on it")
        )
    if d.decided_on and d.accepted_on and d.decided_on < d.accepted_on:
        problems.append(
            Message("审批决定日期早于正式受理日期", "The decision date is before the formal acceptance date")
        )
    return problems

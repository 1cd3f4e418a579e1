"""The 211 deadlines on the official calendar, across the 2025 and 2026 holidays and 调休 weekends."""

from __future__ import annotations

from datetime import date

import chinese_calendar
import pytest

from desktop.domain.service211 import (
    DemandDates,
    Step,
    StepStatus,
    check_order,
    evaluate,
)
from desktop.domain.service211 import decision_deadline as decision_deadline_of
from desktop.domain.workcalendar import WorkCalendar

D = date.fromisoformat
CAL = WorkCalendar()


@pytest.mark.parametrize(
    ("day", "worked"),
    [
        # 2025 春节 1.28-2.4 off, Sun 1.26 and Sat 2.8 worked; 国庆 10.1-10.8 off, Sun 9.28 and Sat 10.11 worked.
        ("2025-01-26", True), ("2025-01-28", False), ("2025-02-04", False), ("2025-02-08", True),
        ("2025-09-28", True), ("2025-10-01", False), ("2025-10-08", False), ("2025-10-11", True),
        # 2026 春节 2.15-2.23 off, Sat 2.14 and Sat 2.28 worked; 国庆 10.1-10.7 off, Sun 9.20 and Sat 10.10 worked.
        ("2026-02-14", True), ("2026-02-15", False), ("2026-02-23", False), ("2026-02-28", True),
        ("2026-09-20", True), ("2026-10-01", False), ("2026-10-07", False), ("2026-10-10", True),
    ],
)  # fmt: skip
def test_calendar_facts_agree_with_chinese_calendar(day: str, worked: bool) -> None:
    assert chinese_calendar.is_workday(D(day)) is worked
    assert CAL.is_workday(D(day)) is worked


@pytest.mark.parametrize(
    ("received", "feedback_deadline"),
    [
        ("2025-01-24", "2025-01-27"),  # Fri → Sun 1.26 (调休上班) → Mon 1.27
        ("2025-01-27", "2025-02-06"),  # Mon before 春节: 1.28-2.4 off → Wed 2.5, Thu 2.6
        ("2025-02-06", "2025-02-08"),  # Thu → Fri 2.7 → Sat 2.8 (调休上班)
        ("2025-09-26", "2025-09-29"),  # Fri → Sun 9.28 (worked) → Mon 9.29
        ("2025-09-30", "2025-10-10"),  # Tue before 国庆: 10.1-10.8 off → Thu 10.9, Fri 10.10
        ("2025-10-09", "2025-10-11"),  # Thu → Fri 10.10 → Sat 10.11 (worked)
        ("2026-02-12", "2026-02-14"),  # Thu → Fri 2.13 → Sat 2.14 (worked)
        ("2026-02-13", "2026-02-24"),  # Fri → Sat 2.14 → 春节 2.15-2.23 off → Tue 2.24
        ("2026-02-26", "2026-02-28"),  # Thu → Fri 2.27 → Sat 2.28 (worked)
        ("2026-09-18", "2026-09-21"),  # Fri → Sun 9.20 (worked) → Mon 9.21
        ("2026-09-29", "2026-10-08"),  # Tue → Wed 9.30 → 国庆 10.1-10.7 off → Thu 10.8
        ("2026-10-08", "2026-10-10"),  # Thu → Fri 10.9 → Sat 10.10 (worked)
    ],
)
def test_feedback_deadline_is_two_working_days(received: str, feedback_deadline: str) -> None:
    feedback, _, _ = evaluate(DemandDates(D(received)), CAL, D(received))
    assert feedback.deadline == D(feedback_deadline)


@pytest.mark.parametrize(
    ("conditions_met", "accept_deadline", "decide_deadline"),
    [
        ("2025-01-25", "2025-01-26", "2025-01-27"),  # Sat → Sun 1.26 worked → Mon 1.27
        ("2025-01-27", "2025-02-05", "2025-02-06"),  # across 春节 2025
        ("2025-02-07", "2025-02-08", "2025-02-10"),  # Sat 2.8 worked, Sun 2.9 not
        ("2025-09-30", "2025-10-09", "2025-10-10"),  # across 国庆 2025
        ("2025-10-10", "2025-10-11", "2025-10-13"),  # Sat 10.11 worked
        ("2026-02-13", "2026-02-14", "2026-02-24"),  # Sat 2.14 worked, then 春节 2026
        ("2026-02-27", "2026-02-28", "2026-03-02"),  # Sat 2.28 worked
        ("2026-09-19", "2026-09-20", "2026-09-21"),  # Sun 9.20 worked
        ("2026-09-30", "2026-10-08", "2026-10-09"),  # across 国庆 2026
        ("2026-10-09", "2026-10-10", "2026-10-12"),  # Sat 10.10 worked
    ],
)
def test_accept_and_decide_deadlines_are_one_working_day(
    conditions_met: str, accept_deadline: str, decide_deadline: str
) -> None:
    met = D(conditions_met)
    accepted = D(accept_deadline)  # accepted exactly on the deadline
    d = DemandDates(D("2025-01-01"), D("2025-01-02"), met, accepted)
    _, accept, decide = evaluate(d, CAL, accepted)
    assert accept.deadline == accepted and accept.status == StepStatus.ON_TIME
    assert decide.deadline == D(decide_deadline) and decide.status == StepStatus.DUE


def test_statuses_due_overdue_on_time_late_not_started() -> None:
    received = D("2026-02-13")  # feedback deadline 2026-02-24 across the Spring Festival
    open_ = DemandDates(received)
    assert evaluate(open_, CAL, D("2026-02-24"))[0].status == StepStatus.DUE
    assert evaluate(open_, CAL, D("2026-02-25"))[0].status == StepStatus.OVERDUE
    _, accept, decide = evaluate(open_, CAL, D("2026-02-25"))
    assert accept.status == decide.status == StepStatus.NOT_STARTED
    assert accept.deadline is None and decide.deadline is None
    on_time = DemandDates(received, feedback_on=D("2026-02-24"))
    assert evaluate(on_time, CAL, D("2026-03-30"))[0].status == StepStatus.ON_TIME
    late = DemandDates(received, feedback_on=D("2026-02-25"))
    state = evaluate(late, CAL, D("2026-03-30"))[0]
    assert state.status == StepStatus.LATE and state.status.missed and not state.status.open
    assert state.step == Step.FEEDBACK and state.done_on == D("2026-02-25")


def test_closed_demand_runs_no_open_deadline_but_keeps_met_steps() -> None:
    d = DemandDates(D("2026-03-02"), feedback_on=D("2026-03-03"), closed=True)
    feedback, accept, decide = evaluate(d, CAL, D("2026-06-01"))
    assert feedback.status == StepStatus.ON_TIME
    assert accept.status == decide.status == StepStatus.NOT_STARTED
    unanswered = evaluate(DemandDates(D("2026-03-02"), closed=True), CAL, D("2026-06-01"))[0]
    assert unanswered.status == StepStatus.NOT_STARTED and unanswered.deadline == D("2026-03-04")


def test_status_labels() -> None:
    assert [s.label_zh for s in StepStatus] == ["未开始", "待办", "已逾期", "按时完成", "逾期完成"]
    assert StepStatus.ON_TIME.label_en == "Met on time"
    assert StepStatus.DUE.open and StepStatus.OVERDUE.open and not StepStatus.LATE.open
    assert "2个工作日" in Step.FEEDBACK.label_zh


@pytest.mark.parametrize(
    ("dates", "problem"),
    [
        (DemandDates(D("2026-03-05"), feedback_on=D("2026-03-04")), "反馈日期早于"),
        (DemandDates(D("2026-03-05"), conditions_met_on=D("2026-03-01")), "满足授信条件日期早于需求"),
        (
            DemandDates(D("2026-03-05"), conditions_met_on=D("2026-03-09"), accepted_on=D("2026-03-06")),
            "正式受理日期早于",
        ),
        (DemandDates(D("2026-03-05"), accepted_on=D("2026-03-06")), "应先登记企业满足授信条件"),
        (DemandDates(D("2026-03-05"), decided_on=D("2026-03-06")), "应先正式受理"),
        (
            DemandDates(
                D("2026-03-05"),
                conditions_met_on=D("2026-03-06"),
                accepted_on=D("2026-03-09"),
                decided_on=D("2026-03-08"),
            ),
            "审批决定日期早于",
        ),
    ],
)
def test_check_order_names_each_contradiction(dates: DemandDates, problem: str) -> None:
    problems = check_order(dates)
    assert len(problems) == 1 and problem in problems[0]


def test_check_order_accepts_a_consistent_sequence_and_same_day_steps() -> None:
    same_day = D("2026-03-05")
    assert check_order(DemandDates(same_day, same_day, same_day, same_day, same_day)) == []
    assert check_order(DemandDates(same_day)) == []


# The decision: the earlier of acceptance + 1 and conditions met + 2 working days (seed 001).
@pytest.mark.parametrize(
    ("conditions", "accepted", "decision_deadline"),
    [
        # 2026 春节: Sat 2.14 worked, 2.15-2.23 off. Met Thu 2.12, accepted on time Fri 2.13: both give Sat 2.14.
        ("2026-02-12", "2026-02-13", "2026-02-14"),
        # Accepted late on the worked Saturday: acceptance + 1 would be Tue 2.24, but met + 2 is Sat 2.14.
        ("2026-02-12", "2026-02-14", "2026-02-14"),
        # 2025 国庆: Sun 9.28 worked. Met Thu 9.25, accepted Fri 9.26: 9.28 either way.
        ("2025-09-25", "2025-09-26", "2025-09-28"),
        # Accepted late on Sun 9.28: acceptance + 1 is Mon 9.29, met + 2 is Sun 9.28.
        ("2025-09-25", "2025-09-28", "2025-09-28"),
        # Met Fri 9.26, accepted on the worked Sunday 9.28: acceptance + 1 and met + 2 are Mon 9.29.
        ("2025-09-26", "2025-09-28", "2025-09-29"),
        # Met and accepted the same day before 国庆 (Tue 9.30): + 1 is Thu 10.9, + 2 is Fri 10.10.
        ("2025-09-30", "2025-09-30", "2025-10-09"),
    ],
)
def test_decision_deadline_is_the_earlier_of_the_two_counts(
    conditions: str, accepted: str, decision_deadline: str
) -> None:
    due = decision_deadline_of(CAL, D(accepted), D(conditions))
    assert due is not None and due.day == D(decision_deadline) and due.calendar_known
    dates = DemandDates(D(conditions), conditions_met_on=D(conditions), accepted_on=D(accepted))
    _, _, decide = evaluate(dates, CAL, D(accepted))
    assert decide.deadline == D(decision_deadline)


def test_no_decision_deadline_before_acceptance_and_acceptance_alone_without_conditions() -> None:
    assert decision_deadline_of(CAL, None, D("2026-02-12")) is None
    due = decision_deadline_of(CAL, D("2026-02-13"), None)  # an old record without the conditions date
    assert due is not None and due.day == D("2026-02-14")


def test_late_acceptance_makes_the_decision_overdue_the_same_day() -> None:
    dates = DemandDates(D("2026-02-10"), conditions_met_on=D("2026-02-12"), accepted_on=D("2026-02-14"))
    _, accept, decide = evaluate(dates, CAL, D("2026-02-24"))
    assert accept.status == StepStatus.LATE
    assert decide.deadline == D("2026-02-14") and decide.status == StepStatus.OVERDUE


def test_a_deadline_into_an_unknown_year_is_marked() -> None:
    dates = DemandDates(D("2026-12-30"), conditions_met_on=D("2026-12-30"), accepted_on=D("2026-12-31"))
    feedback, accept, decide = evaluate(dates, CAL, D("2026-12-31"))
    assert feedback.deadline == D("2027-01-04") and not feedback.calendar_known  # 元旦 never a working day
    assert accept.deadline == D("2026-12-31") and accept.calendar_known
    assert decide.deadline == D("2027-01-04") and not decide.calendar_known

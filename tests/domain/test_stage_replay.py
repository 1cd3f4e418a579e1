"""The stage is the replay of a firm's live records: actions forward, hand moves where still allowed."""

from __future__ import annotations

from datetime import UTC, date, datetime

from desktop.domain.stage_replay import StageEvent, replay
from desktop.domain.stages import Stage

T0 = datetime(2026, 1, 1, tzinfo=UTC)


def _at(minute: int) -> datetime:
    return T0.replace(minute=minute)


def act(day: int, action: str, minute: int = 0) -> StageEvent:
    return StageEvent(date(2026, 3, day), _at(minute), action)


def hand(day: int, target: Stage, reason: str = "原因", minute: int = 0) -> StageEvent:
    return StageEvent(date(2026, 3, day), _at(minute), target=target, reason=reason)


def test_no_events_is_listed() -> None:
    assert replay([]) == replay([]) and replay([]).stage is Stage.LISTED and replay([]).decisive is None


def test_actions_move_forward_whatever_order_they_are_entered_in() -> None:
    events = [act(9, "credit", 1), act(2, "visit", 2), act(5, "demand", 3)]
    result = replay(events)
    assert result.stage is Stage.CREDITED and result.decisive == events[0]


def test_same_day_actions_follow_the_path_order() -> None:
    assert replay([act(3, "credit", 0), act(3, "visit", 5)]).stage is Stage.CREDITED


def test_an_exit_holds_against_later_actions_until_reopened_by_hand() -> None:
    events = [act(1, "visit"), hand(2, Stage.NO_DEMAND), act(4, "demand")]
    assert replay(events).stage is Stage.NO_DEMAND
    assert replay([*events, hand(5, Stage.CONTACTED), act(6, "demand")]).stage is Stage.DEMAND


def test_a_hand_move_that_is_no_longer_allowed_is_skipped() -> None:
    # 伙伴客户 needs 已获首贷: once the first loan is gone, the partner move no longer stands.
    with_loan = [act(1, "visit"), act(2, "credit"), act(3, "first_loan"), hand(4, Stage.PARTNER)]
    assert replay(with_loan).stage is Stage.PARTNER
    assert replay([e for e in with_loan if e.action != "first_loan"]).stage is Stage.CREDITED


def test_a_correction_back_by_hand_then_forward_again() -> None:
    events = [act(1, "visit"), act(2, "credit"), hand(3, Stage.CONTACTED, "授信录错"), act(4, "demand")]
    assert replay(events).stage is Stage.DEMAND

"""Stage moves: the table in desktop/domain/stages.py, rule by rule, and allowed_targets == check_move."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.domain.errors import DomainError
from desktop.domain.stages import (
    EXITS,
    MAIN_PATH,
    IllegalStageMove,
    Stage,
    advance,
    allowed_targets,
    check_move,
    stage_for_action,
)

S = Stage


def ok(current: Stage, target: Stage, reason: str | None = None, by_hand: bool = True) -> bool:
    try:
        check_move(current, target, reason=reason, by_hand=by_hand)
    except IllegalStageMove:
        return False
    return True


def test_same_stage_is_refused() -> None:
    with pytest.raises(IllegalStageMove, match="已处于"):
        check_move(S.CONTACTED, S.CONTACTED, reason="x", by_hand=True)


def test_forward_on_main_path_needs_no_reason_and_may_skip() -> None:
    assert ok(S.LISTED, S.CONTACTED, by_hand=False)
    assert ok(S.LISTED, S.FIRST_LOAN, by_hand=False)
    assert ok(S.CONTACTED, S.CREDITED)


def test_partner_only_after_first_loan() -> None:
    assert ok(S.FIRST_LOAN, S.PARTNER, by_hand=False)
    with pytest.raises(IllegalStageMove, match="伙伴客户"):
        check_move(S.CREDITED, S.PARTNER, reason="x", by_hand=True)


def test_backwards_only_by_hand_with_reason() -> None:
    assert not ok(S.CREDITED, S.CONTACTED, reason="录错", by_hand=False)
    assert not ok(S.CREDITED, S.CONTACTED, reason="  ", by_hand=True)
    assert ok(S.CREDITED, S.CONTACTED, reason="录错", by_hand=True)
    assert ok(S.PARTNER, S.FIRST_LOAN, reason="更正", by_hand=True)


def test_exits() -> None:
    # By hand an exit needs a reason; an action-driven exit needs one only for 不符合条件.
    assert not ok(S.CONTACTED, S.NO_DEMAND, reason=None, by_hand=True)
    assert ok(S.CONTACTED, S.NO_DEMAND, reason="企业表示暂不需要", by_hand=True)
    assert ok(S.CONTACTED, S.NO_DEMAND, reason=None, by_hand=False)
    assert not ok(S.CONTACTED, S.INELIGIBLE, reason=None, by_hand=False)
    assert ok(S.CONTACTED, S.INELIGIBLE, reason="征信不良", by_hand=False)
    # A firm with its first loan cannot exit, except to closed.
    for stage in (S.FIRST_LOAN, S.PARTNER):
        for exit_ in (S.NO_DEMAND, S.INELIGIBLE, S.LOAN_ELSEWHERE):
            with pytest.raises(IllegalStageMove, match="已获首贷"):
                check_move(stage, exit_, reason="x", by_hand=True)


def test_closed_from_anywhere_with_reason() -> None:
    for stage in Stage:
        if stage != S.CLOSED:
            assert ok(stage, S.CLOSED, reason="吊销", by_hand=False)
            assert not ok(stage, S.CLOSED, reason=None, by_hand=True)


def test_reopening_an_exit() -> None:
    with pytest.raises(IllegalStageMove, match="手工重新启动"):
        check_move(S.NO_DEMAND, S.CONTACTED, reason="x", by_hand=False)
    with pytest.raises(IllegalStageMove, match="需要填写原因"):
        check_move(S.NO_DEMAND, S.CONTACTED, reason="", by_hand=True)
    for target in (S.LISTED, S.CONTACTED, S.DEMAND, S.CULTIVATING, S.INELIGIBLE):
        assert ok(S.NO_DEMAND, target, reason="企业有新需求")
    for target in (S.CREDITED, S.FIRST_LOAN, S.PARTNER):
        with pytest.raises(IllegalStageMove, match="只能重新启动到"):
            check_move(S.LOAN_ELSEWHERE, target, reason="x", by_hand=True)


def test_actions_only_move_forward() -> None:
    assert advance(S.LISTED, "visit") == S.CONTACTED
    assert advance(S.CONTACTED, "visit") is None
    assert advance(S.CREDITED, "demand") is None
    assert advance(S.LISTED, "credit") == S.CREDITED
    assert advance(S.CREDITED, "first_loan") == S.FIRST_LOAN
    assert advance(S.CONTACTED, "plan") == S.CULTIVATING
    for exit_ in EXITS:
        assert advance(exit_, "first_loan") is None
    with pytest.raises(DomainError, match="未知的操作"):
        stage_for_action("dance")


def test_parse_codes_labels_and_errors() -> None:
    assert Stage.parse("已获首贷") == S.FIRST_LOAN
    assert Stage.parse(" contacted ") == S.CONTACTED
    assert Stage.parse("first loan") == S.FIRST_LOAN
    with pytest.raises(DomainError, match="无效"):
        Stage.parse("done")
    assert [s for s in MAIN_PATH if s.is_exit] == []
    assert S.CLOSED.label_en == "Closed"


@given(st.sampled_from(list(Stage)), st.sampled_from(list(Stage)), st.booleans())
def test_allowed_targets_agree_with_check_move(current: Stage, target: Stage, by_hand: bool) -> None:
    allowed = target in allowed_targets(current, by_hand=by_hand)
    assert allowed == ok(current, target, reason="原因", by_hand=by_hand)


@given(st.sampled_from(list(Stage)), st.sampled_from(["visit", "demand", "plan", "credit", "first_loan"]))
def test_an_action_move_is_always_a_legal_move(current: Stage, action: str) -> None:
    target = advance(current, action)
    if target is not None:
        check_move(current, target, reason=None, by_hand=False)

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.domain.errors import DomainError
from desktop.domain.stages import (
    MAIN_PATH,
    IllegalStageMove,
    Stage,
    advance,
    allowed_targets,
    check_move,
    stage_for_action,
)

S = Stage
BEFORE_LOAN = [S.LISTED, S.CONTACTED, S.DEMAND, S.CULTIVATING, S.CREDITED]
EXITS = [S.NO_DEMAND, S.INELIGIBLE, S.LOAN_ELSEWHERE, S.CLOSED]
REOPEN = [S.LISTED, S.CONTACTED, S.DEMAND, S.CULTIVATING]


def _expected(current: Stage, by_hand: bool) -> set[Stage]:
    """The rule table written out independently of the implementation."""
    if current in EXITS:
        reopen = set(REOPEN) if by_hand else set()
        return (reopen | {S.CLOSED}) - {current}
    here = MAIN_PATH.index(current)
    later = set(MAIN_PATH[here + 1 :]) - ({S.PARTNER} if current != S.FIRST_LOAN else set())
    earlier = set(MAIN_PATH[:here]) if by_hand else set()
    exits = set(EXITS) if current in BEFORE_LOAN else {S.CLOSED}
    return later | earlier | exits


def _needs_reason(current: Stage, target: Stage, by_hand: bool) -> bool:
    if target in (S.CLOSED, S.INELIGIBLE) or current in EXITS:
        return True
    if target in EXITS:
        return by_hand
    return MAIN_PATH.index(target) < MAIN_PATH.index(current)


def test_codes_labels_and_main_path() -> None:
    assert [s.value for s in MAIN_PATH] == [
        "listed",
        "contacted",
        "demand",
        "cultivating",
        "credited",
        "first_loan",
        "partner",
    ]
    assert [s.label_zh for s in Stage] == [
        "待对接",
        "已对接",
        "有融资需求",
        "培植中",
        "已授信",
        "已获首贷",
        "伙伴客户",
        "暂无需求",
        "不符合条件",
        "他行已获贷",
        "注销吊销",
    ]
    assert S.FIRST_LOAN.label_en == "First loan"
    assert [s for s in Stage if s.is_exit] == EXITS


@pytest.mark.parametrize(
    ("text", "stage"),
    [
        ("listed", S.LISTED),
        (" 培植中 ", S.CULTIVATING),
        ("FIRST_LOAN", S.FIRST_LOAN),
        ("他行已获贷", S.LOAN_ELSEWHERE),
        ("Partner client", S.PARTNER),
    ],
)
def test_parse_accepts_code_or_label(text: str, stage: Stage) -> None:
    assert Stage.parse(text) is stage


def test_parse_rejects_unknown_text_listing_the_codes() -> None:
    with pytest.raises(DomainError) as err:
        Stage.parse("已放款")
    message = str(err.value)
    assert message.startswith("阶段“已放款”无效，应为以下之一：listed（待对接）、contacted（已对接）")
    assert all(s.value in message for s in Stage)


@pytest.mark.parametrize("current", list(Stage))
@pytest.mark.parametrize("by_hand", [False, True])
def test_allowed_targets_follow_the_table(current: Stage, by_hand: bool) -> None:
    assert set(allowed_targets(current, by_hand=by_hand)) == _expected(current, by_hand)


@given(
    st.sampled_from(Stage),
    st.sampled_from(Stage),
    st.booleans(),
    st.sampled_from([None, "", "  \u3000", "企业更正为有需求"]),
)
def test_check_move_agrees_with_allowed_targets(
    current: Stage, target: Stage, by_hand: bool, reason: str | None
) -> None:
    allowed = target in allowed_targets(current, by_hand=by_hand)
    has_reason = bool(reason and reason.strip())
    should_pass = allowed and (has_reason or not _needs_reason(current, target, by_hand))
    try:
        check_move(current, target, reason=reason, by_hand=by_hand)
    except IllegalStageMove as err:
        assert not should_pass, str(err)
        assert str(err)  # always says why
    else:
        assert should_pass
    # With a reason, allowed_targets is exactly the set of legal moves.
    try:
        check_move(current, target, reason="原因", by_hand=by_hand)
        passes_with_reason = True
    except IllegalStageMove:
        passes_with_reason = False
    assert passes_with_reason == allowed


@pytest.mark.parametrize(
    ("current", "target", "reason", "by_hand", "message"),
    [
        (S.DEMAND, S.DEMAND, "x", True, "企业已处于“有融资需求”阶段"),
        (S.LISTED, S.CLOSED, None, False, "标记为“注销吊销”需要填写原因"),
        (S.CREDITED, S.PARTNER, "x", True, "只有已获首贷的企业才能成为伙伴客户"),
        (
            S.CULTIVATING,
            S.CONTACTED,
            "x",
            False,
            "不能从“培植中”退回“已对接”；如需更正，请手工调整并填写原因",
        ),
        (S.CULTIVATING, S.CONTACTED, " ", True, "从“培植中”退回“已对接”属于更正，需要填写原因"),
        (S.CONTACTED, S.INELIGIBLE, None, False, "转为“不符合条件”需要填写原因"),
        (S.CONTACTED, S.NO_DEMAND, "", True, "转为“暂无需求”需要填写原因"),
        (
            S.FIRST_LOAN,
            S.LOAN_ELSEWHERE,
            "x",
            True,
            "“已获首贷”的企业不能转为“他行已获贷”，只能标记为注销吊销",
        ),
        (S.PARTNER, S.NO_DEMAND, "x", True, "“伙伴客户”的企业不能转为“暂无需求”，只能标记为注销吊销"),
        (S.NO_DEMAND, S.DEMAND, "x", False, "企业处于“暂无需求”，只能由客户经理手工重新启动"),
        (S.NO_DEMAND, S.DEMAND, None, True, "从“暂无需求”重新启动需要填写原因"),
        (
            S.NO_DEMAND,
            S.CREDITED,
            "x",
            True,
            "处于“暂无需求”的企业只能重新启动到待对接、已对接、有融资需求、培植中",
        ),
        (
            S.NO_DEMAND,
            S.LOAN_ELSEWHERE,
            "x",
            True,
            "处于“暂无需求”的企业只能重新启动到待对接、已对接、有融资需求、培植中",
        ),
    ],
)
def test_illegal_moves_say_why(
    current: Stage, target: Stage, reason: str | None, by_hand: bool, message: str
) -> None:
    with pytest.raises(IllegalStageMove) as err:
        check_move(current, target, reason=reason, by_hand=by_hand)
    assert str(err.value) == message
    assert isinstance(err.value, DomainError)


@pytest.mark.parametrize(
    ("current", "target", "reason", "by_hand"),
    [
        (S.LISTED, S.DEMAND, None, False),  # a demand arriving through 贷款码 skips the visit
        (S.LISTED, S.FIRST_LOAN, None, True),
        (S.FIRST_LOAN, S.PARTNER, None, False),
        (S.CONTACTED, S.NO_DEMAND, None, False),
        (S.CREDITED, S.LOAN_ELSEWHERE, None, False),
        (S.CREDITED, S.DEMAND, "额度录入有误", True),
        (S.PARTNER, S.FIRST_LOAN, "误操作", True),
        (S.PARTNER, S.CLOSED, "已注销", False),
        (S.CLOSED, S.LISTED, "吊销已撤销", True),
        (S.INELIGIBLE, S.CULTIVATING, "已补齐条件", True),
    ],
)
def test_legal_moves(current: Stage, target: Stage, reason: str | None, by_hand: bool) -> None:
    check_move(current, target, reason=reason, by_hand=by_hand)


def test_actions() -> None:
    assert [stage_for_action(a) for a in ("visit", "demand", "plan", "credit", "first_loan")] == [
        S.CONTACTED,
        S.DEMAND,
        S.CULTIVATING,
        S.CREDITED,
        S.FIRST_LOAN,
    ]
    with pytest.raises(DomainError) as err:
        stage_for_action("call")
    assert str(err.value) == "未知的操作“call”，应为 visit、activity、demand、plan、credit、first_loan 之一"
    assert stage_for_action("activity") == S.CONTACTED  # taking part in an activity is a contact


@pytest.mark.parametrize(
    ("current", "action", "result"),
    [
        (S.LISTED, "visit", S.CONTACTED),
        (S.LISTED, "demand", S.DEMAND),
        (S.CONTACTED, "credit", S.CREDITED),
        (S.CREDITED, "first_loan", S.FIRST_LOAN),
        (S.CREDITED, "visit", None),  # a visit to a credited firm changes nothing
        (S.DEMAND, "demand", None),
        (S.PARTNER, "first_loan", None),
        (S.NO_DEMAND, "demand", None),  # exits are left only by hand
        (S.CLOSED, "visit", None),
    ],
)
def test_advance(current: Stage, action: str, result: Stage | None) -> None:
    assert advance(current, action) is result


@given(st.sampled_from(Stage), st.sampled_from(["visit", "demand", "plan", "credit", "first_loan"]))
def test_advance_only_makes_legal_forward_moves(current: Stage, action: str) -> None:
    new = advance(current, action)
    if new is not None:
        check_move(current, new, reason=None, by_hand=False)
        assert MAIN_PATH.index(new) > MAIN_PATH.index(current)
    else:
        assert current.is_exit or MAIN_PATH.index(current) >= MAIN_PATH.index(stage_for_action(action))

"""Errors carry a Chinese and an English message; ``str`` stays Chinese, ``text(language)`` picks."""

from __future__ import annotations

import copy
import pickle
from datetime import date

import pytest

from desktop.domain.errors import DomainError, Message, error_text, in_language, is_english
from desktop.domain.firstloan import CreditReport, LoanFact, first_loan_verdicts
from desktop.domain.service211 import DemandDates, check_order
from desktop.domain.stages import IllegalStageMove, Stage, check_move
from desktop.domain.uscc import InvalidUscc, parse
from desktop.domain.vocabulary import VISIT_MODES


def test_text_picks_the_language_and_str_stays_chinese() -> None:
    error = DomainError("请填写所属银行", en="Fill in the bank")
    assert str(error) == "请填写所属银行" and error.message_en == "Fill in the bank"
    assert error.text("zh_CN") == "请填写所属银行"
    assert error.text("en") == error.text("en_US") == "Fill in the bank"
    # No English given (or an unknown language): Chinese, never an empty message.
    assert DomainError("只有中文").text("en") == "只有中文"
    assert error.text("fr") == "请填写所属银行"


@pytest.mark.parametrize(
    ("language", "english"),
    [
        ("en", True),
        ("en_GB.UTF-8", True),
        ("EN", True),
        ("zh_CN", False),
        ("C.UTF-8", False),
        ("", False),
        (None, False),
    ],
)
def test_is_english(language: str | None, english: bool) -> None:
    assert is_english(language) is english


def test_error_text_of_any_exception() -> None:
    assert error_text(DomainError("中文", en="English"), "en") == "English"
    assert error_text(ValueError("plain"), "en") == "plain"


def test_a_message_is_its_chinese_string() -> None:
    message = Message("反馈日期早于需求受理日期", "The feedback date is before the demand was received")
    assert message == "反馈日期早于需求受理日期" and "早于" in message
    assert message.text("en").startswith("The feedback date") and message.text("zh_CN") == message


def test_credit_code_errors_name_the_position_in_both_languages() -> None:
    with pytest.raises(InvalidUscc) as caught:
        parse("91410702MA44XXXXX")  # 17 characters
    assert str(caught.value) == "统一社会信用代码应为18位，实为17位"
    assert caught.value.text("en") == "The unified social credit code should have 18 characters, not 17"
    with pytest.raises(InvalidUscc) as caught:
        parse("9141070200000000OX")
    assert "第17位" in str(caught.value) and "Character 17 “O”" in caught.value.text("en")


def test_stage_moves_say_why_in_both_languages() -> None:
    with pytest.raises(IllegalStageMove) as caught:
        check_move(Stage.CREDITED, Stage.LISTED, reason=None, by_hand=False)
    assert str(caught.value) == "不能从“已授信”退回“待对接”；如需更正，请手工调整并填写原因"
    assert caught.value.text("en") == (
        "Cannot go back from “Credited” to “To contact”; to correct it, change the stage by hand and give a reason"
    )


def test_date_order_problems_carry_english() -> None:
    problems = check_order(DemandDates(date(2026, 3, 5), feedback_on=date(2026, 3, 1)))
    assert problems == ["反馈日期早于需求受理日期"]
    assert problems[0].en == "The feedback date is before the demand was received"


def test_vocabulary_lists_the_english_choices() -> None:
    with pytest.raises(DomainError) as caught:
        VISIT_MODES.parse("飞鸽传书")
    assert str(caught.value).startswith("走访方式“飞鸽传书”无效")
    assert caught.value.text("en").startswith(
        "Visit mode “飞鸽传书” is not valid; it should be one of: site (On-site"
    )


def test_copies_and_pickles_keep_both_languages() -> None:
    from desktop.services.firms import FirmNotFound
    from desktop.services.jobs import Cancelled

    for error in (FirmNotFound("找不到企业", en="No such firm"), Cancelled()):
        for clone in (pickle.loads(pickle.dumps(error)), copy.deepcopy(error)):
            assert type(clone) is type(error) and str(clone) == str(error)
            assert clone.text("en") == error.text("en") != str(error)
    message = Message("该企业尚未登记授信", "This firm has no credit recorded yet")
    for clone in (pickle.loads(pickle.dumps(message)), copy.deepcopy(message)):
        assert clone == message and clone.en == message.en


def test_warnings_that_are_messages_read_in_either_language() -> None:
    verdicts = first_loan_verdicts([LoanFact(1, date(2026, 5, 1), "working_capital")], CreditReport(True))
    warning = verdicts[1].reason
    assert (
        in_language(warning, "zh_CN")
        == "征信显示该企业此前已有贷款或票据贴现记录，本笔登记为贷款但不计为首贷"
    )
    assert in_language(warning, "en").startswith("The credit report shows an earlier loan")
    assert in_language("普通文字", "en") == "普通文字"

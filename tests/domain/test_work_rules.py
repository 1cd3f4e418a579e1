"""Amounts, the ledger due date and dossier completeness (垒小户: tests/domain/test_crowding.py)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from desktop.domain.amounts import (
    MAX_AMOUNT,
    MAX_COUNT,
    InvalidAmount,
    check_count,
    parse_amount,
    parse_count,
    parse_optional_amount,
    parse_rate,
)
from desktop.domain.completeness import DossierFacts, completeness
from desktop.domain.followups import ledger_due, ledger_month_due_around
from desktop.domain.vocabulary import CRITERIA


def test_amounts() -> None:
    assert parse_amount("100") == Decimal(100)
    assert parse_amount(" 1,234.5 ") == Decimal("1234.5")
    assert parse_amount("0.000001") == Decimal("0.000001")
    for bad, message in (
        ("-5", "负数"),
        ("0", "大于 0"),
        ("abc", "无效"),
        ("NaN", "无效"),
        ("1.0000001", "精度"),
    ):
        with pytest.raises(InvalidAmount, match=message):
            parse_amount(bad)
    assert parse_amount("0", allow_zero=True) == 0
    assert parse_rate("3.65") == Decimal("3.65")
    with pytest.raises(InvalidAmount, match="合理范围"):
        parse_rate("48")


@pytest.mark.parametrize("huge", ["1e308", "1" + "0" * 30, "100000000.000001", "9" * 5000, Decimal("1e30")])
def test_huge_amounts_and_rates_are_out_of_range(huge: str | Decimal) -> None:
    """Past 10^8 万元 (1 万亿元): a clear error, not Decimal's InvalidOperation from quantize (exit 1)."""
    with pytest.raises(InvalidAmount, match="超出合理范围") as caught:
        parse_amount(huge)
    assert "万亿元" in str(caught.value) and "one trillion" in caught.value.text("en")
    assert len(str(caught.value)) < 200  # a pasted wall of digits is not repeated in full
    with pytest.raises(InvalidAmount, match="超出合理范围"):
        parse_rate(huge)


def test_the_largest_amount_is_taken() -> None:
    assert parse_amount(MAX_AMOUNT) == MAX_AMOUNT and parse_amount("100,000,000.000000") == MAX_AMOUNT
    assert parse_optional_amount(" ") is None and parse_optional_amount("5") == 5


@pytest.mark.parametrize("text", ["12", "１２", 12, "0"])
def test_counts(text: str | int) -> None:
    assert parse_count(text, "从业人数", "Employees") == int(str(text).translate({0xFF11: "1", 0xFF12: "2"}))


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("1" + "0" * 30, "超出合理范围"),
        ("9" * 5000, "超出合理范围"),  # int() would refuse 4,300 digits and more (ValueError, exit 1)
        (str(MAX_COUNT + 1), "超出合理范围"),
        (-1, "超出合理范围"),
        ("-1", "无效"),
        ("1.5", "无效"),
        ("²", "无效"),  # a digit to str.isdigit, but not to int()
        (True, "无效"),
    ],
)
def test_bad_counts(text: str | int, message: str) -> None:
    with pytest.raises(InvalidAmount, match=message):
        parse_count(text, "从业人数", "Employees")
    with pytest.raises(InvalidAmount):
        check_count(10**30, "首贷户数", "First loans")


def test_ledger_due_on_the_tenth_of_next_month() -> None:
    assert ledger_due(2026, 3) == date(2026, 4, 10)
    assert ledger_due(2026, 12) == date(2027, 1, 10)
    assert ledger_month_due_around(date(2026, 4, 10)) == (2026, 3)
    assert ledger_month_due_around(date(2026, 4, 11)) == (2026, 4)
    assert ledger_month_due_around(date(2026, 1, 5)) == (2025, 12)


def test_completeness_lists_missing_required_elements() -> None:
    empty = completeness(DossierFacts())
    assert empty.score == 0 and not empty.complete
    assert empty.missing[0] == "联系人及电话" and "营业执照扫描件" in empty.missing
    assert len(empty.missing) == 14 and "社保缴纳人数" in empty.optional_missing
    full = DossierFacts(
        contact_with_phone=True,
        main_business="面粉加工",
        employees=12,
        annual_sales=Decimal(300),
        taxes_paid=Decimal(0),  # zero taxes is a known fact, not a missing one
        has_loan_record=False,
        has_discount_record=False,
        basic_account_bank="中原银行",
        criteria={t.code: True for t in CRITERIA},
        has_licence_scan=True,
    )
    done = completeness(full)
    assert done.complete and done.score == 100
    half = completeness(DossierFacts(main_business="  ", criteria={"compliant": False}))
    assert "主营业务" in half.missing and "筛选条件：合规持续经营" not in half.missing
    assert half.score == 100 // 14


def test_facts_from_a_dossier_record_and_related_rows() -> None:
    from types import SimpleNamespace

    from desktop.domain.completeness import completeness, facts_from

    record = SimpleNamespace(
        main_business="机械加工",
        employees=12,
        criteria={"compliant": True},
        has_loan_record=False,
        has_discount_record=False,
    )
    facts = facts_from(
        record,
        contact_phones=[None, "13812345678"],
        basic_account_bank="中原银行",
        attachment_kinds=["photo", "licence"],
    )
    assert facts.contact_with_phone and facts.has_licence_scan and facts.employees == 12
    assert facts.criteria == {"compliant": True} and facts.annual_sales is None
    result = completeness(facts)
    assert "主营业务" not in result.missing and "年销售收入" in result.missing
    empty = completeness(facts_from(None, contact_phones=[], basic_account_bank=None, attachment_kinds=[]))
    assert empty.score == 0 and "联系人及电话" in empty.missing

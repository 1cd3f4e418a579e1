"""Amounts, the ledger due date and dossier completeness (垒小户: tests/domain/test_crowding.py)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from desktop.domain.amounts import InvalidAmount, parse_amount, parse_rate
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

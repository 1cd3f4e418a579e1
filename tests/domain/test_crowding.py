"""垒小户 (seed 002) at its thresholds: banks that gave credit, ours included, one bank however written."""

from __future__ import annotations

from decimal import Decimal

import pytest

from desktop.domain.crowding import OtherBank, credit_banks, crowding_warnings

OTHERS = ("中国工商银行", "中国农业银行", "中国建设银行", "交通银行", "招商银行")


def _warn(entity: str, lenders: int, credit: str = "0", **kw: object) -> list[str]:
    banks = [OtherBank(name, credit_amount=Decimal(credit)) for name in OTHERS[:lenders]]
    return crowding_warnings(our_bank="中原银行", entity_type=entity, banks=banks, **kw)  # type: ignore[arg-type]


def test_small_firm_more_than_three_credit_banks() -> None:
    assert _warn("enterprise", 3) == []
    [warning] = _warn("enterprise", 4)
    assert "垒小户" in warning and "4 家" in warning and "中国工商银行" in warning  # names the banks
    assert "ICBC" not in warning.en and "中国农业银行" in warning.en  # type: ignore[attr-defined]


def test_our_credit_being_recorded_makes_us_one_of_the_banks() -> None:
    assert _warn("enterprise", 3) == []
    [warning] = _warn("enterprise", 3, new_credit=Decimal(100))
    assert "4 家" in warning and "中原银行" in warning
    assert _warn("enterprise", 3, our_credit=Decimal(50))  # credit we gave earlier counts too


@pytest.mark.parametrize(
    ("each", "ours", "warned"),
    [("250", "0", True), ("250", "1", False), ("200", "200", True), ("200", "201", False)],
)
def test_the_1000_wan_cap_is_inclusive_and_counts_our_credit(each: str, ours: str, warned: bool) -> None:
    # four banks: 4 x 250 = 1000 (included) or our own credit on top of three or four others
    result = _warn("enterprise", 4, credit=each, new_credit=Decimal(ours))
    assert bool(result) is warned


def test_individuals_and_small_firm_owners_more_than_two() -> None:
    assert _warn("individual", 2) == []
    [warning] = _warn("individual", 3)
    assert "个体工商户" in warning and "超过 2 家" in warning
    assert _warn("individual", 3, credit="5000")  # no cap on the amount for them
    assert _warn("enterprise", 3) == [] and _warn("enterprise", 3, owner_borrower=True)
    [owner] = _warn("enterprise", 3, owner_borrower=True)
    assert "小微企业主" in owner


def test_medium_firms_are_not_capped() -> None:
    assert _warn("enterprise", 5, size="medium") == []
    assert _warn("enterprise", 5, size="small") and _warn("enterprise", 5, size=None)


def test_names_are_one_bank_and_banks_without_credit_do_not_count() -> None:
    banks = [
        OtherBank("工行", credit_amount=Decimal(10)),
        OtherBank("中国工商银行新乡分行", credit_amount=Decimal(10)),
        OtherBank("工商银行牧野支行", credit_amount=Decimal(10)),
        OtherBank("农行", credit_amount=Decimal(10)),
        OtherBank("中国农业银行新乡分行", credit_amount=Decimal(10)),
        OtherBank("建设银行"),  # serves the firm, no credit
        OtherBank("中原银行新乡分行", credit_amount=Decimal(10)),  # our own bank
    ]
    assert credit_banks(banks, "中原银行", Decimal(0)) == ["中国农业银行", "中国工商银行"]
    assert crowding_warnings(our_bank="中原银行", entity_type="individual", banks=banks) == []
    assert crowding_warnings(
        our_bank="中原银行", entity_type="individual", banks=banks, new_credit=Decimal(1)
    )
    # The list's count of serving banks is not credit: it no longer makes a warning by itself.
    assert crowding_warnings(our_bank="中原银行", entity_type="individual", banks=[], banks_serving=3) == []


def test_basic_account_elsewhere_is_shown() -> None:
    [warning] = crowding_warnings(
        our_bank="中原银行", entity_type="enterprise", banks=[OtherBank("工商银行", is_basic_account=True)]
    )
    assert "工商银行" in warning and "优先对接" in warning
    assert (
        crowding_warnings(
            our_bank="中原银行", entity_type="enterprise", banks=[], basic_account_bank="中原银行新乡分行"
        )
        == []
    )

from __future__ import annotations

from decimal import Decimal

from desktop.domain.listed_fields import listed_value_text


def test_capital_is_written_in_wan_yuan_not_as_the_stored_scaled_integer() -> None:
    assert listed_value_text("registered_capital", 150_000_000) == "150 万元"
    assert listed_value_text("registered_capital", 52_500_000) == "52.5 万元"
    assert listed_value_text("registered_capital", 1) == "0.000001 万元"
    assert listed_value_text("registered_capital", 1_000_000_000) == "1000 万元"  # not 1E+3
    assert listed_value_text("registered_capital", Decimal(0)) == "0 万元"


def test_entity_type_by_its_name_and_the_rest_as_it_is() -> None:
    assert listed_value_text("entity_type", "individual") == "个体工商户"
    assert listed_value_text("entity_type", "individual", english=True) == "Individual business"
    assert listed_value_text("entity_type", "unknown") == "unknown"
    assert listed_value_text("founded", "2019-03-05") == "2019-03-05"
    assert listed_value_text("phone", None) == ""


def test_masked_or_cut_text_is_worse_than_the_stored_value() -> None:
    from desktop.domain.listed_fields import worse_than_stored

    stored = "13812345678"
    for worse in ("138****5678", "138●●●●5678", "1381234567", "3812345678", "1385678", "138…5678"):
        assert worse_than_stored(worse, stored), worse
    for better in ("13912345678", "13812345678", "0373-3051234", "138123456789"):
        assert not worse_than_stored(better, stored), better
    assert worse_than_stored("张*", "张三") and not worse_than_stored("张三丰", "张三")
    assert not worse_than_stored("13812345678", "138****5678")  # a full value may replace a masked one
    assert not worse_than_stored("x", None) and not worse_than_stored(None, "x")

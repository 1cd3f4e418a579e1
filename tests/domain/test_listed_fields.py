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

from __future__ import annotations

from datetime import date
from decimal import Decimal

from desktop.store.jsonable import to_jsonable


def test_decimals_in_plain_notation() -> None:
    assert to_jsonable(Decimal(30)) == "30"
    assert to_jsonable(Decimal("1000.000000")) == "1000"
    assert to_jsonable(Decimal("350.5")) == "350.5"
    assert to_jsonable(Decimal("0.000001")) == "0.000001"
    assert to_jsonable({"a": [Decimal(100), date(2026, 3, 1)]}) == {"a": ["100", "2026-03-01"]}

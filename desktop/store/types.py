"""Column types that keep money exact and times unambiguous on SQLite."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from sqlalchemy import BigInteger, DateTime, Dialect
from sqlalchemy.types import TypeDecorator

from desktop.domain.amounts import MONEY_SCALE


class ScaledDecimal(TypeDecorator[Decimal]):
    """A Decimal stored as an INTEGER count of 10**-scale units.

    SQLite has no decimal type (NUMERIC becomes a float), so money would drift. Scaled integers keep
    every amount exact; ``func.sum(column)`` keeps the type, so sums come back as exact Decimals.
    """

    impl = BigInteger
    cache_ok = True

    def __init__(self, scale: int) -> None:
        super().__init__()
        self.scale = scale
        self._factor = Decimal(10) ** scale

    def process_bind_param(self, value: Any, dialect: Dialect) -> int | None:
        if value is None:
            return None
        amount = value if isinstance(value, Decimal) else Decimal(str(value))
        return int((amount * self._factor).to_integral_value(rounding=ROUND_HALF_UP))

    def process_result_value(self, value: Any, dialect: Dialect) -> Decimal | None:
        if value is None:
            return None
        return Decimal(int(value)) / self._factor


Money = ScaledDecimal(MONEY_SCALE)
# Interest rates in percent per year, four decimals (e.g. 3.6500).
Rate = ScaledDecimal(4)


class UtcDateTime(TypeDecorator[datetime]):
    """Aware UTC datetimes, stored naive in UTC; naive input is taken as local time."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if not isinstance(value, datetime):
            raise TypeError(f"expected datetime, got {type(value).__name__}")
        aware: datetime = value if value.tzinfo is not None else value.astimezone()
        return aware.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if not isinstance(value, datetime):
            raise TypeError(f"expected datetime from the database, got {type(value).__name__}")
        return value.replace(tzinfo=UTC)


def utcnow() -> datetime:
    return datetime.now(UTC)

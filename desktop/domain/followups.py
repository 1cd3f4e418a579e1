"""Follow-up dates: the monthly ledger is due on the 10th of the next month (次月10日前报送)."""

from __future__ import annotations

from datetime import date

LEDGER_DAY = 10


def ledger_due(year: int, month: int) -> date:
    """When the ledger for ``year-month`` is due."""
    return date(year + 1, 1, LEDGER_DAY) if month == 12 else date(year, month + 1, LEDGER_DAY)


def ledger_month_due_around(today: date) -> tuple[int, int]:
    """The ledger month whose due date is the next one on or after ``today``."""
    if today.day <= LEDGER_DAY:
        return (today.year - 1, 12) if today.month == 1 else (today.year, today.month - 1)
    return today.year, today.month

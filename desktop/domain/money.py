"""Money as people read it: amounts in 万元 rounded to two decimals, half up, in every writer and report.

One rule: ``Decimal.quantize(0.01, ROUND_HALF_UP)`` — 0.125 万元 is 0.13 everywhere (Python's ``:.2f``
rounds half to even and gave 0.12 in the PDF while the ledger gave 0.13).
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

CENT = Decimal("0.01")


def round_wan(amount: Decimal) -> Decimal:
    """An amount in 万元 to two decimals, half up (a number for a spreadsheet cell)."""
    return amount.quantize(CENT, ROUND_HALF_UP)


def format_wan(amount: Decimal | None, *, grouping: bool = True) -> str:
    """An amount in 万元 as text with two decimals and thousands separators (``1,234.57``; without them
    for a cell a person may type over); "" for None."""
    if amount is None:
        return ""
    rounded = round_wan(amount)
    return f"{rounded:,.2f}" if grouping else f"{rounded:.2f}"

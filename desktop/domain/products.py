"""How a product's published terms read (授信清单, the catalogue screen, the command line): one wording."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from desktop.domain.money import format_wan
from desktop.domain.vocabulary import GUARANTEE_KINDS


def _rate(value: Decimal) -> str:
    return f"{value.normalize():f}%"


def rate_range(low: Decimal | None, high: Decimal | None, *, en: bool = False) -> str:
    """'3.45%–4.35%', '不低于 3.45%', '不高于 4.35%', or '' when neither end is set."""
    if low is not None and high is not None:
        return _rate(low) if low == high else f"{_rate(low)}–{_rate(high)}"
    if low is not None:
        return f"from {_rate(low)}" if en else f"不低于 {_rate(low)}"
    if high is not None:
        return f"up to {_rate(high)}" if en else f"不高于 {_rate(high)}"
    return ""


def term_range(low: int | None, high: int | None, *, en: bool = False) -> str:
    """'6–36 个月' / '6–36 months', '最长 36 个月' …"""
    unit = " months" if en else " 个月"
    if low is not None and high is not None:
        return f"{low}{unit}" if low == high else f"{low}–{high}{unit}"
    if high is not None:
        return f"up to {high}{unit}" if en else f"最长 {high}{unit}"
    if low is not None:
        return f"at least {low}{unit}" if en else f"最短 {low}{unit}"
    return ""


def guarantees_text(codes: Sequence[str], *, en: bool = False) -> str:
    return (", " if en else "、").join(GUARANTEE_KINDS.en(c) if en else GUARANTEE_KINDS.zh(c) for c in codes)


def max_amount_text(amount: Decimal | None, *, en: bool = False) -> str:
    return "" if amount is None else f"{format_wan(amount)} 万元"

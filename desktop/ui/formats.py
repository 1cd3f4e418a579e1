"""How the UI writes dates, amounts and counts in the language it runs in: 2026年10月5日 / 2026-10-05, 万元
with two decimals rounded half up, 1,234 家.

``format_wan`` is the UI's only money formatter. The one rule for the whole app is to be
``desktop/domain/money.format_wan`` (ROUND_HALF_UP, issue 17.1); until that module lands this keeps the
same rule here, and ``_domain_format_wan`` picks the domain's function up as soon as it exists.
"""

from __future__ import annotations

import functools
import importlib
from collections.abc import Callable
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from typing import cast

from desktop.domain.errors import is_english
from desktop.ui.labels import ui_language

CENT = Decimal("0.01")


@functools.cache
def _domain_format_wan() -> Callable[[Decimal], str] | None:
    """desktop.domain.money.format_wan when it exists (the one money formatter of the app)."""
    try:
        module = importlib.import_module("desktop.domain.money")
    except ImportError:
        return None
    return cast("Callable[[Decimal], str] | None", getattr(module, "format_wan", None))


def format_wan(amount: Decimal | int | None) -> str:
    """An amount in 万元 with two decimals and thousands separators, rounded half up (0.125 -> 0.13)."""
    if amount is None:
        return ""
    domain = _domain_format_wan()
    if domain is not None:
        return domain(Decimal(amount))
    return f"{Decimal(amount).quantize(CENT, ROUND_HALF_UP):,.2f}"


def format_day(day: date | None, language: str | None = None) -> str:
    """A date as the UI's language writes it: 2026年10月5日 in Chinese, 2026-10-05 in English."""
    if day is None:
        return ""
    if is_english(language or ui_language()):
        return day.isoformat()
    return f"{day.year}年{day.month}月{day.day}日"


def format_month(year: int, month: int, language: str | None = None) -> str:
    """2026年10月 / 2026-10."""
    if is_english(language or ui_language()):
        return f"{year:04d}-{month:02d}"
    return f"{year}年{month}月"


def format_count(count: int) -> str:
    return f"{count:,}"


def format_percent(score: int | None) -> str:
    return "" if score is None else f"{score}%"

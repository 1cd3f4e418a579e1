"""Parsing dates typed on the command line or in forms, with messages that say what was wrong."""

from __future__ import annotations

from datetime import date

from desktop.domain.errors import DomainError


def parse_iso_date(text: str, what: str = "日期", what_en: str = "Date") -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError as exc:
        raise DomainError(
            f"{what}“{text}”无效，应为 YYYY-MM-DD 格式的真实日期",
            en=f"{what_en} “{text}” is not valid: give a real date as YYYY-MM-DD",
        ) from exc


def parse_month(text: str) -> tuple[int, int]:
    """'2026-03' -> (2026, 3)."""
    parts = text.strip().split("-")
    if len(parts) == 2 and parts[0].isdigit() and parts[1].isdigit():
        year, month = int(parts[0]), int(parts[1])
        if 1900 <= year <= 2999 and 1 <= month <= 12:
            return year, month
    raise DomainError(
        f"月份“{text}”无效，应为 YYYY-MM 格式，例如 2026-03",
        en=f"Month “{text}” is not valid: give it as YYYY-MM, e.g. 2026-03",
    )

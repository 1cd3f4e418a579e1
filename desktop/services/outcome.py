"""What a recording service hands back: the new row, the stage move it caused and any warnings."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from desktop.domain.errors import DomainError


@dataclass(frozen=True)
class StageMove:
    from_stage: str
    to_stage: str


@dataclass(frozen=True)
class Outcome:
    id: int
    uscc: str
    stage_move: StageMove | None = None
    warnings: list[str] = field(default_factory=list)


class DateOrderError(DomainError):
    pass


class RecordNotFound(DomainError):
    pass


def not_after(
    first: date, second: date, first_label: str, second_label: str, *, en: tuple[str, str] = ("", "")
) -> None:
    """``first`` must be on or before ``second``; ``en`` names both dates in English (lower case)."""
    if second < first:
        first_en, second_en = en[0] or first_label, en[1] or second_label
        raise DateOrderError(
            f"{second_label}（{second.isoformat()}）早于{first_label}（{first.isoformat()}）",
            en=f"The {second_en} ({second.isoformat()}) is before the {first_en} ({first.isoformat()})",
        )


class FutureDateError(DomainError):
    pass


def not_in_future(day: date, today: date, label: str, label_en: str) -> None:
    """Work is recorded when it happened: a date after today is a typing mistake."""
    if day > today:
        raise FutureDateError(
            f"{label}（{day.isoformat()}）晚于今天（{today.isoformat()}）",
            en=f"The {label_en} ({day.isoformat()}) is after today ({today.isoformat()})",
        )

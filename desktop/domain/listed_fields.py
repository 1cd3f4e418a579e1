"""The firm fields a regional list may set (the rest is the officer's own record)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from desktop.domain.amounts import MONEY_SCALE
from desktop.domain.uscc import EntityType

# Fields a regional list may set; the officer may edit them by hand, after which a list no longer
# overwrites them silently (see ``Firm.hand_edited``).
LISTED_FIELDS: tuple[str, ...] = (
    "name",
    "entity_type",
    "size",
    "legal_rep",
    "industry",
    "county",
    "address",
    "founded",
    "registered_capital",
    "phone",
    "basic_account_bank",
    "banks_serving",
    "assigned_bank",
    "assigned_branch",
    "assigned_officer",
)


def listed_value_text(field: str, value: Any, english: bool = False) -> str:
    """A listed field's value as the store keeps it, written for the officer: registered capital (a
    scaled integer) in 万元, the entity type by its name, the rest as it is; empty for None."""
    if value is None:
        return ""
    if field == "registered_capital" and isinstance(value, int | Decimal):
        amount = (Decimal(value) / Decimal(10) ** MONEY_SCALE).normalize()
        return f"{amount:f} 万元"
    if field == "entity_type":
        try:
            kind = EntityType(value)
        except ValueError:
            return str(value)
        return kind.label_en if english else kind.label_zh
    return str(value)

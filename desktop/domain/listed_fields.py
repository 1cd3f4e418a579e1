"""The firm fields a regional list may set (the rest is the officer's own record)."""

from __future__ import annotations

import re
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


# Runs of the characters exports and web platforms mask with (138****5678, 张*, 4107●●●●).
_MASK = re.compile(r"[*＊●•]|…|\.{3,}")


def is_masked(value: str) -> bool:
    return bool(_MASK.search(value))


def worse_than_stored(new: Any, stored: Any) -> bool:
    """Whether a list's text would make a stored value worse (issue 20 item 2): masked where the stored one
    is not, or shorter with the same visible ends (truncated: 新乡市红旗区 -> 新乡市红; 13812345678 ->
    1385678). Such a value never replaces the stored one; a blank one never gets that far."""
    if not isinstance(new, str) or not isinstance(stored, str) or not stored or new == stored:
        return False
    if is_masked(new) and not is_masked(stored):
        return True
    if len(new) >= len(stored):
        return False
    return any(stored.startswith(new[:cut]) and stored.endswith(new[cut:]) for cut in range(len(new) + 1))

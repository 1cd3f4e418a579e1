"""The firm fields a regional list may set (the rest is the officer's own record)."""

from __future__ import annotations

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

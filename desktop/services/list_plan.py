"""What importing a parsed list would do to the firm table: the diff behind both preview and apply.

Computed from one scan of the firm table in the caller's transaction, comparing values in the store's
own form (text, ISO dates, scaled money), so an unchanged list yields no writes at all. The scan reads
only the fields the list has columns for, and a firm the list states exactly as stored is recognised by
one tuple comparison (a new edition of a province list leaves most of its 530,000 firms as they are).
"""

from __future__ import annotations

import json
import operator
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from desktop.domain.listed_fields import LISTED_FIELDS, listed_value_text, worse_than_stored
from desktop.exchange.columns import FIELD_LABELS
from desktop.exchange.list_rows import ListedRow, ParsedList
from desktop.exchange.row_cleaning import FIELD_INDEX

_FIRST_FIELD = 4  # the listed fields' place in a row of ``_select_firms``
_NOT_EDITED = (None, "[]")  # Firm.hand_edited of a firm no officer has edited: nearly all of them


def _select_firms(fields: Sequence[str]) -> str:
    return f"SELECT id, uscc, on_list, hand_edited, {', '.join(fields)} FROM firm"


def items_at(positions: Sequence[int]) -> Callable[[Sequence[Any]], tuple[Any, ...]]:
    """A function giving the items at ``positions`` as a tuple, in one C call per row (itemgetter alone
    gives a bare item for a single position)."""
    if len(positions) == 1:
        (position,) = positions
        return lambda items: (items[position],)
    return operator.itemgetter(*positions)


@dataclass(frozen=True)
class Conflict:
    """A field the officer edited by hand that the list states differently."""

    uscc: str
    name: str
    field: str
    officer_value: Any
    list_value: Any
    taken: bool  # True when the officer chose the list's value

    def texts(self, english: bool = False) -> tuple[str, str, str]:
        """The field as the lists' header names it, the officer's value and the list's, for people."""
        return (
            FIELD_LABELS.get(self.field, self.field),
            listed_value_text(self.field, self.officer_value, english),
            listed_value_text(self.field, self.list_value, english),
        )


@dataclass(frozen=True)
class KeptValue:
    """A stored value the list states masked or truncated: the stored one is kept (issue 20 item 2)."""

    uscc: str
    name: str
    field: str
    stored: Any
    listed: Any

    def texts(self, english: bool = False) -> tuple[str, str, str]:
        return (
            FIELD_LABELS.get(self.field, self.field),
            listed_value_text(self.field, self.stored, english),
            listed_value_text(self.field, self.listed, english),
        )


@dataclass
class FirmUpdate:
    firm_id: int
    uscc: str
    new: dict[str, Any]
    before: dict[str, Any]
    name: str = ""  # as stored, for the preview


@dataclass
class ImportPlan:
    list_id: int | None
    inserts: list[ListedRow] = field(default_factory=list)
    updates: list[FirmUpdate] = field(default_factory=list)
    # firm id -> membership state before: None (never on this list) or False (was taken off it)
    joins: dict[int, bool | None] = field(default_factory=dict)
    on_list_before: dict[int, bool] = field(default_factory=dict)
    removed: list[int] = field(default_factory=list)
    removed_usccs: list[str] = field(default_factory=list)
    removed_names: list[str] = field(default_factory=list)  # as stored, for the preview
    unchanged: int = 0
    conflicts: list[Conflict] = field(default_factory=list)
    kept: list[KeptValue] = field(default_factory=list)
    members_before: int = 0  # firms on the list before this import
    # The app's own recommendations export: the values of the firms it names, no list membership.
    values_only: bool = False

    @property
    def updated_count(self) -> int:
        return len({u.firm_id for u in self.updates} | set(self.joins))

    @property
    def changes_anything(self) -> bool:
        return bool(self.inserts or self.updates or self.joins or self.removed)


def build_plan(
    conn: Any,
    parsed: ParsedList,
    list_id: int | None,
    take_list: Mapping[str, Collection[str]] | None = None,
    take_all: bool = False,
    mode: str = "full",
) -> ImportPlan:
    """The diff. ``mode`` "full": a new edition of the whole list, firms missing from it leave the list;
    "supplement" (新增名单): adds and updates only."""
    plan = ImportPlan(
        list_id=list_id,
        values_only=parsed.own_export is not None and parsed.own_export[0] == "recommendations",
    )
    members: dict[int, bool] = {}
    if list_id is not None:
        cursor = conn.execute("SELECT firm_id, active FROM list_membership WHERE list_id = ?", (list_id,))
        members = {fid: bool(active) for fid, active in cursor}
    plan.members_before = sum(members.values())
    removing = mode == "full" and not plan.values_only
    fields = [f for f in LISTED_FIELDS if f in parsed.fields or f == "entity_type"]
    slots = [FIELD_INDEX[name] for name in fields]
    compared = list(zip(fields, slots, range(_FIRST_FIELD, _FIRST_FIELD + len(fields)), strict=True))
    listed_values = items_at(slots)
    stored_values = items_at(range(_FIRST_FIELD, _FIRST_FIELD + len(fields)))
    rows = parsed.rows
    seen: set[str] = set()
    for record in conn.execute(_select_firms(fields)):
        firm_id, uscc = record[0], record[1]
        listed = rows.get(uscc)
        if listed is None:
            if removing and members.get(firm_id):
                plan.removed.append(firm_id)
                plan.removed_usccs.append(uscc)
                plan.removed_names.append(_stored_name(record, compared, uscc))
            continue
        seen.add(uscc)
        new: dict[str, Any] = {}
        if listed_values(listed.values) != stored_values(record):  # else: stated exactly as stored
            firm_name = _stored_name(record, compared, listed.name)
            derived = uscc in parsed.derived_county
            new, before = _changes(plan, record, firm_name, listed, compared, take_list, take_all, derived)
            if new:
                plan.updates.append(FirmUpdate(firm_id, uscc, new, before, firm_name))
        state = members.get(firm_id)
        if plan.values_only:
            if not new:
                plan.unchanged += 1
        elif state is not True:
            plan.joins[firm_id] = state
            plan.on_list_before[firm_id] = bool(record[2])
        elif not new:
            plan.unchanged += 1
    plan.inserts = [row for code, row in parsed.rows.items() if code not in seen]
    return plan


def _changes(
    plan: ImportPlan,
    record: Sequence[Any],
    firm_name: str,
    listed: ListedRow,
    compared: list[tuple[str, int, int]],
    take_list: Mapping[str, Collection[str]] | None,
    take_all: bool,
    derived_county: bool = False,
) -> tuple[dict[str, Any], dict[str, Any]]:
    """The fields of a firm the list states differently, as new and before values. Never worse data: a
    blank cell, a county worked out from the code, and a masked or truncated text never replace a stored
    value (the last are reported as kept). A field the officer edited by hand is a conflict, kept unless
    the list's is taken."""
    uscc = record[1]
    hand_edited = set() if record[3] in _NOT_EDITED else set(json.loads(record[3]))
    taken = set(take_list.get(uscc, ())) if take_list else set()
    new: dict[str, Any] = {}
    before: dict[str, Any] = {}
    for name, slot, position in compared:
        value = listed.values[slot]
        old = record[position]
        if value is None or value == old or (derived_county and name == "county" and old):
            continue
        if worse_than_stored(value, old):
            plan.kept.append(KeptValue(uscc, firm_name, name, old, value))
            continue
        if name in hand_edited:
            take = take_all or name in taken
            plan.conflicts.append(Conflict(uscc, firm_name, name, old, value, take))
            if not take:
                continue
            before.setdefault("hand_edited", sorted(hand_edited))
            new["hand_edited"] = sorted(hand_edited - {name})
            hand_edited.discard(name)
        new[name] = value
        before[name] = old
    return new, before


def _stored_name(record: Sequence[Any], compared: list[tuple[str, int, int]], otherwise: str) -> str:
    """The firm's name as stored: the first listed field read, as every list has a name column."""
    name_field, _slot, position = compared[0]
    return str(record[position]) if name_field == "name" and record[position] else otherwise

"""How one field's writes from several laptops merge: the later write wins, a concurrent one is a conflict.

Each write names the writes it replaced (``parents``): the value it was made over, and both values of a
conflict it settles. A write that descends from the current one replaces it; one the current write
descends from is old news; neither is a write made on both sides since they last exchanged — a conflict,
kept for a person to pick, with the later stamp as the value meanwhile so every laptop shows the same.
The value of a field is a function of the set of its writes, so laptops that hold the same writes agree
whatever order they arrived in.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import Enum
from typing import Any


@dataclass(frozen=True)
class Write:
    hlc: str  # the stamp (desktop/domain/hlc.py): unique per field, ordered
    parents: tuple[str, ...]
    value: Any


class Outcome(str, Enum):
    ALREADY_HAD = "already_had"  # the same write is known
    OLD = "old"  # a write the current value already replaced
    TAKEN = "taken"  # a later write made over the current one
    CONFLICT = "conflict"  # made on both sides since the last exchange


@dataclass(frozen=True)
class FieldMerge:
    outcome: Outcome
    current: Write  # the value the field has after the merge
    other: Write | None = None  # for a conflict: the value that did not win (kept in the history)


def current_write(writes: Iterable[Write]) -> Write | None:
    """The write a field shows: the one with the latest stamp."""
    return max(writes, key=lambda w: w.hlc, default=None)


def descends(write: Write, ancestor: str, by_hlc: Mapping[str, Write]) -> bool:
    """Whether ``write`` was made over ``ancestor`` (directly or through writes in ``by_hlc``)."""
    seen: set[str] = set()
    todo = list(write.parents)
    while todo:
        hlc = todo.pop()
        if hlc == ancestor:
            return True
        if hlc in seen:
            continue
        seen.add(hlc)
        parent = by_hlc.get(hlc)
        if parent is not None:
            todo.extend(parent.parents)
    return False


def merge_write(known: Mapping[str, Write], incoming: Write) -> FieldMerge:
    """Merge one incoming write into a field's known writes (stamp -> write; not changed here)."""
    current = current_write(known.values())
    if incoming.hlc in known:
        assert current is not None
        return FieldMerge(Outcome.ALREADY_HAD, current)
    if current is None:
        return FieldMerge(Outcome.TAKEN, incoming)
    every = {**known, incoming.hlc: incoming}
    if descends(incoming, current.hlc, every) and incoming.hlc > current.hlc:
        return FieldMerge(Outcome.TAKEN, incoming)
    winner, other = (incoming, current) if incoming.hlc > current.hlc else (current, incoming)
    if descends(current, incoming.hlc, every) or incoming.value == current.value:
        # Old news, or the same value typed on both sides: nothing for a person to pick.
        return FieldMerge(Outcome.OLD if winner is current else Outcome.TAKEN, winner)
    return FieldMerge(Outcome.CONFLICT, winner, other)


def settles(write: Write, a: str, b: str, by_hlc: Mapping[str, Write]) -> bool:
    """Whether ``write`` was made over both sides of the conflict between ``a`` and ``b``."""
    return descends(write, a, by_hlc) and descends(write, b, by_hlc)

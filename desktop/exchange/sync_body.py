"""A work package's body packed small, losslessly: what the reader can work out again is left out.

The body as the services build it holds the changes (one list per change), each firm's derived state and
the sender's audit entries. Packed, the changes are grouped by record type, kind and fields and stored
column by column (the same stamp, laptop and field names once, not once per change); the derived states
column by column; the audit entries without the hashes that follow from the entry and the one before
(an entry whose stored hash does not follow — one changed on its laptop — keeps its own, so the reader
sees the break exactly as before). A month of 5,000 firms compresses to well under 1 MB this way.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from itertools import pairwise
from typing import Any

from desktop.store.audit import _digest

PACKED = 2  # body["packed"]: the layout of this module (absent: the plain lists)
OP_FIELDS = (
    "origin",
    "origin_seq",
    "kind",
    "rtype",
    "rkey",
    "firm",
    "field",
    "value",
    "hlc",
    "parents",
    "actor",
)
_PER_OP = ("origin", "origin_seq", "rkey", "firm", "hlc", "parents", "actor")  # columns every group keeps


def pack(body: dict[str, Any]) -> dict[str, Any]:
    packed = dict(body, packed=PACKED)
    packed["ops"] = _pack_ops(body["ops"])
    packed["derived"] = _pack_derived(body["derived"])
    packed["audit"] = _pack_audit(body["audit"])
    return packed


def unpack(packed: dict[str, Any]) -> dict[str, Any]:
    if packed.get("packed") != PACKED:
        return packed
    body = {k: v for k, v in packed.items() if k != "packed"}
    body["ops"] = _unpack_ops(packed["ops"])
    body["derived"] = _unpack_derived(packed["derived"])
    body["audit"] = _unpack_audit(packed["audit"])
    return body


class _Table:
    """Repeated texts (laptops, stamps, actors) once, referred to by number."""

    def __init__(self) -> None:
        self.items: list[Any] = []
        self.index: dict[Any, int] = {}

    def ref(self, value: Any) -> int:
        key = repr(value)
        if key not in self.index:
            self.index[key] = len(self.items)
            self.items.append(value)
        return self.index[key]


def _pack_ops(ops: Sequence[Sequence[Any]]) -> dict[str, Any]:
    texts = _Table()
    groups: dict[tuple[Any, ...], dict[str, Any]] = {}
    for position, raw in enumerate(ops):
        op = dict(zip(OP_FIELDS, raw, strict=True))
        names = tuple(op["value"]) if op["kind"] == "create" and isinstance(op["value"], dict) else None
        key = (op["rtype"], op["kind"], op["field"], names)
        group = groups.get(key)
        if group is None:
            group = groups[key] = {"key": [op["rtype"], op["kind"], op["field"], list(names) if names else None],
                                   "at": [], **{c: [] for c in _PER_OP}, "values": [[] for _ in names or (0,)]}  # fmt: skip
        group["at"].append(position)
        for column in _PER_OP:
            value = op[column]
            group[column].append(
                texts.ref(value) if column in ("origin", "hlc", "actor", "parents") else value
            )
        if names:
            for n, name in enumerate(names):
                group["values"][n].append(op["value"][name])
        else:
            group["values"][0].append(op["value"])
    return {"texts": texts.items, "groups": [_deltas(g) for g in groups.values()]}


def _deltas(group: dict[str, Any]) -> dict[str, Any]:
    for column in ("at", "origin_seq"):
        values = group[column]
        group[column] = [values[0], *(b - a for a, b in pairwise(values))] if values else []
    return group


def _sums(deltas: list[int]) -> list[int]:
    out, total = [], 0
    for n, step in enumerate(deltas):
        total = step if n == 0 else total + step
        out.append(total)
    return out


def _unpack_ops(packed: dict[str, Any]) -> list[list[Any]]:
    texts = packed["texts"]
    placed: list[tuple[int, list[Any]]] = []
    for group in packed["groups"]:
        rtype, kind, field, names = group["key"]
        positions, seqs = _sums(group["at"]), _sums(group["origin_seq"])
        for n, position in enumerate(positions):
            value = (
                {name: group["values"][i][n] for i, name in enumerate(names)}
                if names
                else group["values"][0][n]
            )
            op = {
                "origin": texts[group["origin"][n]], "origin_seq": seqs[n], "kind": kind, "rtype": rtype,
                "rkey": group["rkey"][n], "firm": group["firm"][n], "field": field, "value": value,
                "hlc": texts[group["hlc"][n]], "parents": texts[group["parents"][n]], "actor": texts[group["actor"][n]],
            }  # fmt: skip
            placed.append((position, [op[f] for f in OP_FIELDS]))
    placed.sort(key=lambda p: p[0])
    return [op for _, op in placed]


def _pack_derived(derived: dict[str, list[Any]]) -> list[list[Any]]:
    codes = list(derived)
    return [codes, *([derived[c][i] for c in codes] for i in range(4))]


def _unpack_derived(packed: list[list[Any]]) -> dict[str, list[Any]]:
    codes, *columns = packed
    return {code: [column[n] for column in columns] for n, code in enumerate(codes)}


def _entry_hash(prev: str, entry: Sequence[Any]) -> str:
    _, _, at, actor, action, entity, entity_id, firm_ref, _, summary, old, new = entry
    return _digest(
        prev, datetime.fromisoformat(at), actor, action, entity, entity_id, firm_ref, summary, old, new
    )


def _pack_audit(entries: Sequence[Sequence[Any]]) -> list[list[Any]]:
    """Columns of the entries; hash and prev_hash only where they do not follow from the chain."""
    rows, previous = [], None
    for entry in entries:
        stored, prev = entry[0], entry[1]
        given_prev = None if prev == previous else prev
        given_hash = None if stored == _entry_hash(prev, entry) else stored
        rows.append([given_hash, given_prev, *entry[2:]])
        previous = stored
    return [list(column) for column in zip(*rows, strict=True)] if rows else []


def _unpack_audit(columns: list[list[Any]]) -> list[list[Any]]:
    out: list[list[Any]] = []
    previous: str | None = None
    for row in zip(*columns, strict=True):
        given_hash, given_prev, *rest = row
        prev = str(given_prev if given_prev is not None else previous)
        entry = [None, prev, *rest]
        entry[0] = given_hash if given_hash is not None else _entry_hash(prev, entry)
        out.append(entry)
        previous = entry[0]
    return out

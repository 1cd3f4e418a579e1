"""Reading and identifying synchronised records by the registry: global keys, firms, references, values."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

from sqlalchemy import Column, ColumnElement, Row, Table, select
from sqlalchemy.orm import Session

from desktop.domain.merge_rules import Write
from desktop.services.sync_registry import BY_NAME, VOID_FIELDS, RecordType
from desktop.store.models import Base, Firm, SyncOp
from desktop.store.sync_tables import to_wire

CHUNK = 900  # parameters per IN list (well under SQLite's limit; fine on PostgreSQL)
T = TypeVar("T")


def chunks(items: Sequence[T] | Iterable[T], size: int = CHUNK) -> Iterator[list[T]]:
    batch: list[T] = []
    for item in items:
        batch.append(item)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def table(rt: RecordType) -> Table:
    return model_table(rt.model)


def model_table(model: type[Base]) -> Table:
    """A model's table, for Core statements over many rows at once."""
    found: Table = model.__table__  # type: ignore[assignment]
    return found


def pk(rt: RecordType) -> Column[Any]:
    return next(iter(table(rt).primary_key.columns))


def firm_usccs(session: Session, firm_ids: Iterable[int]) -> dict[int, str]:
    out: dict[int, str] = {}
    for batch in chunks(sorted(set(firm_ids))):
        out.update(session.execute(select(Firm.id, Firm.uscc).where(Firm.id.in_(batch))).all())
    return out


def firm_ids(session: Session, usccs: Iterable[str]) -> dict[str, int]:
    """Local firm ids by credit code. Remembered for the session (one transaction): a firm's id never
    changes, and a merge asks for the same few thousand firms at every step."""
    known: dict[str, int] = session.info.setdefault("sync_firm_ids", {})
    wanted = set(usccs)
    for batch in chunks(sorted(wanted - known.keys())):
        known.update(session.execute(select(Firm.uscc, Firm.id).where(Firm.uscc.in_(batch))).all())
    return {code: known[code] for code in wanted if code in known}


def uids_of(session: Session, rtype: str, ids: Iterable[int]) -> dict[int, str]:
    rt = BY_NAME[rtype]
    t, key = table(rt), pk(rt)
    out: dict[int, str] = {}
    for batch in chunks(sorted(set(ids))):
        out.update(session.execute(select(key, t.c.uid).where(key.in_(batch))).all())
    return out


def ids_of(session: Session, rtype: str, uids: Iterable[str]) -> dict[str, int]:
    rt = BY_NAME[rtype]
    t, key = table(rt), pk(rt)
    out: dict[str, int] = {}
    for batch in chunks(sorted(set(uids))):
        out.update(session.execute(select(t.c.uid, key).where(t.c.uid.in_(batch))).all())
    return out


@dataclass
class RowContext:
    """What turns local rows of one type into global terms: their firms' codes and referred records' ids."""

    firms: dict[int, str]  # local firm id -> credit code
    refs: dict[str, dict[int, str]]  # column -> local id -> global id
    via: dict[int, int]  # for a type reached through a parent: parent id -> firm id


def context_for(session: Session, rt: RecordType, rows: Sequence[Row[Any]]) -> RowContext:
    via: dict[int, int] = {}
    if rt.firm_via is not None:
        parent = BY_NAME[rt.firm_via.rtype]
        parent_ids = {r._mapping[rt.firm_via.column] for r in rows}
        pt = table(parent)
        for batch in chunks(sorted(i for i in parent_ids if i is not None)):
            via.update(session.execute(select(pk(parent), pt.c.firm_id).where(pk(parent).in_(batch))).all())
        firm_set: set[int] = set(via.values())
    elif rt.key == "uscc":
        firm_set = set()
    else:
        firm_set = {r._mapping[rt.firm_column] for r in rows} if rt.firm_column else set()
    refs = {
        ref.column: uids_of(
            session, ref.rtype, [r._mapping[ref.column] for r in rows if r._mapping[ref.column]]
        )
        for ref in rt.refs
    }
    return RowContext(firm_usccs(session, firm_set), refs, via)


def row_firm(rt: RecordType, row: Row[Any], ctx: RowContext) -> str | None:
    m = row._mapping
    if rt.key == "uscc":
        return str(m["uscc"])
    if rt.firm_via is not None:
        firm_id = ctx.via.get(m[rt.firm_via.column])
        return ctx.firms.get(firm_id) if firm_id is not None else None
    if rt.firm_column is None:
        return None
    return ctx.firms.get(m[rt.firm_column])


def row_key(rt: RecordType, row: Row[Any], ctx: RowContext) -> str:
    m = row._mapping
    if rt.key == "uid":
        return str(m["uid"])
    if rt.key == "uscc":
        return str(m["uscc"])
    if rt.key == "firm":
        return ctx.firms[m[rt.firm_column or "firm_id"]]
    return "|".join(str(m[c]) for c in rt.key)


def row_values(rt: RecordType, row: Row[Any], ctx: RowContext) -> dict[str, Any]:
    """The record's synchronised fields as they travel (references as global ids)."""
    m = row._mapping
    values = {name: to_wire(m[name]) for name in rt.fields}
    for ref in rt.refs:
        local = m[ref.column]
        values[ref.column] = ctx.refs[ref.column].get(local) if local is not None else None
    return values


def row_void(row: Row[Any]) -> dict[str, Any] | None:
    m = row._mapping
    if m.get("voided_at") is None:
        return None
    return {name: to_wire(m[name]) for name in VOID_FIELDS}


def key_condition(rt: RecordType, keys: Sequence[str], firms: dict[str, int]) -> ColumnElement[bool]:
    """Rows of ``rt`` with these global keys (``firms``: credit code -> local firm id, for firm keys)."""
    t = table(rt)
    if rt.key == "uid":
        return t.c.uid.in_(keys)
    if rt.key == "uscc":
        return t.c.uscc.in_(keys)
    if rt.key == "firm":
        return t.c[rt.firm_column or "firm_id"].in_([firms[k] for k in keys if k in firms])
    raise ValueError("natural keys are looked up one by one")


@dataclass
class KnownRecord:
    """What the change log holds of one record: each field's writes, its voids, whether it was created."""

    created: bool = False
    firm: str | None = None
    origin: str | None = None  # the laptop that created it (the earliest create)
    created_hlc: str | None = None
    writes: dict[str, dict[str, Write]] | None = None
    voids: list[tuple[str, dict[str, Any]]] | None = None

    def field_writes(self, name: str) -> dict[str, Write]:
        if self.writes is None:
            self.writes = defaultdict(dict)
        return self.writes[name]


def add_known(
    known: KnownRecord,
    kind: str,
    field: str | None,
    value: Any,
    hlc: str,
    parents: list[str],
    *,
    firm: str | None = None,
    origin: str | None = None,
) -> None:
    known.firm = known.firm or firm
    if kind == "create":
        known.created = True
        if known.created_hlc is None or hlc < known.created_hlc:
            known.created_hlc, known.origin = hlc, origin
        for name, item in (value or {}).items():
            known.field_writes(name)[hlc] = Write(hlc, (), item)
    elif kind == "set" and field is not None:
        known.field_writes(field)[hlc] = Write(hlc, tuple(parents), value)
    elif kind == "void":
        if known.voids is None:
            known.voids = []
        known.voids.append((hlc, value))


def known_records(session: Session, rtype: str, keys: Iterable[str]) -> dict[str, KnownRecord]:
    """The change log's writes for these records of one type."""
    out: dict[str, KnownRecord] = defaultdict(KnownRecord)
    for batch in chunks(sorted(set(keys))):
        rows = session.execute(
            select(
                SyncOp.rkey, SyncOp.kind, SyncOp.field, SyncOp.value, SyncOp.hlc, SyncOp.parents, SyncOp.firm,
                SyncOp.origin,
            ).where(SyncOp.rtype == rtype, SyncOp.rkey.in_(batch))
        )  # fmt: skip
        for rkey, kind, field, value, hlc, parents, firm, origin in rows:
            add_known(out[rkey], kind, field, value, hlc, parents or [], firm=firm, origin=origin)
    return out

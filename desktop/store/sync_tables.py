"""Store-level help for the branch exchange: the triggers that note which rows changed, and values as
they travel (JSON text for dates, amounts and times; the column's own type when they are written back).

The triggers are the only SQLite-specific part of the exchange (PostgreSQL would get the same ``AFTER
UPDATE`` triggers); they note a row's own primary key in ``sync_dirty``, whatever wrote the row.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import Boolean, Column, Date, Integer, Table, text
from sqlalchemy.orm import Session

from desktop.store.jsonable import to_jsonable
from desktop.store.types import ScaledDecimal, UtcDateTime


def ensure_dirty_trigger(session: Session, table: Table) -> None:
    """Create (once) the trigger noting every update of ``table``'s rows; cheap when it exists."""
    pk = next(iter(table.primary_key.columns)).name
    session.execute(
        text(
            f"CREATE TRIGGER IF NOT EXISTS sync_dirty_{table.name} AFTER UPDATE ON {table.name} "
            f"BEGIN INSERT OR IGNORE INTO sync_dirty (tbl, row_id) VALUES ('{table.name}', NEW.{pk}); END"
        )
    )


def ensure_month_trigger(session: Session, table_name: str, prefix: str) -> None:
    """Create (once) the trigger noting every row added to ``table_name`` (a table of versions, never
    updated) by its month: ``prefix`` + the row's ``month`` goes into ``sync_dirty.tbl`` (row 0), as a
    table name would."""
    session.execute(
        text(
            f"CREATE TRIGGER IF NOT EXISTS sync_dirty_{table_name}_insert AFTER INSERT ON {table_name} "
            f"BEGIN INSERT OR IGNORE INTO sync_dirty (tbl, row_id) VALUES ('{prefix}' || NEW.month, 0); END"
        )
    )


def mark_months_dirty(session: Session, table_name: str, prefix: str) -> None:
    """Note every month ``table_name`` holds rows of as changed (what was written before the trigger)."""
    session.execute(
        text(
            f"INSERT OR IGNORE INTO sync_dirty (tbl, row_id) SELECT DISTINCT :p || month, 0 FROM {table_name}"
        ),
        {"p": prefix},
    )


def to_wire(value: Any) -> Any:
    """A column value as it travels: JSON types only, the same text for the same value on every laptop."""
    return to_jsonable(value)


def wire_reader(column: Column[Any]) -> Callable[[Any], Any]:
    """How travelled values of ``column`` come back in the type it holds (looked up once per column)."""
    kind = column.type
    if isinstance(kind, ScaledDecimal):
        return lambda value: None if value is None else Decimal(str(value))
    if isinstance(kind, UtcDateTime):
        return lambda value: None if value is None else datetime.fromisoformat(value)
    if isinstance(kind, Date):
        return lambda value: None if value is None else date.fromisoformat(value)
    if isinstance(kind, Boolean):
        return lambda value: None if value is None else bool(value)
    if isinstance(kind, Integer):
        return lambda value: None if value is None else int(value)
    return lambda value: value


def from_wire(column: Column[Any], value: Any) -> Any:
    """A travelled value back in the type its column holds."""
    return wire_reader(column)(value)

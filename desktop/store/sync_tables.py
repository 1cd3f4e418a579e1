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


def ensure_setting_triggers(session: Session, prefix: str) -> None:
    """Create (once) the triggers noting every insert or update of the settings whose key starts with
    ``prefix``: the setting's key goes into ``sync_dirty.tbl`` (row 0), as a table name would."""
    for event in ("INSERT", "UPDATE"):
        session.execute(
            text(
                f"CREATE TRIGGER IF NOT EXISTS sync_dirty_setting_{event.lower()} AFTER {event} ON setting "
                f"WHEN NEW.key LIKE '{prefix}%' "
                "BEGIN INSERT OR IGNORE INTO sync_dirty (tbl, row_id) VALUES (NEW.key, 0); END"
            )
        )


def mark_settings_dirty(session: Session, prefix: str) -> None:
    """Note every setting whose key starts with ``prefix`` as changed (what was written before the triggers)."""
    session.execute(
        text("INSERT OR IGNORE INTO sync_dirty (tbl, row_id) SELECT key, 0 FROM setting WHERE key LIKE :p"),
        {"p": f"{prefix}%"},
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

"""Alembic environment: always run against the connection handed over by desktop.store.migrate."""

from __future__ import annotations

from typing import Any

from alembic import context
from sqlalchemy.types import TypeDecorator

from desktop.store.models import Base

config = context.config
connection = config.attributes.get("connection")
if connection is None:
    raise RuntimeError("Run migrations through desktop.store.migrate, which supplies the keyed connection.")


def render_item(type_: str, obj: Any, autogen_context: Any) -> Any:
    # Migrations describe storage only: an app TypeDecorator (Money, UtcDateTime) is rendered as the
    # column type it stores, so old migrations never depend on today's Python types.
    if type_ == "type" and isinstance(obj, TypeDecorator):
        return f"sa.{obj.impl_instance!r}"
    return False


context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite cannot ALTER most things; batch mode rebuilds the table
    compare_type=True,
    render_item=render_item,
)
with context.begin_transaction():
    context.run_migrations()

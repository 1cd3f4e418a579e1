"""Declarative base shared by every model; naming convention so Alembic batch migrations can find
constraints; the ``Voidable`` columns of every record the officer can correct."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import ColumnElement, MetaData, String, Text
from sqlalchemy.ext.hybrid import hybrid_property
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from desktop.store.types import UtcDateTime

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Voidable:
    """A record that is never deleted: a mistake is voided with a reason (the audit log keeps who and
    the old values) and a voided record counts nowhere — stage, 待办, ledger, figures, 垒小户."""

    voided_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime, default=None)
    void_reason: Mapped[str | None] = mapped_column(Text, default=None)
    voided_by: Mapped[str | None] = mapped_column(String(100), default=None)

    @hybrid_property
    def live(self) -> bool:
        """Not voided; in SQL, ``Model.live`` is the condition ``voided_at IS NULL``."""
        return self.voided_at is None

    @live.inplace.expression
    @classmethod
    def _live_expression(cls) -> ColumnElement[bool]:
        return cls.voided_at.is_(None)

"""Programme targets, settings, ledger exports and notes, and the append-only, hash-chained audit log."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import JSON, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from desktop.store.models.base import Base, Voidable
from desktop.store.models.branch import Synced
from desktop.store.types import Money, UtcDateTime, utcnow


class Target(Voidable, Synced, Base):
    """A target the seeds set per county or bank for a year (户数, first loans, amount); a target entered
    by mistake is voided (and set again later revives it), never deleted."""

    __tablename__ = "target"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    year: Mapped[int] = mapped_column(Integer)
    # county | bank | branch | officer
    scope_kind: Mapped[str] = mapped_column(String(16))
    scope_name: Mapped[str] = mapped_column(String(100))
    firms_target: Mapped[int | None] = mapped_column(Integer)
    first_loans_target: Mapped[int | None] = mapped_column(Integer)
    amount_target: Mapped[Decimal | None] = mapped_column(Money)

    __table_args__ = (UniqueConstraint("year", "scope_kind", "scope_name", name="uq_target_scope"),)


class Setting(Base):
    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[Any] = mapped_column(JSON)


class LedgerExport(Base):
    """A frozen copy of a monthly ledger as it was sent."""

    __tablename__ = "ledger_export"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    month: Mapped[str] = mapped_column(String(7), index=True)
    exported_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    file_name: Mapped[str] = mapped_column(String(500))
    file_hash: Mapped[str] = mapped_column(String(64))
    row_count: Mapped[int] = mapped_column(Integer)
    rows: Mapped[list[Any]] = mapped_column(JSON, default=list)
    actor: Mapped[str] = mapped_column(String(100), default="")
    # The amounts' 口径: month (当月, the month's own) | cumulative (累计, up to the month's end).
    basis: Mapped[str] = mapped_column(String(16), default="month")


class LedgerNoteVersion(Base):
    """One version of the officer's 存在的主要问题 / 备注 for a firm in a month's ledger. Never changed: an
    edit adds a version (the latest is the note), so every earlier text stays readable."""

    __tablename__ = "ledger_note"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    month: Mapped[str] = mapped_column(String(7), index=True)
    firm_id: Mapped[int] = mapped_column(ForeignKey("firm.id"), index=True)
    problem: Mapped[str] = mapped_column(Text, default="")
    remark: Mapped[str] = mapped_column(Text, default="")
    reason: Mapped[str | None] = mapped_column(Text)  # why it was corrected (None for a first note)
    at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    actor: Mapped[str] = mapped_column(String(100), default="")


class AuditEntry(Base):
    """Who changed what, when, old -> new. Each entry hashes the one before it (tamper-evident)."""

    __tablename__ = "audit_entry"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow, index=True)
    actor: Mapped[str] = mapped_column(String(100))
    action: Mapped[str] = mapped_column(String(50), index=True)
    entity: Mapped[str] = mapped_column(String(50))
    entity_id: Mapped[str | None] = mapped_column(String(50), index=True)
    firm_id: Mapped[int | None] = mapped_column(ForeignKey("firm.id"), index=True)
    summary: Mapped[str] = mapped_column(Text, default="")
    old: Mapped[Any] = mapped_column(JSON)
    new: Mapped[Any] = mapped_column(JSON)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))

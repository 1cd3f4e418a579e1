"""Regional lists (名单), their import batches, memberships and saved column-mapping profiles."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Boolean, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desktop.store.models.base import Base
from desktop.store.types import UtcDateTime, utcnow


class RegionalList(Base):
    """A named list pushed to the branch, e.g. 新乡市小微企业无贷户名单; each import is an edition of it."""

    __tablename__ = "regional_list"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    source_office: Mapped[str | None] = mapped_column(String(100))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)


class ImportBatch(Base):
    __tablename__ = "import_batch"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    list_id: Mapped[int] = mapped_column(ForeignKey("regional_list.id"), index=True)
    file_name: Mapped[str] = mapped_column(String(500))
    file_hash: Mapped[str] = mapped_column(String(64), index=True)
    imported_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    actor: Mapped[str] = mapped_column(String(100), default="")
    rows_read: Mapped[int] = mapped_column(Integer, default=0)
    new: Mapped[int] = mapped_column(Integer, default=0)
    updated: Mapped[int] = mapped_column(Integer, default=0)
    unchanged: Mapped[int] = mapped_column(Integer, default=0)
    removed: Mapped[int] = mapped_column(Integer, default=0)
    duplicates: Mapped[int] = mapped_column(Integer, default=0)
    invalid: Mapped[int] = mapped_column(Integer, default=0)
    profile_name: Mapped[str | None] = mapped_column(String(100))
    undone_at: Mapped[datetime | None] = mapped_column(UtcDateTime)


class ListMembership(Base):
    """Whether a firm is on a list, and which imports put it there and last confirmed it."""

    __tablename__ = "list_membership"

    list_id: Mapped[int] = mapped_column(ForeignKey("regional_list.id"), primary_key=True)
    firm_id: Mapped[int] = mapped_column(ForeignKey("firm.id"), primary_key=True, index=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    first_batch_id: Mapped[int] = mapped_column(ForeignKey("import_batch.id"))
    last_batch_id: Mapped[int] = mapped_column(ForeignKey("import_batch.id"))


class BatchChange(Base):
    """What one import did to one firm, with the values before it, so the batch can be undone."""

    __tablename__ = "batch_change"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    batch_id: Mapped[int] = mapped_column(ForeignKey("import_batch.id"), index=True)
    firm_id: Mapped[int] = mapped_column(ForeignKey("firm.id"), index=True)
    # new | updated | removed | relisted
    kind: Mapped[str] = mapped_column(String(16))
    before: Mapped[dict[str, Any] | None] = mapped_column(JSON)


class MappingProfile(Base):
    """A saved column mapping for files from one office, applied again to its next file."""

    __tablename__ = "mapping_profile"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    office: Mapped[str | None] = mapped_column(String(100))
    # source header text -> firm field name
    mapping: Mapped[dict[str, str]] = mapped_column(JSON, default=dict)
    note: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)

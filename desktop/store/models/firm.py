"""A firm (market entity) that is, or was, on a no-loan list or was found by the branch itself."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import JSON, Boolean, Date, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desktop.domain.listed_fields import LISTED_FIELDS
from desktop.store.models.base import Base
from desktop.store.models.branch import SyncOrigin
from desktop.store.types import Money, UtcDateTime, utcnow


class Firm(SyncOrigin, Base):
    __tablename__ = "firm"
    # Each filter's (column, name_key) index hands its firms over in name order, so a filtered list
    # sorted by name stops at its page (issue 20 item 7: SQLite took the filter's own index and sorted
    # all its firms, 2 s for on_list at 530,000 firms). County, officer and stage keep their one-column
    # indexes as well: those list a filter's firms in id order, which a filtered search merges with
    # its matches (without them a county's search sorted the county's firms: 550 ms).
    __table_args__ = (
        Index("ix_firm_county_name", "county", "name_key"),
        Index("ix_firm_officer_name", "assigned_officer", "name_key"),
        Index("ix_firm_stage_name", "stage", "name_key"),
        Index("ix_firm_on_list_name", "on_list", "name_key"),
        Index("ix_firm_entity_type_name", "entity_type", "name_key"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    # The unified social credit code is the firm's identity: two rows never share it, and names
    # alone never merge firms.
    uscc: Mapped[str] = mapped_column(String(18), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    # The sort key: pinyin order (domain/names.name_key).
    name_key: Mapped[str] = mapped_column(String(200), index=True)
    name_initials: Mapped[str] = mapped_column(String(200), default="")
    entity_type: Mapped[str] = mapped_column(String(16))
    size: Mapped[str | None] = mapped_column(String(16))
    legal_rep: Mapped[str | None] = mapped_column(String(100))
    industry: Mapped[str | None] = mapped_column(String(100))
    county: Mapped[str | None] = mapped_column(String(50), index=True)
    region_code: Mapped[str] = mapped_column(String(6), default="")
    address: Mapped[str | None] = mapped_column(String(300))
    founded: Mapped[date | None] = mapped_column(Date)
    registered_capital: Mapped[Decimal | None] = mapped_column(Money)
    phone: Mapped[str | None] = mapped_column(String(50))
    basic_account_bank: Mapped[str | None] = mapped_column(String(100))
    banks_serving: Mapped[int | None] = mapped_column(Integer)
    assigned_bank: Mapped[str | None] = mapped_column(String(100))
    assigned_branch: Mapped[str | None] = mapped_column(String(100))
    assigned_officer: Mapped[str | None] = mapped_column(String(50), index=True)
    stage: Mapped[str] = mapped_column(String(16), default="listed", index=True)
    stage_changed_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    on_list: Mapped[bool] = mapped_column(Boolean, default=False)
    # "list" for firms received on a regional list; "branch" for firms the branch found itself.
    source: Mapped[str] = mapped_column(String(16), default="list")
    # For branch-found firms: 产业链上下游, 本行结算户, 小微企业园 ... (the five lists of the seeds).
    source_channel: Mapped[str | None] = mapped_column(String(50))
    # Names of LISTED_FIELDS the officer changed by hand; a list import shows a conflict instead of
    # overwriting them.
    hand_edited: Mapped[list[str]] = mapped_column(JSON, default=list)
    note: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow, onupdate=utcnow)

    def listed_values(self) -> dict[str, Any]:
        return {field: getattr(self, field) for field in LISTED_FIELDS}

"""一企一策: the cultivation plan for one firm; every revision is kept as a new version."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import JSON, Boolean, Date, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from desktop.store.models.base import Base
from desktop.store.models.branch import Synced
from desktop.store.types import Money, UtcDateTime, utcnow


class Plan(Synced, Base):
    __tablename__ = "plan"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    firm_id: Mapped[int] = mapped_column(ForeignKey("firm.id"), index=True)
    version: Mapped[int] = mapped_column(Integer)
    # The business date of this version (the stage moves to 培植中 on it).
    drawn_on: Mapped[date | None] = mapped_column(Date)
    is_current: Mapped[bool] = mapped_column(Boolean, default=True)
    diagnosis: Mapped[list[str]] = mapped_column(JSON, default=list)
    diagnosis_note: Mapped[str | None] = mapped_column(Text)
    measures: Mapped[list[str]] = mapped_column(JSON, default=list)
    measures_note: Mapped[str | None] = mapped_column(Text)
    target_product: Mapped[str | None] = mapped_column(String(100))
    target_amount: Mapped[Decimal | None] = mapped_column(Money)
    target_date: Mapped[date | None] = mapped_column(Date)
    note: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    created_by: Mapped[str] = mapped_column(String(100), default="")

    __table_args__ = (UniqueConstraint("firm_id", "version", name="uq_plan_firm_version"),)


class PlanTask(Synced, Base):
    __tablename__ = "plan_task"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("plan.id"), index=True)
    title: Mapped[str] = mapped_column(String(200))
    due: Mapped[date | None] = mapped_column(Date)
    done: Mapped[bool] = mapped_column(Boolean, default=False)
    done_on: Mapped[date | None] = mapped_column(Date)
    # Who does it (the officer, the firm, a guarantee company ...) and what was done when it was marked done.
    owner: Mapped[str | None] = mapped_column(String(100))
    done_note: Mapped[str | None] = mapped_column(Text)

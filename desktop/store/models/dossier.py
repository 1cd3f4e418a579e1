"""一企一档: what the branch knows about a firm beyond the list."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import JSON, Boolean, Date, ForeignKey, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, deferred, mapped_column

from desktop.store.models.base import Base, Voidable
from desktop.store.models.branch import Synced, SyncOrigin
from desktop.store.types import Money, UtcDateTime, utcnow


class Dossier(SyncOrigin, Base):
    __tablename__ = "dossier"

    firm_id: Mapped[int] = mapped_column(ForeignKey("firm.id"), primary_key=True)
    # Business profile and the "alternative data" the seeds name.
    main_business: Mapped[str | None] = mapped_column(Text)
    employees: Mapped[int | None] = mapped_column(Integer)
    annual_sales: Mapped[Decimal | None] = mapped_column(Money)
    taxes_paid: Mapped[Decimal | None] = mapped_column(Money)
    social_insurance_headcount: Mapped[int | None] = mapped_column(Integer)
    utilities_note: Mapped[str | None] = mapped_column(Text)
    # Credit report facts: a firm with any loan or bill discount on record is not a first-loan firm.
    has_loan_record: Mapped[bool | None] = mapped_column(Boolean)
    has_discount_record: Mapped[bool | None] = mapped_column(Boolean)
    credit_lookback_years: Mapped[int | None] = mapped_column(Integer)
    credit_query_date: Mapped[date | None] = mapped_column(Date)
    # 征信报告最近一笔贷款结清日期: 忻州 counts a firm as first-loan when no loan is within N years.
    last_loan_settled_on: Mapped[date | None] = mapped_column(Date)
    collateral: Mapped[str | None] = mapped_column(Text)
    guarantee_options: Mapped[str | None] = mapped_column(Text)
    # The five screening criteria, criterion code -> met (True/False) or unknown (absent).
    criteria: Mapped[dict[str, bool]] = mapped_column(JSON, default=dict)
    # What the officer saw for a criterion (criterion code -> note), whether it is met, not met or unknown.
    criteria_notes: Mapped[dict[str, str]] = mapped_column(JSON, default=dict)
    policy_tags: Mapped[list[str]] = mapped_column(JSON, default=list)
    # Tags beyond the POLICY_TAGS pick list, as the officer typed them (trimmed).
    free_tags: Mapped[list[str]] = mapped_column(JSON, default=list)
    notes: Mapped[str | None] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow, onupdate=utcnow)


class Contact(Voidable, Synced, Base):
    __tablename__ = "contact"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    firm_id: Mapped[int] = mapped_column(ForeignKey("firm.id"), index=True)
    name: Mapped[str] = mapped_column(String(100))
    role: Mapped[str | None] = mapped_column(String(50))
    phone: Mapped[str | None] = mapped_column(String(50))
    id_number: Mapped[str | None] = mapped_column(String(30))
    is_primary: Mapped[bool] = mapped_column(Boolean, default=False)


class BankRelationship(Voidable, Synced, Base):
    """A bank that already serves the firm, in its roles (BANK_ROLES): 基本户 (``is_basic_account``), 结算,
    授信 (``has_credit``, what the 垒小户 guard counts) and 贷款; and the amount of its credit."""

    __tablename__ = "bank_relationship"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    firm_id: Mapped[int] = mapped_column(ForeignKey("firm.id"), index=True)
    bank: Mapped[str] = mapped_column(String(100))
    is_basic_account: Mapped[bool] = mapped_column(Boolean, default=False)
    has_credit: Mapped[bool] = mapped_column(Boolean, default=False)
    has_settlement: Mapped[bool] = mapped_column(Boolean, default=False)
    has_loan: Mapped[bool] = mapped_column(Boolean, default=False)
    credit_amount: Mapped[Decimal | None] = mapped_column(Money)
    note: Mapped[str | None] = mapped_column(Text)


class Attachment(Voidable, Synced, Base):
    """A licence scan, photo or document, kept inside the encrypted database with its hash."""

    __tablename__ = "attachment"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    firm_id: Mapped[int] = mapped_column(ForeignKey("firm.id"), index=True)
    file_name: Mapped[str] = mapped_column(String(300))
    kind: Mapped[str] = mapped_column(String(20), default="document")
    sha256: Mapped[str] = mapped_column(String(64))
    size: Mapped[int] = mapped_column(Integer)
    content: Mapped[bytes] = deferred(mapped_column(LargeBinary))
    added_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)

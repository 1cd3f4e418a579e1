"""The programme's work beyond one firm's cultivation (issue 23): activities and who took part, the
branch's 首贷专属产品, 预授信 of firms in the 储备库 and the 典型案例 of the monthly materials."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import JSON, Boolean, Date, ForeignKey, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, deferred, mapped_column

from desktop.store.models.base import Base, Voidable
from desktop.store.models.branch import Synced
from desktop.store.types import Money, Rate, UtcDateTime, utcnow


class Activity(Voidable, Synced, Base):
    """宣讲会, 融资对接会, 一对一帮扶, 培训 …: one event of the programme, not about one firm."""

    __tablename__ = "activity"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    # ACTIVITY_KINDS: talk | fair | mentoring | training | other
    kind: Mapped[str] = mapped_column(String(16))
    date: Mapped[date] = mapped_column(Date, index=True)
    title: Mapped[str] = mapped_column(String(200))
    place: Mapped[str | None] = mapped_column(String(200))
    organiser: Mapped[str | None] = mapped_column(String(200))  # 人民银行 / 金融局 / 本行 …
    officers: Mapped[list[str]] = mapped_column(JSON, default=list)
    note: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    created_by: Mapped[str] = mapped_column(String(100), default="")


class ActivityFirm(Voidable, Synced, Base):
    """A firm's participation in an activity: a contact in its history (它计入已对接).

    ``on`` is the activity's date, kept on the participation so that a change of the date reaches each
    firm's records (its stage is derived from them, on this laptop and on the branch's others)."""

    __tablename__ = "activity_firm"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    activity_id: Mapped[int] = mapped_column(ForeignKey("activity.id"), index=True)
    firm_id: Mapped[int] = mapped_column(ForeignKey("firm.id"), index=True)
    on: Mapped[date] = mapped_column(Date, index=True)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)


class ActivityAttachment(Voidable, Synced, Base):
    """A photo or the sign-in sheet of an activity, kept in the encrypted database with its hash."""

    __tablename__ = "activity_attachment"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    activity_id: Mapped[int] = mapped_column(ForeignKey("activity.id"), index=True)
    file_name: Mapped[str] = mapped_column(String(300))
    kind: Mapped[str] = mapped_column(String(20), default="photo")  # photo | sign_in | document
    sha256: Mapped[str] = mapped_column(String(64))
    size: Mapped[int] = mapped_column(Integer)
    content: Mapped[bytes] = deferred(mapped_column(LargeBinary))
    added_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)


class Product(Voidable, Synced, Base):
    """A 首贷专属产品 of the branch's catalogue; printed as its published 授信清单."""

    __tablename__ = "product"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(100))
    eligibility: Mapped[str | None] = mapped_column(Text)  # 准入条件
    rate_min: Mapped[Decimal | None] = mapped_column(Rate)  # 利率区间 (percent a year)
    rate_max: Mapped[Decimal | None] = mapped_column(Rate)
    term_min_months: Mapped[int | None] = mapped_column(Integer)  # 期限
    term_max_months: Mapped[int | None] = mapped_column(Integer)
    guarantees: Mapped[list[str]] = mapped_column(JSON, default=list)  # GUARANTEE_KINDS codes
    is_credit: Mapped[bool] = mapped_column(Boolean, default=False)  # 是否信用 (no collateral, no guarantor)
    audience: Mapped[str | None] = mapped_column(Text)  # 适用对象
    max_amount: Mapped[Decimal | None] = mapped_column(Money)  # 最高额度 (万元)
    launched_on: Mapped[date | None] = mapped_column(Date)  # 推出日期: 创新产品 of that month
    note: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)


class PreCredit(Voidable, Synced, Base):
    """预授信 of a firm of the 储备库 (seed 000): shown with the firm, never counted as 授信."""

    __tablename__ = "pre_credit"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    firm_id: Mapped[int] = mapped_column(ForeignKey("firm.id"), index=True)
    amount: Mapped[Decimal] = mapped_column(Money)
    on: Mapped[date] = mapped_column(Date)
    product_id: Mapped[int | None] = mapped_column(ForeignKey("product.id"))
    note: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    created_by: Mapped[str] = mapped_column(String(100), default="")


class CaseStudy(Voidable, Synced, Base):
    """A 典型案例 the officer marks on a firm for one month's materials: a short, editable text."""

    __tablename__ = "case_study"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    firm_id: Mapped[int] = mapped_column(ForeignKey("firm.id"), index=True)
    month: Mapped[str] = mapped_column(String(7), index=True)  # YYYY-MM
    title: Mapped[str] = mapped_column(String(200))
    text: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    created_by: Mapped[str] = mapped_column(String(100), default="")

"""The officer's recorded work: visits, financing demands (211), credit, loans and stage history."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import JSON, Boolean, ColumnElement, Date, ForeignKey, Integer, String, Text
from sqlalchemy.ext.hybrid import hybrid_property
from sqlalchemy.orm import Mapped, mapped_column

from desktop.domain.service211 import DemandDates
from desktop.store.models.base import Base, Voidable
from desktop.store.models.branch import Synced
from desktop.store.types import Money, Rate, UtcDateTime, utcnow


class Visit(Voidable, Synced, Base):
    """A visit or contact (走访 / 对接)."""

    __tablename__ = "visit"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    firm_id: Mapped[int] = mapped_column(ForeignKey("firm.id"), index=True)
    date: Mapped[dt.date] = mapped_column(Date, index=True)
    mode: Mapped[str] = mapped_column(String(20))
    people: Mapped[str | None] = mapped_column(String(200))
    findings: Mapped[str | None] = mapped_column(Text)
    next_step: Mapped[str | None] = mapped_column(Text)
    follow_up: Mapped[dt.date | None] = mapped_column(Date, index=True)
    follow_up_done: Mapped[bool] = mapped_column(Boolean, default=False)
    officer: Mapped[str] = mapped_column(String(100), default="")
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=utcnow)


class Demand(Voidable, Synced, Base):
    """A financing demand, tracked against the 211 working-day deadlines."""

    __tablename__ = "demand"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    firm_id: Mapped[int] = mapped_column(ForeignKey("firm.id"), index=True)
    received_on: Mapped[dt.date] = mapped_column(Date, index=True)
    channel: Mapped[str] = mapped_column(String(20))
    amount: Mapped[Decimal | None] = mapped_column(Money)
    purpose: Mapped[str | None] = mapped_column(Text)
    feedback_on: Mapped[dt.date | None] = mapped_column(Date)
    conditions_met_on: Mapped[dt.date | None] = mapped_column(Date)
    accepted_on: Mapped[dt.date | None] = mapped_column(Date)
    decided_on: Mapped[dt.date | None] = mapped_column(Date)
    # approved | declined | withdrawn
    decision: Mapped[str | None] = mapped_column(String(16))
    note: Mapped[str | None] = mapped_column(Text)
    # What seed 001 asks the feedback to give: 初步意向 (yes / no, with words) and the 授信条件 the firm
    # must meet; and what the decision gave: the amount approved or the reason declined.
    feedback_intent: Mapped[bool | None] = mapped_column(Boolean)
    feedback_text: Mapped[str | None] = mapped_column(Text)
    conditions: Mapped[list[str]] = mapped_column(JSON, default=list)
    approved_amount: Mapped[Decimal | None] = mapped_column(Money)
    decline_reason: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=utcnow)

    def dates(self) -> DemandDates:
        """The 211 dates of this demand. A declined or withdrawn demand runs no further deadline, and a
        withdrawal recorded before acceptance is not a decision."""
        return DemandDates(
            received_on=self.received_on,
            feedback_on=self.feedback_on,
            conditions_met_on=self.conditions_met_on,
            accepted_on=self.accepted_on,
            decided_on=self.decided_on if self.accepted_on else None,
            closed=self.decision in ("declined", "withdrawn"),
        )


class Credit(Voidable, Synced, Base):
    """授信."""

    __tablename__ = "credit"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    firm_id: Mapped[int] = mapped_column(ForeignKey("firm.id"), index=True)
    date: Mapped[dt.date] = mapped_column(Date, index=True)
    amount: Mapped[Decimal] = mapped_column(Money)
    product: Mapped[str | None] = mapped_column(String(100))
    # credit | guarantee | mortgage | pledge | gov_guarantee | insurance | other
    guarantee: Mapped[str] = mapped_column(String(20))
    rate: Mapped[Decimal | None] = mapped_column(Rate)
    term_months: Mapped[int | None] = mapped_column(Integer)
    bank: Mapped[str | None] = mapped_column(String(100))
    demand_id: Mapped[int | None] = mapped_column(ForeignKey("demand.id"))
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=utcnow)


class Loan(Voidable, Synced, Base):
    """放款. ``first_loan_status`` is the verdict of the one 首贷 rule (desktop/domain/firstloan.py) over
    the firm's records, worked out again whenever a loan, a credit-report fact or a stage changes."""

    __tablename__ = "loan"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    firm_id: Mapped[int] = mapped_column(ForeignKey("firm.id"), index=True)
    date: Mapped[dt.date] = mapped_column(Date, index=True)
    amount: Mapped[Decimal] = mapped_column(Money)
    product: Mapped[str | None] = mapped_column(String(100))
    # LOAN_KINDS: working_capital | fixed_asset | discount | personal_business | other
    kind: Mapped[str] = mapped_column(String(20), default="working_capital")
    term_months: Mapped[int | None] = mapped_column(Integer)
    rate: Mapped[Decimal | None] = mapped_column(Rate)
    credit_id: Mapped[int | None] = mapped_column(ForeignKey("credit.id"))
    # first (首贷) | unverified (待核实: the credit-report facts are not recorded) | not_first
    first_loan_status: Mapped[str] = mapped_column(String(12), default="not_first", index=True)
    bank: Mapped[str | None] = mapped_column(String(100))
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=utcnow)

    @hybrid_property
    def is_first_loan(self) -> bool:
        """Counted as the firm's 首贷 (verified); in SQL, ``first_loan_status = 'first'``."""
        return self.first_loan_status == "first"

    @is_first_loan.inplace.setter
    def _is_first_loan_setter(self, value: bool) -> None:
        self.first_loan_status = "first" if value else "not_first"

    @is_first_loan.inplace.expression
    @classmethod
    def _is_first_loan_expression(cls) -> ColumnElement[bool]:
        return cls.first_loan_status == "first"


class StageChange(Voidable, Synced, Base):
    __tablename__ = "stage_change"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    firm_id: Mapped[int] = mapped_column(ForeignKey("firm.id"), index=True)
    at: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=utcnow)
    # The business date the move belongs to (the visit's or loan's date), for monthly figures.
    on: Mapped[dt.date] = mapped_column(Date, index=True)
    from_stage: Mapped[str | None] = mapped_column(String(16))
    to_stage: Mapped[str] = mapped_column(String(16))
    # visit | demand | plan | credit | loan | hand | correction (an edit or void re-derived it) | import | demo
    cause: Mapped[str] = mapped_column(String(16))
    reason: Mapped[str | None] = mapped_column(Text)
    # A hand move to 已获首贷 names the loan that made it; a move to 他行已获贷 may name the other bank.
    loan_id: Mapped[int | None] = mapped_column(ForeignKey("loan.id"))
    bank: Mapped[str | None] = mapped_column(String(100))
    actor: Mapped[str] = mapped_column(String(100), default="")

"""The one computation of the programme figures (definitions: desktop/domain/figures.py) for a period and a
scope. The dashboard, ``firstloan report``, the ledger's total row and the quarterly summary all call
``compute_figures``; comparisons (同比 / 环比) and breakdowns (entity kind, county, officer, lending bank)
are the same computation over another period or scope."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, timedelta
from decimal import Decimal
from typing import Any, cast

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.domain.banks import bank_key
from desktop.domain.dates import Period
from desktop.domain.figures import BY_CODE, Change, pct
from desktop.domain.money import round_wan
from desktop.domain.service211 import StepStatus, evaluate
from desktop.domain.workcalendar import WorkCalendar
from desktop.services.figure_sets import EVERYTHING, FigureSets, Scope, count, count_both
from desktop.store.models import Credit, Demand, Firm, ImportBatch, Loan, Visit


@dataclass(frozen=True)
class Figures:
    period: Period
    on_lists: int
    contacted: int
    listed_contacted: int  # contacted firms that are on the lists (有效对接率's numerator)
    with_demand: int
    planned: int
    credited: int
    credit_amount: Decimal
    first_loan_firms: int
    first_loan_amount: Decimal
    listed_first_loans: int  # first-loan firms on the lists (首贷率's numerator)
    credit_loan_amount: Decimal  # first-loan amount on purely unsecured credit
    first_loans_unverified: int
    unverified_amount: Decimal
    loan_elsewhere: int
    conversion_base: int
    converted: int
    new_loans: int
    new_loan_amount: Decimal
    ledger_firms: int
    met_211: int
    missed_211: int
    open_211: int
    subsidy_estimate: Decimal | None = None  # set by the report where the programme grants one

    @property
    def start(self) -> date:
        return self.period.start

    @property
    def end(self) -> date:
        return self.period.end

    @property
    def first_loans(self) -> int:
        """First loans (one per firm ever, so equal to the firms)."""
        return self.first_loan_firms

    @property
    def contact_rate(self) -> Decimal | None:
        return pct(self.listed_contacted, self.on_lists)

    @property
    def first_loan_rate(self) -> Decimal | None:
        return pct(self.listed_first_loans, self.on_lists)

    @property
    def conversion(self) -> Decimal | None:
        return pct(self.converted, self.conversion_base)

    @property
    def credit_loan_share(self) -> Decimal | None:
        return pct(self.credit_loan_amount, self.first_loan_amount)

    @property
    def on_time_211(self) -> Decimal | None:
        return pct(self.met_211, self.met_211 + self.missed_211)

    def value(self, code: str) -> Decimal | None:
        """The figure of a code of desktop.domain.figures.FIGURES."""
        BY_CODE[code]  # an unknown code is a bug of the caller
        raw = getattr(self, code)
        return None if raw is None else Decimal(raw)

    def to_json(self) -> dict[str, Any]:
        def s(v: Decimal | None) -> str | None:
            return None if v is None else str(v)

        def m(v: Decimal) -> str:
            return str(round_wan(v))

        return {
            "start": self.start.isoformat(),
            "end": self.end.isoformat(),
            "period": self.period.key,
            "period_kind": self.period.kind.value,
            "period_label": self.period.label_zh,
            "on_lists": self.on_lists,
            "contacted": self.contacted,
            "contact_rate_pct": s(self.contact_rate),
            "with_demand": self.with_demand,
            "planned": self.planned,
            "credited": self.credited,
            "credit_amount": m(self.credit_amount),
            "first_loan_firms": self.first_loan_firms,
            "first_loans": self.first_loans,
            "first_loan_amount": m(self.first_loan_amount),
            "first_loans_unverified": self.first_loans_unverified,
            "first_loans_unverified_amount": m(self.unverified_amount),
            "loan_elsewhere": self.loan_elsewhere,
            "first_loan_rate_pct": s(self.first_loan_rate),
            "credit_loan_amount": m(self.credit_loan_amount),
            "credit_loan_share_pct": s(self.credit_loan_share),
            "conversion_pct": s(self.conversion),
            "conversion_base": self.conversion_base,
            "new_loans": self.new_loans,
            "new_loan_amount": m(self.new_loan_amount),
            "ledger_firms": self.ledger_firms,
            "met_211": self.met_211,
            "missed_211": self.missed_211,
            "open_211": self.open_211,
            "on_time_211_pct": s(self.on_time_211),
            "subsidy_estimate": s(self.subsidy_estimate),
        }


def _sum(session: Session, stmt: Any) -> Decimal:
    return Decimal(session.scalar(stmt) or 0)


def _amounts(session: Session, sets: FigureSets) -> dict[str, Decimal | int]:
    p = sets.period
    credit = sets._scoped(
        select(func.sum(Credit.amount)).where(Credit.live, Credit.date >= p.start, Credit.date <= p.end),
        Credit.firm_id,
        Credit.bank,
    )
    loans = sets._scoped(
        select(func.sum(Loan.amount), func.count(Loan.id)).where(
            Loan.live, Loan.date >= p.start, Loan.date <= p.end
        ),
        Loan.firm_id,
        Loan.bank,
    )
    new_amount, new_count = session.execute(loans).one()

    def loan_sum(status: str, unsecured: bool = False) -> Decimal:
        stmt = select(func.sum(Loan.amount)).where(
            Loan.live, Loan.first_loan_status == status, Loan.date >= p.start, Loan.date <= p.end
        )
        if unsecured:
            stmt = stmt.join(Credit, Credit.id == Loan.credit_id).where(Credit.guarantee == "credit")
        return _sum(session, sets._scoped(stmt, Loan.firm_id, Loan.bank))

    return {
        "credit_amount": _sum(session, credit),
        "first_loan_amount": loan_sum("first"),
        "credit_loan_amount": loan_sum("first", unsecured=True),
        "unverified_amount": loan_sum("unverified"),
        "new_loan_amount": Decimal(new_amount or 0),
        "new_loans": int(new_count or 0),
    }


def _steps_211(
    session: Session, sets: FigureSets, calendar: WorkCalendar, today: date
) -> tuple[int, int, int]:
    p = sets.period
    as_of = min(p.end, today)
    met = missed = still_open = 0
    # The date columns only (loading whole Demand objects was two thirds of the time at 20,000 firms);
    # Demand.dates reads nothing else, so it is the one rule for them too.
    columns = (Demand.received_on, Demand.feedback_on, Demand.conditions_met_on, Demand.accepted_on,
               Demand.decided_on, Demand.decision)  # fmt: skip
    stmt = sets._scoped(
        select(*columns).where(Demand.live, Demand.received_on >= p.start, Demand.received_on <= p.end),
        Demand.firm_id,
    )
    for row in session.execute(stmt):
        for step in evaluate(Demand.dates(cast(Demand, row)), calendar, as_of):
            met += step.status == StepStatus.ON_TIME
            missed += step.status.missed
            still_open += step.status == StepStatus.DUE
    return met, missed, still_open


def compute_figures(
    session: Session, period: Period, calendar: WorkCalendar, today: date, scope: Scope = EVERYTHING
) -> Figures:
    sets = FigureSets(session, period, scope)
    met, missed, still_open = _steps_211(session, sets, calendar, today)
    return Figures(
        period=period,
        on_lists=count(session, sets.on_lists()),
        contacted=count(session, sets.contacted()),
        listed_contacted=count_both(session, sets.contacted(), sets.on_lists()),
        with_demand=count(session, sets.with_demand()),
        planned=count(session, sets.planned()),
        credited=count(session, sets.credited()),
        first_loan_firms=count(session, sets.first_loan_firms()),
        listed_first_loans=count_both(session, sets.first_loan_firms(), sets.on_lists()),
        first_loans_unverified=count(session, sets.first_loans_unverified()),
        loan_elsewhere=count(session, sets.loan_elsewhere()),
        conversion_base=count(session, sets.conversion_base()),
        converted=count_both(session, sets.first_loan_firms(), sets.conversion_base()),
        ledger_firms=count(session, sets.ledger_firms()),
        met_211=met,
        missed_211=missed,
        open_211=still_open,
        **_amounts(session, sets),  # type: ignore[arg-type]
    )


def data_start(session: Session) -> date | None:
    """The first day the records cover: the earliest list import or event."""
    days = [
        session.scalar(select(func.min(column)).where(*where))
        for column, where in (
            (Visit.date, (Visit.live,)),
            (Demand.received_on, (Demand.live,)),
            (Credit.date, (Credit.live,)),
            (Loan.date, (Loan.live,)),
        )
    ]
    imported = session.scalar(
        select(func.min(ImportBatch.imported_at)).where(ImportBatch.undone_at.is_(None))
    )
    if imported is not None:
        days.append((imported + timedelta(hours=8)).date())
    present = [d for d in days if d is not None]
    return min(present) if present else None


def earlier_figures(
    session: Session, period: Period | None, calendar: WorkCalendar, today: date, since: date | None
) -> Figures | None:
    """The figures of an earlier period to compare with (同比 / 环比): only when the records cover all of
    it (a year whose last month alone has data would show a meaningless +1500 %)."""
    if period is None or since is None or since > period.start:
        return None
    return compute_figures(session, period, calendar, today)


def compare(now: Figures, before: Figures | None, code: str) -> Change | None:
    """The change of a figure against an earlier period (None: no earlier period to compare with)."""
    if before is None:
        return None
    a, b = before.value(code), now.value(code)
    if a is None or b is None:
        return None
    return Change(a, b)


BREAKDOWNS = ("entity_type", "county", "officer", "bank")


def breakdown_names(session: Session, kind: str, period: Period) -> list[str]:
    """The values a breakdown has in the data: entity kinds, counties, officers, lending banks (by key)."""
    if kind == "bank":
        names = {
            bank_key(n)
            for column, day in ((Loan.bank, Loan.date), (Credit.bank, Credit.date))
            for n in session.scalars(select(column).where(day >= period.start, day <= period.end).distinct())
            if n
        }
        return sorted(n for n in names if n)
    column = {"entity_type": Firm.entity_type, "county": Firm.county, "officer": Firm.assigned_officer}[kind]
    return [n for n in session.scalars(select(column).distinct().order_by(column)) if n]


def breakdown(
    session: Session, kind: str, period: Period, calendar: WorkCalendar, today: date
) -> list[tuple[str, Figures]]:
    return [
        (name, compute_figures(session, period, calendar, today, Scope(kind, name)))
        for name in breakdown_names(session, kind, period)
    ]


def with_subsidy(figures: Figures, estimate: Decimal | None) -> Figures:
    return replace(figures, subsidy_estimate=estimate)


def first_loan_amount(session: Session, period: Period, scope: Scope = EVERYTHING) -> Decimal:
    """The amount of the first loans of the period (the subsidy's base)."""
    sets = FigureSets(session, period, scope)
    stmt = select(func.sum(Loan.amount)).where(
        Loan.live, Loan.first_loan_status == "first", Loan.date >= period.start, Loan.date <= period.end
    )
    return _sum(session, sets._scoped(stmt, Loan.firm_id, Loan.bank))

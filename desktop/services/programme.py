"""Programme figures for a year, quarter or month, against the targets the seeds set per county and bank.

Definitions (each counted from the records, so a test can recount them from the rows it created):

* on the lists — firms with an active list membership now (lists have no history of their own);
* contacted — distinct firms with a visit in the period (the seeds' 培植户数);
* with demand — distinct firms with a demand received in the period;
* under a plan — distinct firms that entered 培植中 (stage change) in the period;
* credited — distinct firms with credit dated in the period, and its amount;
* first loans — distinct firms with a first loan (``is_first_loan``) in the period, and the amount;
* 信用贷款 share — of the first-loan amount, the part whose credit is unsecured (guarantee ``credit``);
* conversion — first-loan firms ÷ contacted firms of the period;
* 211 — the steps of the demands received in the period, as of the period's end (or today if earlier):
  met on time, missed (late or still overdue), still open;
* subsidy estimate — 0.5‰ of the first-loan amount (新乡: 新增额的 0.5‰ 的费用补贴).

Targets are annual; they are compared with the year-to-date figures up to the period's end.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from sqlalchemy import ColumnElement, distinct, func, select
from sqlalchemy.orm import Session

from desktop.domain.errors import DomainError
from desktop.domain.service211 import StepStatus, evaluate
from desktop.domain.workcalendar import WorkCalendar
from desktop.exchange.ledger import month_bounds
from desktop.services.workspace import Workspace
from desktop.store.models import Credit, Demand, Firm, ListMembership, Loan, StageChange, Target, Visit

SUBSIDY_RATE = Decimal("0.0005")  # 0.5‰
QUARTER_REPORT_DAYS = 15  # 泉州: 每季后 15 日内报送
SCOPE_COLUMNS = {
    "county": Firm.county,
    "bank": Firm.assigned_bank,
    "branch": Firm.assigned_branch,
    "officer": Firm.assigned_officer,
}
SCOPE_LABELS = {"county": "县（市、区）", "bank": "银行", "branch": "网点", "officer": "客户经理"}


def _pct(part: Decimal | int, whole: Decimal | int) -> Decimal | None:
    if not whole:
        return None
    return (Decimal(part) * 100 / Decimal(whole)).quantize(Decimal("0.1"), ROUND_HALF_UP)


@dataclass(frozen=True)
class Figures:
    start: date
    end: date
    on_lists: int
    contacted: int
    with_demand: int
    planned: int
    credited: int
    credit_amount: Decimal
    first_loan_firms: int
    first_loans: int
    first_loan_amount: Decimal
    credit_loan_amount: Decimal  # first-loan amount on unsecured (信用) credit
    met_211: int
    missed_211: int
    open_211: int

    @property
    def credit_loan_share(self) -> Decimal | None:
        return _pct(self.credit_loan_amount, self.first_loan_amount)

    @property
    def conversion(self) -> Decimal | None:
        return _pct(self.first_loan_firms, self.contacted)

    @property
    def subsidy_estimate(self) -> Decimal:
        """万元, four decimals (0.5‰ of 1 万元 is 5 元)."""
        return (self.first_loan_amount * SUBSIDY_RATE).quantize(Decimal("0.0001"), ROUND_HALF_UP)

    def to_json(self) -> dict[str, Any]:
        def s(v: Decimal | None) -> str | None:
            return None if v is None else str(v)

        def m(v: Decimal) -> str:
            return str(v.quantize(Decimal("0.01"), ROUND_HALF_UP))

        return {
            "start": self.start.isoformat(),
            "end": self.end.isoformat(),
            "on_lists": self.on_lists,
            "contacted": self.contacted,
            "with_demand": self.with_demand,
            "planned": self.planned,
            "credited": self.credited,
            "credit_amount": m(self.credit_amount),
            "first_loan_firms": self.first_loan_firms,
            "first_loans": self.first_loans,
            "first_loan_amount": m(self.first_loan_amount),
            "credit_loan_amount": m(self.credit_loan_amount),
            "credit_loan_share_pct": s(self.credit_loan_share),
            "conversion_pct": s(self.conversion),
            "met_211": self.met_211,
            "missed_211": self.missed_211,
            "open_211": self.open_211,
            "subsidy_estimate": s(self.subsidy_estimate),
        }


@dataclass(frozen=True)
class TargetProgress:
    scope_kind: str
    scope_name: str
    firms_target: int | None
    firms_actual: int
    first_loans_target: int | None
    first_loans_actual: int
    amount_target: Decimal | None
    amount_actual: Decimal

    def to_json(self) -> dict[str, Any]:
        return {
            "scope_kind": self.scope_kind,
            "scope_name": self.scope_name,
            "firms_target": self.firms_target,
            "firms_actual": self.firms_actual,
            "firms_pct": str(_pct(self.firms_actual, self.firms_target or 0) or "") or None,
            "first_loans_target": self.first_loans_target,
            "first_loans_actual": self.first_loans_actual,
            "first_loans_pct": str(_pct(self.first_loans_actual, self.first_loans_target or 0) or "") or None,
            "amount_target": None if self.amount_target is None else str(self.amount_target),
            "amount_actual": str(self.amount_actual.quantize(Decimal("0.01"), ROUND_HALF_UP)),
            "amount_pct": str(_pct(self.amount_actual, self.amount_target or 0) or "") or None,
        }


@dataclass(frozen=True)
class Quarter:
    quarter: int
    report_due: date
    figures: Figures


@dataclass(frozen=True)
class ProgrammeReport:
    period: str
    figures: Figures
    targets: list[TargetProgress] = field(default_factory=list)
    quarters: list[Quarter] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {
            "period": self.period,
            "figures": self.figures.to_json(),
            "subsidy_rate": "0.5‰",
            "targets": [t.to_json() for t in self.targets],
            "quarters": [
                {"quarter": q.quarter, "report_due": q.report_due.isoformat(), **q.figures.to_json()}
                for q in self.quarters
            ],
        }


# Extra conditions on Firm that narrow the figures to one county, bank, branch or officer.
Scope = tuple[ColumnElement[bool], ...]


def _scoped(kind: str, name: str) -> Scope:
    return (SCOPE_COLUMNS[kind] == name,)


def _firm_count(session: Session, scope: Scope, column: Any, *where: Any) -> int:
    query = (
        select(func.count(distinct(column)))
        .select_from(column.class_)
        .join(Firm, Firm.id == column)
        .where(*where, *scope)
    )
    return int(session.scalar(query) or 0)


def compute_figures(
    session: Session, start: date, end: date, calendar: WorkCalendar, today: date, scope: Scope = ()
) -> Figures:
    on_lists = _firm_count(session, scope, ListMembership.firm_id, ListMembership.active)
    contacted = _firm_count(session, scope, Visit.firm_id, Visit.date >= start, Visit.date <= end)
    with_demand = _firm_count(
        session, scope, Demand.firm_id, Demand.received_on >= start, Demand.received_on <= end
    )
    planned = _firm_count(
        session,
        scope,
        StageChange.firm_id,
        StageChange.to_stage == "cultivating",
        StageChange.on >= start,
        StageChange.on <= end,
    )
    credits: list[tuple[int, Decimal]] = [
        (fid, amount)
        for fid, amount in session.execute(
            select(Credit.firm_id, Credit.amount)
            .join(Firm, Firm.id == Credit.firm_id)
            .where(Credit.date >= start, Credit.date <= end, *scope)
        )
    ]
    loans: list[tuple[int, Decimal, str | None]] = [
        (fid, amount, guarantee)
        for fid, amount, guarantee in session.execute(
            select(Loan.firm_id, Loan.amount, Credit.guarantee)
            .join(Firm, Firm.id == Loan.firm_id)
            .outerjoin(Credit, Credit.id == Loan.credit_id)
            .where(Loan.is_first_loan, Loan.date >= start, Loan.date <= end, *scope)
        )
    ]
    as_of = min(end, today)
    met = missed = still_open = 0
    for d in session.scalars(
        select(Demand)
        .join(Firm, Firm.id == Demand.firm_id)
        .where(Demand.received_on >= start, Demand.received_on <= end, *scope)
    ):
        for step in evaluate(d.dates(), calendar, as_of):
            met += step.status == StepStatus.ON_TIME
            missed += step.status.missed
            still_open += step.status == StepStatus.DUE
    return Figures(
        start=start,
        end=end,
        on_lists=on_lists,
        contacted=contacted,
        with_demand=with_demand,
        planned=planned,
        credited=len({fid for fid, _ in credits}),
        credit_amount=sum((a for _, a in credits), Decimal(0)),
        first_loan_firms=len({fid for fid, _, _ in loans}),
        first_loans=len(loans),
        first_loan_amount=sum((a for _, a, _ in loans), Decimal(0)),
        credit_loan_amount=sum((a for _, a, g in loans if g == "credit"), Decimal(0)),
        met_211=met,
        missed_211=missed,
        open_211=still_open,
    )


def quarter_bounds(year: int, quarter: int) -> tuple[date, date]:
    if quarter not in (1, 2, 3, 4):
        raise DomainError(
            f"季度应为 1 到 4，实为 {quarter}", en=f"The quarter should be 1 to 4, not {quarter}"
        )
    return date(year, 3 * quarter - 2, 1), month_bounds(year, 3 * quarter)[1]


def programme_report(
    ws: Workspace,
    year: int,
    *,
    month: int | None = None,
    quarter: int | None = None,
    today: date | None = None,
) -> ProgrammeReport:
    """Figures for the year (with its quarters), a quarter or a month, and the targets' progress."""
    if not 1900 <= year <= 2999:
        raise DomainError(f"年份 {year} 无效", en=f"The year {year} is not valid")
    if month is not None and quarter is not None:
        raise DomainError("请只指定月份或季度之一", en="Give either a month or a quarter, not both")
    if month is not None and not 1 <= month <= 12:
        raise DomainError(f"月份应为 1 到 12，实为 {month}", en=f"The month should be 1 to 12, not {month}")
    today = today or date.today()
    if month is not None:
        (start, end), period = month_bounds(year, month), f"{year}-{month:02d}"
    elif quarter is not None:
        (start, end), period = quarter_bounds(year, quarter), f"{year}-Q{quarter}"
    else:
        start, end, period = date(year, 1, 1), date(year, 12, 31), str(year)
    cal = ws.calendar
    with ws.db.session() as session:
        figures = compute_figures(session, start, end, cal, today)
        quarters = []
        if month is None and quarter is None:
            for q in range(1, 5):
                qs, qe = quarter_bounds(year, q)
                if qs > today:
                    break
                quarters.append(
                    Quarter(
                        q,
                        qe + timedelta(days=QUARTER_REPORT_DAYS),
                        compute_figures(session, qs, qe, cal, today),
                    )
                )
        targets = []
        for t in session.scalars(
            select(Target).where(Target.year == year).order_by(Target.scope_kind, Target.scope_name)
        ):
            if t.scope_kind not in SCOPE_COLUMNS:
                continue
            ytd = compute_figures(
                session, date(year, 1, 1), end, cal, today, _scoped(t.scope_kind, t.scope_name)
            )
            targets.append(
                TargetProgress(
                    t.scope_kind,
                    t.scope_name,
                    t.firms_target,
                    ytd.contacted,
                    t.first_loans_target,
                    ytd.first_loan_firms,
                    t.amount_target,
                    ytd.first_loan_amount,
                )
            )
    return ProgrammeReport(period, figures, targets, quarters)

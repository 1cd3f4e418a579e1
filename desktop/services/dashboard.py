"""工作台: the programme at a glance for a chosen period — the figures' tiles (desktop/services/figures.py:
the same numbers as ``firstloan report``), each with its definition, its target and 完成率 where one is
set for the period, and 同比 / 环比 where the earlier period has data; the period's funnel; a 12-month
trend; 211 deadlines, this week's follow-ups, the ledger due date and the age of the last list import."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.domain.dates import (
    Period,
    PeriodKind,
    add_months,
    month_period,
    previous_period,
    programme_period,
    quarter_of,
    quarter_period,
    year_ago,
    year_period,
)
from desktop.domain.figures import BY_CODE, Change, pct
from desktop.domain.followups import ledger_due, ledger_month_due_around
from desktop.domain.programmes import Programme
from desktop.domain.service211 import StepStatus, evaluate
from desktop.services.figure_sets import FigureSets, count
from desktop.services.figures import Figures, compare, compute_figures, data_start, earlier_figures
from desktop.services.programme_profile import load_programme, rederive_pending
from desktop.services.target_progress import TargetProgress, target_progress
from desktop.services.workspace import Workspace
from desktop.store.models import Demand, Firm, ImportBatch, Visit

# The tiles, in the order shown.
TILES = (
    "on_lists", "contacted", "contact_rate", "with_demand", "credited", "credit_amount", "first_loan_firms",
    "first_loan_amount", "first_loans_unverified", "loan_elsewhere", "first_loan_rate", "conversion",
    "credit_loan_share", "on_time_211",
)  # fmt: skip
FUNNEL = ("on_lists", "contacted", "with_demand", "credited", "first_loan_firms")


@dataclass(frozen=True)
class Tile:
    code: str  # a figure code of desktop.domain.figures
    value: Decimal | None
    target: Decimal | None = None
    year_ago: Change | None = None  # 同比
    before: Change | None = None  # 环比

    @property
    def completion(self) -> Decimal | None:
        return None if self.value is None or not self.target else pct(self.value, self.target)

    @property
    def unit(self) -> str:
        return BY_CODE[self.code].unit


@dataclass(frozen=True)
class DeadlineItem:
    firm_name: str
    uscc: str
    step_label: str
    deadline: date
    overdue: bool


@dataclass(frozen=True)
class FollowUp:
    firm_name: str
    uscc: str
    on: date
    next_step: str


@dataclass(frozen=True)
class DashboardFigures:
    today: date
    tiles: list[Tile]
    funnel: list[tuple[str, int]]  # figure code, firms of the period
    trend: list[tuple[str, int, int]]  # "YYYY-MM", firms contacted, first-loan firms — 12 months
    deadlines: list[DeadlineItem] = field(default_factory=list)
    follow_ups: list[FollowUp] = field(default_factory=list)
    ledger_due: date | None = None
    last_import: datetime | None = None
    period: Period | None = None
    figures: Figures | None = None
    programme: Programme | None = None
    rederive_pending: bool = False

    @property
    def ledger_days_left(self) -> int:
        return (self.ledger_due - self.today).days if self.ledger_due else 0

    @property
    def due_count(self) -> int:
        return sum(not d.overdue for d in self.deadlines)

    @property
    def overdue_count(self) -> int:
        return sum(d.overdue for d in self.deadlines)

    def tile(self, code: str) -> Tile:
        return next(t for t in self.tiles if t.code == code)


def ledger_due_date(today: date) -> date:
    """The next monthly ledger due date: up to the 10th, last month's; after it, this month's."""
    return ledger_due(*ledger_month_due_around(today))


def period_for(kind: PeriodKind, today: date, prog: Programme) -> Period:
    """The period a dashboard of this kind shows on ``today``: the current month, quarter, year, or the
    programme to date."""
    if kind is PeriodKind.MONTH:
        return month_period(today.year, today.month)
    if kind is PeriodKind.QUARTER:
        return quarter_period(today.year, quarter_of(today))
    if kind is PeriodKind.YEAR:
        return year_period(today.year)
    return programme_period(prog.start, max(today, prog.start))


def _tile_targets(targets: list[TargetProgress], period: Period, prog: Programme) -> dict[str, Decimal]:
    """The targets of the whole branch's figures for this period: a programme target (全市) for the
    programme to date; for a year, the officer's bank's target (entered or the seed's), else the
    counties' together."""
    if period.kind is PeriodKind.PROGRAMME:
        chosen = [t for t in targets if t.scope_kind == "city"]
    elif period.kind is PeriodKind.YEAR:
        chosen = [t for t in targets if t.scope_kind == "bank"] or [
            t for t in targets if t.scope_kind == "county"
        ]
        chosen = [t for t in chosen if t.period is None or t.period.kind is PeriodKind.YEAR]
    else:
        return {}
    found: dict[str, Decimal] = {}
    for code, values in (
        ("contacted", [t.firms_target for t in chosen]),
        ("first_loan_firms", [t.first_loans_target for t in chosen]),
        ("first_loan_amount", [t.amount_target for t in chosen]),
    ):
        present = [Decimal(v) for v in values if v is not None]
        if present:
            found[code] = sum(present, Decimal(0))
    if prog.rate_floor is not None and period.kind is PeriodKind.YEAR:
        found["first_loan_rate"] = prog.rate_floor
    return found


def _trend(session: Session, end: date) -> list[tuple[str, int, int]]:
    months = [month_period(d.year, d.month) for d in (add_months(end, -i) for i in range(11, -1, -1))]
    return [
        (
            m.key,
            count(session, FigureSets(session, m).contacted()),
            count(session, FigureSets(session, m).first_loan_firms()),
        )
        for m in months
    ]


def _deadlines(session: Session, ws: Workspace, today: date) -> list[DeadlineItem]:
    found: list[DeadlineItem] = []
    open_demands = session.execute(
        select(Demand, Firm.name, Firm.uscc)
        .join(Firm, Firm.id == Demand.firm_id)
        .where(Demand.live, Demand.decided_on.is_(None), Demand.decision.is_(None))
    )
    for demand, name, uscc in open_demands:
        for step in evaluate(demand.dates(), ws.calendar, today):
            if step.status in (StepStatus.DUE, StepStatus.OVERDUE) and step.deadline is not None:
                overdue = step.status == StepStatus.OVERDUE
                found.append(DeadlineItem(name, uscc, step.step.value, step.deadline, overdue))
    found.sort(key=lambda d: (not d.overdue, d.deadline))
    return found


def _follow_ups(session: Session, today: date) -> list[FollowUp]:
    monday = today - timedelta(days=today.weekday())
    rows = session.execute(
        select(Firm.name, Firm.uscc, Visit.follow_up, Visit.next_step)
        .join(Firm, Firm.id == Visit.firm_id)
        .where(
            Visit.live,
            Visit.follow_up.between(monday, monday + timedelta(days=6)),
            Visit.follow_up_done.is_(False),
        )
        .order_by(Visit.follow_up)
    )
    return [FollowUp(n, u, d, s or "") for n, u, d, s in rows if d is not None]


def dashboard_figures(ws: Workspace, today: date, kind: PeriodKind = PeriodKind.YEAR) -> DashboardFigures:
    with ws.db.session() as session:
        prog = load_programme(session)
        period = period_for(kind, today, prog)
        figures = compute_figures(session, period, ws.calendar, today)
        since = data_start(session)
        ago, before = (
            earlier_figures(session, p, ws.calendar, today, since)
            for p in (year_ago(period), previous_period(period))
        )
        targets = _tile_targets(
            target_progress(session, prog, period, ws.calendar, today, ws.profile.bank), period, prog
        )
        tiles = [
            Tile(
                code,
                figures.value(code),
                targets.get(code),
                compare(figures, ago, code),
                compare(figures, before, code),
            )
            for code in TILES
        ]
        funnel = [(code, int(figures.value(code) or 0)) for code in FUNNEL]
        trend = _trend(session, min(period.end, today))
        last_import = session.scalar(
            select(func.max(ImportBatch.imported_at)).where(ImportBatch.undone_at.is_(None))
        )
        result = DashboardFigures(
            today=today,
            tiles=tiles,
            funnel=funnel,
            trend=trend,
            deadlines=_deadlines(session, ws, today),
            follow_ups=_follow_ups(session, today),
            ledger_due=ledger_due_date(today),
            last_import=last_import,
            period=period,
            figures=figures,
            programme=prog,
            rederive_pending=rederive_pending(session),
        )
    return result

"""What the 工作台 screen shows, from SQL aggregates: the tiles against the year's targets, the stage
funnel, a 12-month trend of visits and first loans, the open 211 deadlines, this week's follow-ups, the
ledger's due date and the last import."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.domain.followups import ledger_due, ledger_month_due_around
from desktop.domain.service211 import StepStatus, evaluate
from desktop.domain.stages import MAIN_PATH
from desktop.services.workspace import Workspace
from desktop.store.models import Credit, Demand, Firm, ImportBatch, Loan, Target, Visit


@dataclass(frozen=True)
class Tile:
    code: str  # on_list | contacted | demand | credited | first_loans | first_loan_amount
    value: Decimal
    target: Decimal | None


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
    funnel: list[tuple[str, int]]  # main-path stage code, firms that reached it (now at it or beyond)
    trend: list[tuple[str, int, int]]  # "YYYY-MM", visits, first loans — the last 12 months
    deadlines: list[DeadlineItem] = field(default_factory=list)
    follow_ups: list[FollowUp] = field(default_factory=list)
    ledger_due: date | None = None
    last_import: datetime | None = None

    @property
    def ledger_days_left(self) -> int:
        return (self.ledger_due - self.today).days if self.ledger_due else 0

    @property
    def due_count(self) -> int:
        return sum(not d.overdue for d in self.deadlines)

    @property
    def overdue_count(self) -> int:
        return sum(d.overdue for d in self.deadlines)


def ledger_due_date(today: date) -> date:
    """The next monthly ledger due date: up to the 10th, last month's; after it, this month's."""
    return ledger_due(*ledger_month_due_around(today))


def _months(today: date, count: int) -> list[str]:
    months: list[str] = []
    year, month = today.year, today.month
    for _ in range(count):
        months.append(f"{year:04d}-{month:02d}")
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    return months[::-1]


def _distinct_firms(session: Session, column: object, *where: object) -> int:
    return int(session.scalar(select(func.count(func.distinct(column))).where(*where)) or 0)  # type: ignore[arg-type]


def _targets(session: Session, year: int) -> tuple[Decimal | None, Decimal | None, Decimal | None]:
    """The bank-wide target of the year if there is one, else the sum over counties."""
    rows = list(session.scalars(select(Target).where(Target.year == year)))
    chosen = [t for t in rows if t.scope_kind == "bank"] or [t for t in rows if t.scope_kind == "county"]
    if not chosen:
        return None, None, None

    def total(values: list[int | Decimal | None]) -> Decimal | None:
        present = [Decimal(v) for v in values if v is not None]
        return sum(present, Decimal(0)) if present else None

    return (
        total([t.firms_target for t in chosen]),
        total([t.first_loans_target for t in chosen]),
        total([t.amount_target for t in chosen]),
    )


def dashboard_figures(ws: Workspace, today: date) -> DashboardFigures:
    with ws.db.session() as session:
        on_list = int(session.scalar(select(func.count(Firm.id)).where(Firm.on_list.is_(True))) or 0)
        contacted = _distinct_firms(session, Visit.firm_id)
        with_demand = _distinct_firms(session, Demand.firm_id)
        credited = _distinct_firms(session, Credit.firm_id)
        first_loans = _distinct_firms(session, Loan.firm_id, Loan.is_first_loan.is_(True))
        amounts = session.scalars(select(Loan.amount).where(Loan.is_first_loan.is_(True)))
        amount = sum(amounts, Decimal(0))
        firms_target, loans_target, amount_target = _targets(session, today.year)
        tiles = [
            Tile("on_list", Decimal(on_list), firms_target),
            Tile("contacted", Decimal(contacted), None),
            Tile("demand", Decimal(with_demand), None),
            Tile("credited", Decimal(credited), None),
            Tile("first_loans", Decimal(first_loans), loans_target),
            Tile("first_loan_amount", amount, amount_target),
        ]

        by_stage = dict(session.execute(select(Firm.stage, func.count(Firm.id)).group_by(Firm.stage)).all())
        funnel = []
        for index, stage in enumerate(MAIN_PATH[:-1]):
            reached = sum(int(by_stage.get(s.value, 0)) for s in MAIN_PATH[index:])
            funnel.append((stage.value, reached))

        months = _months(today, 12)
        start = date.fromisoformat(months[0] + "-01")
        visit_month = func.strftime("%Y-%m", Visit.date)
        visits: dict[str, int] = dict(
            session.execute(
                select(visit_month, func.count(Visit.id)).where(Visit.date >= start).group_by(visit_month)
            ).all()
        )
        loan_month = func.strftime("%Y-%m", Loan.date)
        loans: dict[str, int] = dict(
            session.execute(
                select(loan_month, func.count(Loan.id))
                .where(Loan.date >= start, Loan.is_first_loan.is_(True))
                .group_by(loan_month)
            ).all()
        )
        trend = [(m, int(visits.get(m, 0)), int(loans.get(m, 0))) for m in months]

        deadlines: list[DeadlineItem] = []
        open_demands = session.execute(
            select(Demand, Firm.name, Firm.uscc)
            .join(Firm, Firm.id == Demand.firm_id)
            .where(Demand.decided_on.is_(None), Demand.decision.is_(None))
        )
        for demand, name, uscc in open_demands:
            for step in evaluate(demand.dates(), ws.calendar, today):
                if step.status in (StepStatus.DUE, StepStatus.OVERDUE) and step.deadline is not None:
                    overdue = step.status == StepStatus.OVERDUE
                    deadlines.append(DeadlineItem(name, uscc, step.step.value, step.deadline, overdue))
        deadlines.sort(key=lambda d: (not d.overdue, d.deadline))

        monday = today - timedelta(days=today.weekday())
        sunday = monday + timedelta(days=6)
        follow_rows = session.execute(
            select(Firm.name, Firm.uscc, Visit.follow_up, Visit.next_step)
            .join(Firm, Firm.id == Visit.firm_id)
            .where(Visit.follow_up.between(monday, sunday), Visit.follow_up_done.is_(False))
            .order_by(Visit.follow_up)
        )
        follow_ups = [FollowUp(n, u, d, s or "") for n, u, d, s in follow_rows if d is not None]

        last_import = session.scalar(
            select(func.max(ImportBatch.imported_at)).where(ImportBatch.undone_at.is_(None))
        )
    return DashboardFigures(
        today=today,
        tiles=tiles,
        funnel=funnel,
        trend=trend,
        deadlines=deadlines,
        follow_ups=follow_ups,
        ledger_due=ledger_due_date(today),
        last_import=last_import,
    )

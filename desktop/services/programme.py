"""``firstloan report`` and the 台帐与报表 screen's figures: the programme's figures for a month, quarter,
year or the programme to date (desktop/services/figures.py), compared with the same period a year earlier
(同比) and the one before (环比), the quarters of a year with their report dates, the targets' 完成率, the
subsidy where the programme grants one, and optional breakdowns. Every figure is defined in
desktop/domain/figures.py (docs/figures.md)."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from sqlalchemy.orm import Session

from desktop.domain.dates import (
    Period,
    PeriodKind,
    month_period,
    previous_period,
    programme_period,
    quarter_bounds,
    quarter_period,
    year_ago,
    year_period,
)
from desktop.domain.errors import DomainError, Message
from desktop.domain.programmes import Programme
from desktop.services.figure_sets import Scope
from desktop.services.figures import (
    BREAKDOWNS,
    Figures,
    breakdown,
    compute_figures,
    data_start,
    earlier_figures,
    first_loan_amount,
    with_subsidy,
)
from desktop.services.programme_profile import load_programme, rederive_pending
from desktop.services.target_progress import SCOPE_LABELS, TargetProgress, target_progress
from desktop.services.workspace import Workspace

__all__ = ["SCOPE_LABELS", "Figures", "ProgrammeReport", "programme_report", "quarter_bounds"]


@dataclass(frozen=True)
class Quarter:
    quarter: int
    report_due: date | None  # when the programme wants the quarter's figures (None: it sets no date)
    figures: Figures


@dataclass(frozen=True)
class Subsidy:
    """The 首贷 fee subsidy of the period: only where the programme grants one (新乡, for banks in 新乡)."""

    applies: bool
    rate: Decimal | None = None  # 0.0005 = 0.5‰ (the rate of the period's years that have one)
    estimate: Decimal | None = None  # 万元, four decimals
    note: str = ""  # a Message: why there is none, or that later years are 另行研究制定

    def to_json(self) -> dict[str, Any]:
        return {
            "applies": self.applies,
            "rate": None if self.rate is None else f"{(self.rate * 1000).normalize():f}‰",
            "estimate": None if self.estimate is None else str(self.estimate),
            "note": str(self.note),
            "note_en": getattr(self.note, "en", str(self.note)),
        }


@dataclass(frozen=True)
class RateTarget:
    """忻州: 首贷率确保达到 30% 以上，力争实现 40%, against the year to date."""

    floor: Decimal | None
    goal: Decimal | None
    actual: Decimal | None
    period: Period

    def to_json(self) -> dict[str, Any]:
        return {
            "floor_pct": None if self.floor is None else str(self.floor),
            "goal_pct": None if self.goal is None else str(self.goal),
            "actual_pct": None if self.actual is None else str(self.actual),
            "period": self.period.key,
        }


@dataclass(frozen=True)
class ProgrammeReport:
    period: str  # the period's key: 2026, 2026-Q2, 2026-03, or start..end for the programme to date
    figures: Figures
    targets: list[TargetProgress] = field(default_factory=list)
    quarters: list[Quarter] = field(default_factory=list)
    programme: Programme | None = None
    span: Period | None = None
    year_ago: Figures | None = None  # 同比 (None: the earlier period has no data)
    before: Figures | None = None  # 环比
    subsidy: Subsidy = Subsidy(False)
    rate_target: RateTarget | None = None
    breakdowns: dict[str, list[tuple[str, Figures]]] = field(default_factory=dict)
    rederive_pending: bool = False

    def to_json(self) -> dict[str, Any]:
        prog = self.programme
        return {
            "period": self.period,
            "period_label": self.span.label_zh if self.span else self.period,
            "programme": programme_json(prog) if prog else None,
            "figures": self.figures.to_json(),
            "year_ago": self.year_ago.to_json() if self.year_ago else None,
            "previous": self.before.to_json() if self.before else None,
            "subsidy_rate": self.subsidy.to_json()["rate"],
            "subsidy": self.subsidy.to_json(),
            "rate_target": self.rate_target.to_json() if self.rate_target else None,
            "targets": [t.to_json() for t in self.targets],
            "quarters": [
                {
                    "quarter": q.quarter,
                    "report_due": q.report_due.isoformat() if q.report_due else None,
                    **q.figures.to_json(),
                }
                for q in self.quarters
            ],
            "breakdowns": {
                kind: [{"name": name, **f.to_json()} for name, f in rows]
                for kind, rows in self.breakdowns.items()
            },
            "rederive_pending": self.rederive_pending,
        }


def programme_json(prog: Programme) -> dict[str, Any]:
    return {
        "code": prog.code,
        "name": prog.name_zh,
        "name_en": prog.name_en,
        "document": prog.document,
        "seeds": list(prog.seeds),
        "first_loan_rule": prog.first_loan_text("zh_CN"),
        "first_loan_rule_en": prog.first_loan_text("en"),
        "lookback_years": prog.lookback_years if prog.test == "no_loan_within_years" else None,
        "start": prog.start.isoformat(),
        "end": prog.end.isoformat() if prog.end else None,
        "ledger_day": prog.ledger_day,
        "quarterly_due_days": prog.quarterly_due_days,
        "half_year_list": prog.half_year_list,
        "edited": prog.edited,
    }


def choose_period(
    year: int | None, month: int | None, quarter: int | None, prog: Programme, today: date, to_date: bool
) -> Period:
    if to_date:
        if month is not None or quarter is not None:
            raise DomainError(
                "项目以来的统计不能再指定月份或季度", en="The programme to date takes no month or quarter"
            )
        # The work goes on after a programme's last year (新乡 2022—2025): to date means up to today.
        return programme_period(prog.start, max(today, prog.start))
    if year is None or not 1900 <= year <= 2999:
        raise DomainError(f"年份 {year} 无效", en=f"The year {year} is not valid")
    if month is not None and quarter is not None:
        raise DomainError("请只指定月份或季度之一", en="Give either a month or a quarter, not both")
    if month is not None:
        if not 1 <= month <= 12:
            raise DomainError(
                f"月份应为 1 到 12，实为 {month}", en=f"The month should be 1 to 12, not {month}"
            )
        return month_period(year, month)
    if quarter is not None:
        return quarter_period(year, quarter)
    return year_period(year)


def local_bank(prog: Programme, ws: Workspace) -> bool:
    """Whether the officer's bank is one of the subsidy's region (驻新银行): set in 设置 → 项目, else read
    from the names of the bank, branch and 填报单位."""
    if prog.local_bank is not None:
        return prog.local_bank
    region = prog.subsidy.region if prog.subsidy else ""
    profile = ws.profile
    return bool(region) and region in f"{profile.bank}{profile.branch}{profile.unit}"


def _subsidy(session: Session, ws: Workspace, prog: Programme, span: Period) -> Subsidy:
    if prog.subsidy is None:
        return Subsidy(
            False, note=Message("本项目口径无首贷费用补贴", "This programme grants no first-loan subsidy")
        )
    if not local_bank(prog, ws):
        return Subsidy(
            False,
            note=Message(
                f"首贷费用补贴仅限驻{prog.subsidy.region}银行机构（设置 → 项目）",
                f"The first-loan subsidy is only for banks in {prog.subsidy.region_en} (Settings → Programme)",
            ),
        )
    estimate, rates, unrated = Decimal(0), set(), []
    own = Scope("bank", ws.profile.bank, own_bank=True) if ws.profile.bank else Scope()
    for year in range(span.start.year, span.end.year + 1):
        part = Period(span.kind, max(span.start, date(year, 1, 1)), min(span.end, date(year, 12, 31)))
        rate = prog.subsidy.rates.get(year)
        if rate is None:
            unrated.append(year)
            continue
        rates.add(rate)
        estimate += first_loan_amount(session, part, own) * rate
    note = Message("", "")
    if unrated:
        years = "、".join(str(y) for y in unrated)
        note = Message(
            f"{years} 年的补贴标准“后续年度根据情况另行研究制定”（种子 001），未估算",
            f"The subsidy for {', '.join(map(str, unrated))} is to be set later (seed 001): not estimated",
        )
    if not rates:
        return Subsidy(True, None, None, note)
    rounded = estimate.quantize(Decimal("0.0001"), ROUND_HALF_UP)
    return Subsidy(True, max(rates), rounded, note)


def _quarters(session: Session, ws: Workspace, prog: Programme, span: Period, today: date) -> list[Quarter]:
    quarters = []
    for q in range(1, 5):
        period = quarter_period(span.start.year, q)
        if period.start > today:
            break
        due = period.end + timedelta(days=prog.quarterly_due_days) if prog.quarterly_due_days else None
        quarters.append(Quarter(q, due, compute_figures(session, period, ws.calendar, today)))
    return quarters


def programme_report(
    ws: Workspace,
    year: int | None = None,
    *,
    month: int | None = None,
    quarter: int | None = None,
    today: date | None = None,
    to_date: bool = False,
    breakdowns: Collection[str] = (),
) -> ProgrammeReport:
    """Figures for a month, quarter, year (with its quarters) or the programme to date, compared with the
    year before and the period before, and the targets' progress as of the period's end."""
    today = today or ws.today()
    if unknown := set(breakdowns) - set(BREAKDOWNS):
        raise DomainError(
            f"没有这种分组：{'、'.join(sorted(unknown))}；可选：{'、'.join(BREAKDOWNS)}",
            en=f"No such breakdown: {', '.join(sorted(unknown))}; the choices are: {', '.join(BREAKDOWNS)}",
        )
    cal = ws.calendar
    with ws.db.session() as session:
        prog = load_programme(session)
        span = choose_period(year, month, quarter, prog, today, to_date)
        subsidy = _subsidy(session, ws, prog, span)
        figures = with_subsidy(compute_figures(session, span, cal, today), subsidy.estimate)
        since = data_start(session)
        ago, before = (
            earlier_figures(session, p, cal, today, since) for p in (year_ago(span), previous_period(span))
        )
        quarters = _quarters(session, ws, prog, span, today) if span.kind is PeriodKind.YEAR else []
        targets = target_progress(session, prog, span, cal, today, ws.profile.bank)
        rate_target = None
        if prog.rate_floor is not None or prog.rate_goal is not None:
            ytd = (
                span
                if span.kind is PeriodKind.PROGRAMME
                else Period(PeriodKind.YEAR, date(span.end.year, 1, 1), span.end)
            )
            actual = compute_figures(session, ytd, cal, today).first_loan_rate
            rate_target = RateTarget(prog.rate_floor, prog.rate_goal, actual, ytd)
        split = {kind: breakdown(session, kind, span, cal, today) for kind in breakdowns}
        pending = rederive_pending(session)
    return ProgrammeReport(
        span.key, figures, targets, quarters, prog, span, ago, before, subsidy, rate_target, split, pending
    )

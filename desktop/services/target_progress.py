"""Targets against the figures: each target (entered, or the programme's default from its seed) matched on
the right thing — the firm's county for a county, the lending bank for a bank's credit and loans (the
assigned bank for its contacted firms), the assigned branch and officer — with 完成率 as of a period's end.
Entering and correcting targets is ``services/targets.py``."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.domain.banks import bank_name
from desktop.domain.dates import Period, PeriodKind, programme_period
from desktop.domain.figures import pct
from desktop.domain.money import round_wan
from desktop.domain.programmes import DefaultTarget, Programme
from desktop.domain.workcalendar import WorkCalendar
from desktop.services.figure_sets import EVERYTHING, FigureSets, Scope, count
from desktop.services.figures import first_loan_amount
from desktop.services.targets import SCOPES
from desktop.store.models import Firm, Target

SCOPE_LABELS = {
    "county": "县（市、区）",
    "bank": "银行",
    "branch": "网点",
    "officer": "客户经理",
    "city": "全市",
}
MATCHED_ON = {
    "county": "企业所在县（市、区）",
    "bank": "贷款、授信按放款银行；对接户数按对接银行",
    "branch": "企业的对接网点",
    "officer": "企业的客户经理",
    "city": "全部企业",
}
# 忻州市区 (seed 003) is the 忻府区 of the lists.
_COUNTY_ALIASES = {"忻州市区": ("忻州市区", "忻府区")}


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
    period: Period | None = None  # what the actuals are counted over (year or programme to date)
    source: str = "set"  # set (entered) | seed (the programme's default)

    @property
    def firms_pct(self) -> Decimal | None:
        return pct(self.firms_actual, self.firms_target or 0)

    @property
    def first_loans_pct(self) -> Decimal | None:
        return pct(self.first_loans_actual, self.first_loans_target or 0)

    @property
    def amount_pct(self) -> Decimal | None:
        return pct(self.amount_actual, self.amount_target or 0)

    def to_json(self) -> dict[str, Any]:
        def s(v: Decimal | None) -> str | None:
            return None if v is None else str(v)

        return {
            "scope_kind": self.scope_kind,
            "scope_name": self.scope_name,
            "firms_target": self.firms_target,
            "firms_actual": self.firms_actual,
            "firms_pct": s(self.firms_pct),
            "first_loans_target": self.first_loans_target,
            "first_loans_actual": self.first_loans_actual,
            "first_loans_pct": s(self.first_loans_pct),
            "amount_target": None if self.amount_target is None else str(self.amount_target),
            "amount_actual": str(round_wan(self.amount_actual)),
            "amount_pct": s(self.amount_pct),
            "period": self.period.key if self.period else None,
            "period_label": self.period.label_zh if self.period else None,
            "source": self.source,
            "matched_on": MATCHED_ON.get(self.scope_kind, ""),
        }


def _scope(kind: str, name: str, own_bank: str) -> list[Scope]:
    if kind == "county":
        return [Scope("county", n) for n in _COUNTY_ALIASES.get(name, (name,))]
    if kind == "bank":
        mine = bool(own_bank) and bank_name(name).key == bank_name(own_bank).key
        return [Scope("bank", name, own_bank=mine)]
    if kind == "city":
        return [EVERYTHING]
    return [Scope(kind, name)]


def _progress(
    session: Session,
    kind: str,
    name: str,
    targets: tuple[int | None, int | None, Decimal | None],
    period: Period,
    context: tuple[WorkCalendar, date, str],
    source: str,
) -> TargetProgress:
    """A target against the three figures it is set on: 培植户数 ↔ 已对接, 首贷户数, 首贷金额."""
    own_bank = context[2]
    firms = loans = 0
    amount = Decimal(0)
    for scope in _scope(kind, name, own_bank):
        sets = FigureSets(session, period, scope)
        firms += count(session, sets.contacted())
        loans += count(session, sets.first_loan_firms())
        amount += first_loan_amount(session, period, scope)
    return TargetProgress(
        kind, name, targets[0], firms, targets[1], loans, targets[2], amount, period, source
    )


def _defaults(
    session: Session, prog: Programme, own_bank: str, entered: set[tuple[str, str]]
) -> list[tuple[str, str, DefaultTarget]]:
    """The programme's default targets as (kind, name, target) for the scopes the data has."""
    chosen: list[tuple[str, str, DefaultTarget]] = []
    named = {t.scope_name for t in prog.targets if t.scope_kind == "county" and t.scope_name != "*"}
    aliases = {a for n in named for a in _COUNTY_ALIASES.get(n, (n,))}
    counties = [c for c in session.scalars(select(Firm.county).distinct().order_by(Firm.county)) if c]
    for t in prog.targets:
        if t.scope_kind == "county" and t.scope_name == "*":
            chosen += [("county", c, t) for c in counties if c not in aliases]
        elif t.scope_kind == "bank_kind":
            if own_bank and bank_name(own_bank).kind == t.scope_name:
                chosen.append(("bank", bank_name(own_bank).key, t))
        else:
            chosen.append((t.scope_kind, t.scope_name, t))
    return [c for c in chosen if (c[0], c[1]) not in entered]


def target_progress(
    session: Session, prog: Programme, period: Period, calendar: WorkCalendar, today: date, own_bank: str
) -> list[TargetProgress]:
    """Every target (entered, then the programme's defaults) against the figures as of the period's end:
    a year's target against the year to date, a programme target against the programme to date."""
    year = period.end.year
    ytd = Period(PeriodKind.YEAR, date(year, 1, 1), period.end)
    context = (calendar, today, own_bank)
    rows = list(
        session.scalars(
            select(Target)
            .where(Target.year == year, Target.live)
            .order_by(Target.scope_kind, Target.scope_name)
        )
    )
    result = [
        _progress(session, t.scope_kind, t.scope_name, (t.firms_target, t.first_loans_target, t.amount_target),
                  ytd, context, "set")
        for t in rows
        if t.scope_kind in SCOPES
    ]  # fmt: skip
    entered = {(t.scope_kind, t.scope_name) for t in rows}
    if own_bank:
        entered |= {("bank", bank_name(t.scope_name).key) for t in rows if t.scope_kind == "bank"}
    for kind, name, t in _defaults(session, prog, own_bank, entered):
        if t.period == "programme":
            end = min(period.end, prog.end) if prog.end else period.end
            if end < prog.start:
                continue
            stretch = programme_period(prog.start, end)
        else:
            stretch = ytd
        result.append(
            _progress(session, kind, name, (t.firms, t.first_loans, t.amount), stretch, context, "seed")
        )
    return result

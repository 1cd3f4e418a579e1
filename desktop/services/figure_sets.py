"""The firms each figure counts, as SQL selects of firm ids over a period and a scope.

One select per figure (desktop/domain/figures.py says what each counts): the figures count them, the
firm table filters on them (clicking a dashboard tile shows exactly those firms), the ledger lists them.
Only live records count (a voided visit, demand, credit, loan or stage move counts nowhere).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any, TypeVar

from sqlalchemy import ColumnElement, Select, and_, exists, func, or_, select, union
from sqlalchemy.orm import Session, aliased

from desktop.domain.banks import bank_key
from desktop.domain.dates import Period
from desktop.domain.stages import Stage
from desktop.store.models import (
    BatchChange,
    Credit,
    Demand,
    Firm,
    ImportBatch,
    ListMembership,
    Loan,
    StageChange,
    Visit,
)

AnySelect = Select[*tuple[Any, ...]]
SelectT = TypeVar("SelectT", bound=AnySelect)
# Business dates are China's; the list import times are stored in UTC.
_CHINA = timedelta(hours=8)
EXITS = tuple(s.value for s in Stage if s.is_exit)


@dataclass(frozen=True)
class Scope:
    """Narrows figures to one county, officer, branch, entity kind or bank. A bank is matched on the
    lending bank for credit and loans (the record's bank) and on the assigned bank for the other figures;
    names are compared as one bank however written (desktop/domain/banks.py)."""

    kind: str | None = None  # county | officer | branch | entity_type | bank
    name: str | None = None
    # For the officer's own bank: firms assigned to no bank are the branch's own, so they count too.
    own_bank: bool = False

    def to_json(self) -> dict[str, str | None]:
        return {"kind": self.kind, "name": self.name}

    @property
    def label(self) -> str:
        return self.name or "全部"


EVERYTHING = Scope()


def _china_start(day: date) -> datetime:
    return datetime.combine(day, time(), UTC) - _CHINA


def bank_spellings(session: Session, key: str) -> list[str]:
    """Every way the data writes the bank ``key`` (工行, 中国工商银行新乡分行 …)."""
    names: set[str] = set()
    for column in (Loan.bank, Credit.bank, Firm.assigned_bank):
        names |= {n for n in session.scalars(select(column).distinct()) if n}
    return sorted(n for n in names if bank_key(n) == key)


class FigureSets:
    """The firm-id selects of one period and scope (built once per computation)."""

    def __init__(self, session: Session | None, period: Period, scope: Scope = EVERYTHING) -> None:
        """``session`` is needed for a bank scope only (to find how the data spells the bank)."""
        self.period, self.scope = period, scope
        self.start, self.end = period.start, period.end
        self._banks: list[str] = []
        if scope.kind == "bank":
            assert session is not None, "a bank scope needs the session"
            self._banks = bank_spellings(session, bank_key(scope.name))

    # -- scope ---------------------------------------------------------------------------------------

    def firm_scope(self) -> list[ColumnElement[bool]]:
        kind, name = self.scope.kind, self.scope.name
        columns = {
            "county": Firm.county,
            "officer": Firm.assigned_officer,
            "branch": Firm.assigned_branch,
            "entity_type": Firm.entity_type,
        }
        if kind in columns:
            return [columns[kind] == name]
        if kind == "bank":
            if self.scope.own_bank:
                return [
                    or_(
                        Firm.assigned_bank.in_(self._banks),
                        Firm.assigned_bank.is_(None),
                        Firm.assigned_bank == "",
                    )
                ]
            return [Firm.assigned_bank.in_(self._banks)]
        return []

    def _scoped(self, stmt: SelectT, firm_id: Any, lending: Any = None) -> SelectT:
        if self.scope.kind == "bank" and lending is not None:
            if self.scope.own_bank:  # a loan or credit recorded without a bank is the officer's bank's
                return stmt.where(or_(lending.in_(self._banks), lending.is_(None), lending == ""))
            return stmt.where(lending.in_(self._banks))
        conditions = self.firm_scope()
        if not conditions:
            return stmt
        return stmt.where(firm_id.in_(select(Firm.id).where(*conditions)))

    def _in(self, column: Any) -> ColumnElement[bool]:
        return and_(column >= self.start, column <= self.end)

    # -- the figures' firms ---------------------------------------------------------------------------

    def on_lists(self) -> Select[Any]:
        first = aliased(ImportBatch)
        removed_later = exists(
            select(BatchChange.id)
            .join(ImportBatch, ImportBatch.id == BatchChange.batch_id)
            .where(
                BatchChange.firm_id == ListMembership.firm_id,
                BatchChange.kind == "removed",
                ImportBatch.list_id == ListMembership.list_id,
                ImportBatch.imported_at >= _china_start(self.start),
            )
        )
        stmt = (
            select(ListMembership.firm_id)
            .join(first, first.id == ListMembership.first_batch_id)
            .where(
                first.undone_at.is_(None),
                first.imported_at < _china_start(self.end + timedelta(days=1)),
                or_(ListMembership.active.is_(True), removed_later),
            )
        )
        return self._scoped(stmt, ListMembership.firm_id)

    def contacted(self) -> Select[Any]:
        return self._scoped(select(Visit.firm_id).where(Visit.live, self._in(Visit.date)), Visit.firm_id)

    def contacted_by_end(self) -> Select[Any]:
        stmt = select(Visit.firm_id).where(Visit.live, Visit.date <= self.end)
        return self._scoped(stmt, Visit.firm_id)

    def with_demand(self) -> Select[Any]:
        stmt = select(Demand.firm_id).where(Demand.live, self._in(Demand.received_on))
        return self._scoped(stmt, Demand.firm_id)

    def planned(self) -> Select[Any]:
        stmt = select(StageChange.firm_id).where(
            StageChange.live, StageChange.to_stage == Stage.CULTIVATING.value, self._in(StageChange.on)
        )
        return self._scoped(stmt, StageChange.firm_id)

    def credited(self) -> Select[Any]:
        stmt = select(Credit.firm_id).where(Credit.live, self._in(Credit.date))
        return self._scoped(stmt, Credit.firm_id, Credit.bank)

    def loans_of(self, status: str) -> Select[Any]:
        stmt = select(Loan.firm_id).where(Loan.live, Loan.first_loan_status == status, self._in(Loan.date))
        return self._scoped(stmt, Loan.firm_id, Loan.bank)

    def first_loan_firms(self) -> Select[Any]:
        return self.loans_of("first")

    def first_loans_unverified(self) -> Select[Any]:
        return self.loans_of("unverified")

    def loan_elsewhere(self) -> Select[Any]:
        """Firms whose first live move to 他行已获贷 is in the period, without our 首贷 before it."""
        moves = (
            select(StageChange.firm_id, func.min(StageChange.on).label("on"))
            .where(StageChange.live, StageChange.cause == "hand", StageChange.to_stage == "loan_elsewhere")
            .group_by(StageChange.firm_id)
            .subquery()
        )
        ours_before = exists(
            select(Loan.id).where(
                Loan.firm_id == moves.c.firm_id,
                Loan.live,
                Loan.first_loan_status == "first",
                Loan.date <= moves.c.on,
            )
        )
        stmt = select(moves.c.firm_id).where(moves.c.on >= self.start, moves.c.on <= self.end, ~ours_before)
        return self._scoped(stmt, moves.c.firm_id)

    def first_before_start(self) -> Select[Any]:
        return select(Loan.firm_id).where(
            Loan.live, Loan.first_loan_status == "first", Loan.date < self.start
        )

    def conversion_base(self) -> Select[Any]:
        """Firms contacted by the period's end that had no 首贷 before it (the firms being cultivated)."""
        return self.contacted_by_end().where(Visit.firm_id.not_in(self.first_before_start()))

    def exits(self) -> Select[Any]:
        stmt = select(StageChange.firm_id).where(
            StageChange.live, StageChange.to_stage.in_(EXITS), self._in(StageChange.on)
        )
        return self._scoped(stmt, StageChange.firm_id)

    def ledger_firms(self) -> Select[Any]:
        """Firms with any live event of their cultivation in the period: the ledger's rows."""
        demand_days = or_(
            *(self._in(c) for c in (Demand.received_on, Demand.feedback_on, Demand.conditions_met_on,
                                    Demand.accepted_on, Demand.decided_on))
        )  # fmt: skip
        demands = self._scoped(select(Demand.firm_id).where(Demand.live, demand_days), Demand.firm_id)
        loans = self._scoped(select(Loan.firm_id).where(Loan.live, self._in(Loan.date)), Loan.firm_id)
        credits = self._scoped(
            select(Credit.firm_id).where(Credit.live, self._in(Credit.date)), Credit.firm_id
        )
        return select(union(self.contacted(), demands, credits, loans, self.exits()).subquery().c[0])

    def of(self, code: str) -> Select[Any]:
        """The firms a firm figure counts (a code of desktop.domain.figures.FIRM_FIGURES)."""
        chosen = {
            "on_lists": self.on_lists,
            "contacted": self.contacted,
            "with_demand": self.with_demand,
            "planned": self.planned,
            "credited": self.credited,
            "first_loan_firms": self.first_loan_firms,
            "first_loans_unverified": self.first_loans_unverified,
            "loan_elsewhere": self.loan_elsewhere,
            "ledger_firms": self.ledger_firms,
        }
        if code not in chosen:
            raise KeyError(code)
        return chosen[code]()


@dataclass(frozen=True)
class FigureFilter:
    """The firms one figure of one period counts: what a dashboard tile opens in the firm table."""

    code: str  # of desktop.domain.figures.FIRM_FIGURES
    period: Period

    def firm_ids(self) -> Select[Any]:
        return FigureSets(None, self.period).of(self.code)


def count(session: Session, stmt: Select[Any]) -> int:
    return int(session.scalar(select(func.count()).select_from(stmt.distinct().subquery())) or 0)


def count_both(session: Session, a: Select[Any], b: Select[Any]) -> int:
    """Firms in both selects."""
    inner = a.where(a.selected_columns[0].in_(b)).distinct().subquery()
    return int(session.scalar(select(func.count()).select_from(inner)) or 0)

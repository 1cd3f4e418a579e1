"""Finding and listing firms (the firm table of the UI and ``firstloan firms``)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from desktop.domain.errors import DomainError
from desktop.domain.stages import Stage
from desktop.domain.uscc import normalize
from desktop.services.firm_search import OverBudget, search_condition, time_budget
from desktop.services.workspace import Workspace
from desktop.store.models import Firm

PROBE_BUDGET_S = 0.025


class FirmNotFound(DomainError):
    pass


@dataclass(frozen=True)
class FirmQuery:
    search: str | None = None
    stage: Stage | None = None
    county: str | None = None
    entity_type: str | None = None
    officer: str | None = None  # "mine": firms assigned to this officer
    on_list: bool | None = None
    limit: int | None = None
    offset: int = 0


@dataclass(frozen=True)
class FirmSummary:
    uscc: str
    name: str
    entity_type: str
    county: str | None
    address: str | None
    founded: date | None
    capital: Decimal | None
    stage: str
    on_list: bool
    legal_rep: str | None
    assigned_officer: str | None

    def to_json(self) -> dict[str, Any]:
        return {
            "uscc": self.uscc,
            "name": self.name,
            "entity_type": self.entity_type,
            "county": self.county,
            "address": self.address,
            "founded": self.founded.isoformat() if self.founded else None,
            "capital": float(self.capital) if self.capital is not None else None,
            "stage": self.stage,
            "on_list": self.on_list,
            "legal_rep": self.legal_rep,
            "assigned_officer": self.assigned_officer,
        }


def _summary(firm: Firm) -> FirmSummary:
    return FirmSummary(
        uscc=firm.uscc,
        name=firm.name,
        entity_type=firm.entity_type,
        county=firm.county,
        address=firm.address,
        founded=firm.founded,
        capital=firm.registered_capital,
        stage=firm.stage,
        on_list=firm.on_list,
        legal_rep=firm.legal_rep,
        assigned_officer=firm.assigned_officer,
    )


def apply_filters(
    stmt: Select[Any], query: FirmQuery, session: Session | None = None, probe: bool = False
) -> Select[Any]:
    if query.search:
        condition = search_condition(query.search, session, probe)
        if condition is not None:
            stmt = stmt.where(condition)
    if query.stage is not None:
        stmt = stmt.where(Firm.stage == query.stage.value)
    if query.county:
        stmt = stmt.where(Firm.county == query.county)
    if query.entity_type:
        stmt = stmt.where(Firm.entity_type == query.entity_type)
    if query.officer:
        stmt = stmt.where(Firm.assigned_officer == query.officer)
    if query.on_list is not None:
        stmt = stmt.where(Firm.on_list == query.on_list)
    return stmt


def list_firms(ws: Workspace, query: FirmQuery | None = None) -> list[FirmSummary]:
    query = query or FirmQuery()
    with ws.db.session() as session:
        if query.limit is None:
            stmt = apply_filters(select(Firm), query).order_by(Firm.name_key, Firm.id)
            return [_summary(firm) for firm in session.scalars(stmt)]
        # A page lets common searches stop early in display order (see firm_search): first the
        # per-firm probe under a time budget, then the index walk.
        if query.search:
            try:
                with time_budget(session, PROBE_BUDGET_S):
                    return _page(session, query, probe=True)
            except OverBudget:
                session.rollback()
        return _page(session, query, probe=False)


def _page(session: Session, query: FirmQuery, probe: bool) -> list[FirmSummary]:
    stmt = apply_filters(select(Firm), query, session, probe).order_by(Firm.name_key, Firm.id)
    stmt = stmt.limit(query.limit).offset(query.offset)
    return [_summary(firm) for firm in session.scalars(stmt)]


def count_firms(ws: Workspace, query: FirmQuery | None = None) -> int:
    stmt = apply_filters(select(func.count(Firm.id)), query or FirmQuery())
    with ws.db.session() as session:
        return int(session.scalar(stmt) or 0)


def get_firm(session: Session, uscc: str) -> Firm:
    """The firm with this code (pasted codes are normalised first), or a clear FirmNotFound."""
    code = normalize(uscc)
    firm = session.scalar(select(Firm).where(Firm.uscc == code))
    if firm is None:
        raise FirmNotFound(f"找不到统一社会信用代码为 {code or uscc!r} 的企业")
    return firm

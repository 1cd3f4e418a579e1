"""The choices offered by the firm table's filters and batch actions: the counties of the firms' cities
(from the division data set, as targets and imports use it), the entity types and officers in the data."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.domain.divisions import counties as region_counties
from desktop.services.workspace import Workspace
from desktop.store.models import Firm


@dataclass(frozen=True)
class FilterChoices:
    counties: list[str]
    entity_types: list[str]
    officers: list[str] = field(default_factory=list)


def filter_choices(ws: Workspace) -> FilterChoices:
    # DISTINCT over indexed columns: a quick index scan even at 530,000 firms.
    with ws.db.session() as session:
        counties = _counties(session)
        kinds = [
            k for k in session.scalars(select(Firm.entity_type).distinct().order_by(Firm.entity_type)) if k
        ]
        officers = [
            o
            for o in session.scalars(select(Firm.assigned_officer).distinct().order_by(Firm.assigned_officer))
            if o
        ]
    return FilterChoices(counties=counties, entity_types=kinds, officers=officers)


def _counties(session: Session) -> list[str]:
    """The current counties of every city the firms' credit codes name (characters 3-6: 4107 新乡市), in
    division code order, then any county stored in another form (a list's own spelling, a county
    typed by hand), so every stored value can still be chosen. About 50 ms at 530,000 firms."""
    cities = session.scalars(select(func.substr(Firm.uscc, 3, 4)).distinct())
    offered = list(
        dict.fromkeys(name for city in sorted(c for c in cities if c) for name in region_counties(city))
    )
    known = set(offered)
    stored = session.scalars(select(Firm.county).distinct().order_by(Firm.county))
    return offered + [county for county in stored if county and county not in known]

"""The choices offered by the firm table's filters and batch actions (counties, entity types and officers
present in the data)."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import select

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
        counties = [c for c in session.scalars(select(Firm.county).distinct().order_by(Firm.county)) if c]
        kinds = [
            k for k in session.scalars(select(Firm.entity_type).distinct().order_by(Firm.entity_type)) if k
        ]
        officers = [
            o
            for o in session.scalars(select(Firm.assigned_officer).distinct().order_by(Firm.assigned_officer))
            if o
        ]
    return FilterChoices(counties=counties, entity_types=kinds, officers=officers)

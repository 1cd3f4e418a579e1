"""The records not yet in the branch exchange, found without reading whole tables.

Capture (desktop/services/sync_capture.py) looks for rows whose ``origin`` is NULL — recorded here since
the last package — at every import and export. A partial index holds just those rows, so the search
costs what was recorded since, not the size of the table (a coordinator's laptop holds the whole
branch). Partial indexes work the same on PostgreSQL.
"""

from __future__ import annotations

from sqlalchemy import Index

from desktop.store.models.admin import Target
from desktop.store.models.dossier import Attachment, BankRelationship, Contact, Dossier
from desktop.store.models.firm import Firm
from desktop.store.models.plan import Plan, PlanTask
from desktop.store.models.work import Credit, Demand, Loan, StageChange, Visit

UNSENT = tuple(
    Index(f"ix_{model.__tablename__}_unsent", model.origin, sqlite_where=model.origin.is_(None), postgresql_where=model.origin.is_(None))
    for model in (
        Firm, Dossier, Visit, Demand, Credit, Loan, StageChange, Contact, BankRelationship, Attachment, Plan, PlanTask,
        Target,
    )
)  # fmt: skip

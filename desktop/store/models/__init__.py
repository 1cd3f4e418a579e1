"""All models, importable from one place (Alembic's autogenerate and the tests need the full metadata)."""

from desktop.domain.listed_fields import LISTED_FIELDS
from desktop.store.models.admin import AuditEntry, LedgerExport, LedgerNoteVersion, Setting, Target
from desktop.store.models.base import Base
from desktop.store.models.branch import (
    BranchIdentity,
    BranchPeer,
    RemoteAudit,
    SyncConflict,
    SyncDirty,
    SyncOp,
    SyncPackage,
    SyncPendingRef,
)
from desktop.store.models.dossier import Attachment, BankRelationship, Contact, Dossier
from desktop.store.models.firm import Firm
from desktop.store.models.lists import BatchChange, ImportBatch, ListMembership, MappingProfile, RegionalList
from desktop.store.models.plan import Plan, PlanTask
from desktop.store.models.programme import (
    Activity,
    ActivityAttachment,
    ActivityFirm,
    CaseStudy,
    PreCredit,
    Product,
)
from desktop.store.models.sync_indexes import UNSENT
from desktop.store.models.work import Credit, Demand, Loan, StageChange, Visit

__all__ = [
    "LISTED_FIELDS",
    "UNSENT",
    "Activity",
    "ActivityAttachment",
    "ActivityFirm",
    "Attachment",
    "AuditEntry",
    "BankRelationship",
    "Base",
    "BatchChange",
    "BranchIdentity",
    "BranchPeer",
    "CaseStudy",
    "Contact",
    "Credit",
    "Demand",
    "Dossier",
    "Firm",
    "ImportBatch",
    "LedgerExport",
    "LedgerNoteVersion",
    "ListMembership",
    "Loan",
    "MappingProfile",
    "Plan",
    "PlanTask",
    "PreCredit",
    "Product",
    "RegionalList",
    "RemoteAudit",
    "Setting",
    "StageChange",
    "SyncConflict",
    "SyncDirty",
    "SyncOp",
    "SyncPackage",
    "SyncPendingRef",
    "Target",
    "Visit",
]

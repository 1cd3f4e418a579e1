"""The record types the branch's laptops exchange, declared once: the merge reads columns from here.

A record type names its model, how it is identified across laptops (``uid``, the firm's credit code, or
its firm for one-per-firm records), how it refers to its firm and to other records (by global id in a
package, never by a local number), its event fields (written when it is recorded; union-merged), its
editable fields (later change wins by the clock; a change on both sides is a conflict) and its derived
fields (worked out again from the merged records, never merged).

To make a new table travel: give its model the ``Synced`` mixin (uid + origin; migration adds the two
columns) and append a ``RecordType`` to ``REGISTRY``. To make a new column travel: add its name to the
type's ``event_fields`` or ``editable_fields``. Nothing else in the exchange names columns.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from desktop.domain.listed_fields import LISTED_FIELDS
from desktop.domain.names import name_key, pinyin_initials
from desktop.store.models import (
    Activity,
    ActivityAttachment,
    ActivityFirm,
    Attachment,
    BankRelationship,
    Base,
    CaseStudy,
    Contact,
    Credit,
    Demand,
    Dossier,
    Firm,
    LedgerNoteVersion,
    Loan,
    Plan,
    PlanTask,
    PreCredit,
    Product,
    StageChange,
    Target,
    Visit,
)

VOID_FIELDS = ("voided_at", "void_reason", "voided_by")


@dataclass(frozen=True)
class Ref:
    """A column holding another record's local id; in a package it is that record's global id."""

    column: str
    rtype: str


@dataclass(frozen=True)
class RecordType:
    name: str
    model: type[Base]
    # "uid" (a global id column), "uscc" (the firm itself), "firm" (one per firm: keyed by its firm), or
    # a tuple of columns that identify the record the same way on every laptop (a target's scope).
    key: str | tuple[str, ...] = "uid"
    firm_column: str | None = "firm_id"  # None: not about one firm, or reached through ``firm_via``
    firm_via: Ref | None = None  # the parent record whose firm it is (a plan task: its plan)
    event_fields: tuple[str, ...] = ()
    editable_fields: tuple[str, ...] = ()
    derived_fields: tuple[str, ...] = ()
    refs: tuple[Ref, ...] = ()
    voidable: bool = False
    # Columns worked out on each laptop from the merged values (search keys of a firm's name).
    local: Callable[[dict[str, Any]], dict[str, Any]] | None = None
    # Records of a firm whose derived state this type's records feed (see sync_derive).
    feeds_stage: bool = False
    # Its ``content`` column (a file) travels beside the record, as its own encrypted part of the package.
    content: bool = False

    @property
    def fields(self) -> tuple[str, ...]:
        return self.event_fields + self.editable_fields

    @property
    def table_name(self) -> str:
        return str(self.model.__tablename__)


def _firm_search_keys(values: dict[str, Any]) -> dict[str, Any]:
    if "name" not in values or values["name"] is None:
        return {}
    return {"name_key": name_key(values["name"]), "name_initials": pinyin_initials(values["name"])}


REGISTRY: tuple[RecordType, ...] = (
    # The catalogue first: credits, loans, plans and pre-credits refer to its products.
    RecordType(
        "product",
        Product,
        firm_column=None,
        event_fields=("created_at",),
        editable_fields=(
            "name",
            "eligibility",
            "rate_min",
            "rate_max",
            "term_min_months",
            "term_max_months",
            "guarantees",
            "is_credit",
            "audience",
            "max_amount",
            "launched_on",
            "note",
        ),
        voidable=True,
    ),
    RecordType(
        "firm",
        Firm,
        key="uscc",
        firm_column=None,
        event_fields=("source", "source_channel"),
        editable_fields=(*LISTED_FIELDS, "note", "on_list", "hand_edited"),
        derived_fields=("stage", "stage_changed_at"),
        local=_firm_search_keys,
    ),
    RecordType(
        "dossier",
        Dossier,
        key="firm",
        editable_fields=(
            "main_business",
            "employees",
            "annual_sales",
            "taxes_paid",
            "social_insurance_headcount",
            "utilities_note",
            "has_loan_record",
            "has_discount_record",
            "credit_lookback_years",
            "credit_query_date",
            "last_loan_settled_on",
            "collateral",
            "guarantee_options",
            "criteria",
            "policy_tags",
            "notes",
            "criteria_notes",
            "free_tags",
        ),
        feeds_stage=True,
    ),
    RecordType(
        "demand",
        Demand,
        event_fields=("received_on", "channel", "amount", "purpose", "created_at"),
        # The 211 steps are written once each, later: a step recorded on two laptops is a conflict.
        editable_fields=(
            "feedback_on",
            "conditions_met_on",
            "accepted_on",
            "decided_on",
            "decision",
            "note",
            "feedback_intent",
            "feedback_text",
            "conditions",
            "approved_amount",
            "decline_reason",
        ),
        voidable=True,
        feeds_stage=True,
    ),
    RecordType(
        "credit",
        Credit,
        event_fields=("date", "amount", "product", "guarantee", "rate", "term_months", "bank", "created_at"),
        refs=(Ref("demand_id", "demand"), Ref("product_id", "product")),
        voidable=True,
        feeds_stage=True,
    ),
    RecordType(
        "loan",
        Loan,
        event_fields=("date", "amount", "product", "kind", "term_months", "rate", "bank", "created_at"),
        derived_fields=("first_loan_status",),
        refs=(Ref("credit_id", "credit"), Ref("product_id", "product")),
        voidable=True,
        feeds_stage=True,
    ),
    RecordType(
        "visit",
        Visit,
        event_fields=(
            "date",
            "mode",
            "people",
            "findings",
            "next_step",
            "follow_up",
            "officer",
            "created_at",
        ),
        editable_fields=("follow_up_done",),
        voidable=True,
        feeds_stage=True,
    ),
    RecordType(
        "plan",
        Plan,
        # version and is_current are numbered again on each laptop from the merged versions (sync_plans).
        event_fields=(
            "drawn_on",
            "diagnosis",
            "diagnosis_note",
            "measures",
            "target_product",
            "target_amount",
            "target_date",
            "note",
            "measures_note",
            "created_at",
            "created_by",
            "kind",
        ),
        refs=(Ref("product_id", "product"),),
        feeds_stage=True,
    ),
    RecordType(
        "plan_task",
        PlanTask,
        firm_column=None,
        firm_via=Ref("plan_id", "plan"),
        event_fields=("title", "due", "owner"),
        editable_fields=("done", "done_on", "done_note"),
        refs=(Ref("plan_id", "plan"),),
    ),
    RecordType(
        "stage_change",
        StageChange,
        event_fields=("at", "on", "from_stage", "to_stage", "cause", "reason", "bank", "actor"),
        refs=(Ref("loan_id", "loan"),),
        voidable=True,
        feeds_stage=True,
    ),
    RecordType(
        "contact",
        Contact,
        editable_fields=("name", "role", "phone", "id_number", "is_primary"),
        voidable=True,
    ),
    RecordType(
        "bank_relationship",
        BankRelationship,
        editable_fields=(
            "bank",
            "is_basic_account",
            "has_credit",
            "has_settlement",
            "has_loan",
            "credit_amount",
            "note",
        ),
        voidable=True,
    ),
    RecordType(
        "attachment",
        Attachment,
        # The content travels beside the record, as its own encrypted part of the package.
        event_fields=("file_name", "kind", "sha256", "size", "added_at"),
        voidable=True,
        content=True,
    ),
    # Issue 23: activities (not about one firm: every laptop of the branch gets them), who took part
    # (a contact of that firm: it feeds the stage), their files, pre-credit and typical cases.
    RecordType(
        "activity",
        Activity,
        firm_column=None,
        event_fields=("created_at", "created_by"),
        editable_fields=("kind", "date", "title", "place", "organiser", "officers", "note"),
        voidable=True,
    ),
    RecordType(
        "activity_firm",
        ActivityFirm,
        event_fields=("created_at",),
        # The activity's date, copied so that a change of it reaches the firm (and its stage) everywhere.
        editable_fields=("on",),
        refs=(Ref("activity_id", "activity"),),
        voidable=True,
        feeds_stage=True,
    ),
    RecordType(
        "activity_attachment",
        ActivityAttachment,
        firm_column=None,
        event_fields=("file_name", "kind", "sha256", "size", "added_at"),
        refs=(Ref("activity_id", "activity"),),
        voidable=True,
        content=True,
    ),
    RecordType(
        "pre_credit",
        PreCredit,
        event_fields=("amount", "on", "note", "created_at", "created_by"),
        refs=(Ref("product_id", "product"),),
        voidable=True,
    ),
    RecordType(
        "case_study",
        CaseStudy,
        event_fields=("month", "created_at", "created_by"),
        editable_fields=("title", "text"),
        voidable=True,
    ),
    RecordType(
        "target",
        Target,
        key=("year", "scope_kind", "scope_name"),
        firm_column=None,
        event_fields=("year", "scope_kind", "scope_name"),
        # A target's void is undone by setting it again (services/targets.py): its void marks are fields
        # like the others (the later change wins), not a one-way void.
        editable_fields=("firms_target", "first_loans_target", "amount_target", *VOID_FIELDS),
    ),
)

# The ledger's notes per firm and month are versions (a row per change, the latest is the note), not one
# row per record: they are captured and written by desktop/services/sync_notes.py, merged like the rest.
LEDGER_NOTE = RecordType(
    "ledger_note",
    LedgerNoteVersion,
    key=("month", "uscc"),
    firm_column=None,
    editable_fields=("problem", "remark"),
)

# Columns of the exchanged tables that never travel, and why (tests/services/test_sync_registry.py checks
# that every other column is declared above).
STAYS_LOCAL: dict[str, dict[str, str]] = {
    "firm": {
        "region_code": "worked out from the credit code on each laptop",
        "created_at": "when the row was made on this laptop",
        "updated_at": "when the row was last written on this laptop",
    },
    "dossier": {"updated_at": "when the row was last written on this laptop"},
    "plan": {"version": "numbered again on each laptop (sync_plans)", "is_current": "likewise"},
    "attachment": {"content": "travels as its own encrypted part of the package"},
    "activity_attachment": {"content": "travels as its own encrypted part of the package"},
}

BY_NAME: dict[str, RecordType] = {rt.name: rt for rt in (*REGISTRY, LEDGER_NOTE)}
ORDER: dict[str, int] = {rt.name: n for n, rt in enumerate((*REGISTRY, LEDGER_NOTE))}
# The types whose records carry a file (``content``), travelling as parts of the package.
WITH_CONTENT: tuple[str, ...] = tuple(rt.name for rt in REGISTRY if rt.content)

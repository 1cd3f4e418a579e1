"""Correcting a financing demand: any of its fields and any of its 211 steps, with a reason.

The edited demand is checked whole, as the steps were (demand_checks.checked), and against the credit
granted on it (a credit is never dated before the demand it answers). A step is cleared by setting its
date to None; a void is ``corrections.void_record(ws, "demand", …)``.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import select

from desktop.services.corrections import load_live, need_reason, record_edit, with_changes
from desktop.services.demand_checks import checked, record_of
from desktop.services.firms import get_firm
from desktop.services.outcome import Outcome, not_after
from desktop.services.workspace import Workspace
from desktop.store.models import Credit, Demand

# The fields an edit may change (DemandRecord's); conditions is a sequence of texts.
EDITABLE = (
    "received_on",
    "channel",
    "amount",
    "purpose",
    "feedback_on",
    "feedback_intent",
    "feedback_text",
    "conditions",
    "conditions_met_on",
    "accepted_on",
    "decided_on",
    "decision",
    "note",
    "approved_amount",
    "decline_reason",
)


def edit_demand(ws: Workspace, demand_id: int, changes: Mapping[str, Any], reason: str) -> Outcome:
    text = need_reason(reason)
    if "conditions" in changes:
        changes = dict(changes) | {"conditions": tuple(changes["conditions"] or ())}
    with ws.db.write() as session:
        demand = load_live(session, "demand", demand_id)
        values = checked(with_changes(record_of(demand), changes, "demand"), ws.today())
        for credit in session.scalars(select(Credit).where(Credit.demand_id == demand.id, Credit.live)):
            not_after(
                values["received_on"],
                credit.date,
                "融资需求日期",
                "授信日期",
                en=("demand date", "credit date"),
            )
        return record_edit(session, ws, "demand", demand, values, text)


def list_demands(ws: Workspace, uscc: str) -> list[Demand]:
    """Every demand of the firm, oldest first, voided ones included (``demand.live`` tells)."""
    with ws.db.session() as session:
        firm = get_firm(session, uscc)
        return list(
            session.scalars(
                select(Demand).where(Demand.firm_id == firm.id).order_by(Demand.received_on, Demand.id)
            )
        )

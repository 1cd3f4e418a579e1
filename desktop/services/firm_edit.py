"""Editing firms' listed fields by hand — one firm in its form, or many from the firm table's batch actions
(assign an officer, set the county). The fields edited are remembered (Firm.hand_edited) so a later list
import shows a conflict instead of overwriting the officer's value."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy.orm import Session

from desktop.domain.errors import DomainError
from desktop.domain.listed_fields import LISTED_FIELDS
from desktop.domain.names import display_name, name_key, pinyin_initials
from desktop.services.firms import get_firm
from desktop.services.workspace import Workspace
from desktop.store.audit import append_audit

_TYPES: dict[str, type] = {"founded": date, "registered_capital": Decimal, "banks_serving": int}


class BadFirmEdit(DomainError):
    pass


def check_changes(changes: Mapping[str, Any]) -> None:
    """The edited fields are list fields of the right type, and a name is never blanked."""
    for field_name, value in changes.items():
        if field_name not in LISTED_FIELDS:
            raise BadFirmEdit(
                f"“{field_name}”不是可修改的名单字段",
                en=f"“{field_name}” is not a list field that can be edited",
            )
        expected = _TYPES.get(field_name, str)
        if value is not None and not isinstance(value, expected):
            raise BadFirmEdit(
                f"字段“{field_name}”的值类型应为 {expected.__name__}",
                en=f"The value of the field “{field_name}” should be of type {expected.__name__}",
            )
    if "name" in changes and not display_name(changes["name"] or ""):
        raise BadFirmEdit("企业名称不能为空", en="The firm name cannot be empty")


def apply_to_firm(session: Session, actor: str, uscc: str, changes: Mapping[str, Any]) -> list[str]:
    """Set checked fields in the caller's transaction (audited, remembered as hand edits); the changed ones."""
    firm = get_firm(session, uscc)
    old: dict[str, Any] = {}
    new: dict[str, Any] = {}
    for field_name, value in changes.items():
        if field_name == "name":
            value = display_name(value)
        elif isinstance(value, str):
            value = value.strip() or None  # text as typed, trimmed; blank clears
        if getattr(firm, field_name) != value:
            old[field_name] = getattr(firm, field_name)
            new[field_name] = value
            setattr(firm, field_name, value)
    if not new:
        return []
    if "name" in new:
        firm.name_key = name_key(firm.name)
        firm.name_initials = pinyin_initials(firm.name)
    firm.hand_edited = sorted(set(firm.hand_edited or []) | set(new))
    append_audit(
        session,
        actor=actor,
        action="firm.edit",
        entity="firm",
        entity_id=firm.id,
        firm_id=firm.id,
        summary=f"手工修改“{firm.name}”的{'、'.join(new)}",
        old=old,
        new=new,
    )
    return sorted(new)


def edit_firm_fields(ws: Workspace, uscc: str, changes: Mapping[str, Any]) -> list[str]:
    """Set listed fields of one firm; returns the fields that actually changed."""
    check_changes(changes)
    with ws.db.write() as session:
        return apply_to_firm(session, ws.actor, uscc, changes)


def edit_firms_fields(ws: Workspace, usccs: Sequence[str], changes: Mapping[str, Any]) -> int:
    """The same change to many firms in one transaction (all or none); returns how many changed."""
    check_changes(changes)
    with ws.db.write() as session:
        return sum(1 for uscc in dict.fromkeys(usccs) if apply_to_firm(session, ws.actor, uscc, changes))


def assign_officer(ws: Workspace, usccs: Sequence[str], officer: str | None) -> int:
    """Make ``officer`` responsible for the firms (None or blank: unassigned); the audit keeps who had them."""
    return edit_firms_fields(ws, usccs, {"assigned_officer": (officer or "").strip() or None})


def set_county(ws: Workspace, usccs: Sequence[str], county: str | None) -> int:
    return edit_firms_fields(ws, usccs, {"county": (county or "").strip() or None})

"""一企一档 联系人: a firm's contacts — added, corrected and voided (never deleted), one of them the main one.

A phone is an 11-digit mobile or a landline with its area code (desktop.domain.phones); anything else is
refused. The dossier shows it masked until the officer reveals it; the PDF masks it unless a full copy
is asked for.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.domain.errors import DomainError
from desktop.domain.phones import check_phone
from desktop.services.corrections import load_live, need_reason, record_edit, with_changes
from desktop.services.firms import get_firm
from desktop.services.outcome import Outcome
from desktop.services.workspace import Workspace
from desktop.store.audit import append_audit
from desktop.store.models import Contact


class ContactError(DomainError):
    pass


@dataclass(frozen=True)
class ContactInput:
    name: str
    role: str | None = None
    phone: str | None = None
    id_number: str | None = None
    primary: bool = False


def _values(data: ContactInput) -> dict[str, Any]:
    if not data.name.strip():
        raise ContactError("联系人姓名不能为空", en="The contact's name cannot be empty")
    return {
        "name": data.name.strip(),
        "role": (data.role or "").strip() or None,
        "phone": check_phone(data.phone),
        "id_number": (data.id_number or "").strip() or None,
        "is_primary": data.primary,
    }


def _only_primary(session: Session, firm_id: int, keep: int | None) -> None:
    """One main contact per firm: making one the main contact makes the others not."""
    for other in session.scalars(select(Contact).where(Contact.firm_id == firm_id, Contact.live)):
        if other.id != keep:
            other.is_primary = False


def add_contact(
    ws: Workspace,
    uscc: str,
    name: str,
    *,
    role: str | None = None,
    phone: str | None = None,
    id_number: str | None = None,
    primary: bool = False,
) -> Outcome:
    values = _values(ContactInput(name, role, phone, id_number, primary))
    with ws.db.write() as session:
        firm = get_firm(session, uscc)
        if primary:
            _only_primary(session, firm.id, None)
        contact = Contact(firm_id=firm.id, **values)
        session.add(contact)
        session.flush()
        append_audit(
            session,
            actor=ws.actor,
            action="dossier.contact_add",
            entity="dossier",
            entity_id=firm.uscc,
            firm_id=firm.id,
            summary=f"新增联系人 {contact.name}：{firm.name}",
            new={
                "id": contact.id,
                "name": contact.name,
                "role": contact.role,
                "phone": contact.phone,
                "primary": primary,
            },
        )
        return Outcome(id=contact.id, uscc=firm.uscc)


def edit_contact(ws: Workspace, contact_id: int, changes: Mapping[str, Any], reason: str) -> Outcome:
    """Correct a contact: ``changes`` are fields of ContactInput (name, role, phone, id_number, primary)."""
    text = need_reason(reason)
    with ws.db.write() as session:
        contact = load_live(session, "contact", contact_id)
        current = ContactInput(
            contact.name, contact.role, contact.phone, contact.id_number, contact.is_primary
        )
        values = _values(with_changes(current, changes, "contact"))
        if values["is_primary"] and not contact.is_primary:
            _only_primary(session, contact.firm_id, contact.id)
        return record_edit(session, ws, "contact", contact, values, text)

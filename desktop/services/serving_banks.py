"""一企一档 服务银行: the banks already serving a firm, in their roles (基本户 / 结算 / 授信 / 贷款), added,
corrected and voided. They feed the basic-account and 垒小户 warnings (the 授信 role is what 垒小户
counts), which come back with each result and never block."""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.domain.amounts import parse_amount
from desktop.domain.errors import DomainError
from desktop.domain.vocabulary import BANK_ROLES, bank_name
from desktop.services.corrections import load_live, need_reason, record_edit, with_changes
from desktop.services.crowding import firm_crowding_warnings
from desktop.services.firms import get_firm
from desktop.services.outcome import Outcome
from desktop.services.workspace import Workspace
from desktop.store.audit import append_audit
from desktop.store.models import BankRelationship

# Role code -> the column that keeps it.
ROLE_COLUMNS = {
    "basic": "is_basic_account",
    "settlement": "has_settlement",
    "credit": "has_credit",
    "loan": "has_loan",
}


class BankRelationshipError(DomainError):
    pass


@dataclass(frozen=True)
class BankInput:
    bank: str  # from the normalised list (BANKS; short forms become full names) or typed freely
    roles: frozenset[str] = field(default_factory=frozenset)  # codes or labels of BANK_ROLES
    credit_amount: Decimal | str | None = None  # 万元; giving one gives the bank the 授信 role
    note: str | None = None


def roles_of(row: BankRelationship) -> list[str]:
    """The row's role codes, in BANK_ROLES order."""
    return [code for code in BANK_ROLES.codes() if getattr(row, ROLE_COLUMNS[code])]


def _values(data: BankInput) -> dict[str, Any]:
    name = bank_name(data.bank)
    if not name:
        raise BankRelationshipError("银行名称不能为空", en="The bank name cannot be empty")
    roles = {BANK_ROLES.parse(r) for r in data.roles}
    amount = (
        None
        if data.credit_amount is None
        else parse_amount(
            data.credit_amount, "他行授信金额", what_en="Credit at the other bank", allow_zero=True
        )
    )
    if amount is not None:
        roles.add("credit")
    return {"bank": name, "credit_amount": amount, "note": (data.note or "").strip() or None} | {
        column: code in roles for code, column in ROLE_COLUMNS.items()
    }


def _check_unique(session: Session, firm_id: int, values: Mapping[str, Any], besides: int | None) -> None:
    others = [
        r
        for r in session.scalars(
            select(BankRelationship).where(BankRelationship.firm_id == firm_id, BankRelationship.live)
        )
        if r.id != besides
    ]
    if any(r.bank == values["bank"] for r in others):
        raise BankRelationshipError(
            f"已登记{values['bank']}为该企业的服务银行",
            en=f"{values['bank']} is already recorded as serving this firm",
        )
    if values["is_basic_account"] and any(r.is_basic_account for r in others):
        raise BankRelationshipError(
            "该企业已登记基本户开户行；一个企业只有一个基本存款账户",
            en="This firm already has a bank for its basic account; a firm has only one basic deposit account",
        )


def add_bank_relationship(
    ws: Workspace,
    uscc: str,
    bank: str,
    *,
    basic_account: bool = False,
    roles: Collection[str] = (),
    credit_amount: Decimal | str | None = None,
    note: str | None = None,
) -> Outcome:
    """A bank already serving the firm; the result carries the 垒小户 and basic-account warnings."""
    wanted = frozenset(roles) | ({"basic"} if basic_account else set())
    values = _values(BankInput(bank, wanted, credit_amount, note))
    with ws.db.write() as session:
        firm = get_firm(session, uscc)
        _check_unique(session, firm.id, values, None)
        rel = BankRelationship(firm_id=firm.id, **values)
        session.add(rel)
        session.flush()
        append_audit(
            session,
            actor=ws.actor,
            action="dossier.bank_add",
            entity="dossier",
            entity_id=firm.uscc,
            firm_id=firm.id,
            summary=f"新增服务银行 {rel.bank}：{firm.name}",
            new={"id": rel.id, "bank": rel.bank, "roles": roles_of(rel), "credit_amount": rel.credit_amount},
        )
        warnings = firm_crowding_warnings(session, firm, ws.profile.bank)
        return Outcome(id=rel.id, uscc=firm.uscc, warnings=warnings)


def edit_bank_relationship(
    ws: Workspace, relationship_id: int, changes: Mapping[str, Any], reason: str
) -> Outcome:
    """Correct a serving bank: ``changes`` are fields of BankInput (bank, roles, credit_amount, note)."""
    text = need_reason(reason)
    with ws.db.write() as session:
        rel = load_live(session, "bank", relationship_id)
        current = BankInput(rel.bank, frozenset(roles_of(rel)), rel.credit_amount, rel.note)
        if "roles" in changes:
            changes = dict(changes) | {"roles": frozenset(changes["roles"])}
        values = _values(with_changes(current, changes, "bank"))
        _check_unique(session, rel.firm_id, values, rel.id)
        return record_edit(session, ws, "bank", rel, values, text)

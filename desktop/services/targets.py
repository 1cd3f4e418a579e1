"""The targets the officer enters as the seeds set them (户数, first loans, amount per county or bank):
set, corrected (``edit_target``) and removed (``void_target``: voided, never deleted), and listed."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import select

from desktop.domain.amounts import check_count, parse_optional_amount
from desktop.domain.errors import DomainError
from desktop.services.corrections import load_live, need_reason, record_edit, void_record, with_changes
from desktop.services.workspace import Workspace
from desktop.store.audit import append_audit
from desktop.store.models import Target

SCOPES = ("county", "bank", "branch", "officer")


@dataclass(frozen=True)
class TargetInput:
    year: int
    scope_kind: str
    scope_name: str
    firms: int | None = None
    first_loans: int | None = None
    amount: Decimal | str | None = None


def _target_values(data: TargetInput) -> dict[str, Any]:
    if data.scope_kind not in SCOPES:
        raise DomainError(
            f"目标范围“{data.scope_kind}”无效，应为 county、bank、branch 或 officer",
            en=f"Target scope “{data.scope_kind}” is not valid; it should be county, bank, branch or officer",
        )
    if not data.scope_name.strip():
        raise DomainError(
            "请填写目标对应的县（市、区）、银行、网点或客户经理", en="Give what the target is for"
        )
    if not 1900 <= data.year <= 2999:
        raise DomainError(f"年份 {data.year} 无效", en=f"The year {data.year} is not valid")
    for label, label_en, value in (
        ("培植户数", "The number of firms", data.firms),
        ("首贷户数", "The number of first loans", data.first_loans),
    ):
        if value is not None:
            check_count(value, label, label_en)
    amount = parse_optional_amount(data.amount, "目标金额", what_en="The target amount", allow_zero=True)
    if data.firms is None and data.first_loans is None and amount is None:
        raise DomainError(
            "请至少填写培植户数、首贷户数或金额之一",
            en="Give at least the firms, the first loans or the amount",
        )
    return {
        "year": data.year,
        "scope_kind": data.scope_kind,
        "scope_name": data.scope_name.strip(),
        "firms_target": data.firms,
        "first_loans_target": data.first_loans,
        "amount_target": amount,
    }


def set_target(
    ws: Workspace,
    year: int,
    scope_kind: str,
    scope_name: str,
    *,
    firms: int | None,
    first_loans: int | None,
    amount: Decimal | str | None,
) -> Target:
    """Create or replace the target of one county, bank, branch or officer for a year. ``amount`` is in
    万元 as typed (text) or a Decimal; counts and the amount are checked against their ranges."""
    values = _target_values(TargetInput(year, scope_kind, scope_name, firms, first_loans, amount))
    name = values["scope_name"]
    with ws.db.write() as session:
        target = session.scalar(
            select(Target).where(
                Target.year == year, Target.scope_kind == scope_kind, Target.scope_name == name
            )
        )
        old = None
        if target is None:
            target = Target(year=year, scope_kind=scope_kind, scope_name=name)
            session.add(target)
        elif target.voided_at is not None:
            # Set again after a void: the target is back, with only what is given now.
            target.voided_at = target.void_reason = target.voided_by = None
            target.firms_target = target.first_loans_target = target.amount_target = None
        else:
            old = {
                "firms": target.firms_target,
                "first_loans": target.first_loans_target,
                "amount": target.amount_target,
            }
        for column in ("firms_target", "first_loans_target", "amount_target"):
            if values[column] is not None:
                setattr(target, column, values[column])
        session.flush()
        append_audit(
            session,
            actor=ws.actor,
            action="target.set",
            entity="target",
            entity_id=target.id,
            summary=f"设定 {year} 年目标：{name}",
            old=old,
            new={
                "year": year,
                "scope_kind": scope_kind,
                "scope_name": name,
                "firms": target.firms_target,
                "first_loans": target.first_loans_target,
                "amount": target.amount_target,
            },
        )
    return target


def edit_target(ws: Workspace, target_id: int, changes: Mapping[str, Any], reason: str) -> Target:
    """Correct a target: ``changes`` are fields of TargetInput; another target of the same scope and year
    is refused (set that one instead)."""
    text = need_reason(reason)
    with ws.db.write() as session:
        target: Target = load_live(session, "target", target_id)
        current = TargetInput(
            target.year, target.scope_kind, target.scope_name, target.firms_target,
            target.first_loans_target, target.amount_target,
        )  # fmt: skip
        values = _target_values(with_changes(current, changes, "target"))
        clash = session.scalar(
            select(Target.id).where(
                Target.year == values["year"],
                Target.scope_kind == values["scope_kind"],
                Target.scope_name == values["scope_name"],
                Target.id != target.id,
            )
        )
        if clash is not None:
            raise DomainError(
                f"{values['year']} 年已有“{values['scope_name']}”的目标（编号 {clash}）",
                en=f"There is already a {values['year']} target for “{values['scope_name']}” (number {clash})",
            )
        record_edit(session, ws, "target", target, values, text)
        return target


def void_target(ws: Workspace, target_id: int, reason: str) -> None:
    void_record(ws, "target", target_id, reason)


def list_targets(ws: Workspace, year: int | None = None, *, voided: bool = False) -> list[Target]:
    """The targets (of one year), by year, scope and name; voided ones only when asked for."""
    stmt = select(Target).order_by(Target.year, Target.scope_kind, Target.scope_name)
    if year is not None:
        stmt = stmt.where(Target.year == year)
    if not voided:
        stmt = stmt.where(Target.live)
    with ws.db.session() as session:
        return list(session.scalars(stmt))

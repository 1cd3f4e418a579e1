"""The targets the officer enters as the seeds set them (户数, first loans, amount per county or bank)."""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import select

from desktop.domain.amounts import check_count, parse_optional_amount
from desktop.domain.errors import DomainError
from desktop.services.workspace import Workspace
from desktop.store.audit import append_audit
from desktop.store.models import Target

SCOPES = ("county", "bank", "branch", "officer")


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
    if scope_kind not in SCOPES:
        raise DomainError(
            f"目标范围“{scope_kind}”无效，应为 county、bank、branch 或 officer",
            en=f"Target scope “{scope_kind}” is not valid; it should be county, bank, branch or officer",
        )
    name = scope_name.strip()
    if not name:
        raise DomainError(
            "请填写目标对应的县（市、区）或银行名称",
            en="Give the county (city, district) or bank the target is for",
        )
    if not 1900 <= year <= 2999:
        raise DomainError(f"年份 {year} 无效", en=f"The year {year} is not valid")
    for label, label_en, value in (
        ("培植户数", "The number of firms to cultivate", firms),
        ("首贷户数", "The number of first loans", first_loans),
    ):
        if value is not None:
            check_count(value, label, label_en)
    amount_value = parse_optional_amount(amount, "目标金额", what_en="The target amount", allow_zero=True)
    if firms is None and first_loans is None and amount_value is None:
        raise DomainError(
            "请至少给出 --firms、--first-loans 或 --amount 之一",
            en="Give at least one of --firms, --first-loans or --amount",
        )
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
        else:
            old = {
                "firms": target.firms_target,
                "first_loans": target.first_loans_target,
                "amount": target.amount_target,
            }
        if firms is not None:
            target.firms_target = firms
        if first_loans is not None:
            target.first_loans_target = first_loans
        if amount_value is not None:
            target.amount_target = amount_value
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
                "firms": target.firms_target,
                "first_loans": target.first_loans_target,
                "amount": target.amount_target,
            },
        )
    return target

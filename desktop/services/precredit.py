"""预授信 (seed 000: "探索对无贷款企业开展预授信"): an amount and a date on a firm of the 储备库, shown in the
firm table and the dossier. It is an offer, not credit: it never moves the stage and no figure counts it
as 授信 (the figures read ``credit`` only).

Setting it again records a new pre-credit (the earlier ones stay as its history); voiding takes the
current one back, with a reason, and the one before it, if any, is current again.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.domain.amounts import parse_amount
from desktop.domain.errors import DomainError
from desktop.domain.money import format_wan
from desktop.domain.stages import Stage
from desktop.services.firms import get_firm
from desktop.services.outcome import not_in_future
from desktop.services.products import pick_product
from desktop.services.workspace import Workspace
from desktop.store.audit import append_audit
from desktop.store.models import Firm, PreCredit, Product
from desktop.store.types import utcnow
from desktop.store.value_lists import among


class PreCreditError(DomainError):
    pass


@dataclass(frozen=True)
class PreCreditView:
    id: int
    amount: Decimal
    on: date
    product_id: int | None
    product: str | None
    note: str | None
    voided: bool = False
    void_reason: str | None = None


def _current(session: Session, firm_id: int) -> PreCredit | None:
    query = (
        select(PreCredit)
        .where(PreCredit.firm_id == firm_id, PreCredit.live)
        .order_by(PreCredit.on.desc(), PreCredit.id.desc())
    )
    return session.scalars(query.limit(1)).first()


def _in_reserve(firm: Firm) -> None:
    stage = Stage(firm.stage)
    if stage.is_exit or stage in (Stage.FIRST_LOAN, Stage.PARTNER):
        raise PreCreditError(
            f"{firm.name}当前为“{stage.label_zh}”，不在首贷户储备库中，不能预授信",
            en=f"{firm.name} is at “{stage.value}”, not in the reserve of first-loan candidates, so it cannot be "
            "pre-credited",
        )


def set_precredit(
    ws: Workspace,
    uscc: str,
    amount: Decimal | str,
    on: date,
    *,
    product_id: int | None = None,
    note: str | None = None,
) -> int:
    value = parse_amount(amount, "预授信金额", what_en="Pre-credit amount")
    not_in_future(on, ws.today(), "预授信日期", "pre-credit date")
    with ws.db.write() as session:
        firm = get_firm(session, uscc)
        _in_reserve(firm)
        pick_product(session, product_id, None)
        before = _current(session, firm.id)
        row = PreCredit(
            firm_id=firm.id, amount=value, on=on, product_id=product_id, note=(note or "").strip() or None,
            created_by=ws.actor,
        )  # fmt: skip
        session.add(row)
        session.flush()
        append_audit(
            session,
            actor=ws.actor,
            action="precredit.set",
            entity="pre_credit",
            entity_id=row.id,
            firm_id=firm.id,
            summary=f"{on.isoformat()} 预授信 {format_wan(value)} 万元：{firm.name}",
            old=None if before is None else {"amount": before.amount, "on": before.on},
            new={"amount": value, "on": on, "product_id": product_id, "note": row.note},
        )
        return row.id


def void_precredit(ws: Workspace, uscc: str, reason: str) -> int:
    """Void the firm's current pre-credit; returns its id."""
    why = reason.strip()
    if not why:
        raise PreCreditError("作废预授信需要填写原因", en="Voiding a pre-credit needs a reason")
    with ws.db.write() as session:
        firm = get_firm(session, uscc)
        row = _current(session, firm.id)
        if row is None:
            raise PreCreditError(f"{firm.name}没有有效的预授信", en=f"{firm.name} has no pre-credit to void")
        row.voided_at, row.void_reason, row.voided_by = utcnow(), why, ws.actor
        append_audit(
            session,
            actor=ws.actor,
            action="precredit.void",
            entity="pre_credit",
            entity_id=row.id,
            firm_id=firm.id,
            summary=f"作废预授信 {format_wan(row.amount)} 万元（原因：{why}）：{firm.name}",
            old={"amount": row.amount, "on": row.on},
            new={"void_reason": why},
        )
        return row.id


def _view(session: Session, row: PreCredit) -> PreCreditView:
    product = None
    if row.product_id is not None:
        found = session.get(Product, row.product_id)
        product = found.name if found else None
    return PreCreditView(
        row.id, row.amount, row.on, row.product_id, product, row.note, not row.live, row.void_reason
    )


def current_precredit(session: Session, firm_id: int) -> PreCreditView | None:
    row = _current(session, firm_id)
    return None if row is None else _view(session, row)


def precredit_history(ws: Workspace, uscc: str) -> list[PreCreditView]:
    """Every pre-credit of the firm, the latest first, voided ones included."""
    with ws.db.session() as session:
        firm = get_firm(session, uscc)
        rows = session.scalars(
            select(PreCredit)
            .where(PreCredit.firm_id == firm.id)
            .order_by(PreCredit.on.desc(), PreCredit.id.desc())
        )
        return [_view(session, r) for r in rows]


def current_precredits(session: Session, firm_ids: Sequence[int]) -> dict[int, tuple[Decimal, date]]:
    """Each of these firms' current pre-credit (amount, date): its latest live one, if it has any."""
    out: dict[int, tuple[Decimal, date]] = {}
    rows = session.execute(
        select(PreCredit.firm_id, PreCredit.amount, PreCredit.on)
        .where(among(PreCredit.firm_id, firm_ids), PreCredit.live)
        .order_by(PreCredit.on, PreCredit.id)
    )
    for firm_id, amount, on in rows:
        out[firm_id] = (amount, on)  # ordered: the latest wins
    return out


def precredit_marks(ws: Workspace, usccs: Sequence[str]) -> dict[str, tuple[Decimal, date]]:
    """Each firm's current pre-credit (amount, date), if it has one, by credit code."""
    if not usccs:
        return {}
    with ws.db.session() as session:
        ids: dict[int, str] = dict(
            session.execute(select(Firm.id, Firm.uscc).where(among(Firm.uscc, usccs))).all()
        )
        return {ids[firm_id]: mark for firm_id, mark in current_precredits(session, list(ids)).items()}

"""首贷专属产品: the small catalogue the branch keeps (seeds 001/003/004: 准入门槛, 利率, 期限, 担保方式), which
a credit, a loan, a pre-credit or a plan names by id; edited and voided like every record (never deleted).

是否信用 follows the 担保方式 (``credit`` among them: the product lends without collateral or guarantor).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, fields, replace
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.domain.amounts import parse_count, parse_optional_amount, parse_rate
from desktop.domain.errors import DomainError, Message
from desktop.domain.vocabulary import GUARANTEE_KINDS
from desktop.services.outcome import RecordNotFound
from desktop.services.workspace import Workspace
from desktop.store.audit import append_audit
from desktop.store.models import Product
from desktop.store.types import utcnow


class ProductError(DomainError):
    pass


@dataclass(frozen=True)
class ProductInput:
    name: str
    eligibility: str | None = None  # 准入条件
    rate_min: Decimal | str | None = None  # 利率区间, percent a year
    rate_max: Decimal | str | None = None
    term_min_months: int | str | None = None  # 期限
    term_max_months: int | str | None = None
    guarantees: Sequence[str] = ()  # codes or labels of GUARANTEE_KINDS
    audience: str | None = None  # 适用对象
    max_amount: Decimal | str | None = None  # 最高额度 (万元)
    launched_on: date | None = None  # 推出日期 (a product launched in a month is that month's 创新产品)
    note: str | None = None


@dataclass(frozen=True)
class ProductView:
    id: int
    name: str
    eligibility: str | None
    rate_min: Decimal | None
    rate_max: Decimal | None
    term_min_months: int | None
    term_max_months: int | None
    guarantees: list[str]
    is_credit: bool
    audience: str | None
    max_amount: Decimal | None
    launched_on: date | None
    note: str | None
    voided: bool = False
    void_reason: str | None = None

    def to_json(self) -> dict[str, Any]:
        from desktop.store.jsonable import to_jsonable

        return {f.name: to_jsonable(getattr(self, f.name)) for f in fields(self)}


_TEXTS = ("eligibility", "audience", "note")


def _term(value: int | str | None, what: str, what_en: str) -> int | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    return parse_count(value, what, what_en, minimum=1, maximum=600)


def _in_order(low: Decimal | int | None, high: Decimal | int | None, label: str, label_en: str) -> None:
    if low is not None and high is not None and low > high:
        raise ProductError(
            f"{label}区间的下限 {low} 大于上限 {high}",
            en=f"The {label_en} range's low end {low} is above its high end {high}",
        )


def _values(data: ProductInput) -> dict[str, Any]:
    """The product's stored values from what was typed: checked, ranges in order."""
    name = data.name.strip()
    if not name:
        raise ProductError("产品名称不能为空", en="A product needs a name")
    if len(name) > 100:
        raise ProductError("产品名称超过 100 字", en="The product name is longer than 100 characters")
    rates = [
        None if r is None or not str(r).strip() else parse_rate(r) for r in (data.rate_min, data.rate_max)
    ]
    terms = [
        _term(data.term_min_months, "最短期限（月）", "Shortest term (months)"),
        _term(data.term_max_months, "最长期限（月）", "Longest term (months)"),
    ]
    _in_order(rates[0], rates[1], "利率", "rate")
    _in_order(terms[0], terms[1], "期限", "term")
    guarantees = list(dict.fromkeys(GUARANTEE_KINDS.parse(g) for g in data.guarantees if g.strip()))
    return {
        "name": name,
        "rate_min": rates[0],
        "rate_max": rates[1],
        "term_min_months": terms[0],
        "term_max_months": terms[1],
        "guarantees": guarantees,
        "is_credit": "credit" in guarantees,
        "max_amount": parse_optional_amount(data.max_amount, "最高额度", what_en="Largest amount"),
        "launched_on": data.launched_on,
        **{k: (getattr(data, k) or "").strip() or None for k in _TEXTS},
    }


def _unique(session: Session, name: str, besides: int | None = None) -> None:
    query = select(Product.id).where(Product.live, func.lower(Product.name) == name.lower())
    if besides is not None:
        query = query.where(Product.id != besides)
    if session.scalar(query.limit(1)) is not None:
        raise ProductError(
            f"产品目录中已有“{name}”", en=f"The catalogue already has a product named “{name}”"
        )


def load_product(session: Session, product_id: int, *, live: bool = True) -> Product:
    """The catalogue's product ``product_id``; with ``live``, a voided one is refused (it cannot be picked)."""
    product = session.get(Product, product_id) if 0 < product_id < 2**63 else None
    if product is None:
        raise RecordNotFound(
            f"产品目录中没有编号为 {product_id} 的产品",
            en=f"The catalogue has no product number {product_id}",
        )
    if live and not product.live:
        raise ProductError(
            f"产品“{product.name}”已作废，不能再选用",
            en=f"The product “{product.name}” was voided and can no longer be picked",
        )
    return product


def _audit_values(p: Product) -> dict[str, Any]:
    return {k: getattr(p, k) for k in ("name", *_TEXTS, "rate_min", "rate_max", "term_min_months",
                                        "term_max_months", "guarantees", "is_credit", "max_amount", "launched_on")}  # fmt: skip


def add_product(ws: Workspace, data: ProductInput) -> int:
    values = _values(data)
    with ws.db.write() as session:
        _unique(session, values["name"])
        product = Product(**values)
        session.add(product)
        session.flush()
        append_audit(
            session, actor=ws.actor, action="product.add", entity="product", entity_id=product.id,
            summary=f"产品目录新增“{product.name}”", new=_audit_values(product),
        )  # fmt: skip
        return product.id


def edit_product(ws: Workspace, product_id: int, changes: dict[str, Any], reason: str) -> None:
    """Change the fields named in ``changes`` (names of ProductInput); the reason goes in the audit log."""
    why = reason.strip()
    if not why:
        raise ProductError("修改产品需要填写原因", en="Changing a product needs a reason")
    unknown = set(changes) - {f.name for f in fields(ProductInput)}
    if unknown:
        raise ProductError(
            f"没有这些产品字段：{'、'.join(sorted(unknown))}",
            en=f"No such product fields: {', '.join(sorted(unknown))}",
        )
    with ws.db.write() as session:
        product = load_product(session, product_id)
        old = _audit_values(product)
        current = ProductInput(
            **{k: v for k, v in old.items() if k in {f.name for f in fields(ProductInput)}}
        )
        values = _values(replace(current, **changes))
        _unique(session, values["name"], besides=product.id)
        for key, value in values.items():
            setattr(product, key, value)
        new = _audit_values(product)
        changed = {k: v for k, v in new.items() if v != old[k]}
        if not changed:
            raise ProductError("没有要修改的内容", en="Nothing to change")
        append_audit(
            session, actor=ws.actor, action="product.edit", entity="product", entity_id=product.id,
            summary=f"修改产品“{product.name}”（原因：{why}）", old={k: old[k] for k in changed},
            new=changed | {"reason": why},
        )  # fmt: skip


def void_product(ws: Workspace, product_id: int, reason: str) -> None:
    """Take a product out of the catalogue; the credits and loans that named it keep it."""
    why = reason.strip()
    if not why:
        raise ProductError("作废产品需要填写原因", en="Voiding a product needs a reason")
    with ws.db.write() as session:
        product = load_product(session, product_id)
        product.voided_at, product.void_reason, product.voided_by = utcnow(), why, ws.actor
        append_audit(
            session, actor=ws.actor, action="product.void", entity="product", entity_id=product.id,
            summary=f"作废产品“{product.name}”（原因：{why}）", old=_audit_values(product), new={"void_reason": why},
        )  # fmt: skip


def _view(p: Product) -> ProductView:
    return ProductView(
        p.id, p.name, p.eligibility, p.rate_min, p.rate_max, p.term_min_months, p.term_max_months,
        list(p.guarantees or []), p.is_credit, p.audience, p.max_amount, p.launched_on, p.note,
        not p.live, p.void_reason,
    )  # fmt: skip


def list_products(ws: Workspace, *, include_voided: bool = False) -> list[ProductView]:
    with ws.db.session() as session:
        return catalogue(session, include_voided=include_voided)


def catalogue(session: Session, *, include_voided: bool = False) -> list[ProductView]:
    query = select(Product).order_by(Product.name, Product.id)
    if not include_voided:
        query = query.where(Product.live)
    return [_view(p) for p in session.scalars(query)]


def get_product(ws: Workspace, product_id: int) -> ProductView:
    with ws.db.session() as session:
        return _view(load_product(session, product_id, live=False))


def fit_warnings(
    product: Product, rate: Decimal | None, term: int | None, amount: Decimal | None
) -> list[str]:
    """Where a credit or loan falls outside its product's published terms: a warning, never a refusal
    (the approval may grant an exception)."""
    out: list[str] = []
    if rate is not None and (
        (product.rate_min is not None and rate < product.rate_min)
        or (product.rate_max is not None and rate > product.rate_max)
    ):
        out.append(
            Message(
                f"利率 {rate}% 不在产品“{product.name}”的利率区间内",
                f"The rate {rate}% is outside the rate range of “{product.name}”",
            )
        )
    if term is not None and (
        (product.term_min_months is not None and term < product.term_min_months)
        or (product.term_max_months is not None and term > product.term_max_months)
    ):
        out.append(
            Message(
                f"期限 {term} 个月不在产品“{product.name}”的期限内",
                f"The term of {term} months is outside the terms of “{product.name}”",
            )
        )
    if amount is not None and product.max_amount is not None and amount > product.max_amount:
        out.append(
            Message(
                f"金额 {amount} 万元超过产品“{product.name}”的最高额度 {product.max_amount} 万元",
                f"The amount {amount} 万元 is above the largest amount of “{product.name}”, {product.max_amount} 万元",
            )
        )
    return out


def pick_product(
    session: Session, product_id: int | None, text: str | None
) -> tuple[Product | None, str | None]:
    """The catalogue product a record names (live), and its product text: as typed, else the product's name."""
    if product_id is None:
        return None, text
    product = load_product(session, product_id)
    return product, text or product.name

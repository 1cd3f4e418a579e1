"""``firstloan products`` / ``product add|edit|void`` / ``products-pdf``: the 首贷专属产品 catalogue and its
published 授信清单."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from desktop.commands import CliContext
from desktop.domain.activities import split_firm_refs
from desktop.domain.dates import parse_iso_date
from desktop.domain.errors import DomainError
from desktop.domain.products import guarantees_text, rate_range, term_range
from desktop.services.product_sheet import print_products
from desktop.services.products import ProductInput, add_product, edit_product, list_products, void_product

# Flag -> ProductInput field, for add and edit alike.
FIELDS = {
    "name": "name",
    "eligibility": "eligibility",
    "rate_min": "rate_min",
    "rate_max": "rate_max",
    "term_min": "term_min_months",
    "term_max": "term_max_months",
    "guarantees": "guarantees",
    "audience": "audience",
    "max_amount": "max_amount",
    "launched": "launched_on",
    "note": "note",
}


def product_id_arg(text: str | None) -> int | None:
    """A ``--product-id`` value: None when not given, else a positive whole number."""
    if text is None:
        return None
    if not text.strip().isdigit() or int(text) == 0:
        raise DomainError(
            f"产品编号“{text}”无效，应为正整数（见 firstloan products）",
            en=f"Product number “{text}” is not valid; it should be a positive whole number (see firstloan products)",
        )
    return int(text)


def add_plan_product_flags(a: argparse.ArgumentParser) -> None:
    """``plan save``'s product (free text, or the catalogue's) and the plan's kind."""
    a.add_argument("--product", help="目标产品（文字）")
    a.add_argument("--product-id", help="推荐的首贷专属产品编号（firstloan products）")
    a.add_argument(
        "--kind",
        default="cultivation",
        help="cultivation 培植方案 / partner 伙伴培育（首贷后的配套金融服务方案）",
    )


def _flags(p: argparse.ArgumentParser, *, adding: bool) -> None:
    p.add_argument("--name", required=adding, help="产品名称")
    p.add_argument("--eligibility", help="准入条件")
    p.add_argument("--rate-min", help="利率下限（年利率 %%）")
    p.add_argument("--rate-max", help="利率上限（年利率 %%）")
    p.add_argument("--term-min", help="最短期限（月）")
    p.add_argument("--term-max", help="最长期限（月）")
    p.add_argument(
        "--guarantees",
        help="担保方式，逗号分隔：credit 信用 / guarantee 保证 / mortgage 抵押 / pledge 质押 / gov_guarantee / insurance / other；含 credit 即为信用产品",
    )
    p.add_argument("--audience", help="适用对象")
    p.add_argument("--max-amount", help="最高额度（万元）")
    p.add_argument("--launched", help="推出日期 YYYY-MM-DD（当月月度材料的创新产品）")
    p.add_argument("--note", help="备注")


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    a = sub.add_parser("products", help="首贷专属产品目录 / the product catalogue")
    a.add_argument("--all", action="store_true", help="包括已作废的产品")
    a.add_argument("--json", action="store_true")
    a.set_defaults(func=run_products, read_only=True)
    p = sub.add_parser("product", help="维护首贷专属产品 / keep the catalogue")
    s = p.add_subparsers(dest="product_command", required=True, metavar="{add,edit,void}")
    a = s.add_parser("add", help="新增产品")
    _flags(a, adding=True)
    a.set_defaults(func=run_add)
    a = s.add_parser("edit", help="修改产品（需填写原因）")
    a.add_argument("id")
    _flags(a, adding=False)
    a.add_argument("--reason", required=True)
    a.set_defaults(func=run_edit)
    a = s.add_parser("void", help="作废产品（需填写原因）")
    a.add_argument("id")
    a.add_argument("--reason", required=True)
    a.set_defaults(func=run_void)
    a = sub.add_parser("products-pdf", help="打印首贷专属产品授信清单（公示） / print the published list")
    a.add_argument("--out", required=True, type=Path)
    a.set_defaults(func=run_pdf)


def _given(args: argparse.Namespace) -> dict[str, Any]:
    values: dict[str, Any] = {}
    for flag, name in FIELDS.items():
        value = getattr(args, flag)
        if value is None:
            continue
        if flag == "guarantees":
            value = split_firm_refs(value)
        elif flag == "launched":
            value = parse_iso_date(value, "推出日期", "Launch date") if value.strip() else None
        values[name] = value
    return values


def run_products(args: argparse.Namespace, ctx: CliContext) -> int:
    products = list_products(ctx.workspace(), include_voided=args.all)
    if args.json:
        json.dump([p.to_json() for p in products], ctx.out, ensure_ascii=False, indent=1)
        ctx.out.write("\n")
        return 0
    for p in products:
        void = f"  [已作废：{p.void_reason}]" if p.voided else ""
        terms = "  ".join(
            t for t in (rate_range(p.rate_min, p.rate_max), term_range(p.term_min_months, p.term_max_months),
                        guarantees_text(p.guarantees), "信用" if p.is_credit else "") if t
        )  # fmt: skip
        print(f"{p.id}  {p.name}  {terms}{void}", file=ctx.out)
    return 0


def run_add(args: argparse.Namespace, ctx: CliContext) -> int:
    product_id = add_product(ctx.workspace(), ProductInput(**_given(args)))
    print(f"已新增产品（编号 {product_id}）：{args.name}", file=ctx.out)
    return 0


def run_edit(args: argparse.Namespace, ctx: CliContext) -> int:
    product_id = product_id_arg(args.id)
    assert product_id is not None
    edit_product(ctx.workspace(), product_id, _given(args), args.reason)
    print(f"已修改产品 {product_id}", file=ctx.out)
    return 0


def run_void(args: argparse.Namespace, ctx: CliContext) -> int:
    product_id = product_id_arg(args.id)
    assert product_id is not None
    void_product(ctx.workspace(), product_id, args.reason)
    print(f"已作废产品 {product_id}", file=ctx.out)
    return 0


def run_pdf(args: argparse.Namespace, ctx: CliContext) -> int:
    out = print_products(ctx.workspace(), args.out)
    print(f"已打印 -> {out}", file=ctx.out)
    return 0

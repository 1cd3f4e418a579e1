"""``firstloan precredit set|void|show``: 预授信 of a firm of the 储备库 (never counted as 授信)."""

from __future__ import annotations

import argparse
import json

from desktop.commands import CliContext
from desktop.commands.products import product_id_arg
from desktop.domain.dates import parse_iso_date
from desktop.domain.money import format_wan
from desktop.services.precredit import precredit_history, set_precredit, void_precredit
from desktop.store.jsonable import to_jsonable


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("precredit", help="预授信 / pre-credit of a reserve firm")
    s = p.add_subparsers(dest="precredit_command", required=True, metavar="{set,void,show}")
    a = s.add_parser("set", help="登记预授信（不计入授信）")
    a.add_argument("uscc")
    a.add_argument("--amount", required=True, help="预授信金额（万元）")
    a.add_argument("--date", required=True, help="预授信日期 YYYY-MM-DD")
    a.add_argument("--product-id", help="对应的首贷专属产品编号")
    a.add_argument("--note")
    a.set_defaults(func=run_set)
    a = s.add_parser("void", help="作废当前的预授信（需填写原因）")
    a.add_argument("uscc")
    a.add_argument("--reason", required=True)
    a.set_defaults(func=run_void)
    a = s.add_parser("show", help="该企业的预授信记录")
    a.add_argument("uscc")
    a.add_argument("--json", action="store_true")
    a.set_defaults(func=run_show, read_only=True)


def run_set(args: argparse.Namespace, ctx: CliContext) -> int:
    on = parse_iso_date(args.date, "预授信日期", "Pre-credit date")
    row = set_precredit(
        ctx.workspace(),
        args.uscc,
        args.amount,
        on,
        product_id=product_id_arg(args.product_id),
        note=args.note,
    )
    print(f"已登记预授信（编号 {row}）：{args.uscc}（不计入授信）", file=ctx.out)
    return 0


def run_void(args: argparse.Namespace, ctx: CliContext) -> int:
    row = void_precredit(ctx.workspace(), args.uscc, args.reason)
    print(f"已作废预授信 {row}", file=ctx.out)
    return 0


def run_show(args: argparse.Namespace, ctx: CliContext) -> int:
    rows = precredit_history(ctx.workspace(), args.uscc)
    if args.json:
        json.dump(to_jsonable([r.__dict__ for r in rows]), ctx.out, ensure_ascii=False, indent=1)
        ctx.out.write("\n")
        return 0
    for r in rows:
        void = f"  [已作废：{r.void_reason}]" if r.voided else ""
        print(
            f"{r.id}  {r.on.isoformat()}  {format_wan(r.amount)} 万元  {r.product or ''}{void}", file=ctx.out
        )
    return 0

"""``firstloan target list|edit|void``: the targets entered, corrected and removed (voided, never deleted);
``target set`` is in report.py beside the figures it is measured against."""

from __future__ import annotations

import argparse
import json
from typing import Any

from desktop.commands import CliContext
from desktop.domain.errors import DomainError
from desktop.services.targets import edit_target, list_targets, void_target
from desktop.store.jsonable import to_jsonable
from desktop.store.models import Target


def register(tsub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    a = tsub.add_parser("list", help="列出目标")
    a.add_argument("--year", type=int)
    a.add_argument("--all", action="store_true", help="也列出已作废的目标")
    a.add_argument("--json", action="store_true")
    a.set_defaults(func=run_list, read_only=True)
    a = tsub.add_parser("edit", help="更正一个目标（需填写原因）")
    a.add_argument("target_id", type=int)
    a.add_argument("--year", type=int)
    a.add_argument("--scope", choices=("county", "bank", "branch", "officer"), help="目标范围")
    a.add_argument("--name", help="县区、银行、网点或客户经理的名称")
    a.add_argument("--firms", help="培植户数目标（none 清除）")
    a.add_argument("--first-loans", help="首贷户数目标（none 清除）")
    a.add_argument("--amount", help="首贷金额目标（万元，none 清除）")
    a.add_argument("--reason", required=True)
    a.set_defaults(func=run_edit)
    a = tsub.add_parser("void", help="作废一个目标（保留记录与原因）")
    a.add_argument("target_id", type=int)
    a.add_argument("--reason", required=True)
    a.set_defaults(func=run_void)


def target_json(t: Target) -> dict[str, Any]:
    return {
        "id": t.id,
        "year": t.year,
        "scope_kind": t.scope_kind,
        "scope_name": t.scope_name,
        "firms": t.firms_target,
        "first_loans": t.first_loans_target,
        "amount": t.amount_target,
        "voided": not t.live,
        "void_reason": t.void_reason,
    }


def run_list(args: argparse.Namespace, ctx: CliContext) -> int:
    rows = [target_json(t) for t in list_targets(ctx.workspace(), args.year, voided=args.all)]
    if args.json:
        json.dump(to_jsonable(rows), ctx.out, ensure_ascii=False, indent=1)
        ctx.out.write("\n")
        return 0
    for r in rows:
        voided = f"  [已作废：{r['void_reason']}]" if r["voided"] else ""
        print(
            f"{r['id']:>4}  {r['year']}  {r['scope_kind']}  {r['scope_name']}  户数 {r['firms'] or '—'}  "
            f"首贷 {r['first_loans'] or '—'}  金额 {to_jsonable(r['amount']) or '—'}{voided}",
            file=ctx.out,
        )
    return 0


def _count(text: str, what: str) -> int | None:
    if text.strip().lower() in ("", "none"):
        return None
    if not text.strip().isdigit():
        raise DomainError(
            f"{what}“{text}”无效，应为整数", en=f"{what} “{text}” is not valid; give a whole number"
        )
    return int(text)


def run_edit(args: argparse.Namespace, ctx: CliContext) -> int:
    changes: dict[str, Any] = {}
    for name, field in (("year", "year"), ("scope", "scope_kind"), ("name", "scope_name")):
        if getattr(args, name) is not None:
            changes[field] = getattr(args, name)
    if args.firms is not None:
        changes["firms"] = _count(args.firms, "培植户数")
    if args.first_loans is not None:
        changes["first_loans"] = _count(args.first_loans, "首贷户数")
    if args.amount is not None:
        changes["amount"] = None if args.amount.strip().lower() in ("", "none") else args.amount
    if not changes:
        raise DomainError("请至少给出一个要更正的字段", en="Give at least one field to correct")
    edit_target(ctx.workspace(), args.target_id, changes, args.reason)
    print(f"已更正目标 {args.target_id}", file=ctx.out)
    return 0


def run_void(args: argparse.Namespace, ctx: CliContext) -> int:
    void_target(ctx.workspace(), args.target_id, args.reason)
    print(f"已作废目标 {args.target_id}", file=ctx.out)
    return 0

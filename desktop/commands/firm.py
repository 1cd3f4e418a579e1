"""``firstloan firm add`` (a firm the branch found itself, off every list) and ``firstloan firm edit`` (the
firm's own fields: name correction, address, county, officer, branch, bank)."""

from __future__ import annotations

import argparse

from desktop.commands import CliContext
from desktop.domain.errors import DomainError
from desktop.services.firm_create import NewFirm, add_firm
from desktop.services.firm_edit import edit_firm_fields

# --flag -> the firm's field it edits
EDIT_FLAGS = {
    "--name": "name",
    "--address": "address",
    "--county": "county",
    "--officer": "assigned_officer",
    "--branch": "assigned_branch",
    "--bank": "assigned_bank",
    "--legal-rep": "legal_rep",
    "--industry": "industry",
}


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("firm", help="新增或修改一家企业 / add or edit one firm")
    s = p.add_subparsers(dest="firm_command", required=True, metavar="{add,edit}")
    a = s.add_parser("add", help="新增本行自主发现的企业（不在任何名单上，可导出为推荐名单）")
    a.add_argument("uscc")
    a.add_argument("--name", required=True, help="企业名称")
    a.add_argument("--kind", help="enterprise 企业 / individual 个体工商户（默认按信用代码判断）")
    a.add_argument("--county", help="所属县（市、区）")
    a.add_argument("--address", help="经营地址")
    a.add_argument(
        "--source",
        default="other",
        help="来源：hundred_banks 百行进万企 / park 小微企业园 / supply_chain 产业链上下游 / settlement 本行结算户 / "
        "authority 行业主管部门清单 / other 其他",
    )
    a.add_argument("--officer", help="客户经理（默认：本人）")
    a.set_defaults(func=run_add, creates_database=True)
    a = s.add_parser("edit", help="修改企业信息（名称更正、地址、县区、客户经理、网点）")
    a.add_argument("uscc")
    for flag, field in EDIT_FLAGS.items():
        a.add_argument(flag, dest=field, help="空字符串清除" if flag != "--name" else "企业名称（更正）")
    a.set_defaults(func=run_edit)


def run_add(args: argparse.Namespace, ctx: CliContext) -> int:
    data = NewFirm(
        uscc=args.uscc, name=args.name, kind=args.kind, county=args.county, address=args.address,
        source=args.source, officer=args.officer,
    )  # fmt: skip
    out = add_firm(ctx.workspace(), data)
    print(f"已新增企业 {args.name.strip()}：{out.uscc}", file=ctx.out)
    return 0


def run_edit(args: argparse.Namespace, ctx: CliContext) -> int:
    changes = {
        field: getattr(args, field) for field in EDIT_FLAGS.values() if getattr(args, field) is not None
    }
    if not changes:
        raise DomainError(
            f"请至少给出一个要修改的字段：{' '.join(EDIT_FLAGS)}",
            en=f"Give at least one field to edit: {' '.join(EDIT_FLAGS)}",
        )
    changed = edit_firm_fields(ctx.workspace(), args.uscc, changes)
    print(f"已修改：{'、'.join(changed)}" if changed else "没有改动", file=ctx.out)
    return 0

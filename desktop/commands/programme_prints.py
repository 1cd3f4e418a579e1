"""``firstloan demand reply`` (受理回告单) and ``firstloan diligence`` (尽职免责证明材料): two of the 四张清单."""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop.commands import CliContext
from desktop.domain.errors import DomainError
from desktop.services.diligence import print_diligence
from desktop.services.replies import print_reply


def add_reply_parser(demand_commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """``demand reply ID --out FILE.pdf``, added to the ``demand`` command's subcommands."""
    a = demand_commands.add_parser("reply", help="打印受理回告单（正式受理或审批结果后）")
    a.add_argument("demand_id", help="融资需求编号")
    a.add_argument("--out", required=True, type=Path, help="输出 PDF 文件")
    a.add_argument("--phone", help="印在回告单上的客户经理联系电话")
    a.set_defaults(func=run_reply)


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    a = sub.add_parser("diligence", help="打印首贷尽职免责证明材料 / due-diligence evidence of a first loan")
    a.add_argument("uscc")
    a.add_argument("--out", required=True, type=Path, help="输出 PDF 文件")
    a.set_defaults(func=run_diligence)


def run_reply(args: argparse.Namespace, ctx: CliContext) -> int:
    if not args.demand_id.strip().isdigit():
        raise DomainError(
            f"融资需求编号“{args.demand_id}”无效，应为正整数",
            en=f"Financing demand number “{args.demand_id}” is not valid; it should be a positive whole number",
        )
    out = print_reply(ctx.workspace(), int(args.demand_id), args.out, phone=args.phone)
    print(f"已打印受理回告单 -> {out}", file=ctx.out)
    return 0


def run_diligence(args: argparse.Namespace, ctx: CliContext) -> int:
    out = print_diligence(ctx.workspace(), args.uscc, args.out)
    print(f"已打印尽职免责证明材料 -> {out}", file=ctx.out)
    return 0

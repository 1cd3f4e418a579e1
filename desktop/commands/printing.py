"""``firstloan dossier`` / ``plan-pdf`` / ``dossiers``: print 一企一档 and 一企一策 to PDF."""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop.commands import CliContext
from desktop.domain.stages import Stage
from desktop.services.printing import print_dossier, print_dossiers


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    d = sub.add_parser("dossier", help="打印一企一档 PDF / print a firm's dossier")
    d.add_argument("uscc", help="统一社会信用代码")
    d.add_argument("--out", required=True, type=Path, help="输出 PDF 文件")
    d.add_argument("--full", action="store_true", help="完整副本：不遮蔽电话和证件号码（记入审计日志）")
    d.set_defaults(func=run_dossier, plan_only=False)

    p = sub.add_parser("plan-pdf", help="单独打印一企一策培植方案 / print the plan alone")
    p.add_argument("uscc", help="统一社会信用代码")
    p.add_argument("--out", required=True, type=Path, help="输出 PDF 文件")
    p.set_defaults(func=run_dossier, plan_only=True, full=False)

    m = sub.add_parser("dossiers", help="批量打印一企一档 / print many dossiers")
    m.add_argument(
        "--out", required=True, type=Path, help="以 .pdf 结尾则合并为一个文件，否则为目录（每户一个文件）"
    )
    m.add_argument(
        "--stage",
        action="append",
        default=[],
        help="只打印该阶段的企业（可重复；默认为除待对接外的全部阶段）",
    )
    m.add_argument("--county", help="只打印该县（市、区）的企业")
    m.add_argument("--full", action="store_true", help="完整副本：不遮蔽电话和证件号码")
    m.set_defaults(func=run_batch)


def run_dossier(args: argparse.Namespace, ctx: CliContext) -> int:
    print_dossier(ctx.workspace(), args.uscc, args.out, full=args.full, plan_only=args.plan_only)
    print(f"已打印 -> {args.out}", file=ctx.out)
    return 0


def run_batch(args: argparse.Namespace, ctx: CliContext) -> int:
    stages = [Stage.parse(s) for s in args.stage]
    if not stages and not args.county:
        # Without a filter, firms still 待对接 have nothing worth printing (and a list may hold 500,000).
        stages = [s for s in Stage if s != Stage.LISTED]

    def progress(done: int, total: int, message: str) -> None:
        if total and done % 50 == 0:
            print(f"  {message} {done}/{total}", file=ctx.err)

    result = print_dossiers(
        ctx.workspace(), args.out, stages=stages, county=args.county, full=args.full, progress=progress
    )
    print(f"已打印 {result.firms} 户，{len(result.files)} 个文件 -> {args.out}", file=ctx.out)
    return 0

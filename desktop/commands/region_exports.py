"""``firstloan export-recommendations`` / ``export-feedback``: lists back to the region."""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop.commands import CliContext
from desktop.services.region_export import export_feedback, export_recommendations


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    r = sub.add_parser(
        "export-recommendations", help="导出本行自主发现企业的推荐名单 / export recommendations"
    )
    r.add_argument("--out", type=Path, required=True, help="输出 .xlsx 文件")
    r.add_argument("--full", action="store_true", help="输出完整联系电话（默认脱敏）")
    r.set_defaults(func=run_recommendations)
    f = sub.add_parser("export-feedback", help="导出名单企业对接情况反馈 / export list feedback")
    f.add_argument("--list", dest="list_name", required=True, help="名单名称（见 firstloan imports）")
    f.add_argument("--out", type=Path, required=True, help="输出 .xlsx 文件")
    f.add_argument("--full", action="store_true", help="输出完整联系电话（默认脱敏）")
    f.set_defaults(func=run_feedback)


def run_recommendations(args: argparse.Namespace, ctx: CliContext) -> int:
    count = export_recommendations(ctx.workspace(), args.out, full=args.full)
    print(f"已导出推荐名单 {count} 家：{args.out}", file=ctx.out)
    return 0


def run_feedback(args: argparse.Namespace, ctx: CliContext) -> int:
    count = export_feedback(ctx.workspace(), args.list_name, args.out, full=args.full)
    print(f"已导出“{args.list_name}”对接情况反馈 {count} 家：{args.out}", file=ctx.out)
    return 0

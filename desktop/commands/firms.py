"""``firstloan firms``: list and search firms."""

from __future__ import annotations

import argparse
import json

from desktop.commands import CliContext
from desktop.domain.stages import Stage
from desktop.services.firms import FirmQuery, list_firms


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("firms", help="列出企业 / list firms")
    p.add_argument("--search", help="名称片段、代码前缀、法定代表人或拼音首字母")
    p.add_argument("--stage", help="阶段代码，如 listed、contacted、first_loan")
    p.add_argument("--county", help="所属县（市、区）")
    p.add_argument("--mine", action="store_true", help="只列出分配给我的企业")
    p.add_argument("--overdue", action="store_true", help="只列出有融资需求“211”步骤已逾期的企业")
    p.add_argument("--limit", type=int, help="最多列出多少家")
    p.add_argument("--json", action="store_true", help="输出 JSON 数组")
    p.set_defaults(func=run, read_only=True)


def run(args: argparse.Namespace, ctx: CliContext) -> int:
    ws = ctx.workspace()
    query = FirmQuery(
        search=args.search,
        stage=Stage.parse(args.stage) if args.stage else None,
        county=args.county,
        officer=ws.profile.officer if args.mine else None,
        overdue_on=ctx.workspace().today() if args.overdue else None,
        limit=args.limit,
    )
    firms = list_firms(ws, query)
    if args.json:
        json.dump([f.to_json() for f in firms], ctx.out, ensure_ascii=False, indent=1)
        ctx.out.write("\n")
    else:
        for f in firms:
            print(f"{f.uscc}  {Stage(f.stage).label_zh:<6}  {f.county or '':<6}  {f.name}", file=ctx.out)
        print(f"共 {len(firms)} 家", file=ctx.out)
    return 0

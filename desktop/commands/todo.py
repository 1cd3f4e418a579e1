"""``firstloan todo``: what is due or overdue — 211 deadlines, plan tasks, follow-ups, the ledger."""

from __future__ import annotations

import argparse
import json
from datetime import date

from desktop.commands import CliContext
from desktop.domain.dates import parse_iso_date
from desktop.services.todo import todo


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("todo", help="待办事项 / to-do list")
    p.add_argument("--on", help="按哪一天计算（默认今天）YYYY-MM-DD")
    p.add_argument("--json", action="store_true", help="输出 JSON 数组")
    p.set_defaults(func=run, read_only=True)


def run(args: argparse.Namespace, ctx: CliContext) -> int:
    on = parse_iso_date(args.on, "日期", "Date") if args.on else date.today()
    ws = ctx.workspace()
    ws.calendar.take_warnings()
    items = todo(ws, on)
    for warning in ws.calendar.take_warnings():
        ctx.warn(warning)
    if args.json:
        json.dump([i.to_json() for i in items], ctx.out, ensure_ascii=False, indent=1)
        ctx.out.write("\n")
        return 0
    for i in items:
        status = "已逾期" if i.overdue else "待办"
        firm = f"{i.firm_name}（{i.uscc}）" if i.uscc else ""
        print(f"{i.due.isoformat()}  {status}  {i.title}  {firm}".rstrip(), file=ctx.out)
    print(f"共 {len(items)} 项，其中逾期 {sum(i.overdue for i in items)} 项", file=ctx.out)
    return 0

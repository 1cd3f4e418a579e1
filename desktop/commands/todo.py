"""``firstloan todo``: what is due or overdue — 211 deadlines, plan tasks, follow-ups, the ledger."""

from __future__ import annotations

import argparse
import json

from desktop.commands import CliContext
from desktop.domain.dates import parse_iso_date
from desktop.domain.errors import DomainError
from desktop.services.todo import KINDS, todo


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("todo", help="待办事项 / to-do list")
    p.add_argument("--on", help="按哪一天计算（默认今天）YYYY-MM-DD")
    p.add_argument(
        "--kind",
        action="append",
        choices=KINDS,
        help="只列出这类事项（可重复）：211时限、培植任务、回访、台帐、节假日安排（calendar）",
    )
    p.add_argument("--mine", action="store_true", help="只列出分配给我的企业的事项（及台帐）")
    p.add_argument("--json", action="store_true", help="输出 JSON 数组")
    p.set_defaults(func=run, read_only=True)


def run(args: argparse.Namespace, ctx: CliContext) -> int:
    on = parse_iso_date(args.on, "日期", "Date") if args.on else ctx.workspace().today()
    ws = ctx.workspace()
    ws.calendar.take_warnings()
    officer = None
    if args.mine:
        officer = ws.profile.officer
        if not officer:
            raise DomainError(
                "用户资料中还没有客户经理姓名，无法只列出“我的”事项",
                en="The profile has no officer name yet, so “mine” cannot be listed",
            )
    items = todo(ws, on, kinds=args.kind, officer=officer)
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

"""``firstloan plan``: the 一企一策 — save a version, add a task, mark one done, show the versions and what
changed between them."""

from __future__ import annotations

import argparse
import json

from desktop.commands import CliContext
from desktop.commands.dossier import split_list
from desktop.domain.dates import parse_iso_date
from desktop.domain.errors import in_language
from desktop.services.plans import (
    PlanInput,
    TaskInput,
    add_task,
    complete_task,
    plan_versions,
    save_plan,
)
from desktop.store.jsonable import to_jsonable


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("plan", help="一企一策 / cultivation plan")
    s = p.add_subparsers(dest="plan_command", required=True, metavar="{save,task-add,task-done,show,diff}")
    a = s.add_parser("save", help="制定或修订方案（修订生成新版本）")
    a.add_argument("uscc")
    a.add_argument("--date", required=True)
    a.add_argument("--diagnosis", required=True, help="逗号分隔，如 缺抵押,财务不规范")
    a.add_argument("--diagnosis-note", help="诊断说明")
    a.add_argument("--measures", required=True, help="逗号分隔，如 政府性融资担保,财务辅导")
    a.add_argument("--measures-note", help="措施说明")
    a.add_argument("--product")
    a.add_argument("--amount", help="目标金额（万元）")
    a.add_argument("--target-date")
    a.add_argument("--note", help="备注")
    a.add_argument("--task", action="append", help="任务，可写 内容@YYYY-MM-DD@负责人；可重复")
    a.set_defaults(func=run_plan_save)
    a = s.add_parser("task-add", help="在当前方案中新增任务")
    a.add_argument("uscc")
    a.add_argument("title")
    a.add_argument("--due", help="期限 YYYY-MM-DD")
    a.add_argument("--owner", help="负责人")
    a.set_defaults(func=run_task_add)
    a = s.add_parser("task-done", help="完成培植任务")
    a.add_argument("task_id", type=int)
    a.add_argument("--date", required=True)
    a.add_argument("--note", help="完成情况")
    a.set_defaults(func=run_task_done)
    a = s.add_parser("show", help="查看方案的各个版本（JSON）")
    a.add_argument("uscc")
    a.set_defaults(func=run_plan_show, read_only=True)
    a = s.add_parser("diff", help="与上一版相比的改动")
    a.add_argument("uscc")
    a.add_argument("--version", type=int, help="哪一版（默认当前版）")
    a.set_defaults(func=run_plan_diff, read_only=True)


def _task(text: str) -> TaskInput:
    """内容, 内容@YYYY-MM-DD or 内容@YYYY-MM-DD@负责人."""
    parts = text.split("@")
    if len(parts) >= 3:
        title, due, owner = "@".join(parts[:-2]), parts[-2], parts[-1]
        return TaskInput(
            title, parse_iso_date(due, "任务期限", "Task due date") if due.strip() else None, owner
        )
    if len(parts) == 2:
        return TaskInput(parts[0], parse_iso_date(parts[1], "任务期限", "Task due date"))
    return TaskInput(text)


def run_plan_save(args: argparse.Namespace, ctx: CliContext) -> int:
    data = PlanInput(
        on=parse_iso_date(args.date, "方案日期", "Plan date"),
        diagnosis=split_list(args.diagnosis),
        measures=split_list(args.measures),
        diagnosis_note=args.diagnosis_note,
        measures_note=args.measures_note,
        target_product=args.product,
        target_amount=args.amount,
        target_date=parse_iso_date(args.target_date, "目标日期", "Target date") if args.target_date else None,
        note=args.note,
        tasks=None if args.task is None else [_task(t) for t in args.task],
    )
    out = save_plan(ctx.workspace(), args.uscc, data)
    print(f"培植方案已保存（编号 {out.id}）", file=ctx.out)
    return 0


def run_task_add(args: argparse.Namespace, ctx: CliContext) -> int:
    due = parse_iso_date(args.due, "任务期限", "Task due date") if args.due else None
    out = add_task(ctx.workspace(), args.uscc, args.title, due, args.owner)
    print(f"已新增培植任务（编号 {out.id}）", file=ctx.out)
    return 0


def run_task_done(args: argparse.Namespace, ctx: CliContext) -> int:
    complete_task(ctx.workspace(), args.task_id, parse_iso_date(args.date), note=args.note)
    print("任务已完成", file=ctx.out)
    return 0


def run_plan_show(args: argparse.Namespace, ctx: CliContext) -> int:
    versions = plan_versions(ctx.workspace(), args.uscc)
    rows = [
        v.__dict__ | {"tasks": [t._asdict() for t in v.tasks], "changes": [str(c) for c in v.changes]}
        for v in versions
    ]
    json.dump(to_jsonable(rows), ctx.out, ensure_ascii=False, indent=1)
    ctx.out.write("\n")
    return 0


def run_plan_diff(args: argparse.Namespace, ctx: CliContext) -> int:
    versions = plan_versions(ctx.workspace(), args.uscc)
    wanted = next((v for v in versions if v.version == args.version), None) if args.version else None
    chosen = wanted or next((v for v in versions if v.is_current), None)
    if chosen is None:
        print(
            "该企业还没有培植方案" if args.version is None else f"没有第 {args.version} 版方案", file=ctx.out
        )
        return 0
    language = ctx.language
    print(f"第 {chosen.version} 版（{chosen.drawn_on}）与上一版相比：", file=ctx.out)
    for change in chosen.changes:
        print(f"  {in_language(change, language)}", file=ctx.out)
    return 0

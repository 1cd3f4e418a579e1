"""``firstloan sync export|import|conflicts|resolve``: work packages between the branch's laptops."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from desktop.commands import CliContext
from desktop.services.sync_conflicts import open_conflicts, resolve_conflict
from desktop.services.sync_export import export_package
from desktop.services.sync_history import firm_history, verify_remote_chains
from desktop.services.sync_import import import_package


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    s = sub.add_parser("sync", help="工作包：导出给协调人 / 客户经理，导入并合并")
    ssub = s.add_subparsers(dest="sync_command", metavar="ACTION", required=True)
    e = ssub.add_parser("export", help="导出工作包")
    e.add_argument("--to", metavar="OFFICER", help="（协调人）给哪位客户经理")
    e.add_argument("--out", required=True, type=Path, help="输出文件")
    e.add_argument("--json", action="store_true")
    e.set_defaults(func=run_export)
    i = ssub.add_parser("import", help="导入工作包并合并")
    i.add_argument("file", type=Path)
    i.add_argument("--dry-run", action="store_true", help="只预览，不改动")
    i.add_argument("--json", action="store_true")
    i.set_defaults(func=run_import)
    c = ssub.add_parser("conflicts", help="两边都改过的字段，待选择")
    c.add_argument("--json", action="store_true")
    c.set_defaults(func=run_conflicts, read_only=True)
    r = ssub.add_parser("resolve", help="选择一项冲突的取值（两个值都留在历史中）")
    r.add_argument("id", help="冲突编号（sync conflicts 列出）")
    r.add_argument("--take", required=True, choices=("mine", "theirs"))
    r.set_defaults(func=run_resolve)
    h = ssub.add_parser("history", help="某企业在各台电脑上的操作记录（合并后的历史）")
    h.add_argument("uscc")
    h.add_argument("--json", action="store_true")
    h.set_defaults(func=run_history, read_only=True)


def run_export(args: argparse.Namespace, ctx: CliContext) -> int:
    result = export_package(ctx.workspace(), args.out, args.to)
    if args.json:
        json.dump(result.to_json(), ctx.out, ensure_ascii=False)
        ctx.out.write("\n")
    else:
        whom = "协调人" if result.to == "coordinator" else result.to
        print(
            f"已导出工作包 {result.path}（给{whom}）：{result.changes} 项变更，{result.firms} 户，附件 {result.attachments} 个",
            file=ctx.out,
        )
    return 0


def run_import(args: argparse.Namespace, ctx: CliContext) -> int:
    result = import_package(ctx.workspace(), args.file, dry_run=args.dry_run)
    for warning in result.warnings:
        ctx.warn(warning)
    if args.json:
        json.dump(result.to_json(), ctx.out, ensure_ascii=False)
        ctx.out.write("\n")
        return 0
    verb = "预览（未改动）" if args.dry_run else "已导入"
    print(
        f"{verb}{result.sender}的工作包：新增 {result.new}，更新 {result.updated}，已有 {result.already_had}，冲突 {len(result.conflicts)}",
        file=ctx.out,
    )
    for c in result.conflicts:
        print(f"  冲突 {c.uscc or ''} {c.rtype}.{c.field}：本机 {c.mine!r}，对方 {c.theirs!r}", file=ctx.out)
    return 0


def run_conflicts(args: argparse.Namespace, ctx: CliContext) -> int:
    found = open_conflicts(ctx.workspace())
    if args.json:
        json.dump([c.to_json() for c in found], ctx.out, ensure_ascii=False, indent=1)
        ctx.out.write("\n")
        return 0
    for c in found:
        print(
            f"{c.id}  {c.uscc or ''} {c.field}：本机 {c.mine!r} / 对方 {c.theirs!r}（{c.theirs_actor}）",
            file=ctx.out,
        )
    if not found:
        print("没有待处理的冲突", file=ctx.out)
    return 0


def run_resolve(args: argparse.Namespace, ctx: CliContext) -> int:
    resolve_conflict(ctx.workspace(), args.id, take=args.take)
    print("已选定；另一个值保留在历史中", file=ctx.out)
    return 0


def run_history(args: argparse.Namespace, ctx: CliContext) -> int:
    ws = ctx.workspace()
    lines = firm_history(ws, args.uscc)
    chains = verify_remote_chains(ws)
    if args.json:
        json.dump(
            {
                "history": [line.to_json() for line in lines],
                "chains": [
                    {"laptop": c.laptop, "entries": c.entries, "intact": c.intact, "complete": c.complete}
                    for c in chains
                ],
            },
            ctx.out,
            ensure_ascii=False,
            indent=1,
        )
        ctx.out.write("\n")
        return 0
    for line in lines:
        print(f"{line.at:%Y-%m-%d %H:%M}  [{line.laptop}] {line.actor}  {line.summary}", file=ctx.out)
    for c in chains:
        state = "完整" if c.intact and c.complete else ("有缺口（尚未收到）" if c.intact else "被改动过")
        print(f"{c.laptop} 的审计链：{c.entries} 条，{state}", file=ctx.out)
    return 0

"""``firstloan import-list`` / ``undo-import`` / ``imports``: regional lists in."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from desktop.commands import CliContext
from desktop.services.list_batches import list_batches
from desktop.services.list_import import FirmChange, import_list, preview_import
from desktop.services.list_undo import undo_import
from desktop.services.mapping_profiles import load_profile, parse_mapping_args, save_profile


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("import-list", help="导入无贷户名单 / import a regional list")
    p.add_argument("file", type=Path, help=".xlsx、.xls 或 .csv 文件")
    p.add_argument("--list", dest="list_name", help="名单名称（默认取表格标题行或文件名）")
    p.add_argument("--dry-run", action="store_true", help="只预览，不做任何改动")
    p.add_argument("--profile", help="套用已保存的列对应方案")
    p.add_argument("--map", action="append", default=[], metavar="表头=字段", help="手工指定列对应，可重复")
    p.add_argument("--save-profile", metavar="NAME", help="把 --map 指定的列对应保存为方案")
    p.add_argument("--take-list-values", action="store_true", help="冲突时采用名单的值（默认保留手工修改）")
    p.add_argument("--json", action="store_true", help="输出 JSON")
    p.set_defaults(func=run_import, creates_database=True)

    u = sub.add_parser("undo-import", help="撤销一次名单导入 / undo an import batch")
    u.add_argument("batch", type=int, help="导入批次编号（见 firstloan imports）")
    u.add_argument("--json", action="store_true")
    u.set_defaults(func=run_undo)

    b = sub.add_parser("imports", help="列出名单导入批次 / list import batches")
    b.add_argument("--json", action="store_true")
    b.set_defaults(func=run_batches, read_only=True)


def run_import(args: argparse.Namespace, ctx: CliContext) -> int:
    ws = ctx.workspace()
    mapping = load_profile(ws, args.profile) if args.profile else {}
    mapping |= parse_mapping_args(args.map)
    if args.dry_run:
        report = preview_import(
            ws, args.file, args.list_name, profile=mapping, take_all=args.take_list_values
        )
    else:
        report = import_list(
            ws,
            args.file,
            args.list_name,
            profile=mapping or None,
            profile_name=args.save_profile or args.profile,
            take_all=args.take_list_values,
        )
        if args.save_profile:
            save_profile(ws, args.save_profile, mapping)
    if args.json:
        json.dump(report.to_json(), ctx.out, ensure_ascii=False)
        ctx.out.write("\n")
    else:
        verb = "预览" if args.dry_run else "已导入"
        print(
            f"{verb}名单“{report.list_name}”：读取 {report.rows_read} 行，新增 {report.new}，更新 {report.updated}，"
            f"未变 {report.unchanged}，移出名单 {report.removed}，重复 {report.duplicates}，无效 {len(report.invalid)}",
            file=ctx.out,
        )
        for problem in report.invalid:
            print(
                f"  无效：{problem.sheet} 第{problem.row}行 {problem.column}：{problem.reason}", file=ctx.out
            )
        for change in report.changes[:SHOWN_CHANGES]:
            print(f"  {change_line(change)}", file=ctx.out)
        if len(report.changes) > SHOWN_CHANGES:
            print(f"  ……另有 {len(report.changes) - SHOWN_CHANGES} 家企业有变化", file=ctx.out)
        for c in report.conflicts:
            kept = "采用名单值" if c.taken else "保留手工值"
            label, officer, listed = c.texts()
            print(f"  冲突：{c.name} {label}：手工 {officer}，名单 {listed}（{kept}）", file=ctx.out)
    for problem in report.warnings:
        ctx.warn(f"{problem.sheet} 第{problem.row}行 {problem.column}：{problem.reason}（该项未导入）")
    return 0


SHOWN_CHANGES = 50  # firms whose changes are printed one a line; --json scripts need none of them


def change_line(change: FirmChange) -> str:
    """'更新：name（code）field：old → new；...' or '移出名单：name（code）'."""
    if change.leaves_list:
        return f"移出名单：{change.name}（{change.uscc}）"
    return f"更新：{change.name}（{change.uscc}）{change.fields_text()}"


def run_undo(args: argparse.Namespace, ctx: CliContext) -> int:
    report = undo_import(ctx.workspace(), args.batch)
    if args.json:
        json.dump(report.to_json(), ctx.out, ensure_ascii=False)
        ctx.out.write("\n")
    else:
        print(
            f"已撤销批次 {report.batch_id}（{report.list_name}）：删除 {report.deleted} 家，保留 {report.kept} 家，"
            f"恢复 {report.restored} 家",
            file=ctx.out,
        )
    return 0


def run_batches(args: argparse.Namespace, ctx: CliContext) -> int:
    batches = list_batches(ctx.workspace())
    if args.json:
        json.dump([b.to_json() for b in batches], ctx.out, ensure_ascii=False)
        ctx.out.write("\n")
    else:
        for b in batches:
            flag = "（已撤销）" if b.undone else ""
            print(
                f"{b.id:>4}  {b.imported_at:%Y-%m-%d %H:%M}  {b.list_name}  新增{b.new} 更新{b.updated}{flag}",
                file=ctx.out,
            )
    return 0

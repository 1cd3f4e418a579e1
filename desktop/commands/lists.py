"""``firstloan import-list`` / ``undo-import`` / ``imports``: regional lists in."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from desktop.commands import CliContext
from desktop.services.import_defaults import default_officer, officer_setting, set_default_officer
from desktop.services.list_batches import list_batches
from desktop.services.list_import import MODES, FirmChange, ImportReport, import_list, preview_import
from desktop.services.list_undo import undo_import
from desktop.services.mapping_profiles import load_profile, parse_mapping_args, save_profile
from desktop.services.search_backlog import complete_search_index


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("import-list", help="导入无贷户名单 / import a regional list")
    p.add_argument("file", type=Path, help=".xlsx、.xls 或 .csv 文件")
    p.add_argument("--list", dest="list_name", help="名单名称（默认取表格标题行或文件名）")
    p.add_argument("--dry-run", action="store_true", help="只预览，不做任何改动")
    p.add_argument("--profile", help="套用已保存的列对应方案")
    p.add_argument("--map", action="append", default=[], metavar="表头=字段", help="手工指定列对应，可重复")
    p.add_argument("--save-profile", metavar="NAME", help="把 --map 指定的列对应保存为方案")
    p.add_argument("--take-list-values", action="store_true", help="冲突时采用名单的值（默认保留手工修改）")
    p.add_argument(
        "--mode",
        choices=MODES,
        default="full",
        help="full：完整的新版名单，不在其中的企业移出名单（默认）；supplement：新增补充名单，只新增和更新",
    )
    p.add_argument(
        "--confirm-removals",
        action="store_true",
        help="确认完整名单移出超过三分之一的企业（或文件疑似被截断时移出企业）",
    )
    p.add_argument("--json", action="store_true", help="输出 JSON")
    p.set_defaults(func=run_import, creates_database=True)

    d = sub.add_parser(
        "default-officer", help="导入名单时新企业的默认客户经理 / the officer new firms of a list get"
    )
    who = d.add_mutually_exclusive_group()
    who.add_argument("--set", dest="officer", metavar="姓名", help="分配给这位客户经理")
    who.add_argument("--follow-profile", action="store_true", help="分配给用户资料中的客户经理（默认）")
    who.add_argument("--none", action="store_true", help="不分配")
    d.add_argument("--json", action="store_true")
    d.set_defaults(func=run_default_officer)

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
            ws, args.file, args.list_name, profile=mapping, take_all=args.take_list_values, mode=args.mode
        )
    else:
        report = import_list(
            ws,
            args.file,
            args.list_name,
            profile=mapping or None,
            profile_name=args.save_profile or args.profile,
            take_all=args.take_list_values,
            mode=args.mode,
            confirm_removals=args.confirm_removals,
            index_later=True,
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
        print_notes(report, ctx)
    for problem in report.warnings:
        ctx.warn(f"{problem.sheet} 第{problem.row}行 {problem.column}：{problem.reason}（该项未导入）")
    # The answer is out as soon as the firms are stored and usable; the search indexes (of this import,
    # or one killed before its indexes were filled) are completed before the command ends.
    ctx.out.flush()
    if not args.dry_run:
        complete_search_index(ws)
    return 0


SHOWN_CHANGES = 50  # firms whose changes are printed one a line; --json scripts need none of them


def print_notes(report: ImportReport, ctx: CliContext) -> None:
    """Stored values kept over masked or cut list values, and counties the list states otherwise."""
    for k in report.kept[:SHOWN_CHANGES]:
        label, stored, listed = k.texts()
        print(f"  保留原值：{k.name} {label}：{stored}（名单为 {listed}，已遮蔽或不完整）", file=ctx.out)
    if len(report.kept) > SHOWN_CHANGES:
        print(f"  ……另有 {len(report.kept) - SHOWN_CHANGES} 项保留原值", file=ctx.out)
    for d in report.county_disagreements[:SHOWN_CHANGES]:
        print(
            f"  县区不一致：{d.sheet} 第{d.row}行 {d.uscc}：名单为 {d.stated}，代码登记地为 {d.derived}（采用名单）",
            file=ctx.out,
        )
    if len(report.county_disagreements) > SHOWN_CHANGES:
        print(f"  ……另有 {len(report.county_disagreements) - SHOWN_CHANGES} 行县区不一致", file=ctx.out)
    if report.suggested_mode != report.mode:
        print(
            f"  提示：这份文件看起来是{'新增补充名单（可用 --mode supplement）' if report.suggested_mode == 'supplement' else '完整名单'}",
            file=ctx.out,
        )


def change_line(change: FirmChange) -> str:
    """'更新：name（code）field：old → new；...' or '移出名单：name（code）'."""
    if change.leaves_list:
        return f"移出名单：{change.name}（{change.uscc}）"
    return f"更新：{change.name}（{change.uscc}）{change.fields_text()}"


def run_default_officer(args: argparse.Namespace, ctx: CliContext) -> int:
    """Show, or set, who a list's new firms are assigned to when the list names no 客户经理."""
    ws = ctx.workspace()
    if args.officer is not None or args.follow_profile or args.none:
        set_default_officer(ws, None if args.follow_profile else "" if args.none else args.officer)
    setting, officer = officer_setting(ws), default_officer(ws)
    follows = setting is None
    if args.json:
        json.dump({"officer": officer, "follows_profile": follows}, ctx.out, ensure_ascii=False)
        ctx.out.write("\n")
    else:
        shown = officer or "（不分配）"
        print(f"新导入企业的默认客户经理：{shown}" + ("（跟随用户资料）" if follows else ""), file=ctx.out)
    return 0


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

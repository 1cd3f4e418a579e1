"""``firstloan init``, ``demo``, ``deadline`` and ``key``: setting up and the basics."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from desktop.commands import CliContext
from desktop.domain.dates import parse_iso_date
from desktop.domain.errors import Message
from desktop.services.calendar import deadline_on
from desktop.services.demo import fill_demo
from desktop.services.keys import export_recovery_key, key_status, restore_from_recovery_key
from desktop.services.new_database import init_database, start_new_database
from desktop.services.workspace import load_calendar


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("init", help="新建数据库 / make the database")
    p.add_argument(
        "--new",
        action="store_true",
        help="另起一个空数据库：旧数据库文件和旧密钥另存，不删除 / start again with an empty database",
    )
    p.set_defaults(func=run_init, creates_database=True)

    p = sub.add_parser("demo", help="写入演示数据 / fill a new database with demo data")
    p.add_argument("--firms", type=int, default=500, help="演示企业数（默认 500）")
    p.set_defaults(func=run_demo, creates_database=True)

    p = sub.add_parser("deadline", help="第 N 个工作日 / the Nth working day after a date")
    p.add_argument("--from", dest="start", required=True, help="起算日期 YYYY-MM-DD（不含当日）")
    p.add_argument("--workdays", type=int, required=True, help="工作日数")
    p.set_defaults(func=run_deadline, read_only=True)

    p = sub.add_parser("key", help="数据库密钥与恢复密钥 / database key and recovery key")
    key_sub = p.add_subparsers(
        dest="key_command", required=True, metavar="{status,show-recovery,export-recovery,restore}"
    )
    key_sub.add_parser("status", help="密钥保存在哪里").set_defaults(func=run_key_status, read_only=True)
    key_sub.add_parser("show-recovery", help="显示恢复密钥").set_defaults(func=run_key_show, read_only=True)
    e = key_sub.add_parser("export-recovery", help="把恢复密钥保存到文件")
    e.add_argument("out", help="输出文件")
    e.set_defaults(func=run_key_export, read_only=True)
    r = key_sub.add_parser("restore", help="用恢复密钥恢复对数据库的访问")
    r.add_argument("recovery", nargs="?", help="恢复密钥（省略则从标准输入读取）")
    r.set_defaults(func=run_key_restore)


def run_init(args: argparse.Namespace, ctx: CliContext) -> int:
    if args.new:
        made = start_new_database(ctx.folder)
        made.workspace.close()
        ctx.announce_new_database()
        for file in made.kept_files:
            ctx.say(Message(f"旧数据库文件另存为 {file}", f"The old database file was kept as {file}"))
        for where in made.kept_keys:
            ctx.say(Message(f"旧密钥另存于 {where}", f"The old key was kept as {where}"))
        return 0
    ws = init_database(ctx.folder)
    try:
        if ws.created:
            ctx.announce_new_database()
        else:
            ctx.say(Message(f"已有数据库：{ws.db.path}", f"There is a database already: {ws.db.path}"))
    finally:
        ws.close()
    return 0


def run_demo(args: argparse.Namespace, ctx: CliContext) -> int:
    result = fill_demo(ctx.workspace(), firms=args.firms)
    print(
        f"已写入演示数据：{result.firms} 家企业，{result.visits} 次走访，{result.demands} 笔融资需求，"
        f"{result.credits} 笔授信，{result.loans} 笔贷款。数据目录：{ctx.resolved_data_dir}",
        file=ctx.out,
    )
    return 0


def run_deadline(args: argparse.Namespace, ctx: CliContext) -> int:
    start = parse_iso_date(args.start, "起算日期", "Start date")
    result = deadline_on(load_calendar(ctx.resolved_data_dir), start, args.workdays)  # no database needed
    for warning in result.warnings:
        ctx.warn(warning)
    print(result.due.isoformat(), file=ctx.out)
    return 0


def run_key_status(args: argparse.Namespace, ctx: CliContext) -> int:
    print(key_status(ctx.workspace().db.key).description, file=ctx.out)
    return 0


def run_key_show(args: argparse.Namespace, ctx: CliContext) -> int:
    print(ctx.workspace().db.key.recovery_text(), file=ctx.out)
    print("请离线保管此恢复密钥；凭它可在新电脑或钥匙串丢失后打开数据库。", file=ctx.err)
    return 0


def run_key_export(args: argparse.Namespace, ctx: CliContext) -> int:

    ws = ctx.workspace()
    export_recovery_key(ws.db.key, Path(args.out), data_dir=ws.data_dir)
    print(f"恢复密钥已保存到 {args.out}", file=ctx.out)
    return 0


def run_key_restore(args: argparse.Namespace, ctx: CliContext) -> int:
    text = args.recovery if args.recovery is not None else sys.stdin.readline()
    restored = restore_from_recovery_key(ctx.resolved_data_dir, text, backend=ctx.keyring_backend)
    source = restored.key.source
    ctx.say(
        Message(
            f"密钥已恢复，保存在{source.label_zh}中。", f"The key is restored and kept in {source.label_en}."
        )
    )
    if restored.database_note is not None:
        ctx.warn(restored.database_note)
    return 0

"""``firstloan backup``, ``backups``, ``restore FILE`` and ``check``: keeping the data safe."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from desktop.commands import CliContext
from desktop.services.backup import backup_now, restore_backup, workspace_backups
from desktop.services.check import check_database

# Exit code of ``check`` when it found problems (0: healthy; 2 stays "bad input").
CHECK_PROBLEMS_EXIT = 3

_REASON_ZH = {
    "manual": "手动",
    "daily": "每日",
    "before-restore": "恢复前",
    "before-migrate": "升级前",
    "before-import": "导入前",
}


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("backup", help="立即备份数据库 / back the database up now")
    p.set_defaults(func=run_backup, read_only=True)  # the online backup API never blocks writers

    p = sub.add_parser("backups", help="列出备份 / list backups")
    p.add_argument("--json", action="store_true", help="输出 JSON 数组")
    p.set_defaults(func=run_backups, read_only=True)

    p = sub.add_parser("restore", help="从备份恢复数据库 / restore the database from a backup")
    p.add_argument("file", type=Path, help="备份文件（见 firstloan backups）")
    p.set_defaults(func=run_restore)

    p = sub.add_parser("check", help="检查数据库完整性与审计日志 / verify the database")
    p.add_argument("--json", action="store_true", help="输出 JSON 对象")
    p.set_defaults(func=run_check, read_only=True)


def run_backup(args: argparse.Namespace, ctx: CliContext) -> int:
    made = backup_now(ctx.workspace())
    print(f"已备份到 {made.path}", file=ctx.out)
    return 0


def run_backups(args: argparse.Namespace, ctx: CliContext) -> int:
    found = workspace_backups(ctx.workspace())
    if args.json:
        json.dump([b.to_json() for b in found], ctx.out, ensure_ascii=False, indent=1)
        ctx.out.write("\n")
        return 0
    for b in found:
        when = b.taken_at.astimezone().strftime("%Y-%m-%d %H:%M:%S")
        print(
            f"{when}  {_REASON_ZH.get(b.reason, b.reason):<4}  {b.size / 1e6:7.1f} MB  {b.path}", file=ctx.out
        )
    print(f"共 {len(found)} 份备份", file=ctx.out)
    return 0


def run_restore(args: argparse.Namespace, ctx: CliContext) -> int:
    result = restore_backup(ctx.workspace(), args.file)
    ctx.close_workspace()
    print(
        f"已从 {result.restored_from.name} 恢复数据库。恢复前的数据库已备份为 {result.safety_backup.path.name}，"
        f"原文件另存为 {result.kept_aside}",
        file=ctx.out,
    )
    return 0


def run_check(args: argparse.Namespace, ctx: CliContext) -> int:
    report = check_database(ctx.workspace())
    if args.json:
        json.dump(report.to_json(), ctx.out, ensure_ascii=False, indent=1)
        ctx.out.write("\n")
    else:
        print(f"完整性检查：{'通过' if not report.integrity else '发现问题'}", file=ctx.out)
        print(
            f"外键检查：{'通过' if not report.foreign_keys else f'{len(report.foreign_keys)} 处问题'}",
            file=ctx.out,
        )
        chain = "完整" if not report.audit_breaks else f"{len(report.audit_breaks)} 处被改动"
        print(f"审计日志：{report.audit_entries} 条，哈希链{chain}", file=ctx.out)
        for problem in report.problems():
            print(f"  - {problem}", file=ctx.out)
        print(
            "数据库完好。"
            if report.healthy
            else "发现问题，请联系技术支持，并用 firstloan backups 查看可恢复的备份。",
            file=ctx.out,
        )
    return 0 if report.healthy else CHECK_PROBLEMS_EXIT

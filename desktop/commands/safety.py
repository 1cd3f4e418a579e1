"""``firstloan backup``, ``backups``, ``restore FILE`` and ``check``: keeping the data safe.

``backups``, ``restore`` and ``check`` never open the workspace: they are what a missing or damaged
database needs, so they work on the data folder's files directly (``DataFolder``).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from desktop.commands import CliContext
from desktop.domain.errors import Message
from desktop.services.backup import backup_now, folder_backups, restore_folder
from desktop.services.check import CheckReport, accept_anchor, check_folder
from desktop.store.backup import BackupFile
from desktop.store.database import database_exists

# Exit code of ``check`` when it found problems (0: healthy; 2 stays "bad input" or "cannot check").
CHECK_PROBLEMS_EXIT = 3

_REASONS = {
    "manual": ("手动", "manual"),
    "daily": ("每日", "daily"),
    "before-restore": ("恢复前", "before restore"),
    "before-migrate": ("升级前", "before upgrade"),
    "before-import": ("导入前", "before import"),
}
_STATUS = {
    "verified": ("已校验", "verified"),
    "failed": ("失败", "FAILED"),
    "unverified": ("未校验", "unverified"),
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
    p.add_argument(
        "--accept",
        action="store_true",
        help="确认数据库现状：把审计锚点移到当前最新记录（记入审计） / accept the database as it is now",
    )
    p.set_defaults(func=run_check, read_only=True)


def run_backup(args: argparse.Namespace, ctx: CliContext) -> int:
    made = backup_now(ctx.workspace(daily_backup=False))  # this is the backup
    if made.skipped:
        ctx.say(
            Message(
                f"数据库自上次备份以来没有变化，未再备份；最新的备份是 {made.path}",
                f"Nothing changed since the last backup, so none was made; the newest backup is {made.path}",
            )
        )
    else:
        ctx.say(Message(f"已备份到 {made.path}", f"Backed up to {made.path}"))
    return 0


def run_backups(args: argparse.Namespace, ctx: CliContext) -> int:
    folder = ctx.folder
    found = folder_backups(folder)
    if not database_exists(folder.db_path):
        ctx.warn(
            Message(
                f"数据目录 {folder.path} 中没有数据库文件",
                f"The data folder {folder.path} has no database file",
            )
        )
    if args.json:
        json.dump([b.to_json() for b in found], ctx.out, ensure_ascii=False, indent=1)
        ctx.out.write("\n")
        return 0
    for b in found:
        ctx.say(_backup_line(b, ctx.language))
    ctx.say(Message(f"共 {len(found)} 份备份", f"{len(found)} backups"))
    return 0


def _backup_line(b: BackupFile, language: str) -> str:
    pick = 1 if language == "en" else 0
    when = b.taken_at.astimezone().strftime("%Y-%m-%d %H:%M:%S")
    reason = _REASONS.get(b.reason, (b.reason, b.reason))[pick]
    status = _STATUS[b.status.value][pick]
    return f"{when}  {reason:<4}  {status:<4}  {b.size / 1e6:7.1f} MB  {b.path}"


def run_restore(args: argparse.Namespace, ctx: CliContext) -> int:
    result = restore_folder(ctx.folder, args.file)
    if result.note is not None:
        ctx.warn(result.note)
    name = result.restored_from.name
    safety = result.safety_backup
    if safety is not None:
        ctx.say(
            Message(
                f"已从 {name} 恢复数据库。恢复前的数据库已备份为 {safety.path.name}，原文件另存为 {result.kept_aside}",
                f"The database is restored from {name}. The database before the restore is backed up as "
                f"{safety.path.name}; the replaced file is kept as {result.kept_aside}",
            )
        )
    else:
        kept = result.kept_aside or "—"
        ctx.say(
            Message(
                f"已从 {name} 恢复数据库。原文件另存为 {kept}",
                f"The database is restored from {name}. The replaced file is kept as {kept}",
            )
        )
    return 0


def run_check(args: argparse.Namespace, ctx: CliContext) -> int:
    if args.accept:
        ctx.lock_for_writing()
        ctx.say(accept_anchor(ctx.workspace()))
        ctx.close_workspace()
    report = check_folder(ctx.folder)
    if args.json:
        json.dump(report.to_json(), ctx.out, ensure_ascii=False, indent=1)
        ctx.out.write("\n")
    else:
        for line in _check_lines(report):
            ctx.say(line)
    return 0 if report.healthy else CHECK_PROBLEMS_EXIT


def _check_lines(report: CheckReport) -> list[Message]:
    def passed(ok: bool, zh_bad: str, en_bad: str) -> tuple[str, str]:
        return ("通过", "passed") if ok else (zh_bad, en_bad)

    file_zh, file_en = passed(not report.damaged, "文件已损坏", "the file is damaged")
    fk_zh, fk_en = passed(
        not report.foreign_keys, f"{len(report.foreign_keys)} 处问题", f"{len(report.foreign_keys)} problems"
    )
    chain_zh, chain_en = (
        ("完整", "intact")
        if not report.audit_breaks
        else (
            f"{len(report.audit_breaks)} 处被改动",
            f"{len(report.audit_breaks)} broken",
        )
    )
    anchor_zh, anchor_en = passed(
        report.anchor_problem is None, "数据库落后或锚点有问题", "behind, or the anchor is wrong"
    )
    lines = [
        Message(f"完整性检查：{file_zh}", f"Integrity check: {file_en}"),
        Message(f"外键检查：{fk_zh}", f"Foreign keys: {fk_en}"),
        Message(
            f"审计日志：{report.audit_entries} 条，哈希链{chain_zh}",
            f"Audit log: {report.audit_entries} entries, hash chain {chain_en}",
        ),
        Message(f"审计锚点：{anchor_zh}", f"Audit anchor: {anchor_en}"),
        *(
            Message(f"  - {zh}", f"  - {en}")
            for zh, en in zip(report.problems(), report.problems("en"), strict=True)
        ),
    ]
    if report.healthy:
        return [*lines, Message("数据库完好。", "The database is sound.")]
    good = report.newest_good_backup
    if good is not None:
        lines.append(
            Message(
                f"最新的完好备份：{good.path.name}（恢复：firstloan restore {good.path}）",
                f"The newest good backup: {good.path.name} (restore it: firstloan restore {good.path})",
            )
        )
    else:
        lines.append(Message("没有找到完好的备份。", "No good backup was found."))
    lines.append(
        Message(
            "发现问题，请联系技术支持，并用 firstloan backups 查看可恢复的备份。",
            "Problems found: contact support, and see the backups that can be restored with firstloan backups.",
        )
    )
    return lines

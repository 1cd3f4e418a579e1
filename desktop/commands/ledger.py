"""``firstloan export-ledger`` / ``ledger-check`` / ``ledger-history`` / ``ledger-note`` /
``ledger-note-history``: the monthly work ledger."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from desktop.commands import CliContext
from desktop.domain.errors import DomainError
from desktop.domain.ledger import (
    MISSING_BANK,
    MISSING_PROBLEM,
    MISSING_UNIT,
    PROBLEMS,
    MissingItem,
    compose_problem,
)
from desktop.services.ledger import check_ledger, export_ledger, ledger_exports, set_ledger_notes
from desktop.services.ledger_notes import note_history


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("export-ledger", help="导出月度工作台帐 / export the monthly ledger (.xlsx)")
    p.add_argument("--month", required=True, help="月份 YYYY-MM")
    p.add_argument("--out", required=True, type=Path, help="输出文件 .xlsx")
    p.add_argument("--unit", help="填报单位（默认取用户资料）")
    p.add_argument("--bank", help="对接银行（默认取用户资料中的银行）")
    p.add_argument("--with-code", action="store_true", help="在企业名称后加统一社会信用代码列")
    p.add_argument("--cumulative", action="store_true", help="金额为截至月末的累计数（默认：当月发生额）")
    p.add_argument("--allow-incomplete", action="store_true", help="有未填项仍然导出")
    p.set_defaults(func=run_export)

    c = sub.add_parser("ledger-check", help="检查台帐未填项 / what the ledger still lacks")
    c.add_argument("--month", required=True, help="月份 YYYY-MM")
    c.add_argument("--unit", help="填报单位")
    c.add_argument("--bank", help="对接银行")
    c.add_argument("--json", action="store_true", help="输出 JSON 数组")
    c.set_defaults(func=run_check, read_only=True)

    h = sub.add_parser("ledger-history", help="已报送台帐的冻结副本 / frozen copies of a month's ledger")
    h.add_argument("--month", required=True, help="月份 YYYY-MM")
    h.add_argument("--json", action="store_true", help="输出 JSON 数组")
    h.set_defaults(func=run_history, read_only=True)

    n = sub.add_parser("ledger-note", help="填写企业当月台帐的主要问题、备注（可多户）")
    n.add_argument("uscc", nargs="+", help="统一社会信用代码（可多个）")
    n.add_argument("--month", required=True, help="月份 YYYY-MM")
    n.add_argument("--problem", help="存在的主要问题（自由文字）")
    n.add_argument(
        "--pick",
        action="append",
        default=[],
        metavar="CODE",
        help=f"常见问题：{'、'.join(f'{t.code}（{t.zh}）' for t in PROBLEMS)}",
    )
    n.add_argument("--remark", help="备注")
    n.add_argument("--reason", help="更正原因（修改已填写的内容时）")
    n.set_defaults(func=run_note)

    nh = sub.add_parser("ledger-note-history", help="某企业当月台帐说明的历次填写 / a note's versions")
    nh.add_argument("uscc", help="统一社会信用代码")
    nh.add_argument("--month", required=True, help="月份 YYYY-MM")
    nh.add_argument("--json", action="store_true", help="输出 JSON 数组")
    nh.set_defaults(func=run_note_history, read_only=True)


def fix_command(item: MissingItem) -> str:
    """How to fill a missing item from the command line (the app opens the place instead)."""
    month, uscc = item.args.get("month", ""), item.args.get("uscc", "")
    if item.code == MISSING_UNIT:
        return "在用户资料中填写填报单位，或导出时加 --unit 填报单位"
    if item.code == MISSING_BANK:
        return "在用户资料中填写所属银行，或导出时加 --bank 对接银行"
    assert item.code == MISSING_PROBLEM
    return f"firstloan ledger-note {uscc} --month {month} --problem 问题说明（或 --pick 常见问题，或在一企一策中登记诊断）"


def run_export(args: argparse.Namespace, ctx: CliContext) -> int:
    result = export_ledger(
        ctx.workspace(),
        args.month,
        args.out,
        unit=args.unit,
        bank=args.bank,
        with_code=args.with_code,
        allow_incomplete=args.allow_incomplete,
        cumulative=args.cumulative,
    )
    basis = "累计" if result.cumulative else "当月"
    print(f"已导出 {result.month} 工作台帐（{basis}）：{result.rows} 户 -> {result.path}", file=ctx.out)
    print(f"文件 SHA-256：{result.file_hash}", file=ctx.out)
    if result.missing:
        ctx.warn(f"仍有 {len(result.missing)} 项未填（firstloan ledger-check --month {result.month}）")
    if result.diff is not None:
        print(f"{result.diff.summary_zh()}（上次导出 {result.previous_export_at}）", file=ctx.out)
        for row in result.diff.added:
            print(f"  新增  {row['统一社会信用代码']}  {row['对接企业名称']}", file=ctx.out)
        for row in result.diff.removed:
            print(f"  删除  {row['统一社会信用代码']}  {row['对接企业名称']}", file=ctx.out)
        for change in result.diff.changed:
            fields = "；".join(f"{k}：{a} → {b}" for k, (a, b) in change.fields.items())
            print(f"  变更  {change.uscc}  {change.name}  {fields}", file=ctx.out)
    return 0


def run_check(args: argparse.Namespace, ctx: CliContext) -> int:
    missing = check_ledger(ctx.workspace(), args.month, unit=args.unit, bank=args.bank)
    if args.json:
        json.dump(
            [{**m.to_json(), "fix": fix_command(m)} for m in missing], ctx.out, ensure_ascii=False, indent=1
        )
        ctx.out.write("\n")
    else:
        for m in missing:
            print(f"{m.uscc}  {m.name}  {m.column}：{m.message}。补填：{fix_command(m)}", file=ctx.out)
        print(f"共 {len(missing)} 项未填" if missing else "台帐要求的各项均已齐全", file=ctx.out)
    return 0


def run_note(args: argparse.Namespace, ctx: CliContext) -> int:
    problem = args.problem
    if args.pick:
        problem = compose_problem(args.pick, args.problem or "")
    if problem is None and args.remark is None:
        raise DomainError(
            "请用 --problem、--pick 或 --remark 给出要填写的内容",
            en="Give what to fill in with --problem, --pick or --remark",
        )
    changed = set_ledger_notes(
        ctx.workspace(), args.month, args.uscc, problem=problem, remark=args.remark, reason=args.reason
    )
    print(f"已保存（{changed} 户有变化）", file=ctx.out)
    return 0


def run_note_history(args: argparse.Namespace, ctx: CliContext) -> int:
    versions = note_history(ctx.workspace(), args.month, args.uscc)
    if args.json:
        rows = [
            {"at": v.at.isoformat(timespec="seconds"), "actor": v.actor, "problem": v.problem, "remark": v.remark,
             "reason": v.reason}
            for v in versions
        ]  # fmt: skip
        json.dump(rows, ctx.out, ensure_ascii=False, indent=1)
        ctx.out.write("\n")
        return 0
    for v in versions:
        reason = f"（{v.reason}）" if v.reason else ""
        print(
            f"{v.at:%Y-%m-%d %H:%M} UTC  {v.actor}{reason}  问题：{v.problem}  备注：{v.remark}", file=ctx.out
        )
    print(f"共 {len(versions)} 次填写", file=ctx.out)
    return 0


def run_history(args: argparse.Namespace, ctx: CliContext) -> int:
    exports = ledger_exports(ctx.workspace(), args.month)
    if args.json:
        rows = [
            {
                "exported_at": e.exported_at.isoformat(timespec="seconds"),
                "file": e.file_name,
                "sha256": e.file_hash,
                "rows": e.row_count,
                "actor": e.actor,
                "basis": e.basis,
            }
            for e in exports
        ]
        json.dump(rows, ctx.out, ensure_ascii=False, indent=1)
        ctx.out.write("\n")
        return 0
    for e in exports:
        basis = "累计" if e.basis == "cumulative" else "当月"
        print(
            f"{e.exported_at:%Y-%m-%d %H:%M} UTC  {basis}  {e.row_count} 户  {e.actor}  {e.file_name}  {e.file_hash[:16]}…",
            file=ctx.out,
        )
    print(f"共 {len(exports)} 次导出", file=ctx.out)
    return 0

"""``firstloan branch init|join|recover|status|assign|missing|show-recovery``: one branch, many laptops."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from desktop.commands import CliContext
from desktop.services.branch import (
    assign_firms,
    branch_officers,
    branch_status,
    firms_to_assign,
    init_branch,
    join_branch,
    missing_packages,
    recover_branch,
    recovery_code,
)

PASS_IN_PERSON = (
    "请当面把加入码交给客户经理（抄写、拷贝或扫二维码），不要用邮件或群聊发送：有了它就能打开本支行的工作包。"
)


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    b = sub.add_parser("branch", help="支行多机协同 / one branch, many laptops")
    bsub = b.add_subparsers(dest="branch_command", metavar="ACTION", required=True)
    i = bsub.add_parser("init", help="在协调人电脑上创建支行，显示加入码")
    i.add_argument("--name", required=True, help="支行名称")
    i.add_argument("--json", action="store_true")
    i.set_defaults(func=run_init)
    j = bsub.add_parser("join", help="客户经理电脑加入支行")
    j.add_argument("code", help="协调人给的加入码")
    j.add_argument("--officer", required=True, help="客户经理姓名")
    j.set_defaults(func=run_join)
    r = bsub.add_parser("recover", help="协调人换电脑：用支行恢复码恢复协调人身份")
    r.add_argument("code", help="支行恢复码")
    r.set_defaults(func=run_recover)
    k = bsub.add_parser("show-recovery", help="显示支行恢复码（仅协调人）")
    k.set_defaults(func=run_show_recovery, read_only=True)
    s = bsub.add_parser("status", help="支行、本机角色、客户经理及各自最近收发的工作包")
    s.add_argument("--json", action="store_true")
    s.set_defaults(func=run_status, read_only=True)
    a = bsub.add_parser("assign", help="把企业分配给客户经理（一户一人，保留交接记录）")
    a.add_argument("--officer", required=True)
    which = a.add_mutually_exclusive_group(required=True)
    which.add_argument("--uscc", nargs="+", metavar="U", help="统一社会信用代码")
    which.add_argument("--county", help="该县（市、区）的全部企业")
    which.add_argument("--file", type=Path, help="名单文件 .xlsx/.xls/.csv（其中的信用代码）")
    a.add_argument("--json", action="store_true")
    a.set_defaults(func=run_assign)
    m = bsub.add_parser("missing", help="某月尚未收到谁的工作包，及各客户经理情况")
    m.add_argument("--month", required=True, help="月份 YYYY-MM")
    m.add_argument("--json", action="store_true")
    m.set_defaults(func=run_missing, read_only=True)


def _json(ctx: CliContext, value: Any) -> None:
    json.dump(value, ctx.out, ensure_ascii=False, indent=1)
    ctx.out.write("\n")


def run_init(args: argparse.Namespace, ctx: CliContext) -> int:
    code = init_branch(ctx.workspace(), args.name)
    if args.json:
        _json(ctx, {"join_code": code})
    else:
        print(
            f"已创建支行“{args.name.strip()}”，本机为协调人。加入码（只显示这一次）：\n{code}", file=ctx.out
        )
        print(PASS_IN_PERSON, file=ctx.out)
        print(
            "另请执行 firstloan branch show-recovery 抄下支行恢复码，与数据库恢复密钥分开离线保管。",
            file=ctx.out,
        )
    return 0


def run_join(args: argparse.Namespace, ctx: CliContext) -> int:
    joined = join_branch(ctx.workspace(), args.code, args.officer)
    if joined.already:
        print(f"本机已以客户经理“{joined.officer}”加入支行“{joined.branch}”，未作改动", file=ctx.out)
    else:
        print(
            f"已以客户经理“{joined.officer}”加入支行“{joined.branch}”。请导出第一个工作包交给协调人：",
            file=ctx.out,
        )
        print("  firstloan sync export --out 文件名.flpkg", file=ctx.out)
    return 0


def run_recover(args: argparse.Namespace, ctx: CliContext) -> int:
    recover_branch(ctx.workspace(), args.code)
    print(
        "已恢复协调人身份（本机为新设备）。客户经理的加入码和工作包照常可用；请给每位客户经理导出新的工作包。",
        file=ctx.out,
    )
    return 0


def run_show_recovery(args: argparse.Namespace, ctx: CliContext) -> int:
    print(recovery_code(ctx.workspace()), file=ctx.out)
    return 0


def run_status(args: argparse.Namespace, ctx: CliContext) -> int:
    status = branch_status(ctx.workspace())
    if args.json:
        _json(ctx, status)
        return 0
    role = "协调人" if status["role"] == "coordinator" else f"客户经理 {status['officer']}"
    print(f"支行：{status['branch']}；本机：{role}；待处理冲突 {status['conflicts']} 项", file=ctx.out)
    for o in status["officers"]:
        print(
            f"  {o['officer']}：{o['firms']} 户；最近收到 {o['last_received'] or '—'}；最近发出 {o['last_sent'] or '—'}",
            file=ctx.out,
        )
    return 0


def run_assign(args: argparse.Namespace, ctx: CliContext) -> int:
    ws = ctx.workspace()
    codes = firms_to_assign(ws, usccs=args.uscc or (), county=args.county, file=args.file)
    done = assign_firms(ws, args.officer, codes)
    result = {"officer": done.officer, "firms": done.firms, "changed": done.changed, "unknown": done.unknown}
    if args.json:
        _json(ctx, result)
    else:
        print(f"已把 {done.firms} 户分配给 {done.officer}（其中 {done.changed} 户换了负责人）", file=ctx.out)
        if done.unknown:
            ctx.warn(f"库中没有这些企业：{'、'.join(done.unknown)}")
        if not done.joined:
            ctx.warn(f"{done.officer} 的电脑尚未发来工作包：给他的第一个工作包只用支行密钥保护")
    return 0


def run_missing(args: argparse.Namespace, ctx: CliContext) -> int:
    ws = ctx.workspace()
    missing = missing_packages(ws, args.month)
    officers = [o.to_json() for o in branch_officers(ws)]
    if args.json:
        _json(ctx, {"month": args.month, "not_received_from": missing, "officers": officers})
    elif missing:
        print(f"{args.month} 尚未收到以下客户经理的工作包：{'、'.join(missing)}", file=ctx.out)
    else:
        print(f"{args.month} 的工作包都已收到", file=ctx.out)
    return 0

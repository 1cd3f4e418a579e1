"""``firstloan report`` (programme figures) and ``firstloan target set`` (the seeds' targets)."""

from __future__ import annotations

import argparse
import json
from decimal import Decimal

from desktop.commands import CliContext
from desktop.commands import targets as target_commands
from desktop.domain.errors import DomainError
from desktop.domain.money import format_wan
from desktop.services.programme import SCOPE_LABELS, Figures, programme_report
from desktop.services.targets import set_target


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    r = sub.add_parser("report", help="首贷培植工作进展统计 / programme figures")
    r.add_argument("--year", required=True, type=int, help="年份")
    r.add_argument("--month", type=int, help="月份 1-12")
    r.add_argument("--quarter", type=int, help="季度 1-4")
    r.add_argument("--json", action="store_true", help="输出 JSON")
    r.set_defaults(func=run_report, read_only=True)

    t = sub.add_parser("target", help="工作目标 / programme targets")
    tsub = t.add_subparsers(dest="target_command", metavar="ACTION", required=True)
    s = tsub.add_parser("set", help="设定某县（市、区）或银行的年度目标")
    s.add_argument("--year", required=True, type=int)
    scope = s.add_mutually_exclusive_group(required=True)
    for kind in ("county", "bank", "branch", "officer"):
        scope.add_argument(f"--{kind}", metavar="NAME", help=f"{SCOPE_LABELS[kind]}名称")
    s.add_argument("--firms", type=int, help="培植户数目标")
    s.add_argument("--first-loans", type=int, help="首贷户数目标")
    s.add_argument("--amount", help="首贷金额目标（万元）")
    s.set_defaults(func=run_target_set, creates_database=True)
    target_commands.register(tsub)  # list, edit, void


def pct(value: Decimal | None) -> str:
    return "—" if value is None else f"{value}%"


def _lines(f: Figures) -> list[str]:
    return [
        f"名单内企业 {f.on_lists} 户；已对接 {f.contacted} 户；有融资需求 {f.with_demand} 户；纳入培植 {f.planned} 户",
        f"授信 {f.credited} 户 {format_wan(f.credit_amount)} 万元；首贷 {f.first_loan_firms} 户 {format_wan(f.first_loan_amount)} 万元"
        f"（信用贷款占比 {pct(f.credit_loan_share)}；转化率 {pct(f.conversion)}）",
        f"“211”时限：按时 {f.met_211} 项，未按时 {f.missed_211} 项，办理中 {f.open_211} 项",
        f"首贷费用补贴估算（新增额 0.5‰）：{f.subsidy_estimate} 万元",
    ]


def run_report(args: argparse.Namespace, ctx: CliContext) -> int:
    report = programme_report(ctx.workspace(), args.year, month=args.month, quarter=args.quarter)
    if args.json:
        json.dump(report.to_json(), ctx.out, ensure_ascii=False, indent=1)
        ctx.out.write("\n")
        return 0
    print(f"首贷培植工作进展（{report.period}）", file=ctx.out)
    for line in _lines(report.figures):
        print(f"  {line}", file=ctx.out)
    for q in report.quarters:
        print(f"第 {q.quarter} 季度（应于 {q.report_due} 前报送）", file=ctx.out)
        for line in _lines(q.figures):
            print(f"  {line}", file=ctx.out)
    if report.targets:
        print("目标完成情况（年初至期末）", file=ctx.out)
    for t in report.targets:
        print(
            f"  {SCOPE_LABELS[t.scope_kind]} {t.scope_name}：培植 {t.firms_actual}/{t.firms_target or '—'} 户，"
            f"首贷 {t.first_loans_actual}/{t.first_loans_target or '—'} 户，"
            f"金额 {format_wan(t.amount_actual)}/{format_wan(t.amount_target) or '—'} 万元",
            file=ctx.out,
        )
    return 0


def run_target_set(args: argparse.Namespace, ctx: CliContext) -> int:
    kind = next(k for k in ("county", "bank", "branch", "officer") if getattr(args, k))
    name = getattr(args, kind)
    if args.firms is None and args.first_loans is None and args.amount is None:
        raise DomainError(
            "请至少给出 --firms、--first-loans 或 --amount 之一",
            en="Give at least one of --firms, --first-loans or --amount",
        )
    set_target(
        ctx.workspace(),
        args.year,
        kind,
        name,
        firms=args.firms,
        first_loans=args.first_loans,
        amount=args.amount,
    )
    print(f"已设定 {args.year} 年 {name} 的目标", file=ctx.out)
    return 0

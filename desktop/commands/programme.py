"""``firstloan programme show [--json]`` / ``programme set NAME [...]`` / ``programme rederive``: the
programme profile (项目口径) — the seed whose 首贷 rule, deadlines, subsidy and default targets apply."""

from __future__ import annotations

import argparse
import json
from dataclasses import replace
from decimal import Decimal
from typing import Any

from desktop.commands import CliContext
from desktop.domain.errors import DomainError
from desktop.domain.programmes import (
    CODES,
    DISCOUNT,
    PERSONAL_BUSINESS,
    PROGRAMMES,
    TESTS,
    DefaultTarget,
    Programme,
    target_json,
)
from desktop.services.programme import programme_json
from desktop.services.programme_profile import current_programme, needs_rederive
from desktop.services.programme_setup import Rederived, rederive_first_loans, set_programme

_YES_NO = {"yes": True, "no": False, "auto": None, "是": True, "否": False}


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("programme", help="项目口径 / the programme profile")
    psub = p.add_subparsers(dest="programme_command", metavar="ACTION", required=True)
    show = psub.add_parser("show", help="当前项目口径")
    show.add_argument("--json", action="store_true", help="输出 JSON")
    show.set_defaults(func=run_show, read_only=True)

    s = psub.add_parser("set", help="选择项目口径（zhejiang、xinxiang、xinzhou、quanzhou、custom）")
    s.add_argument("name", choices=CODES, metavar="NAME", help="、".join(CODES))
    s.add_argument("--lookback-years", type=int, help="忻州：征信近 N 年内无贷款记录（默认 5）")
    s.add_argument("--rate-floor", help="首贷率目标（确保，%%）")
    s.add_argument("--rate-goal", help="首贷率目标（力争，%%）")
    s.add_argument(
        "--local-bank", choices=tuple(_YES_NO), help="新乡：本行为驻新银行机构（auto：按用户资料判断）"
    )
    s.add_argument("--first-loans", type=int, help="项目期内首贷户数目标（全市）")
    s.add_argument("--amount", help="项目期内首贷金额目标（全市，万元）")
    s.add_argument("--test", choices=TESTS, help="自定义：征信认定方式")
    s.add_argument(
        "--discount", choices=DISCOUNT, help="自定义：票据贴现（first 计为首贷 / blocks / ignored）"
    )
    s.add_argument("--personal-business", choices=PERSONAL_BUSINESS, help="自定义：个人经营性贷款范围")
    s.add_argument("--quarterly-days", help="自定义：季后多少日内报送季度情况（none：不报送）")
    s.add_argument("--half-year-list", choices=("yes", "no"), help="自定义：名单每半年更新，提醒导入")
    s.add_argument("--start", help="自定义：项目开始日期 YYYY-MM-DD")
    s.add_argument("--end", help="自定义：项目结束日期 YYYY-MM-DD")
    s.set_defaults(func=run_set, creates_database=True)

    r = psub.add_parser("rederive", help="按当前项目口径重新认定全部首贷")
    r.set_defaults(func=run_rederive)


def _number(text: str | None, what: str) -> Decimal | None:
    if text is None:
        return None
    try:
        value = Decimal(text.strip().replace(",", "").rstrip("%"))
    except ArithmeticError as exc:
        raise DomainError(f"{what}“{text}”不是数字", en=f"{what} “{text}” is not a number") from exc
    return value


def _edits(args: argparse.Namespace, base: Programme) -> dict[str, Any]:
    edits: dict[str, Any] = {}
    if args.lookback_years is not None:
        edits["lookback_years"] = args.lookback_years
    for key in ("rate_floor", "rate_goal"):
        value = _number(getattr(args, key), "首贷率目标")
        if value is not None:
            edits[key] = str(value)
    if args.local_bank is not None:
        edits["local_bank"] = _YES_NO[args.local_bank]
    if args.first_loans is not None or args.amount is not None:
        edits["targets"] = _programme_targets(base, args.first_loans, _number(args.amount, "金额"))
    for key in ("test", "discount", "personal_business", "start", "end"):
        if getattr(args, key) is not None:
            edits[key] = getattr(args, key)
    if args.quarterly_days is not None:
        edits["quarterly_due_days"] = None if args.quarterly_days == "none" else _int(args.quarterly_days)
    if args.half_year_list is not None:
        edits["half_year_list"] = args.half_year_list == "yes"
    return edits


def _int(text: str) -> int:
    try:
        return int(text)
    except ValueError as exc:
        raise DomainError(f"天数“{text}”不是整数", en=f"The days “{text}” are not a whole number") from exc


def _programme_targets(
    base: Programme, first_loans: int | None, amount: Decimal | None
) -> list[dict[str, Any]]:
    """The programme's targets with its 全市 programme-period target changed (or added)."""
    targets = list(base.targets)
    index = next((i for i, t in enumerate(targets) if t.scope_kind == "city"), None)
    if index is None:
        targets.append(DefaultTarget("city", "全市", "programme", first_loans=first_loans, amount=amount))
    else:
        old = targets[index]
        targets[index] = replace(
            old,
            first_loans=first_loans if first_loans is not None else old.first_loans,
            amount=amount if amount is not None else old.amount,
        )
    return [target_json(t) for t in targets]


def _print_rederived(result: Rederived, ctx: CliContext) -> None:
    if not result.firms:
        return
    changes = "，".join(f"{k} {v} 笔" for k, v in sorted(result.changed.items())) or "无变化"
    print(
        f"已按新口径重新认定 {result.firms} 户的首贷：{changes}；阶段调整 {result.stage_moves} 户",
        file=ctx.out,
    )


def run_set(args: argparse.Namespace, ctx: CliContext) -> int:
    ws = ctx.workspace()
    current = current_programme(ws)
    base = current if current.code == args.name else PROGRAMMES[args.name]
    change = set_programme(ws, args.name, _edits(args, base))
    print(
        f"项目口径：{change.programme.name_zh}；首贷口径：{change.programme.first_loan_text('zh_CN')}",
        file=ctx.out,
    )
    _print_rederived(change.rederived, ctx)
    return 0


def run_rederive(args: argparse.Namespace, ctx: CliContext) -> int:
    result = rederive_first_loans(ctx.workspace())
    _print_rederived(result, ctx)
    if not result.firms:
        print("没有需要认定的贷款", file=ctx.out)
    return 0


def run_show(args: argparse.Namespace, ctx: CliContext) -> int:
    ws = ctx.workspace()
    prog = current_programme(ws)
    data = programme_json(prog) | {
        "targets": [target_json(t) for t in prog.targets],
        "rate_floor_pct": None if prog.rate_floor is None else str(prog.rate_floor),
        "rate_goal_pct": None if prog.rate_goal is None else str(prog.rate_goal),
        "subsidy": None
        if prog.subsidy is None
        else {
            "region": prog.subsidy.region,
            "rates": {str(y): str(r) for y, r in prog.subsidy.rates.items()},
        },
        "local_bank": prog.local_bank,
        "rederive_pending": needs_rederive(ws),
        "choices": list(CODES),
    }
    if args.json:
        json.dump(data, ctx.out, ensure_ascii=False, indent=1)
        ctx.out.write("\n")
        return 0
    print(
        f"项目口径：{prog.name_zh}（{prog.code}）{('  ' + prog.document) if prog.document else ''}",
        file=ctx.out,
    )
    print(
        f"  依据：种子 {'、'.join(prog.seeds) or '—'}；期间：{prog.start} 至 {prog.end or '今'}", file=ctx.out
    )
    print(f"  首贷口径：{prog.first_loan_text('zh_CN')}", file=ctx.out)
    due = [f"月度台帐次月 {prog.ledger_day} 日前" if prog.ledger_day else "无月度台帐期限"]
    if prog.quarterly_due_days:
        due.append(f"季度情况季后 {prog.quarterly_due_days} 日内")
    if prog.half_year_list:
        due.append("名单每半年更新一次")
    print(f"  报送：{'；'.join(due)}", file=ctx.out)
    if prog.subsidy is not None:
        rates = "、".join(f"{y} 年 {(r * 1000).normalize():f}‰" for y, r in prog.subsidy.rates.items())
        print(f"  首贷费用补贴：驻{prog.subsidy.region}银行，{rates}；后续年度另行研究制定", file=ctx.out)
    for t in prog.targets:
        parts = [f"培植 {t.firms} 户" if t.firms else "", f"首贷 {t.first_loans} 户" if t.first_loans else "",
                 f"金额 {t.amount} 万元" if t.amount else ""]  # fmt: skip
        period = "项目期内" if t.period == "programme" else "每年"
        print(
            f"  默认目标：{t.scope_kind} {t.scope_name}（{period}）{'，'.join(p for p in parts if p)}",
            file=ctx.out,
        )
    if prog.rate_floor is not None or prog.rate_goal is not None:
        print(f"  首贷率：确保 {prog.rate_floor}%，力争 {prog.rate_goal}%", file=ctx.out)
    if data["rederive_pending"]:
        ctx.warn("首贷认定尚未按该口径重新计算：运行 firstloan programme rederive")
    return 0
